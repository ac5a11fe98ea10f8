//! The workbook package: the zip, the sheets in workbook order with their
//! parts (through the relationships), the shared strings and which cell
//! formats show dates.

use super::lex::{rich_text, Tags};
use super::{ReadError, R};
use crate::i18n::import::*;
use crate::said;
use calamine::{Sheet, SheetType, SheetVisible};
use std::io::{Cursor, Read};

/// The parts of a workbook that a sheet's cells refer to.
pub struct Book {
    zip: zip::ZipArchive<Cursor<Vec<u8>>>,
    /// Sheets in workbook order, each with the path of its XML part.
    sheets: Vec<(Sheet, String)>,
    /// The shared strings table.
    pub strings: Vec<String>,
    /// For each cell format (the `s` attribute), whether it shows a date.
    pub dates: Vec<bool>,
}

impl Book {
    /// Opens the workbook: its sheet list, shared strings and cell formats.
    pub fn open(bytes: Vec<u8>) -> R<Book> {
        let zip = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| ReadError::new(said!(X_ZIP, e = e)))?;
        let mut book = Book {
            zip,
            sheets: Vec::new(),
            strings: Vec::new(),
            dates: Vec::new(),
        };
        let root = book
            .part("_rels/.rels")?
            .and_then(|rels| {
                relationships(&rels)
                    .into_iter()
                    .find(|r| r.kind.ends_with("/officeDocument"))
                    .map(|r| resolve("", &r.target))
            })
            .unwrap_or_else(|| "xl/workbook.xml".to_string());
        let dir = root.rsplit_once('/').map_or("", |(d, _)| d).to_string();
        let file = root[dir.len()..].trim_start_matches('/');
        let rels_path = join(&dir, &format!("_rels/{file}.rels"));
        let rels = book
            .part(&rels_path)?
            .map(|x| relationships(&x))
            .unwrap_or_default();
        let workbook = book
            .part(&root)?
            .ok_or_else(|| ReadError::new(said!(X_PART_MISSING, part = &root)))?;
        for tag in Tags::new(&workbook) {
            let tag = tag?;
            if tag.name != b"sheet" || tag.close {
                continue;
            }
            let name = tag
                .attr(b"name")?
                .ok_or_else(|| ReadError::new(said!(X_SHEET_NO_NAME)))?;
            let visible = match tag.attr(b"state")?.as_deref() {
                Some("hidden") => SheetVisible::Hidden,
                Some("veryHidden") => SheetVisible::VeryHidden,
                _ => SheetVisible::Visible,
            };
            let id = tag.attr(b"id")?.unwrap_or_default();
            let rel = rels.iter().find(|r| r.id == id);
            let typ = match rel.map(|r| r.kind.rsplit('/').next().unwrap_or("")) {
                Some("worksheet") | None => SheetType::WorkSheet,
                Some("chartsheet") => SheetType::ChartSheet,
                Some("dialogsheet") => SheetType::DialogSheet,
                Some(_) => SheetType::MacroSheet,
            };
            let path = rel.map(|r| resolve(&dir, &r.target)).unwrap_or_default();
            // Two entries of one name, or two names for one part, would
            // import the same cells twice.
            if let Some((other, _)) = book
                .sheets
                .iter()
                .find(|(s, p)| s.name == name || (!path.is_empty() && *p == path))
            {
                return Err(ReadError::new(if other.name == name {
                    said!(X_TWO_SHEETS, name = &name)
                } else {
                    said!(X_ONE_PART, a = &other.name, b = &name, path = &path)
                }));
            }
            book.sheets.push((Sheet { name, typ, visible }, path));
        }
        let part_of = |suffix: &str, default: &str| {
            rels.iter()
                .find(|r| r.kind.ends_with(suffix))
                .map(|r| resolve(&dir, &r.target))
                .unwrap_or_else(|| join(&dir, default))
        };
        let (strings, styles) = (
            part_of("/sharedStrings", "sharedStrings.xml"),
            part_of("/styles", "styles.xml"),
        );
        if let Some(xml) = book.part(&strings)? {
            book.strings = shared_strings(&xml)?;
        }
        if let Some(xml) = book.part(&styles)? {
            book.dates = date_formats(&xml)?;
        }
        Ok(book)
    }

    /// The sheets, as calamine describes them.
    pub fn sheets(&self) -> Vec<Sheet> {
        self.sheets.iter().map(|(s, _)| s.clone()).collect()
    }

    /// The whole text of a part, or `None` when the workbook has no such part.
    pub(super) fn part(&mut self, name: &str) -> R<Option<Vec<u8>>> {
        let mut f = match self.zip.by_name(name) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(ReadError::new(said!(X_UNPACK, name = name, e = e))),
        };
        let declared = f.size();
        crate::import::guard::read_entry(&mut f, declared)
            .map(Some)
            .map_err(|e| ReadError::new(said!(X_UNPACK, name = name, e = e)))
    }

    /// The unpacking reader of a sheet's XML, with the shared strings and
    /// date formats its cells refer to.
    #[allow(clippy::type_complexity)]
    pub fn sheet_parts(&mut self, name: &str) -> R<(impl Read + Send + '_, &[String], &[bool])> {
        let path = self
            .sheets
            .iter()
            .find(|(s, _)| s.name == name)
            .map(|(_, p)| p.as_str())
            .unwrap_or_default();
        let xml = self
            .zip
            .by_name(path)
            .map_err(|e| ReadError::new(said!(X_SHEET_PART, path = path, e = e)))?;
        Ok((xml, &self.strings, &self.dates))
    }
}

