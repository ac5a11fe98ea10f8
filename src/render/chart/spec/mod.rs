//! Chart specs from analysis results: titles, subtitles, source lines and
//! the numbers, in the reader's language. Pure: no drawing here.

use super::{Bar, Body, ExecRow, Kind, Panel, Series, Spec, Step, Tile};
use crate::analysis::breakdown::Breakdown;
use crate::analysis::breakdown::MIN_GATHERED;
use crate::analysis::compare::Compare;
use crate::analysis::execution::{Execution, Flag};
use crate::analysis::{code_parts, By, Cube};
use crate::error::Result;
use crate::i18n::charts::*;
use crate::i18n::grammar::{inflect, Case};
use crate::i18n::stage_name;
use crate::i18n::{fill, upper_first};
use crate::i18n::{others, Noun};
use crate::i18n::{DisplayUnit, Lang, Msg};
use crate::model::{Budget, Direction, Stage};
use crate::render::analysis::direction_name;

mod flow;
pub use flow::flow;
use rust_decimal::Decimal;

/// What every chart of one command shares.
#[derive(Debug, Clone)]
pub struct Context {
    /// Language.
    pub lang: Lang,
    /// Display unit asked for (Auto resolves per chart).
    pub unit: DisplayUnit,
    /// Currency code.
    pub currency: String,
    /// The source line.
    pub source: String,
    /// A title given with --title.
    pub title: Option<String>,
}

/// "Source: file.xlsx, sheet «Приложение 1» · ashyq · 2026-11-28".
pub fn source_line(budget: &Budget, lang: Lang, date: &str) -> String {
    let files: Vec<String> = budget
        .sources
        .iter()
        .map(|s| {
            std::path::Path::new(&s.file)
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_else(|| s.file.clone())
        })
        .collect();
    // The sheets lines come from (not a decision's text, which holds totals).
    let mut used = vec![false; budget.sheets.len()];
    for i in &budget.items {
        if let Some(u) = used.get_mut(i.sheet as usize) {
            *u = true;
        }
    }
    let sheets: Vec<String> = budget
        .sheets
        .iter()
        .zip(&used)
        .filter(|(s, u)| **u && !s.trim().is_empty())
        .map(|(s, _)| s)
        .map(|s| format!("«{}»", s.trim()))
        .collect();
    let mut s = format!("{}: {}", lang.t(&SOURCE), files.join(", "));
    if !sheets.is_empty() && sheets.len() <= 3 {
        s.push_str(&format!(", {} {}", lang.t(&SHEET), sheets.join(", ")));
    }
    format!("{s} · ashyq · {date}")
}

/// Today's date (UTC) as YYYY-MM-DD, or SOURCE_DATE_EPOCH's when set (reproducible outputs).
pub fn today() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        });
    civil_date(secs)
}

