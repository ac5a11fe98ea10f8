//! Workbooks, streamed row by row into sheet imports.
//!
//! xlsx (through [`super::xlsx`]) and xlsb (through calamine's
//! `worksheet_cells_reader`) are read cell by cell, never through a dense
//! grid like calamine's `worksheet_range`, which lets a 1.4 KB file with cells
//! at A1 and XFD1048576 allocate 550 GB and abort (calamine#693). xls and ods
//! are parsed whole by calamine on open; their ranges are walked row by row.

use super::layout::SheetImport;
use super::sniff::Kind;
use super::source::{SheetInfo, SheetSource};
use super::{xlsx, Options, Value};
use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::i18n::Text;
use crate::model::a1;
use crate::said;
use calamine::{Data, DataRef, Reader, SheetType, SheetVisible};
use std::io::Cursor;
use std::path::Path;

/// What a formula cell with no saved value holds: the file was written by a
/// program that does not compute formulas.
pub const NO_CACHED_VALUE: &str =
    "a formula with no saved value (open and save the file in Excel or LibreOffice to compute it)";

/// Columns a sheet may have (Excel's limit).
const MAX_COLS: u32 = 16_384;
/// Rows a sheet may have (Excel's limit).
const MAX_ROWS: u32 = 1_048_576;

fn from_data_ref(d: DataRef<'_>) -> Value {
    match d {
        DataRef::Empty => Value::Empty,
        DataRef::Int(i) => Value::Number(i as f64),
        DataRef::Float(f) => Value::Number(f),
        DataRef::String(s) => Value::Text(s),
        DataRef::SharedString(s) => Value::Text(s.to_string()),
        DataRef::Bool(b) => Value::Bool(b),
        DataRef::DateTime(dt) => Value::Date(dt.as_f64()),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Value::Text(s),
        DataRef::Error(e) => Value::Error(e.to_string()),
    }
}

