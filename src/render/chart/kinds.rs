//! One renderer per chart kind, each drawing a [`Spec`]'s body in an [`Area`].

use super::canvas::{Anchor, Canvas, Rgb};
use super::squarify::squarify;
use super::{
    font, geom, text_on, ticks, Area, Bar, Body, ExecRow, Panel, Spec, Step, Tile, Type, GREY,
    GRID, INK, MUTED, PALETTE,
};
use crate::i18n::{self, DisplayUnit, Lang};
use rust_decimal::Decimal;

/// Draws the body of a spec.
pub fn draw<C: Canvas>(spec: &Spec, area: Area, sizes: Type, canvas: &mut C) {
    let fmt = Fmt {
        lang: spec.lang,
        unit: spec.unit,
    };
    match &spec.body {
        Body::Bar(bars) => bar(bars, area, sizes, fmt, canvas),
        Body::Stacked {
            categories,
            series,
            percent,
        } => stacked(categories, series, *percent, area, sizes, fmt, canvas),
        Body::Trend { categories, panels } => trend(categories, panels, area, sizes, fmt, canvas),
        Body::Treemap { tiles, other } => treemap(tiles, other, area, sizes, fmt, canvas),
        Body::Waterfall(steps) => waterfall(steps, area, sizes, fmt, canvas),
        Body::Execution { rows, legend } => execution(rows, legend, area, sizes, fmt, canvas),
    }
}

#[derive(Clone, Copy)]
struct Fmt {
    lang: Lang,
    unit: DisplayUnit,
}

