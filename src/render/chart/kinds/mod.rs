//! One renderer per chart kind, each drawing a [`Spec`]'s body in an [`Area`],
//! and what they share: the number formats, the rows that fit, the axis.

mod columns;
mod flow;
mod rows;
mod treemap;

use columns::{stacked, trend};
use flow::flow;
use rows::{bar, execution, waterfall};
use treemap::treemap;

use super::canvas::{Anchor, Canvas, Rgb};
use super::{font, geom, ticks, Area, Body, Panel, Spec, Type, GRID, INK, MUTED};
use crate::analysis::breakdown::MIN_GATHERED;
use crate::i18n::{self, typeset_minus, DisplayUnit, Lang, Noun};
use rust_decimal::Decimal;

/// Draws the body of a spec.
pub fn draw<C: Canvas>(spec: &Spec, area: Area, sizes: Type, canvas: &mut C) {
    let fmt = Fmt {
        lang: spec.lang,
        unit: spec.unit,
        noun: spec.noun,
    };
    match &spec.body {
        Body::Bar(bars) => bar(bars, area, sizes, fmt, canvas),
        Body::Stacked {
            categories,
            series,
            percent,
        } => stacked(categories, series, *percent, area, sizes, fmt, canvas),
        Body::Trend {
            categories,
            panels,
            index,
        } => trend(categories, panels, *index, area, sizes, fmt, canvas),
        Body::Treemap { tiles, outer } => treemap(tiles, *outer, area, sizes, fmt, canvas),
        Body::Waterfall { steps, cut } => waterfall(steps, cut, area, sizes, fmt, canvas),
        Body::Execution {
            rows,
            legend,
            threshold,
            unspent,
        } => execution(
            rows,
            legend,
            (*threshold, unspent),
            area,
            sizes,
            fmt,
            canvas,
        ),
        Body::Flow {
            sources,
            uses,
            gap,
            headings,
        } => flow(
            sources,
            uses,
            gap.as_ref(),
            headings,
            area,
            sizes,
            fmt,
            canvas,
        ),
    }
}

#[derive(Clone, Copy)]
struct Fmt {
    lang: Lang,
    unit: DisplayUnit,
    noun: Noun,
}

impl Fmt {
    /// An amount as a reader sees it: a picture is not pasted into a
    /// spreadsheet, so a negative one takes the minus sign (U+2212).
    fn amount(self, value: Decimal) -> String {
        typeset_minus(i18n::amount(self.lang, value, self.unit))
    }
    /// The name of `n` groups gathered into one.
    fn others(self, n: usize) -> String {
        i18n::others(self.lang, self.noun, n)
    }
    fn signed(self, value: Decimal) -> String {
        let s = self.amount(value);
        if value > Decimal::ZERO {
            format!("+{s}")
        } else {
            s
        }
    }
    fn pct(self, value: Decimal) -> String {
        i18n::percent(self.lang, value)
    }
    /// The value in display units, for geometry.
    fn g(self, value: Decimal) -> f32 {
        geom(value / self.unit.factor())
    }
}

/// The first items in order and, when they do not all fit in `cap` rows,
/// the rest gathered into one (never fewer than [`MIN_GATHERED`]); the
/// gathered row is made by `gather` from the rows it stands for.
fn fit_rows<T: Clone>(
    items: &[T],
    cap: usize,
    count: impl Fn(&T) -> usize,
    gather: impl Fn(&[T], usize) -> T,
) -> Vec<T> {
    if items.len() <= cap.max(1) {
        return items.to_vec();
    }
    let mut keep = cap.max(2) - 1;
    while keep > 0 && items[keep..].iter().map(&count).sum::<usize>() < MIN_GATHERED {
        keep -= 1;
    }
    let rest = &items[keep..];
    let n = rest.iter().map(&count).sum();
    let mut out = items[..keep].to_vec();
    out.push(gather(rest, n));
    out
}

/// The bar standing for `n` groups gathered from `rest` (grey).
fn gathered_bar(rest: &[super::Bar], n: usize, fmt: Fmt) -> super::Bar {
    super::Bar {
        label: fmt.others(n),
        value: rest.iter().map(|b| b.value).sum(),
        share: rest.iter().map(|b| b.share).sum(),
        muted: true,
        count: n,
    }
}

