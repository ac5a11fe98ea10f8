//! What a file really is, from its bytes, not its name: portals serve HTML
//! and SpreadsheetML 2003 as ".xls", and e-mail turns files into anything.

use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::said;
use std::io::Cursor;
use std::path::Path;

/// A format ashyq reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Office Open XML workbook.
    Xlsx,
    /// Excel binary workbook.
    Xlsb,
    /// OpenDocument spreadsheet.
    Ods,
    /// Excel 97-2003 workbook.
    Xls,
    /// Delimited text (CSV, TSV).
    Text,
    /// JSON (an ashyq lines file).
    Json,
    /// Parquet (an ashyq lines file).
    Parquet,
    /// An HTML page or fragment with tables (also one saved as .xls).
    Html,
    /// A Word document (its tables).
    Docx,
}

impl Kind {
    /// Short name for reports.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Xlsx => "xlsx",
            Kind::Xlsb => "xlsb",
            Kind::Ods => "ods",
            Kind::Xls => "xls",
            Kind::Text => "csv",
            Kind::Json => "json",
            Kind::Parquet => "parquet",
            Kind::Html => "html",
            Kind::Docx => "docx",
        }
    }
}

const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// Zip entries a workbook may have before it looks like a bomb.
const MAX_ZIP_ENTRIES: usize = 10_000;
/// Declared uncompressed size of a workbook's zip before it looks like a bomb.
const MAX_ZIP_UNCOMPRESSED: u64 = 4 << 30;
/// An entry this large that packed more than [`MAX_RATIO`] to one is a bomb
/// (real sheets pack about ten to one; a 400 MB shared string, a thousand).
const BOMB_ENTRY: u64 = 64 << 20;
/// See [`BOMB_ENTRY`].
const MAX_RATIO: u64 = 100;

/// Decides what the bytes are, or says what they are instead.
pub fn sniff(path: &Path, bytes: &[u8]) -> Result<Kind> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return sniff_zip(path, bytes);
    }
    if bytes.starts_with(CFB_MAGIC) {
        return sniff_cfb(path, bytes);
    }
    if bytes.starts_with(b"PAR1") {
        return Ok(Kind::Parquet);
    }
    let head = text_head(bytes);
    let lower = head.trim_start().to_lowercase();
    if lower.starts_with("<?xml") {
        if lower.contains("urn:schemas-microsoft-com:office:spreadsheet") {
            return Err(Error::format(path, said!(SPREADSHEETML)));
        }
        // XHTML: a page all the same.
        if lower.contains("<html") {
            return Ok(Kind::Html);
        }
        return Err(Error::format(path, said!(XML_FILE)));
    }
    // A web page, or a portal's table saved as .xls: its tables are sheets.
    if super::html::is_html(&head) {
        return Ok(Kind::Html);
    }
    if lower.starts_with('{') || lower.starts_with('[') {
        return Ok(Kind::Json);
    }
    if looks_binary(bytes) {
        return Err(Error::format(path, said!(NOT_A_TABLE)));
    }
    Ok(Kind::Text)
}

fn text_head(bytes: &[u8]) -> String {
    let n = bytes.len().min(4096);
    let head = &bytes[..n];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        let (cow, _, _) = if head.starts_with(b"\xFF\xFE") {
            encoding_rs::UTF_16LE.decode(head)
        } else {
            encoding_rs::UTF_16BE.decode(head)
        };
        return cow.into_owned();
    }
    String::from_utf8_lossy(head).into_owned()
}

fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    // UTF-16 and UTF-32 text (by BOM) is mostly NUL bytes.
    if head.starts_with(b"\xFF\xFE")
        || head.starts_with(b"\xFE\xFF")
        || head.starts_with(b"\0\0\xFE\xFF")
    {
        return false;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x09 || (0x0E..0x1B).contains(&b) || (0x1C..0x20).contains(&b))
        .count();
    controls * 100 > head.len()
}

