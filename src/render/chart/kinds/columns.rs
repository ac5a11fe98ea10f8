//! Charts over years: stacked columns and trend lines.

use super::super::canvas::{Anchor, Canvas, Rgb};
use super::super::{font, geom, text_on, Area, Series, Type, GREY, INK, MUTED, PALETTE};
use super::*;
use rust_decimal::Decimal;

#[allow(clippy::too_many_arguments)]
pub(super) fn stacked<C: Canvas>(
    cats: &[String],
    series: &[Series],
    percent: bool,
    area: Area,
    sizes: Type,
    fmt: Fmt,
    canvas: &mut C,
) {
    let legend_w = area.w * 0.28;
    let axis_w = 90.0 * sizes.u;
    let plot = Area {
        x: area.x + axis_w,
        y: area.y + sizes.small,
        w: area.w - legend_w - axis_w - 20.0 * sizes.u,
        h: area.h - sizes.label * 2.2 - sizes.small,
    };
    let n = cats.len().max(1);
    // Positive amounts stack up from zero, negative ones down from it; each
    // column is labelled with its net total, the table's total.
    let val = |s: &Series, i: usize| s.values.get(i).copied().flatten().unwrap_or_default();
    let sums: Vec<Decimal> = (0..n)
        .map(|i| series.iter().map(|s| val(s, i)).sum())
        .collect();
    let share = |v: Decimal, i: usize| {
        if sums[i].is_zero() {
            Decimal::ZERO
        } else {
            v / sums[i]
        }
    };
    let shown = |v: Decimal, i: usize| {
        if percent {
            geom(share(v, i)) * 100.0
        } else {
            fmt.g(v)
        }
    };
    let side = |i: usize, up: bool| -> f32 {
        series
            .iter()
            .map(|s| shown(val(s, i), i))
            .filter(|g| if up { *g > 0.0 } else { *g < 0.0 })
            .sum()
    };
    let top = (0..n).map(|i| side(i, true)).fold(0.0, f32::max);
    let bottom = (0..n).map(|i| side(i, false)).fold(0.0, f32::min);
    let top = if percent { top.max(100.0) } else { top };
    let (lo, hi) = y_axis(canvas, plot, bottom, top, sizes, &|v| {
        if percent {
            format!("{}%", axis_number(fmt, v))
        } else {
            axis_number(fmt, v)
        }
    });
    let y = |v: f32| plot.y + plot.h - (v - lo) / (hi - lo) * plot.h;
    let col = plot.w / n as f32;
    let bw = col * 0.62;
    for i in 0..n {
        let x0 = plot.x + col * (i as f32 + 0.5) - bw / 2.0;
        let (mut up, mut down) = (0.0f32, 0.0f32);
        for (k, s) in series.iter().enumerate() {
            let v = val(s, i);
            let gv = shown(v, i);
            let (y0, y1) = if gv >= 0.0 {
                let r = (y(up + gv), y(up));
                up += gv;
                r
            } else {
                let r = (y(down), y(down + gv));
                down += gv;
                r
            };
            let color = series_color(s, k);
            canvas.rect(x0, y0, bw, y1 - y0, color);
            if y1 - y0 > sizes.small * 1.4 {
                let lbl = if percent {
                    fmt.pct(share(v, i))
                } else {
                    fmt.amount(v)
                };
                label_inside(canvas, (x0, bw), (y0, y1), &lbl, color, sizes);
            }
        }
        if !percent {
            canvas.text(
                x0 + bw / 2.0,
                y(up) - 8.0 * sizes.u,
                &fmt.amount(sums[i]),
                sizes.small,
                true,
                INK,
                Anchor::Middle,
            );
        }
        canvas.text(
            x0 + bw / 2.0,
            plot.y + plot.h + sizes.label * 1.3,
            &cats[i],
            sizes.label,
            false,
            INK,
            Anchor::Middle,
        );
    }
    if bottom < 0.0 {
        // The zero line, over the grid, where the stacks part.
        canvas.line(plot.x, y(0.0), plot.x + plot.w, y(0.0), 2.0 * sizes.u, INK);
    }
    let items: Vec<(String, Rgb)> = series
        .iter()
        .enumerate()
        .rev()
        .map(|(k, s)| (s.name.clone(), series_color(s, k)))
        .collect();
    legend(
        canvas,
        area.x + area.w - legend_w + 10.0 * sizes.u,
        area.y,
        legend_w - 10.0 * sizes.u,
        &items,
        sizes,
    );
}

/// A series' colour in a stacked chart: grey for the gathered rest, else the palette's.
fn series_color(series: &Series, k: usize) -> Rgb {
    if series.muted {
        GREY
    } else {
        PALETTE[k % PALETTE.len()]
    }
}