fn from_data(d: &Data) -> Value {
    match d {
        Data::Empty => Value::Empty,
        Data::Int(i) => Value::Number(*i as f64),
        Data::Float(f) => Value::Number(*f),
        Data::String(s) => Value::Text(s.clone()),
        Data::Bool(b) => Value::Bool(*b),
        Data::DateTime(dt) => Value::Date(dt.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Value::Text(s.clone()),
        Data::Error(e) => Value::Error(e.to_string()),
    }
}

/// Gathers streamed cells into rows, tracks the used range and enforces the
/// cell budget; each complete non-blank row goes to `emit`. Once `done`
/// says the sheet wants no more rows, cells are only measured. Text buffers
/// are reused from row to row, so a long sheet costs no allocation per cell.
struct Rows<E, D> {
    emit: E,
    done: D,
    current: Option<u32>,
    cells: Vec<Value>,
    spare: Vec<String>,
    count: u64,
    max_cells: u64,
    range: Option<(u32, u32, u32, u32)>,
    /// The last cell taken: cells come in row and column order, each once.
    last: Option<(u32, u32)>,
}

impl<E, D> Rows<E, D>
where
    E: FnMut(u32, &[Value]) -> Result<()>,
    D: Fn() -> bool,
{
    fn new(emit: E, done: D, max_cells: u64) -> Self {
        Rows {
            emit,
            done,
            current: None,
            cells: Vec::new(),
            spare: Vec::new(),
            count: 0,
            max_cells,
            range: None,
            last: None,
        }
    }

    fn flush(&mut self) -> Result<()> {
        if let Some(r) = self.current.take() {
            if !self.cells.iter().all(Value::is_blank) {
                (self.emit)(r, &self.cells)?;
            }
        }
        for c in &mut self.cells {
            if let Value::Text(s) = std::mem::replace(c, Value::Empty) {
                self.spare.push(s);
            }
        }
        self.cells.clear();
        Ok(())
    }

    /// The slot for a non-blank cell, after the checks; `None` once the
    /// sheet is done.
    fn slot(
        &mut self,
        row: u32,
        col: u32,
        err: &dyn Fn(Text) -> Error,
    ) -> Result<Option<&mut Value>> {
        if col >= MAX_COLS {
            return Err(err(said!(PAST_LAST_COLUMN, col = col + 1)));
        }
        if row >= MAX_ROWS {
            return Err(err(said!(
                PAST_LAST_ROW,
                row = u64::from(row) + 1,
                max = MAX_ROWS
            )));
        }
        if let Some(prev) = self.last.filter(|&p| (row, col) <= p) {
            return Err(err(said!(
                OUT_OF_ORDER,
                cell = a1(row, col),
                prev = a1(prev.0, prev.1)
            )));
        }
        self.last = Some((row, col));
        self.count += 1;
        if self.count > self.max_cells {
            return Err(err(said!(TOO_MANY_CELLS, max = self.max_cells)));
        }
        self.range = Some(match self.range {
            None => (row, col, row, col),
            Some((r0, c0, r1, c1)) => (r0.min(row), c0.min(col), r1.max(row), c1.max(col)),
        });
        if (self.done)() {
            // A skipped sheet is still measured, so its used range is true.
            return Ok(None);
        }
        if self.current != Some(row) {
            self.flush()?;
            self.current = Some(row);
        }
        let col = col as usize;
        if self.cells.len() <= col {
            self.cells.resize(col + 1, Value::Empty);
        }
        Ok(Some(&mut self.cells[col]))
    }

    /// Takes one cell.
    fn cell(
        &mut self,
        row: u32,
        col: u32,
        value: Value,
        err: &dyn Fn(Text) -> Error,
    ) -> Result<()> {
        if value.is_blank() {
            return Ok(());
        }
        if let Some(slot) = self.slot(row, col, err)? {
            *slot = value;
        }
        Ok(())
    }

    /// Takes one text cell, copied into a reused buffer.
    fn text(&mut self, row: u32, col: u32, text: &str, err: &dyn Fn(Text) -> Error) -> Result<()> {
        if text.trim().is_empty() {
            return Ok(());
        }
        let mut buf = self.spare.pop().unwrap_or_default();
        let Some(slot) = self.slot(row, col, err)? else {
            self.spare.push(buf);
            return Ok(());
        };
        buf.clear();
        buf.push_str(text);
        if let Value::Text(old) = std::mem::replace(slot, Value::Text(buf)) {
            self.spare.push(old);
        }
        Ok(())
    }

    fn used_range(&self) -> Option<String> {
        self.range
            .map(|(r0, c0, r1, c1)| format!("{}:{}", a1(r0, c0), a1(r1, c1)))
    }
}

/// Rows sent from the reading thread at a time.
const CHUNK: usize = 512;

fn wb_err(path: &Path, e: impl crate::i18n::Arg) -> Error {
    Error::format(path, said!(CANNOT_READ_WORKBOOK, e = e))
}

/// An xlsb workbook, streamed cell by cell by calamine's cell reader.
struct XlsbSource<'p> {
    path: &'p Path,
    wb: calamine::Xlsb<Cursor<Vec<u8>>>,
}

impl SheetSource for XlsbSource<'_> {
    fn sheets(&self) -> Vec<SheetInfo> {
        infos(self.wb.sheets_metadata())
    }

    fn read(
        &mut self,
        name: &str,
        sheet: &mut SheetImport<'_>,
        max: u64,
    ) -> Result<Option<String>> {
        let path = self.path;
        // Two threads: one unpacks and parses the sheet's records, the
        // other turns rows into lines, so the two halves of the work overlap.
        let done = std::sync::atomic::AtomicBool::new(false);
        std::thread::scope(|scope| {
            let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<(u32, Vec<Value>)>>(16);
            let done = &done;
            let wb = &mut self.wb;
            let reader = scope.spawn(move || -> Result<Option<String>> {
                let mut reader = wb
                    .worksheet_cells_reader(name)
                    .map_err(|e| wb_err(path, e))?;
                let mut chunk = Vec::with_capacity(CHUNK);
                let mut rows = Rows::new(
                    |r: u32, cells: &[Value]| {
                        chunk.push((r, cells.to_vec()));
                        if chunk.len() >= CHUNK {
                            let full = std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK));
                            // A closed channel means the sheet stopped on an error.
                            let _ = tx.send(full);
                        }
                        Ok(())
                    },
                    || done.load(std::sync::atomic::Ordering::Relaxed),
                    max,
                );
                let err = |m: Text| Error::data(path, name, "", m);
                while let Some(cell) = reader.next_cell().map_err(|e| wb_err(path, e))? {
                    let ((r, c), value) =
                        (cell.get_position(), from_data_ref(cell.get_value().clone()));
                    rows.cell(r, c, value, &err)?;
                }
                rows.flush()?;
                let used = rows.used_range();
                drop(rows);
                let _ = tx.send(chunk);
                Ok(used)
            });
            let mut result = Ok(());
            for chunk in rx {
                for (r, cells) in chunk {
                    if sheet.is_done() {
                        done.store(true, std::sync::atomic::Ordering::Relaxed);
                        break;
                    }
                    if let Err(e) = sheet.row(r, &cells) {
                        done.store(true, std::sync::atomic::Ordering::Relaxed);
                        result = Err(e);
                        break;
                    }
                }
                if result.is_err() {
                    break;
                }
            }
            let read = reader
                .join()
                .unwrap_or_else(|_| Err(wb_err(path, "the reading thread failed")));
            result.and(read)
        })
    }
}

