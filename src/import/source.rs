//! The seam every input format plugs into: a source of sheets of cells
//! ([`SheetSource`]), and the one loop ([`run_sheets`]) that chooses the
//! sheets to read and feeds each, row by row, to the layout detector.
//!
//! A format is one file implementing [`SheetSource`] (workbooks in
//! [`super::workbook`], text in [`super::text`]) plus its bytes in
//! [`super::sniff`]; lines files and data packages, which hold budget lines
//! already, are [`Opened::Lines`].

use super::layout::SheetImport;
use super::{Options, SheetReport};
use crate::error::{Error, Result};
use crate::i18n::import::*;
use crate::i18n::messages::AND_MORE;
use crate::i18n::Text;
use crate::model::Budget;
use crate::said;
use std::path::Path;

/// One sheet a source offers.
#[derive(Debug, Clone)]
pub struct SheetInfo {
    /// Its name ("" for a text file's one table).
    pub name: String,
    /// Hidden (or very hidden) in the workbook.
    pub hidden: bool,
    /// A worksheet (not a chart or macro sheet).
    pub worksheet: bool,
}

/// A source of sheets of cells: a workbook, a text file, a page of tables.
pub trait SheetSource {
    /// The sheets, in the source's order.
    fn sheets(&self) -> Vec<SheetInfo>;

    /// Hands one sheet's rows, in order, to `sheet` (at most `max_cells`
    /// non-empty cells); returns the sheet's used range ("A1:H40") when known.
    fn read(
        &mut self,
        name: &str,
        sheet: &mut SheetImport<'_>,
        max_cells: u64,
    ) -> Result<Option<String>>;

    /// Adds what the source knows about a sheet once it is read (warnings
    /// about its bytes, say) to its report.
    fn annotate(&self, _report: &mut SheetReport) {}

    /// Whether a source none of whose sheets gives a line is an error. A
    /// workbook must hold a table somewhere; a text file is one table,
    /// already checked as it was read.
    fn must_give_lines(&self) -> bool {
        true
    }

    /// What the document's own text says, when it is a maslikhat decision.
    fn decision(&self) -> Option<&super::decision::Decision> {
        None
    }
}

/// A file opened by its format: sheets of cells to detect a layout in, or
/// budget lines read as they are (lines files, data packages).
pub enum Opened<'a> {
    /// Sheets of cells.
    Sheets(Box<dyn SheetSource + 'a>),
    /// Lines, with their report.
    Lines(Box<(Budget, super::FileReport)>),
}

