//! Several releases of one budget given together (last year's file and this
//! year's, an approved table and its amendment): a line that two files both
//! hold for the same year and stage is one line, never a sum. The later
//! file wins: later by the dates the files state (a title's "по состоянию
//! на 01.04.2025", the last reporting period) when every file states one,
//! else in the order given; every overlap is reported, with the amounts
//! the later release changed (a finding for the hearing).
//!
//! A line is the same line in two files when its direction, code, name (for
//! lines without a code) and other columns' values agree. Files of two
//! different budgets (two districts) with the same classification differ in
//! a column that says whose budget it is, or they are not one budget's
//! releases and should be imported apart.

use crate::i18n::import::*;
use crate::i18n::why::{direction_text, stage_text};
use crate::i18n::Text;
use crate::model::{Budget, Direction, Stage};
use crate::said;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// One year and stage that two files both hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Overlap {
    /// The direction of the lines.
    pub direction: Direction,
    /// The year.
    pub year: i32,
    /// The stage.
    pub stage: Stage,
    /// The file whose lines were replaced.
    pub earlier: String,
    /// The file whose lines were kept.
    pub later: String,
    /// How many lines of the earlier file the later file's replaced.
    pub lines: usize,
    /// The lines whose amounts the later file changed.
    pub amended: Vec<Amended>,
}

/// A line whose amount differs between two releases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Amended {
    /// Its code, as published.
    pub code: String,
    /// Its name, as published in the later file.
    pub name: String,
    /// The earlier file's amount.
    pub earlier: Option<Decimal>,
    /// The later file's amount.
    pub later: Option<Decimal>,
}

/// A line's identity across files: direction, code (or name when it has
/// none), the other columns' values, year and stage.
type Key = (Direction, String, Vec<String>, i32, Stage);

fn key(budget: &Budget, line: &crate::model::Line) -> Key {
    let item = &budget.items[line.item as usize];
    let code = item.code.trim();
    let id = if code.is_empty() {
        format!("name:{}", crate::model::normalise_name(&item.name))
    } else {
        format!("code:{code}")
    };
    (
        item.direction,
        id,
        item.dims.iter().map(|d| d.trim().to_string()).collect(),
        line.year,
        line.stage,
    )
}

/// A year and stage of a direction that two files hold: (direction, year,
/// stage, earlier source, later source).
type Pair = (Direction, i32, Stage, u32, u32);

/// Keeps, of every line that several files hold, the last file's; returns
/// what overlapped. Lines repeated within one file are left alone (they are
/// the publisher's, and `validate` lists them); a later file replaces all
/// of an earlier file's lines with that identity.
pub fn resolve(budget: &mut Budget) -> Vec<Overlap> {
    if budget.sources.len() < 2 {
        return Vec::new();
    }
    let source_of = |b: &Budget, i: usize| b.items[b.lines[i].item as usize].source;
    // For each line's identity, the lines of the latest file that holds it.
    let mut latest: HashMap<Key, Vec<usize>> = HashMap::new();
    let mut dropped = vec![false; budget.lines.len()];
    let mut found: BTreeMap<Pair, (usize, Vec<Amended>)> = BTreeMap::new();
    for i in 0..budget.lines.len() {
        let k = key(budget, &budget.lines[i]);
        let source = source_of(budget, i);
        let held = latest.entry(k.clone()).or_default();
        let earlier = held.first().map(|&j| source_of(budget, j));
        match earlier {
            Some(e) if e != source => {
                // Every line of the earlier file with this identity gives way.
                let old: Vec<Option<Decimal>> =
                    held.iter().map(|&j| budget.lines[j].amount).collect();
                for &j in held.iter() {
                    dropped[j] = true;
                }
                let entry = found.entry((k.0, k.3, k.4, e, source)).or_default();
                entry.0 += held.len();
                let old_amount = if old.iter().all(Option::is_none) {
                    None
                } else {
                    Some(
                        old.iter()
                            .flatten()
                            .fold(Decimal::ZERO, |a, b| a.saturating_add(*b)),
                    )
                };
                let new = budget.lines[i].amount;
                if old_amount != new {
                    let item = &budget.items[budget.lines[i].item as usize];
                    entry.1.push(Amended {
                        code: item.code.clone(),
                        name: item.name.clone(),
                        earlier: old_amount,
                        later: new,
                    });
                }
                *held = vec![i];
            }
            _ => held.push(i),
        }
    }
    if found.is_empty() {
        return Vec::new();
    }
    let mut index = 0;
    budget.lines.retain(|_| {
        index += 1;
        !dropped[index - 1]
    });
    drop_unused_items(budget);
    let file = |s: u32| {
        budget
            .sources
            .get(s as usize)
            .map(|x| x.file.clone())
            .unwrap_or_default()
    };
    found
        .into_iter()
        .map(
            |((direction, year, stage, earlier, later), (lines, amended))| Overlap {
                direction,
                year,
                stage,
                earlier: file(earlier),
                later: file(later),
                lines,
                amended,
            },
        )
        .collect()
}

/// A file's date, as (year, month, day; day 0 for a month): the latest
/// its sheets state.
pub(crate) fn date_of(report: &super::FileReport) -> Option<(i32, u32, u32)> {
    report.sheets.iter().filter_map(|s| s.as_of).max()
}

