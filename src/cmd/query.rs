//! What the analysis commands share: load the sources, group the lines,
//! apply real terms and per capita, write the tables.

use crate::analysis::adjust::City;
use crate::analysis::{code_parts, By, Cube};
use crate::cli::{OutArgs, QueryArgs};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::import;
use crate::model::Budget;
use crate::model::{Direction, Stage};
use crate::output::Dest;
use crate::render::chart::{spec, Spec};
use crate::render::table::{self, Format, Table};

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
}

/// Loads the sources and the city config; chooses the language.
pub fn load(q: &QueryArgs) -> Result<Loaded> {
    load_slice(q, None)
}

/// Like [`load`], but when `only` names a year and stage, the lines of other
/// years and stages of long tables are not kept (a breakdown of one year
/// needs no others). Should that leave no lines, everything is read, so that
/// the error names the years and stages there are.
pub fn load_slice(q: &QueryArgs, only: Option<(i32, Stage)>) -> Result<Loaded> {
    let city = q.config.as_deref().map(City::load).transpose()?;
    // --direction selects what is shown; the importer reads the direction off the sheet.
    let mut options = q.source.options()?;
    options.direction = None;
    let progress = crate::ui::Progress::start("reading the budget");
    let sliced = only.and_then(|o| {
        let options = import::Options {
            only: Some(o),
            ..options.clone()
        };
        import::load(&q.files, &options)
            .ok()
            .filter(|(b, _)| b.lines.iter().any(|l| (l.year, l.stage) == o))
    });
    let (budget, report) = match sliced {
        Some(done) => done,
        None => import::load(&q.files, &options)?,
    };
    progress.step("read");
    drop(progress);
    for w in report.warnings() {
        crate::ui::warn(&w);
    }
    let lang = q.lang.unwrap_or_else(|| language_of(&budget));
    Ok(Loaded {
        budget,
        lang,
        city,
        report,
    })
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

/// The lines of the chosen direction summed by `--by`/`--level` (or the default grouping).
pub fn cube(q: &QueryArgs, l: &Loaded) -> Result<Cube> {
    let direction = crate::analysis::direction(&l.budget, q.source.direction)?;
    let by = match (&q.by, q.level) {
        (Some(b), _) => By::parse(b, &l.budget)?,
        (None, Some(n)) => By::Level(n as usize),
        (None, None) => By::default_for(&l.budget, direction),
    };
    let filters = q
        .filter
        .iter()
        .map(|f| crate::analysis::parse_filter(f, &l.budget))
        .collect::<Result<Vec<_>>>()?;
    Cube::build(&l.budget, direction, by, &filters, l.lang)
}

/// Applies `--real` and `--per-capita` to the years shown.
pub fn adjust(q: &QueryArgs, l: &Loaded, cube: &mut Cube, years: &[i32]) -> Result<()> {
    if let Some(base) = q.real {
        let cpi = match (&q.cpi, &l.city) {
            (Some(p), _) => City::read_series(p, "--cpi")?,
            (None, Some(c)) if !c.cpi.values.is_empty() => c.cpi.clone(),
            _ => {
                return Err(Error::usage(
                    "--real",
                    "needs a price index: --cpi FILE (year,index) or --config city.toml with [cpi] or [inflation]",
                ))
            }
        };
        let base = base
            .or(l.city.as_ref().and_then(|c| c.base_year))
            .or(years.iter().copied().max())
            .unwrap_or(2024);
        cube.deflate(&cpi, base, years, l.lang)?;
    }
    if q.per_capita {
        let pop = match (&q.population, &l.city) {
            (Some(p), _) => City::read_series(p, "--population")?,
            (None, Some(c)) if !c.population.values.is_empty() => c.population.clone(),
            _ => {
                return Err(Error::usage(
                    "--per-capita",
                    "needs the population: --population FILE (year,residents) or --config city.toml with [population]",
                ))
            }
        };
        cube.per_capita(&pop, years, l.lang)?;
    }
    Ok(())
}

/// Writes tables to the terminal or to `-o FILE` in the format asked.
pub fn emit(
    tables: &[Table],
    out: &OutArgs,
    inputs: &[std::path::PathBuf],
    currency: &str,
) -> Result<()> {
    let format = match (out.format, &out.output) {
        (Some(f), _) => f,
        (None, Some(p)) if p.as_os_str() != "-" => Format::from_path(p).ok_or_else(|| {
            Error::usage(
                "--output",
                format!(
                    "{}: name a .txt, .md, .csv, .json, .xlsx or .parquet file, or give --format",
                    p.display()
                ),
            )
        })?,
        _ => Format::Text,
    };
    let dest = match &out.output {
        None => Dest::Stdout,
        Some(p) if p.as_os_str() == "-" => Dest::Stdout,
        Some(p) => Dest::new(p, inputs, out.force)?,
    };
    if matches!(dest, Dest::Stdout) && matches!(format, Format::Xlsx | Format::Parquet) {
        return Err(Error::usage(
            "--format",
            "XLSX and Parquet are binary: write them to a file with -o FILE",
        ));
    }
    match format {
        Format::Text => {
            let s = table::text(tables);
            dest.write(|w| w.write_all(s.as_bytes()))
        }
        Format::Md => {
            let s = table::markdown(tables);
            dest.write(|w| w.write_all(s.as_bytes()))
        }
        Format::Json => {
            let s = table::json(tables, currency);
            dest.write(|w| w.write_all(s.as_bytes()))
        }
        Format::Csv => dest.write(|w| table::write_csv(&tables[0], w, out.excel)),
        Format::Xlsx => {
            let bytes = table::xlsx(tables).map_err(|e| {
                Error::usage(
                    "--output",
                    format!("the workbook could not be written: {e}"),
                )
            })?;
            dest.write(|w| w.write_all(&bytes))
        }
        Format::Parquet => {
            dest.write(|w| table::write_parquet(&tables[0], w).map_err(std::io::Error::other))
        }
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
    } else {
        By::Name
    }
}

/// A treemap of a cube's keys, nested in their functional groups when the codes have parts.
pub fn treemap(
    cube: &Cube,
    budget: &Budget,
    year: i32,
    stage: Stage,
    ctx: &spec::Context,
    lang: Lang,
) -> Result<Spec> {
    let nested = !matches!(cube.by, By::Level(1) | By::Dimension(_) | By::Name)
        && cube.keys.iter().any(|k| code_parts(&k.code).len() >= 2);
    let groups = if nested {
        Some(Cube::build(
            budget,
            cube.direction,
            By::Level(1),
            &[],
            lang,
        )?)
    } else {
        None
    };
    let parent = |code: &str| -> Option<String> {
        let g = groups.as_ref()?;
        let first = *code_parts(code).first()?;
        g.keys
            .iter()
            .find(|k| k.code == first)
            .map(|k| k.name.clone())
    };
    let by_title = if nested {
        format!(
            "{} → {}",
            By::Level(1).in_title(budget, lang),
            cube.by.in_title(budget, lang)
        )
    } else {
        cube.by.in_title(budget, lang)
    };
    Ok(spec::treemap(
        cube, budget, year, stage, &parent, ctx, &by_title,
    ))
}
