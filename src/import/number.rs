//! Numbers as governments print them, turned into exact decimals.
//!
//! Text cells: "41 667 248,8" (space, NBSP or narrow NBSP groups, decimal
//! comma), "1,234,567.89", "1.234.567,89", "-280 934", "- 573 082,7", "(735)",
//! "(-) 735", "−12" (U+2212). Missing markers ("-", "NA", "#Missing", "н/д",
//! ...) are kept apart from zero. Workbook floats are read as Excel shows them:
//! 15 significant digits, so 7.0000000000000009 is 7.

use rust_decimal::Decimal;

/// What a cell's text turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    /// A number.
    Number(Decimal),
    /// A marker that stands for "no amount" ("-", "NA", "#Missing", ...), or "" for blank.
    Missing(String),
    /// Text that is not a number.
    Text,
}

/// How commas in numbers stored as text are read when a number alone cannot tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DecimalMark {
    /// "1,234" is one thousand two hundred thirty-four (English style).
    #[default]
    Point,
    /// "1,234" is one point two three four (Russian, Kazakh, most of Europe).
    Comma,
}

const MISSING_MARKERS: &[&str] = &[
    "-",
    "–",
    "—",
    "−",
    "--",
    "х",
    "x",
    "na",
    "n/a",
    "н/д",
    "нет данных",
    "#missing",
    "missing",
    "null",
    "none",
    "nan",
    "…",
    "...",
    "*",
];

/// True when the text is one of the markers printed instead of an amount.
pub fn is_missing_marker(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    MISSING_MARKERS.contains(&t.as_str())
}

/// Parses a cell's text as an amount.
pub fn parse_text(text: &str, mark: DecimalMark) -> Parsed {
    if let Some(d) = plain_number(text, mark) {
        return Parsed::Number(d);
    }
    let t = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if t.is_empty() {
        return Parsed::Missing(String::new());
    }
    if is_missing_marker(t) {
        return Parsed::Missing(t.to_string());
    }
    match parse_number(t, mark) {
        Some(d) => Parsed::Number(d),
        None => Parsed::Text,
    }
}

/// What one value alone says about the decimal mark of its column:
/// `Some(Point)` for "2752587.0", "96.26", "1785668970.266" (a dot no group
/// can explain) or "1,234,567.8"; `Some(Comma)` for "41 667 248,8",
/// "1.234.567" or "12,5"; `None` for integers and for values that read
/// either way ("180.661", "1,234").
pub fn mark_evidence(text: &str) -> Option<DecimalMark> {
    // The common case, at no cost: an integer, or no separator at all.
    if !text.bytes().any(|b| b == b'.' || b == b',') {
        return None;
    }
    let (_, body) = sign_and_body(text.trim())?;
    let scan = scan_digits(body)?;
    if scan.exponent.is_some() {
        return None;
    }
    let (sep, after) = scan.last_sep?;
    let decimal_is = |c: char| {
        if c == '.' {
            DecimalMark::Point
        } else {
            DecimalMark::Comma
        }
    };
    let other = |c: char| if c == '.' { ',' } else { '.' };
    match (scan.commas, scan.points) {
        // Both kinds: the last one is the decimal mark.
        (c, p) if c > 0 && p > 0 => Some(decimal_is(sep)),
        // Several of one kind: they group, so the other is the decimal mark.
        (c, p) if c > 1 || p > 1 => Some(decimal_is(other(sep))),
        _ => {
            let before = scan.digits.find(sep).unwrap_or(0);
            let space_grouped = body.contains([' ', '\u{a0}', '\u{202f}', '\u{2009}', '\'']);
            if after != 3 || before > 3 || space_grouped {
                Some(decimal_is(sep))
            } else {
                None
            }
        }
    }
}

