//! Analysis: from budget lines to the tables activists bring to a hearing.
//!
//! Every question starts the same way: group the lines of one direction by a
//! key (a level of the classification, a dimension column, the name) and sum
//! them per year and stage. That sum is computed once, by polars over the
//! whole set of lines with exact Decimal(38, s) amounts, into a [`Cube`];
//! breakdown, compare and execution read their small tables off it.

pub mod adjust;
pub mod breakdown;
pub mod checks;
pub mod classification;
pub mod compare;
pub mod decisions;
pub mod execution;
pub mod flow;
pub mod revenue;
pub mod side_by_side;
pub mod trust;

use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::i18n::why::{direction_text, stage_text};
use crate::model::{Budget, Direction, Item, Stage};
use crate::said;
use polars::prelude::*;
use rust_decimal::Decimal;
use std::collections::{BTreeSet, HashMap};

/// What lines are grouped by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum By {
    /// The first N parts of the classification code (1 = functional group).
    Level(usize),
    /// A dimension column, by its index in [`Budget::dimensions`].
    Dimension(usize),
    /// The whole code of each line.
    Code,
    /// The name of each line (normalised: case and spaces).
    Name,
}

/// Names of the levels of Kazakhstan's expenditure classification, as `--by` takes them.
pub const LEVELS: [&str; 5] = [
    "group",
    "subgroup",
    "administrator",
    "program",
    "subprogram",
];

/// Whether dimension `d` has more than one value among `items`.
pub fn tells_apart<'a>(items: impl Iterator<Item = &'a crate::model::Item>, d: usize) -> bool {
    let mut values = items.filter_map(|i| i.dims.get(d));
    let first = values.next();
    values.any(|v| Some(v) != first)
}

impl By {
    /// The default for a budget: the functional group when codes have parts,
    /// else the first dimension column that tells lines apart, else the
    /// code, else the name.
    pub fn default_for(budget: &Budget, direction: Direction) -> By {
        let items = || budget.items.iter().filter(|i| i.direction == direction);
        if items().any(|i| code_parts(&i.code).len() >= 2) {
            By::Level(1)
        } else if let Some(d) = {
            // The first column whose values tell lines apart: a column of
            // one value (or none, a sheet's left behind) groups nothing. A
            // column of bare numbers with no column naming them (a sort
            // order, "Department Order" 30, 31, 38.5) gives way to one of
            // words, which a hearing can read.
            let apart: Vec<usize> = (0..budget.dimensions.len())
                .filter(|&d| tells_apart(items(), d))
                .collect();
            let numbers = |d: usize| {
                items().all(|i| {
                    let v = i.dims.get(d).map_or("", |v| v.trim());
                    !v.is_empty() && v.parse::<f64>().is_ok()
                }) && describing_column(budget, d).is_none()
            };
            apart
                .iter()
                .copied()
                .find(|&d| !numbers(d))
                .or(apart.first().copied())
        } {
            By::Dimension(d)
        } else if items().any(|i| !i.code.is_empty()) {
            By::Code
        } else {
            By::Name
        }
    }

    /// The flag text that selects this grouping again.
    pub fn flag(&self, budget: &Budget) -> String {
        match self {
            By::Level(n @ 1..=5) => LEVELS[n - 1].to_string(),
            By::Level(n) => format!("\"level {n}\""),
            By::Dimension(i) => format!("\"{}\"", budget.dimensions[*i]),
            By::Code => "code".into(),
            By::Name => "name".into(),
        }
    }
}

/// The parts of a classification code: "04 2 464 003" and "04.2.464.003"
/// both give ["04", "2", "464", "003"].
pub fn code_parts(code: &str) -> Vec<&str> {
    code.split([' ', '.', '\u{a0}', '-', '/'])
        .filter(|p| !p.is_empty())
        .collect()
}