impl Fmt {
    fn amount(self, value: Decimal) -> String {
        i18n::amount(self.lang, value, self.unit)
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

fn bar<C: Canvas>(bars: &[Bar], area: Area, sizes: Type, fmt: Fmt, canvas: &mut C) {
    let n = bars.len().max(1);
    let row = (area.h / n as f32).min(70.0 * sizes.u);
    let size = (row * 0.42).clamp(11.0 * sizes.u, sizes.label);
    let lines = if row >= size * 2.3 { 2 } else { 1 };
    let label_w = area.w * 0.36;
    let value_text: Vec<String> = bars
        .iter()
        .map(|b| match b.share {
            Some(s) => format!("{}  ({})", fmt.amount(b.value), fmt.pct(s)),
            None => fmt.amount(b.value),
        })
        .collect();
    let value_w = value_text
        .iter()
        .map(|s| font::width(s, size, true))
        .fold(0.0, f32::max)
        + 12.0 * sizes.u;
    let bx = area.x + label_w + 14.0 * sizes.u;
    let bw = (area.w - label_w - 14.0 * sizes.u - value_w).max(10.0);
    let vals: Vec<f32> = bars.iter().map(|b| fmt.g(b.value)).collect();
    let lo = vals.iter().copied().fold(0.0, f32::min);
    let mut hi = vals.iter().copied().fold(0.0, f32::max);
    if hi <= lo {
        hi = lo + 1.0;
    }
    let x = |v: f32| bx + (v - lo) / (hi - lo) * bw;
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
        let bh = row * 0.64;
        canvas.rect(x0, cy - bh / 2.0, (x1 - x0).max(1.0), bh, color);
        let base = cy + font::ascent(size) * 0.36;
        if vals[i] >= 0.0 {
            canvas.text(
                x1 + 8.0 * sizes.u,
                base,
                &value_text[i],
                size,
                true,
                INK,
                Anchor::Start,
            );
        } else {
            canvas.text(
                x(0.0) + 8.0 * sizes.u,
                base,
                &value_text[i],
                size,
                true,
                INK,
                Anchor::Start,
            );
        }
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

#[allow(clippy::too_many_arguments)]
fn stacked<C: Canvas>(
    cats: &[String],
    series: &[super::Series],
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
    let val = |s: &super::Series, i: usize| s.values.get(i).copied().flatten().unwrap_or_default();
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
fn series_color(series: &super::Series, k: usize) -> Rgb {
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

fn trend<C: Canvas>(
    cats: &[String],
    panels: &[Panel],
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
    let (lo, hi) = panels
        .iter()
        .flat_map(|p| p.series.iter())
        .flat_map(|s| s.values.iter().flatten())
        .map(|v| fmt.g(*v))
        .fold((0.0f32, 0.0f32), |(l, h), v| (l.min(v), h.max(v)));
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
        let (l, h) = y_axis(canvas, plot, lo, hi * 1.05, sizes, &|v| axis_number(fmt, v));
        let n = cats.len().max(1);
        let xs = |i: usize| {
            if n == 1 {
                plot.x + plot.w / 2.0
            } else {
                plot.x + plot.w * i as f32 / (n - 1) as f32
            }
        };
        let y = |v: f32| plot.y + plot.h - (v - l) / (h - l) * plot.h;
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
                .filter_map(|(i, v)| v.map(|v| (xs(i), y(fmt.g(v)))))
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
                ends.push((
                    y(fmt.g(*v)),
                    format!("{} {}", fmt.amount(*v), s.name),
                    color,
                ));
            }
        }
        if pi == np - 1 {
            // End labels, pushed apart so that none overlaps.
            let size = sizes.small;
            ends.sort_by(|area, b| area.0.total_cmp(&b.0));
            let step = size * 1.25;
            for i in 1..ends.len() {
                if ends[i].0 < ends[i - 1].0 + step {
                    ends[i].0 = ends[i - 1].0 + step;
                }
            }
            let over = ends.last().map(|e| e.0 - (plot.y + plot.h)).unwrap_or(0.0);
            if over > 0.0 {
                for e in &mut ends {
                    e.0 -= over;
                }
            }
            let lx = plot.x + plot.w + 14.0 * sizes.u;
            for (yy, text, color) in &ends {
                let s = font::shorten(text, size, false, area.x + area.w - lx);
                canvas.text(lx, yy + size * 0.35, &s, size, false, *color, Anchor::Start);
            }
        }
    }
}

/// Lays `tiles` (largest first) out in `r`. Blocks too small to carry a
/// label are gathered, smallest first, into one grey "other" block until
/// every other block can be labelled (the "other" block comes last and is
/// labelled where it fits); no block is an unlabelled sliver.
fn fit(tiles: &[Tile], area: Area, other: &str, sizes: Type, fmt: Fmt) -> (Vec<Tile>, Vec<Area>) {
    let (min_w, min_h) = (110.0 * sizes.u, sizes.small * 3.0 + 16.0 * sizes.u);
    // With "other" (last): it takes a strip across the longer side, and the
    // labelled blocks share the rest, so that neither is squeezed thin.
    let layout = |tiles: &[Tile], with_other: bool| {
        let values: Vec<f32> = tiles.iter().map(|x| fmt.g(x.value).max(0.0)).collect();
        let total: f32 = values.iter().sum();
        match (with_other, values.split_last()) {
            (true, Some((o, head))) if total > 0.0 && !head.is_empty() => {
                let share = (o / total).clamp(0.0, 1.0);
                let (main, rest) = if area.w >= area.h {
                    let w = area.w * (1.0 - share);
                    (
                        Area { w, ..area },
                        Area {
                            x: area.x + w,
                            w: area.w - w,
                            ..area
                        },
                    )
                } else {
                    let h = area.h * (1.0 - share);
                    (
                        Area { h, ..area },
                        Area {
                            y: area.y + h,
                            h: area.h - h,
                            ..area
                        },
                    )
                };
                let mut v = squarify(head, main);
                v.push(rest);
                v
            }
            _ => squarify(&values, area),
        }
    };
    let fits = |q: &Area| q.w >= min_w && q.h >= min_h;
    let n = tiles.len();
    for k in (0..=n).rev() {
        if k + 1 == n && n > 1 {
            continue; // "other" never stands for one block
        }
        if k == n {
            let rects = layout(tiles, false);
            if rects.iter().all(fits) {
                return (tiles.to_vec(), rects);
            }
            continue;
        }
        let rest = &tiles[k..];
        let count: usize = rest.iter().map(|x| x.count.max(1)).sum();
        let o = Tile {
            label: other.replace("{n}", &count.to_string()),
            value: rest.iter().map(|x| x.value).sum(),
            children: Vec::new(),
            muted: true,
            count,
        };
        // Two ways to place "other": last, in a strip of its own; or among
        // the blocks by its size. Every other block must take a label.
        let mut last: Vec<Tile> = tiles[..k].to_vec();
        last.push(o.clone());
        let strip = layout(&last, true);
        let mut sorted: Vec<Tile> = tiles[..k].to_vec();
        let at = sorted.iter().position(|x| x.value < o.value).unwrap_or(k);
        sorted.insert(at, o);
        let plain = layout(&sorted, false);
        let ok =
            |rects: &[Area], o: usize| rects.iter().enumerate().all(|(i, q)| i == o || fits(q));
        let (ok_strip, ok_plain) = (ok(&strip, k), ok(&plain, at));
        if ok_plain && fits(&plain[at]) {
            return (sorted, plain);
        }
        if ok_strip {
            return (last, strip);
        }
        if ok_plain {
            return (sorted, plain);
        }
    }
    let rects = layout(tiles, false);
    (tiles.to_vec(), rects)
}

fn treemap<C: Canvas>(
    tiles: &[Tile],
    other: &str,
    area: Area,
    sizes: Type,
    fmt: Fmt,
    canvas: &mut C,
) {
    let total: Decimal = tiles.iter().map(|x| x.value).sum();
    let (tiles, rects) = fit(tiles, area, other, sizes, fmt);
    for (k, (tile, r)) in tiles.iter().zip(&rects).enumerate() {
        let color = if tile.muted {
            GREY
        } else {
            PALETTE[k % PALETTE.len()]
        };
        let inner = Area {
            x: r.x + 2.0 * sizes.u,
            y: r.y + 2.0 * sizes.u,
            w: (r.w - 4.0 * sizes.u).max(0.0),
            h: (r.h - 4.0 * sizes.u).max(0.0),
        };
        // A group whose parts are all too small to label is one block, named for the group.
        let whole = tile.children.len() <= 1
            || fit(&tile.children, inner, other, sizes, fmt)
                .0
                .iter()
                .all(|x| x.muted);
        if whole {
            canvas.rect(inner.x, inner.y, inner.w, inner.h, color);
            block_label(
                canvas,
                inner,
                &tile.label,
                tile.value,
                total,
                color,
                sizes,
                fmt,
            );
            continue;
        }
        // The group's name on a strip across its top, where there is room.
        let strip = sizes.small * 1.6;
        let inner = if inner.w > 170.0 * sizes.u && inner.h > 4.0 * strip {
            canvas.rect(inner.x, inner.y, inner.w, strip, color);
            let name = font::shorten(&tile.label, sizes.small, true, inner.w - 16.0 * sizes.u);
            canvas.text(
                inner.x + 8.0 * sizes.u,
                inner.y + strip * 0.7,
                &name,
                sizes.small,
                true,
                text_on(color),
                Anchor::Start,
            );
            Area {
                y: inner.y + strip,
                h: inner.h - strip,
                ..inner
            }
        } else {
            inner
        };
        let (children, subs) = fit(&tile.children, inner, other, sizes, fmt);
        for (j, (ch, s)) in children.iter().zip(&subs).enumerate() {
            let shade = if ch.muted {
                color.lighten(0.55)
            } else {
                color.lighten(0.12 * (j % 4) as f32)
            };
            let box_ = Area {
                x: s.x + 0.75 * sizes.u,
                y: s.y + 0.75 * sizes.u,
                w: (s.w - 1.5 * sizes.u).max(0.0),
                h: (s.h - 1.5 * sizes.u).max(0.0),
            };
            canvas.rect(box_.x, box_.y, box_.w, box_.h, shade);
            block_label(canvas, box_, &ch.label, ch.value, total, shade, sizes, fmt);
        }
    }
}

/// Name (wrapped), amount and share inside a block, as much as fits; nothing when even the name does not.
#[allow(clippy::too_many_arguments)]
fn block_label<C: Canvas>(
    canvas: &mut C,
    area: Area,
    label: &str,
    value: Decimal,
    total: Decimal,
    bg: Rgb,
    sizes: Type,
    fmt: Fmt,
) {
    let pad = 8.0 * sizes.u;
    let avail_w = area.w - 2.0 * pad;
    if avail_w < 90.0 * sizes.u {
        return;
    }
    let share = if total.is_zero() {
        None
    } else {
        Some(value / total)
    };
    let figures = match share {
        Some(s) => format!("{} · {}", fmt.amount(value), fmt.pct(s)),
        None => fmt.amount(value),
    };
    // The large size where the block is big and the figures fit in it, else the small one.
    let size = if area.w * area.h > 60_000.0 * sizes.u * sizes.u
        && font::width(&figures, sizes.label, true) <= avail_w
    {
        sizes.label
    } else {
        sizes.small
    };
    let lh = size * 1.2;
    let rows = ((area.h - 2.0 * pad) / lh).floor() as usize;
    if rows == 0 {
        return;
    }
    let fig_fits = font::width(&figures, size, true) <= avail_w;
    let name_rows = if fig_fits && rows >= 2 {
        (rows - 1).min(3)
    } else {
        rows.min(3)
    };
    let lines = font::wrap(label, size, false, avail_w, name_rows);
    // A first word that does not fit whole makes no label at all.
    let first_word = label.split_whitespace().next().unwrap_or("");
    if lines
        .first()
        .is_none_or(|l| l.ends_with('…') && !l.contains(first_word))
    {
        return;
    }
    let ink = text_on(bg);
    let mut y = area.y + pad + font::ascent(size) * 0.8;
    for l in &lines {
        canvas.text(area.x + pad, y, l, size, false, ink, Anchor::Start);
        y += lh;
    }
    if fig_fits && lines.len() < rows {
        canvas.text(area.x + pad, y, &figures, size, true, ink, Anchor::Start);
    }
}

fn waterfall<C: Canvas>(steps: &[Step], area: Area, sizes: Type, fmt: Fmt, canvas: &mut C) {
    let n = steps.len().max(1);
    let axis_w = 90.0 * sizes.u;
    let label_h = sizes.small * 1.2 * 3.0 + 10.0 * sizes.u;
    let plot = Area {
        x: area.x + axis_w,
        y: area.y + sizes.small * 2.0,
        w: area.w - axis_w,
        h: area.h - label_h - sizes.small * 2.0,
    };
    // Running sums: each change starts where the one before ended.
    let mut run = 0.0f32;
    let mut spans = Vec::new();
    let (mut lo, mut hi) = (0.0f32, 0.0f32);
    for s in steps {
        let v = fmt.g(s.value);
        let (from, to) = if s.total { (0.0, v) } else { (run, run + v) };
        run = to;
        lo = lo.min(from.min(to));
        hi = hi.max(from.max(to));
        spans.push((from, to));
    }
    // The changes are the story: when every level stays far from zero the
    // axis starts near the lowest level, and the totals' bars show a break.
    let floor = spans
        .iter()
        .zip(steps)
        .flat_map(|((from, to), s)| if s.total { vec![*to] } else { vec![*from, *to] })
        .fold(f32::MAX, f32::min);
    let broken = lo >= 0.0 && floor.is_finite() && floor > 0.3 * hi;
    let start = if broken {
        let tk = ticks(floor * 0.9, hi);
        tk[0]
    } else {
        lo
    };
    let (l, h) = y_axis(canvas, plot, start, hi * 1.02, sizes, &|v| {
        axis_number(fmt, v)
    });
    let y = |v: f32| plot.y + plot.h - (v.max(l) - l) / (h - l) * plot.h;
    let col = plot.w / n as f32;
    let bw = col * 0.64;
    let size = steps
        .iter()
        .flat_map(|s| s.label.split_whitespace())
        .map(|w| font::width(w, sizes.small, true))
        .fold(0.0, f32::max);
    let label_size = if size > col - 8.0 * sizes.u {
        (sizes.small * (col - 8.0 * sizes.u) / size).max(sizes.small * 0.85)
    } else {
        sizes.small
    };
    for (i, (s, (from, to))) in steps.iter().zip(&spans).enumerate() {
        let x0 = plot.x + col * (i as f32 + 0.5) - bw / 2.0;
        let color = if s.total {
            Rgb(0x44, 0x55, 0x66)
        } else if s.value >= Decimal::ZERO {
            PALETTE[0]
        } else {
            PALETTE[1]
        };
        let (ya, yb) = (y(from.max(*to)), y(from.min(*to)));
        canvas.rect(x0, ya, bw, (yb - ya).max(1.5 * sizes.u), color);
        if broken && s.total {
            // Two white strokes across the bar: it is cut, not drawn from zero.
            let by = plot.y + plot.h - 18.0 * sizes.u;
            for d in [0.0, 9.0 * sizes.u] {
                canvas.line(
                    x0 - 2.0,
                    by - d + 6.0 * sizes.u,
                    x0 + bw + 2.0,
                    by - d - 6.0 * sizes.u,
                    3.0 * sizes.u,
                    Rgb(255, 255, 255),
                );
            }
        }
        let text = if s.total {
            fmt.amount(s.value)
        } else {
            fmt.signed(s.value)
        };
        let size = if font::width(&text, sizes.small, true) > col - 4.0 {
            sizes.small * 0.8
        } else {
            sizes.small
        };
        canvas.text(
            x0 + bw / 2.0,
            ya - 7.0 * sizes.u,
            &text,
            size,
            true,
            INK,
            Anchor::Middle,
        );
        if i + 1 < steps.len() {
            let yy = y(*to);
            canvas.line(x0 + bw, yy, x0 + col, yy, 1.5 * sizes.u, MUTED);
        }
        let lines = font::wrap(&s.label, label_size, s.total, col - 8.0 * sizes.u, 3);
        for (k, line) in lines.iter().enumerate() {
            canvas.text(
                x0 + bw / 2.0,
                plot.y + plot.h + label_size * 1.3 + k as f32 * label_size * 1.2,
                line,
                label_size,
                s.total,
                INK,
                Anchor::Middle,
            );
        }
    }
}

fn execution<C: Canvas>(
    rows: &[ExecRow],
    legend_words: &[String; 4],
    area: Area,
    sizes: Type,
    fmt: Fmt,
    canvas: &mut C,
) {
    // Legend on top: plan, executed, under the threshold, over 100%.
    let items = [
        (GREY.lighten(0.35), &legend_words[0]),
        (PALETTE[0], &legend_words[1]),
        (PALETTE[1], &legend_words[2]),
        (PALETTE[3], &legend_words[3]),
    ];
    let mut lx = area.x;
    for (color, word) in items {
        canvas.rect(lx, area.y, 20.0 * sizes.u, 20.0 * sizes.u, color);
        canvas.text(
            lx + 28.0 * sizes.u,
            area.y + 17.0 * sizes.u,
            word,
            sizes.small,
            false,
            INK,
            Anchor::Start,
        );
        lx += 28.0 * sizes.u + font::width(word, sizes.small, false) + 30.0 * sizes.u;
    }
    let area = Area {
        y: area.y + 44.0 * sizes.u,
        h: area.h - 44.0 * sizes.u,
        ..area
    };
    let n = rows.len().max(1);
    let row = (area.h / n as f32).min(70.0 * sizes.u);
    let size = (row * 0.4).clamp(11.0 * sizes.u, sizes.label);
    let lines = if row >= size * 2.3 { 2 } else { 1 };
    let label_w = area.w * 0.34;
    let value_w = rows
        .iter()
        .map(|r| font::width(&rate_text(r, fmt), size, true))
        .fold(0.0, f32::max)
        + 16.0 * sizes.u;
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
        let ph = row * 0.7;
        canvas.rect(
            bx,
            cy - ph / 2.0,
            x(fmt.g(r.plan)) - bx,
            ph,
            GREY.lighten(0.35),
        );
        let color = if r.under {
            PALETTE[1]
        } else if r.over {
            PALETTE[3]
        } else {
            PALETTE[0]
        };
        let eh = row * 0.34;
        canvas.rect(bx, cy - eh / 2.0, x(fmt.g(r.executed)) - bx, eh, color);
        let end = x(fmt.g(r.plan).max(fmt.g(r.executed)));
        let flagged = r.under || r.over;
        canvas.text(
            end + 10.0 * sizes.u,
            cy + font::ascent(size) * 0.36,
            &rate_text(r, fmt),
            size,
            flagged,
            if flagged { color } else { INK },
            Anchor::Start,
        );
    }
}

fn rate_text(row: &ExecRow, fmt: Fmt) -> String {
    match row.rate {
        Some(rate) => fmt.pct(rate),
        None => "—".into(),
    }
}
