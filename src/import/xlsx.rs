//! xlsx workbooks read straight from their XML.
//!
//! A worksheet's XML is a long, regular list of `<row>` and `<c>` elements.
//! A general XML parser (calamine's, through quick-xml) spends most of an
//! import on it; here a byte scanner finds each cell element with `memchr` and
//! reads its few attributes and children directly, about four times faster on
//! the 150 MB sheet of the benchmark workbook. It reads cell by cell into a
//! small window (never a dense grid, so the calamine#693 sheet with cells at
//! A1 and XFD1048576 costs nothing) and knows only what budgets need: numbers,
//! dates (by the cell's number format), shared and inline strings, booleans,
//! errors and formulas without a saved value. Whatever it does not understand
//! is an error naming the cell, never a guess.

use crate::model::a1;
use calamine::{Sheet, SheetType, SheetVisible};
use memchr::memmem;
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

/// A reason a workbook cannot be read, with the cell when one is to blame.
#[derive(Debug)]
pub struct ReadError {
    /// The cell (row, column), 0-based.
    pub cell: Option<(u32, u32)>,
    /// What is wrong.
    pub message: String,
}

impl ReadError {
    /// An error not tied to a cell.
    pub fn new(message: impl Into<String>) -> Self {
        ReadError {
            cell: None,
            message: message.into(),
        }
    }

    fn at(cell: (u32, u32), message: impl Into<String>) -> Self {
        ReadError {
            cell: Some(cell),
            message: message.into(),
        }
    }

    /// The A1 reference of the cell, or "".
    pub fn cell_ref(&self) -> String {
        self.cell.map(|(r, c)| a1(r, c)).unwrap_or_default()
    }
}

type R<T> = std::result::Result<T, ReadError>;

impl Book {
    /// Opens the workbook: its sheet list, shared strings and cell formats.
    pub fn open(bytes: Vec<u8>) -> R<Book> {
        let zip = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| ReadError::new(format!("the zip container is damaged ({e})")))?;
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
            .ok_or_else(|| ReadError::new(format!("the workbook part {root} is missing")))?;
        for tag in Tags::new(&workbook) {
            let tag = tag?;
            if tag.name != b"sheet" || tag.close {
                continue;
            }
            let name = tag
                .attr(b"name")?
                .ok_or_else(|| ReadError::new("a sheet without a name in the workbook part"))?;
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
    fn part(&mut self, name: &str) -> R<Option<Vec<u8>>> {
        let mut f = match self.zip.by_name(name) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(ReadError::new(format!("cannot unpack {name} ({e})"))),
        };
        let mut out = Vec::with_capacity(f.size().min(1 << 26) as usize);
        f.read_to_end(&mut out)
            .map_err(|e| ReadError::new(format!("cannot unpack {name} ({e})")))?;
        Ok(Some(out))
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
        let xml = self.zip.by_name(path).map_err(|e| {
            ReadError::new(format!("the sheet's part {path:?} cannot be opened ({e})"))
        })?;
        Ok((xml, &self.strings, &self.dates))
    }
}

/// A relationship of a package part.
struct Rel {
    id: String,
    kind: String,
    target: String,
}

