//! Key facts in plain language: five to eight sentences from the analysis
//! results, in Kazakh, Russian or English, with the same figures (same unit,
//! same rounding) as the tables they link to.

use crate::analysis::breakdown::Breakdown;
use crate::analysis::compare::{Compare, Status};
use crate::analysis::execution::Execution;
use crate::i18n::facts::*;
use crate::i18n::fill;
use crate::i18n::grammar::{inflect, Case};
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
    /// The same at the finest level (programs), to tell like for like
    /// when some lines have an amount in one year only.
    pub finest: Option<&'a Compare>,
    /// Plan against execution by group.
    pub execution: Option<&'a Execution>,
    /// Plan against execution by program: (programs under the threshold, programs).
    pub programs: Option<(usize, usize)>,
    /// The comparison in real terms, with its base year.
    pub real: Option<(&'a Compare, i32)>,
    /// The year's total per resident.
    pub per_capita: Option<Decimal>,
    /// Revenue by category of the same year and stage, when the lines are
    /// Kazakhstan's receipts classification (shown beside expenditure).
    pub sources: Option<&'a crate::analysis::revenue::Sources>,
}

/// A name quoted the language's way.
fn quoted(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Kk | Lang::Ru => format!("«{}»", name.trim()),
        Lang::En => format!("“{}”", name.trim()),
    }
}

/// What every sentence shares: the input, the language, the direction's words.
struct Say<'a, 'i> {
    input: &'a Input<'i>,
    lang: Lang,
    /// The direction, nominative and genitive.
    dir: &'static str,
    dir_gen: &'static str,
    /// The year shown, and the year compared with ("" without a comparison).
    year: String,
    prev: String,
}

impl Say<'_, '_> {
    /// An amount in a sentence: a negative one takes the minus sign (U+2212).
    fn money(&self, value: Decimal) -> String {
        let figure = i18n::typeset_minus(i18n::amount(self.lang, value, self.input.unit));
        format!(
            "{figure} {}",
            self.input.unit.short(self.lang, self.input.currency)
        )
    }

    fn pct(&self, value: Decimal) -> String {
        i18n::percent(self.lang, value.abs())
    }

    /// A figure with the Kazakh ending its place in the sentence takes
    /// (94,0%-ға); the other languages need none.
    fn cased(&self, text: String, case: Case) -> String {
        inflect(self.lang, text, case)
    }
}

/// The sentences, in order: total, largest item, three largest, largest
/// increase and cut, execution, programs under the threshold, real terms, per resident.
pub fn facts(input: &Input) -> Vec<Fact> {
    let (dir, dir_gen) = dir_words(input.direction, input.lang);
    let say = Say {
        input,
        lang: input.lang,
        dir,
        dir_gen,
        year: input.breakdown.pick.year.to_string(),
        prev: input
            .compare
            .map(|c| c.from.0.to_string())
            .unwrap_or_default(),
    };
    let mut out = vec![total(&say)];
    // What share comes from other budgets: a district hearing's first question.
    out.extend(transfers(&say));
    out.extend(largest(&say));
    let top3_at = out.len();
    let top3 = three_largest(&say);
    let had_top3 = top3.is_some();
    out.extend(top3);
    if let Some(c) = input.compare {
        out.extend(movers(&say, c));
    }
    if let Some(e) = input.execution {
        out.extend(execution(&say, e));
    }
    if let Some((c, base)) = input.real {
        out.extend(real(&say, c, base));
    }
    out.extend(per_capita(&say));
    // Eight at most: the three-largest sentence goes first, the largest item's says most of it.
    if out.len() > 8 && had_top3 {
        out.remove(top3_at);
    }
    out.truncate(8);
    out
}