/// True when a value's reading depends on the decimal mark: one `.` or `,`
/// with one to three digits before it and exactly three after ("180.661").
pub fn is_ambiguous(text: &str) -> bool {
    if !text.bytes().any(|b| b == b'.' || b == b',') {
        return false;
    }
    let Some((_, body)) = sign_and_body(text.trim()) else {
        return false;
    };
    let Some(scan) = scan_digits(body) else {
        return false;
    };
    scan.exponent.is_none() && scan.commas + scan.points == 1 && mark_evidence(text).is_none()
}

/// The common case read directly: digits with an optional sign and at most
/// one decimal point that cannot be a group separator ("3957838.2", "-12").
fn plain_number(text: &str, mark: DecimalMark) -> Option<Decimal> {
    let b = text.as_bytes();
    let digits = b.strip_prefix(b"-").unwrap_or(b);
    if digits.is_empty() || digits.len() > 20 || !digits[0].is_ascii_digit() {
        return None;
    }
    let mut point = None;
    for (i, c) in digits.iter().enumerate() {
        match c {
            b'0'..=b'9' => {}
            b'.' if point.is_none() => point = Some(i),
            _ => return None,
        }
    }
    match point {
        Some(p) if p + 1 == digits.len() => return None,
        // "1.234" groups thousands where decimal commas are written.
        Some(p) if mark == DecimalMark::Comma && digits.len() - p - 1 == 3 => return None,
        _ => {}
    }
    Decimal::from_str_exact(text).ok().map(|d| d.normalize())
}

fn parse_number(text: &str, mark: DecimalMark) -> Option<Decimal> {
    let (negative, s) = sign_and_body(text)?;
    if !spaces_group_by_three(s) {
        return None;
    }
    let scan = scan_digits(s)?;
    let decimal = decimal_separator(&scan, mark);
    let plain = decimal_text(&scan.digits, decimal, negative)?;
    if !groups_consistent(&scan, decimal) {
        return None;
    }
    let mut value = Decimal::from_str_exact(&plain).ok()?;
    if let Some(exp) = scan.exponent {
        value = scale_by_exponent(value, exp)?;
    }
    // Beyond any budget (and beyond what sums of many such cells can hold).
    if value.abs() >= Decimal::from(10u128.pow(25)) {
        return None;
    }
    Some(value.normalize())
}

/// The sign ("(735)", "(-) 735", "- 573 082,7", "+5") and the number's text
/// without it and without currency signs; `None` for two signs or no text.
fn sign_and_body(text: &str) -> Option<(bool, &str)> {
    let mut s = text;
    let mut negative = false;
    // Parentheses: "(735)" and "(-) 735".
    if let Some(rest) = s.strip_prefix("(-)") {
        negative = true;
        s = rest.trim_start();
    } else if let Some(inner) = s.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        negative = true;
        s = inner.trim();
    }
    // A leading sign, possibly followed by spaces: "- 573 082,7".
    if let Some(c) = s.chars().next() {
        if matches!(c, '-' | '−' | '–') {
            if negative {
                return None;
            }
            negative = true;
            s = s[c.len_utf8()..].trim_start();
        } else if c == '+' {
            s = s[1..].trim_start();
        }
    }
    // Currency signs around the number.
    let s = s
        .trim_start_matches(['$', '€', '₸', '£'])
        .trim_end_matches(['$', '€', '₸', '£'])
        .trim();
    (!s.is_empty()).then_some((negative, s))
}

/// Space-like group separators must group by three: "41 667 248,8" is a
/// number, "04 2 464" is a code.
fn spaces_group_by_three(text: &str) -> bool {
    let is_space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'');
    if !text.contains(is_space) {
        return true;
    }
    let mut parts = text.split(is_space);
    let first = parts.next().unwrap_or("");
    if first.is_empty() || first.len() > 3 || !first.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    parts.all(|p| {
        let lead = p.chars().take_while(|c| c.is_ascii_digit()).count();
        lead == 3 && (p.len() == 3 || p[3..].starts_with([',', '.']))
    })
}