fn relationships(xml: &[u8]) -> Vec<Rel> {
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

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

/// A relationship target as a path inside the package.
fn resolve(dir: &str, target: &str) -> String {
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
fn shared_strings(xml: &[u8]) -> R<Vec<String>> {
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

/// Reads the text runs up to the end of `until` into `out`, as Excel shows
/// them: `<t>` texts joined, phonetic guides (`<rPh>`) left out, each run
/// trimmed of ASCII white space unless it asks to keep it.
fn rich_text(tags: &mut Tags<'_>, until: Option<&[u8]>, out: &mut String) -> R<()> {
    let mut phonetic = false;
    while let Some(tag) = tags.next() {
        let tag = tag?;
        match (tag.name, tag.close) {
            (n, true) if Some(n) == until => return Ok(()),
            (b"rPh", close) if !tag.empty => phonetic = !close,
            (b"t", false) if !tag.empty => {
                let keep = tag.attr(b"space")?.as_deref() == Some("preserve");
                let raw = tags.text_until(b"t")?;
                if !phonetic {
                    let start = out.len();
                    unescape(raw, out).map_err(ReadError::new)?;
                    if !keep {
                        const WS: [char; 4] = [' ', '\t', '\r', '\n'];
                        let run = &out[start..];
                        let lead = run.len() - run.trim_start_matches(WS).len();
                        let len = run.trim_matches(WS).len();
                        out.truncate(start + lead + len);
                        out.drain(start..start + lead);
                    }
                }
            }
            _ => {}
        }
    }
    match until {
        None => Ok(()),
        Some(_) => Err(ReadError::new("the XML ends inside a text")),
    }
}

/// For each cell format, whether its number format shows a date or time.
fn date_formats(xml: &[u8]) -> R<Vec<bool>> {
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
fn builtin_date(id: &str) -> bool {
    matches!(id.parse::<u32>(), Ok(14..=22 | 27..=36 | 45..=47 | 50..=58))
}

/// Whether a format code shows a date or time: a d, m, y, h or s outside
/// quotes, brackets and escapes, in its first section.
fn is_date_format(code: &str) -> bool {
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

/// Writes XML text into `out` with its entities and Excel's `_xHHHH_` escapes
/// replaced, and line ends normalised to LF.
fn unescape(raw: &[u8], out: &mut String) -> std::result::Result<(), String> {
    let text = std::str::from_utf8(raw).map_err(|_| "a text that is not UTF-8".to_string())?;
    if !text.contains(['&', '_', '\r']) {
        out.push_str(text);
        return Ok(());
    }
    let mut rest = text;
    while let Some(i) = rest.find(['&', '_', '\r']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(r) = rest.strip_prefix('\r') {
            out.push('\n');
            rest = r.strip_prefix('\n').unwrap_or(r);
        } else if rest.starts_with('&') {
            let end = rest
                .find(';')
                .filter(|&e| e <= 12)
                .ok_or_else(|| format!("an unfinished entity {:?}", &rest[..rest.len().min(12)]))?;
            let name = &rest[1..end];
            let ch = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .map(|h| u32::from_str_radix(h, 16))
                    .or_else(|| name.strip_prefix('#').map(|d| d.parse::<u32>()))
                    .and_then(|n| n.ok())
                    .and_then(char::from_u32)
                    .ok_or_else(|| format!("an unknown entity &{name};"))?,
            };
            out.push(ch);
            rest = &rest[end + 1..];
        } else {
            // `_x000D_`: a character XML cannot hold, written as its code.
            let code = rest
                .get(1..7)
                .filter(|s| s.starts_with('x') && s.ends_with('_'))
                .and_then(|s| u16::from_str_radix(&s[1..5], 16).ok());
            match code {
                Some(u) => {
                    out.push(char::from_u32(u32::from(u)).unwrap_or(char::REPLACEMENT_CHARACTER));
                    rest = &rest[7..];
                }
                None => {
                    out.push('_');
                    rest = &rest[1..];
                }
            }
        }
    }
    out.push_str(rest);
    Ok(())
}

// ---------------------------------------------------------------- tags

/// One start, end or empty-element tag.
struct Tag<'a> {
    /// The local name (any namespace prefix removed).
    name: &'a [u8],
    /// `</name>`.
    close: bool,
    /// `<name/>`.
    empty: bool,
    /// The bytes between the name and the closing `>` or `/>`.
    attrs: &'a [u8],
}

impl Tag<'_> {
    /// An attribute's value by local name, unescaped.
    fn attr(&self, want: &[u8]) -> R<Option<String>> {
        match raw_attr(self.attrs, want) {
            None => Ok(None),
            Some(raw) => {
                let mut s = String::new();
                unescape(raw, &mut s).map_err(ReadError::new)?;
                Ok(Some(s))
            }
        }
    }
}

/// An attribute's raw value by local name.
fn raw_attr<'a>(mut attrs: &'a [u8], want: &[u8]) -> Option<&'a [u8]> {
    loop {
        let eq = memchr::memchr(b'=', attrs)?;
        let name = attrs[..eq].trim_ascii();
        let name = name.rsplit(|&b| b == b':').next().unwrap_or(name);
        let rest = attrs[eq + 1..].trim_ascii_start();
        let quote = *rest.first()?;
        if quote != b'"' && quote != b'\'' {
            return None;
        }
        let end = memchr::memchr(quote, &rest[1..])?;
        if name == want {
            return Some(&rest[1..1 + end]);
        }
        attrs = &rest[end + 2..];
    }
}

