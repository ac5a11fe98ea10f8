//! The flow chart's spec: revenue by group into the budget, expenditure by
//! group out of it, and the gap between the totals as a band of its own.

use super::{
    finding_title, lead, majority_language, noun_of, resolve, subtitle_of, Bar, Body, Context,
    Kind, Spec,
};
use crate::analysis::breakdown::Breakdown;
use crate::analysis::flow::Flow;
use crate::analysis::Cube;
use crate::i18n::charts::{
    FLOW_DEFICIT, FLOW_DESCRIPTION, FLOW_FINDING, FLOW_NAMES_IN, FLOW_SIDES_IN, FLOW_SURPLUS,
    FLOW_TITLE, LANGUAGE_PHRASES,
};
use crate::i18n::grammar::{inflect, Case};
use crate::i18n::{fill, others, percent, stage_name, Lang};
use crate::model::{Budget, Direction};
use crate::render::analysis::direction_name;
use crate::render::chart::Gap;
use rust_decimal::Decimal;

/// The bars of one side: its groups, then the rest gathered (grey).
fn side(b: &Breakdown, cube: &Cube, ctx: &Context) -> Vec<Bar> {
    let mut bars: Vec<Bar> = b
        .rows
        .iter()
        .filter_map(|r| {
            Some(Bar {
                label: r.name.clone(),
                value: r.amount?,
                share: r.share,
                muted: false,
                count: 1,
            })
        })
        .collect();
    if let Some((n, o)) = &b.other {
        bars.push(Bar {
            label: others(ctx.lang, noun_of(cube), *n),
            value: o.amount.unwrap_or_default(),
            share: o.share,
            muted: true,
            count: *n,
        });
    }
    bars
}

/// The language the names are in, when it is not the chart's: the file's
/// own names stay as the file gives them, and the reader is told.
fn names_in(sources: &[Bar], uses: &[Bar], lang: Lang) -> Option<String> {
    let of = |bars: &[Bar]| {
        majority_language(bars.iter().filter(|b| !b.muted).map(|b| b.label.as_str()))
    };
    let phrase = |l: Option<Lang>| l.map(|l| lang.t(&LANGUAGE_PHRASES[l as usize]).to_string());
    match (of(sources), of(uses)) {
        (r, e) if r == e => r.filter(|l| *l != lang).map(|_| {
            fill(
                lang.t(&FLOW_NAMES_IN),
                &[("n", phrase(r).unwrap_or_default())],
            )
        }),
        (r, e) if r.is_some_and(|l| l != lang) || e.is_some_and(|l| l != lang) => Some(fill(
            lang.t(&FLOW_SIDES_IN),
            &[
                ("r", phrase(r.or(Some(lang))).unwrap_or_default()),
                ("e", phrase(e.or(Some(lang))).unwrap_or_default()),
            ],
        )),
        _ => None,
    }
}

/// A flow chart of revenue (grouped in `revenue`) and expenditure.
pub fn flow(f: &Flow, revenue: &Cube, expenditure: &Cube, budget: &Budget, ctx: &Context) -> Spec {
    let sources = side(&f.revenue, revenue, ctx);
    let uses = side(&f.expenditure, expenditure, ctx);
    let g = f.gap();
    let gap = (!g.is_zero()).then(|| Gap {
        label: ctx
            .lang
            .t(if g < Decimal::ZERO {
                &FLOW_DEFICIT
            } else {
                &FLOW_SURPLUS
            })
            .to_string(),
        value: g.abs(),
        revenue_side: g < Decimal::ZERO,
    });
    let unit = resolve(ctx, [f.revenue.total, f.expenditure.total].into_iter());
    let year = f.revenue.pick.year;
    let by = |c: &Cube| crate::i18n::why::grouping_in_title(&c.by, c.direction, budget, ctx.lang);
    let args = vec![
        ("year", year.to_string()),
        ("rev_by", by(revenue)),
        ("exp_by", by(expenditure)),
    ];
    // The finding: each side's largest named group and its share.
    let finding = (|| {
        let (r, e) = (f.revenue.rows.first()?, f.expenditure.rows.first()?);
        let (rs, es) = (percent(ctx.lang, r.share?), percent(ctx.lang, e.share?));
        let poss = |s: &String| inflect(ctx.lang, s.clone(), Case::Possessive);
        Some(vec![
            ("year", year.to_string()),
            ("rev_name", r.name.clone()),
            ("rev_share_poss", poss(&rs)),
            ("rev_share", rs),
            ("exp_name", e.name.clone()),
            ("exp_share_poss", poss(&es)),
            ("exp_share", es),
        ])
    })();
    let (title, description) = finding_title(
        ctx,
        finding.as_deref().map(|a| (&FLOW_FINDING, a)),
        &FLOW_DESCRIPTION,
        &FLOW_TITLE,
        &args,
    );
    let mut parts = vec![stage_name(f.revenue.pick.stage, ctx.lang).to_string()];
    parts.extend(names_in(&sources, &uses, ctx.lang));
    // Both sides were adjusted alike: each adjustment said once.
    let mut adjustments = revenue.adjustments.clone();
    for a in &expenditure.adjustments {
        if !adjustments.contains(a) {
            adjustments.push(*a);
        }
    }
    Spec {
        kind: Kind::Flow,
        title,
        subtitle: lead(description, subtitle_of(ctx, &adjustments, unit, &parts)),
        warning: crate::i18n::why::warning(ctx.lang, &adjustments),
        source: ctx.source.clone(),
        lang: ctx.lang,
        noun: noun_of(expenditure),
        unit,
        body: Body::Flow {
            sources,
            uses,
            gap,
            headings: [
                direction_name(Direction::Revenue, ctx.lang).to_string(),
                direction_name(Direction::Expenditure, ctx.lang).to_string(),
            ],
        },
    }
}
