//! Charts of rows, a name on the left of each: bars, the waterfall, execution.

use super::super::canvas::{Anchor, Canvas, Rgb};
use super::super::{font, Area, Bar, ExecRow, Step, Type, GREY, GRID, INK, MUTED, PALETTE};
use super::*;
use rust_decimal::Decimal;

pub(super) fn bar<C: Canvas>(bars: &[Bar], area: Area, sizes: Type, fmt: Fmt, canvas: &mut C) {
    // The label size is fixed; the rows that do not fit at it are gathered.
    let size = sizes.label;
    let value_text = |b: &Bar| match b.share {
        Some(s) => format!("{}  ({})", fmt.amount(b.value), fmt.pct(s)),
        None => fmt.amount(b.value),
    };
    let value_w = bars
        .iter()
        .map(|b| font::width(&value_text(b), size, true))
        .fold(0.0, f32::max)
        + 12.0 * sizes.u;
    let gather = |rest: &[Bar], n: usize| gathered_bar(rest, n, fmt);
    let (bars, label_w, lines) = labelled_rows(
        bars,
        (area, size, value_w),
        |b| &b.label,
        |b| b.count.max(1),
        gather,
    );
    let n = bars.len().max(1);
    let row = (area.h / n as f32).min(size * 3.2);
    let value_text: Vec<String> = bars.iter().map(value_text).collect();
    let bx = area.x + label_w + 14.0 * sizes.u;
    let bw = (area.w - label_w - 14.0 * sizes.u - value_w).max(10.0);
    let vals: Vec<f32> = bars.iter().map(|b| fmt.g(b.value)).collect();
    // The scale is the named bars'; a gathered bar longer than all of them
    // is drawn broken, not to scale (its label gives its amount).
    let named = bars.iter().zip(&vals).filter(|(b, _)| !b.muted);
    let named_hi = named.clone().map(|(_, v)| *v).fold(0.0, f32::max);
    let any_named = named.count() > 0;
    let lo = vals.iter().copied().fold(0.0, f32::min);
    let mut hi = if any_named {
        named_hi
    } else {
        vals.iter().copied().fold(0.0, f32::max)
    };
    if hi <= lo {
        hi = lo + 1.0;
    }
    let x = |v: f32| bx + (v.min(hi) - lo) / (hi - lo) * bw;
    for (i, b) in bars.iter().enumerate() {
        let cy = area.y + row * (i as f32 + 0.5);
        label_block(
            canvas,
            bx - 14.0 * sizes.u,
            cy,
            &b.label,
            size,
            label_w,
            lines,
            INK,
        );
        let (x0, x1) = (x(vals[i].min(0.0)), x(vals[i].max(0.0)));
        let color = if b.muted { GREY } else { PALETTE[0] };
        let bh = (row * 0.64).min(size * 1.6);
        canvas.rect(x0, cy - bh / 2.0, (x1 - x0).max(1.0), bh, color);
        if vals[i] > hi {
            // The break mark, wide enough to see from the back: two broad
            // white slants across the bar with the bar between them.
            let gx = x0 + (x1 - x0) * 0.72;
            let g = 10.0 * sizes.u;
            for d in [0.0, 1.6 * g] {
                canvas.line(
                    gx + d - g * 0.5,
                    cy + bh / 2.0 + 2.0,
                    gx + d + g * 0.5,
                    cy - bh / 2.0 - 2.0,
                    6.0 * sizes.u,
                    Rgb(255, 255, 255),
                );
            }
        }
        let base = cy + font::ascent(size) * 0.36;
        let vx = if vals[i] >= 0.0 { x1 } else { x(0.0) };
        canvas.text(
            vx + 8.0 * sizes.u,
            base,
            &value_text[i],
            size,
            true,
            INK,
            Anchor::Start,
        );
    }
    if lo < 0.0 {
        canvas.line(
            x(0.0),
            area.y,
            x(0.0),
            area.y + row * n as f32,
            2.0 * sizes.u,
            MUTED,
        );
    }
}

