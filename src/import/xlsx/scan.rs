//! A sheet's cells, scanned from its XML: each `<c>` element found with
//! `memchr` and read in one pass where it has the usual shape, by the
//! general tokenizer where it does not.

use super::lex::{parse_tag, raw_attr, rich_text, special_end, tag_end, unescape, Tags};
use super::{ReadError, R};
use crate::i18n::import::*;
use crate::i18n::Text;
use crate::said;
use memchr::memmem;
use std::io::Read;

// ---------------------------------------------------------------- cells

/// A cell's value as the scanner found it; text lives in the batch.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell {
    /// A number.
    Number(f64),
    /// A number shown as a date: an Excel serial day.
    Date(f64),
    /// True or false.
    Bool(bool),
    /// Text at `batch.text[from..to]`.
    Text(usize, usize),
    /// An index into the shared strings.
    Shared(usize),
    /// An error value at `batch.text[from..to]` ("#DIV/0!").
    Error(usize, usize),
    /// A formula whose value was never saved.
    NoCachedValue,
}

/// Cells handed from the scanning thread to the importing one.
#[derive(Debug, Default)]
pub struct Batch {
    /// The text the cells' spans point into.
    pub text: String,
    /// Row, column and value of each non-blank cell, in sheet order.
    pub cells: Vec<(u32, u32, Cell)>,
}

/// Cells per batch.
pub const BATCH: usize = 8192;

/// The largest single element (a cell with its text) read: 256 MiB.
pub(super) const MAX_ITEM: usize = 1 << 28;

/// Scans a sheet's XML, handing non-blank cells over in batches. `recycled`
/// gives back batches already read; `send` returns false when the reader
/// wants no more.
pub fn scan(
    mut xml: impl Read,
    strings: usize,
    dates: &[bool],
    send: &mut dyn FnMut(Batch) -> bool,
    recycled: &mut dyn FnMut() -> Option<Batch>,
) -> R<()> {
    let mut buf = vec![0u8; 1 << 18];
    let (mut pos, mut end, mut eof) = (0usize, 0usize, false);
    let mut in_data = false;
    let (mut row, mut next_col): (u32, u32) = (0, 0);
    let mut started_row = false;
    // The last cell read: cells come in row and column order, each once.
    let mut last: Option<(u32, u32)> = None;
    let mut batch = recycled().unwrap_or_default();
    let ends = Ends::default();
    loop {
        let window = &buf[pos..end];
        // What the window holds next: a whole item to use, or a need for more bytes.
        let step = if in_data {
            match fast_cell(window, &ends) {
                Fast::Cell(n, parts) => Step::Cell(n, parts),
                Fast::More if !eof => Step::More,
                Fast::More | Fast::General => next_item(window, in_data, eof),
            }
        } else {
            next_item(window, in_data, eof)
        };
        let used = match step {
            Step::More => {
                if eof {
                    if in_data {
                        return Err(ReadError::new(said!(X_SHEET_ENDS)));
                    }
                    break;
                }
                // Keep the unread bytes, make room, fill it: an item is
                // looked for again only once the window is full, so a long
                // one costs a few passes, not one per piece unpacked.
                buf.copy_within(pos..end, 0);
                end -= pos;
                pos = 0;
                if end == buf.len() {
                    if buf.len() >= MAX_ITEM {
                        return Err(ReadError::at(
                            (row, next_col),
                            said!(X_ELEMENT_HUGE, mb = MAX_ITEM >> 20),
                        ));
                    }
                    buf.resize(buf.len() * 2, 0);
                }
                while end < buf.len() && !eof {
                    let n = read_some(&mut xml, &mut buf[end..])
                        .map_err(|e| ReadError::new(said!(X_UNPACK_SHEET, e = e)))?;
                    end += n;
                    eof = n == 0;
                }
                continue;
            }
            Step::Skip(n) => n,
            Step::DataStart(n) => {
                in_data = true;
                n
            }
            Step::DataEnd => break,
            Step::Row(n, r) => {
                row = match r {
                    Some(r) => r,
                    None if started_row => row + 1,
                    None => 0,
                };
                started_row = true;
                next_col = 0;
                n
            }
            Step::General(n) => {
                let el = &window[..n];
                let parts =
                    general_parts(el).map_err(|e| ReadError::at((row, next_col), e.message))?;
                let (r, c) = cell_position(parts.r, row, next_col)?;
                in_order(&mut last, (r, c))?;
                next_col = c + 1;
                if let Some(cell) = cell_value(&parts, (r, c), strings, dates, &mut batch.text)? {
                    batch.cells.push((r, c, cell));
                }
                n
            }
            Step::Cell(n, parts) => {
                let (r, c) = cell_position(parts.r, row, next_col)?;
                in_order(&mut last, (r, c))?;
                next_col = c + 1;
                if let Some(cell) = cell_value(&parts, (r, c), strings, dates, &mut batch.text)? {
                    batch.cells.push((r, c, cell));
                }
                n
            }
        };
        pos += used;
        if batch.cells.len() >= BATCH {
            let full = std::mem::replace(&mut batch, recycled().unwrap_or_default());
            if !send(full) {
                return Ok(());
            }
            batch.text.clear();
            batch.cells.clear();
        }
    }
    if !batch.cells.is_empty() {
        send(batch);
    }
    Ok(())
}

