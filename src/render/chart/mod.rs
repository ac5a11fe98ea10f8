//! Charts for hearings: a [`Spec`] (title, subtitle, source, the numbers)
//! computed from analysis results apart from drawing, and one renderer per
//! kind drawing it on any [`Canvas`]: PNG through plotters' bitmap backend,
//! SVG with text as glyph outlines.
//!
//! Every renderer lays out in logical pixels: slide 1600×900 or report
//! 1200×800; `--scale` multiplies device pixels for high-DPI PNG.

pub mod canvas;
pub mod font;
mod kinds;
pub mod spec;
mod squarify;

use crate::error::{Error, Result};
use crate::i18n::{DisplayUnit, Lang, Noun};
use canvas::{Anchor, Canvas, Rgb};
use rust_decimal::Decimal;

/// The chart kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// Horizontal bars sorted by value, top N plus "other".
    Bar,
    /// Composition over years, top groups stacked per year.
    Stacked,
    /// Lines over years for the largest groups.
    Trend,
    /// Nested blocks sized by amount.
    Treemap,
    /// From one year's total to another's through the largest changes.
    Waterfall,
    /// Plan against executed per group, execution rate labelled.
    Execution,
    /// Revenue by group flowing into the budget, expenditure by group out
    /// of it, the gap between them a band of its own.
    Flow,
}

impl Kind {
    /// The kind's name as on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Bar => "bar",
            Kind::Stacked => "stacked",
            Kind::Trend => "trend",
            Kind::Treemap => "treemap",
            Kind::Waterfall => "waterfall",
            Kind::Execution => "execution",
            Kind::Flow => "flow",
        }
    }
}

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Label.
    pub label: String,
    /// Amount in base units.
    pub value: Decimal,
    /// Share of the total, when shown.
    pub share: Option<Decimal>,
    /// Drawn in grey ("other").
    pub muted: bool,
    /// How many groups it stands for (more than one for "other").
    pub count: usize,
}

/// A named series of values per category (year).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Name.
    pub name: String,
    /// One value per category; `None` where there is none.
    pub values: Vec<Option<Decimal>>,
    /// Drawn in grey ("other").
    pub muted: bool,
}

/// A panel of a trend chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    /// Panel heading ("nominal", "in 2024 prices"), empty for a lone panel.
    pub heading: String,
    /// The lines.
    pub series: Vec<Series>,
}

/// A block of a treemap, with its children.
#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    /// Label.
    pub label: String,
    /// Amount in base units.
    pub value: Decimal,
    /// Nested blocks (empty for a leaf).
    pub children: Vec<Tile>,
    /// Drawn in grey ("other").
    pub muted: bool,
    /// How many groups it stands for (more than one for "other").
    pub count: usize,
}

/// One step of a waterfall.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// Label.
    pub label: String,
    /// A total (drawn from zero) or a change (drawn from the running sum).
    pub total: bool,
    /// Amount or change in base units.
    pub value: Decimal,
    /// How many groups it stands for (more than one for the changes gathered).
    pub count: usize,
}

/// One group's plan and execution.
#[derive(Debug, Clone, PartialEq)]
pub struct ExecRow {
    /// Label.
    pub label: String,
    /// Plan.
    pub plan: Decimal,
    /// Executed.
    pub executed: Decimal,
    /// Execution rate (fraction), when the plan is not zero.
    pub rate: Option<Decimal>,
    /// Under the threshold.
    pub under: bool,
    /// Over 100%.
    pub over: bool,
    /// How many groups it stands for (more than one for "other").
    pub count: usize,
}

/// The gap between revenue and expenditure in a flow chart: a band on the
/// side that is short, so that both sides are the same height.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    /// Label ("spending above revenue").
    pub label: String,
    /// Amount in base units, above zero.
    pub value: Decimal,
    /// Drawn on the revenue side (spending exceeds revenue), else on the
    /// expenditure side (revenue left over).
    pub revenue_side: bool,
}

