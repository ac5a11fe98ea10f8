//! Analysis results as tables in the reader's language.

use crate::analysis::breakdown::Breakdown;
use crate::analysis::compare::{Compare, Side, Status};
use crate::analysis::execution::{Execution, Flag};
use crate::analysis::{Adjustment, By, Cube};
use crate::i18n::fill;
use crate::i18n::stage_name;
use crate::i18n::tables::*;
use crate::i18n::{DisplayUnit, Lang, Msg};
use crate::model::{Budget, Direction};
use crate::render::table::{Cell, Col, LikeForLikeRows, SelectedSide, Selection, Table};
use rust_decimal::Decimal;

/// How the tables are shown.
#[derive(Debug, Clone, Copy)]
pub struct View {
    /// Language.
    pub lang: Lang,
    /// Display unit (Auto resolves per table).
    pub unit: DisplayUnit,
}

/// "Expenditure" or "Revenue" in a language.
pub fn direction_name(direction: Direction, lang: Lang) -> &'static str {
    match direction {
        Direction::Expenditure => lang.t(&EXPENDITURE),
        Direction::Revenue => lang.t(&REVENUE),
    }
}

/// Whether the key column is a code beside a name (levels, codes) or a name alone.
fn has_code(cube: &Cube) -> bool {
    matches!(cube.by, By::Level(_) | By::Code) || cube.described
}

pub(crate) fn key_cols(cube: &Cube, budget: &Budget, lang: Lang) -> Vec<Col> {
    let by = crate::i18n::why::grouping_label(&cube.by, cube.direction, budget, lang);
    if has_code(cube) {
        vec![col("code", &by), col("name", lang.t(&NAME))]
    } else {
        vec![col("name", &by)]
    }
}

pub(crate) fn key_cells(cube: &Cube, code: &str, name: &str) -> Vec<Cell> {
    if has_code(cube) {
        vec![Cell::Text(code.into()), Cell::Text(name.into())]
    } else {
        vec![Cell::Text(name.into())]
    }
}

pub(crate) fn col(key: &str, header: &str) -> Col {
    Col {
        key: key.into(),
        header: header.into(),
    }
}

/// A side as machine column names take it: "2024_executed".
pub(crate) fn side_key((year, stage): Side) -> String {
    format!("{year}_{}", stage.as_str())
}

/// How a cube's amounts were adjusted, as machine column names end:
/// "_real_2024_prices", "_per_resident" ("" for amounts as published).
fn adjusted(cube: &Cube) -> String {
    let mut s = String::new();
    for a in &cube.adjustments {
        match a {
            Adjustment::InPrices(y) => s.push_str(&format!("_real_{y}_prices")),
            Adjustment::PerResident => s.push_str("_per_resident"),
            _ => {}
        }
    }
    s
}

/// Rows of a comparison with amounts on both sides, and on one side only.
fn like_for_like_rows(c: &Compare) -> LikeForLikeRows {
    let both = c
        .rows
        .iter()
        .filter(|r| r.from.is_some() && r.to.is_some())
        .count();
    LikeForLikeRows {
        both_sides: both,
        one_side: c.rows.len() - both,
    }
}

/// The query behind a table, for programs.
pub(crate) fn selection(cube: &Cube, sides: &[Side], like: Option<LikeForLikeRows>) -> Selection {
    let base_year = cube.adjustments.iter().find_map(|a| match a {
        Adjustment::InPrices(y) => Some(*y),
        _ => None,
    });
    Selection {
        direction: cube.direction.as_str(),
        sides: sides
            .iter()
            .map(|&(year, stage)| SelectedSide {
                year,
                stage: stage.as_str(),
                partial_to: cube
                    .partial_years
                    .iter()
                    .find(|(y, _)| *y == year && stage == crate::model::Stage::Executed)
                    .map(|(y, m)| format!("{y}-{m:02}")),
            })
            .collect(),
        prices: if base_year.is_some() {
            "real"
        } else {
            "nominal"
        },
        base_year,
        per_capita: cube.adjustments.contains(&Adjustment::PerResident),
        like_for_like: like,
        totals: cube.reconciliation.as_str(),
    }
}

