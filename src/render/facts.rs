//! Key facts in plain language: five to eight sentences from the analysis
//! results, in Kazakh, Russian or English, with the same figures (same unit,
//! same rounding) as the tables they link to.

use crate::analysis::breakdown::Breakdown;
use crate::analysis::compare::{Compare, Status};
use crate::analysis::execution::Execution;
use crate::i18n::facts::*;
use crate::i18n::fill;
use crate::i18n::stage_name;
use crate::i18n::{self, DisplayUnit, Lang};
use crate::model::Direction;
use rust_decimal::Decimal;

/// One sentence and the table it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// The sentence.
    pub text: String,
    /// The anchor of its table in the report ("breakdown", "compare"...).
    pub table: &'static str,
}

/// Everything the sentences are made of.
#[derive(Debug, Clone)]
pub struct Input<'a> {
    /// Language.
    pub lang: Lang,
    /// Currency code.
    pub currency: &'a str,
    /// The unit the report's tables show amounts in.
    pub unit: DisplayUnit,
    /// Expenditure or revenue.
    pub direction: Direction,
    /// Amounts by group for the year shown.
    pub breakdown: &'a Breakdown,
    /// The year before against the year shown, same stage.
    pub compare: Option<&'a Compare>,
    /// Plan against execution by group.
    pub execution: Option<&'a Execution>,
    /// Plan against execution by program: (programs under the threshold, programs).
    pub programs: Option<(usize, usize)>,
    /// The comparison in real terms, with its base year.
    pub real: Option<(&'a Compare, i32)>,
    /// The year's total per resident.
    pub per_capita: Option<Decimal>,
}

/// A name quoted the language's way.
fn quoted(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Kk | Lang::Ru => format!("«{}»", name.trim()),
        Lang::En => format!("“{}”", name.trim()),
    }
}