/// The code cut after its n-th part, separators as published ("01.1.4" at 2 is "01.1").
fn code_prefix(code: &str, n: usize) -> Option<&str> {
    let mut seen = 0;
    let mut in_part = false;
    for (i, c) in code.char_indices() {
        let sep = matches!(c, ' ' | '.' | '\u{a0}' | '-' | '/');
        if !sep && !in_part {
            seen += 1;
            in_part = true;
        } else if sep && in_part {
            in_part = false;
            if seen == n {
                return Some(&code[..i]);
            }
        }
    }
    (seen >= n && n > 0).then_some(code.trim_end())
}

pub use crate::model::normalise_name;

/// One group of lines: its key and the label to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    /// The code (or the dimension value, or the normalised name): what matches across years.
    pub code: String,
    /// The name shown.
    pub name: String,
}

/// A sum of lines for one key, year and stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sum {
    /// The exact sum; `None` when no line held an amount (missing is not zero).
    pub amount: Option<Decimal>,
    /// Lines summed (with or without an amount).
    pub lines: u32,
}

/// The sums of one direction's lines per key, year and stage.
#[derive(Debug, Clone)]
pub struct Cube {
    /// What the lines are grouped by.
    pub by: By,
    /// Expenditure or revenue.
    pub direction: Direction,
    /// Currency of every amount.
    pub currency: String,
    /// The groups, in order of first appearance in the sources.
    pub keys: Vec<Key>,
    /// The (year, stage) pairs with lines, sorted: the columns of `cells`.
    slots: Vec<(i32, Stage)>,
    /// Sums, one row per key and one column per slot (dense: a key × slot
    /// grid is smaller and faster than a map of millions of entries).
    cells: Vec<Option<Sum>>,
    /// Every (year, stage) with lines.
    pub present: BTreeSet<(i32, Stage)>,
    /// How amounts were adjusted (in a year's prices, per resident), for titles.
    pub adjustments: Vec<Adjustment>,
    /// When grouped by a dimension of codes: its names come from a describing column.
    pub described: bool,
    /// Years whose executed amounts run only to a month before the year's end.
    pub partial_years: Vec<(i32, u32)>,
    /// What the published totals said of the lines summed.
    pub reconciliation: trust::Reconciliation,
}

/// The dimension that names the values of dimension `d`: its header holds
/// `d`'s header and a word like description/name/descripción/наименование.
fn describing_column(budget: &Budget, d: usize) -> Option<usize> {
    let name = budget.dimensions[d].trim().to_lowercase();
    let contains = budget.dimensions.iter().position(|other| {
        let o = other.trim().to_lowercase();
        o != name
            && o.contains(&name)
            && ["descrip", "name", "nombre", "наимен", "назв", "атау"]
                .iter()
                .any(|w| o.contains(w))
    });
    // "Број раздел" / "Назив раздел", "Номер раздела" / "Наименование
    // раздела", "Code fund" / "Name fund": a number word and a name word
    // before the same words.
    const NUMBER: [&str; 10] = [
        "број",
        "broj",
        "номер",
        "код",
        "шифр",
        "code",
        "no",
        "no.",
        "number",
        "№",
    ];
    const NAME: [&str; 8] = [
        "назив",
        "naziv",
        "наименование",
        "название",
        "атауы",
        "name",
        "description",
        "nombre",
    ];
    let split = |h: &str| {
        let h = h.trim().to_lowercase();
        h.split_once(' ')
            .map(|(w, rest)| (w.to_string(), rest.trim().to_string()))
    };
    contains.or_else(|| {
        let (word, rest) = split(&name)?;
        if !NUMBER.contains(&word.as_str()) || rest.is_empty() {
            return None;
        }
        budget.dimensions.iter().position(|other| {
            split(other).is_some_and(|(w, r)| NAME.contains(&w.as_str()) && r == rest)
        })
    })
}