/// Where the tag starting at `s[0] == b'<'` ends (the index after `>`), with
/// quotes respected; `None` when it does not end within `s`.
fn tag_end(s: &[u8]) -> Option<usize> {
    let mut i = 1;
    loop {
        let j = i + memchr::memchr3(b'>', b'"', b'\'', &s[i..])?;
        if s[j] == b'>' {
            return Some(j + 1);
        }
        i = j + 1 + memchr::memchr(s[j], &s[j + 1..])? + 1;
    }
}

/// Parses the tag `s[..end]`; `None` for comments, declarations and
/// processing instructions.
fn parse_tag(s: &[u8], end: usize) -> Option<Tag<'_>> {
    let inner = &s[1..end - 1];
    if matches!(inner.first(), Some(b'?' | b'!')) {
        return None;
    }
    let (close, inner) = match inner.strip_prefix(b"/") {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let (empty, inner) = match inner.strip_suffix(b"/") {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name_end = inner
        .iter()
        .position(|b| b.is_ascii_whitespace())
        .unwrap_or(inner.len());
    let qname = &inner[..name_end];
    let name = match memchr::memrchr(b':', qname) {
        Some(i) => &qname[i + 1..],
        None => qname,
    };
    Some(Tag {
        name,
        close,
        empty,
        attrs: &inner[name_end..],
    })
}

/// Where a comment, CDATA section or other markup starting at `s[0] == b'<'`
/// ends, for the kinds whose end is not the first `>`.
fn special_end(s: &[u8]) -> Option<Option<usize>> {
    if s.starts_with(b"<!--") {
        return Some(memmem::find(&s[4..], b"-->").map(|i| 4 + i + 3));
    }
    if s.starts_with(b"<![CDATA[") {
        return Some(memmem::find(&s[9..], b"]]>").map(|i| 9 + i + 3));
    }
    None
}

/// The tags of a complete XML text, in order.
struct Tags<'a> {
    s: &'a [u8],
    pos: usize,
}

impl<'a> Tags<'a> {
    fn new(s: &'a [u8]) -> Self {
        Tags { s, pos: 0 }
    }

    /// The raw text up to `</name>` (CDATA kept as is), moving past it.
    fn text_until(&mut self, name: &[u8]) -> R<&'a [u8]> {
        let rest = &self.s[self.pos..];
        let mut i = 0;
        while let Some(j) = memchr::memchr(b'<', &rest[i..]) {
            let at = i + j;
            if rest[at..].starts_with(b"<![CDATA[") {
                return Err(ReadError::new("a CDATA section inside a text run"));
            }
            let end =
                tag_end(&rest[at..]).ok_or_else(|| ReadError::new("the XML ends inside a tag"))?;
            if let Some(t) = parse_tag(&rest[at..], end) {
                if t.close && t.name == name {
                    self.pos += at + end;
                    return Ok(&rest[..at]);
                }
            }
            i = at + end;
        }
        Err(ReadError::new("the XML ends inside a text"))
    }
}

impl<'a> Tags<'a> {
    /// The raw markup up to `</name>`, moving past it.
    fn content_until(&mut self, name: &[u8]) -> R<&'a [u8]> {
        let from = self.pos;
        loop {
            let before = self.pos;
            match self.next() {
                Some(Ok(t)) if t.close && t.name == name => return Ok(&self.s[from..before]),
                Some(Ok(_)) => {}
                Some(Err(e)) => return Err(e),
                None => return Err(ReadError::new("the XML ends inside an element")),
            }
        }
    }
}