/// Which sheets to read: the one `--sheet` names (hidden or not, name
/// matched forgivingly), else all of them; whether each must hold a table.
/// A source of one unnamed table (a text file) is read whatever `--sheet` says.
fn choose_sheets(
    path: &Path,
    meta: &[SheetInfo],
    opts: &Options,
) -> Result<Vec<(String, bool, bool)>> {
    if let [one] = meta {
        if one.name.is_empty() {
            return Ok(vec![(String::new(), false, true)]);
        }
    }
    if let Some(want) = &opts.sheet {
        let found = meta
            .iter()
            .find(|s| s.name == *want)
            .or_else(|| meta.iter().find(|s| s.name.trim() == want.trim()))
            .or_else(|| {
                meta.iter()
                    .find(|s| s.name.trim().to_lowercase() == want.trim().to_lowercase())
            });
        return match found {
            Some(s) => Ok(vec![(s.name.clone(), s.hidden, true)]),
            None => Err(Error::SheetNotFound {
                path: path.to_path_buf(),
                sheet: want.clone(),
                available: meta
                    .iter()
                    .map(|s| format!("\"{}\"", s.name))
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        };
    }
    let visible = meta.iter().filter(|s| s.worksheet && !s.hidden).count();
    let only_one = visible == 1;
    Ok(meta
        .iter()
        .map(|s| (s.name.clone(), s.hidden, only_one && !s.hidden))
        .collect())
}

/// The one sheet loop: chooses the sheets, skips hidden ones and charts
/// (reported), and reads each into the budget through the layout detector.
pub fn run_sheets(
    path: &Path,
    source: &mut dyn SheetSource,
    opts: &Options,
    budget: &mut Budget,
) -> Result<Vec<SheetReport>> {
    let meta = source.sheets();
    let chosen = choose_sheets(path, &meta, opts)?;
    let mut reports = Vec::new();
    let several = chosen.len() > 1;
    let first_line = budget.lines.len();
    let decision = source.decision().cloned();
    for (name, hidden, required) in chosen {
        let explicit = opts.sheet.is_some();
        if hidden && !explicit {
            reports.push(SheetReport {
                name,
                hidden,
                skipped: Some(said!(SHEET_HIDDEN)),
                ..SheetReport::default()
            });
            continue;
        }
        let is_chart = meta.iter().any(|s| s.name == name && !s.worksheet);
        if is_chart && !explicit {
            reports.push(SheetReport {
                name,
                hidden,
                skipped: Some(said!(SHEET_NOT_WORKSHEET)),
                ..SheetReport::default()
            });
            continue;
        }
        let before = (
            budget.lines.len(),
            budget.items.len(),
            budget.totals.len(),
            budget.partial_years.len(),
            budget.dimensions.len(),
        );
        let mut sheet = SheetImport::new(path, &name, opts, budget, required);
        if let Some(d) = &decision {
            sheet.stage_of_document(d.stage(), d.whence());
        }
        let read = source
            .read(&name, &mut sheet, opts.max_cells)
            .and_then(|used| Ok((used, sheet.finish()?)));
        let (used, mut report) = match read {
            Ok(done) => done,
            // One sheet that cannot be read does not stop a workbook whose
            // other sheets can: it is reported, and its lines are taken back.
            Err(Error::Data { cell, message, .. }) if !required && several => {
                budget.lines.truncate(before.0);
                budget.items.truncate(before.1);
                budget.totals.truncate(before.2);
                budget.partial_years.truncate(before.3);
                take_back_dimensions(budget, before.4);
                let why = if cell.is_empty() {
                    said!(SHEET_UNREADABLE, why = message)
                } else {
                    said!(SHEET_UNREADABLE_AT, cell = &cell, why = message)
                };
                reports.push(SheetReport {
                    name,
                    hidden,
                    warnings: vec![said!(SHEET_LEFT_OUT, why = why.clone())],
                    skipped: Some(why),
                    ..SheetReport::default()
                });
                continue;
            }
            Err(e) => return Err(e),
        };
        // A row's label: its name, or (no name column) its first word cell.
        let names = budget.items[before.1..].iter().map(|i| {
            match i.dims.iter().find(|d| !d.trim().is_empty()) {
                Some(d) if i.name.trim().is_empty() => d.as_str(),
                _ => i.name.as_str(),
            }
        });
        // A balance table is a few rows: a long sheet is never one, and its
        // names are not folded to find out.
        let few = budget.items.len() - before.1 <= 100;
        if several && !explicit && report.lines > 0 && few && super::probe::balance_table(names) {
            // Whole revenue, expenditure and their balance: totals of the
            // other sheets, never lines beside them.
            budget.lines.truncate(before.0);
            budget.items.truncate(before.1);
            budget.totals.truncate(before.2);
            budget.partial_years.truncate(before.3);
            take_back_dimensions(budget, before.4);
            let why = said!(SHEET_BALANCE);
            report.warnings = vec![said!(SHEET_LEFT_OUT, why = why.clone())];
            report.skipped = Some(why);
            (report.lines, report.totals) = (0, 0);
            report.years_stages.clear();
        }
        source.annotate(&mut report);
        report.hidden = hidden;
        report.used_range = used;
        reports.push(report);
    }
    if several {
        same_lines_in_sheets(budget, first_line, &mut reports);
    }
    if let Some(d) = &decision {
        let said = d.check(budget, first_line);
        // Said once, on the first sheet that gave lines; the decision's
        // date orders it among other releases of the budget.
        if let Some(r) = reports.iter_mut().find(|r| r.lines > 0) {
            r.warnings.extend(said);
            r.as_of = r.as_of.or(d.date);
        }
    }
    if source.must_give_lines() && reports.iter().all(|r| r.lines == 0) {
        // Sheets skipped for one reason are named together, and a long
        // list of names is cut: 78 sheets made a line of 15,000 characters.
        let mut groups: Vec<(Text, Vec<&str>)> = Vec::new();
        for r in &reports {
            let why = r.skipped.clone().unwrap_or_else(|| said!(NO_LINES));
            match groups.iter_mut().find(|(w, _)| *w == why) {
                Some((_, names)) => names.push(&r.name),
                None => groups.push((why, vec![&r.name])),
            }
        }
        let reasons: Vec<Text> = groups
            .iter()
            .map(|(why, names)| {
                let shown = names.iter().take(3).map(|n| said!(QUOTED, w = n)).collect();
                let more = match names.len() {
                    n if n > 3 => said!(AND_MORE, n = n - 3),
                    _ => Text::Verbatim(String::new()),
                };
                said!(
                    SHEETS_WHY,
                    names = Text::Join(shown, ", "),
                    more = more,
                    why = why.clone()
                )
            })
            .collect();
        return Err(Error::format(
            path,
            said!(NO_SHEET_HOLDS_TABLE, reasons = Text::Join(reasons, "; ")),
        ));
    }
    Ok(reports)
}

/// The dimension columns a sheet taken back had added go with it: no
/// grouping by a column no line has.
fn take_back_dimensions(budget: &mut Budget, n: usize) {
    budget.dimensions.truncate(n);
    for item in &mut budget.items {
        item.dims.truncate(n);
    }
}

/// Sheets of one workbook holding the same lines (by label, year and stage,
/// for half the lines of the smaller or more) are added together, as parts
/// of one budget would be; where one is a part or a copy of the other (the
/// general fund within all funds) that counts it twice. Said on the later
/// sheet, with the flag that reads one.
fn same_lines_in_sheets(budget: &Budget, first_line: usize, reports: &mut [SheetReport]) {
    use std::collections::{BTreeMap, HashSet};
    type Key = (crate::model::Direction, String, i32, crate::model::Stage);
    let mut by_sheet: BTreeMap<u32, HashSet<Key>> = BTreeMap::new();
    for l in &budget.lines[first_line..] {
        let item = &budget.items[l.item as usize];
        let label = match item.code.trim() {
            "" => crate::model::normalise_name(&item.name),
            code => code.to_string(),
        };
        by_sheet
            .entry(item.sheet)
            .or_default()
            .insert((item.direction, label, l.year, l.stage));
    }
    let sheets: Vec<(&u32, &HashSet<Key>)> = by_sheet.iter().collect();
    for (i, (a, ka)) in sheets.iter().enumerate() {
        for (b, kb) in &sheets[i + 1..] {
            let mut both = ka.intersection(kb);
            let Some(direction) = both.next().map(|k| k.0) else {
                continue;
            };
            let shared = 1 + both.count();
            let smaller = ka.len().min(kb.len());
            if shared * 2 < smaller {
                continue;
            }
            let name = |s: u32| budget.sheets.get(s as usize).cloned().unwrap_or_default();
            let (first, later) = (name(**a), name(**b));
            if let Some(r) = reports.iter_mut().find(|r| r.name == later) {
                let w = said!(
                    SHEETS_SAME_LINES,
                    first = first.as_str(),
                    later = later.as_str(),
                    shared = shared,
                    n = smaller
                );
                r.warnings.push(w.clone());
                r.counted_twice.push((direction, w));
            }
        }
    }
}