/// The digits and separators of a number, as scanned.
struct Scanned<'a> {
    /// Digits with their `,` and `.` kept, spaces dropped.
    digits: String,
    commas: usize,
    points: usize,
    /// The last separator and how many digits follow it.
    last_sep: Option<(char, usize)>,
    /// The text after an `e`/`E`.
    exponent: Option<&'a str>,
}

/// Scans digits, separators and spaces between digits; `None` for any other
/// character, a separator not after a digit, or no digit at the end.
fn scan_digits(text: &str) -> Option<Scanned<'_>> {
    let mut out = Scanned {
        digits: String::with_capacity(text.len()),
        commas: 0,
        points: 0,
        last_sep: None,
        exponent: None,
    };
    let mut after = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '0'..='9' => {
                out.digits.push(c);
                after += 1;
            }
            ',' | '.' => {
                if c == ',' {
                    out.commas += 1;
                } else {
                    out.points += 1;
                }
                if after == 0 {
                    return None;
                }
                out.digits.push(c);
                out.last_sep = Some((c, 0));
                after = 0;
            }
            ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' => {
                // group separators; must sit between digits
                if after == 0 {
                    return None;
                }
            }
            'e' | 'E' if !out.digits.is_empty() => {
                out.exponent = Some(&text[i + 1..]);
                break;
            }
            _ => return None,
        }
        if let Some((sep, _)) = out.last_sep {
            out.last_sep = Some((sep, after));
        }
    }
    (after > 0).then_some(out)
}

/// Which separator is the decimal mark, if any: one of several alike
/// groups thousands; a lone one with three digits after it follows the
/// column's mark.
fn decimal_separator(scan: &Scanned, mark: DecimalMark) -> Option<char> {
    let (commas, points, last_sep) = (scan.commas, scan.points, scan.last_sep);
    match (commas, points) {
        (0, 0) => None,
        (_, 0) if commas > 1 => None, // 1,234,567
        (0, _) if points > 1 => None, // 1.234.567
        (1, 0) => match (last_sep, mark) {
            (Some((',', 3)), DecimalMark::Point) => None,
            _ => Some(','),
        },
        (0, 1) => match (last_sep, mark) {
            (Some(('.', 3)), DecimalMark::Comma) => None,
            _ => Some('.'),
        },
        _ => last_sep.map(|(c, _)| c),
    }
}

/// The number as plain decimal text ("-1234.5"); `None` for two decimal marks.
fn decimal_text(digits: &str, decimal: Option<char>, negative: bool) -> Option<String> {
    let mut plain = String::with_capacity(digits.len() + 1);
    let mut seen_decimal = false;
    if negative {
        plain.push('-');
    }
    // Only the last separator can be the decimal mark.
    let last_pos = decimal.and_then(|d| digits.rfind(d));
    for (i, c) in digits.char_indices() {
        if c == ',' || c == '.' {
            if Some(i) == last_pos {
                plain.push('.');
                seen_decimal = true;
            } else if Some(c) == decimal || seen_decimal {
                return None; // two decimal marks
            }
        } else {
            plain.push(c);
        }
    }
    Some(plain)
}

/// Group separators must be consistent: when a separator groups, every
/// group after the first has three digits.
fn groups_consistent(scan: &Scanned, decimal: Option<char>) -> bool {
    let grouping = match decimal {
        Some(',') => '.',
        Some(_) => ',',
        None if scan.commas > 0 => ',',
        None => '.',
    };
    let last_pos = decimal.and_then(|d| scan.digits.rfind(d));
    let int_part = match last_pos {
        Some(p) => &scan.digits[..p],
        None => &scan.digits[..],
    };
    if !int_part.contains(grouping) {
        return true;
    }
    let mut groups = int_part.split(grouping);
    let first = groups.next().unwrap_or("");
    !(first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3))
}

