//! Checks beyond the publisher's totals, each finding with its cells:
//! duplicate lines, negative amounts, execution over 100% of the plan, lines
//! that vanish between years, revisions beyond ±20% of the approved amount.

use crate::model::{a1, Budget, Line, Stage};
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The same line (code, name, columns, year, stage) more than once.
    Duplicate,
    /// An amount below zero.
    Negative,
    /// Executed more than the plan.
    OverExecuted,
    /// In one year, absent the next though the data has that year.
    Vanished,
    /// Revised or adjusted more than 20% away from approved.
    Revised,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    /// What it is.
    pub kind: Kind,
    /// The line's code and name.
    pub line: String,
    /// What was found, in words with the figures.
    pub detail: String,
    /// The cells, as "file, sheet!A1".
    pub cells: Vec<String>,
}

fn cell(budget: &Budget, line: &Line) -> String {
    let item = &budget.items[line.item as usize];
    let file = std::path::Path::new(&budget.sources[item.source as usize].file)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let sheet = &budget.sheets[item.sheet as usize];
    if sheet.is_empty() {
        format!("{file} {}", a1(line.row, line.col))
    } else {
        format!("{file} {sheet}!{}", a1(line.row, line.col))
    }
}

fn label(budget: &Budget, line: &Line) -> String {
    let item = &budget.items[line.item as usize];
    let s = format!("{} {}", item.code, item.name).trim().to_string();
    if s.is_empty() {
        // Lines named only by their columns (Boston: cabinet, department, program...).
        item.dims
            .iter()
            .filter(|d| !d.trim().is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(" / ")
    } else {
        s
    }
}

/// A line's identity across rows and years: direction, code, name, dimensions.
type Identity = (crate::model::Direction, String, String, Vec<String>);

fn identity(budget: &Budget, line: &Line) -> Identity {
    let i = &budget.items[line.item as usize];
    (
        i.direction,
        i.code.trim().to_string(),
        super::normalise_name(&i.name),
        i.dims.clone(),
    )
}

/// Every finding, grouped by kind, in source order within a kind.
pub fn checks(budget: &Budget) -> Vec<Finding> {
    let mut out = Vec::new();
    duplicates(budget, &mut out);
    negatives(budget, &mut out);
    against_plan(budget, &mut out);
    vanished(budget, &mut out);
    out.sort_by_key(|f| f.kind);
    out
}

/// Lines with the same identity, year and stage.
fn duplicates(budget: &Budget, out: &mut Vec<Finding>) {
    let id = |l: &Line| identity(budget, l);
    let mut seen: HashMap<(_, i32, Stage), Vec<&Line>> = HashMap::new();
    for l in &budget.lines {
        seen.entry((id(l), l.year, l.stage)).or_default().push(l);
    }
    let mut dups: Vec<&Vec<&Line>> = seen.values().filter(|v| v.len() > 1).collect();
    dups.sort_by_key(|v| (v[0].item, v[0].row, v[0].col));
    for v in dups {
        out.push(Finding {
            kind: Kind::Duplicate,
            line: label(budget, v[0]),
            detail: format!("{} {}: {} times", v[0].year, v[0].stage.as_str(), v.len()),
            cells: v.iter().map(|l| cell(budget, l)).collect(),
        });
    }
}

/// Negative amounts.
fn negatives(budget: &Budget, out: &mut Vec<Finding>) {
    for l in &budget.lines {
        if l.amount.is_some_and(|a| a < Decimal::ZERO) {
            out.push(Finding {
                kind: Kind::Negative,
                line: label(budget, l),
                detail: format!(
                    "{} {}: {}",
                    l.year,
                    l.stage.as_str(),
                    l.amount.unwrap_or_default()
                ),
                cells: vec![cell(budget, l)],
            });
        }
    }
}

/// Per line and year, its stages: executed over the plan, revisions beyond ±20%.
fn against_plan(budget: &Budget, out: &mut Vec<Finding>) {
    let id = |l: &Line| identity(budget, l);
    // (Keyed by the line's identity, not its row: a long table has a row per stage.)
    let mut by: BTreeMap<(u32, i32), BTreeMap<Stage, &Line>> = BTreeMap::new();
    let mut first_item: HashMap<_, u32> = HashMap::new();
    for l in &budget.lines {
        let k = *first_item.entry(id(l)).or_insert(l.item);
        by.entry((k, l.year)).or_default().insert(l.stage, l);
    }
    for ((_, year), st) in &by {
        let amount = |s: Stage| st.get(&s).and_then(|l| l.amount.map(|a| (a, *l)));
        let plan = [Stage::Adjusted, Stage::Revised, Stage::Approved]
            .into_iter()
            .find_map(|s| amount(s).map(|x| (s, x)));
        if let (Some((ps, (p, pl))), Some((e, el))) = (plan, amount(Stage::Executed)) {
            if p > Decimal::ZERO && e > p {
                out.push(Finding {
                    kind: Kind::OverExecuted,
                    line: label(budget, el),
                    detail: format!(
                        "{year}: executed {e} against {} {p} ({}%)",
                        ps.as_str(),
                        (e / p * Decimal::ONE_HUNDRED).round_dp(1)
                    ),
                    cells: vec![cell(budget, pl), cell(budget, el)],
                });
            }
        }
        if let Some((a, al)) = amount(Stage::Approved) {
            let rev = [Stage::Adjusted, Stage::Revised]
                .into_iter()
                .find_map(|s| amount(s).map(|x| (s, x)));
            if let Some((rs, (r, rl))) = rev {
                if a > Decimal::ZERO && ((r - a) / a).abs() > Decimal::new(2, 1) {
                    out.push(Finding {
                        kind: Kind::Revised,
                        line: label(budget, rl),
                        detail: format!(
                            "{year}: approved {a}, {} {r} ({:+}%)",
                            rs.as_str(),
                            ((r - a) / a * Decimal::ONE_HUNDRED).round_dp(1)
                        ),
                        cells: vec![cell(budget, al), cell(budget, rl)],
                    });
                }
            }
        }
    }
}

/// Lines that vanish: present in a year, absent from the next year of the data.
fn vanished(budget: &Budget, out: &mut Vec<Finding>) {
    let years: BTreeSet<i32> = budget.lines.iter().map(|l| l.year).collect();
    let mut present: HashMap<_, (BTreeSet<i32>, &Line)> = HashMap::new();
    for l in &budget.lines {
        present
            .entry(identity(budget, l))
            .or_insert_with(|| (BTreeSet::new(), l))
            .0
            .insert(l.year);
    }
    let mut vanished: Vec<(&Line, i32, i32)> = Vec::new();
    for (ys, first) in present.values() {
        for y in ys {
            if let Some(next) = years.range(y + 1..).next() {
                if !ys.contains(next) {
                    vanished.push((first, *y, *next));
                }
            }
        }
    }
    vanished.sort_by_key(|(l, y, _)| (*y, l.item));
    for (l, y, next) in vanished {
        out.push(Finding {
            kind: Kind::Vanished,
            line: label(budget, l),
            detail: format!("in {y}, not in {next}"),
            cells: vec![cell(budget, l)],
        });
    }
}