/// The direction to analyse: the one asked for, else expenditure when any, else revenue.
pub fn direction(budget: &Budget, asked: Option<Direction>) -> Result<Direction> {
    let has = |d| budget.items.iter().any(|i| i.direction == d);
    match asked {
        Some(d) if has(d) => Ok(d),
        Some(d) => Err(Error::usage(
            "--direction",
            said!(NO_DIRECTION_LINES, d = direction_text(d), flag = d.as_str()),
        )),
        None if has(Direction::Expenditure) => Ok(Direction::Expenditure),
        None if has(Direction::Revenue) => Ok(Direction::Revenue),
        None => Err(Error::usage("SRC", said!(NO_BUDGET_LINES))),
    }
}

impl Cube {
    /// Sums a budget's lines of one direction by `by`, per year and stage,
    /// keeping only items whose dimension columns hold the `filters` values.
    pub fn build(
        budget: &Budget,
        direction: Direction,
        by: By,
        filters: &[(usize, String)],
    ) -> Result<Cube> {
        let mut index: HashMap<String, u32> = HashMap::new();
        let mut keys: Vec<Key> = Vec::new();
        let mut item_key: Vec<u32> = Vec::with_capacity(budget.items.len());
        // A dimension holding codes ("CAPITULO") takes its names from the column
        // that describes it ("DESCRIPCION CAPITULO", "Cabinet Name").
        let described = match by {
            By::Dimension(d) => describing_column(budget, d),
            _ => None,
        };
        // Items whose lines an import rule took away (a tree's parents, fund
        // totals) neither make groups nor name them.
        let mut live = vec![false; budget.items.len()];
        for l in &budget.lines {
            if let Some(x) = live.get_mut(l.item as usize) {
                *x = true;
            }
        }
        for (i, item) in budget.items.iter().enumerate() {
            let wanted = filters
                .iter()
                .all(|(d, v)| item.dims[*d].trim().to_lowercase() == v.to_lowercase());
            if item.direction != direction || !wanted || !live[i] {
                item_key.push(u32::MAX);
                continue;
            }
            let (code, exact) = key_of(item, &by);
            let k = match index.get(code.as_str()) {
                Some(k) => *k,
                None => {
                    let k = keys.len() as u32;
                    index.insert(code.clone(), k);
                    keys.push(Key {
                        name: String::new(),
                        code,
                    });
                    k
                }
            };
            if exact && keys[k as usize].name.is_empty() {
                keys[k as usize].name = item.name.trim().to_string();
            }
            if let By::Dimension(d) = by {
                keys[k as usize].name = item.dims[described.unwrap_or(d)].trim().to_string();
            }
            item_key.push(k);
        }
        name_keys(&mut keys, budget, direction);
        let groups =
            sums(budget, &item_key).map_err(|e| Error::usage("SRC", said!(NOT_SUMMED, e = e)))?;
        let present: BTreeSet<(i32, Stage)> = groups.iter().map(|(_, y, s, _)| (*y, *s)).collect();
        let slots: Vec<(i32, Stage)> = present.iter().copied().collect();
        let mut cells = vec![None; keys.len() * slots.len()];
        for (k, y, s, sum) in groups {
            if let Ok(i) = slots.binary_search(&(y, s)) {
                cells[k as usize * slots.len() + i] = Some(sum);
            }
        }
        Ok(Cube {
            described: described.is_some(),
            by,
            direction,
            currency: budget.currency.clone(),
            keys,
            slots,
            cells,
            present,
            adjustments: Vec::new(),
            partial_years: budget.partial_years.clone(),
            reconciliation: trust::Reconciliation::Unchecked,
        })
    }

    /// The sum for a key, year and stage.
    pub fn get(&self, key: u32, year: i32, stage: Stage) -> Option<Sum> {
        let i = self.slots.binary_search(&(year, stage)).ok()?;
        self.cells
            .get(key as usize * self.slots.len() + i)
            .copied()
            .flatten()
    }