/// A value times ten to an exponent written after `e` (|e| ≤ 20).
fn scale_by_exponent(mut value: Decimal, exp: &str) -> Option<Decimal> {
    let e: i32 = exp.parse().ok()?;
    if !(-20..=20).contains(&e) {
        return None;
    }
    let ten = Decimal::from(10);
    for _ in 0..e.unsigned_abs() {
        value = if e > 0 {
            value.checked_mul(ten)?
        } else {
            value.checked_div(ten)?
        };
    }
    Some(value)
}

/// A workbook float as Excel shows it (15 significant digits), exactly.
/// `None` for NaN and infinities, and for magnitudes beyond any budget (1e25).
pub fn from_f64(v: f64) -> Option<Decimal> {
    if !v.is_finite() || v.abs() >= 1e25 {
        return None;
    }
    // Fast path: integers and values with a few decimals, which is nearly
    // every amount in a budget.
    if v.abs() < 1e15 {
        let mut scale = 0u32;
        let mut scaled = v;
        while scale <= 6 {
            let r = scaled.round();
            if (scaled - r).abs() <= scaled.abs().max(1.0) * f64::EPSILON * 8.0 {
                let digits = r.abs().log10().floor() as i32 + 1;
                if digits <= 15 {
                    return Some(Decimal::new(r as i64, scale).normalize());
                }
                break;
            }
            scale += 1;
            scaled *= 10.0;
        }
    }
    let text = format!("{:.14e}", v);
    Decimal::from_scientific(&text).ok().map(|d| d.normalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn the_plain_number_shortcut_reads_as_the_full_parser_does() {
        let cases = [
            "0",
            "-0",
            "7",
            "007",
            "3957838.2",
            "-12",
            "1.234",
            "1.2345",
            "12.30",
            "0.5",
            "-0.001",
            "99999999999999999999",
            "1.",
            ".5",
            "-",
            "1.2.3",
            "12a",
            "",
        ];
        for mark in [DecimalMark::Point, DecimalMark::Comma] {
            for c in cases {
                if let Some(d) = plain_number(c, mark) {
                    assert_eq!(Some(d), parse_number(c, mark), "{c:?} {mark:?}");
                    assert_eq!(d.to_string(), d.normalize().to_string(), "{c:?}");
                }
            }
        }
        // Declined, left to the full parser: a point that groups thousands
        // where commas mark decimals, a trailing point, a second point.
        assert_eq!(plain_number("1.234", DecimalMark::Comma), None);
        assert_eq!(num("1.234", DecimalMark::Comma).as_deref(), Some("1234"));
        assert_eq!(plain_number("1.", DecimalMark::Point), None);
        assert_eq!(plain_number("1.2.3", DecimalMark::Point), None);
        assert_eq!(
            plain_number("3957838.2", DecimalMark::Comma),
            Some(Decimal::from_str("3957838.2").unwrap_or_default())
        );
    }

    fn num(s: &str, mark: DecimalMark) -> Option<String> {
        match parse_text(s, mark) {
            Parsed::Number(d) => Some(d.to_string()),
            _ => None,
        }
    }

    #[test]
    fn government_number_formats() {
        use DecimalMark::*;
        assert_eq!(num("41 667 248,8", Comma).as_deref(), Some("41667248.8"));
        assert_eq!(
            num("41\u{a0}667\u{a0}248,8", Point).as_deref(),
            Some("41667248.8")
        );
        assert_eq!(
            num("41\u{202f}667\u{202f}248,8", Comma).as_deref(),
            Some("41667248.8")
        );
        assert_eq!(num("366814,4", Point).as_deref(), Some("366814.4"));
        assert_eq!(num("1,234,567.89", Comma).as_deref(), Some("1234567.89"));
        assert_eq!(num("1.234.567,89", Point).as_deref(), Some("1234567.89"));
        assert_eq!(num("-280 934", Comma).as_deref(), Some("-280934"));
        assert_eq!(num("- 573 082,7", Comma).as_deref(), Some("-573082.7"));
        assert_eq!(num("(735)", Point).as_deref(), Some("-735"));
        assert_eq!(num("(-) 735", Point).as_deref(), Some("-735"));
        assert_eq!(num("−12", Point).as_deref(), Some("-12"));
        assert_eq!(num("1624903.69", Point).as_deref(), Some("1624903.69"));
        assert_eq!(num("$1,234", Point).as_deref(), Some("1234"));
        assert_eq!(num("1.5E+3", Point).as_deref(), Some("1500"));
    }

    #[test]
    fn ambiguous_comma_follows_the_file() {
        assert_eq!(num("1,234", DecimalMark::Point).as_deref(), Some("1234"));
        assert_eq!(num("1,234", DecimalMark::Comma).as_deref(), Some("1.234"));
        assert_eq!(num("1,25", DecimalMark::Point).as_deref(), Some("1.25"));
        assert_eq!(num("1.234", DecimalMark::Comma).as_deref(), Some("1234"));
    }

    #[test]
    fn not_numbers() {
        for s in [
            "77777777777777777777777777",
            "Образование",
            "04 2 464",
            "1,23,4",
            "12 34",
            "2024-01-31",
            "1.2.3,4,5",
            "(1",
        ] {
            assert_eq!(parse_text(s, DecimalMark::Point), Parsed::Text, "{s}");
        }
    }

    #[test]
    fn missing_is_not_zero() {
        assert_eq!(
            parse_text("#Missing", DecimalMark::Point),
            Parsed::Missing("#Missing".into())
        );
        assert_eq!(
            parse_text(" - ", DecimalMark::Point),
            Parsed::Missing("-".into())
        );
        assert_eq!(
            parse_text("н/д", DecimalMark::Point),
            Parsed::Missing("н/д".into())
        );
        assert_eq!(
            parse_text("", DecimalMark::Point),
            Parsed::Missing(String::new())
        );
        assert_eq!(
            parse_text("0", DecimalMark::Point),
            Parsed::Number(Decimal::ZERO)
        );
    }

    #[test]
    fn floats_as_excel_shows_them() {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        assert_eq!(from_f64(7.000_000_000_000_001), Some(d("7")));
        assert_eq!(from_f64(0.1 + 0.2), Some(d("0.3")));
        assert_eq!(from_f64(1624903.69), Some(d("1624903.69")));
        assert_eq!(from_f64(-366814.4), Some(d("-366814.4")));
        assert_eq!(from_f64(41667248.8), Some(d("41667248.8")));
        assert_eq!(from_f64(0.075), Some(d("0.075")));
        assert_eq!(from_f64(123456789012.345), Some(d("123456789012.345")));
        assert_eq!(from_f64(1.0 / 3.0), Some(d("0.333333333333333")));
        assert_eq!(from_f64(f64::NAN), None);
        assert_eq!(from_f64(f64::INFINITY), None);
        assert_eq!(from_f64(1e300), None);
    }

    #[test]
    fn evidence_of_the_decimal_mark() {
        use DecimalMark::*;
        for (s, want) in [
            ("2752587.0", Some(Point)),
            ("96.26437326016607", Some(Point)),
            ("1785668970.266", Some(Point)),
            ("1,234,567.8", Some(Point)),
            ("1,234,567", Some(Point)),
            ("41 667 248,8", Some(Comma)),
            ("1 234,567", Some(Comma)),
            ("1.234.567", Some(Comma)),
            ("1.234.567,89", Some(Comma)),
            ("12,5", Some(Comma)),
            ("-0,25", Some(Comma)),
            ("180.661", None),
            ("1,234", None),
            ("-999.999", None),
            ("2024", None),
            ("Итого", None),
        ] {
            assert_eq!(mark_evidence(s), want, "{s}");
        }
        assert!(is_ambiguous("180.661"));
        assert!(is_ambiguous("(1,234)"));
        assert!(!is_ambiguous("180.66"));
        assert!(!is_ambiguous("2024"));
        assert!(!is_ambiguous("1.234.567"));
    }
}