pub(super) fn read_some(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    loop {
        match r.read(buf) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

pub(super) enum Step<'a> {
    /// The window ends before the next item does.
    More,
    /// Nothing of interest in the first n bytes.
    Skip(usize),
    DataStart(usize),
    DataEnd,
    /// A row starts; its 1-based number, if given, made 0-based.
    Row(usize, Option<u32>),
    /// A whole cell element of n bytes, read by the fast path.
    Cell(usize, Parts<'a>),
    /// A whole cell element of n bytes, to read the general way.
    General(usize),
}

/// The parts of one `<c>` element that make its value.
#[derive(Default)]
pub(super) struct Parts<'a> {
    r: Option<&'a [u8]>,
    t: Option<&'a [u8]>,
    s: Option<&'a [u8]>,
    formula: bool,
    v: Option<&'a [u8]>,
    /// The raw content of `<is>`.
    is: Option<&'a [u8]>,
}

/// Closing tags searched for inside cells, built once.
pub(super) struct Ends {
    f: memmem::Finder<'static>,
    is: memmem::Finder<'static>,
}

impl Default for Ends {
    fn default() -> Self {
        Ends {
            f: memmem::Finder::new(b"</f>"),
            is: memmem::Finder::new(b"</is>"),
        }
    }
}

pub(super) enum Fast<'a> {
    Cell(usize, Parts<'a>),
    More,
    General,
}

/// Reads the `<c>` element at the start of `w` in one pass over its bytes,
/// when it has the plain shape nearly every writer uses (no namespace
/// prefix; children `v`, `f`, `is`). Anything else goes the general way.
pub(super) fn fast_cell<'a>(w: &'a [u8], ends: &Ends) -> Fast<'a> {
    let n = w.len();
    if n < 3 {
        return Fast::More;
    }
    if w[0] != b'<' || w[1] != b'c' || !matches!(w[2], b' ' | b'>' | b'/') {
        return Fast::General;
    }
    let mut i = 2;
    let mut p = Parts::default();
    loop {
        while i < n && w[i].is_ascii_whitespace() {
            i += 1;
        }
        if i + 1 >= n {
            return Fast::More;
        }
        match w[i] {
            b'>' => {
                i += 1;
                break;
            }
            b'/' if w[i + 1] == b'>' => return Fast::Cell(i + 2, p),
            b'/' => return Fast::General,
            _ => {}
        }
        let from = i;
        while i < n && w[i] != b'=' {
            if w[i].is_ascii_whitespace() || w[i] == b'>' {
                return Fast::General;
            }
            i += 1;
        }
        if i + 1 >= n {
            return Fast::More;
        }
        let name = &w[from..i];
        let q = w[i + 1];
        if q != b'"' && q != b'\'' {
            return Fast::General;
        }
        let vs = i + 2;
        let Some(k) = w[vs..].iter().position(|&b| b == q) else {
            return Fast::More;
        };
        let val = &w[vs..vs + k];
        i = vs + k + 1;
        match name {
            b"r" => p.r = Some(val),
            b"t" => p.t = Some(val),
            b"s" => p.s = Some(val),
            _ => {}
        }
    }
    loop {
        if i + 4 > n {
            return Fast::More;
        }
        if w[i] != b'<' {
            if w[i].is_ascii_whitespace() {
                i += 1;
                continue;
            }
            return Fast::General;
        }
        match &w[i + 1..i + 3] {
            b"/c" if w[i + 3] == b'>' => return Fast::Cell(i + 4, p),
            b"v>" => {
                let vs = i + 3;
                let Some(k) = w[vs..].iter().position(|&b| b == b'<') else {
                    return Fast::More;
                };
                let ce = vs + k;
                if ce + 4 > n {
                    return Fast::More;
                }
                if &w[ce..ce + 4] != b"</v>" {
                    return Fast::General;
                }
                p.v = Some(&w[vs..ce]);
                i = ce + 4;
            }
            [b'f', b'>' | b' ' | b'/'] => {
                p.formula = true;
                let Some(te) = tag_end(&w[i..]) else {
                    return Fast::More;
                };
                if w[i + te - 2] == b'/' {
                    i += te;
                    continue;
                }
                let Some(k) = ends.f.find(&w[i + te..]) else {
                    return Fast::More;
                };
                i += te + k + 4;
            }
            b"is" if w[i + 3] == b'>' => {
                let cs = i + 4;
                let Some(k) = ends.is.find(&w[cs..]) else {
                    return Fast::More;
                };
                p.is = Some(&w[cs..cs + k]);
                i = cs + k + 5;
            }
            _ => return Fast::General,
        }
    }
}

