//! The reconciliation of published totals, as text or JSON.

use crate::i18n::messages::*;
use crate::i18n::{self, fill, Lang};
use crate::model::{Budget, PublishedTotal};
use std::fmt::Write;

fn rows_covered(total: &PublishedTotal, lang: Lang) -> String {
    match total.span {
        Some((a, b)) if a == b => fill(lang.t(&ROW), &[("a", (a + 1).to_string())]),
        Some((a, b)) => fill(
            lang.t(&ROWS),
            &[("a", (a + 1).to_string()), ("b", (b + 1).to_string())],
        ),
        None if total.in_text() => lang.t(&WHOLE_ANNEX).into(),
        None => lang.t(&NO_ROWS).into(),
    }
}

/// The other checks: each kind with a count, then its findings (all, or the first 20).
pub fn findings(list: &[crate::analysis::checks::Finding], all: bool, lang: Lang) -> String {
    let mut o = String::new();
    let mut i = 0;
    while i < list.len() {
        let kind = list[i].kind;
        let n = list[i..].iter().take_while(|f| f.kind == kind).count();
        let _ = writeln!(o, "{}: {n}", lang.t(&FINDING_TITLES[kind as usize]));
        let shown = if all { n } else { n.min(20) };
        for f in &list[i..i + shown] {
            let _ = writeln!(o, "  {}: {} [{}]", f.line, f.detail, f.cells.join("; "));
        }
        if shown < n {
            let _ = writeln!(
                o,
                "{}",
                fill(lang.t(&MORE_FINDINGS), &[("n", (n - shown).to_string())])
            );
        }
        i += n;
    }
    if list.is_empty() {
        o.push_str(lang.t(&NO_FINDINGS));
        o.push('\n');
    }
    o
}

/// One line per total (only the ones that differ unless `all`), then a summary.
pub fn text(budget: &Budget, all: bool, lang: Lang) -> String {
    let mut o = String::new();
    if budget.totals.is_empty() {
        match crate::analysis::trust::trust(budget).doubt() {
            Some(d) => o.push_str(&doubt(d, budget, lang)),
            None => o.push_str(lang.t(&NO_TOTALS)),
        }
        o.push('\n');
        return o;
    }
    let cur = &budget.currency;
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
            let file = budget.sources[t.source as usize].file.clone();
            if sheet.is_empty() {
                let _ = writeln!(o, "{file}:");
            } else {
                let _ = writeln!(
                    o,
                    "{}",
                    fill(
                        lang.t(&OF_SHEET),
                        &[("file", file), ("sheet", sheet.clone())]
                    )
                );
            }
            last = Some((t.source, t.sheet));
        }
        let label: String = t.label.chars().take(50).collect();
        let code = if t.code.is_empty() {
            String::new()
        } else {
            format!("{} ", t.code)
        };
        let rows = rows_covered(t, lang);
        let covered = match t.lines {
            0 => lang.t(&COVERED_NONE).to_string(),
            1 => fill(lang.t(&COVERED_ONE), &[("rows", rows)]),
            n => fill(lang.t(&COVERED), &[("n", n.to_string()), ("rows", rows)]),
        };
        let stage = if lang == Lang::En {
            t.stage.as_str()
        } else {
            crate::i18n::stage_name(t.stage, lang)
        };
        let _ = write!(
            o,
            "  {:<7} {} {:<9} {code}\"{label}\" ({}): {}",
            t.place(),
            t.year,
            stage,
            t.rule,
            fill(
                lang.t(&PUBLISHED),
                &[
                    ("p", i18n::exact(lang, t.published)),
                    ("covered", covered),
                    ("c", i18n::exact(lang, t.computed)),
                ],
            ),
        );
        if ok && t.difference().is_zero() {
            o.push_str(lang.t(&EXACTLY));
            o.push('\n');
        } else if ok {
            let x = i18n::exact(lang, t.difference().abs());
            let _ = writeln!(o, "{}", fill(lang.t(&NOISE), &[("x", x)]));
        } else {
            let d = i18n::exact(lang, t.difference());
            o.push_str(&fill(lang.t(&DIFFERS), &[("d", d), ("cur", cur.clone())]));
            if let Some(unit) = t.rounding_unit() {
                o.push_str(&fill(
                    lang.t(&WITHIN_ROUNDING),
                    &[
                        ("n", t.lines.to_string()),
                        ("u", i18n::exact(lang, unit)),
                        ("cur", cur.clone()),
                    ],
                ));
            }
            o.push('\n');
        }
    }
    let n = budget.totals.len().to_string();
    let (k, x) = crate::analysis::trust::rounding_only(&budget.totals);
    let beyond = differ - k;
    if differ == 0 {
        let _ = writeln!(o, "{}", fill(lang.t(&ALL_REPRODUCED), &[("n", n)]));
    } else if beyond == 0 {
        let r = budget.totals.len() - k;
        let x = i18n::exact(lang, x);
        let vars = [
            ("k", k.to_string()),
            ("n", n),
            ("x", x),
            ("cur", cur.clone()),
        ];
        o.push_str(&fill(lang.t(&ALL_BUT_ROUNDING), &vars));
        if r > 0 {
            o.push_str(&fill(lang.t(&OTHERS_REPRODUCED), &[("r", r.to_string())]));
        }
        o.push('\n');
    } else if let Some(d) = crate::analysis::trust::trust(budget).doubt() {
        let _ = writeln!(o, "{}", doubt(d, budget, lang));
    } else {
        o.push_str(&fill(
            lang.t(&SOME_DIFFER),
            &[("differ", beyond.to_string()), ("n", n)],
        ));
        if k > 0 {
            o.push_str(&fill(lang.t(&AND_ROUNDING), &[("k", k.to_string())]));
        }
        o.push('\n');
    }
    o
}