/// From a total to a total, a row per step: names on the left as in a bar
/// chart (read whole, never cut mid-word), each change a bar from where
/// the one above ended. When every level stays far from zero the axis
/// starts near the lowest, and says so: the totals' bars carry a white gap
/// and the axis reads "not from zero".
pub(super) fn waterfall<C: Canvas>(
    steps: &[Step],
    cut: &str,
    area: Area,
    sizes: Type,
    fmt: Fmt,
    canvas: &mut C,
) {
    let size = sizes.label;
    let text = |s: &Step| {
        if s.total {
            fmt.amount(s.value)
        } else {
            fmt.signed(s.value)
        }
    };
    let value_w = steps
        .iter()
        .map(|s| font::width(&text(s), size, true))
        .fold(0.0, f32::max)
        + 16.0 * sizes.u;
    let axis_h = sizes.small * 2.4;
    let body = Area {
        h: area.h - axis_h,
        ..area
    };
    // The totals stay; the changes that do not fit are gathered before the last total.
    let (first, last) = match (steps.first(), steps.last()) {
        (Some(f), Some(l)) if steps.len() >= 2 => (f.clone(), l.clone()),
        _ => return,
    };
    let middle = &steps[1..steps.len() - 1];
    let room = Area {
        h: body.h * (middle.len() as f32) / (steps.len() as f32),
        ..body
    };
    let (mut rows, label_w, lines) = labelled_rows(
        middle,
        (room, size, value_w),
        |s| &s.label,
        |s| s.count.max(1),
        |rest, n| Step {
            label: fmt.others(n),
            total: false,
            value: rest.iter().map(|s| s.value).sum(),
            count: n,
        },
    );
    rows.insert(0, first);
    rows.push(last);
    let bx = area.x + label_w + 14.0 * sizes.u;
    let bw = (area.w - label_w - 14.0 * sizes.u - value_w).max(10.0);
    // Running sums: each change starts where the one before ended.
    let mut run = 0.0f32;
    let mut spans = Vec::new();
    let (mut lo, mut hi) = (0.0f32, 0.0f32);
    for s in &rows {
        let v = fmt.g(s.value);
        let (from, to) = if s.total { (0.0, v) } else { (run, run + v) };
        run = to;
        lo = lo.min(from.min(to));
        hi = hi.max(from.max(to));
        spans.push((from, to));
    }
    let floor = spans
        .iter()
        .zip(&rows)
        .flat_map(|((from, to), s)| if s.total { vec![*to] } else { vec![*from, *to] })
        .fold(f32::MAX, f32::min);
    let broken = lo >= 0.0 && floor.is_finite() && floor > 0.3 * hi;
    let ts = ticks(if broken { floor * 0.9 } else { lo }, hi);
    let (l, h) = (ts[0], ts.last().copied().unwrap_or(hi).max(ts[0] + 1.0));
    let x = |v: f32| bx + (v.clamp(l, h) - l) / (h - l) * bw;
    let n = rows.len();
    let row = (body.h / n as f32).min(size * 3.2);
    let plot_bottom = body.y + row * n as f32;
    for v in &ts {
        let gx = x(*v);
        canvas.line(gx, body.y, gx, plot_bottom, 1.0 * sizes.u, GRID);
        canvas.text(
            gx,
            plot_bottom + sizes.small * 1.2,
            &axis_number(fmt, *v),
            sizes.small,
            false,
            MUTED,
            Anchor::Middle,
        );
    }
    if broken {
        canvas.text(
            bx,
            plot_bottom + sizes.small * 2.4,
            cut,
            sizes.small,
            true,
            INK,
            Anchor::Start,
        );
    }
    for (i, (s, (from, to))) in rows.iter().zip(&spans).enumerate() {
        let cy = body.y + row * (i as f32 + 0.5);
        label_block(
            canvas,
            bx - 14.0 * sizes.u,
            cy,
            &s.label,
            size,
            label_w,
            lines,
            INK,
        );
        let color = if s.total {
            Rgb(0x44, 0x55, 0x66)
        } else if s.value >= Decimal::ZERO {
            PALETTE[0]
        } else {
            PALETTE[5]
        };
        let bh = (row * 0.6).min(size * 1.5);
        let (xa, xb) = (x(from.min(*to)), x(from.max(*to)));
        canvas.rect(xa, cy - bh / 2.0, (xb - xa).max(1.5 * sizes.u), bh, color);
        if broken && s.total {
            // A white gap across the bar near the axis: it is cut, not drawn from zero.
            let gx = bx + 22.0 * sizes.u;
            for d in [0.0, 8.0 * sizes.u] {
                canvas.line(
                    gx + d - 5.0 * sizes.u,
                    cy + bh / 2.0 + 2.0,
                    gx + d + 5.0 * sizes.u,
                    cy - bh / 2.0 - 2.0,
                    4.0 * sizes.u,
                    Rgb(255, 255, 255),
                );
            }
        }
        canvas.text(
            xb + 8.0 * sizes.u,
            cy + font::ascent(size) * 0.36,
            &text(s),
            size,
            true,
            INK,
            Anchor::Start,
        );
        if i + 1 < n {
            let xx = x(*to);
            canvas.line(
                xx,
                cy + bh / 2.0,
                xx,
                cy + row - bh / 2.0,
                1.5 * sizes.u,
                MUTED,
            );
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn execution<C: Canvas>(
    rows: &[ExecRow],
    words: &[String; 5],
    (threshold, unspent): (Decimal, &str),
    area: Area,
    sizes: Type,
    fmt: Fmt,
    canvas: &mut C,
) {
    let size = sizes.label;
    // The legend names only what is drawn: the flags that some row carries.
    let plan_color = GREY.lighten(0.35);
    let mark = |c: &mut C, x: f32, cy: f32, h: f32| {
        c.line(x, cy - h / 2.0, x, cy + h / 2.0, 3.0 * sizes.u, INK);
    };
    let right = |r: &ExecRow| {
        let gap = r.plan - r.executed;
        let rate = rate_text(r, fmt);
        if gap > Decimal::ZERO {
            (rate, unspent.replace("{amount}", &fmt.amount(gap)))
        } else {
            (rate, String::new())
        }
    };
    let value_w = rows
        .iter()
        .map(|r| {
            let (a, b) = right(r);
            font::width(&a, size, true) + font::width(&format!("  {b}"), size, false)
        })
        .fold(0.0, f32::max)
        + 16.0 * sizes.u;
    let legend_h = sizes.small * 2.2;
    let body = Area {
        y: area.y + legend_h,
        h: area.h - legend_h,
        ..area
    };
    // A flagged row is the finding: it is never gathered out of sight.
    // The flagged come first for the cut, and the rows kept go back to
    // their order (largest plan first), a gathered one last.
    let mut ranked: Vec<ExecRow> = rows.to_vec();
    ranked.sort_by_key(|r| !(r.under || r.over));
    let (mut rows, label_w, lines) = labelled_rows(
        &ranked,
        (body, size, value_w),
        |r| &r.label,
        |r| r.count.max(1),
        |rest, n| {
            let plan: Decimal = rest.iter().map(|r| r.plan).sum();
            let executed: Decimal = rest.iter().map(|r| r.executed).sum();
            let rate = crate::analysis::ratio(executed, plan);
            ExecRow {
                label: fmt.others(n),
                plan,
                executed,
                rate,
                under: rate.is_some_and(|r| r < threshold),
                over: rate.is_some_and(|r| r > Decimal::ONE),
                count: n,
            }
        },
    );
    rows.sort_by(|a, b| (a.count > 1).cmp(&(b.count > 1)).then(b.plan.cmp(&a.plan)));
    let mut items: Vec<(Rgb, &String)> = vec![(plan_color, &words[0]), (PALETTE[0], &words[1])];
    if rows.iter().any(|r| r.under) {
        items.push((PALETTE[1], &words[2]));
    }
    if rows.iter().any(|r| r.over) {
        items.push((PALETTE[3], &words[3]));
    }
    let box_ = sizes.small * 0.95;
    let mut lx = area.x;
    let ly = area.y + box_;
    for (color, word) in &items {
        canvas.rect(lx, ly - box_ * 0.9, box_, box_, *color);
        canvas.text(
            lx + box_ * 1.4,
            ly,
            word,
            sizes.small,
            false,
            INK,
            Anchor::Start,
        );
        lx += box_ * 1.4 + font::width(word, sizes.small, false) + 30.0 * sizes.u;
    }
    mark(canvas, lx + box_ * 0.5, ly - box_ * 0.4, box_ * 1.3);
    canvas.text(
        lx + box_ * 1.4,
        ly,
        &words[4],
        sizes.small,
        false,
        INK,
        Anchor::Start,
    );
    let area = body;
    let n = rows.len().max(1);
    let row = (area.h / n as f32).min(size * 3.2);
    let bx = area.x + label_w + 14.0 * sizes.u;
    let bw = (area.w - label_w - 14.0 * sizes.u - value_w).max(10.0);
    let hi = rows
        .iter()
        .map(|r| fmt.g(r.plan).max(fmt.g(r.executed)))
        .fold(0.0, f32::max)
        .max(1e-6);
    let x = |v: f32| bx + v.max(0.0) / hi * bw;
    for (i, r) in rows.iter().enumerate() {
        let cy = area.y + row * (i as f32 + 0.5);
        label_block(
            canvas,
            bx - 14.0 * sizes.u,
            cy,
            &r.label,
            size,
            label_w,
            lines,
            INK,
        );
        let ph = (row * 0.7).min(size * 1.6);
        canvas.rect(bx, cy - ph / 2.0, x(fmt.g(r.plan)) - bx, ph, plan_color);
        let color = if r.under {
            PALETTE[1]
        } else if r.over {
            PALETTE[3]
        } else {
            PALETTE[0]
        };
        let eh = ph * 0.5;
        canvas.rect(bx, cy - eh / 2.0, x(fmt.g(r.executed)) - bx, eh, color);
        // The threshold's mark on the plan: where execution had to reach.
        let tx = x(fmt.g(r.plan * threshold));
        if tx - bx > 4.0 * sizes.u {
            mark(canvas, tx, cy, ph + 6.0 * sizes.u);
        }
        let end = x(fmt.g(r.plan).max(fmt.g(r.executed)));
        let base = cy + font::ascent(size) * 0.36;
        let (rate, gap) = right(r);
        let tx = end + 10.0 * sizes.u;
        canvas.text(tx, base, &rate, size, r.under || r.over, INK, Anchor::Start);
        if !gap.is_empty() {
            let gx =
                tx + font::width(&rate, size, r.under || r.over) + font::width("  ", size, false);
            canvas.text(gx, base, &gap, size, false, MUTED, Anchor::Start);
        }
    }
}

fn rate_text(row: &ExecRow, fmt: Fmt) -> String {
    match row.rate {
        Some(rate) => fmt.pct(rate),
        None => "—".into(),
    }
}