pub(super) fn next_item(w: &[u8], in_data: bool, eof: bool) -> Step<'_> {
    let Some(at) = memchr::memchr(b'<', w) else {
        return if w.is_empty() {
            Step::More
        } else {
            Step::Skip(w.len())
        };
    };
    if at > 0 {
        return Step::Skip(at);
    }
    if w.len() < 9 && !eof {
        // Too short to tell a comment or CDATA section from a tag.
        return Step::More;
    }
    if let Some(end) = special_end(w) {
        return match end {
            Some(e) => Step::Skip(e),
            None => Step::More,
        };
    }
    let Some(end) = tag_end(w) else {
        return Step::More;
    };
    let Some(tag) = parse_tag(w, end) else {
        return Step::Skip(end);
    };
    match (tag.name, tag.close) {
        (b"sheetData", false) if !tag.empty => Step::DataStart(end),
        (b"sheetData", _) => Step::DataEnd,
        _ if !in_data => Step::Skip(end),
        (b"row", false) => {
            let r = raw_attr(tag.attrs, b"r")
                .and_then(|r| std::str::from_utf8(r).ok()?.trim().parse::<u32>().ok())
                .map(|r| r.saturating_sub(1));
            Step::Row(end, r)
        }
        (b"c", false) if tag.empty => Step::General(end),
        (b"c", false) => {
            // The element runs to its own closing tag, prefix and all.
            let qname_len = w[1..]
                .iter()
                .position(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/')
                .unwrap_or(w.len() - 1);
            let mut close = Vec::with_capacity(qname_len + 3);
            close.extend_from_slice(b"</");
            close.extend_from_slice(&w[1..1 + qname_len]);
            let mut from = end;
            loop {
                let Some(i) = memmem::find(&w[from..], &close) else {
                    return Step::More;
                };
                let at = from + i;
                let Some(e) = tag_end(&w[at..]) else {
                    return Step::More;
                };
                if parse_tag(&w[at..], e).is_some_and(|t| t.name == b"c") {
                    return Step::General(at + e);
                }
                from = at + e;
            }
        }
        _ => Step::Skip(end),
    }
}

/// The parts of a whole `<c>` element, read through the tag tokenizer.
pub(super) fn general_parts(el: &[u8]) -> R<Parts<'_>> {
    let end = tag_end(el).unwrap_or(el.len());
    let Some(tag) = parse_tag(el, end) else {
        return Ok(Parts::default());
    };
    let mut p = Parts {
        r: raw_attr(tag.attrs, b"r"),
        t: raw_attr(tag.attrs, b"t"),
        s: raw_attr(tag.attrs, b"s"),
        ..Parts::default()
    };
    if tag.empty {
        return Ok(p);
    }
    let mut tags = Tags::new(&el[end..]);
    while let Some(t) = tags.next() {
        let t = t?;
        if t.close {
            continue;
        }
        match t.name {
            b"f" => {
                p.formula = true;
                if !t.empty {
                    tags.text_until(b"f")?;
                }
            }
            b"v" if !t.empty => p.v = Some(tags.text_until(b"v")?),
            b"is" if !t.empty => p.is = Some(tags.content_until(b"is")?),
            _ => {}
        }
    }
    Ok(p)
}

