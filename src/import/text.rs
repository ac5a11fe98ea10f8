//! Delimited text: encoding, separator, rows.

use super::number::DecimalMark;
use super::Value;
use crate::error::{Error, Result};
use std::path::Path;

/// Text decoded from a file's bytes.
#[derive(Debug)]
pub struct Decoded {
    /// The text, BOM removed.
    pub text: String,
    /// The encoding's name, as reported by `inspect`.
    pub encoding: String,
    /// Whether some bytes could not be decoded.
    pub replaced: bool,
}

/// Decodes bytes: a BOM decides; else valid UTF-8 is UTF-8; else the
/// encoding is guessed with a Kazakhstan hint.
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (cow, replaced) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Decoded {
            text: cow.into_owned(),
            encoding: format!("{} (BOM)", enc.name()),
            replaced,
        };
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Decoded {
            text: s.to_string(),
            encoding: "UTF-8".into(),
            replaced: false,
        };
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let enc = det.guess(Some(b"kz"), chardetng::Utf8Detection::Allow);
    let (cow, replaced) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text: cow.into_owned(),
        encoding: format!("{} (guessed)", enc.name()),
        replaced,
    }
}

const CANDIDATES: [char; 4] = [',', ';', '\t', '|'];

/// The field separator: the candidate found the same nonzero number of times
/// on most of the first lines (outside quotes).
pub fn sniff_separator(text: &str) -> char {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(30)
        .collect();
    let mut best = (',', 0usize, 0usize);
    for sep in CANDIDATES {
        let counts: Vec<usize> = lines.iter().map(|l| count_outside_quotes(l, sep)).collect();
        let first = counts.first().copied().unwrap_or(0);
        if first == 0 {
            continue;
        }
        let agree = counts.iter().filter(|&&c| c == first).count();
        if (agree, first) > (best.1, best.2) {
            best = (sep, agree, first);
        }
    }
    best.0
}

fn count_outside_quotes(line: &str, sep: char) -> usize {
    let mut quoted = false;
    let mut n = 0;
    for c in line.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if c == sep && !quoted {
            n += 1;
        }
    }
    n
}

/// A name for a separator in reports.
pub fn separator_name(sep: char) -> &'static str {
    match sep {
        ',' => "comma",
        ';' => "semicolon",
        '\t' => "tab",
        '|' => "pipe",
        _ => "other",
    }
}

/// How "1,234" reads in this file: `;`-separated files and Cyrillic ones
/// write decimal commas.
pub fn decimal_mark(sep: char, text: &str) -> DecimalMark {
    let head: String = text.chars().take(4000).collect();
    let cyrillic = head
        .chars()
        .filter(|c| ('\u{400}'..='\u{4ff}').contains(c))
        .count();
    if sep == ';' || cyrillic > 20 {
        DecimalMark::Comma
    } else {
        DecimalMark::Point
    }
}

/// Calls `f` with each non-empty row: its 0-based row (the line where the
/// record starts) and its cells.
pub fn for_each_row(
    path: &Path,
    text: &str,
    sep: char,
    f: &mut dyn FnMut(u32, &[Value]) -> Result<()>,
) -> Result<()> {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(sep as u8)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let mut cells: Vec<Value> = Vec::new();
    loop {
        match rdr.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                return Err(Error::data(
                    path,
                    "",
                    "",
                    format!(
                        "line {line}: cannot read the CSV ({e}); check the quotes on that line"
                    ),
                ));
            }
        }
        let row = record
            .position()
            .map(|p| p.line().saturating_sub(1))
            .unwrap_or(0);
        cells.clear();
        cells.extend(record.iter().map(|s| {
            if s.trim().is_empty() {
                Value::Empty
            } else {
                Value::Text(s.to_string())
            }
        }));
        if cells.iter().all(Value::is_blank) {
            continue;
        }
        f(u32::try_from(row).unwrap_or(u32::MAX), &cells)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators() {
        assert_eq!(sniff_separator("a,b,c\n1,2,3\n"), ',');
        assert_eq!(sniff_separator("a;b;c\n\"1,5\";2,5;3\n"), ';');
        assert_eq!(sniff_separator("a\tb\n1\t2\n"), '\t');
        assert_eq!(sniff_separator("a|b|c\n1|2|3\n"), '|');
    }

    #[test]
    fn decodes_boms_and_legacy_cyrillic() {
        let d = decode(b"\xEF\xBB\xBFa,b");
        assert_eq!(d.text, "a,b");
        let (bytes, _, _) = encoding_rs::WINDOWS_1251
            .encode("Наименование;Сумма\nОбразование;1 234,5\nЗдравоохранение;99\n");
        let d = decode(&bytes);
        assert!(d.text.starts_with("Наименование;Сумма"), "{}", d.encoding);
        let d = decode(b"\xFF\xFEa\x00,\x00b\x00");
        assert_eq!(d.text, "a,b");
        assert_eq!(d.encoding, "UTF-16LE (BOM)");
    }
}