    /// Every sum with its year, to adjust amounts in place.
    pub(crate) fn sums_mut(&mut self) -> impl Iterator<Item = (i32, &mut Sum)> + '_ {
        let n = self.slots.len().max(1);
        let slots = &self.slots;
        self.cells
            .iter_mut()
            .enumerate()
            .filter_map(move |(i, c)| c.as_mut().map(|s| (slots[i % n].0, s)))
    }

    /// Drops every amount outside `years`.
    pub(crate) fn keep_years(&mut self, years: &[i32]) {
        let n = self.slots.len().max(1);
        for (i, c) in self.cells.iter_mut().enumerate() {
            if !years.contains(&self.slots[i % n].0) {
                *c = None;
            }
        }
        self.present.retain(|(y, _)| years.contains(y));
    }

    /// Years with lines, ascending.
    pub fn years(&self) -> Vec<i32> {
        let mut y: Vec<i32> = self.present.iter().map(|(y, _)| *y).collect();
        y.dedup();
        y
    }

    /// Stages present in a year, least final first.
    pub fn stages(&self, year: i32) -> Vec<Stage> {
        self.present
            .iter()
            .filter(|(y, _)| *y == year)
            .map(|(_, s)| *s)
            .collect()
    }

    /// The total of a year and stage over every key.
    pub fn total(&self, year: i32, stage: Stage) -> Decimal {
        (0..self.keys.len() as u32)
            .filter_map(|k| self.get(k, year, stage).and_then(|s| s.amount))
            .fold(Decimal::ZERO, Decimal::saturating_add)
    }
}

/// An item's key under a grouping, and whether the item is exactly that key
/// (so its name names the group).
fn key_of(item: &Item, by: &By) -> (String, bool) {
    match by {
        By::Level(n) => {
            if item.code.trim().is_empty() {
                return (normalise_name(&item.name), true);
            }
            let parts = code_parts(&item.code).len();
            match code_prefix(&item.code, *n) {
                Some(p) if parts > *n => (p.trim().to_string(), false),
                // A line below its code's level (a leaf with no code of its
                // own) is in the group, but does not name it.
                _ => (
                    item.code.trim().to_string(),
                    item.level.is_none_or(|l| l as usize <= parts),
                ),
            }
        }
        By::Dimension(d) => (item.dims[*d].trim().to_string(), true),
        By::Code if !item.code.trim().is_empty() => (item.code.trim().to_string(), true),
        By::Code | By::Name => (normalise_name(&item.name), true),
    }
}

/// Names for keys that no line names exactly: the publisher's group row with
/// that code, else the code. (Kazakhstan's functional groups are named in
/// the language shown by [`crate::i18n::why::name_groups`].)
fn name_keys(keys: &mut [Key], budget: &Budget, direction: Direction) {
    for key in keys.iter_mut() {
        if !key.name.is_empty() {
            continue;
        }
        if let Some(t) = budget.totals.iter().find(|t| {
            t.direction == direction && !t.label.trim().is_empty() && t.code.trim() == key.code
        }) {
            key.name = t.label.trim().to_string();
        } else {
            key.name = key.code.clone();
        }
    }
}

