//! The table of budgets side by side: each group's amount and share in
//! each budget, and each budget's total.

use crate::analysis::side_by_side::SideBySide;
use crate::analysis::Cube;
use crate::i18n::tables::{SHARE, SIDE_TITLE, TOTAL};
use crate::i18n::{fill, stage_name};
use crate::model::Budget;
use crate::render::analysis::{
    col, direction_name, key_cells, key_cols, selection, side_key, title_with_unit, View,
};
use crate::render::table::{Cell, Table};
use rust_decimal::Decimal;

/// A budget's name as a column's machine name begins: "Павлодарская" stays,
/// spaces and signs become "_".
fn slug(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect()
}

/// The table: key columns of `cube` (the first budget's, grouped as every
/// other), then per budget (named by `names`) its amount and share.
pub fn table(s: &SideBySide, names: &[String], cube: &Cube, budget: &Budget, view: View) -> Table {
    let lang = view.lang;
    let side = (s.pick.year, s.pick.stage);
    let mut cols = key_cols(cube, budget, lang);
    for name in names {
        cols.push(col(
            &format!("{}_amount_{}", slug(name), side_key(side)),
            name,
        ));
        cols.push(col(
            &format!("{}_share", slug(name)),
            &format!("{name}, {}", lang.t(&SHARE).to_lowercase()),
        ));
    }
    let mut rows: Vec<Vec<Cell>> = s
        .rows
        .iter()
        .map(|r| {
            let mut c = key_cells(cube, &r.code, &r.name);
            for (a, sh) in r.amounts.iter().zip(&r.shares) {
                c.extend([Cell::Money(*a), Cell::Pct(*sh)]);
            }
            c
        })
        .collect();
    let totals_from = rows.len();
    let mut total = key_cells(cube, "", lang.t(&TOTAL));
    for t in &s.totals {
        total.extend([Cell::Money(Some(*t)), Cell::Pct(Some(Decimal::ONE))]);
    }
    rows.push(total);
    let unit = view
        .unit
        .resolve(Table::largest(&rows[..totals_from.max(1).min(rows.len())]));
    let title = fill(
        lang.t(&SIDE_TITLE),
        &[
            ("dir", direction_name(cube.direction, lang).into()),
            (
                "by",
                crate::i18n::why::grouping_in_title(&cube.by, cube.direction, budget, lang),
            ),
            ("n", names.len().to_string()),
            ("year", s.pick.year.to_string()),
            ("stage", stage_name(s.pick.stage, lang).into()),
        ],
    );
    let mut notes = crate::i18n::why::whys(lang, &s.pick.why);
    notes.push(lang.t(&crate::i18n::tables::SIDE_NOTE).to_string());
    Table {
        name: "side_by_side".into(),
        title: title_with_unit(title, cube, unit, lang),
        notes,
        cols,
        rows,
        totals_from,
        other: None,
        lang,
        unit,
        selection: Some(selection(cube, &[side], None)),
    }
}
