//! `inspect` and the import summary as text for people, or JSON.

use crate::i18n::inspect::*;
use crate::i18n::why::{direction_text, stage_text};
use crate::i18n::{self, Lang, Text};
use crate::import::Report;
use crate::model::{Budget, Direction, Stage};
use crate::said;
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

/// Totals per year and stage, as lines of text in `lang`; per direction too
/// when the lines hold more than one (revenue is never added to expenditure).
pub fn totals(budget: &Budget, lang: Lang) -> String {
    let per = sums(budget);
    let several = per
        .keys()
        .map(|(d, _, _)| *d)
        .collect::<BTreeSet<_>>()
        .len()
        > 1;
    let stage_width = Stage::ALL
        .iter()
        .map(|s| i18n::stage_name(*s, lang).chars().count())
        .max()
        .unwrap_or(0)
        .max(9);
    let mut out = String::new();
    for ((direction, year, stage), (sum, lines, missing)) in per {
        out.push_str("  ");
        if several {
            let _ = write!(out, "{:<11} ", direction_text(direction).in_(lang));
        }
        let _ = write!(
            out,
            "{year} {:<stage_width$} {:>24} {}  ({}",
            i18n::stage_name(stage, lang),
            i18n::exact(lang, sum),
            budget.currency,
            said!(N_LINES, n = lines).in_(lang)
        );
        if missing > 0 {
            out.push_str(&said!(WITHOUT_AMOUNT, n = missing).in_(lang));
        }
        if let Some((_, to)) = budget
            .partial_years
            .iter()
            .find(|(y, _)| *y == year && stage == Stage::Executed)
        {
            let to = format!("{to:02}");
            out.push_str(&said!(PART_OF_YEAR, to = to, year = year).in_(lang));
        }
        out.push_str(")\n");
    }
    out
}

/// Which file each year and stage came from, when the lines come from
/// several files (after overlapping releases were resolved); "" for one file.
pub fn by_file(budget: &Budget, lang: Lang) -> String {
    if budget.sources.len() < 2 {
        return String::new();
    }
    let mut per: BTreeMap<(i32, Stage), BTreeSet<u32>> = BTreeMap::new();
    for l in &budget.lines {
        per.entry((l.year, l.stage))
            .or_default()
            .insert(budget.items[l.item as usize].source);
    }
    let mut out = format!("{}\n", lang.t(&BY_FILE));
    for ((year, stage), sources) in per {
        let files: Vec<&str> = sources
            .iter()
            .filter_map(|s| budget.sources.get(*s as usize))
            .map(|s| s.file.as_str())
            .collect();
        let _ = writeln!(
            out,
            "  {year} {:<9} {}",
            i18n::stage_name(stage, lang),
            files.join(", ")
        );
    }
    out
}

/// A column's role in `lang`: "amount 2024 approved", "code".
fn role_words(role: &crate::import::header::Role, lang: Lang) -> String {
    use crate::import::header::Role;
    if let Role::Wide { year, stage } = role {
        let year = year
            .map(|y| Text::Verbatim(y.to_string()))
            .unwrap_or_else(|| said!(ROW_YEAR));
        let stage = stage
            .map(stage_text)
            .unwrap_or_else(|| Text::Verbatim("?".into()));
        return said!(ROLE_AMOUNT_OF, year = year, stage = stage).in_(lang);
    }
    let key = serde_json::to_value(role)
        .ok()
        .and_then(|v| v.get("role").and_then(|r| r.as_str()).map(str::to_string))
        .unwrap_or_default();
    ROLES
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, m)| lang.t(m).to_string())
        .unwrap_or_else(|| key.replace('_', " "))
}

/// "2024 approved" as `lang` says it.
fn year_stage(text: &str, lang: Lang) -> String {
    match text.split_once(' ') {
        Some((y, st)) => match Stage::parse(st) {
            Some(st) => format!("{y} {}", i18n::stage_name(st, lang)),
            None => text.to_string(),
        },
        None => text.to_string(),
    }
}