/// Sums by (key, year, stage) with polars over exact Decimal(38, s) amounts.
fn sums(budget: &Budget, item_key: &[u32]) -> PolarsResult<Vec<(u32, i32, Stage, Sum)>> {
    let lines: Vec<&crate::model::Line> = budget
        .lines
        .iter()
        .filter(|l| item_key[l.item as usize] != u32::MAX)
        .collect();
    let scale = lines
        .iter()
        .filter_map(|l| l.amount)
        .map(|a| a.scale())
        .max()
        .unwrap_or(0);
    let mut bound: i128 = 0;
    let amounts: Int128Chunked = lines
        .iter()
        .map(|l| match l.amount {
            None => Ok(None),
            Some(a) => {
                let m = 10i128
                    .checked_pow(scale - a.scale())
                    .and_then(|f| a.mantissa().checked_mul(f));
                // The sum of the absolute values bounds every partial sum.
                match m.and_then(|m| bound.checked_add(m.abs()).map(|b| (m, b))) {
                    Some((m, b)) => {
                        bound = b;
                        Ok(Some(m))
                    }
                    None => Err(polars_err!(ComputeError: "the amounts add up beyond 38 digits")),
                }
            }
        })
        .collect::<PolarsResult<Int128Chunked>>()?;
    let n = lines.len();
    // One UInt64 group key, (key, year, stage) packed: one column hashes faster than three.
    let pack = |l: &crate::model::Line| {
        (u64::from(item_key[l.item as usize]) << 32)
            | (u64::from(l.year as u32 & 0x00FF_FFFF) << 8)
            | l.stage as u64
    };
    let df = DataFrame::new(
        n,
        vec![
            Column::new(
                "g".into(),
                lines.iter().map(|l| pack(l)).collect::<Vec<u64>>(),
            ),
            amounts
                .with_name("amount".into())
                .into_decimal(38, scale as usize)?
                .into_series()
                .into_column(),
            Column::new(
                "has".into(),
                lines
                    .iter()
                    .map(|l| u64::from(l.amount.is_some()))
                    .collect::<Vec<u64>>(),
            ),
            Column::new("one".into(), vec![1u64; n]),
        ],
    )?;
    // polars' eager group-by: the lazy engine would pull in polars' streaming
    // engine and its cloud and HTTP stack, which an offline tool never uses.
    #[allow(deprecated)]
    let out = df.group_by(["g"])?.select(["amount", "has", "one"]).sum()?;
    let sum = out.column("amount_sum")?.decimal()?;
    let sum_scale = sum.scale() as u32;
    let mut cells = Vec::with_capacity(out.height());
    // Group keys and counts have no nulls: read them as plain values.
    let g = out.column("g")?.u64()?.rechunk();
    let amounts = out.column("has_sum")?.u64()?.rechunk();
    let count = out.column("one_sum")?.u64()?.rechunk();
    let total = sum.physical().rechunk();
    let rows = g
        .into_no_null_iter()
        .zip(total.iter())
        .zip(amounts.into_no_null_iter())
        .zip(count.into_no_null_iter());
    for (((g, total), amounts), count) in rows {
        let amount = match (amounts, total) {
            (0, _) | (_, None) => None,
            (_, Some(v)) => Some(
                Decimal::try_from_i128_with_scale(v, sum_scale)
                    .map_err(|_| polars_err!(ComputeError: "a sum exceeds 28 digits"))?,
            ),
        };
        cells.push((
            (g >> 32) as u32,
            ((g >> 8) & 0x00FF_FFFF) as i32,
            Stage::ALL[(g & 0xFF) as usize % 5],
            Sum {
                amount,
                lines: u32::try_from(count)
                    .map_err(|_| polars_err!(ComputeError: "more than 4 billion lines"))?,
            },
        ));
    }
    Ok(cells)
}

/// The year and stage a table shows, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    /// Fiscal year.
    pub year: i32,
    /// Stage.
    pub stage: Stage,
    /// Why, when chosen by default.
    pub why: Vec<Reason>,
}

/// Why a year or stage was chosen when the user did not say: a fact, put
/// into words by [`crate::i18n::why`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The latest year in the data.
    LatestYear(i32),
    /// The most final stage the year has.
    FinalStage {
        /// The stage.
        stage: Stage,
        /// The year.
        year: i32,
    },
    /// The two latest years in the data (a comparison's default).
    LatestTwoYears {
        /// The earlier year.
        from: i32,
        /// The later year.
        to: i32,
    },
    /// The most final stage both years of a comparison have.
    CommonStage(Stage),
    /// The data has one year: its first plan against its latest (an
    /// approved budget against its amendments).
    PlansOfOneYear {
        /// The year.
        year: i32,
        /// The first plan stage.
        from: Stage,
        /// The latest plan stage.
        to: Stage,
    },
    /// The latest year with executed amounts.
    LatestExecuted(i32),
    /// The year's most final plan, its execution running only to a month
    /// before the year's end.
    PlanOfPartialYear {
        /// The plan stage chosen.
        stage: Stage,
        /// The year.
        year: i32,
        /// The last month of its execution.
        month: u32,
    },
    /// The latest whole year with executed amounts: a later one runs only
    /// to a month before its end.
    LatestWholeExecuted {
        /// The year chosen.
        year: i32,
        /// The later, partial year.
        partial: i32,
        /// Its last month.
        month: u32,
    },
    /// The plan that execution is measured against: the latest of adjusted and revised, else approved.
    PlanStage(Stage),
}