/// Rows with a name on the left at `size`: the names take the room they
/// need, up to what leaves 35% of the width for the bars beside `value_w`
/// of figures; one line per name where every name shown fits one, else two
/// lines and fewer rows, the rest gathered. Returns the rows, the names'
/// width and their lines.
fn labelled_rows<T: Clone>(
    items: &[T],
    (area, size, value_w): (Area, f32, f32),
    label: impl Fn(&T) -> &str,
    count: impl Fn(&T) -> usize + Copy,
    gather: impl Fn(&[T], usize) -> T + Copy,
) -> (Vec<T>, f32, usize) {
    let widest = items
        .iter()
        .map(|b| font::width(label(b), size, false))
        .fold(0.0, f32::max);
    let label_w = widest
        .min(area.w - value_w - area.w * 0.35)
        .max(area.w * 0.2);
    let one = fit_rows(
        items,
        (area.h / (size * 1.75)).floor() as usize,
        count,
        gather,
    );
    if one
        .iter()
        .all(|b| font::width(label(b), size, false) <= label_w)
    {
        (one, label_w, 1)
    } else {
        let cap = (area.h / (size * 2.45)).floor() as usize;
        (fit_rows(items, cap, count, gather), label_w, 2)
    }
}

/// Labels right-aligned against `x`, wrapped to `lines`, centred on `cy`.
#[allow(clippy::too_many_arguments)]
fn label_block<C: Canvas>(
    canvas: &mut C,
    x: f32,
    cy: f32,
    text: &str,
    size: f32,
    max_w: f32,
    lines: usize,
    color: Rgb,
) {
    let ls = font::wrap(text, size, false, max_w, lines);
    let lh = size * 1.15;
    let mid = (ls.len() as f32 - 1.0) / 2.0;
    for (i, l) in ls.iter().enumerate() {
        // The same optical centre as a one-line value label beside the bar.
        let base = cy + (i as f32 - mid) * lh + font::ascent(size) * 0.36;
        canvas.text(x, base, l, size, false, color, Anchor::End);
    }
}

/// A y axis with grid lines; returns the value → y mapping bounds.
#[allow(clippy::too_many_arguments)]
fn y_axis<C: Canvas>(
    c: &mut C,
    a: Area,
    lo: f32,
    hi: f32,
    t: Type,
    label: &dyn Fn(f32) -> String,
) -> (f32, f32) {
    let ts = ticks(lo, hi);
    let (lo, hi) = (ts[0], *ts.last().unwrap_or(&hi));
    let hi = if hi > lo { hi } else { lo + 1.0 };
    for v in &ts {
        let y = a.y + a.h - (v - lo) / (hi - lo) * a.h;
        c.line(a.x, y, a.x + a.w, y, 1.0 * t.u, GRID);
        c.text(
            a.x - 10.0 * t.u,
            y + t.small * 0.35,
            &label(*v),
            t.small,
            false,
            MUTED,
            Anchor::End,
        );
    }
    (lo, hi)
}

fn axis_number(fmt: Fmt, v: f32) -> String {
    let d = Decimal::from_f32_retain(v).unwrap_or_default().round_dp(3);
    let dp = if d.fract().is_zero() { 0 } else { 1 };
    i18n::number(fmt.lang, d, dp)
}

#[allow(clippy::too_many_arguments)]
fn legend<C: Canvas>(canvas: &mut C, x: f32, y: f32, w: f32, items: &[(String, Rgb)], sizes: Type) {
    let size = sizes.label * 0.9;
    let mut yy = y;
    for (name, color) in items {
        let lines = font::wrap(name, size, false, w - 34.0 * sizes.u, 2);
        canvas.rect(
            x,
            yy + 2.0 * sizes.u,
            22.0 * sizes.u,
            22.0 * sizes.u,
            *color,
        );
        for (i, l) in lines.iter().enumerate() {
            canvas.text(
                x + 32.0 * sizes.u,
                yy + font::ascent(size) * 0.85 + i as f32 * size * 1.15,
                l,
                size,
                false,
                INK,
                Anchor::Start,
            );
        }
        yy += size * 1.15 * lines.len().max(1) as f32 + 14.0 * sizes.u;
    }
}
