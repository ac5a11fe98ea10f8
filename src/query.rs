//! A query: what the user asked for, resolved once from the command line
//! into typed values before any work starts (sources and how to read them,
//! the selection, the grouping, filters, display settings, adjustments),
//! and the steps every analysis command shares: load the sources, group
//! the lines into a [`Cube`], apply real terms and per capita.
//!
//! `--by` and `--filter` are parsed here into [`Grouping`] and [`Filter`];
//! what needs the data (a column's name) is resolved against it after
//! loading, with the same flag named in the error.

use crate::analysis::adjust::{City, Series};
use crate::analysis::flow::{self, Flow};
use crate::analysis::{code_parts, By, Cube, LEVELS};
use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::i18n::{DisplayUnit, Lang};
use crate::import;
use crate::model::{Budget, Direction, Stage};
use crate::said;
use std::path::PathBuf;

/// Everything an analysis command was asked, typed.
#[derive(Debug, Clone)]
pub struct Query {
    /// The sources, as named on the command line.
    pub files: Vec<PathBuf>,
    /// How to read them (flags and map).
    pub import: import::Options,
    /// The direction shown (--direction), else expenditure when the data has any.
    pub direction: Option<Direction>,
    /// The year shown (--year), else the latest.
    pub year: Option<i32>,
    /// The stage shown (--stage), else the most final.
    pub stage: Option<Stage>,
    /// --by or --level; `None` for the default grouping of the data.
    pub grouping: Option<Grouping>,
    /// --filter, each COLUMN=VALUE.
    pub filters: Vec<Filter>,
    /// The unit amounts are shown in.
    pub unit: DisplayUnit,
    /// The language asked for; `None`: the language of the data's names.
    pub lang: Option<Lang>,
    /// Go on when the published totals do not bear out the reading; every
    /// figure is then marked as unreconciled.
    pub accept_unreconciled: bool,
    /// Real terms and per capita.
    pub adjust: Adjustments,
}

/// Real terms and per capita, and where their series come from.
#[derive(Debug, Clone, Default)]
pub struct Adjustments {
    /// The city config (--config).
    pub config: Option<PathBuf>,
    /// A price index file (--cpi), instead of the config's.
    pub cpi: Option<PathBuf>,
    /// A population file (--population), instead of the config's.
    pub population: Option<PathBuf>,
    /// --real: `Some(None)` for the default base year, `Some(Some(y))` for y.
    pub real: Option<Option<i32>>,
    /// --per-capita.
    pub per_capita: bool,
}

/// What the user asked lines to be grouped by, before the data is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Grouping {
    /// The first N parts of the code (--level N, --by group, --by level N).
    Level(usize),
    /// Each line's whole code.
    Code,
    /// Each line's name.
    Name,
    /// A column of the data, by its name as typed.
    Column(String),
}

impl std::str::FromStr for Grouping {
    type Err = Error;

    /// Parses `--by`: a level word, "level N", "code", "name", else a column's name.
    fn from_str(text: &str) -> Result<Grouping> {
        let t = text.trim().to_lowercase();
        if let Some(i) = LEVELS.iter().position(|l| *l == t) {
            return Ok(Grouping::Level(i + 1));
        }
        if let Some(n) = t.strip_prefix("level") {
            return match n.trim().parse::<usize>() {
                Ok(n) if (1..=9).contains(&n) => Ok(Grouping::Level(n)),
                _ => Err(Error::usage("--by", said!(BY_LEVEL, text = text))),
            };
        }
        Ok(match t.as_str() {
            "code" => Grouping::Code,
            "name" => Grouping::Name,
            _ => Grouping::Column(text.to_string()),
        })
    }
}

impl Grouping {
    /// The grouping of this budget's lines: a column named by the user must be one of its dimensions.
    pub fn resolve(&self, budget: &Budget) -> Result<By> {
        match self {
            Grouping::Level(n) => Ok(By::Level(*n)),
            Grouping::Code => Ok(By::Code),
            Grouping::Name => Ok(By::Name),
            Grouping::Column(s) => {
                let t = s.trim().to_lowercase();
                if let Some(i) = budget
                    .dimensions
                    .iter()
                    .position(|d| d.trim().to_lowercase() == t)
                {
                    return Ok(By::Dimension(i));
                }
                let mut choices: Vec<String> = LEVELS.iter().map(|s| s.to_string()).collect();
                choices.extend(["level N".into(), "code".into(), "name".into()]);
                choices.extend(budget.dimensions.iter().map(|d| format!("\"{d}\"")));
                Err(Error::usage(
                    "--by",
                    said!(BY_UNKNOWN, s = s, choices = choices.join(", ")),
                ))
            }
        }
    }
}

