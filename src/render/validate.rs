//! The reconciliation of published totals, as text or JSON.

use crate::i18n::{self, Lang};
use crate::model::{a1, Budget, PublishedTotal};
use std::fmt::Write;

fn rows_covered(total: &PublishedTotal) -> String {
    match total.span {
        Some((a, b)) if a == b => format!("row {}", a + 1),
        Some((a, b)) => format!("rows {}-{}", a + 1, b + 1),
        None => "no rows".into(),
    }
}

/// The other checks: each kind with a count, then its findings (all, or the first 20).
pub fn findings(list: &[crate::analysis::checks::Finding], all: bool) -> String {
    let mut o = String::new();
    let mut i = 0;
    while i < list.len() {
        let kind = list[i].kind;
        let n = list[i..].iter().take_while(|f| f.kind == kind).count();
        let _ = writeln!(o, "{}: {n}", kind.title());
        let shown = if all { n } else { n.min(20) };
        for f in &list[i..i + shown] {
            let _ = writeln!(o, "  {}: {} [{}]", f.line, f.detail, f.cells.join("; "));
        }
        if shown < n {
            let _ = writeln!(o, "  ... and {} more (--all lists them)", n - shown);
        }
        i += n;
    }
    if list.is_empty() {
        o.push_str("no duplicate lines, negative amounts, execution over 100%, vanished lines or revisions beyond ±20%\n");
    }
    o
}

/// One line per total (only the ones that differ unless `all`), then a summary.
pub fn text(budget: &Budget, all: bool) -> String {
    let mut o = String::new();
    if budget.totals.is_empty() {
        o.push_str(
            "no published totals found (no total rows, group rows or subtotals in the sources)\n",
        );
        return o;
    }
    let mut last: Option<(u32, u32)> = None;
    let mut differ = 0;
    for t in &budget.totals {
        let ok = t.reproduced();
        if !ok {
            differ += 1;
        }
        if ok && !all {
            continue;
        }
        if last != Some((t.source, t.sheet)) {
            let sheet = &budget.sheets[t.sheet as usize];
            let _ = write!(o, "{}", budget.sources[t.source as usize].file);
            if !sheet.is_empty() {
                let _ = write!(o, ", sheet \"{sheet}\"");
            }
            o.push_str(":\n");
            last = Some((t.source, t.sheet));
        }
        let label: String = t.label.chars().take(50).collect();
        let code = if t.code.is_empty() {
            String::new()
        } else {
            format!("{} ", t.code)
        };
        let covered = match t.lines {
            0 => "no lines add up to".to_string(),
            1 => format!("the 1 line of {} adds up to", rows_covered(t)),
            n => format!("the {n} lines of {} add up to", rows_covered(t)),
        };
        let _ = write!(
            o,
            "  {:<7} {} {:<9} {code}\"{label}\" ({}): published {}, {covered} {}",
            a1(t.row, t.col),
            t.year,
            t.stage.as_str(),
            t.rule,
            i18n::exact(Lang::En, t.published),
            i18n::exact(Lang::En, t.computed),
        );
        if ok && t.difference().is_zero() {
            o.push_str(": reproduced exactly\n");
        } else if ok {
            let _ = writeln!(
                o,
                ": reproduced to the cent (the source's cells carry {} of floating-point noise)",
                t.difference().abs()
            );
        } else {
            let _ = write!(
                o,
                ": DIFFERS by {} {}",
                i18n::exact(Lang::En, t.difference()),
                budget.currency
            );
            if let Some(unit) = t.rounding_unit() {
                let _ = write!(
                    o,
                    ", less than rounding each of its {} lines and the total to {} {} could make",
                    t.lines,
                    i18n::exact(Lang::En, unit),
                    budget.currency
                );
            }
            o.push('\n');
        }
    }
    let n = budget.totals.len();
    if differ == 0 {
        let _ = writeln!(
            o,
            "all {n} published totals are reproduced by the imported lines, to the cent"
        );
    } else if let Some(d) = crate::analysis::trust::trust(budget).doubt() {
        let _ = writeln!(o, "{}", doubt(d, budget));
    } else {
        let _ = writeln!(
            o,
            "{differ} of {n} published totals differ from the sum of their lines: the publisher's arithmetic, or lines ashyq did not import; see the cells above"
        );
    }
    o
}