/// The amounts of both sides, the change and the change as a ratio, named
/// with their years and stages for machines ("amount_2024_executed").
fn change_cols(sides: (Side, Side), (fl, tl): (&str, &str), lang: Lang, cube: &Cube) -> [Col; 4] {
    let a = adjusted(cube);
    [
        col(&format!("amount_{}{a}", side_key(sides.0)), fl),
        col(&format!("amount_{}{a}", side_key(sides.1)), tl),
        col(&format!("change{a}"), lang.t(&CHANGE)),
        col("change_ratio", lang.t(&CHANGE_PCT)),
    ]
}

pub(crate) fn title_with_unit(title: String, cube: &Cube, unit: DisplayUnit, lang: Lang) -> String {
    let mut parts = vec![unit.label(lang, &cube.currency)];
    parts.extend(crate::i18n::why::adjustments(lang, &cube.adjustments));
    format!("{title} ({})", parts.join(", "))
}

fn side_label(side: (i32, crate::model::Stage), lang: Lang) -> String {
    format!("{} {}", side.0, stage_name(side.1, lang))
}

/// The breakdown table: code, name, amount, share, lines; "other" and the total below.
pub fn breakdown(b: &Breakdown, cube: &Cube, budget: &Budget, view: View) -> Table {
    let lang = view.lang;
    let mut cols = key_cols(cube, budget, lang);
    let side = (b.pick.year, b.pick.stage);
    cols.extend([
        col(
            &format!("amount_{}{}", side_key(side), adjusted(cube)),
            lang.t(&AMOUNT),
        ),
        col("share", lang.t(&SHARE)),
        col("lines", lang.t(&LINES)),
    ]);
    let mut rows: Vec<Vec<Cell>> = b
        .rows
        .iter()
        .map(|r| {
            let mut c = key_cells(cube, &r.code, &r.name);
            c.extend([
                Cell::Money(r.amount),
                Cell::Pct(r.share),
                Cell::Int(i64::from(r.lines)),
            ]);
            c
        })
        .collect();
    let other = b.other.as_ref().map(|_| rows.len());
    if let Some((n, o)) = &b.other {
        let noun = crate::i18n::Noun::of_grouping(&cube.by, cube.direction);
        let mut c = key_cells(cube, "", &crate::i18n::others(lang, noun, *n));
        c.extend([
            Cell::Money(o.amount),
            Cell::Pct(o.share),
            Cell::Int(i64::from(o.lines)),
        ]);
        rows.push(c);
    }
    let totals_from = rows.len();
    let mut c = key_cells(cube, "", lang.t(&TOTAL));
    c.extend([
        Cell::Money(Some(b.total)),
        Cell::Pct(if b.total.is_zero() {
            None
        } else {
            Some(Decimal::ONE)
        }),
        Cell::Int(i64::from(b.lines)),
    ]);
    rows.push(c);
    let unit = view
        .unit
        .resolve(Table::largest(&rows[..totals_from.max(1).min(rows.len())]));
    let title = fill(
        lang.t(&BY_TITLE),
        &[
            ("dir", direction_name(cube.direction, lang).into()),
            (
                "by",
                crate::i18n::why::grouping_in_title(&cube.by, cube.direction, budget, lang),
            ),
            ("year", b.pick.year.to_string()),
            ("stage", stage_name(b.pick.stage, lang).into()),
        ],
    );
    Table {
        name: "breakdown".into(),
        title: title_with_unit(title, cube, unit, lang),
        notes: crate::i18n::why::whys(lang, &b.pick.why),
        cols,
        rows,
        totals_from,
        other,
        lang,
        unit,
        selection: Some(selection(cube, &[side], None)),
    }
}

/// The comparison: the main table, then the largest movers up and down, new and discontinued lines.
pub fn compare(
    comparison: &Compare,
    cube: &Cube,
    budget: &Budget,
    view: View,
    movers: usize,
) -> Vec<Table> {
    compare_tables(comparison, cube, budget, view, movers, true)
}

