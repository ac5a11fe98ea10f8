//! An .ods file's `content.xml`, read only to count what calamine will
//! expand: `number-rows-repeated` and `number-columns-repeated` let a few
//! bytes stand for millions of cells, each a copy in memory.

use super::Span;
use crate::i18n::import::X_XML_ENDS;
use crate::i18n::Text;
use crate::import::xlsx::lex::{raw_attr, Tags};
use crate::said;

/// The most bytes of text one sheet's repeated cells may expand to.
pub const MAX_TEXT: u64 = 256 << 20;
/// calamine's own caps on a sheet's rows and a row's columns.
const MAX_ROWS: u64 = 1_048_576;
const MAX_COLUMNS: u64 = 16_384;

/// What one sheet will cost calamine.
pub struct Sheet {
    pub name: String,
    /// The grid of non-empty cells, repeats expanded.
    pub span: Span,
    /// The cells calamine keeps before laying them out (up to each row's last value).
    pub cells: u64,
    /// Bytes of cell markup, times the cells that repeat it.
    pub text: u64,
}

fn repeats(attrs: &[u8], name: &[u8]) -> u64 {
    raw_attr(attrs, name)
        .and_then(|v| std::str::from_utf8(v).ok()?.trim().parse::<u64>().ok())
        .unwrap_or(1)
        .max(1)
}

/// Each sheet of the content, or what in its XML cannot be read.
pub fn sheets(content: &[u8]) -> impl Iterator<Item = Result<Sheet, Text>> + '_ {
    let mut tags = Tags::new(content);
    std::iter::from_fn(move || loop {
        let tag = match tags.next()? {
            Ok(t) => t,
            Err(e) => return Some(Err(e.message)),
        };
        if tag.name == b"table" && !tag.close && !tag.empty {
            let name = tag.attr(b"name").ok().flatten().unwrap_or_default();
            return Some(table(&mut tags, name));
        }
    })
}

/// Counts one `<table:table>` up to its end.
fn table(tags: &mut Tags<'_>, name: String) -> Result<Sheet, Text> {
    let mut sheet = Sheet {
        name,
        span: Span::default(),
        cells: 0,
        text: 0,
    };
    let mut row = 0u64;
    while let Some(tag) = tags.next() {
        let tag = tag.map_err(|e| e.message)?;
        if tag.close && tag.name == b"table" {
            return Ok(sheet);
        }
        if tag.name != b"table-row" || tag.close {
            continue;
        }
        let rows = repeats(tag.attrs, b"number-rows-repeated").min(MAX_ROWS.saturating_sub(row));
        if !tag.empty {
            row_cells(tags, &mut sheet, row, rows)?;
        }
        row = (row + rows).min(MAX_ROWS);
    }
    Err(said!(X_XML_ENDS, at = "<table:table>…"))
}

/// Counts the cells of one row (repeated `rows` times) starting at `row`.
fn row_cells(tags: &mut Tags<'_>, sheet: &mut Sheet, row: u64, rows: u64) -> Result<(), Text> {
    let mut col = 0u64;
    let mut pending_empty = 0u64;
    while let Some(tag) = tags.next() {
        let tag = tag.map_err(|e| e.message)?;
        if tag.close && tag.name == b"table-row" {
            return Ok(());
        }
        let is_cell = tag.name == b"table-cell" || tag.name == b"covered-table-cell";
        if !is_cell || tag.close {
            continue;
        }
        let n = repeats(tag.attrs, b"number-columns-repeated").min(MAX_COLUMNS.saturating_sub(col));
        let valued = raw_attr(tag.attrs, b"value-type").is_some()
            || raw_attr(tag.attrs, b"formula").is_some();
        let markup = if tag.empty {
            0
        } else {
            let cell_name = tag.name.to_vec();
            tags.content_until(&cell_name).map_err(|e| e.message)?.len() as u64
        };
        if valued && n > 0 && rows > 0 {
            sheet
                .span
                .add_block(row as u32, col as u32, rows as u32, n as u32);
            sheet.cells = sheet.cells.saturating_add(pending_empty + n);
            sheet.text = sheet
                .text
                .saturating_add(markup.saturating_mul(n).saturating_mul(rows));
            pending_empty = 0;
        } else {
            pending_empty += n;
        }
        col = (col + n).min(MAX_COLUMNS);
    }
    Err(said!(X_XML_ENDS, at = "<table:table-row>…"))
}
