//! The one font of every chart, embedded in the binary: DejaVu Sans
//! (regular and bold, licence in assets/fonts/LICENSE), which covers every
//! Kazakh letter, №, ₸. No system fonts are looked for, ever.
//!
//! Text is measured here for both backends, so a label laid out for the PNG
//! sits in the same place in the SVG.

use ab_glyph::{Font, FontRef, GlyphId, ScaleFont};
use std::sync::OnceLock;

static REGULAR_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// The CSS family name written into SVG metadata.
pub const FAMILY: &str = "DejaVu Sans";

/// The regular or bold face.
pub fn face(bold: bool) -> &'static FontRef<'static> {
    static FACES: OnceLock<(FontRef<'static>, FontRef<'static>)> = OnceLock::new();
    let (r, b) = FACES.get_or_init(|| {
        // The bytes are ours, checked by a test: a failure here is a build defect.
        #[allow(clippy::expect_used)]
        (
            FontRef::try_from_slice(REGULAR_TTF).expect("embedded DejaVuSans.ttf"),
            FontRef::try_from_slice(BOLD_TTF).expect("embedded DejaVuSans-Bold.ttf"),
        )
    });
    if bold {
        b
    } else {
        r
    }
}

/// Width in pixels of `text` at `size` pixels per em.
pub fn width(text: &str, size: f32, bold: bool) -> f32 {
    let f = face(bold).as_scaled(size);
    let mut w = 0.0;
    let mut prev: Option<GlyphId> = None;
    for c in text.chars() {
        let id = f.glyph_id(c);
        if let Some(p) = prev {
            w += f.kern(p, id);
        }
        w += f.h_advance(id);
        prev = Some(id);
    }
    w
}

/// Ascent (above the baseline) at `size`.
pub fn ascent(size: f32) -> f32 {
    face(false).as_scaled(size).ascent()
}

/// Glyphs of a text with their x offsets from the start, in pixels at `size`.
pub fn layout(text: &str, size: f32, bold: bool) -> Vec<(GlyphId, f32)> {
    let f = face(bold).as_scaled(size);
    let mut x = 0.0;
    let mut prev: Option<GlyphId> = None;
    let mut out = Vec::new();
    for c in text.chars() {
        let id = f.glyph_id(c);
        if let Some(p) = prev {
            x += f.kern(p, id);
        }
        out.push((id, x));
        x += f.h_advance(id);
        prev = Some(id);
    }
    out
}

/// Characters the font has no glyph for (they would draw as boxes).
pub fn missing(text: &str) -> Vec<char> {
    let f = face(false);
    text.chars()
        .filter(|c| !c.is_whitespace() && f.glyph_id(*c).0 == 0)
        .collect()
}

/// How many leading `chars` fit within `max` pixels (measured once, left to right).
fn fitting(chars: &[char], size: f32, bold: bool, max: f32) -> usize {
    let f = face(bold).as_scaled(size);
    let (mut w, mut prev) = (0.0, None::<GlyphId>);
    for (i, &c) in chars.iter().enumerate() {
        let id = f.glyph_id(c);
        if let Some(p) = prev {
            w += f.kern(p, id);
        }
        w += f.h_advance(id);
        if w > max {
            return i;
        }
        prev = Some(id);
    }
    chars.len()
}

/// Cuts text to fit `max` pixels, at a word boundary where one is near, with "…".
pub fn shorten(text: &str, size: f32, bold: bool, max: f32) -> String {
    if width(text, size, bold) <= max {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    // Start from the longest prefix that fits, not from the whole text: a
    // 100 KB name would otherwise be measured 100,000 times.
    let mut n = (fitting(&chars, size, bold, max) + 1).min(chars.len());
    while n > 0 {
        n -= 1;
        let s: String = chars[..n].iter().collect::<String>().trim_end().to_string() + "…";
        if width(&s, size, bold) <= max {
            // Prefer the last word boundary within the last third.
            let cut: String = chars[..n].iter().collect();
            if let Some(sp) = cut.rfind(' ') {
                let head = cut[..sp].trim_end_matches([',', ';', ':', ' ']);
                if head.chars().count() * 3 >= n * 2 {
                    return format!("{head}…");
                }
            }
            return s;
        }
    }
    "…".into()
}

/// Wraps text into at most `lines` lines of `max` pixels, breaking between
/// words; what does not fit ends the last line with "…", and a word longer
/// than a line is cut with "…".
pub fn wrap(text: &str, size: f32, bold: bool, max: f32, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    // Words break after their hyphens too: "Топливно-" / "энергетический".
    let pieces = text.split_whitespace().flat_map(|w| {
        let mut v: Vec<(String, bool)> = Vec::new();
        let mut start = 0;
        for (i, c) in w.char_indices() {
            if c == '-' && i > start && i + 1 < w.len() {
                v.push((w[start..=i].to_string(), true));
                start = i + 1;
            }
        }
        v.push((w[start..].to_string(), false));
        v
    });
    let mut glue = false;
    for (w, hyphen) in pieces {
        let w = w.as_str();
        let trial = if cur.is_empty() {
            w.to_string()
        } else if glue {
            format!("{cur}{w}")
        } else {
            format!("{cur} {w}")
        };
        glue = hyphen;
        if width(&trial, size, bold) <= max {
            cur = trial;
            continue;
        }
        if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        cur = w.to_string();
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    let lines = lines.max(1);
    if out.len() > lines {
        let rest = out[lines - 1..].join(" ");
        out.truncate(lines - 1);
        out.push(shorten(&rest, size, bold, max));
    }
    for l in &mut out {
        if width(l, size, bold) > max {
            *l = shorten(l, size, bold, max);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kazakh_letter_and_the_tenge_sign_have_glyphs() {
        let kazakh = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
        let russian = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";
        let other = "№₸€$%–—…«»ÀÑñáéíóúÜü";
        assert_eq!(
            missing(&format!("{kazakh}{russian}{other}")),
            Vec::<char>::new()
        );
        assert_eq!(missing("\u{10FFFD}"), vec!['\u{10FFFD}']);
    }

    #[test]
    fn wrapping_breaks_between_words_and_marks_the_cut() {
        let long = "Сельское, водное, лесное, рыбное хозяйство, особо охраняемые природные территории, охрана окружающей среды и животного мира, земельные отношения";
        let lines = wrap(long, 20.0, false, 300.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("Сельское, водное,"), "{lines:?}");
        assert!(lines[1].ends_with('…'), "{lines:?}");
        for l in &lines {
            assert!(width(l, 20.0, false) <= 300.0, "{l}");
        }
        assert_eq!(wrap("Образование", 20.0, false, 300.0, 2), ["Образование"]);
        // A long compound breaks after its hyphen, not inside a word.
        let fuel = wrap("Топливно-энергетический комплекс", 20.0, false, 200.0, 3);
        assert_eq!(fuel, ["Топливно-", "энергетический", "комплекс"]);
        assert_eq!(
            wrap("Жилищно-коммунальное", 20.0, false, 900.0, 2),
            ["Жилищно-коммунальное"]
        );
        assert_eq!(wrap("- x -", 20.0, false, 900.0, 2), ["- x -"]);
        let s = shorten("Құрылыс және сәулет", 20.0, false, 120.0);
        assert!(s.ends_with('…') && width(&s, 20.0, false) <= 120.0, "{s}");
    }
}