/// What a doubtful reading looks like and what to do, in one paragraph:
/// ashyq's own reading is the first suspect, not the publisher.
pub fn doubt(d: &crate::analysis::trust::Doubt, budget: &Budget, lang: Lang) -> String {
    let mut o = fill(
        lang.t(&DOUBT),
        &[
            ("differ", d.differ.to_string()),
            ("checked", d.checked.to_string()),
        ],
    );
    if let Some(k) = d.multiple {
        o.push_str(&fill(lang.t(&DOUBT_MULTIPLE), &[("k", k.to_string())]));
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
                    crate::i18n::stage_name(c.side.1, lang)
                )
            })
            .collect();
        let more = d.columns.len().saturating_sub(cols.len());
        let mut list = cols.join(", ");
        if more > 0 {
            list.push_str(&fill(lang.t(&AND_MORE), &[("n", more.to_string())]));
        }
        let s = if d.columns.len() == 1 { "" } else { "s" };
        o.push_str(&fill(
            lang.t(&DOUBT_COLUMNS),
            &[("s", s.to_string()), ("cols", list)],
        ));
    }
    if d.empty > 0 && d.multiple.is_none() {
        o.push_str(&fill(lang.t(&DOUBT_EMPTY), &[("n", d.empty.to_string())]));
    }
    if d.from_lines_file > 0 {
        o.push_str(&fill(
            lang.t(&DOUBT_LINES_FILE),
            &[("n", d.from_lines_file.to_string())],
        ));
    } else if budget.sources.len() > 1 {
        o.push_str(lang.t(&DOUBT_FILES));
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
                "cell": t.place(),
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
                "within_rounding": t.within_rounding(),
            })
        })
        .collect();
    let differ = budget.totals.iter().filter(|t| t.differs()).count();
    let v = serde_json::json!({
        "currency": budget.currency,
        "totals": totals,
        "checked": budget.totals.len(),
        "differ": differ,
        "within_rounding": crate::analysis::trust::rounding_only(&budget.totals).0,
        "reading_doubtful": crate::analysis::trust::trust(budget).doubt().is_some(),
        "findings": crate::analysis::checks::checks(budget),
    });
    serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
}

/// One summary line for the end of `import`.
pub fn summary(budget: &Budget, lang: Lang) -> String {
    use crate::i18n::inspect::*;
    let n = budget.totals.len();
    let trust = crate::analysis::trust::trust(budget);
    if n == 0 {
        return match trust.doubt() {
            Some(d) => {
                let doubt = doubt(d, budget, lang);
                format!("{}\n", crate::said!(TOTALS_DOUBT, doubt = doubt).in_(lang))
            }
            None => String::new(),
        };
    }
    let differ = budget.totals.iter().filter(|t| !t.reproduced()).count();
    let (k, x) = crate::analysis::trust::rounding_only(&budget.totals);
    let (beyond, x) = (differ - k, i18n::exact(lang, x));
    let cur = &budget.currency;
    let line = if differ == 0 {
        crate::said!(TOTALS_ALL, n = n)
    } else if beyond == 0 {
        crate::said!(TOTALS_ROUNDING, n = n, k = k, x = x, cur = cur)
    } else if let Some(d) = trust.doubt() {
        crate::said!(TOTALS_DOUBT, doubt = doubt(d, budget, lang))
    } else if k > 0 {
        crate::said!(TOTALS_SOME_ROUNDING, differ = beyond, n = n, k = k)
    } else {
        crate::said!(TOTALS_SOME, differ = differ, n = n)
    };
    format!("{}\n", line.in_(lang))
}
