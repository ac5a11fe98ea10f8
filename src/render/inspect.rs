//! `inspect` and the import summary as text for people, or JSON.

use crate::i18n::{self, Lang};
use crate::import::Report;
use crate::model::{Budget, Direction, Stage};
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// Sums, line counts and lines without an amount per direction, year and
/// stage (one pass over the lines). Revenue and expenditure are never added
/// together.
fn sums(budget: &Budget) -> BTreeMap<(Direction, i32, Stage), (Decimal, usize, usize)> {
    let mut per = BTreeMap::new();
    for l in &budget.lines {
        let direction = budget.items[l.item as usize].direction;
        let e = per
            .entry((direction, l.year, l.stage))
            .or_insert((Decimal::ZERO, 0, 0));
        match l.amount {
            Some(a) => e.0 = e.0.saturating_add(a),
            None => e.2 += 1,
        }
        e.1 += 1;
    }
    per
}

/// Totals per year and stage, as lines of text; per direction too when the
/// lines hold more than one (revenue is never added to expenditure).
pub fn totals(budget: &Budget) -> String {
    let per = sums(budget);
    let several = per
        .keys()
        .map(|(d, _, _)| *d)
        .collect::<BTreeSet<_>>()
        .len()
        > 1;
    let mut out = String::new();
    for ((direction, year, stage), (sum, lines, missing)) in per {
        out.push_str("  ");
        if several {
            let _ = write!(out, "{:<11} ", direction.as_str());
        }
        let _ = write!(
            out,
            "{year} {:<9} {:>24} {}  ({lines} lines",
            stage.as_str(),
            i18n::exact(Lang::En, sum),
            budget.currency
        );
        if missing > 0 {
            let _ = write!(out, ", {missing} without an amount");
        }
        if let Some((_, to)) = budget
            .partial_years
            .iter()
            .find(|(y, _)| *y == year && stage == Stage::Executed)
        {
            let _ = write!(out, "; to {to:02}.{year} only, a part of the year");
        }
        out.push_str(")\n");
    }
    out
}

/// Which file each year and stage came from, when the lines come from
/// several files (after overlapping releases were resolved); "" for one file.
pub fn by_file(budget: &Budget) -> String {
    if budget.sources.len() < 2 {
        return String::new();
    }
    let mut per: BTreeMap<(i32, Stage), BTreeSet<u32>> = BTreeMap::new();
    for l in &budget.lines {
        per.entry((l.year, l.stage))
            .or_default()
            .insert(budget.items[l.item as usize].source);
    }
    let mut out = String::from("years and stages by file:\n");
    for ((year, stage), sources) in per {
        let files: Vec<&str> = sources
            .iter()
            .filter_map(|s| budget.sources.get(*s as usize))
            .map(|s| s.file.as_str())
            .collect();
        let _ = writeln!(out, "  {year} {:<9} {}", stage.as_str(), files.join(", "));
    }
    out
}