/// The sentences, in order: total, largest item, three largest, largest
/// increase and cut, execution, programs under the threshold, real terms, per resident.
pub fn facts(i: &Input) -> Vec<Fact> {
    let lang = i.lang;
    let money = |v: Decimal| {
        format!(
            "{} {}",
            i18n::amount(lang, v, i.unit),
            i.unit.short(lang, i.currency)
        )
    };
    let pct = |v: Decimal| i18n::percent(lang, v.abs());
    let (dir, dir_gen) = dir_words(i.direction, lang);
    let b = i.breakdown;
    let year = b.pick.year.to_string();
    let mut out = Vec::new();
    let prev = i.compare.map(|c| c.from.0.to_string()).unwrap_or_default();

    // 1. The total, against the year before.
    let base = vec![
        ("year", year.clone()),
        ("dir", dir.to_string()),
        ("stage", stage_phrase(b.pick.stage, lang).to_string()),
        ("total", money(b.total)),
    ];
    let total = match i.compare.and_then(|c| c.pct().map(|p| (c, p))) {
        Some((c, p)) => {
            let mut a = base.clone();
            a.extend([
                ("prev", prev.clone()),
                ("prev_total", money(c.total_from)),
                ("pct", pct(p)),
            ]);
            let m = if p >= Decimal::ZERO {
                &TOTAL_UP
            } else {
                &TOTAL_DOWN
            };
            fill(lang.t(m), &a)
        }
        None => fill(lang.t(&TOTAL_ONLY), &base),
    };
    out.push(Fact {
        text: total,
        table: "breakdown",
    });

    // 2. The largest item, its share and change.
    if let Some(top) = b.rows.first() {
        let change = i
            .compare
            .and_then(|c| {
                c.rows
                    .iter()
                    .find(|r| r.code == top.code && r.status == Status::Both)
            })
            .and_then(|r| r.pct)
            .map(|p| {
                let m = if p >= Decimal::ZERO {
                    &LARGEST_UP
                } else {
                    &LARGEST_DOWN
                };
                fill(lang.t(m), &[("pct", pct(p)), ("prev", prev.clone())])
            })
            .unwrap_or_default();
        let mut text = fill(
            lang.t(&LARGEST),
            &[
                ("name", quoted(lang, &top.name)),
                (
                    "share",
                    top.share
                        .map(|s| i18n::percent(lang, s))
                        .unwrap_or_default(),
                ),
                ("dir_gen", dir_gen.to_string()),
                ("amount", money(top.amount.unwrap_or_default())),
                ("change", change),
            ],
        );
        // A sentence starts with a capital, whatever the name's quotes.
        if let Some(f) = text.chars().next().filter(|c| c.is_lowercase()) {
            text = f.to_uppercase().collect::<String>() + &text[f.len_utf8()..];
        }
        out.push(Fact {
            text,
            table: "breakdown",
        });
    }

    // 3. The three largest together.
    let mut top3_at = None;
    if b.rows.len() + b.other.as_ref().map(|o| o.0).unwrap_or(0) > 3 && b.rows.len() >= 3 {
        let share: Decimal = b.rows[..3].iter().filter_map(|r| r.share).sum();
        top3_at = Some(out.len());
        out.push(Fact {
            text: fill(
                lang.t(&TOP3),
                &[
                    ("share", i18n::percent(lang, share)),
                    ("dir_gen", dir_gen.to_string()),
                ],
            ),
            table: "breakdown",
        });
    }

    // 4. The largest increase and the largest cut.
    if let Some(c) = i.compare {
        let (up, down) = c.movers(1);
        if let Some(r) = up.first() {
            out.push(Fact {
                text: fill(
                    lang.t(&UP),
                    &[
                        ("name", quoted(lang, &r.name)),
                        ("amount", money(r.change)),
                        (
                            "pct",
                            r.pct.map(|p| format!("+{}", pct(p))).unwrap_or_default(),
                        ),
                    ],
                ),
                table: "compare",
            });
        }
        match down.first() {
            Some(r) => out.push(Fact {
                text: fill(
                    lang.t(&DOWN),
                    &[
                        ("name", quoted(lang, &r.name)),
                        ("amount", money(r.change)),
                        (
                            "pct",
                            r.pct.map(|p| format!("-{}", pct(p))).unwrap_or_default(),
                        ),
                    ],
                ),
                table: "compare",
            }),
            None => out.push(Fact {
                text: fill(
                    lang.t(&NO_DOWN),
                    &[("prev", prev.clone()), ("year", year.clone())],
                ),
                table: "compare",
            }),
        }
    }

    // 5. Execution.
    if let Some(e) = i.execution {
        if let (Some(rate), Some(unspent)) = (e.total.rate, e.total.unspent) {
            out.push(Fact {
                text: fill(
                    lang.t(&EXEC),
                    &[
                        ("year", e.year.to_string()),
                        ("plan", stage_name(e.plan_stage, lang).to_string()),
                        ("rate", i18n::percent(lang, rate)),
                        ("unspent", money(unspent)),
                    ],
                ),
                table: "execution",
            });
        }
        if let Some((n, m)) = i.programs {
            let t = (e.threshold * Decimal::ONE_HUNDRED).normalize().to_string();
            let noun = programs_noun(lang, m as u64);
            out.push(Fact {
                text: fill(
                    lang.t(&PROGRAMS),
                    &[
                        ("m", m.to_string()),
                        ("n", n.to_string()),
                        ("t", t),
                        ("noun", noun.to_string()),
                    ],
                ),
                table: "flagged",
            });
        }
    }

    // 6. Real terms and per resident.
    if let Some((c, base)) = i.real {
        if let Some(p) = c.pct() {
            let m = if p >= Decimal::ZERO {
                &REAL_UP
            } else {
                &REAL_DOWN
            };
            out.push(Fact {
                text: fill(
                    lang.t(m),
                    &[
                        ("base", base.to_string()),
                        ("dir", dir.to_string()),
                        ("pct", pct(p)),
                        ("prev", c.from.0.to_string()),
                        ("year", c.to.0.to_string()),
                    ],
                ),
                table: "real",
            });
        }
    }
    if let Some(v) = i.per_capita {
        let u = DisplayUnit::One;
        out.push(Fact {
            text: fill(
                lang.t(&PER_CAPITA),
                &[
                    (
                        "amount",
                        format!("{} {}", i18n::amount(lang, v, u), u.short(lang, i.currency)),
                    ),
                    ("year", year.clone()),
                    ("dir", dir.to_string()),
                    ("dir_gen", dir_gen.to_string()),
                ],
            ),
            table: "per-capita",
        });
    }
    // Eight at most: the three-largest sentence goes first, the largest item's says most of it.
    if out.len() > 8 {
        if let Some(i) = top3_at {
            out.remove(i);
        }
    }
    out.truncate(8);
    out
}
