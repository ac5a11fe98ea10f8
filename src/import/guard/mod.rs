//! Bounds checked before calamine sees an .xls or .ods file.
//!
//! calamine parses these two formats whole on open and lays each sheet out
//! as a dense grid; what it allocates follows from sizes and counts the file
//! declares. A memory failure cannot be caught in Rust (the process aborts),
//! so the counts are read here first, by a scan that allocates nothing in
//! proportion to them, and a file that would need more than
//! [`MAX_GRID_CELLS`] cells for one sheet is refused with its numbers.
//! xlsx and xlsb are streamed cell by cell and need no such bound.

mod biff;
mod cfb;
mod ods;
mod xlsb;

use crate::error::{Error, Result};
use crate::i18n::import::{B_ROW_ORDER, B_ROW_PAST};
use crate::i18n::messages::*;
use crate::i18n::Text;
use crate::said;
use std::io::Read;
use std::path::Path;

/// The most cells one sheet of an .xls or .ods may span when laid out as a
/// grid (about 60 bytes each in calamine: some 300 MB).
pub const MAX_GRID_CELLS: u64 = 5_000_000;

/// The rows and columns a sheet's cells reach.
#[derive(Debug, Default, Clone, Copy)]
pub struct Span {
    first: Option<(u32, u32)>,
    last: (u32, u32),
}

impl Span {
    fn add(&mut self, row: u32, col: u32) {
        self.add_block(row, col, 1, 1);
    }

    /// A block of `rows` × `cols` cells from (`row`, `col`).
    fn add_block(&mut self, row: u32, col: u32, rows: u32, cols: u32) {
        let (r1, c1) = (
            row.saturating_add(rows.max(1) - 1),
            col.saturating_add(cols.max(1) - 1),
        );
        self.first = Some(match self.first {
            None => (row, col),
            Some((r, c)) => (r.min(row), c.min(col)),
        });
        self.last = (self.last.0.max(r1), self.last.1.max(c1));
    }

    /// The cells of the grid from the first row and column to the last.
    pub fn cells(&self) -> u64 {
        match self.first {
            None => 0,
            Some((r, c)) => {
                u64::from(self.last.0 - r + 1).saturating_mul(u64::from(self.last.1 - c + 1))
            }
        }
    }

    fn rows(&self) -> u64 {
        self.first
            .map_or(0, |(r, _)| u64::from(self.last.0 - r + 1))
    }

    fn cols(&self) -> u64 {
        self.first
            .map_or(0, |(_, c)| u64::from(self.last.1 - c + 1))
    }
}

fn too_big(path: &Path, sheet: &str, what: Text) -> Error {
    Error::data(
        path,
        sheet,
        "",
        said!(GRID_TOO_BIG, what = what, max = MAX_GRID_CELLS),
    )
}

fn span_words(span: &Span) -> Text {
    said!(
        SPAN,
        rows = span.rows(),
        cols = span.cols(),
        cells = span.cells()
    )
}

/// Checks an .xls file's container and each sheet's size.
pub fn xls(path: &Path, bytes: &[u8]) -> Result<()> {
    let damaged = |why: Text| Error::format(path, said!(XLS_DAMAGED, why = why));
    let cfb = cfb::Cfb::open(bytes).map_err(damaged)?;
    let stream = match cfb.stream("Workbook").map_err(damaged)? {
        Some(s) => s,
        None => match cfb.stream("Book").map_err(damaged)? {
            Some(s) => s,
            // calamine names what is missing.
            None => return Ok(()),
        },
    };
    for (name, declared, span) in biff::sheets(&stream) {
        if declared > MAX_GRID_CELLS {
            let what = if declared == u64::MAX {
                said!(SIZE_RECORD_PAST)
            } else {
                said!(SIZE_RECORD, n = declared)
            };
            return Err(too_big(path, &name, what));
        }
        if span.cells() > MAX_GRID_CELLS {
            return Err(too_big(path, &name, span_words(&span)));
        }
    }
    Ok(())
}

/// Checks each sheet part of an .xlsb file for row headers calamine would
/// stop at silently (past Excel's last row, or out of order).
pub fn xlsb(path: &Path, bytes: &[u8]) -> Result<()> {
    let Ok(mut zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        // calamine names what is wrong with the zip.
        return Ok(());
    };
    let parts: Vec<String> = zip
        .file_names()
        .filter(|n| n.starts_with("xl/worksheets/") && n.ends_with(".bin"))
        .map(str::to_string)
        .collect();
    for name in parts {
        let Ok(entry) = zip.by_name(&name) else {
            continue;
        };
        let declared = entry.size();
        let Ok(part) = read_entry(entry, declared) else {
            continue;
        };
        if let Some((row, prev)) = xlsb::bad_row(&part) {
            let why = match prev {
                Some(p) if row <= p => said!(B_ROW_ORDER, row = row, p = p),
                _ => said!(B_ROW_PAST, row = row, max = 1_048_576),
            };
            return Err(Error::format(
                path,
                said!(XLS_PART_DAMAGED, name = name, why = why),
            ));
        }
    }
    Ok(())
}

/// Reads a zip entry whole, refusing one that unpacks past the size its
/// header declares (the declared size is what the bomb checks judged).
pub fn read_entry(mut entry: impl Read, declared: u64) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(declared.min(1 << 26) as usize);
    (&mut entry).take(declared).read_to_end(&mut out)?;
    let mut one = [0u8; 1];
    if entry.read(&mut one)? > 0 {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("it unpacks to more than the {declared} bytes its header declares"),
        ));
    }
    Ok(out)
}

/// Checks an .ods file's sheets, their repeated rows and cells expanded.
pub fn ods(path: &Path, bytes: &[u8]) -> Result<()> {
    let damaged = |why: Text| Error::format(path, said!(ODS_DAMAGED, why = why));
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| damaged(said!(ODS_ZIP, e = e)))?;
    let content = match zip.by_name("content.xml") {
        Ok(entry) => {
            let declared = entry.size();
            read_entry(entry, declared).map_err(|e| damaged(said!(ODS_CONTENT, e = e)))?
        }
        // calamine names what is missing.
        Err(_) => return Ok(()),
    };
    for sheet in ods::sheets(&content) {
        let sheet = sheet.map_err(damaged)?;
        if sheet.span.cells() > MAX_GRID_CELLS {
            return Err(too_big(path, &sheet.name, span_words(&sheet.span)));
        }
        if sheet.cells > MAX_GRID_CELLS {
            let what = said!(REPEATED_CELLS, n = sheet.cells);
            return Err(too_big(path, &sheet.name, what));
        }
        if sheet.text > ods::MAX_TEXT {
            let what = said!(REPEATED_TEXTS, n = sheet.text);
            return Err(too_big(path, &sheet.name, what));
        }
    }
    Ok(())
}
