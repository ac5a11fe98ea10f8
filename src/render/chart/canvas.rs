//! Where charts are drawn: a small set of primitives (rectangles, lines,
//! text at a baseline) with two implementations. [`Plotters`] draws on any
//! plotters backend (the PNG comes from its `BitMapBackend`), rasterising
//! text from the embedded font itself; [`Svg`] writes SVG with every glyph
//! as a path defined once and reused, so the file looks the same on a
//! machine without the font, and each text keeps its words in `aria-label`.

use super::font;
use ab_glyph::{Font, OutlineCurve, ScaleFont};
use plotters::prelude::{DrawingBackend, RGBAColor, ShapeStyle};
use plotters_backend::BackendColor;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// A colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// "#rrggbb".
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Mixed with white: `t` 0 keeps the colour, 1 gives white.
    pub fn lighten(self, t: f32) -> Rgb {
        let m = |c: u8| (f32::from(c) + (255.0 - f32::from(c)) * t).round() as u8;
        Rgb(m(self.0), m(self.1), m(self.2))
    }
}

/// Where a text's x is: its start, middle or end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// x is the left end.
    Start,
    /// x is the middle.
    Middle,
    /// x is the right end.
    End,
}

/// Drawing primitives in logical pixels (before `--scale`).
pub trait Canvas {
    /// A filled rectangle.
    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Rgb);
    /// A straight line.
    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, color: Rgb);
    /// Connected line segments.
    fn polyline(&mut self, points: &[(f32, f32)], width: f32, color: Rgb);
    /// A filled circle.
    fn circle(&mut self, x: f32, y: f32, r: f32, fill: Rgb);
    /// A filled polygon through `points`, closed.
    fn polygon(&mut self, points: &[(f32, f32)], fill: Rgb);
    /// Text on a baseline at `y`.
    #[allow(clippy::too_many_arguments)]
    fn text(
        &mut self,
        x: f32,
        y: f32,
        text: &str,
        size: f32,
        bold: bool,
        color: Rgb,
        anchor: Anchor,
    );
}

fn start_x(x: f32, text: &str, size: f32, bold: bool, anchor: Anchor) -> f32 {
    match anchor {
        Anchor::Start => x,
        Anchor::Middle => x - font::width(text, size, bold) / 2.0,
        Anchor::End => x - font::width(text, size, bold),
    }
}

/// Any plotters backend, drawn at `scale` device pixels per logical pixel.
pub struct Plotters<DB: DrawingBackend> {
    /// The backend.
    pub db: DB,
    /// Device pixels per logical pixel.
    pub scale: f32,
}

impl<DB: DrawingBackend> Plotters<DB> {
    fn p(&self, x: f32, y: f32) -> (i32, i32) {
        (
            (x * self.scale).round() as i32,
            (y * self.scale).round() as i32,
        )
    }

    fn style(&self, color: Rgb, width: f32, filled: bool) -> ShapeStyle {
        ShapeStyle {
            color: RGBAColor(color.0, color.1, color.2, 1.0),
            filled,
            stroke_width: (width * self.scale).round().max(1.0) as u32,
        }
    }
}