/// The movers, new and discontinued lines of a comparison, without the main
/// table (for a level with too many lines to show them all).
pub fn compare_lists(
    comparison: &Compare,
    cube: &Cube,
    budget: &Budget,
    view: View,
    movers: usize,
) -> Vec<Table> {
    compare_tables(comparison, cube, budget, view, movers, false)
}

fn compare_tables(
    comparison: &Compare,
    cube: &Cube,
    budget: &Budget,
    view: View,
    movers: usize,
    with_main: bool,
) -> Vec<Table> {
    let lang = view.lang;
    let (fl, tl) = (
        side_label(comparison.from, lang),
        side_label(comparison.to, lang),
    );
    let sides = (fl.as_str(), tl.as_str());
    let unit = view.unit.resolve(
        comparison
            .rows
            .iter()
            .flat_map(|r| [r.from, r.to, Some(r.change)])
            .flatten()
            .map(|a| a.abs())
            .max()
            .unwrap_or_default(),
    );
    let small = |name: &str, title: &Msg, list: Vec<&crate::analysis::compare::Row>| {
        compare_list(
            cube,
            budget,
            (lang, unit),
            sides,
            (comparison.from, comparison.to),
            (name, title),
            list,
        )
    };
    let main = with_main.then(|| compare_main(comparison, cube, budget, lang, unit, sides));
    let (up, down) = comparison.movers(movers);
    let mut out = Vec::new();
    out.extend(main);
    let with = |status: Status| -> Vec<_> {
        comparison
            .rows
            .iter()
            .filter(|r| r.status == status)
            .collect()
    };
    let lists = [
        ("movers_up", &MOVERS_UP, up),
        ("movers_down", &MOVERS_DOWN, down),
        ("new", &NEW_LINES, with(Status::New)),
        ("discontinued", &GONE_LINES, with(Status::Discontinued)),
    ];
    for (name, title, rows) in lists {
        if !rows.is_empty() {
            out.push(small(name, title, rows));
        }
    }
    out
}

/// The comparison by key, with the total row.
fn compare_main(
    comparison: &Compare,
    cube: &Cube,
    budget: &Budget,
    lang: Lang,
    unit: DisplayUnit,
    (fl, tl): (&str, &str),
) -> Table {
    let span = comparison.to.0 - comparison.from.0;
    let (kf, kt) = (side_key(comparison.from), side_key(comparison.to));
    let mut cols = key_cols(cube, budget, lang);
    cols.extend(change_cols(
        (comparison.from, comparison.to),
        (fl, tl),
        lang,
        cube,
    ));
    if span > 1 {
        cols.push(col("cagr_ratio", lang.t(&CAGR)));
    }
    cols.extend([
        col(
            &format!("share_{kf}"),
            &fill(lang.t(&SHARE_OF), &[("side", fl.to_string())]),
        ),
        col(
            &format!("share_{kt}"),
            &fill(lang.t(&SHARE_OF), &[("side", tl.to_string())]),
        ),
        col("share_change_points", lang.t(&SHARE_CHANGE)),
        col("status", lang.t(&STATUS)),
    ]);
    let status = |r: &crate::analysis::compare::Row| match (r.status, &r.code_before) {
        (Status::New, _) => lang.t(&NEW).to_string(),
        (Status::Discontinued, _) => lang.t(&DISCONTINUED).to_string(),
        (Status::Both, Some(code)) => fill(lang.t(&RENUMBERED), &[("code", code.clone())]),
        (Status::Both, None) => String::new(),
        (Status::NoAmount, _) => fill(
            lang.t(&NO_AMOUNT),
            &[("side", if r.from.is_none() { fl } else { tl }.to_string())],
        ),
    };
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for r in &comparison.rows {
        let mut cells = key_cells(cube, &r.code, &r.name);
        cells.extend([
            Cell::Money(r.from),
            Cell::Money(r.to),
            Cell::Money(Some(r.change)),
            Cell::Pct(r.pct),
        ]);
        if span > 1 {
            cells.push(Cell::Pct(r.cagr));
        }
        let pp = match (r.share_from, r.share_to) {
            (Some(a), Some(b)) => Some(b - a),
            _ => None,
        };
        cells.extend([
            Cell::Pct(r.share_from),
            Cell::Pct(r.share_to),
            Cell::Points(pp),
            Cell::Text(status(r)),
        ]);
        rows.push(cells);
    }
    let totals_from = rows.len();
    let mut cells = key_cells(cube, "", lang.t(&TOTAL));
    cells.extend([
        Cell::Money(Some(comparison.total_from)),
        Cell::Money(Some(comparison.total_to)),
        Cell::Money(Some(comparison.change())),
        Cell::Pct(comparison.pct()),
    ]);
    if span > 1 {
        cells.push(Cell::Pct(comparison.cagr));
    }
    cells.extend([
        Cell::Pct(None),
        Cell::Pct(None),
        Cell::Points(None),
        Cell::Text(String::new()),
    ]);
    rows.push(cells);
    let title = fill(
        lang.t(&COMPARE_TITLE),
        &[
            ("dir", direction_name(cube.direction, lang).into()),
            (
                "by",
                crate::i18n::why::grouping_in_title(&cube.by, cube.direction, budget, lang),
            ),
            ("from", fl.to_string()),
            ("to", tl.to_string()),
        ],
    );
    Table {
        name: "compare".into(),
        title: title_with_unit(title, cube, unit, lang),
        notes: crate::i18n::why::whys(lang, &comparison.why),
        cols,
        rows,
        totals_from,
        other: None,
        lang,
        unit,
        selection: Some(selection(
            cube,
            &[comparison.from, comparison.to],
            Some(like_for_like_rows(comparison)),
        )),
    }
}