/// Two files that stand at the same date and share a year and stage whose
/// amounts differ in most of the lines they share are two budgets (two
/// regions, two districts), not two releases of one: one replacing the
/// other would mix them. The first such overlap, with the date.
pub fn two_budgets<'o>(
    overlaps: &'o [Overlap],
    reports: &[super::FileReport],
) -> Option<(&'o Overlap, (i32, u32, u32))> {
    let date = |file: &str| reports.iter().find(|r| r.file == file).and_then(date_of);
    overlaps.iter().find_map(|o| {
        let (a, b) = (date(&o.earlier)?, date(&o.later)?);
        (a == b && o.lines > 0 && o.amended.len() * 2 > o.lines).then_some((o, a))
    })
}

/// A date as written in the reports: "01.04.2025", or "03.2025" for a month.
pub fn date_text((y, m, d): (i32, u32, u32)) -> String {
    if d == 0 {
        format!("{m:02}.{y}")
    } else {
        format!("{d:02}.{m:02}.{y}")
    }
}

/// Puts the files in the order of the dates they state, when every one
/// states a date and they were not given in that order; says so.
pub fn by_date<P: AsRef<std::path::Path>>(
    files: &mut [(P, (Budget, super::FileReport))],
) -> Option<Text> {
    let dates: Vec<_> = files.iter().map(|(_, (_, r))| date_of(r)).collect();
    if files.len() < 2 || dates.iter().any(Option::is_none) || dates.is_sorted() {
        return None;
    }
    files.sort_by_key(|(_, (_, r))| date_of(r));
    let order: Vec<String> = files
        .iter()
        .filter_map(|(_, (_, r))| Some(format!("{} ({})", r.file, date_text(date_of(r)?))))
        .collect();
    Some(said!(RELEASES_BY_DATE, files = order.join(", ")))
}

/// A file's range of source indices in the merged budget, and its partial years.
pub type FilePartials = (std::ops::Range<u32>, Vec<(i32, u32)>);

/// After releases replaced lines, a file's partial year stays said only
/// while the file still gives executed lines of that year: the March
/// report replaced by December's leaves a whole year. `files` holds each
/// file's range of source indices and its partial years.
pub fn partial_years_kept(budget: &mut Budget, files: &[FilePartials]) {
    let mut kept: Vec<(i32, u32)> = Vec::new();
    for (sources, years) in files {
        for &(y, m) in years {
            let gives = budget.lines.iter().any(|l| {
                l.year == y
                    && l.stage == Stage::Executed
                    && sources.contains(&budget.items[l.item as usize].source)
            });
            match kept.iter_mut().find(|p| p.0 == y) {
                Some(p) if gives => p.1 = p.1.min(m),
                None if gives => kept.push((y, m)),
                _ => {}
            }
        }
    }
    budget.partial_years = kept;
}

/// Removes the items no line refers to any more, renumbering the lines'.
fn drop_unused_items(budget: &mut Budget) {
    let mut used = vec![false; budget.items.len()];
    for l in &budget.lines {
        used[l.item as usize] = true;
    }
    let mut new_index = vec![0u32; budget.items.len()];
    let mut next = 0u32;
    for (i, u) in used.iter().enumerate() {
        if *u {
            new_index[i] = next;
            next += 1;
        }
    }
    let mut i = 0;
    budget.items.retain(|_| {
        i += 1;
        used[i - 1]
    });
    for l in &mut budget.lines {
        l.item = new_index[l.item as usize];
    }
}

/// What an overlap means, as a warning: which file was kept for how many
/// lines, and the first amended amounts.
pub fn warning(o: &Overlap) -> Text {
    let mut s = said!(
        OVERLAP,
        year = o.year,
        stage = stage_text(o.stage),
        direction = direction_text(o.direction),
        earlier = &o.earlier,
        later = &o.later,
        n = o.lines
    );
    if o.amended.is_empty() {
        s.then("", said!(OVERLAP_SAME));
        return s;
    }
    let shown: Vec<Text> = o
        .amended
        .iter()
        .take(3)
        .map(|a| {
            let amount = |v: Option<Decimal>| {
                v.map(|d| Text::Verbatim(d.normalize().to_string()))
                    .unwrap_or_else(|| said!(NO_AMOUNT))
            };
            let who = match (a.code.trim(), a.name.trim()) {
                ("", n) => format!("\"{n}\""),
                (c, "") => c.to_string(),
                (c, n) => format!("{c} \"{n}\""),
            };
            Text::Join(
                vec![
                    Text::Verbatim(who),
                    amount(a.earlier),
                    Text::Verbatim("->".into()),
                    amount(a.later),
                ],
                " ",
            )
        })
        .collect();
    let more = o.amended.len().saturating_sub(3);
    s.then(
        "",
        said!(
            OVERLAP_AMENDED,
            n = o.amended.len(),
            shown = Text::Join(shown, "; "),
            more = if more > 0 {
                said!(OVERLAP_MORE, n = more)
            } else {
                Text::Verbatim(String::new())
            }
        ),
    );
    s
}