/// A cell's row and column: from its `r` attribute, else the next column of
/// the current row.
/// Checks that cell `at` comes after the last one read: a cell given twice,
/// or rows out of order, cannot be read with certainty (which value counts?).
fn in_order(last: &mut Option<(u32, u32)>, at: (u32, u32)) -> R<()> {
    if let Some(prev) = *last {
        if at <= prev {
            let what = if at == prev {
                said!(X_CELL_TWICE)
            } else {
                said!(X_CELL_ORDER, prev = crate::model::a1(prev.0, prev.1))
            };
            return Err(ReadError::at(at, what));
        }
    }
    *last = Some(at);
    Ok(())
}

pub(super) fn cell_position(r: Option<&[u8]>, row: u32, next_col: u32) -> R<(u32, u32)> {
    let Some(r) = r else {
        return Ok((row, next_col));
    };
    let bad = || {
        ReadError::at(
            (row, next_col),
            said!(X_BAD_REF, r = String::from_utf8_lossy(r)),
        )
    };
    let letters = r.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if letters == 0 || letters > 3 || letters == r.len() || r.len() - letters > 7 {
        return Err(bad());
    }
    let mut col: u32 = 0;
    for b in &r[..letters] {
        col = col * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1);
    }
    let mut n: u32 = 0;
    for b in &r[letters..] {
        if !b.is_ascii_digit() {
            return Err(bad());
        }
        n = n * 10 + u32::from(b - b'0');
    }
    if n == 0 {
        return Err(bad());
    }
    Ok((n - 1, col - 1))
}

/// The value of a cell from its parts; `None` when it holds none.
pub(super) fn cell_value(
    p: &Parts<'_>,
    at: (u32, u32),
    strings: usize,
    dates: &[bool],
    text: &mut String,
) -> R<Option<Cell>> {
    let typ = p.t.unwrap_or(b"n");
    let damaged = |m: Text| ReadError::at(at, m);
    let span = |text: &mut String, raw: &[u8]| -> R<Cell> {
        let from = text.len();
        unescape(raw, text).map_err(damaged)?;
        Ok(Cell::Text(from, text.len()))
    };
    let cell = match (typ, p.v, p.is) {
        (b"inlineStr", _, Some(raw)) => {
            let from = text.len();
            rich_text(&mut Tags::new(raw), None, text).map_err(|e| damaged(e.message))?;
            Cell::Text(from, text.len())
        }
        (b"inlineStr", _, None) => return Ok(None),
        (b"str", Some(b""), _) => return Ok(None),
        (_, None, _) | (_, Some(b""), _) if p.formula => Cell::NoCachedValue,
        (_, None, _) | (_, Some(b""), _) => return Ok(None),
        (b"s", Some(v), _) => {
            let i = std::str::from_utf8(v)
                .ok()
                .and_then(|v| v.trim().parse::<usize>().ok())
                .filter(|&i| i < strings)
                .ok_or_else(|| damaged(said!(X_SHARED, i = String::from_utf8_lossy(v))))?;
            Cell::Shared(i)
        }
        (b"str" | b"d", Some(v), _) => span(text, v)?,
        (b"b", Some(v), _) => match v.trim_ascii() {
            b"0" | b"false" => Cell::Bool(false),
            b"1" | b"true" => Cell::Bool(true),
            other => return Err(damaged(said!(X_BOOL, v = String::from_utf8_lossy(other)))),
        },
        (b"e", Some(v), _) => {
            let from = text.len();
            unescape(v, text).map_err(damaged)?;
            Cell::Error(from, text.len())
        }
        (b"n", Some(v), _) => {
            let s = std::str::from_utf8(v).map_err(|_| damaged(said!(X_NUMBER_BYTES)))?;
            let Ok(x) = s.trim().parse::<f64>() else {
                if p.t.is_none() {
                    // No type given: Excel would show the text.
                    return span(text, v).map(Some);
                }
                return Err(damaged(said!(X_NOT_NUMBER, s = s)));
            };
            let date =
                p.s.and_then(|s| std::str::from_utf8(s).ok()?.parse::<usize>().ok())
                    .and_then(|i| dates.get(i).copied())
                    .unwrap_or(false);
            if date {
                Cell::Date(x)
            } else {
                Cell::Number(x)
            }
        }
        (other, _, _) => return Err(damaged(said!(X_TYPE, t = String::from_utf8_lossy(other)))),
    };
    Ok(Some(cell))
}