/// 1. The total, against the year before.
fn total(say: &Say) -> Fact {
    let (i, lang) = (say.input, say.lang);
    let b = i.breakdown;
    let base = vec![
        ("year", say.year.clone()),
        ("dir", say.dir.to_string()),
        ("stage", stage_phrase(b.pick.stage, lang).to_string()),
        ("total", say.money(b.total)),
    ];
    let text = match i.compare.and_then(|c| c.pct().map(|p| (c, p))) {
        Some((c, p)) => {
            let mut a = base.clone();
            a.extend([
                ("prev", say.prev.clone()),
                ("prev_total", say.money(c.total_from)),
                ("pct", say.pct(p)),
                ("pct_dat", say.cased(say.pct(p), Case::Dative)),
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
    let text = match i.finest.or(i.compare).and_then(|c| c.like_for_like()) {
        Some(lfl) => format!("{text} {}", like_for_like(say, &lfl)),
        None => text,
    };
    Fact {
        text,
        table: "breakdown",
    }
}

/// 2. The largest item, its share and change.
fn largest(say: &Say) -> Option<Fact> {
    let (i, lang) = (say.input, say.lang);
    let top = i.breakdown.rows.first()?;
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
            fill(
                lang.t(m),
                &[
                    ("pct", say.pct(p)),
                    ("pct_dat", say.cased(say.pct(p), Case::Dative)),
                    ("prev", say.prev.clone()),
                ],
            )
        })
        .unwrap_or_default();
    let share = top
        .share
        .map(|s| i18n::percent(lang, s))
        .unwrap_or_default();
    let mut text = fill(
        lang.t(&LARGEST),
        &[
            ("name", quoted(lang, &top.name)),
            ("share_poss", say.cased(share.clone(), Case::Possessive)),
            ("share", share),
            ("dir_gen", say.dir_gen.to_string()),
            ("amount", say.money(top.amount.unwrap_or_default())),
            ("change", change),
        ],
    );
    // A sentence starts with a capital, whatever the name's quotes.
    if let Some(f) = text.chars().next().filter(|c| c.is_lowercase()) {
        text = f.to_uppercase().collect::<String>() + &text[f.len_utf8()..];
    }
    Some(Fact {
        text,
        table: "breakdown",
    })
}

/// 3. The three largest together, when there are more than three.
fn three_largest(say: &Say) -> Option<Fact> {
    let b = say.input.breakdown;
    if b.rows.len() + b.other.as_ref().map(|o| o.0).unwrap_or(0) <= 3 || b.rows.len() < 3 {
        return None;
    }
    let share: Decimal = b.rows[..3].iter().filter_map(|r| r.share).sum();
    Some(Fact {
        text: fill(
            say.lang.t(&TOP3),
            &[
                ("share", i18n::percent(say.lang, share)),
                (
                    "share_acc",
                    say.cased(i18n::percent(say.lang, share), Case::PossessiveAccusative),
                ),
                ("dir_gen", say.dir_gen.to_string()),
            ],
        ),
        table: "breakdown",
    })
}

/// In place of a change's percentage where the earlier amount was zero.
fn from_zero(say: &Say) -> String {
    fill(say.lang.t(&FROM_ZERO), &[("prev", say.prev.clone())])
}

/// 4. The largest increase and the largest cut (or that nothing was cut).
fn movers(say: &Say, comparison: &Compare) -> Vec<Fact> {
    let lang = say.lang;
    let (up, down) = comparison.movers(1);
    let mut out = Vec::new();
    if let Some(r) = up.first() {
        out.push(Fact {
            text: fill(
                lang.t(&UP),
                &[
                    ("name", quoted(lang, &r.name)),
                    ("amount", say.money(r.change)),
                    (
                        "pct",
                        r.pct
                            .map(|p| format!("+{}", say.pct(p)))
                            .unwrap_or_else(|| from_zero(say)),
                    ),
                ],
            ),
            table: "compare",
        });
    }
    let text = match down.first() {
        Some(r) => fill(
            lang.t(&DOWN),
            &[
                ("name", quoted(lang, &r.name)),
                ("amount", say.money(r.change)),
                (
                    "pct",
                    r.pct
                        .map(|p| format!("\u{2212}{}", say.pct(p)))
                        .unwrap_or_else(|| from_zero(say)),
                ),
            ],
        ),
        None => match say.input.real {
            // Nominal only: in real terms something may well have been cut.
            Some((real, base)) => {
                let args = [("prev", say.prev.clone()), ("year", say.year.clone())];
                let nominal = fill(lang.t(&NO_DOWN_NOMINAL), &args);
                let in_real = match real.movers(1).1.first() {
                    Some(r) => fill(
                        lang.t(&REAL_CUT),
                        &[
                            ("base", base.to_string()),
                            ("name", quoted(lang, &r.name)),
                            (
                                "pct",
                                r.pct
                                    .map(|p| format!("\u{2212}{}", say.pct(p)))
                                    .unwrap_or_default(),
                            ),
                        ],
                    ),
                    None => fill(lang.t(&REAL_NO_CUT), &[("base", base.to_string())]),
                };
                format!("{nominal} {in_real}")
            }
            None => fill(
                lang.t(&NO_DOWN),
                &[("prev", say.prev.clone()), ("year", say.year.clone())],
            ),
        },
    };
    out.push(Fact {
        text,
        table: "compare",
    });
    out
}

/// 5. Execution, and the programs under the threshold.
fn execution(say: &Say, e: &Execution) -> Vec<Fact> {
    let lang = say.lang;
    let mut out = Vec::new();
    if let (Some(rate), Some(unspent)) = (e.total.rate, e.total.unspent) {
        out.push(Fact {
            text: fill(
                lang.t(&EXEC),
                &[
                    ("year", e.year.to_string()),
                    ("plan", stage_name(e.plan_stage, lang).to_string()),
                    ("rate", i18n::percent(lang, rate)),
                    (
                        "rate_dat",
                        say.cased(i18n::percent(lang, rate), Case::Dative),
                    ),
                    ("unspent", say.money(unspent)),
                ],
            ),
            table: "execution",
        });
    }
    if let Some((n, m)) = say.input.programs {
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
    out
}

/// 6. The change in real terms.
fn real(say: &Say, comparison: &Compare, base: i32) -> Option<Fact> {
    let p = comparison.pct()?;
    let m = if p >= Decimal::ZERO {
        &REAL_UP
    } else {
        &REAL_DOWN
    };
    Some(Fact {
        text: fill(
            say.lang.t(m),
            &[
                ("base", base.to_string()),
                ("dir", say.dir.to_string()),
                ("pct", say.pct(p)),
                ("pct_dat", say.cased(say.pct(p), Case::Dative)),
                ("prev", comparison.from.0.to_string()),
                ("year", comparison.to.0.to_string()),
            ],
        ),
        table: "real",
    })
}

/// 7. The amount per resident.
fn per_capita(say: &Say) -> Option<Fact> {
    let v = say.input.per_capita?;
    let (lang, u) = (say.lang, DisplayUnit::One);
    Some(Fact {
        text: fill(
            lang.t(&PER_CAPITA),
            &[
                (
                    "amount",
                    // To the whole tenge: a share of a budget per head has no tiyn to speak of.
                    format!(
                        "{} {}",
                        i18n::number(lang, v, 0),
                        u.short(lang, say.input.currency)
                    ),
                ),
                ("year", say.year.clone()),
                ("dir", say.dir.to_string()),
                ("dir_gen", say.dir_gen.to_string()),
            ],
        ),
        table: "per-capita",
    })
}

/// The share of revenue that is transfers received (from other budgets,
/// and for the republican budget the National Fund's).
fn transfers(say: &Say) -> Option<Fact> {
    let s = say.input.sources?;
    let t = s.transfers();
    let share = i18n::percent(say.lang, s.share(t)?);
    Some(Fact {
        text: fill(
            say.lang.t(&TRANSFER_SHARE),
            &[
                ("year", s.year.to_string()),
                ("share", share.clone()),
                ("share_poss", say.cased(share, Case::Possessive)),
                ("t", say.money(t)),
                ("r", say.money(s.total)),
            ],
        ),
        table: "revenue",
    })
}

/// The change over the lines with amounts in both years, and how many have
/// an amount in one year only (missing is not zero).
fn like_for_like(say: &Say, lfl: &crate::analysis::compare::LikeForLike) -> String {
    let lang = say.lang;
    let pct = lfl
        .pct()
        .map(|p| {
            let sign = if p >= Decimal::ZERO { "+" } else { "\u{2212}" };
            format!("{sign}{}", say.pct(p))
        })
        .unwrap_or_else(|| "—".into());
    fill(
        lang.t(&LIKE_FOR_LIKE),
        &[
            ("pct", pct),
            ("n", lfl.rows.to_string()),
            ("lines", lines_noun(lang, lfl.rows as u64).to_string()),
            ("m", lfl.missing.to_string()),
            ("m_lines", lines_genitive(lfl.missing as u64).to_string()),
        ],
    )
}