// Drawing into memory cannot fail but through a defect; errors are dropped
// rather than abort a chart half drawn.
impl<DB: DrawingBackend> Canvas for Plotters<DB> {
    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Rgb) {
        if w <= 0.0 || h <= 0.0 {
            return;
        }
        let (a, b) = (self.p(x, y), self.p(x + w, y + h));
        let b = (b.0.max(a.0 + 1) - 1, b.1.max(a.1 + 1) - 1);
        let s = self.style(fill, 1.0, true);
        let _ = self.db.draw_rect(a, b, &s, true);
    }

    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, color: Rgb) {
        self.polyline(&[(x1, y1), (x2, y2)], width, color);
    }

    fn polyline(&mut self, points: &[(f32, f32)], width: f32, color: Rgb) {
        let pts: Vec<(i32, i32)> = points.iter().map(|(x, y)| self.p(*x, *y)).collect();
        let s = self.style(color, width, false);
        let _ = self.db.draw_path(pts, &s);
    }

    fn circle(&mut self, x: f32, y: f32, r: f32, fill: Rgb) {
        let s = self.style(fill, 1.0, true);
        let c = self.p(x, y);
        let _ = self
            .db
            .draw_circle(c, (r * self.scale).round().max(1.0) as u32, &s, true);
    }

    fn polygon(&mut self, points: &[(f32, f32)], fill: Rgb) {
        if points.len() < 3 {
            return;
        }
        let pts: Vec<(i32, i32)> = points.iter().map(|(x, y)| self.p(*x, *y)).collect();
        let s = self.style(fill, 1.0, true);
        let _ = self.db.fill_polygon(pts, &s);
    }

    fn text(
        &mut self,
        x: f32,
        y: f32,
        text: &str,
        size: f32,
        bold: bool,
        color: Rgb,
        anchor: Anchor,
    ) {
        let px = size * self.scale;
        let x0 = start_x(x, text, size, bold, anchor) * self.scale;
        let base = y * self.scale;
        let face = font::face(bold);
        let rgb = (color.0, color.1, color.2);
        for (id, dx) in font::layout(text, px, bold) {
            let g = id.with_scale_and_position(px, ab_glyph::point(x0 + dx, base));
            if let Some(o) = face.outline_glyph(g) {
                let b = o.px_bounds();
                let (bx, by) = (b.min.x as i32, b.min.y as i32);
                let mut pixels = Vec::new();
                o.draw(|gx, gy, cov| pixels.push((bx + gx as i32, by + gy as i32, cov)));
                for (px_, py_, cov) in pixels {
                    if cov > 0.0 {
                        let _ = self.db.draw_pixel(
                            (px_, py_),
                            BackendColor {
                                alpha: f64::from(cov.min(1.0)),
                                rgb,
                            },
                        );
                    }
                }
            }
        }
    }
}

/// An SVG document with text drawn as glyph outlines.
pub struct Svg {
    prefix: String,
    width: f32,
    height: f32,
    title: String,
    body: String,
    glyphs: BTreeMap<(bool, u16), String>,
}

fn esc(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// "x,y x,y ..." of an SVG polyline or polygon.
fn svg_points(points: &[(f32, f32)]) -> String {
    let pts: Vec<String> = points
        .iter()
        .map(|(x, y)| format!("{},{}", n(*x), n(*y)))
        .collect();
    pts.join(" ")
}

fn n(v: f32) -> String {
    let r = (v * 100.0).round() / 100.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r}")
    }
}

impl Svg {
    /// An empty picture of a size, with a title for screen readers.
    pub fn new(width: f32, height: f32, title: &str) -> Svg {
        Svg::with_prefix(width, height, title, "g")
    }

    /// The same, glyph ids starting with `prefix`, so that several SVGs can share one HTML page.
    pub fn with_prefix(width: f32, height: f32, title: &str, prefix: &str) -> Svg {
        Svg {
            prefix: prefix.to_string(),
            width,
            height,
            title: title.to_string(),
            body: String::new(),
            glyphs: BTreeMap::new(),
        }
    }

