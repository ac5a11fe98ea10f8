//! Word documents' tables (a maslikhat decision as a .docx attachment):
//! every `w:tbl` of word/document.xml is a sheet of cells. `w:gridSpan` and
//! `w:vMerge` are laid out the way merged cells are in a workbook (the value
//! in the top-left cell), `w:gridBefore` skips its grid columns, paragraphs,
//! `w:br` and `w:tab` become spaces, a table inside a cell is a sheet of its
//! own. The zip was checked by the sniffer (entries, sizes, ratios); the
//! document part is read no further than its declared size.

use super::tables::{tidy, TextTable, TextTables};
use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::said;
use quick_xml::events::{BytesStart, Event};
use std::io::Cursor;
use std::path::Path;

/// Spans past Word's own grid (63 columns) are capped as HTML's are.
const MAX_SPAN: usize = 1000;
/// Tables nested deeper than this are refused (Word itself stops far sooner).
const MAX_DEPTH: usize = 64;

/// A table being read.
#[derive(Default)]
struct Building {
    /// Its place among the document's tables, by where it starts.
    order: usize,
    rows: Vec<Vec<String>>,
    row: Option<Vec<String>>,
    cell: Option<Cell>,
}

#[derive(Default)]
struct Cell {
    text: String,
    span: usize,
    /// A `w:vMerge` that continues the cell above: its text is not its own.
    continues: bool,
}

/// The tables of a Word document.
pub struct DocxSource;