/// What a chart shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// Bars.
    Bar(Vec<Bar>),
    /// Stacked columns per category.
    Stacked {
        /// Column labels (years).
        categories: Vec<String>,
        /// Stacked series, bottom first.
        series: Vec<Series>,
        /// Shares of each column instead of amounts.
        percent: bool,
    },
    /// Lines over categories.
    Trend {
        /// Category labels (years).
        categories: Vec<String>,
        /// One or two panels.
        panels: Vec<Panel>,
        /// Drawn as an index, the first year 100, with each line's change
        /// since then at its end: the lines would otherwise lie on one another.
        index: bool,
    },
    /// Nested blocks.
    Treemap {
        /// Top-level blocks, largest first.
        tiles: Vec<Tile>,
        /// What a top-level block is (a group, when blocks nest in groups).
        outer: Noun,
    },
    /// Steps from a total to a total.
    Waterfall {
        /// The steps, first and last totals.
        steps: Vec<Step>,
        /// "axis not from zero", shown where the axis is cut.
        cut: String,
    },
    /// Plan against execution.
    Execution {
        /// Rows, largest plan first.
        rows: Vec<ExecRow>,
        /// Legend words: plan, executed, under threshold, over 100%, the threshold's mark.
        legend: [String; 5],
        /// The rate under which a row is flagged (a fraction).
        threshold: Decimal,
        /// "not executed {amount}": the plan left unspent, after a row's rate.
        unspent: String,
    },
    /// Where the money comes from and where it goes.
    Flow {
        /// Revenue by group, largest first ("other" last, muted).
        sources: Vec<Bar>,
        /// Expenditure by group, largest first.
        uses: Vec<Bar>,
        /// The gap between the totals, when they differ.
        gap: Option<Gap>,
        /// The headings over the two sides ("Revenue", "Expenditure"),
        /// each drawn with its side's total.
        headings: [String; 2],
    },
}

/// A chart, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    /// Kind.
    pub kind: Kind,
    /// Title.
    pub title: String,
    /// Subtitle: unit, stage, years, adjustments.
    pub subtitle: String,
    /// What the figures cannot be trusted for (the published totals do not
    /// bear the reading out), drawn in bold dark red under the subtitle.
    pub warning: Option<String>,
    /// Source line.
    pub source: String,
    /// Language of numbers.
    pub lang: Lang,
    /// What one group is called ("группа"), for naming the ones gathered.
    pub noun: Noun,
    /// Unit values are shown in (resolved).
    pub unit: DisplayUnit,
    /// The numbers.
    pub body: Body,
}

impl Spec {
    /// A treemap of one block, which shows nothing but its own total.
    pub fn is_one_block(&self) -> bool {
        matches!(&self.body, Body::Treemap { tiles, .. } if tiles.len() == 1 && tiles[0].children.len() <= 1)
    }
}

/// Logical size and device pixels per logical pixel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size {
    /// Width in logical pixels.
    pub width: f32,
    /// Height in logical pixels.
    pub height: f32,
    /// Device pixels per logical pixel (PNG only).
    pub scale: f32,
    /// Made to be printed (on A4, the page's width): text sized in points of
    /// the page rather than in shares of a slide's height.
    pub print: bool,
}

impl Size {
    /// 1600×900, for slides.
    pub const SLIDE: Size = Size {
        width: 1600.0,
        height: 900.0,
        scale: 1.0,
        print: false,
    };
    /// 1200×800, for reports.
    pub const REPORT: Size = Size {
        width: 1200.0,
        height: 800.0,
        scale: 1.0,
        print: true,
    };
}

/// Okabe–Ito: told apart by people with every common colour-vision deficiency.
pub const PALETTE: [Rgb; 8] = [
    Rgb(0x00, 0x72, 0xB2),
    Rgb(0xE6, 0x9F, 0x00),
    Rgb(0x00, 0x9E, 0x73),
    Rgb(0xCC, 0x79, 0xA7),
    Rgb(0x56, 0xB4, 0xE9),
    Rgb(0xD5, 0x5E, 0x00),
    Rgb(0xF0, 0xE4, 0x42),
    Rgb(0x33, 0x33, 0x33),
];
/// Grey for "other" and plans.
pub const GREY: Rgb = Rgb(0xB0, 0xB0, 0xB0);
/// Text.
pub const INK: Rgb = Rgb(0x22, 0x22, 0x22);
/// Secondary text.
pub const MUTED: Rgb = Rgb(0x66, 0x66, 0x66);
/// A warning's text: 6.6:1 on white.
pub const ALERT: Rgb = Rgb(0xb0, 0x00, 0x20);
/// Grid lines.
pub const GRID: Rgb = Rgb(0xE2, 0xE2, 0xE2);