/// One `--filter COLUMN=VALUE`: keep the lines whose column holds the value (case-insensitive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    /// The column's name, as typed (trimmed).
    pub column: String,
    /// The value, as typed (trimmed).
    pub value: String,
}

impl std::str::FromStr for Filter {
    type Err = Error;

    fn from_str(text: &str) -> Result<Filter> {
        let (column, value) = text
            .split_once('=')
            .ok_or_else(|| Error::usage("--filter", said!(FILTER_FORM, text = text)))?;
        Ok(Filter {
            column: column.trim().to_string(),
            value: value.trim().to_string(),
        })
    }
}

impl Filter {
    /// The filter on this budget: the index of its dimension column and the value.
    pub fn resolve(&self, budget: &Budget) -> Result<(usize, String)> {
        let c = self.column.to_lowercase();
        let d = budget
            .dimensions
            .iter()
            .position(|x| x.trim().to_lowercase() == c)
            .ok_or_else(|| {
                let columns = if budget.dimensions.is_empty() {
                    said!(FILTER_NO_COLUMNS)
                } else {
                    let list: Vec<String> = budget
                        .dimensions
                        .iter()
                        .map(|d| format!("\"{d}\""))
                        .collect();
                    said!(FILTER_COLUMNS, list = list.join(", "))
                };
                Error::usage(
                    "--filter",
                    said!(FILTER_NO_COLUMN, c = &self.column, columns = columns),
                )
            })?;
        let value = self.value.to_lowercase();
        if !budget
            .items
            .iter()
            .any(|i| i.dims[d].trim().to_lowercase() == value)
        {
            return Err(Error::usage(
                "--filter",
                said!(FILTER_NO_LINE, col = &budget.dimensions[d], v = &self.value),
            ));
        }
        Ok((d, self.value.clone()))
    }
}

/// The sources loaded, with the language to show them in.
pub struct Loaded {
    /// The lines.
    pub budget: Budget,
    /// Language of the output.
    pub lang: Lang,
    /// The city config, when given.
    pub city: Option<City>,
    /// What the importer found and decided.
    pub report: import::Report,
    /// Whether the published totals bear out the lines.
    pub trust: crate::analysis::trust::Trust,
}

impl Query {
    /// Loads the sources and the city config; chooses the language.
    pub fn load(&self) -> Result<Loaded> {
        self.load_slice(None)
    }

    /// Like [`Query::load`], but when `only` names a year and stage, the lines
    /// of other years and stages of long tables are not kept (a breakdown of
    /// one year needs no others). Should that leave no lines, everything is
    /// read, so that the error names the years and stages there are.
    pub fn load_slice(&self, only: Option<(i32, Stage)>) -> Result<Loaded> {
        let city = self.adjust.config.as_deref().map(City::load).transpose()?;
        // --direction selects what is shown; the importer reads the direction off the sheet.
        let mut options = self.import.clone();
        options.direction = None;
        let progress = crate::ui::Progress::start(&crate::i18n::messages::P_READING);
        let sliced = only.and_then(|o| {
            let options = import::Options {
                only: Some(o),
                ..options.clone()
            };
            import::load(&self.files, &options)
                .ok()
                .filter(|(b, _)| b.lines.iter().any(|l| (l.year, l.stage) == o))
        });
        let (budget, report) = match sliced {
            Some(done) => done,
            None => import::load(&self.files, &options)?,
        };
        progress.step(&crate::i18n::messages::P_READ);
        drop(progress);
        for w in report.warnings() {
            crate::ui::warn(&w);
        }
        let trust = crate::analysis::trust::trust(&budget);
        if let (Some(d), false) = (trust.doubt(), self.accept_unreconciled) {
            // The file the user named, a lines file or the source itself.
            let file = match self.files.first() {
                Some(f) => f.display().to_string(),
                None => budget
                    .sources
                    .first()
                    .map(|s| s.file.clone())
                    .unwrap_or_default(),
            };
            return Err(Error::format(
                std::path::Path::new(&file),
                said!(
                    NO_FIGURE,
                    doubt =
                        crate::i18n::Text::each(|l| crate::render::validate::doubt(d, &budget, l))
                ),
            ));
        }
        let lang = self.lang.unwrap_or_else(|| language_of(&budget));
        Ok(Loaded {
            budget,
            lang,
            city,
            report,
            trust,
        })
    }