    fn glyph(&mut self, bold: bool, id: ab_glyph::GlyphId) -> Option<String> {
        let key = (bold, id.0);
        if let std::collections::btree_map::Entry::Vacant(slot) = self.glyphs.entry(key) {
            let o = font::face(bold).outline(id)?;
            let mut d = String::new();
            let mut last: Option<ab_glyph::Point> = None;
            for c in &o.curves {
                let (from, to) = match c {
                    OutlineCurve::Line(a, b) => (*a, *b),
                    OutlineCurve::Quad(a, _, b) => (*a, *b),
                    OutlineCurve::Cubic(a, _, _, b) => (*a, *b),
                };
                if last != Some(from) {
                    if last.is_some() {
                        d.push('Z');
                    }
                    let _ = write!(d, "M{} {}", n(from.x), n(from.y));
                }
                match c {
                    OutlineCurve::Line(_, b) => {
                        let _ = write!(d, "L{} {}", n(b.x), n(b.y));
                    }
                    OutlineCurve::Quad(_, p, b) => {
                        let _ = write!(d, "Q{} {} {} {}", n(p.x), n(p.y), n(b.x), n(b.y));
                    }
                    OutlineCurve::Cubic(_, p, q, b) => {
                        let _ = write!(
                            d,
                            "C{} {} {} {} {} {}",
                            n(p.x),
                            n(p.y),
                            n(q.x),
                            n(q.y),
                            n(b.x),
                            n(b.y)
                        );
                    }
                }
                last = Some(to);
            }
            d.push('Z');
            slot.insert(d);
        }
        Some(format!(
            "{}{}{}",
            self.prefix,
            if bold { "b" } else { "r" },
            id.0
        ))
    }

    /// The finished document.
    pub fn finish(self) -> String {
        let mut s = String::with_capacity(self.body.len() + 64 * self.glyphs.len() + 512);
        let _ = write!(
            s,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{t}\" font-family=\"{f}\">\n<title>{t}</title>\n<defs>\n",
            w = n(self.width),
            h = n(self.height),
            t = esc(&self.title),
            f = font::FAMILY
        );
        for ((bold, id), d) in &self.glyphs {
            let _ = writeln!(
                s,
                "<path id=\"{}{}{}\" d=\"{}\"/>",
                self.prefix,
                if *bold { "b" } else { "r" },
                id,
                d
            );
        }
        s.push_str("</defs>\n");
        s.push_str(&self.body);
        s.push_str("</svg>\n");
        s
    }
}

impl Canvas for Svg {
    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Rgb) {
        if w <= 0.0 || h <= 0.0 {
            return;
        }
        let _ = writeln!(
            self.body,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
            n(x),
            n(y),
            n(w),
            n(h),
            fill.hex()
        );
    }

    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, color: Rgb) {
        let _ = writeln!(
            self.body,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\"/>",
            n(x1),
            n(y1),
            n(x2),
            n(y2),
            color.hex(),
            n(width)
        );
    }

    fn polyline(&mut self, points: &[(f32, f32)], width: f32, color: Rgb) {
        let _ = writeln!(
            self.body,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"round\"/>",
            svg_points(points),
            color.hex(),
            n(width)
        );
    }

    fn circle(&mut self, x: f32, y: f32, r: f32, fill: Rgb) {
        let _ = writeln!(
            self.body,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"/>",
            n(x),
            n(y),
            n(r),
            fill.hex()
        );
    }

    fn polygon(&mut self, points: &[(f32, f32)], fill: Rgb) {
        if points.len() < 3 {
            return;
        }
        let _ = writeln!(
            self.body,
            "<polygon points=\"{}\" fill=\"{}\"/>",
            svg_points(points),
            fill.hex()
        );
    }

    fn text(
        &mut self,
        x: f32,
        y: f32,
        text: &str,
        size: f32,
        bold: bool,
        color: Rgb,
        anchor: Anchor,
    ) {
        let x0 = start_x(x, text, size, bold, anchor);
        let face = font::face(bold);
        // ab_glyph's pixel size is the font's height (ascent − descent), not its em.
        let k = face.as_scaled(size).h_scale_factor();
        let mut uses = String::new();
        for (id, dx) in font::layout(text, size, bold) {
            if let Some(gid) = self.glyph(bold, id) {
                let _ = write!(
                    uses,
                    "<use xlink:href=\"#{gid}\" transform=\"matrix({} 0 0 {} {} {})\"/>",
                    k,
                    -k,
                    n(x0 + dx),
                    n(y)
                );
            }
        }
        let _ = writeln!(
            self.body,
            "<g class=\"t\" fill=\"{}\" data-size=\"{}\" aria-label=\"{}\">{}</g>",
            color.hex(),
            n(size),
            esc(text),
            uses
        );
    }
}
