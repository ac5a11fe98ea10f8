//! Where the money comes from and where it goes: a band per revenue group
//! into one column (the budget), a band per expenditure group out of it,
//! every width to one scale; the gap between the totals is a band of its
//! own on the side that is short, so both sides are the budget's height.

use super::super::canvas::{Anchor, Canvas, Rgb};
use super::super::{font, Area, Bar, Gap, Type, GREY, INK, MUTED, PALETTE};
use super::{fit_rows, gathered_bar, Fmt};
use rust_decimal::Decimal;

/// Colours of the revenue groups (the expenditure side is one colour: the
/// money is pooled in between, so no colour may suggest a revenue group
/// pays for an expenditure group).
const SOURCE_COLOURS: [Rgb; 4] = [PALETTE[0], PALETTE[1], PALETTE[3], PALETTE[4]];
/// The expenditure groups.
const USE_COLOUR: Rgb = PALETTE[2];
/// The gap between the totals.
const GAP_COLOUR: Rgb = PALETTE[5];

/// One block on a side, with its label.
struct Node {
    label: String,
    value: Decimal,
    share: Option<Decimal>,
    color: Rgb,
    /// A group by name (not the gathered rest, not the gap).
    named: bool,
}

/// A block's label lines, its amount (and share), and its height.
type Block = (Vec<String>, String, f32);

/// The nodes of one side: its bars (the rest gathered where they do not
/// fit in `cap`), then the gap when it is on this side.
fn nodes(bars: &[Bar], gap: Option<&Gap>, cap: usize, colours: &[Rgb], fmt: Fmt) -> Vec<Node> {
    let cap = cap.saturating_sub(usize::from(gap.is_some())).max(1);
    let gather = |rest: &[Bar], n: usize| gathered_bar(rest, n, fmt);
    let mut out: Vec<Node> = fit_rows(bars, cap, |b| b.count.max(1), gather)
        .into_iter()
        .enumerate()
        .map(|(i, b)| Node {
            color: if b.muted {
                GREY
            } else {
                colours[i % colours.len()]
            },
            named: !b.muted,
            label: b.label,
            value: b.value,
            share: b.share,
        })
        .collect();
    if let Some(g) = gap {
        out.push(Node {
            label: g.label.clone(),
            value: g.value,
            share: None,
            color: GAP_COLOUR,
            named: false,
        });
    }
    out
}

/// A band from `(x0, a0..b0)` to `(x1, a1..b1)`, its edges S-curves.
fn band<C: Canvas>(
    canvas: &mut C,
    x0: f32,
    (a0, b0): (f32, f32),
    x1: f32,
    (a1, b1): (f32, f32),
    color: Rgb,
) {
    const STEPS: usize = 24;
    let curve = |t: f32, y0: f32, y1: f32| {
        let s = t * t * (3.0 - 2.0 * t);
        (x0 + (x1 - x0) * t, y0 + (y1 - y0) * s)
    };
    let mut pts = Vec::with_capacity(2 * STEPS + 2);
    for i in 0..=STEPS {
        pts.push(curve(i as f32 / STEPS as f32, a0, a1));
    }
    for i in (0..=STEPS).rev() {
        pts.push(curve(i as f32 / STEPS as f32, b0, b1));
    }
    canvas.polygon(&pts, color);
}

/// Label blocks' tops, each as near its node's centre as the ones above
/// and below allow, within `top..bottom`.
fn place(centres: &[f32], heights: &[f32], gap: f32, top: f32, bottom: f32) -> Vec<f32> {
    let mut y: Vec<f32> = centres
        .iter()
        .zip(heights)
        .map(|(c, h)| c - h / 2.0)
        .collect();
    for i in 0..y.len() {
        let floor = if i == 0 {
            top
        } else {
            y[i - 1] + heights[i - 1] + gap
        };
        y[i] = y[i].max(floor);
    }
    for i in (0..y.len()).rev() {
        let ceiling = if i + 1 == y.len() {
            bottom
        } else {
            y[i + 1] - gap
        };
        y[i] = y[i].min(ceiling - heights[i]).max(top);
    }
    y
}