    /// Every file the query reads: the sources, the config, the price index
    /// and population files. An output never goes over or around them.
    pub fn reads(&self) -> Vec<PathBuf> {
        let a = &self.adjust;
        let mut out = self.files.clone();
        out.extend(
            [&a.config, &a.cpi, &a.population]
                .into_iter()
                .flatten()
                .cloned(),
        );
        out
    }

    /// The filters resolved against the loaded lines.
    pub fn filters_on(&self, budget: &Budget) -> Result<Vec<(usize, String)>> {
        self.filters.iter().map(|f| f.resolve(budget)).collect()
    }

    /// The lines of the chosen direction summed by the grouping asked (or the default grouping).
    pub fn cube(&self, loaded: &Loaded) -> Result<Cube> {
        let direction = crate::analysis::direction(&loaded.budget, self.direction)?;
        let by = match &self.grouping {
            Some(g) => g.resolve(&loaded.budget)?,
            None => By::default_for(&loaded.budget, direction),
        };
        self.cube_by(loaded, direction, by)
    }

    /// The lines of a direction summed by `by`, with the query's filters.
    pub fn cube_by(&self, loaded: &Loaded, direction: Direction, by: By) -> Result<Cube> {
        let filters = self.filters_on(&loaded.budget)?;
        let mut cube = Cube::build(&loaded.budget, direction, by, &filters)?;
        crate::i18n::why::name_groups(&mut cube, &loaded.budget, loaded.lang);
        cube.reconciliation = loaded.trust.reconciliation();
        if let Some(d) = loaded.trust.doubt() {
            cube.adjustments
                .push(crate::analysis::Adjustment::Unreconciled {
                    differ: d.differ,
                    checked: d.checked,
                });
        }
        Ok(cube)
    }

    /// Revenue and expenditure of one year and stage (as asked, else the
    /// latest both sides have), each by its default grouping (receipts
    /// categories, functional groups), adjusted alike, the groups of each
    /// side beyond `top` gathered; with the two cubes, for the words.
    pub fn flow(
        &self,
        loaded: &Loaded,
        year: Option<i32>,
        stage: Option<Stage>,
        top: usize,
    ) -> Result<(Flow, Cube, Cube)> {
        let cube = |d: Direction| {
            let cube = self.cube_by(loaded, d, By::default_for(&loaded.budget, d))?;
            if cube.present.is_empty() {
                return Err(Error::usage(
                    "SRC",
                    said!(FLOW_ONE_SIDE, d = crate::i18n::why::direction_text(d)),
                ));
            }
            Ok(cube)
        };
        let (mut revenue, mut expenditure) =
            (cube(Direction::Revenue)?, cube(Direction::Expenditure)?);
        let f = flow::flow(&revenue, &expenditure, year, stage, top)?;
        let slot = (f.revenue.pick.year, f.revenue.pick.stage);
        self.adjust(loaded, &mut revenue, &[slot])?;
        self.adjust(loaded, &mut expenditure, &[slot])?;
        let mut adjusted = flow::flow(&revenue, &expenditure, Some(slot.0), Some(slot.1), top)?;
        // Why this year and stage: the first reading's reasons.
        adjusted.revenue.pick.why = f.revenue.pick.why;
        Ok((adjusted, revenue, expenditure))
    }

    /// Whether a price index is at hand (--cpi, or the config's).
    pub fn has_price_index(&self, loaded: &Loaded) -> bool {
        self.adjust.cpi.is_some()
            || loaded
                .city
                .as_ref()
                .is_some_and(|c| !c.cpi.values.is_empty())
    }

    /// The price index and the population the query would use (the files
    /// given, else the city config's), for the pack's method section.
    pub fn series_used(&self, loaded: &Loaded) -> (Option<Series>, Option<Series>) {
        let a = &self.adjust;
        let pick = |file: &Option<PathBuf>, flag: &str, of_city: fn(&City) -> &Series| match (
            file,
            &loaded.city,
        ) {
            (Some(p), _) => City::read_series(p, flag).ok(),
            (None, Some(c)) if !of_city(c).values.is_empty() => Some(of_city(c).clone()),
            _ => None,
        };
        (
            pick(&a.cpi, "--cpi", |c| &c.cpi),
            pick(&a.population, "--population", |c| &c.population),
        )
    }