/// A workbook parsed whole by calamine on open (xls, ods), its sheets' ranges walked row by row.
struct RangeSource<'p, R> {
    path: &'p Path,
    wb: R,
}

impl<R> SheetSource for RangeSource<'_, R>
where
    R: Reader<Cursor<Vec<u8>>>,
    R::Error: std::fmt::Display,
{
    fn sheets(&self) -> Vec<SheetInfo> {
        infos(self.wb.sheets_metadata())
    }

    fn read(
        &mut self,
        name: &str,
        sheet: &mut SheetImport<'_>,
        max: u64,
    ) -> Result<Option<String>> {
        let range = self
            .wb
            .worksheet_range(name)
            .map_err(|e| wb_err(self.path, e))?;
        walk_range(self.path, name, &range, sheet, max)
    }
}

/// An xlsx workbook, its sheets' XML read by ashyq's own scanner.
struct XlsxSource<'p> {
    path: &'p Path,
    book: xlsx::Book,
}

impl SheetSource for XlsxSource<'_> {
    fn sheets(&self) -> Vec<SheetInfo> {
        infos(&self.book.sheets())
    }

    fn read(
        &mut self,
        name: &str,
        sheet: &mut SheetImport<'_>,
        max: u64,
    ) -> Result<Option<String>> {
        xlsx_sheet(self.path, &mut self.book, name, sheet, max)
    }
}

/// calamine's sheet list as the seam's.
fn infos(meta: &[calamine::Sheet]) -> Vec<SheetInfo> {
    meta.iter()
        .map(|s| SheetInfo {
            name: s.name.clone(),
            hidden: s.visible != SheetVisible::Visible,
            worksheet: s.typ == SheetType::WorkSheet,
        })
        .collect()
}

/// Opens a workbook of one of the four kinds as a source of sheets.
pub fn open<'p>(
    path: &'p Path,
    bytes: Vec<u8>,
    kind: Kind,
    opts: &Options,
) -> Result<Box<dyn SheetSource + 'p>> {
    let cursor = Cursor::new(bytes);
    Ok(match kind {
        Kind::Xlsb => Box::new(XlsbSource {
            wb: {
                super::guard::xlsb(path, cursor.get_ref())?;
                calamine::Xlsb::new(cursor).map_err(|e| wb_err(path, e))?
            },
            path,
        }),
        Kind::Xls => {
            super::guard::xls(path, cursor.get_ref())?;
            let mut xo = calamine::XlsOptions::default();
            xo.force_codepage = opts.codepage;
            let wb = calamine::Xls::new_with_options(cursor, xo).map_err(|e| wb_err(path, e))?;
            Box::new(RangeSource { path, wb })
        }
        Kind::Ods => {
            super::guard::ods(path, cursor.get_ref())?;
            Box::new(RangeSource {
                path,
                wb: calamine::Ods::new(cursor).map_err(|e| wb_err(path, e))?,
            })
        }
        _ => Box::new(XlsxSource {
            path,
            book: xlsx::Book::open(cursor.into_inner()).map_err(|e| read_err(path, "", e))?,
        }),
    })
}