/// A value label centred in a segment, when it fits its width.
fn label_inside<C: Canvas>(
    canvas: &mut C,
    (x0, bw): (f32, f32),
    (y0, y1): (f32, f32),
    lbl: &str,
    color: Rgb,
    sizes: Type,
) {
    if font::width(lbl, sizes.small, false) < bw - 6.0 {
        canvas.text(
            x0 + bw / 2.0,
            (y0 + y1) / 2.0 + sizes.small * 0.35,
            lbl,
            sizes.small,
            false,
            text_on(color),
            Anchor::Middle,
        );
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn trend<C: Canvas>(
    cats: &[String],
    panels: &[Panel],
    index: bool,
    area: Area,
    sizes: Type,
    fmt: Fmt,
    canvas: &mut C,
) {
    let np = panels.len().max(1);
    let label_w = area.w * if np > 1 { 0.22 } else { 0.26 };
    let gap = 40.0 * sizes.u;
    let axis_w = 90.0 * sizes.u;
    let pw = (area.w - label_w - gap * (np as f32 - 1.0)) / np as f32;
    // A value as drawn: the amount, or its index against the line's first year.
    let shown = |s: &Series, v: Decimal| -> f32 {
        match (index, s.values.first().copied().flatten()) {
            (true, Some(first)) if !first.is_zero() => geom(v / first * Decimal::ONE_HUNDRED),
            _ => fmt.g(v),
        }
    };
    let values = panels
        .iter()
        .flat_map(|p| p.series.iter())
        .flat_map(|s| s.values.iter().flatten().map(move |v| shown(s, *v)));
    let (lo, hi) = if index {
        values.fold((100.0f32, 100.0f32), |(l, h), v| (l.min(v), h.max(v)))
    } else {
        values.fold((0.0f32, 0.0f32), |(l, h), v| (l.min(v), h.max(v)))
    };
    let (lo, hi) = if index {
        (lo - (hi - lo) * 0.05, hi + (hi - lo) * 0.05)
    } else {
        (lo, hi * 1.05)
    };
    for (pi, p) in panels.iter().enumerate() {
        let x0 = area.x + (pw + gap) * pi as f32;
        let head = if p.heading.is_empty() {
            0.0
        } else {
            sizes.label * 1.6
        };
        if !p.heading.is_empty() {
            canvas.text(
                x0 + axis_w,
                area.y + sizes.label,
                &p.heading,
                sizes.label,
                true,
                INK,
                Anchor::Start,
            );
        }
        let plot = Area {
            x: x0 + axis_w,
            y: area.y + head + sizes.small,
            w: pw - axis_w - 20.0 * sizes.u,
            h: area.h - head - sizes.small - sizes.label * 2.0,
        };
        let (l, h) = y_axis(canvas, plot, lo, hi, sizes, &|v| axis_number(fmt, v));
        let n = cats.len().max(1);
        let xs = |i: usize| {
            if n == 1 {
                plot.x + plot.w / 2.0
            } else {
                plot.x + plot.w * i as f32 / (n - 1) as f32
            }
        };
        let y = |v: f32| plot.y + plot.h - (v - l) / (h - l) * plot.h;
        if index {
            // The base line: where every line starts.
            canvas.line(
                plot.x,
                y(100.0),
                plot.x + plot.w,
                y(100.0),
                2.0 * sizes.u,
                MUTED,
            );
        }
        for (i, cat) in cats.iter().enumerate() {
            canvas.text(
                xs(i),
                plot.y + plot.h + sizes.label * 1.3,
                cat,
                sizes.label,
                false,
                INK,
                Anchor::Middle,
            );
        }
        let mut ends: Vec<(f32, String, Rgb)> = Vec::new();
        for (k, s) in p.series.iter().enumerate() {
            let color = PALETTE[k % PALETTE.len()];
            let pts: Vec<(f32, f32)> = s
                .values
                .iter()
                .enumerate()
                .filter_map(|(i, v)| v.map(|v| (xs(i), y(shown(s, v)))))
                .collect();
            if pts.len() > 1 {
                canvas.polyline(&pts, 4.0 * sizes.u, color);
            }
            for (px, py) in &pts {
                canvas.circle(*px, *py, 6.0 * sizes.u, color);
            }
            if let Some((last_i, Some(v))) =
                s.values.iter().enumerate().rev().find(|(_, v)| v.is_some())
            {
                let _ = last_i;
                let figure = match (index, s.values.first().copied().flatten()) {
                    (true, Some(first)) if !first.is_zero() => {
                        let change = *v / first - Decimal::ONE;
                        let sign = if change > Decimal::ZERO { "+" } else { "" };
                        typeset_minus(format!("{sign}{}", fmt.pct(change)))
                    }
                    _ => fmt.amount(*v),
                };
                ends.push((y(shown(s, *v)), format!("{figure} {}", s.name), color));
            }
        }
        if pi == np - 1 {
            // End labels, wrapped to two lines rather than cut, pushed apart
            // so that none overlaps.
            let size = sizes.small;
            let lx = plot.x + plot.w + 14.0 * sizes.u;
            let r = size * 0.3;
            let tx = lx + r * 2.0 + 6.0 * sizes.u;
            let lh = size * 1.2;
            ends.sort_by(|area, b| area.0.total_cmp(&b.0));
            let wrapped: Vec<(f32, Vec<String>, Rgb)> = ends
                .into_iter()
                .map(|(yy, text, c)| {
                    (
                        yy,
                        font::wrap(&text, size, false, area.x + area.w - tx, 2),
                        c,
                    )
                })
                .collect();
            let mut at: Vec<f32> = wrapped.iter().map(|e| e.0).collect();
            for i in 1..at.len() {
                let need = lh * wrapped[i - 1].1.len() as f32 + size * 0.25;
                if at[i] < at[i - 1] + need {
                    at[i] = at[i - 1] + need;
                }
            }
            let bottom = at.last().copied().unwrap_or(0.0)
                + lh * (wrapped.last().map_or(1, |e| e.1.len()) as f32 - 1.0);
            let over = bottom - (plot.y + plot.h);
            if over > 0.0 {
                for a in &mut at {
                    *a -= over;
                }
            }
            // The text is dark; a dot of the line's colour ties it to its line.
            for ((_, lines, color), yy) in wrapped.iter().zip(&at) {
                canvas.circle(lx + r, *yy, r, *color);
                for (k, l) in lines.iter().enumerate() {
                    canvas.text(
                        tx,
                        yy + size * 0.35 + lh * k as f32,
                        l,
                        size,
                        false,
                        INK,
                        Anchor::Start,
                    );
                }
            }
        }
    }
}