/// YYYY-MM-DD of a Unix time, UTC.
fn civil_date(secs: i64) -> String {
    let (y, m, d) = crate::model::civil_from_days(secs.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

fn subtitle(ctx: &Context, cube: &Cube, unit: DisplayUnit, parts: &[String]) -> String {
    subtitle_of(ctx, &cube.adjustments, unit, parts)
}

fn subtitle_of(
    ctx: &Context,
    adjustments: &[crate::analysis::Adjustment],
    unit: DisplayUnit,
    parts: &[String],
) -> String {
    // The currency's sign (₸ for tenge), as a reader expects on a chart.
    let mut v = vec![unit.sign_label(ctx.lang, &ctx.currency)];
    v.extend(parts.iter().cloned());
    v.extend(crate::i18n::why::adjustments_but_warnings(
        ctx.lang,
        adjustments,
    ));
    v.join(" · ")
}

fn resolve(ctx: &Context, values: impl Iterator<Item = Decimal>) -> DisplayUnit {
    ctx.unit
        .resolve(values.map(|v| v.abs()).max().unwrap_or_default())
}

fn lower_first(text: &str) -> String {
    let mut c = text.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// What one key of the cube is called, for naming the ones gathered.
fn noun_of(cube: &Cube) -> Noun {
    Noun::of_grouping(&cube.by, cube.direction)
}

/// Splits off the items beyond `top` to be gathered, unless they are too
/// few to gather (three or fewer are shown by name).
fn split_rest<T>(items: &mut Vec<T>, top: usize) -> Vec<T> {
    if items.len() < top + MIN_GATHERED {
        Vec::new()
    } else {
        items.split_off(top)
    }
}

fn base_args(cube: &Cube, budget: &Budget, lang: Lang) -> Vec<(&'static str, String)> {
    let dir = direction_name(cube.direction, lang).to_string();
    vec![
        ("dir_lower", lower_first(&dir)),
        ("dir", dir),
        (
            "by",
            crate::i18n::why::grouping_in_title(&cube.by, cube.direction, budget, lang),
        ),
    ]
}

/// The title and the subtitle's first part. With a finding and no --title,
/// the title states it and the chart's description (what is grouped by
/// what) leads the subtitle; else the plain title, no description.
fn finding_title(
    ctx: &Context,
    finding: Option<(&Msg, &[(&str, String)])>,
    description: &Msg,
    plain: &Msg,
    args: &[(&str, String)],
) -> (String, Option<String>) {
    match (&ctx.title, finding) {
        (None, Some((m, a))) => (
            upper_first(&fill(ctx.lang.t(m), a)),
            Some(upper_first(&fill(ctx.lang.t(description), args))),
        ),
        _ => (title(ctx, plain, args), None),
    }
}

/// The words of a finding "name — share of all spending in year" ([`BAR_FINDING`]).
fn share_finding(
    ctx: &Context,
    cube: &Cube,
    name: &str,
    share: Decimal,
    year: i32,
) -> Vec<(&'static str, String)> {
    let (dir_nom, dir_gen) = crate::i18n::facts::dir_words(cube.direction, ctx.lang);
    let share = crate::i18n::percent(ctx.lang, share);
    vec![
        ("name", name.to_string()),
        (
            "share_poss",
            inflect(ctx.lang, share.clone(), Case::Possessive),
        ),
        ("share", share),
        ("dir_gen", dir_gen.to_string()),
        ("dir_lower", dir_nom.to_string()),
        ("year", year.to_string()),
    ]
}

/// The subtitle with the description first, when the title states a finding.
fn lead(description: Option<String>, subtitle: String) -> String {
    match description {
        Some(d) => format!("{d} · {subtitle}"),
        None => subtitle,
    }
}

fn title(ctx: &Context, message: &Msg, args: &[(&str, String)]) -> String {
    ctx.title
        .clone()
        .unwrap_or_else(|| fill(ctx.lang.t(message), args))
}

/// Bars of a breakdown, "other" in grey.
pub fn bar(
    breakdown: &Breakdown,
    cube: &Cube,
    budget: &Budget,
    ctx: &Context,
    shares: bool,
) -> Spec {
    let mut bars: Vec<Bar> = breakdown
        .rows
        .iter()
        .map(|r| Bar {
            label: r.name.clone(),
            value: r.amount.unwrap_or_default(),
            share: if shares { r.share } else { None },
            muted: false,
            count: 1,
        })
        .collect();
    if let Some((n, o)) = &breakdown.other {
        bars.push(Bar {
            label: others(ctx.lang, noun_of(cube), *n),
            value: o.amount.unwrap_or_default(),
            share: if shares { o.share } else { None },
            muted: true,
            count: *n,
        });
    }
    let unit = resolve(ctx, bars.iter().map(|breakdown| breakdown.value));
    let mut args = base_args(cube, budget, ctx.lang);
    args.push(("year", breakdown.pick.year.to_string()));
    // The finding: the largest item's share, where every amount is positive.
    let top = breakdown.rows.first().filter(|_| {
        breakdown.total > Decimal::ZERO
            && breakdown
                .rows
                .iter()
                .all(|r| r.amount.unwrap_or_default() >= Decimal::ZERO)
    });
    let finding = top.and_then(|r| {
        Some(share_finding(
            ctx,
            cube,
            &r.name,
            r.share?,
            breakdown.pick.year,
        ))
    });
    let (title_text, description) = finding_title(
        ctx,
        finding.as_deref().map(|a| (&BAR_FINDING, a)),
        &BAR_DESCRIPTION,
        &BAR_TITLE,
        &args,
    );
    Spec {
        kind: Kind::Bar,
        title: title_text,
        subtitle: lead(
            description,
            subtitle(
                ctx,
                cube,
                unit,
                &[stage_name(breakdown.pick.stage, ctx.lang).to_string()],
            ),
        ),
        source: ctx.source.clone(),
        warning: crate::i18n::why::warning(ctx.lang, &cube.adjustments),
        lang: ctx.lang,
        noun: noun_of(cube),
        unit,
        body: Body::Bar(bars),
    }
}

/// The `top` keys by their amount in (year, stage), largest first.
fn top_keys(cube: &Cube, year: i32, stage: Stage, top: usize) -> (Vec<usize>, Vec<usize>) {
    let mut keys: Vec<(usize, Decimal)> = (0..cube.keys.len())
        .map(|k| {
            (
                k,
                cube.get(k as u32, year, stage)
                    .and_then(|s| s.amount)
                    .unwrap_or_default(),
            )
        })
        .collect();
    keys.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let rest = split_rest(&mut keys, top);
    (
        keys.into_iter().map(|k| k.0).collect(),
        rest.into_iter().map(|k| k.0).collect(),
    )
}

fn years_label(years: &[i32]) -> String {
    match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    }
}

/// Composition over years: the `top` groups of the last year stacked, the rest in grey.
pub fn stacked(
    cube: &Cube,
    budget: &Budget,
    years: &[i32],
    stage: Stage,
    top: usize,
    percent: bool,
    ctx: &Context,
) -> Spec {
    let last = *years.last().unwrap_or(&0);
    let (shown, rest) = top_keys(cube, last, stage, top);
    let val = |k: usize, y: i32| cube.get(k as u32, y, stage).and_then(|s| s.amount);
    let mut series: Vec<Series> = shown
        .iter()
        .map(|&k| Series {
            name: cube.keys[k].name.clone(),
            values: years.iter().map(|&y| val(k, y)).collect(),
            muted: false,
        })
        .collect();
    if !rest.is_empty() {
        series.push(Series {
            name: others(ctx.lang, noun_of(cube), rest.len()),
            values: years
                .iter()
                .map(|&y| Some(rest.iter().filter_map(|&k| val(k, y)).sum()))
                .collect(),
            muted: true,
        });
    }
    let unit = resolve(ctx, years.iter().map(|&y| cube.total(y, stage)));
    let mut args = base_args(cube, budget, ctx.lang);
    args.push(("years", years_label(years)));
    let sub = if percent {
        let mut v = vec![
            ctx.lang.t(&SHARE_UNIT).to_string(),
            stage_name(stage, ctx.lang).to_string(),
        ];
        v.extend(crate::i18n::why::adjustments_but_warnings(
            ctx.lang,
            &cube.adjustments,
        ));
        v.join(" · ")
    } else {
        subtitle(ctx, cube, unit, &[stage_name(stage, ctx.lang).to_string()])
    };
    // The finding: how the largest group's share moved from the first year to the last.
    let (dir_nom, dir_gen) = crate::i18n::facts::dir_words(cube.direction, ctx.lang);
    let share_in = |i: usize| -> Option<Decimal> {
        let total: Decimal = series
            .iter()
            .filter_map(|s| s.values.get(i).copied().flatten())
            .sum();
        let top = series.first()?.values.get(i).copied().flatten()?;
        (total > Decimal::ZERO
            && top >= Decimal::ZERO
            && series
                .iter()
                .all(|s| s.values.get(i).copied().flatten().unwrap_or_default() >= Decimal::ZERO))
        .then(|| top / total)
    };
    let finding: Option<Vec<(&str, String)>> = series
        .first()
        .filter(|top| years.len() >= 2 && !top.muted)
        .and_then(|top| {
            let (a, b) = (share_in(0)?, share_in(years.len() - 1)?);
            Some(vec![
                ("name", top.name.clone()),
                ("from_share", crate::i18n::percent(ctx.lang, a)),
                ("to_share", crate::i18n::percent(ctx.lang, b)),
                ("dir_gen", dir_gen.to_string()),
                ("dir_lower", dir_nom.to_string()),
                ("years", years_label(years)),
            ])
        });
    let (title_text, description) = finding_title(
        ctx,
        finding.as_deref().map(|a| (&STACKED_FINDING, a)),
        &STACKED_TITLE,
        &STACKED_TITLE,
        &args,
    );
    Spec {
        kind: Kind::Stacked,
        title: title_text,
        subtitle: lead(description, sub),
        source: ctx.source.clone(),
        warning: crate::i18n::why::warning(ctx.lang, &cube.adjustments),
        lang: ctx.lang,
        noun: noun_of(cube),
        unit,
        body: Body::Stacked {
            categories: years.iter().map(|y| y.to_string()).collect(),
            series,
            percent,
        },
    }
}

/// The language most of `names` are written in, when one is.
pub(super) fn majority_language<'a>(names: impl Iterator<Item = &'a str>) -> Option<Lang> {
    let mut votes = [0usize; 3];
    for n in names.take(500) {
        if let Some(l) = Lang::of_text(n) {
            votes[l as usize] += 1;
        }
    }
    let (i, &most) = votes.iter().enumerate().max_by_key(|(_, v)| **v)?;
    (most > 0).then(|| [Lang::Kk, Lang::Ru, Lang::En][i])
}

/// Whether lines need an index: several, each with a positive first value,
/// and the smallest's largest value under a tenth of the largest's (on one
/// scale they would lie on one another at the bottom).
fn needs_index(series: &[Series]) -> bool {
    let peak = |s: &Series| s.values.iter().flatten().copied().max().unwrap_or_default();
    let starts = series.iter().all(|s| {
        s.values
            .first()
            .copied()
            .flatten()
            .is_some_and(|v| v > Decimal::ZERO)
    });
    let (lo, hi) = series
        .iter()
        .map(peak)
        .fold((None, Decimal::ZERO), |(lo, hi), p| {
            (Some(lo.map_or(p, |l: Decimal| l.min(p))), hi.max(p))
        });
    series.len() >= 2 && starts && lo.is_some_and(|lo| lo * Decimal::TEN < hi)
}

/// Lines over years for the `top` groups; with a second cube (real terms), two panels side by side.
pub fn trend(
    cube: &Cube,
    real: Option<&Cube>,
    budget: &Budget,
    years: &[i32],
    stage: Stage,
    top: usize,
    ctx: &Context,
) -> Spec {
    let last = *years.last().unwrap_or(&0);
    let (shown, _) = top_keys(cube, last, stage, top);
    let panel = |c: &Cube, heading: String| Panel {
        heading,
        series: shown
            .iter()
            .map(|&k| Series {
                name: c.keys[k].name.clone(),
                values: years
                    .iter()
                    .map(|&y| c.get(k as u32, y, stage).and_then(|s| s.amount))
                    .collect(),
                muted: false,
            })
            .collect(),
    };
    let panels = match real {
        Some(r) => vec![
            panel(cube, ctx.lang.t(&NOMINAL).to_string()),
            panel(
                r,
                upper_first(
                    &r.adjustments
                        .first()
                        .map(|a| crate::i18n::why::adjustment(ctx.lang, a))
                        .unwrap_or_default(),
                ),
            ),
        ],
        None => vec![panel(cube, String::new())],
    };
    let unit = resolve(
        ctx,
        panels
            .iter()
            .flat_map(|p| p.series.iter())
            .flat_map(|s| s.values.iter().flatten().copied()),
    );
    let mut args = base_args(cube, budget, ctx.lang);
    args.push(("years", years_label(years)));
    // Lines of very different sizes lie on one another near zero: drawn as
    // an index (the first year 100), where every line starts there.
    let index = years.len() >= 2 && panels.iter().all(|p| needs_index(&p.series));
    let mut parts = vec![stage_name(stage, ctx.lang).to_string()];
    if index {
        parts.insert(
            0,
            fill(ctx.lang.t(&INDEX_UNIT), &[("year", years[0].to_string())]),
        );
    }
    // The finding: the line that grew fastest from the first year to the
    // last, in the last panel (in real terms when there are two).
    let growth = |s: &Series| -> Option<Decimal> {
        let first = s
            .values
            .first()
            .copied()
            .flatten()
            .filter(|v| *v > Decimal::ZERO)?;
        let last = s.values.last().copied().flatten()?;
        Some(last / first - Decimal::ONE)
    };
    let fastest = panels.last().and_then(|p| {
        p.series
            .iter()
            .filter_map(|s| growth(s).map(|g| (s, g)))
            .max_by_key(|(_, g)| *g)
    });
    let finding: Option<Vec<(&str, String)>> = fastest
        .filter(|(_, g)| *g > Decimal::ZERO && years.len() >= 2)
        .map(|(s, g)| {
            let plain = crate::i18n::percent(ctx.lang, g);
            let pct = format!("+{plain}");
            vec![
                ("name", s.name.clone()),
                ("pct_dat", inflect(ctx.lang, plain, Case::Dative)),
                ("pct", pct),
                ("from", years[0].to_string()),
                ("to", years[years.len() - 1].to_string()),
            ]
        });
    let (title_text, description) = finding_title(
        ctx,
        finding.as_deref().map(|a| (&TREND_FINDING, a)),
        &TREND_TITLE,
        &TREND_TITLE,
        &args,
    );
    // With two panels the figure is the real one's: the title says in which prices.
    let title_text = match (&description, panels.as_slice()) {
        (Some(_), [_, real]) if !real.heading.is_empty() => {
            format!("{title_text}, {}", lower_first(&real.heading))
        }
        _ => title_text,
    };
    let sub = if index {
        let mut v = parts;
        v.extend(crate::i18n::why::adjustments_but_warnings(
            ctx.lang,
            &cube.adjustments,
        ));
        v.join(" · ")
    } else {
        subtitle(ctx, cube, unit, &parts)
    };
    Spec {
        kind: Kind::Trend,
        title: title_text,
        subtitle: lead(description, sub),
        source: ctx.source.clone(),
        warning: crate::i18n::why::warning(ctx.lang, &cube.adjustments),
        lang: ctx.lang,
        noun: noun_of(cube),
        unit,
        body: Body::Trend {
            categories: years.iter().map(|y| y.to_string()).collect(),
            panels,
            index,
        },
    }
}

/// A treemap of a year and stage: blocks by `cube`'s keys, nested in the
/// groups `parent` gives (code → group label); blocks under 0.3% of the
/// total gathered per group into "other".
#[allow(clippy::too_many_arguments)]
pub fn treemap(
    cube: &Cube,
    budget: &Budget,
    year: i32,
    stage: Stage,
    parent: &dyn Fn(&str) -> Option<String>,
    ctx: &Context,
    by_title: &str,
) -> Spec {
    let mut groups: Vec<Tile> = Vec::new();
    let mut left_out = 0usize;
    let mut total = Decimal::ZERO;
    for (k, key) in cube.keys.iter().enumerate() {
        let Some(v) = cube.get(k as u32, year, stage).and_then(|s| s.amount) else {
            continue;
        };
        if v <= Decimal::ZERO {
            left_out += 1;
            continue;
        }
        total += v;
        let g = parent(&key.code).unwrap_or_default();
        let leaf = Tile {
            label: key.name.clone(),
            value: v,
            children: Vec::new(),
            muted: false,
            count: 1,
        };
        match groups.iter_mut().find(|t| t.label == g) {
            Some(t) => {
                t.value += v;
                t.children.push(leaf);
            }
            None => groups.push(Tile {
                label: g,
                value: v,
                children: vec![leaf],
                muted: false,
                count: 1,
            }),
        }
    }
    // Without nesting, the lines are the blocks.
    if groups.len() == 1 && groups[0].label.is_empty() {
        groups = std::mem::take(&mut groups[0].children);
    }
    let in_groups = groups
        .iter()
        .any(|g| !g.children.is_empty() && !g.label.is_empty());
    let outer = if in_groups {
        Noun::of_level(1, cube.direction == Direction::Revenue)
    } else {
        noun_of(cube)
    };
    let other = |n: usize, value: Decimal, muted: bool| Tile {
        label: others(ctx.lang, if muted { outer } else { noun_of(cube) }, n),
        value,
        children: Vec::new(),
        muted,
        count: n,
    };
    // Blocks under `min` of the total, or beyond `max` of them, are gathered into one.
    let gather = |tiles: &mut Vec<Tile>, min: Decimal, max: usize, muted: bool| {
        tiles.sort_by_key(|t| std::cmp::Reverse(t.value));
        let cut = tiles
            .iter()
            .position(|t| t.value < min)
            .unwrap_or(tiles.len())
            .clamp(1, max);
        if tiles.len() >= cut + MIN_GATHERED {
            let rest = tiles.split_off(cut);
            tiles.push(other(rest.len(), rest.iter().map(|r| r.value).sum(), muted));
        }
    };
    for g in &mut groups {
        gather(&mut g.children, total * Decimal::new(3, 3), 40, false);
        // A group of one stands for its line.
        if g.children.len() == 1 {
            g.label = g.children[0].label.clone();
            g.children.clear();
        }
    }
    let nested = groups.iter().any(|g| !g.children.is_empty());
    let (min, max) = if nested {
        (Decimal::new(15, 3), 20)
    } else {
        (Decimal::new(3, 3), 60)
    };
    gather(&mut groups, total * min, max, true);
    let unit = resolve(ctx, groups.iter().map(|g| g.value));
    let mut args = base_args(cube, budget, ctx.lang);
    args[2].1 = by_title.to_string();
    args.push(("year", year.to_string()));
    let mut parts = vec![stage_name(stage, ctx.lang).to_string()];
    if left_out > 0 {
        parts.push(fill(
            ctx.lang.t(&NEGATIVE_LEFT_OUT),
            &[("n", left_out.to_string())],
        ));
    }
    // Groups named from the classification in the chart's language, blocks
    // within as the file names them: when the two languages differ, said.
    let names_lang = majority_language(cube.keys.iter().map(|k| k.name.as_str()));
    if in_groups && names_lang.is_some_and(|l| l != ctx.lang) {
        let phrase = |l: Lang| ctx.lang.t(&LANGUAGE_PHRASES[l as usize]).to_string();
        parts.push(fill(
            ctx.lang.t(&NAMES_IN),
            &[
                ("g", phrase(ctx.lang)),
                ("n", names_lang.map(phrase).unwrap_or_default()),
            ],
        ));
    }
    // The finding: the largest block by name (leaves only; a gathered block is none).
    let largest = groups
        .iter()
        .flat_map(|g| {
            if g.children.is_empty() {
                std::slice::from_ref(g)
            } else {
                g.children.as_slice()
            }
        })
        .filter(|t| !t.muted && t.count <= 1)
        .max_by_key(|t| t.value);
    // A block less than half the largest group does not stand out: the
    // group does (fifteen groups of 6-8% of 600 programs, the largest 0.5%).
    let top_group = groups
        .iter()
        .filter(|g| !g.muted && !g.children.is_empty())
        .max_by_key(|g| g.value);
    let largest = match (largest, top_group) {
        (Some(l), Some(g)) if l.value * Decimal::TWO < g.value => Some(g),
        (l, _) => l,
    };
    let finding = largest
        .filter(|_| total > Decimal::ZERO && left_out == 0)
        .map(|t| share_finding(ctx, cube, &t.label, t.value / total, year));
    let (title_text, description) = finding_title(
        ctx,
        finding.as_deref().map(|a| (&BAR_FINDING, a)),
        &TREEMAP_TITLE,
        &TREEMAP_TITLE,
        &args,
    );
    Spec {
        kind: Kind::Treemap,
        title: title_text,
        subtitle: lead(description, subtitle(ctx, cube, unit, &parts)),
        source: ctx.source.clone(),
        warning: crate::i18n::why::warning(ctx.lang, &cube.adjustments),
        lang: ctx.lang,
        noun: noun_of(cube),
        unit,
        body: Body::Treemap {
            tiles: groups,
            outer,
        },
    }
}

/// From one total to the other through the `top` largest changes, the rest gathered.
pub fn waterfall(
    comparison: &Compare,
    cube: &Cube,
    budget: &Budget,
    top: usize,
    ctx: &Context,
) -> Spec {
    let mut changes: Vec<&crate::analysis::compare::Row> = comparison
        .rows
        .iter()
        .filter(|r| !r.change.is_zero())
        .collect();
    changes.sort_by(|a, b| {
        b.change
            .abs()
            .cmp(&a.change.abs())
            .then(a.code.cmp(&b.code))
    });
    let rest = split_rest(&mut changes, top);
    // A comparison of two stages of one year names the stages; of two years, the years and stages.
    let same_year = comparison.from.0 == comparison.to.0;
    let side = |s: (i32, Stage)| {
        if same_year {
            stage_name(s.1, ctx.lang).to_string()
        } else {
            format!("{} {}", s.0, stage_name(s.1, ctx.lang))
        }
    };
    let mut steps = vec![Step {
        label: side(comparison.from),
        total: true,
        value: comparison.total_from,
        count: 1,
    }];
    // Increases first, then decreases, each largest first.
    changes.sort_by(|a, b| {
        (b.change > Decimal::ZERO)
            .cmp(&(a.change > Decimal::ZERO))
            .then(b.change.abs().cmp(&a.change.abs()))
    });
    steps.extend(changes.iter().map(|r| Step {
        label: r.name.clone(),
        total: false,
        value: r.change,
        count: 1,
    }));
    if !rest.is_empty() {
        steps.push(Step {
            label: others(ctx.lang, noun_of(cube), rest.len()),
            total: false,
            value: rest.iter().map(|r| r.change).sum(),
            count: rest.len(),
        });
    }
    steps.push(Step {
        label: side(comparison.to),
        total: true,
        value: comparison.total_to,
        count: 1,
    });
    let unit = resolve(
        ctx,
        [comparison.total_from, comparison.total_to].into_iter(),
    );
    let mut args = base_args(cube, budget, ctx.lang);
    let message = if same_year {
        args.push(("year", comparison.from.0.to_string()));
        args.push(("from", stage_name(comparison.from.1, ctx.lang).to_string()));
        args.push(("to", stage_name(comparison.to.1, ctx.lang).to_string()));
        &WATERFALL_STAGES_TITLE
    } else {
        args.push(("from", comparison.from.0.to_string()));
        args.push(("to", comparison.to.0.to_string()));
        &WATERFALL_TITLE
    };
    let parts = vec![crate::i18n::why::grouping_in_title(
        &cube.by,
        cube.direction,
        budget,
        ctx.lang,
    )];
    // Between two years, the title says how the total moved.
    let (dir_nom, _) = crate::i18n::facts::dir_words(cube.direction, ctx.lang);
    let finding: Option<(&Msg, Vec<(&str, String)>)> = comparison
        .pct()
        .filter(|p| !same_year && !p.is_zero())
        .map(|p| {
            let pct = crate::i18n::percent(ctx.lang, p.abs());
            let m = if p > Decimal::ZERO {
                &WATERFALL_UP
            } else {
                &WATERFALL_DOWN
            };
            (
                m,
                vec![
                    ("from", comparison.from.0.to_string()),
                    ("to", comparison.to.0.to_string()),
                    ("dir", upper_first(dir_nom)),
                    ("dir_lower", dir_nom.to_string()),
                    ("pct_dat", inflect(ctx.lang, pct.clone(), Case::Dative)),
                    ("pct", pct),
                ],
            )
        });
    let (title_text, description) = finding_title(
        ctx,
        finding.as_ref().map(|(m, a)| (*m, a.as_slice())),
        message,
        message,
        &args,
    );
    Spec {
        kind: Kind::Waterfall,
        title: title_text,
        subtitle: lead(description, subtitle(ctx, cube, unit, &parts)),
        source: ctx.source.clone(),
        warning: crate::i18n::why::warning(ctx.lang, &cube.adjustments),
        lang: ctx.lang,
        noun: noun_of(cube),
        unit,
        body: Body::Waterfall {
            steps,
            cut: ctx.lang.t(&NOT_FROM_ZERO).to_string(),
        },
    }
}

/// Plan against executed per group, largest plan first, the rest gathered.
pub fn execution(e: &Execution, cube: &Cube, budget: &Budget, top: usize, ctx: &Context) -> Spec {
    let t = (e.threshold * Decimal::ONE_HUNDRED).normalize().to_string();
    let mut rows: Vec<&crate::analysis::execution::Row> = e.rows.iter().collect();
    rows.sort_by(|a, b| b.plan.cmp(&a.plan).then(a.code.cmp(&b.code)));
    let rest = split_rest(&mut rows, top);
    let mut out: Vec<ExecRow> = rows
        .iter()
        .map(|r| ExecRow {
            label: r.name.clone(),
            plan: r.plan.unwrap_or_default(),
            executed: r.executed.unwrap_or_default(),
            rate: r.rate,
            under: r.flag == Flag::Under,
            over: r.flag == Flag::Over,
            count: 1,
        })
        .collect();
    if !rest.is_empty() {
        let plan: Decimal = rest.iter().filter_map(|r| r.plan).sum();
        let executed: Decimal = rest.iter().filter_map(|r| r.executed).sum();
        let rate = crate::analysis::ratio(executed, plan);
        out.push(ExecRow {
            label: others(ctx.lang, noun_of(cube), rest.len()),
            plan,
            executed,
            rate,
            under: rate.is_some_and(|r| r < e.threshold),
            over: rate.is_some_and(|r| r > Decimal::ONE),
            count: rest.len(),
        });
    }
    let unit = resolve(ctx, out.iter().map(|r| r.plan.max(r.executed)));
    let mut args = base_args(cube, budget, ctx.lang);
    args.push(("year", e.year.to_string()));
    let legend = [
        fill(
            ctx.lang.t(&PLAN),
            &[("stage", stage_name(e.plan_stage, ctx.lang).into())],
        ),
        ctx.lang.t(&EXECUTED).to_string(),
        fill(ctx.lang.t(&UNDER), &[("t", t.clone())]),
        ctx.lang.t(&OVER).to_string(),
        fill(ctx.lang.t(&THRESHOLD_MARK), &[("t", t)]),
    ];
    let finding: Option<Vec<(&str, String)>> = match (e.total.rate, e.total.unspent) {
        (Some(rate), Some(unspent)) if unspent >= Decimal::ZERO => {
            let rate = crate::i18n::percent(ctx.lang, rate);
            let money = format!(
                "{} {}",
                crate::i18n::amount(ctx.lang, unspent, unit),
                unit.short(ctx.lang, &ctx.currency)
            );
            Some(vec![
                ("year", e.year.to_string()),
                ("rate_dat", inflect(ctx.lang, rate.clone(), Case::Dative)),
                ("rate", rate),
                ("unspent", money),
            ])
        }
        _ => None,
    };
    let (title_text, description) = finding_title(
        ctx,
        finding.as_deref().map(|a| (&EXECUTION_FINDING, a)),
        &EXECUTION_TITLE,
        &EXECUTION_TITLE,
        &args,
    );
    Spec {
        kind: Kind::Execution,
        title: title_text,
        subtitle: lead(description, subtitle(ctx, cube, unit, &[])),
        source: ctx.source.clone(),
        warning: crate::i18n::why::warning(ctx.lang, &cube.adjustments),
        lang: ctx.lang,
        noun: noun_of(cube),
        unit,
        body: Body::Execution {
            rows: out,
            legend,
            threshold: e.threshold,
            unspent: ctx.lang.t(&UNSPENT).to_string(),
        },
    }
}

/// A treemap of a cube's keys, nested in their functional groups when the codes have parts.
pub fn treemap_in_groups(
    cube: &Cube,
    budget: &Budget,
    year: i32,
    stage: Stage,
    ctx: &Context,
    lang: Lang,
) -> Result<Spec> {
    let nested = !matches!(cube.by, By::Level(1) | By::Dimension(_) | By::Name)
        && cube.keys.iter().any(|k| code_parts(&k.code).len() >= 2);
    let groups = if nested {
        let mut g = Cube::build(budget, cube.direction, By::Level(1), &[])?;
        crate::i18n::why::name_groups(&mut g, budget, lang);
        Some(g)
    } else {
        None
    };
    let parent = |code: &str| -> Option<String> {
        let g = groups.as_ref()?;
        let first = *code_parts(code).first()?;
        g.keys
            .iter()
            .find(|k| k.code == first)
            .map(|k| k.name.clone())
    };
    let by_title = if nested {
        format!(
            "{} → {}",
            crate::i18n::why::grouping_in_title(&By::Level(1), cube.direction, budget, lang),
            crate::i18n::why::grouping_in_title(&cube.by, cube.direction, budget, lang)
        )
    } else {
        crate::i18n::why::grouping_in_title(&cube.by, cube.direction, budget, lang)
    };
    Ok(treemap(cube, budget, year, stage, &parent, ctx, &by_title))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_the_epoch() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(1_795_824_000), "2026-11-28");
        assert_eq!(civil_date(951_782_400), "2000-02-29");
        assert_eq!(civil_date(-86_400), "1969-12-31");
    }
}