    /// Applies `--real` and `--per-capita` to the years shown. Amounts of
    /// several years not deflated while a price index is known are marked
    /// as in current prices.
    pub fn adjust(&self, loaded: &Loaded, cube: &mut Cube, sides: &[(i32, Stage)]) -> Result<()> {
        let a = &self.adjust;
        let years: Vec<i32> = sides.iter().map(|s| s.0).collect();
        let years = years.as_slice();
        let mut distinct = years.to_vec();
        distinct.sort_unstable();
        distinct.dedup();
        // A year's execution that runs only to March, shown: the title says so.
        for &(year, month) in &loaded.budget.partial_years {
            if sides.contains(&(year, Stage::Executed)) {
                cube.adjustments
                    .push(crate::analysis::Adjustment::PartialYear { year, month });
            }
        }
        if a.real.is_none() && distinct.len() >= 2 && self.has_price_index(loaded) {
            cube.adjustments
                .push(crate::analysis::Adjustment::CurrentPrices);
        }
        if let Some(base) = a.real {
            let cpi = match (&a.cpi, &loaded.city) {
                (Some(p), _) => City::read_series(p, "--cpi")?,
                (None, Some(c)) if !c.cpi.values.is_empty() => c.cpi.clone(),
                _ => return Err(Error::usage("--real", said!(NEEDS_CPI))),
            };
            let base = base
                .or(loaded.city.as_ref().and_then(|c| c.base_year))
                .or(years.iter().copied().max())
                .unwrap_or(2024);
            cube.deflate(&cpi, base, years)?;
        }
        if a.per_capita {
            let pop = match (&a.population, &loaded.city) {
                (Some(p), _) => City::read_series(p, "--population")?,
                (None, Some(c)) if !c.population.values.is_empty() => c.population.clone(),
                _ => return Err(Error::usage("--per-capita", said!(NEEDS_POPULATION))),
            };
            cube.per_capita(&pop, years)?;
        }
        Ok(())
    }
}

/// The language most of the lines' names are written in, else English.
pub fn language_of(budget: &Budget) -> Lang {
    // kk, ru, en, and Cyrillic of another language (Ukrainian: shown in English).
    let mut votes = [0usize; 4];
    for item in budget.items.iter().take(200) {
        match Lang::of_text(&item.name) {
            Some(Lang::Kk) => votes[0] += 1,
            Some(Lang::Ru) => votes[1] += 1,
            Some(Lang::En) => votes[2] += 1,
            None if item
                .name
                .chars()
                .any(|c| ('\u{400}'..='\u{4FF}').contains(&c)) =>
            {
                votes[3] += 1
            }
            None => {}
        }
    }
    if votes[3] > votes[0] + votes[1] {
        return Lang::En;
    }
    if votes[0] + votes[1] > votes[2] {
        if votes[0] >= votes[1] {
            Lang::Kk
        } else {
            Lang::Ru
        }
    } else {
        Lang::En
    }
}

/// The finest grouping the codes allow: programs for Kazakh code paths (the
/// deepest level), else each code, else the names.
pub fn finest(budget: &Budget, direction: Direction) -> By {
    let items = || budget.items.iter().filter(|i| i.direction == direction);
    let parts = items()
        .map(|i| code_parts(&i.code).len())
        .max()
        .unwrap_or(0);
    if parts >= 2 {
        By::Level(parts.min(9))
    } else if items().any(|i| !i.code.is_empty()) {
        By::Code
    } else if items().any(|i| !i.name.trim().is_empty()) {
        By::Name
    } else {
        // Neither codes nor names (a table of dimension columns, as
        // Boston's): the first dimension that tells lines apart.
        (0..budget.dimensions.len())
            .find(|&d| tells_apart(items(), d))
            .map_or(By::Name, By::Dimension)
    }
}

pub use crate::analysis::tells_apart;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groupings_parse_before_the_data_is_known() {
        let g = |s: &str| s.parse::<Grouping>();
        assert_eq!(g("program").ok(), Some(Grouping::Level(4)));
        assert_eq!(g(" Level 3 ").ok(), Some(Grouping::Level(3)));
        assert_eq!(g("CODE").ok(), Some(Grouping::Code));
        assert_eq!(
            g("Department").ok(),
            Some(Grouping::Column("Department".into()))
        );
        let e = g("level 12").err().map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some("--by: \"level 12\": write level 1 to level 9")
        );
        let f = " CITY = Kyiv ".parse::<Filter>().ok();
        assert_eq!(
            f,
            Some(Filter {
                column: "CITY".into(),
                value: "Kyiv".into()
            })
        );
        let e = "CITY".parse::<Filter>().err().map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some("--filter: \"CITY\": write COLUMN=VALUE, e.g. CITY=Kyiv")
        );
    }
}