/// The inspect report as text.
pub fn text(report: &Report, budget: &Budget) -> String {
    let mut o = String::new();
    for f in &report.files {
        let _ = write!(o, "file: {}\n  format: {}", f.file, f.format);
        if let Some(e) = &f.encoding {
            let _ = write!(o, ", encoding {e}");
        }
        if let Some(s) = &f.separator {
            let _ = write!(o, ", separator {s}");
        }
        let _ = writeln!(o, "\n  sha256: {}", f.sha256);
        for s in &f.sheets {
            if !s.name.is_empty() || f.sheets.len() > 1 {
                let _ = write!(o, "sheet \"{}\"", s.name);
                if s.hidden {
                    o.push_str(" (hidden)");
                }
                if let Some(r) = &s.used_range {
                    let _ = write!(o, ", used range {r}");
                }
                o.push('\n');
            }
            if let Some(why) = &s.skipped {
                let _ = writeln!(o, "  skipped: {why}");
            }
            if let Some(h) = s.header_row {
                if s.title_rows > 0 {
                    let _ = writeln!(o, "  title rows above the header: {}", s.title_rows);
                    if let Some(t) = &s.title {
                        let _ = writeln!(o, "  title: {t}");
                    }
                }
                if s.header_depth > 1 {
                    let _ = write!(o, "  header rows: {h}-{}", h as usize + s.header_depth - 1);
                } else {
                    let _ = write!(o, "  header row: {h}");
                }
                if let Some(n) = s.column_number_row {
                    let _ = write!(o, " (row {n} only numbers the columns: skipped)");
                }
                if let Some(d) = &s.direction {
                    let _ = write!(o, ", {d}");
                }
                if let Some(shape) = &s.shape {
                    let _ = write!(o, ", shape: {shape}");
                }
                if let Some(u) = &s.unit {
                    let _ = write!(o, ", unit: {} (× {})", u.label, u.factor);
                }
                o.push('\n');
            }
            if !s.columns.is_empty() {
                o.push_str("  columns:\n");
                let width = s
                    .columns
                    .iter()
                    .map(|c| c.header.chars().count().min(40))
                    .max()
                    .unwrap_or(0);
                for c in &s.columns {
                    let role = match &c.role.role {
                        crate::import::header::Role::Wide { year, stage } => format!(
                            "amount {} {}",
                            year.map(|y| y.to_string())
                                .unwrap_or_else(|| "(row year)".into()),
                            stage.map(|s| s.as_str()).unwrap_or("?")
                        ),
                        other => serde_json::to_value(other)
                            .ok()
                            .and_then(|v| {
                                v.get("role").and_then(|r| r.as_str()).map(str::to_string)
                            })
                            .unwrap_or_default()
                            .replace('_', " "),
                    };
                    let header: String = c.header.chars().take(40).collect();
                    let pad = width.saturating_sub(header.chars().count());
                    let _ = writeln!(
                        o,
                        "    {:<3} \"{header}\"{}  {:<22} {}",
                        c.column,
                        " ".repeat(pad),
                        role,
                        c.role.why
                    );
                }
            }
            if let Some(c) = &s.currency {
                let _ = writeln!(o, "  currency: {c}");
            }
            if !s.decimal_marks.is_empty() {
                let _ = writeln!(
                    o,
                    "  decimal mark of numbers written as text: {}",
                    s.decimal_marks.join("; ")
                );
            }
            if s.shape.is_some() {
                let _ = writeln!(
                    o,
                    "  lines: {} (rows without amounts skipped: {})",
                    s.lines, s.rows_skipped
                );
                if s.totals > 0 {
                    let _ = writeln!(
                        o,
                        "  published total amounts found and kept out of the lines: {}",
                        s.totals
                    );
                }
                let _ = writeln!(o, "  years and stages: {}", s.years_stages.join(", "));
            }
            if !s.warnings.is_empty() {
                o.push_str("  warnings:\n");
                for w in &s.warnings {
                    let _ = writeln!(o, "    - {w}");
                }
            }
        }
    }
    let _ = writeln!(o, "totals ({} lines):", budget.lines.len());
    o.push_str(&totals(budget));
    o.push_str(&super::validate::summary(budget));
    o
}

/// The inspect report as JSON, with exact totals per direction, year and stage.
pub fn json(report: &Report, budget: &Budget) -> String {
    let totals: Vec<serde_json::Value> = sums(budget)
        .into_iter()
        .map(|((direction, year, stage), (sum, _, _))| {
            serde_json::json!({
                "direction": direction.as_str(),
                "year": year,
                "stage": stage.as_str(),
                "total": sum.to_string().parse::<serde_json::Number>().ok(),
                "currency": budget.currency,
            })
        })
        .collect();
    let v = serde_json::json!({
        "files": report.files,
        "releases": report.releases,
        "lines": budget.lines.len(),
        "totals": totals,
    });
    serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
}
