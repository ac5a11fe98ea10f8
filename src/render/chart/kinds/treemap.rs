//! Nested blocks sized by amount.

use super::super::canvas::{Anchor, Canvas, Rgb};
use super::super::squarify::squarify;
use super::super::{font, text_on, Area, Tile, Type, GREY, PALETTE};
use super::*;
use rust_decimal::Decimal;

/// The blocks, their places, and whether every one takes a label.
type Fitted = (Vec<Tile>, Vec<Area>, bool);

/// Lays `tiles` (largest first) out in `r`. Blocks too small to carry a
/// label are gathered, smallest first, into one grey "other" block until
/// every other block can be labelled (the "other" block comes last and is
/// labelled where it fits); no block is an unlabelled sliver.
fn fit(tiles: &[Tile], area: Area, noun: Noun, sizes: Type, fmt: Fmt) -> Fitted {
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
    // A block fits when it holds its first word and its figures at the
    // small size: what `block_label` needs to label it at all.
    // block_label pads 8 each side inside a 2 margin: 20 in all, 24 to be safe.
    let pad = 24.0 * sizes.u;
    let fits = |t: &Tile, q: &Area| {
        // The first word whole, or its first letters and "…" when long.
        let word = first_piece(&t.label);
        let short: String = word.chars().take(SHORTEST).chain(['…']).collect();
        let word_w =
            font::width(word, sizes.small, false).min(font::width(&short, sizes.small, false));
        let need = word_w.max(font::width(&fmt.amount(t.value), sizes.small, true)) + pad;
        q.w >= min_w.max(need) && q.h >= min_h
    };
    let n = tiles.len();
    let mut fallback: Option<Fitted> = None;
    for k in (0..=n).rev() {
        if k < n && tiles[k..].iter().map(|x| x.count.max(1)).sum::<usize>() < MIN_GATHERED {
            continue; // three blocks or fewer are never gathered
        }
        if k == n {
            let rects = layout(tiles, false);
            if tiles.iter().zip(&rects).all(|(t, q)| fits(t, q)) {
                return (tiles.to_vec(), rects, true);
            }
            continue;
        }
        let rest = &tiles[k..];
        let count: usize = rest.iter().map(|x| x.count.max(1)).sum();
        let o = Tile {
            label: i18n::others(fmt.lang, noun, count),
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
        let ok = |tiles: &[Tile], rects: &[Area], o: usize| {
            tiles
                .iter()
                .zip(rects)
                .enumerate()
                .all(|(i, (t, q))| i == o || fits(t, q))
        };
        let (ok_strip, ok_plain) = (ok(&last, &strip, k), ok(&sorted, &plain, at));
        // Every block labelled, "other" too, is what is looked for; the
        // first layout with only "other" unlabelled is kept in case none is.
        if ok_plain && fits(&sorted[at], &plain[at]) {
            return (sorted, plain, true);
        }
        if ok_strip && fits(&last[k], &strip[k]) {
            return (last, strip, true);
        }
        if fallback.is_none() && ok_strip {
            fallback = Some((last, strip, false));
        } else if fallback.is_none() && ok_plain {
            fallback = Some((sorted, plain, false));
        }
    }
    fallback.unwrap_or_else(|| (tiles.to_vec(), layout(tiles, false), false))
}

pub(super) fn treemap<C: Canvas>(
    tiles: &[Tile],
    outer: Noun,
    area: Area,
    sizes: Type,
    fmt: Fmt,
    canvas: &mut C,
) {
    let total: Decimal = tiles.iter().map(|x| x.value).sum();
    let (tiles, rects, _) = fit(tiles, area, outer, sizes, fmt);
    // A group's colour is its rank among the groups (the largest blue), as
    // in every chart of the pack: the grey block takes no colour's turn.
    let mut rank = 0;
    for (tile, r) in tiles.iter().zip(&rects) {
        let color = if tile.muted {
            GREY
        } else {
            rank += 1;
            // Past the palette's eight, its tints: no two blocks share a colour.
            let c = PALETTE[(rank - 1) % PALETTE.len()];
            if rank > PALETTE.len() {
                c.lighten(0.5)
            } else {
                c
            }
        };
        let inner = Area {
            x: r.x + 2.0 * sizes.u,
            y: r.y + 2.0 * sizes.u,
            w: (r.w - 4.0 * sizes.u).max(0.0),
            h: (r.h - 4.0 * sizes.u).max(0.0),
        };
        // The group's name on a strip across its top, where there is room;
        // its parts below it. A group with no room for the strip, whose parts
        // cannot all be labelled (or all go into one gathered block), is one
        // block, named for the group.
        let strip = sizes.small * 1.6;
        let has_strip = inner.w > 170.0 * sizes.u && inner.h > 4.0 * strip;
        let below = if has_strip {
            Area {
                y: inner.y + strip,
                h: inner.h - strip,
                ..inner
            }
        } else {
            inner
        };
        let (children, subs, labelled) = fit(&tile.children, below, fmt.noun, sizes, fmt);
        // Parts without their group's name strip above them cannot be told
        // apart from another group's: such a group is one block too.
        let whole =
            tile.children.len() <= 1 || !labelled || !has_strip || children.iter().all(|x| x.muted);
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
        if has_strip {
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
        }
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

/// Letters of a long first word kept, with "…", when the whole word does
/// not fit its block ("Промышлен…").
const SHORTEST: usize = 7;

/// The first piece of a name that wrapping keeps on one line: its first
/// word, up to and with its first hyphen ("Топливно-" of
/// "Топливно-энергетический комплекс").
fn first_piece(label: &str) -> &str {
    let word = label.split_whitespace().next().unwrap_or("");
    match word.char_indices().find(|&(i, c)| c == '-' && i > 0) {
        Some((i, _)) => &word[..=i],
        None => word,
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
    // The amount and share, or the amount alone where both do not fit.
    let figures = match share {
        Some(s) => format!("{} · {}", fmt.amount(value), fmt.pct(s)),
        None => fmt.amount(value),
    };
    let figures = if font::width(&figures, sizes.small, true) > avail_w {
        fmt.amount(value)
    } else {
        figures
    };
    // The large size where the block is big and the figures fit in it, else the small one.
    // (The first word must fit whole at the size chosen, or nothing is drawn.)
    let first_fits = |size: f32| font::width(first_piece(label), size, false) <= avail_w;
    let size = if area.w * area.h > 60_000.0 * sizes.u * sizes.u
        && font::width(&figures, sizes.label, true) <= avail_w
        && first_fits(sizes.label)
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
    let mut lines = font::wrap(label, size, false, avail_w, name_rows);
    // Once a line is cut, the name stops there ("Промышле…", not three cut words).
    if let Some(cut) = lines.iter().position(|l| l.ends_with('…')) {
        lines.truncate(cut + 1);
    }
    // A first word (or its part before a hyphen) that does not fit even
    // cut to its first letters makes no label at all.
    let first_word = first_piece(label);
    if lines.first().is_none_or(|l| {
        l.ends_with('…') && !l.contains(first_word) && l.chars().count() <= SHORTEST
    }) {
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