/// A relationship of a package part.
pub(super) struct Rel {
    id: String,
    kind: String,
    target: String,
}

pub(super) fn relationships(xml: &[u8]) -> Vec<Rel> {
    Tags::new(xml)
        .filter_map(|t| t.ok())
        .filter(|t| t.name == b"Relationship" && !t.close)
        .filter_map(|t| {
            Some(Rel {
                id: t.attr(b"Id").ok()??,
                kind: t.attr(b"Type").ok()??,
                target: t.attr(b"Target").ok()??,
            })
        })
        .collect()
}

pub(super) fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

/// A relationship target as a path inside the package.
pub(super) fn resolve(dir: &str, target: &str) -> String {
    let joined = match target.strip_prefix('/') {
        Some(abs) => abs.to_string(),
        None if dir.is_empty() => target.to_string(),
        None => format!("{dir}/{target}"),
    };
    let mut parts: Vec<&str> = Vec::new();
    for p in joined.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

/// The shared strings table: each `<si>`'s text runs joined, phonetic runs left out.
pub(super) fn shared_strings(xml: &[u8]) -> R<Vec<String>> {
    let mut out = Vec::new();
    let mut tags = Tags::new(xml);
    while let Some(tag) = tags.next() {
        let tag = tag?;
        if tag.name == b"si" && !tag.close {
            let mut s = String::new();
            if !tag.empty {
                rich_text(&mut tags, Some(b"si"), &mut s)?;
            }
            out.push(s);
        }
    }
    Ok(out)
}

/// For each cell format, whether its number format shows a date or time.
pub(super) fn date_formats(xml: &[u8]) -> R<Vec<bool>> {
    let mut custom: Vec<(String, bool)> = Vec::new();
    let mut out = Vec::new();
    let mut in_xfs = false;
    for tag in Tags::new(xml) {
        let tag = tag?;
        match (tag.name, tag.close) {
            (b"numFmt", false) => {
                if let (Some(id), Some(code)) = (tag.attr(b"numFmtId")?, tag.attr(b"formatCode")?) {
                    custom.push((id, is_date_format(&code)));
                }
            }
            (b"cellXfs", close) => in_xfs = !close && !tag.empty,
            (b"xf", false) if in_xfs => {
                let id = tag.attr(b"numFmtId")?.unwrap_or_default();
                let date = match custom.iter().find(|(i, _)| *i == id) {
                    Some((_, d)) => *d,
                    None => builtin_date(&id),
                };
                out.push(date);
            }
            _ => {}
        }
    }
    Ok(out)
}

/// Excel's built-in number formats that show dates or times.
pub(super) fn builtin_date(id: &str) -> bool {
    matches!(id.parse::<u32>(), Ok(14..=22 | 27..=36 | 45..=47 | 50..=58))
}

/// Whether a format code shows a date or time: a d, m, y, h or s outside
/// quotes, brackets and escapes, in its first section.
pub(super) fn is_date_format(code: &str) -> bool {
    let mut chars = code.chars();
    let (mut quoted, mut bracket) = (false, false);
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            _ if quoted => {}
            '\\' | '_' | '*' => {
                chars.next();
            }
            '[' => bracket = true,
            ']' => bracket = false,
            _ if bracket => {}
            ';' => return false,
            'd' | 'm' | 'y' | 'h' | 's' | 'D' | 'M' | 'Y' | 'H' | 'S' => return true,
            _ => {}
        }
    }
    false
}