/// Rows handed to a sheet on this thread; `done` remembers when it wants no more.
fn rows_into<'a, 'b: 'a>(
    sheet: &'a mut SheetImport<'b>,
    done: &'a std::cell::Cell<bool>,
    max: u64,
) -> Rows<impl FnMut(u32, &[Value]) -> Result<()> + use<'a, 'b>, impl Fn() -> bool + 'a> {
    Rows::new(
        |r: u32, cells: &[Value]| {
            let out = sheet.row(r, cells);
            done.set(sheet.is_done());
            out
        },
        || done.get(),
        max,
    )
}

/// A workbook reading error, with the sheet and cell when known.
fn read_err(path: &Path, sheet: &str, e: xlsx::ReadError) -> Error {
    match e.cell {
        Some(_) => Error::data(path, sheet, &e.cell_ref(), e.message),
        None => wb_err(path, e.message),
    }
}

/// Reads one xlsx sheet on two threads: one unpacks and scans the XML, this
/// one turns rows into lines, so the two halves of the work overlap.
fn xlsx_sheet(
    path: &Path,
    book: &mut xlsx::Book,
    name: &str,
    sheet: &mut SheetImport<'_>,
    max: u64,
) -> Result<Option<String>> {
    let (xml, strings, dates) = book
        .sheet_parts(name)
        .map_err(|e| read_err(path, name, e))?;
    let done = std::cell::Cell::new(false);
    let err = |m: Text| Error::data(path, name, "", m);
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<xlsx::Batch>(4);
        let (back_tx, back_rx) = std::sync::mpsc::channel::<xlsx::Batch>();
        let nstrings = strings.len();
        let reader = std::thread::Builder::new()
            .name("xlsx-scan".into())
            .spawn_scoped(scope, move || {
                xlsx::scan(
                    xml,
                    nstrings,
                    dates,
                    // A closed channel means the sheet stopped on an error.
                    &mut |b| tx.send(b).is_ok(),
                    &mut || back_rx.try_recv().ok(),
                )
            })
            .map_err(|e| wb_err(path, e))?;
        let mut rows = rows_into(sheet, &done, max);
        let mut result = (|| -> Result<()> {
            for mut batch in rx {
                for &(r, c, cell) in &batch.cells {
                    use xlsx::Cell;
                    match cell {
                        Cell::Number(x) => rows.cell(r, c, Value::Number(x), &err)?,
                        Cell::Date(x) => rows.cell(r, c, Value::Date(x), &err)?,
                        Cell::Bool(b) => rows.cell(r, c, Value::Bool(b), &err)?,
                        Cell::Text(a, z) => rows.text(r, c, &batch.text[a..z], &err)?,
                        Cell::Shared(i) => rows.text(r, c, &strings[i], &err)?,
                        Cell::Error(a, z) => {
                            rows.cell(r, c, Value::Error(batch.text[a..z].to_string()), &err)?
                        }
                        Cell::NoCachedValue => {
                            rows.cell(r, c, Value::Error(NO_CACHED_VALUE.into()), &err)?
                        }
                    }
                }
                batch.text.clear();
                batch.cells.clear();
                let _ = back_tx.send(batch);
            }
            rows.flush()
        })();
        let used = rows.used_range();
        drop(rows);
        let read = reader
            .join()
            .unwrap_or_else(|_| Err(xlsx::ReadError::new("the reading thread failed")));
        // This thread's error, if any, is about an earlier cell than the
        // scanner's: the scanner stops at its own error.
        if let (Ok(()), Err(e)) = (&result, read) {
            result = Err(read_err(path, name, e));
        }
        result.map(|()| used)
    })
}

fn walk_range(
    path: &Path,
    name: &str,
    range: &calamine::Range<Data>,
    sheet: &mut SheetImport<'_>,
    max: u64,
) -> Result<Option<String>> {
    let Some((r0, c0)) = range.start() else {
        return Ok(None);
    };
    let done = std::cell::Cell::new(false);
    let mut rows = rows_into(sheet, &done, max);
    let err = |m: Text| Error::data(path, name, "", m);
    for (i, row) in range.rows().enumerate() {
        for (j, d) in row.iter().enumerate() {
            if matches!(d, Data::Empty) {
                continue;
            }
            rows.cell(r0 + i as u32, c0 + j as u32, from_data(d), &err)?;
        }
    }
    rows.flush()?;
    Ok(rows.used_range())
}