/// The first name the zip's central directory gives two entries, read from
/// the directory itself (bounded: at most [`MAX_ZIP_ENTRIES`] records; a
/// zip64 or unreadable directory is left to the zip crate's checks).
fn name_given_twice(bytes: &[u8]) -> Option<String> {
    let u16_at = |at: usize| Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?));
    let u32_at = |at: usize| Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?));
    // The end-of-directory record: within the last 64 KiB and 22 bytes.
    let from = bytes.len().saturating_sub(65_557);
    let eocd = from + bytes[from..].windows(4).rposition(|w| w == b"PK\x05\x06")?;
    let entries = usize::from(u16_at(eocd + 10)?);
    let start = u32_at(eocd + 16)?;
    if entries == 0xFFFF || start == u32::MAX || entries > MAX_ZIP_ENTRIES {
        return None;
    }
    let mut seen = std::collections::HashSet::with_capacity(entries);
    let mut at = start as usize;
    for _ in 0..entries {
        if bytes.get(at..at + 4)? != b"PK\x01\x02" {
            return None;
        }
        let name_len = usize::from(u16_at(at + 28)?);
        let extra = usize::from(u16_at(at + 30)?);
        let comment = usize::from(u16_at(at + 32)?);
        let name = bytes.get(at + 46..at + 46 + name_len)?;
        if !seen.insert(name) {
            return Some(String::from_utf8_lossy(name).into_owned());
        }
        at += 46 + name_len + extra + comment;
    }
    None
}

fn sniff_zip(path: &Path, bytes: &[u8]) -> Result<Kind> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| Error::format(path, said!(ZIP_DAMAGED, e = e)))?;
    if zip.len() > MAX_ZIP_ENTRIES {
        return Err(Error::format(
            path,
            said!(ZIP_ENTRIES, n = zip.len(), max = MAX_ZIP_ENTRIES),
        ));
    }
    // The zip crate keeps one entry per name (the last): a part named twice
    // may be read as another copy than a spreadsheet program shows.
    if let Some(name) = name_given_twice(bytes) {
        return Err(Error::format(path, said!(ZIP_TWICE, part = name)));
    }
    let mut total: u64 = 0;
    let mut names = Vec::with_capacity(zip.len());
    for i in 0..zip.len() {
        let entry = zip
            .by_index_raw(i)
            .map_err(|e| Error::format(path, said!(ZIP_DAMAGED, e = e)))?;
        if entry.encrypted() {
            return Err(Error::format(path, said!(ZIP_PASSWORD)));
        }
        if entry.size() > BOMB_ENTRY && entry.size() / entry.compressed_size().max(1) > MAX_RATIO {
            return Err(Error::format(
                path,
                said!(
                    ZIP_RATIO,
                    part = entry.name(),
                    from = entry.compressed_size(),
                    to = entry.size(),
                    max = MAX_RATIO
                ),
            ));
        }
        total = total.saturating_add(entry.size());
        names.push(entry.name().to_string());
    }
    if total > MAX_ZIP_UNCOMPRESSED {
        return Err(Error::format(
            path,
            said!(ZIP_TOTAL, total = total, max = MAX_ZIP_UNCOMPRESSED),
        ));
    }
    let has = |n: &str| names.iter().any(|x| x == n);
    if has("xl/workbook.xml") {
        Ok(Kind::Xlsx)
    } else if has("xl/workbook.bin") {
        Ok(Kind::Xlsb)
    } else if has("content.xml") && has("mimetype") {
        Ok(Kind::Ods)
    } else if has("word/document.xml") {
        Ok(Kind::Docx)
    } else {
        Err(Error::format(path, said!(ZIP_NOT_WORKBOOK)))
    }
}

fn utf16(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn sniff_cfb(path: &Path, bytes: &[u8]) -> Result<Kind> {
    if contains(bytes, &utf16("EncryptedPackage")) {
        return Err(Error::format(path, said!(XLS_ENCRYPTED)));
    }
    if contains(bytes, &utf16("WordDocument")) {
        return Err(Error::format(path, said!(WORD_DOC)));
    }
    Ok(Kind::Xls)
}
