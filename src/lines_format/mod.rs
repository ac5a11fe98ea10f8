//! The budget-lines file format that `ashyq import` writes and every command
//! reads back: the columns of the long format, the escaping of text cells
//! for spreadsheets, the CSV/JSON/Parquet writers and readers, and the
//! Fiscal Data Package descriptor. Import and render both use it; it knows
//! only the model.

pub mod fdp;
pub mod read;
pub mod write;

use crate::model::Budget;

/// Columns of the long format before the dimension columns.
pub const COLUMNS_HEAD: [&str; 7] = [
    "direction",
    "year",
    "stage",
    "code",
    "level",
    "parent_code",
    "name",
];

/// Columns of the long format after the dimension columns.
pub const COLUMNS_TAIL: [&str; 9] = [
    "amount",
    "missing",
    "currency",
    "source_file",
    "source_sha256",
    "sheet",
    "cell",
    "through",
    "reconciliation",
];

/// The "reconciliation" of every line of a budget: what its published
/// totals said of the reading ("reconciled", "some_totals_differ",
/// "unchecked"), or "unreconciled 108/108" (totals that differed, of those
/// checked), which every command reading the lines back refuses as the
/// reading itself would be refused.
pub fn reconciliation(budget: &Budget) -> String {
    let trust = crate::analysis::trust::trust(budget);
    match trust.doubt() {
        Some(d) => format!("unreconciled {}/{}", d.differ, d.checked),
        None => trust.reconciliation().as_str().to_string(),
    }
}

/// Reads a "reconciliation" value: `Some(None)` for a reading that stood,
/// `Some(Some((differ, checked)))` for an unreconciled one.
pub fn parse_reconciliation(text: &str) -> Option<Option<(usize, usize)>> {
    let text = text.trim();
    if let Some(counts) = text.strip_prefix("unreconciled ") {
        let (d, c) = counts.split_once('/')?;
        let (d, c) = (d.parse().ok()?, c.parse().ok()?);
        return (d <= c && c > 0).then_some(Some((d, c)));
    }
    matches!(text, "reconciled" | "some_totals_differ" | "unchecked" | "").then_some(None)
}

/// Reads a "through" value ("2025-03", see [`Budget::through`]) of a line
/// of `year`: the month, when it is one of that year's first eleven.
pub fn parse_through(text: &str, year: i32) -> Option<u32> {
    let (y, m) = text.trim().split_once('-')?;
    let m: u32 = m.parse().ok()?;
    (y.parse::<i32>().ok()? == year && (1..12).contains(&m)).then_some(m)
}

/// Text that a spreadsheet would run as a formula gets a leading apostrophe
/// (CWE-1236). Applied to text cells only, never to amounts.
pub fn excel_safe(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}").into(),
        _ => text.into(),
    }
}

/// Undoes [`excel_safe`] when reading a lines file back.
pub fn excel_unsafe(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest)
            if matches!(
                rest.chars().next(),
                Some('=' | '+' | '-' | '@' | '\t' | '\r')
            ) =>
        {
            rest
        }
        _ => text,
    }
}

/// Column names of the long format for this budget: fixed ones around the
/// dimensions. A dimension named like a fixed column gets " (source)" added.
pub fn header(budget: &Budget) -> Vec<String> {
    let mut h: Vec<String> = COLUMNS_HEAD.iter().map(|s| s.to_string()).collect();
    for d in &budget.dimensions {
        if COLUMNS_HEAD.contains(&d.as_str()) || COLUMNS_TAIL.contains(&d.as_str()) {
            h.push(format!("{d} (source)"));
        } else {
            h.push(d.clone());
        }
    }
    h.extend(COLUMNS_TAIL.iter().map(|s| s.to_string()));
    h
}