/// Type sizes for a canvas. On a screen, labels and values are 3.1% of the
/// height and nothing is under 2.3% (28 and 21 px on a 1600×900 slide, read
/// from the back of a hall); in print, the canvas is the width of an A4 page
/// inside its margins (186 mm), nothing is under 9 pt and labels are 11 pt.
/// A canvas too small for that keeps a legible floor (14 px labels, 12 px
/// small print): the renderers show fewer items, never smaller text.
#[derive(Debug, Clone, Copy)]
pub struct Type {
    /// Title size.
    pub title: f32,
    /// Subtitle size.
    pub subtitle: f32,
    /// Label size: names, values, categories.
    pub label: f32,
    /// Small print (source, axis, legend): the smallest text drawn.
    pub small: f32,
    /// Length unit for gaps and strokes: 1 at 1600×900.
    pub u: f32,
}

/// Pixels of a canvas the width of an A4 page's text (186 mm) per point.
const PRINT_PX_PER_PT: f32 = 1200.0 / (186.0 / 25.4 * 72.0);

impl Type {
    /// The sizes for a canvas.
    pub fn for_size(size: Size) -> Type {
        let (w, h) = (size.width, size.height);
        let u = ((w * h) / (1600.0 * 900.0)).sqrt().clamp(0.4, 4.0);
        let (title, subtitle, label, small) = if size.print {
            let pt = PRINT_PX_PER_PT * (w / 1200.0);
            (18.0 * pt, 12.5 * pt, 11.0 * pt, 9.2 * pt)
        } else {
            (0.051 * h, 0.034 * h, 0.031 * h, 0.0234 * h)
        };
        let cap = 4.0 * 28.0;
        Type {
            title: title.clamp(20.0, cap * 1.6),
            subtitle: subtitle.clamp(15.0, cap * 1.1),
            label: label.clamp(14.0, cap),
            small: small.clamp(12.0, cap * 0.8),
            u,
        }
    }
}

/// The area left for the chart's body.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

/// Draws a spec on a canvas of `size`'s logical pixels.
pub fn draw<C: Canvas>(spec: &Spec, size: Size, canvas: &mut C) {
    let (w, h) = (size.width, size.height);
    let t = Type::for_size(size);
    canvas.rect(0.0, 0.0, w, h, Rgb(255, 255, 255));
    let m = 40.0 * t.u;
    let mut y = m;
    // A title states the finding: it wraps to a third line rather than
    // lose its end ("... в 2025 году").
    for line in font::wrap(&spec.title, t.title, true, w - 2.0 * m, 3) {
        y += font::ascent(t.title);
        canvas.text(m, y, &line, t.title, true, INK, Anchor::Start);
        y += t.title * 0.35;
    }
    y += t.subtitle * 0.3;
    for line in font::wrap(&spec.subtitle, t.subtitle, false, w - 2.0 * m, 2) {
        y += font::ascent(t.subtitle);
        canvas.text(m, y, &line, t.subtitle, false, MUTED, Anchor::Start);
        y += t.subtitle * 0.3;
    }
    if let Some(warning) = &spec.warning {
        for line in font::wrap(warning, t.subtitle, true, w - 2.0 * m, 2) {
            y += font::ascent(t.subtitle);
            canvas.text(m, y, &line, t.subtitle, true, ALERT, Anchor::Start);
            y += t.subtitle * 0.3;
        }
    }
    y += 24.0 * t.u;
    let foot = h - m * 0.75;
    let source = font::shorten(&spec.source, t.small, false, w - 2.0 * m);
    canvas.text(m, foot, &source, t.small, false, MUTED, Anchor::Start);
    let area = Area {
        x: m,
        y,
        w: w - 2.0 * m,
        h: (foot - t.small * 2.0 - y).max(10.0),
    };
    kinds::draw(spec, area, t, canvas);
}

/// The chart as an SVG document.
pub fn svg(spec: &Spec, size: Size) -> String {
    svg_with_prefix(spec, size, "g")
}

/// The chart as an SVG document whose ids start with `prefix` (several on one page).
pub fn svg_with_prefix(spec: &Spec, size: Size, prefix: &str) -> String {
    let mut c = canvas::Svg::with_prefix(size.width, size.height, &spec.title, prefix);
    draw(spec, size, &mut c);
    c.finish()
}