fn attr(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

impl DocxSource {
    /// Reads word/document.xml's tables; fails past `max_cells` cells, or
    /// when the document has no table.
    pub fn parse(path: &Path, bytes: Vec<u8>, max_cells: u64) -> Result<TextTables> {
        let damaged = |e: String| Error::format(path, said!(WORD_DAMAGED, e = e));
        let mut zip =
            zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(e.to_string()))?;
        let entry = zip
            .by_name("word/document.xml")
            .map_err(|e| damaged(e.to_string()))?;
        let declared = entry.size();
        let xml = super::guard::read_entry(entry, declared).map_err(|e| damaged(e.to_string()))?;
        let mut reader = quick_xml::Reader::from_reader(&xml[..]);
        let mut stack: Vec<Building> = Vec::new();
        let mut done: Vec<(usize, Vec<Vec<String>>)> = Vec::new();
        let (mut started, mut cells) = (0usize, 0u64);
        let mut in_text = false;
        // The text outside the tables, paragraph by paragraph.
        let (mut paragraphs, mut para) = (Vec::new(), String::new());
        let mut buf = Vec::new();
        loop {
            let event = reader
                .read_event_into(&mut buf)
                .map_err(|e| damaged(format!("{e} at byte {}", reader.buffer_position())))?;
            match event {
                Event::Start(ref e) | Event::Empty(ref e) => {
                    let empty = matches!(event, Event::Empty(_));
                    match e.name().as_ref() {
                        b"w:tbl" if !empty => {
                            if stack.len() >= MAX_DEPTH {
                                return Err(damaged(said!(TABLES_NESTED, max = MAX_DEPTH).en()));
                            }
                            stack.push(Building {
                                order: started,
                                ..Building::default()
                            });
                            started += 1;
                        }
                        b"w:tr" => {
                            if let Some(t) = stack.last_mut() {
                                t.row = Some(Vec::new());
                            }
                        }
                        b"w:gridBefore" => {
                            let n = attr(e, b"w:val").and_then(|v| v.parse::<usize>().ok());
                            if let (Some(t), Some(n)) = (stack.last_mut(), n) {
                                if let Some(row) = t.row.as_mut() {
                                    row.extend(std::iter::repeat_n(String::new(), n.min(MAX_SPAN)));
                                }
                            }
                        }
                        b"w:tc" if !empty => {
                            if let Some(t) = stack.last_mut() {
                                t.cell = Some(Cell {
                                    span: 1,
                                    ..Cell::default()
                                });
                            }
                        }
                        b"w:gridSpan" => {
                            let n = attr(e, b"w:val").and_then(|v| v.parse::<usize>().ok());
                            if let Some(c) = stack.last_mut().and_then(|t| t.cell.as_mut()) {
                                c.span = n.unwrap_or(1).clamp(1, MAX_SPAN);
                            }
                        }
                        b"w:vMerge" => {
                            let restart = attr(e, b"w:val").is_some_and(|v| v == "restart");
                            if let Some(c) = stack.last_mut().and_then(|t| t.cell.as_mut()) {
                                c.continues = !restart;
                            }
                        }
                        b"w:t" if !empty => in_text = true,
                        b"w:br" | b"w:tab" | b"w:cr" => {
                            if let Some(c) = stack.last_mut().and_then(|t| t.cell.as_mut()) {
                                c.text.push(' ');
                            } else if stack.is_empty() {
                                para.push(' ');
                            }
                        }
                        _ => {}
                    }
                }
                Event::Text(t) if in_text => {
                    let text = t.decode().map_err(|e| damaged(e.to_string()))?;
                    if let Some(c) = stack.last_mut().and_then(|t| t.cell.as_mut()) {
                        c.text.push_str(&text);
                    } else if stack.is_empty() {
                        para.push_str(&text);
                    }
                }
                Event::GeneralRef(r) if in_text => {
                    // &amp; and the like, and numeric references.
                    let name = r.decode().map_err(|e| damaged(e.to_string()))?;
                    let ch = match name.as_ref() {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => r.resolve_char_ref().ok().flatten(),
                    };
                    let outside = stack.is_empty();
                    match (ch, stack.last_mut().and_then(|t| t.cell.as_mut())) {
                        (Some(ch), Some(c)) => c.text.push(ch),
                        (Some(ch), None) if outside => para.push(ch),
                        _ => {}
                    }
                }
                Event::End(ref e) => match e.name().as_ref() {
                    b"w:t" => in_text = false,
                    b"w:p" => {
                        if let Some(c) = stack.last_mut().and_then(|t| t.cell.as_mut()) {
                            c.text.push(' ');
                        } else if stack.is_empty() {
                            let t = tidy(&para);
                            if !t.is_empty() {
                                paragraphs.push(t);
                            }
                            para.clear();
                        }
                    }
                    b"w:tc" => {
                        if let Some(t) = stack.last_mut() {
                            if let (Some(c), Some(row)) = (t.cell.take(), t.row.as_mut()) {
                                let text = if c.continues {
                                    String::new()
                                } else {
                                    tidy(&c.text)
                                };
                                if !text.is_empty() {
                                    cells += 1;
                                    if cells > max_cells {
                                        return Err(Error::format(
                                            path,
                                            said!(DOC_TOO_MANY_CELLS, max = max_cells),
                                        ));
                                    }
                                }
                                row.push(text);
                                row.extend(std::iter::repeat_n(String::new(), c.span - 1));
                            }
                        }
                    }
                    b"w:tr" => {
                        if let Some(t) = stack.last_mut() {
                            if let Some(row) = t.row.take() {
                                t.rows.push(row);
                            }
                        }
                    }
                    b"w:tbl" => {
                        if let Some(t) = stack.pop() {
                            done.push((t.order, t.rows));
                        }
                    }
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
        if done.is_empty() {
            return Err(Error::format(path, said!(DOC_NO_TABLE)));
        }
        done.sort_by_key(|(order, _)| *order);
        let all: String = done
            .iter()
            .flat_map(|(_, rows)| rows.iter().flatten())
            .take(2000)
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let mark = super::text::decimal_mark(',', &all);
        let tables = done
            .into_iter()
            .map(|(order, rows)| TextTable {
                name: format!("table {}", order + 1),
                rows,
            })
            .collect();
        Ok(TextTables::new(tables, mark, paragraphs))
    }
}