/// The inspect report as text, in `lang`.
pub fn text(report: &Report, budget: &Budget, lang: Lang) -> String {
    let t = |m: Text| m.in_(lang);
    let mut o = String::new();
    for f in &report.files {
        o.push_str(&t(said!(FILE, file = &f.file)));
        o.push('\n');
        o.push_str(&t(said!(FORMAT, format = &f.format)));
        if let Some(e) = &f.encoding {
            o.push_str(&t(said!(ENCODING, e = e)));
        }
        if let Some(s) = &f.separator {
            // The separator shown as itself: "«;»" reads in any language.
            let shown = match s.as_str() {
                "comma" => "«,»",
                "semicolon" => "«;»",
                "tab" => "«\\t»",
                "pipe" => "«|»",
                _ => lang.t(&SEPARATORS_OTHER),
            };
            o.push_str(&t(said!(SEPARATOR, s = shown)));
        }
        let _ = writeln!(o, "\n  sha256: {}", f.sha256);
        for s in &f.sheets {
            if !s.name.is_empty() || f.sheets.len() > 1 {
                o.push_str(&t(said!(SHEET, name = &s.name)));
                if s.hidden {
                    o.push_str(lang.t(&HIDDEN));
                }
                if let Some(r) = &s.used_range {
                    o.push_str(&t(said!(USED_RANGE, r = r)));
                }
                o.push('\n');
            }
            if let Some(why) = &s.skipped {
                let _ = writeln!(o, "{}", t(said!(SKIPPED, why = why.clone())));
            }
            if let Some(h) = s.header_row {
                if s.title_rows > 0 {
                    let _ = writeln!(o, "{}", t(said!(TITLE_ROWS, n = s.title_rows)));
                    if let Some(title) = &s.title {
                        let _ = writeln!(o, "{}", t(said!(TITLE, t = title)));
                    }
                }
                if let Some(d) = s.as_of {
                    let d = crate::import::releases::date_text(d);
                    let _ = writeln!(o, "{}", t(said!(AS_OF, d = d)));
                }
                if s.header_depth > 1 {
                    let b = h as usize + s.header_depth - 1;
                    o.push_str(&t(said!(HEADER_ROWS, a = h, b = b)));
                } else {
                    o.push_str(&t(said!(HEADER_ROW, a = h)));
                }
                if let Some(n) = s.column_number_row {
                    o.push_str(&t(said!(NUMBER_ROW, n = n)));
                }
                if let Some(d) = &s.direction {
                    let _ = write!(o, ", {}", d.in_(lang));
                }
                if let Some(shape) = &s.shape {
                    let shape = SHAPES
                        .iter()
                        .find(|(k, _)| k == shape)
                        .map(|(_, m)| lang.t(m).to_string())
                        .unwrap_or_else(|| shape.clone());
                    o.push_str(&t(said!(SHAPE, shape = shape)));
                }
                if let Some(u) = &s.unit {
                    o.push_str(&t(said!(UNIT, label = &u.label, factor = u.factor)));
                }
                o.push('\n');
            }
            if !s.columns.is_empty() {
                let _ = writeln!(o, "{}", lang.t(&COLUMNS));
                let width = s
                    .columns
                    .iter()
                    .map(|c| c.header.chars().count().min(40))
                    .max()
                    .unwrap_or(0);
                let roles: Vec<String> = s
                    .columns
                    .iter()
                    .map(|c| role_words(&c.role.role, lang))
                    .collect();
                let role_width = roles
                    .iter()
                    .map(|r| r.chars().count())
                    .max()
                    .map_or(0, |w| w + 1)
                    .max(22);
                for (c, role) in s.columns.iter().zip(&roles) {
                    let header: String = c.header.chars().take(40).collect();
                    let pad = width.saturating_sub(header.chars().count());
                    let rpad = role_width.saturating_sub(role.chars().count());
                    let _ = writeln!(
                        o,
                        "    {:<3} \"{header}\"{}  {role}{} {}",
                        c.column,
                        " ".repeat(pad),
                        " ".repeat(rpad),
                        c.role.why.in_(lang)
                    );
                }
            }
            if let Some(c) = &s.currency {
                let _ = writeln!(o, "{}", t(said!(CURRENCY, c = c)));
            }
            if !s.decimal_marks.is_empty() {
                let marks = Text::Join(s.decimal_marks.clone(), "; ");
                let _ = writeln!(o, "{}", t(said!(DECIMAL_MARKS, marks = marks)));
            }
            if s.shape.is_some() {
                let _ = writeln!(
                    o,
                    "{}",
                    t(said!(LINES, n = s.lines, skipped = s.rows_skipped))
                );
                if s.totals > 0 {
                    let _ = writeln!(o, "{}", t(said!(TOTALS_FOUND, n = s.totals)));
                }
                let list: Vec<String> =
                    s.years_stages.iter().map(|x| year_stage(x, lang)).collect();
                let _ = writeln!(o, "{}", t(said!(YEARS_STAGES, list = list.join(", "))));
            }
            if !s.warnings.is_empty() {
                let _ = writeln!(o, "{}", lang.t(&WARNINGS));
                for w in &s.warnings {
                    let _ = writeln!(o, "    - {}", w.in_(lang));
                }
            }
        }
    }
    let _ = writeln!(o, "{}", t(said!(TOTALS, n = budget.lines.len())));
    o.push_str(&totals(budget, lang));
    o.push_str(&super::validate::summary(budget, lang));
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