/// A short list of comparison rows (movers, new, discontinued lines).
fn compare_list(
    cube: &Cube,
    budget: &Budget,
    (lang, unit): (Lang, DisplayUnit),
    (fl, tl): (&str, &str),
    sides: (Side, Side),
    (name, title): (&str, &Msg),
    list: Vec<&crate::analysis::compare::Row>,
) -> Table {
    let mut cols = key_cols(cube, budget, lang);
    cols.extend(change_cols(sides, (fl, tl), lang, cube));
    let rows: Vec<Vec<Cell>> = list
        .iter()
        .map(|r| {
            let mut c = key_cells(cube, &r.code, &r.name);
            c.extend([
                Cell::Money(r.from),
                Cell::Money(r.to),
                Cell::Money(Some(r.change)),
                Cell::Pct(r.pct),
            ]);
            c
        })
        .collect();
    Table {
        name: name.into(),
        title: title_with_unit(lang.t(title).to_string(), cube, unit, lang),
        notes: Vec::new(),
        cols,
        totals_from: rows.len(),
        other: None,
        rows,
        lang,
        unit,
        selection: Some(selection(cube, &[sides.0, sides.1], None)),
    }
}

/// Plan against execution, lowest rate first, flags in words.
pub fn execution(e: &Execution, cube: &Cube, budget: &Budget, view: View) -> Table {
    let lang = view.lang;
    let t = (e.threshold * Decimal::ONE_HUNDRED).normalize().to_string();
    let mut cols = key_cols(cube, budget, lang);
    let a = adjusted(cube);
    let plan_side = (e.year, e.plan_stage);
    let exec_side = (e.year, crate::model::Stage::Executed);
    cols.extend([
        col(
            &format!("amount_{}{a}", side_key(plan_side)),
            &fill(
                lang.t(&PLAN),
                &[("stage", stage_name(e.plan_stage, lang).into())],
            ),
        ),
        col(
            &format!("amount_{}{a}", side_key(exec_side)),
            lang.t(&EXECUTED),
        ),
        col("rate", lang.t(&RATE)),
        // What was not spent of a spending plan; what did not come in of a
        // revenue plan.
        if cube.direction == crate::model::Direction::Revenue {
            col(&format!("shortfall_{}{a}", e.year), lang.t(&SHORTFALL))
        } else {
            col(&format!("unspent_{}{a}", e.year), lang.t(&UNSPENT))
        },
        col("flag", lang.t(&FLAG)),
    ]);
    let flag = |f: Flag| match f {
        Flag::Under => fill(lang.t(&UNDER), &[("t", t.clone())]),
        Flag::Over => lang.t(&OVER).to_string(),
        Flag::Ok | Flag::Unknown => String::new(),
    };
    let row = |r: &crate::analysis::execution::Row, name: &str| {
        let mut c = key_cells(cube, &r.code, name);
        c.extend([
            Cell::Money(r.plan),
            Cell::Money(r.executed),
            Cell::Pct(r.rate),
            Cell::Money(r.unspent),
            Cell::Text(flag(r.flag)),
        ]);
        c
    };
    let mut rows: Vec<Vec<Cell>> = e.rows.iter().map(|r| row(r, &r.name)).collect();
    let totals_from = rows.len();
    rows.push(row(&e.total, lang.t(&TOTAL)));
    let unit = view
        .unit
        .resolve(Table::largest(&rows[..totals_from.max(1).min(rows.len())]));
    let flagged = e
        .rows
        .iter()
        .filter(|r| matches!(r.flag, Flag::Under | Flag::Over))
        .count();
    let mut notes = crate::i18n::why::whys(lang, &e.why);
    notes.push(fill(
        lang.t(&FLAGGED),
        &[("n", flagged.to_string()), ("t", t.clone())],
    ));
    let title = fill(
        lang.t(&EXECUTION_TITLE),
        &[
            ("dir", direction_name(cube.direction, lang).into()),
            (
                "by",
                crate::i18n::why::grouping_in_title(&cube.by, cube.direction, budget, lang),
            ),
            ("year", e.year.to_string()),
        ],
    );
    Table {
        name: "execution".into(),
        title: title_with_unit(title, cube, unit, lang),
        notes,
        cols,
        rows,
        totals_from,
        other: None,
        lang,
        unit,
        selection: Some(selection(cube, &[plan_side, exec_side], None)),
    }
}