/// How a cube's amounts were adjusted, in the order applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Adjustment {
    /// Deflated to the prices of this year.
    InPrices(i32),
    /// Divided by the population.
    PerResident,
    /// Not deflated although a price index is known: the amounts of
    /// different years are in their own years' prices.
    CurrentPrices,
    /// The year's executed amounts run only to this month: a part of the
    /// year, never to be read as the year's execution.
    PartialYear {
        /// The year.
        year: i32,
        /// Its last month (1-11).
        month: u32,
    },
    /// Shown although most published totals differ from the sums of their
    /// lines (`--accept-unreconciled`): the figures are ashyq's reading of a
    /// layout the file's own totals do not bear out.
    Unreconciled {
        /// Totals that differ beyond rounding.
        differ: usize,
        /// Totals checked.
        checked: usize,
    },
}

/// The year and stage to show: as asked, else the latest year and its most final stage.
pub fn pick(cube: &Cube, year: Option<i32>, stage: Option<Stage>) -> Result<Pick> {
    let years = cube.years();
    let list = |v: &[i32]| {
        v.iter()
            .map(|y| y.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut why = Vec::new();
    let year = match year {
        Some(y) if years.contains(&y) => y,
        Some(y) => {
            return Err(Error::usage(
                "--year",
                said!(
                    NO_LINES_FOR_YEAR,
                    d = direction_text(cube.direction),
                    y = y,
                    years = list(&years)
                ),
            ))
        }
        None => {
            let y = *years
                .last()
                .ok_or_else(|| Error::usage("SRC", said!(NO_LINES_TO_ANALYSE)))?;
            why.push(Reason::LatestYear(y));
            y
        }
    };
    let stages = cube.stages(year);
    let stage = match stage {
        Some(s) if stages.contains(&s) => s,
        Some(s) => {
            return Err(Error::usage(
                "--stage",
                said!(
                    YEAR_LACKS_STAGE,
                    year = year,
                    stage = stage_text(s),
                    stages = stage_list(&stages)
                ),
            ))
        }
        None => {
            let s = *stages
                .last()
                .ok_or_else(|| Error::usage("--year", said!(NO_STAGES)))?;
            // A year whose execution runs only to March: its plan is the year's.
            match cube.partial_years.iter().find(|p| p.0 == year) {
                Some(&(_, month)) if s == Stage::Executed && stages.len() > 1 => {
                    let plan = stages[stages.len() - 2];
                    why.push(Reason::PlanOfPartialYear {
                        stage: plan,
                        year,
                        month,
                    });
                    plan
                }
                _ => {
                    why.push(Reason::FinalStage { stage: s, year });
                    s
                }
            }
        }
    };
    Ok(Pick { year, stage, why })
}

/// The first cube with only the years and stages every cube has, and the
/// partial years of any: what a picking of one year and stage for several
/// cubes together (revenue beside expenditure, budgets side by side) picks from.
pub(crate) fn in_common(first: &Cube, others: &[&Cube]) -> Cube {
    let mut all = first.clone();
    for c in others {
        all.present.retain(|s| c.present.contains(s));
        for p in &c.partial_years {
            if !all.partial_years.contains(p) {
                all.partial_years.push(*p);
            }
        }
    }
    all
}

/// A cube's years and stages as words: "2024 approved, 2025 approved".
pub(crate) fn slots_text(cube: &Cube) -> crate::i18n::Text {
    use crate::i18n::Text;
    Text::Join(
        cube.present
            .iter()
            .map(|(y, s)| Text::Join(vec![Text::Verbatim(y.to_string()), stage_text(*s)], " "))
            .collect(),
        ", ",
    )
}

/// `a / b` exactly to 28 digits, or `None` when `b` is zero.
pub fn ratio(a: Decimal, b: Decimal) -> Option<Decimal> {
    if b.is_zero() {
        None
    } else {
        a.checked_div(b)
    }
}

/// Stages as a list to be said in any language ("approved, revised").
pub(crate) fn stage_list(stages: &[Stage]) -> crate::i18n::Text {
    crate::i18n::Text::Join(stages.iter().map(|s| stage_text(*s)).collect(), ", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_column_takes_its_names_from_the_name_column_beside_it() {
        let mut b = Budget::new("MKD");
        b.dimensions = vec!["Број раздел".into(), "Назив раздел".into()];
        for (i, (code, name)) in [
            ("1001", "ПРЕТСЕДАТЕЛ"),
            ("16001", "МИНИСТЕРСТВО ЗА ОБРАЗОВАНИЕ"),
        ]
        .iter()
        .enumerate()
        {
            b.items.push(Item {
                direction: Direction::Expenditure,
                code: "401".into(),
                level: None,
                parent_code: String::new(),
                name: "Основни плати".into(),
                dims: vec![code.to_string(), name.to_string()],
                source: 0,
                sheet: 0,
            });
            b.lines.push(crate::model::Line {
                item: i as u32,
                year: 2014,
                stage: Stage::Approved,
                amount: Some(rust_decimal::Decimal::from(10)),
                missing: 0,
                row: i as u32,
                col: 10,
            });
        }
        let cube = Cube::build(&b, Direction::Expenditure, By::Dimension(0), &[]).unwrap();
        let names: Vec<(&str, &str)> = cube
            .keys
            .iter()
            .map(|k| (k.code.as_str(), k.name.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("1001", "ПРЕТСЕДАТЕЛ"),
                ("16001", "МИНИСТЕРСТВО ЗА ОБРАЗОВАНИЕ")
            ]
        );
    }

    #[test]
    fn the_default_grouping_is_a_column_that_tells_lines_apart() {
        let item = |name: &str, fund: &str, dept: &str| Item {
            direction: Direction::Expenditure,
            code: String::new(),
            level: None,
            parent_code: String::new(),
            name: name.into(),
            dims: vec![fund.into(), dept.into()],
            source: 0,
            sheet: 0,
        };
        let mut b = Budget::new("USD");
        b.dimensions = vec!["Fund".into(), "Dept".into()];
        b.items = vec![
            item("Schools", "General", "Education"),
            item("Roads", "General", "Works"),
        ];
        // "Fund" holds one value: the second column groups.
        assert_eq!(
            By::default_for(&b, Direction::Expenditure),
            By::Dimension(1)
        );
        // No column tells the lines apart: their names do.
        for i in &mut b.items {
            i.dims[1] = String::new();
        }
        assert_eq!(By::default_for(&b, Direction::Expenditure), By::Name);
    }

    #[test]
    fn code_prefixes_keep_the_published_separators() {
        assert_eq!(code_parts("04 2 464 003"), ["04", "2", "464", "003"]);
        assert_eq!(code_prefix("04 2 464 003", 1), Some("04"));
        assert_eq!(code_prefix("04 2 464 003", 3), Some("04 2 464"));
        assert_eq!(code_prefix("01.1.4", 2), Some("01.1"));
        assert_eq!(code_prefix("01.1.4", 3), Some("01.1.4"));
        assert_eq!(code_prefix("01.1.4", 4), None);
        assert_eq!(
            normalise_name("  Образование   и  наука "),
            "образование и наука"
        );
    }
}
