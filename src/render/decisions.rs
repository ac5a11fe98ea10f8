//! The table of the decisions on one budget: each decision's point 1 beside
//! its annex's lines, revenue and expenditure, in the order taken.

use crate::analysis::decisions::Entry;
use crate::i18n::tables::{DECISIONS_TITLE, DECISION_COLS};
use crate::i18n::{stage_name, DisplayUnit, Lang};
use crate::render::analysis::{col, View};
use crate::render::table::{Cell, Table};

/// The machine names of [`DECISION_COLS`].
const KEYS: [&str; 7] = [
    "decision",
    "year",
    "stage",
    "revenue_stated",
    "revenue_annex",
    "expenditure_stated",
    "expenditure_annex",
];

/// One row per decision and year.
pub fn table(entries: &[Entry], currency: &str, view: View) -> Table {
    let lang: Lang = view.lang;
    let cols = KEYS
        .iter()
        .zip(&DECISION_COLS)
        .map(|(k, m)| col(k, lang.t(m)))
        .collect();
    let side = |s: Option<(rust_decimal::Decimal, rust_decimal::Decimal)>| {
        [Cell::Money(s.map(|x| x.0)), Cell::Money(s.map(|x| x.1))]
    };
    let rows: Vec<Vec<Cell>> = entries
        .iter()
        .map(|e| {
            let mut r = vec![
                Cell::Text(e.decision.clone()),
                Cell::Int(i64::from(e.year)),
                Cell::Text(stage_name(e.stage, lang).to_string()),
            ];
            r.extend(side(e.revenue));
            r.extend(side(e.expenditure));
            r
        })
        .collect();
    let unit: DisplayUnit = view.unit.resolve(Table::largest(&rows));
    let totals_from = rows.len();
    Table {
        name: "decisions".into(),
        title: format!(
            "{} ({})",
            lang.t(&DECISIONS_TITLE),
            unit.label(lang, currency)
        ),
        notes: Vec::new(),
        cols,
        rows,
        totals_from,
        other: None,
        lang,
        unit,
        selection: None,
    }
}