/// The chart as PNG bytes, `size.scale` device pixels per logical pixel.
pub fn png(spec: &Spec, size: Size) -> Result<Vec<u8>> {
    let (w, h) = (
        (size.width * size.scale).round() as u32,
        (size.height * size.scale).round() as u32,
    );
    if w == 0 || h == 0 || u64::from(w) * u64::from(h) > 100_000_000 {
        return Err(Error::usage(
            "--width",
            crate::said!(crate::i18n::messages::CANVAS_SIZE, w = w, h = h),
        ));
    }
    let mut buf = vec![255u8; w as usize * h as usize * 3];
    {
        let db = plotters::prelude::BitMapBackend::with_buffer(&mut buf, (w, h));
        let mut c = canvas::Plotters {
            db,
            scale: size.scale,
        };
        draw(spec, size, &mut c);
    }
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        let mut wr = enc
            .write_header()
            .map_err(|e| Error::Internal(format!("PNG: {e}")))?;
        wr.write_image_data(&buf)
            .map_err(|e| Error::Internal(format!("PNG: {e}")))?;
    }
    Ok(out)
}

/// Values at the display unit, as floats for geometry only (labels use the Decimals).
pub fn geom(value: Decimal) -> f32 {
    use rust_decimal::prelude::ToPrimitive;
    value.to_f32().filter(|f| f.is_finite()).unwrap_or(0.0)
}

/// About five round steps covering `lo..hi` (both finite): 0, 5 000, 10 000...
pub fn ticks(lo: f32, hi: f32) -> Vec<f32> {
    let (lo, hi) = if hi > lo { (lo, hi) } else { (lo, lo + 1.0) };
    let raw = (hi - lo) / 5.0;
    let mag = 10f32.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let first = (lo / step).floor();
    let mut out = Vec::new();
    for i in 0..50 {
        let v = (first + i as f32) * step;
        out.push(if v.abs() < step * 1e-3 { 0.0 } else { v });
        if v >= hi - step * 1e-3 {
            break;
        }
    }
    out
}

/// Relative luminance (WCAG 2): 0 for black, 1 for white.
pub fn luminance(c: Rgb) -> f32 {
    let lin = |v: u8| {
        let v = f32::from(v) / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
}

/// Contrast ratio of two colours (WCAG 2): 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The text colour that reads best on `bg`: the ink or white, or black
/// where neither reaches 4.5:1 (a mid-tone such as vermillion).
pub fn text_on(bg: Rgb) -> Rgb {
    let white = Rgb(255, 255, 255);
    let best = if contrast(INK, bg) >= contrast(white, bg) {
        INK
    } else {
        white
    };
    if contrast(best, bg) >= 4.5 {
        best
    } else {
        Rgb(0, 0, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round() {
        assert_eq!(
            ticks(0.0, 33311.8),
            [0.0, 10000.0, 20000.0, 30000.0, 40000.0]
        );
        let t = ticks(0.0, 1.0);
        assert_eq!(t.len(), 6);
        assert!((t[3] - 0.6).abs() < 1e-6, "{t:?}");
        assert_eq!(ticks(5.0, 5.0).len(), 6);
        assert_eq!(ticks(-12.0, 30.0), [-20.0, -10.0, 0.0, 10.0, 20.0, 30.0]);
        assert!(ticks(0.0, f32::MAX).len() <= 50);
    }

    #[test]
    fn text_on_any_palette_colour_reaches_4_5_to_1() {
        // The WCAG figures: white on black 21:1, #767676 on white 4.54:1.
        assert!((contrast(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 21.0).abs() < 0.01);
        assert!((contrast(Rgb(0x76, 0x76, 0x76), Rgb(255, 255, 255)) - 4.54).abs() < 0.01);
        for c in PALETTE.iter().chain([GREY].iter()) {
            for t in [0.0, 0.12, 0.24, 0.36, 0.55] {
                let bg = c.lighten(t);
                assert!(contrast(text_on(bg), bg) >= 4.5, "{bg:?}");
            }
        }
    }

    #[test]
    fn type_scale_for_slides_and_print() {
        let t = Type::for_size(Size::SLIDE);
        assert!(t.label >= 0.03 * 900.0 && t.small >= 0.022 * 900.0, "{t:?}");
        // 9 pt on a page 186 mm wide is 20.5 px of a 1200 px canvas.
        let r = Type::for_size(Size::REPORT);
        assert!(r.small * 186.0 / 1200.0 / 25.4 * 72.0 >= 9.0, "{r:?}");
        let tiny = Type::for_size(Size {
            width: 600.0,
            height: 400.0,
            scale: 1.0,
            print: false,
        });
        assert!(tiny.label >= 14.0 && tiny.small >= 12.0, "{tiny:?}");
    }
}