/// What a doubtful reading looks like and what to do, in one paragraph:
/// ashyq's own reading is the first suspect, not the publisher.
pub fn doubt(d: &crate::analysis::trust::Doubt, budget: &Budget) -> String {
    let mut o = format!(
        "ashyq's reading of this layout is doubtful: {} of {} published totals differ from the sums of their lines",
        d.differ, d.checked
    );
    if let Some(k) = d.multiple {
        let _ = write!(
            o,
            "; the lines add up to about {k} times their totals: rows that are themselves sums (group, subgroup or administrator rows) were likely read as lines (check the code column: --code-col)"
        );
    }
    if !d.columns.is_empty() {
        let cols: Vec<String> = d
            .columns
            .iter()
            .take(6)
            .map(|c| {
                format!(
                    "{} ({} {})",
                    crate::model::column_letters(c.col),
                    c.side.0,
                    c.side.1.as_str()
                )
            })
            .collect();
        let more = d.columns.len().saturating_sub(cols.len());
        let _ = write!(
            o,
            "; every total differs in column{} {}{} while other columns agree: check the year and stage those amounts are read as (--column, or the map)",
            if d.columns.len() == 1 { "" } else { "s" },
            cols.join(", "),
            if more > 0 { format!(" and {more} more") } else { String::new() }
        );
    }
    if d.empty > 0 && d.multiple.is_none() {
        let _ = write!(
            o,
            "; {} of them have lines that add up to nothing (the lines' cells are 0 or empty where the totals hold amounts)",
            d.empty
        );
    }
    if budget.sources.len() > 1 {
        o.push_str("; validate each file alone to see which is read wrong");
    }
    o
}

/// Every total as JSON, exact amounts.
pub fn json(budget: &Budget) -> String {
    let num = |d: rust_decimal::Decimal| d.to_string().parse::<serde_json::Number>().ok();
    let totals: Vec<serde_json::Value> = budget
        .totals
        .iter()
        .map(|t| {
            serde_json::json!({
                "source_file": budget.sources[t.source as usize].file,
                "sheet": budget.sheets[t.sheet as usize],
                "cell": a1(t.row, t.col),
                "label": t.label,
                "code": t.code,
                "rule": t.rule,
                "year": t.year,
                "stage": t.stage.as_str(),
                "published": num(t.published),
                "computed": num(t.computed),
                "difference": num(t.difference()),
                "lines": t.lines,
                "rows": t.span.map(|(a, b)| [a + 1, b + 1]),
                "reproduced": t.reproduced(),
            })
        })
        .collect();
    let differ = budget.totals.iter().filter(|t| !t.reproduced()).count();
    let v = serde_json::json!({
        "currency": budget.currency,
        "totals": totals,
        "checked": budget.totals.len(),
        "differ": differ,
        "reading_doubtful": crate::analysis::trust::trust(budget).doubt().is_some(),
        "findings": crate::analysis::checks::checks(budget),
    });
    serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
}

/// One summary line for the end of `import`.
pub fn summary(budget: &Budget) -> String {
    let n = budget.totals.len();
    if n == 0 {
        return String::new();
    }
    let differ = budget.totals.iter().filter(|t| !t.reproduced()).count();
    if differ == 0 {
        format!("published totals: all {n} reproduced to the cent (kept out of the lines)\n")
    } else if let Some(d) = crate::analysis::trust::trust(budget).doubt() {
        format!(
            "published totals: {}; breakdown, compare, execution, chart and report refuse these lines unless given --accept-unreconciled\n",
            doubt(d, budget)
        )
    } else {
        format!("published totals: {differ} of {n} differ from the sum of their lines; run ashyq validate to see which\n")
    }
}