impl<'a> Iterator for Tags<'a> {
    type Item = R<Tag<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let rest = &self.s[self.pos..];
            let at = memchr::memchr(b'<', rest)?;
            let rest = &rest[at..];
            if let Some(end) = special_end(rest) {
                match end {
                    Some(e) => {
                        self.pos += at + e;
                        continue;
                    }
                    None => {
                        self.pos = self.s.len();
                        return Some(Err(ReadError::new("the XML ends inside a comment")));
                    }
                }
            }
            let Some(end) = tag_end(rest) else {
                self.pos = self.s.len();
                return Some(Err(ReadError::new("the XML ends inside a tag")));
            };
            self.pos += at + end;
            if let Some(t) = parse_tag(rest, end) {
                return Some(Ok(t));
            }
        }
    }
}

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
const MAX_ITEM: usize = 1 << 28;

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
                        return Err(ReadError::new(
                            "the sheet's XML ends in the middle of its data; the file is truncated or damaged",
                        ));
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
                            format!(
                                "one element of the sheet's XML is over {} MiB; the file is damaged or not a real workbook",
                                MAX_ITEM >> 20
                            ),
                        ));
                    }
                    buf.resize(buf.len() * 2, 0);
                }
                while end < buf.len() && !eof {
                    let n = read_some(&mut xml, &mut buf[end..])
                        .map_err(|e| ReadError::new(format!("cannot unpack the sheet ({e})")))?;
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
                next_col = c + 1;
                if let Some(cell) = cell_value(&parts, (r, c), strings, dates, &mut batch.text)? {
                    batch.cells.push((r, c, cell));
                }
                n
            }
            Step::Cell(n, parts) => {
                let (r, c) = cell_position(parts.r, row, next_col)?;
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

fn read_some(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    loop {
        match r.read(buf) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

enum Step<'a> {
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
struct Parts<'a> {
    r: Option<&'a [u8]>,
    t: Option<&'a [u8]>,
    s: Option<&'a [u8]>,
    formula: bool,
    v: Option<&'a [u8]>,
    /// The raw content of `<is>`.
    is: Option<&'a [u8]>,
}

/// Closing tags searched for inside cells, built once.
struct Ends {
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

enum Fast<'a> {
    Cell(usize, Parts<'a>),
    More,
    General,
}

/// Reads the `<c>` element at the start of `w` in one pass over its bytes,
/// when it has the plain shape nearly every writer uses (no namespace
/// prefix; children `v`, `f`, `is`). Anything else goes the general way.
fn fast_cell<'a>(w: &'a [u8], ends: &Ends) -> Fast<'a> {
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

fn next_item(w: &[u8], in_data: bool, eof: bool) -> Step<'_> {
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
fn general_parts(el: &[u8]) -> R<Parts<'_>> {
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
fn cell_position(r: Option<&[u8]>, row: u32, next_col: u32) -> R<(u32, u32)> {
    let Some(r) = r else {
        return Ok((row, next_col));
    };
    let bad = || {
        ReadError::at(
            (row, next_col),
            format!(
                "the cell reference {:?} is not a cell; the file is damaged",
                String::from_utf8_lossy(r)
            ),
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
fn cell_value(
    p: &Parts<'_>,
    at: (u32, u32),
    strings: usize,
    dates: &[bool],
    text: &mut String,
) -> R<Option<Cell>> {
    let typ = p.t.unwrap_or(b"n");
    let damaged = |m: String| ReadError::at(at, m);
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
                .ok_or_else(|| {
                    damaged(format!(
                        "the cell points to shared string {:?}, which the workbook does not have; the file is damaged",
                        String::from_utf8_lossy(v)
                    ))
                })?;
            Cell::Shared(i)
        }
        (b"str" | b"d", Some(v), _) => span(text, v)?,
        (b"b", Some(v), _) => match v.trim_ascii() {
            b"0" | b"false" => Cell::Bool(false),
            b"1" | b"true" => Cell::Bool(true),
            other => {
                return Err(damaged(format!(
                    "a true/false cell holds {:?}, not 0 or 1; the file is damaged",
                    String::from_utf8_lossy(other)
                )))
            }
        },
        (b"e", Some(v), _) => {
            let from = text.len();
            unescape(v, text).map_err(damaged)?;
            Cell::Error(from, text.len())
        }
        (b"n", Some(v), _) => {
            let s =
                std::str::from_utf8(v).map_err(|_| damaged("a number that is not text".into()))?;
            let Ok(x) = s.trim().parse::<f64>() else {
                if p.t.is_none() {
                    // No type given: Excel would show the text.
                    return span(text, v).map(Some);
                }
                return Err(damaged(format!(
                    "the number cell holds {s:?}, which is not a number; the file is damaged"
                )));
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
        (other, _, _) => {
            return Err(damaged(format!(
                "the cell has the unknown type t={:?}; the file is damaged",
                String::from_utf8_lossy(other)
            )))
        }
    };
    Ok(Some(cell))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells_of(
        sheet_data: &str,
        strings: usize,
        dates: &[bool],
    ) -> R<Vec<(String, Cell, String)>> {
        let xml = format!(
            r#"<?xml version="1.0"?><worksheet xmlns="x"><dimension ref="A1"/><sheetData>{sheet_data}</sheetData><mergeCells/></worksheet>"#
        );
        let mut out = Vec::new();
        // A reader that hands out 7 bytes at a time: every item crosses a refill.
        struct Slow<'a>(&'a [u8]);
        impl Read for Slow<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = buf.len().min(7).min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        scan(
            Slow(xml.as_bytes()),
            strings,
            dates,
            &mut |b: Batch| {
                for (r, c, cell) in &b.cells {
                    // Spans are checked through the text they point at.
                    let (cell, t) = match *cell {
                        Cell::Text(a, z) => (Cell::Text(0, 0), b.text[a..z].to_string()),
                        Cell::Error(a, z) => (Cell::Error(0, 0), b.text[a..z].to_string()),
                        other => (other, String::new()),
                    };
                    out.push((a1(*r, *c), cell, t));
                }
                true
            },
            &mut || None,
        )?;
        Ok(out)
    }

    #[test]
    fn cells_of_every_kind() {
        let got = cells_of(
            concat!(
                r#"<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="1"><v>45322</v></c><c r="C1" s="0"><v>-1.5E3</v></c></row>"#,
                r#"<row r="3" spans="1:4"><c r="A3" t="inlineStr"><is><r><t xml:space="preserve">Ит </t></r><r><t>ого &amp; &#1179;</t></r><rPh><t>x</t></rPh></is></c>"#,
                r#"<c t="b"><v>1</v></c><c t="e"><v>#DIV/0!</v></c><c r="E3"><f>A1+1</f></c><c r="F3" t="str"><f>A1</f><v>a_x000D_b</v></c><c r="G3" s="1"/></row>"#,
                r#"<x:row><x:c r="B4"><x:v>7</x:v></x:c></x:row><!-- <c r="Z9"><v>1</v></c> -->"#,
            ),
            2,
            &[false, true],
        )
        .unwrap();
        let want = vec![
            ("A1".to_string(), Cell::Shared(1), String::new()),
            ("B1".into(), Cell::Date(45322.0), String::new()),
            ("C1".into(), Cell::Number(-1500.0), String::new()),
            ("A3".into(), Cell::Text(0, 0), "Ит ого & қ".into()),
            ("B3".into(), Cell::Bool(true), String::new()),
            ("C3".into(), Cell::Error(0, 0), "#DIV/0!".into()),
            ("E3".into(), Cell::NoCachedValue, String::new()),
            ("F3".into(), Cell::Text(0, 0), "a\rb".into()),
            ("B4".into(), Cell::Number(7.0), String::new()),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn a_long_cell_unpacked_in_small_pieces_is_read_in_a_few_passes() {
        // 3 MB of text in one cell, handed over 100 bytes at a time: looking
        // for the cell's end after every piece would take minutes.
        struct Trickle(Vec<u8>, usize);
        impl Read for Trickle {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = buf.len().min(100).min(self.0.len() - self.1);
                buf[..n].copy_from_slice(&self.0[self.1..self.1 + n]);
                self.1 += n;
                Ok(n)
            }
        }
        let long = "Қ".repeat(1_500_000);
        let xml = format!(
            r#"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{long}</t></is></c><c r="B1"><v>7</v></c></row></sheetData></worksheet>"#
        );
        let start = std::time::Instant::now();
        let mut got = Vec::new();
        scan(
            Trickle(xml.into_bytes(), 0),
            0,
            &[],
            &mut |b: Batch| {
                for &(_, c, cell) in &b.cells {
                    got.push(match cell {
                        Cell::Text(a, z) => (c, z - a),
                        Cell::Number(x) => (c, x as usize),
                        _ => (c, 0),
                    });
                }
                true
            },
            &mut || None,
        )
        .unwrap();
        assert_eq!(got, vec![(0, 3_000_000), (1, 7)]);
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "{:?}",
            start.elapsed()
        );
    }

    #[test]
    fn damaged_cells_name_themselves() {
        let e = cells_of(r#"<row r="2"><c r="C2" t="b"><v>2</v></c></row>"#, 0, &[]).unwrap_err();
        assert_eq!(
            (e.cell_ref(), e.message.as_str()),
            (
                "C2".to_string(),
                "a true/false cell holds \"2\", not 0 or 1; the file is damaged"
            )
        );
        let e = cells_of(r#"<row r="2"><c r="C2" t="s"><v>5</v></c></row>"#, 5, &[]).unwrap_err();
        assert_eq!(e.cell_ref(), "C2");
        let e = cells_of(r#"<row r="1"><c r="A1"><v>1</v></row>"#, 0, &[]).unwrap_err();
        assert!(e.message.contains("ends in the middle"), "{}", e.message);
        let e = scan(
            &b"<worksheet><sheetData><row><c><v>1</v></c>"[..],
            0,
            &[],
            &mut |_| true,
            &mut || None,
        )
        .unwrap_err();
        assert_eq!(
            e.message,
            "the sheet's XML ends in the middle of its data; the file is truncated or damaged"
        );
        let e = cells_of(r#"<row r="1"><c r="AAAA1"><v>1</v></c></row>"#, 0, &[]).unwrap_err();
        assert_eq!(
            e.message,
            "the cell reference \"AAAA1\" is not a cell; the file is damaged"
        );
    }

    #[test]
    fn date_formats_from_styles() {
        let xml = br##"<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.0&quot;m&quot;;[Red]-#,##0"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="4"/></cellXfs></styleSheet>"##;
        assert_eq!(
            date_formats(xml).unwrap(),
            vec![false, true, false, true, false]
        );
        assert!(!is_date_format("[$-419]# ##0,0\\ \"тыс.\""));
        assert!(is_date_format("[$-F800]dddd, mmmm dd, yyyy"));
    }

    #[test]
    fn shared_strings_join_runs_and_drop_phonetics() {
        let xml = r#"<sst><si><t>  Всего  </t></si><si><r><rPr><b/></rPr><t>A</t></r><r><t xml:space="preserve"> B</t></r><rPh><t>ふ</t></rPh></si><si/><si><t/></si></sst>"#;
        assert_eq!(
            shared_strings(xml.as_bytes()).unwrap(),
            vec!["Всего", "A B", "", ""]
        );
    }

    /// Every cell of every sheet as this module reads it, blanks left out.
    fn ours(bytes: Vec<u8>) -> Vec<(String, String, crate::import::Value)> {
        use crate::import::Value;
        let mut book = Book::open(bytes).unwrap();
        let mut out = Vec::new();
        for sheet in book.sheets() {
            let (xml, strings, dates) = book.sheet_parts(&sheet.name).unwrap();
            scan(
                xml,
                strings.len(),
                dates,
                &mut |b: Batch| {
                    for &(r, c, cell) in &b.cells {
                        let v = match cell {
                            Cell::Number(x) => Value::Number(x),
                            Cell::Date(x) => Value::Date(x),
                            Cell::Bool(x) => Value::Bool(x),
                            Cell::Text(a, z) => Value::Text(b.text[a..z].to_string()),
                            Cell::Shared(i) => Value::Text(strings[i].clone()),
                            Cell::Error(a, z) => Value::Error(b.text[a..z].to_string()),
                            Cell::NoCachedValue => Value::Error("no cached value".into()),
                        };
                        if !v.is_blank() {
                            out.push((sheet.name.clone(), a1(r, c), v));
                        }
                    }
                    true
                },
                &mut || None,
            )
            .unwrap();
        }
        out
    }

    /// The same through calamine's own cell reader.
    fn calamine_cells(bytes: Vec<u8>) -> Vec<(String, String, crate::import::Value)> {
        use crate::import::Value;
        use calamine::{DataRef, Reader};
        let mut wb = calamine::Xlsx::new(Cursor::new(bytes)).unwrap();
        let mut out = Vec::new();
        for name in wb.sheet_names() {
            let mut reader = wb.worksheet_cells_reader(&name).unwrap();
            while let Some(c) = reader.next_cell_with_formula_metadata().unwrap() {
                let v = match c.value {
                    DataRef::Empty if c.formula.is_some() => Value::Error("no cached value".into()),
                    DataRef::Empty => Value::Empty,
                    DataRef::Int(i) => Value::Number(i as f64),
                    DataRef::Float(f) => Value::Number(f),
                    DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
                        Value::Text(s)
                    }
                    DataRef::SharedString(s) => Value::Text(s.to_string()),
                    DataRef::Bool(b) => Value::Bool(b),
                    DataRef::DateTime(d) => Value::Date(d.as_f64()),
                    DataRef::Error(e) => Value::Error(e.to_string()),
                };
                if !v.is_blank() {
                    out.push((name.clone(), a1(c.pos.0, c.pos.1), v));
                }
            }
        }
        out
    }

    /// A workbook with every kind of cell, written by rust_xlsxwriter.
    fn every_kind() -> Vec<u8> {
        use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name("Бюджет 2024 ").unwrap();
        let bold = Format::new().set_bold();
        let date = Format::new().set_num_format("dd.mm.yyyy");
        let thousands = Format::new().set_num_format("# ##0,0\\ \"тыс.\"");
        ws.write_string(0, 0, "  Итого & <всего>  ").unwrap();
        ws.write_string(0, 1, "строка\r\nвторая").unwrap();
        ws.write_rich_string(0, 2, &[(&bold, "Қаржы "), (&Format::default(), "бөлімі")])
            .unwrap();
        ws.write_number(1, 0, 41_667_248.8).unwrap();
        ws.write_number_with_format(1, 1, 1234.5, &thousands)
            .unwrap();
        ws.write_datetime_with_format(1, 2, ExcelDateTime::from_ymd(2024, 1, 31).unwrap(), &date)
            .unwrap();
        ws.write_boolean(2, 0, true).unwrap();
        ws.write_formula(2, 1, "=B2*2").unwrap();
        ws.write_string(2, 2, "_x000D_ stays").unwrap();
        ws.write_number(1_048_575, 16_383, -0.5).unwrap();
        wb.add_worksheet().set_name("Пусто").unwrap();
        wb.save_to_buffer().unwrap()
    }

    #[test]
    fn reads_what_calamine_reads() {
        let mut files = vec![("every kind".to_string(), every_kind())];
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in [root.join("data"), root.join("../shared/realdata")] {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                eprintln!("skipped: {} is absent", dir.display());
                continue;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.extension().is_some_and(|x| x == "xlsx") {
                    files.push((p.display().to_string(), std::fs::read(&p).unwrap()));
                }
            }
        }
        assert!(files.len() >= 3, "the bundled samples are missing");
        for (name, bytes) in files {
            let (a, b) = (ours(bytes.clone()), calamine_cells(bytes));
            assert!(!a.is_empty(), "{name}: no cells");
            assert_eq!(a.len(), b.len(), "{name}: cell counts differ");
            for (x, y) in a.iter().zip(&b) {
                assert_eq!(x, y, "{name}");
            }
        }
    }

    #[test]
    fn every_kind_reads_as_written() {
        use crate::import::Value;
        let got = ours(every_kind());
        let s = |t: &str| Value::Text(t.to_string());
        let sheet = "Бюджет 2024 ".to_string();
        let want = vec![
            ("A1", s("  Итого & <всего>  ")),
            ("B1", s("строка\r\nвторая")),
            ("C1", s("Қаржы бөлімі")),
            ("A2", Value::Number(41_667_248.8)),
            ("B2", Value::Number(1234.5)),
            ("C2", Value::Date(45322.0)),
            ("A3", Value::Bool(true)),
            ("B3", Value::Number(0.0)),
            ("C3", s("_x000D_ stays")),
            ("XFD1048576", Value::Number(-0.5)),
        ];
        let want: Vec<_> = want
            .into_iter()
            .map(|(c, v)| (sheet.clone(), c.to_string(), v))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn relationship_targets_resolve() {
        assert_eq!(
            resolve("xl", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(resolve("xl", "/xl/worksheets/s.xml"), "xl/worksheets/s.xml");
        assert_eq!(
            resolve("xl/sub", "../worksheets/s.xml"),
            "xl/worksheets/s.xml"
        );
        assert_eq!(resolve("", "xl/workbook.xml"), "xl/workbook.xml");
    }
}
