//! The data-quality section: how many of the publisher's totals the lines
//! reproduce, the ones they do not with their cells, and the import warnings.

use super::{Basis, Gathered, Part};
use crate::i18n::fill;
use crate::i18n::pack::*;
use crate::i18n::stage_name;
use crate::i18n::Lang;
use crate::model::Budget;
use crate::render::analysis::View;
use crate::render::report::Section;
use crate::render::table::{Cell, Col, Table};

/// The section.
pub(super) fn section(basis: &Basis, gathered: &mut Gathered) -> Part {
    let (lang, budget) = (basis.lang, basis.budget);
    let mut quality = Section::new("quality", lang.t(&QUALITY));
    let m = budget.totals.len();
    if m == 0 {
        quality.text.push(lang.t(&NO_TOTALS).into());
    } else {
        let n = budget.totals.iter().filter(|t| t.reproduced()).count();
        let minor = minor_unit(lang, &budget.currency);
        quality.text.push(fill(
            lang.t(&RECONCILED),
            &[("n", n.to_string()), ("m", m.to_string()), ("minor", minor)],
        ));
        let (k, x) = crate::analysis::trust::rounding_only(&budget.totals);
        if k > 0 {
            let x = format!(
                "{} {}",
                crate::i18n::exact(lang, x),
                crate::i18n::sign_in(lang, &budget.currency)
            );
            quality
                .text
                .push(fill(lang.t(&ROUNDED), &[("k", k.to_string()), ("x", x)]));
        }
        if n + k < m {
            gathered.table(&mut quality, differences(budget, lang, basis.view));
            gathered.commands.validate();
        }
    }
    let warnings = basis.loaded.report.warnings();
    if !warnings.is_empty() {
        // Said just above the warnings, not above the table of totals.
        quality.code_heading = Some(lang.t(&WARNINGS).into());
        quality.code.extend(warnings.iter().map(|w| w.in_(lang)));
    }
    Part {
        section: quality,
        charts: Vec::new(),
    }
}

/// The published totals the lines do not reproduce, with their cells.
fn differences(budget: &Budget, lang: Lang, view: View) -> Table {
    let cols = RECONCILIATION_COLUMNS
        .iter()
        .map(|(key, header)| Col {
            key: key.to_string(),
            header: lang.t(header).to_string(),
        })
        .collect();
    let rows: Vec<Vec<Cell>> = budget
        .totals
        .iter()
        .filter(|t| t.differs())
        .map(|t| {
            vec![
                Cell::Text(
                    budget
                        .sources
                        .get(t.source as usize)
                        .map(|s| s.file.clone())
                        .unwrap_or_default(),
                ),
                Cell::Text(
                    budget
                        .sheets
                        .get(t.sheet as usize)
                        .cloned()
                        .unwrap_or_default(),
                ),
                Cell::Text(t.place()),
                Cell::Text(if t.label.is_empty() {
                    t.code.clone()
                } else {
                    t.label.clone()
                }),
                Cell::Int(i64::from(t.year)),
                Cell::Text(stage_name(t.stage, lang).into()),
                Cell::Money(Some(t.published)),
                Cell::Money(Some(t.computed)),
                Cell::Money(Some(t.difference())),
            ]
        })
        .collect();
    Table {
        name: "reconciliation".into(),
        title: format!(
            "{} ({})",
            lang.t(&DIFFERS_TITLE),
            view.unit.label(lang, &budget.currency)
        ),
        notes: Vec::new(),
        cols,
        totals_from: rows.len(),
        other: None,
        rows,
        lang,
        unit: view.unit,
        selection: None,
    }
}