/// Revenue by category of the receipts classification: code, name,
/// amount, share, lines, and the total.
pub fn revenue(s: &crate::analysis::revenue::Sources, currency: &str, view: View) -> Table {
    let lang = view.lang;
    let cols = vec![
        col("code", lang.t(&CODE)),
        col("name", lang.t(&NAME)),
        col(
            &format!("amount_{}", side_key((s.year, s.stage))),
            lang.t(&AMOUNT),
        ),
        col("share", lang.t(&SHARE)),
        col("lines", lang.t(&LINES)),
    ];
    let mut rows: Vec<Vec<Cell>> = s
        .categories
        .iter()
        .map(|&(c, amount, n)| {
            vec![
                Cell::Text(c.to_string()),
                Cell::Text(lang.t(&RECEIPT_CATEGORIES[usize::from(c) - 1]).to_string()),
                Cell::Money(Some(amount)),
                Cell::Pct(s.share(amount)),
                Cell::Int(n as i64),
            ]
        })
        .collect();
    let totals_from = rows.len();
    let lines: usize = s.categories.iter().map(|c| c.2).sum();
    rows.push(vec![
        Cell::Text(String::new()),
        Cell::Text(lang.t(&TOTAL).to_string()),
        Cell::Money(Some(s.total)),
        Cell::Pct(Some(Decimal::ONE)),
        Cell::Int(lines as i64),
    ]);
    let unit = view
        .unit
        .resolve(Table::largest(&rows[..totals_from.max(1)]));
    let title = fill(
        lang.t(&REVENUE_TITLE),
        &[
            ("year", s.year.to_string()),
            ("stage", stage_name(s.stage, lang).into()),
        ],
    );
    Table {
        name: "revenue".into(),
        title: format!("{title} ({})", unit.label(lang, currency)),
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