/// Draws the flow.
#[allow(clippy::too_many_arguments)]
pub(super) fn flow<C: Canvas>(
    sources: &[Bar],
    uses: &[Bar],
    gap: Option<&Gap>,
    headings: &[String; 2],
    area: Area,
    sizes: Type,
    fmt: Fmt,
    canvas: &mut C,
) {
    let size = sizes.label;
    let lh = size * 1.15;
    let revenue: Decimal = sources.iter().map(|b| b.value).sum();
    let spending: Decimal = uses.iter().map(|b| b.value).sum();
    // The headings, each with its side's total.
    let base = area.y + font::ascent(size);
    for (text, total, x, anchor) in [
        (&headings[0], revenue, area.x, Anchor::Start),
        (&headings[1], spending, area.x + area.w, Anchor::End),
    ] {
        let t = format!("{}: {}", text, fmt.amount(total));
        canvas.text(x, base, &t, size, true, INK, anchor);
    }
    let top = area.y + size * 2.0;
    let bottom = area.y + area.h;
    let h = (bottom - top).max(10.0);
    // A block's label: its name in up to three lines, then its amount; as
    // many blocks a side as their labels have room for, the rest gathered.
    let label_w = area.w * 0.3;
    let text_w = label_w - 40.0 * sizes.u;
    let label_gap = 6.0 * sizes.u;
    // Never so few that every group is gathered: a side of one "other"
    // block says nothing, so the last layout naming a group stands; names
    // take one line (shortened) before they would overlap.
    let fitted = |bars: &[Bar], gap: Option<&Gap>, colours: &[Rgb]| {
        let mut last = None;
        for lines in [3, 1] {
            let mut cap = bars.len() + 1;
            let mut named: Option<(Vec<Node>, Vec<Block>, bool)> = None;
            let chosen = loop {
                let n = nodes(bars, gap, cap, colours, fmt);
                if !n.iter().any(|x| x.named) {
                    if let Some(prev) = named.take() {
                        break prev;
                    }
                }
                let l = labels(&n, fmt, size, text_w, lines);
                let need: f32 = l.iter().map(|b| b.2).sum::<f32>()
                    + label_gap * l.len().saturating_sub(1) as f32;
                let fits = need <= h;
                if fits || cap <= 2 || n.len() <= 2 {
                    break (n, l, fits);
                }
                cap = n.len().saturating_sub(1);
                named = Some((n, l, fits));
            };
            if chosen.2 {
                return (chosen.0, chosen.1);
            }
            last = Some((chosen.0, chosen.1));
        }
        last.unwrap_or_default()
    };
    let sides = [
        fitted(sources, gap.filter(|g| g.revenue_side), &SOURCE_COLOURS),
        fitted(uses, gap.filter(|g| !g.revenue_side), &[USE_COLOUR]),
    ];
    let total = fmt.g(revenue.max(spending)).max(f32::MIN_POSITIVE);
    let node_gap = 12.0 * sizes.u;
    let k = sides
        .iter()
        .map(|s| (h - node_gap * (s.0.len().saturating_sub(1)) as f32) / total)
        .fold(f32::MAX, f32::min)
        .max(0.0);
    let bw = 18.0 * sizes.u;
    let xs = [area.x + label_w, area.x + area.w - label_w - bw];
    let trunk_x = area.x + area.w / 2.0 - bw / 2.0;
    let trunk_top = top + (h - total * k) / 2.0;
    canvas.rect(trunk_x, trunk_top, bw, total * k, MUTED);
    for (s, (nodes, blocks)) in sides.iter().enumerate() {
        let span: f32 = nodes.iter().map(|n| fmt.g(n.value) * k).sum::<f32>()
            + node_gap * nodes.len().saturating_sub(1) as f32;
        let mut y = top + (h - span) / 2.0;
        let mut along = trunk_top;
        let mut centres = Vec::new();
        for n in nodes {
            let nh = fmt.g(n.value) * k;
            canvas.rect(xs[s], y, bw, nh.max(1.5 * sizes.u), n.color);
            let (from, to) = if s == 0 {
                ((xs[0] + bw, (y, y + nh)), (trunk_x, (along, along + nh)))
            } else {
                ((trunk_x + bw, (along, along + nh)), (xs[1], (y, y + nh)))
            };
            band(canvas, from.0, from.1, to.0, to.1, n.color.lighten(0.6));
            centres.push(y + nh / 2.0);
            y += nh + node_gap;
            along += nh;
        }
        // The labels beside their blocks, moved apart where they would
        // overlap, with a leader to the block when moved.
        let heights: Vec<f32> = blocks.iter().map(|b| b.2).collect();
        let tops = place(&centres, &heights, label_gap, top, bottom);
        // Room for leaders between the labels and the blocks.
        let room = 34.0 * sizes.u;
        let (edge, tx, anchor, dir) = if s == 0 {
            (xs[0], xs[0] - room, Anchor::End, -1.0)
        } else {
            (xs[1] + bw, xs[1] + bw + room, Anchor::Start, 1.0)
        };
        for (i, (lines, value, _)) in blocks.iter().enumerate() {
            let mut b = tops[i] + font::ascent(size);
            for l in lines {
                canvas.text(tx, b, l, size, false, INK, anchor);
                b += lh;
            }
            canvas.text(tx, b, value, size, true, INK, anchor);
            // A leader from the label's middle to its block's: level when
            // the label sits beside its block, bent when it was moved.
            let mid = tops[i] + heights[i] / 2.0;
            canvas.polyline(
                &[
                    (tx - dir * 6.0 * sizes.u, mid),
                    (edge + dir * 14.0 * sizes.u, centres[i]),
                    (edge + dir * 2.0 * sizes.u, centres[i]),
                ],
                1.5 * sizes.u,
                MUTED,
            );
        }
    }
}

/// Each node's label in up to `lines` lines, its amount (and share), and the block's height.
fn labels(nodes: &[Node], fmt: Fmt, size: f32, text_w: f32, lines: usize) -> Vec<Block> {
    nodes
        .iter()
        .map(|n| {
            let value = match n.share {
                Some(sh) => format!("{} ({})", fmt.amount(n.value), fmt.pct(sh)),
                None => fmt.amount(n.value),
            };
            let lines = font::wrap(&n.label, size, false, text_w, lines);
            let height = (lines.len() + 1) as f32 * size * 1.15;
            (lines, value, height)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::place;

    #[test]
    fn labels_keep_their_places_unless_they_overlap() {
        // Apart: each centred on its block.
        assert_eq!(
            place(&[10.0, 50.0], &[10.0, 10.0], 2.0, 0.0, 100.0),
            [5.0, 45.0]
        );
        // Overlapping: the second pushed below the first.
        assert_eq!(
            place(&[10.0, 12.0], &[10.0, 10.0], 2.0, 0.0, 100.0),
            [5.0, 17.0]
        );
        // At the bottom: pushed back up, the first above it.
        assert_eq!(
            place(&[95.0, 98.0], &[10.0, 10.0], 2.0, 0.0, 100.0),
            [78.0, 90.0]
        );
    }
}
