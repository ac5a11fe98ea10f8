//! Delimited text: encoding, separator, rows.

use super::layout::SheetImport;
use super::number::DecimalMark;
use super::source::{SheetInfo, SheetSource};
use super::{SheetReport, Value};
use crate::error::{Error, Result};
use crate::i18n::import::*;
use crate::said;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::Path;
use std::sync::mpsc::{Receiver, SyncSender};

/// Text decoded from a file's bytes.
#[derive(Debug)]
pub struct Decoded {
    /// The text, BOM removed.
    pub text: String,
    /// The encoding's name, as reported by `inspect`.
    pub encoding: String,
    /// Whether some bytes could not be decoded.
    pub replaced: bool,
    /// What the user must be told of the decoding (lines in another encoding).
    pub note: Option<crate::i18n::Text>,
}

/// An encoding ashyq can decode: encoding_rs's, or KZ-1048 (the Kazakh
/// legacy code page, which encoding_rs lacks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enc {
    /// One of encoding_rs's encodings.
    Std(&'static encoding_rs::Encoding),
    /// KZ-1048 (RK1048, STRK1048-2002).
    Kz1048,
}

/// The encoding a label names ("windows-1251", "cp866", "kz-1048", ...).
pub fn encoding_for(label: &str) -> Option<Enc> {
    let l = label.trim().to_ascii_lowercase();
    if matches!(
        l.as_str(),
        "kz-1048" | "kz1048" | "rk1048" | "strk1048-2002" | "cskz1048"
    ) {
        return Some(Enc::Kz1048);
    }
    let l = match l.as_str() {
        "cp1251" => "windows-1251",
        "cp1252" => "windows-1252",
        "cp866" | "dos-866" => "ibm866",
        other => other,
    };
    encoding_rs::Encoding::for_label(l.as_bytes()).map(Enc::Std)
}

/// KZ-1048 differs from windows-1251 in these 16 places: the letter
/// windows-1251 shows, and the Kazakh letter KZ-1048 means.
const KZ1048_FROM_1251: [(char, char); 16] = [
    ('Ќ', 'Қ'),
    ('Ћ', 'Һ'),
    ('ќ', 'қ'),
    ('ћ', 'һ'),
    ('Ў', 'Ұ'),
    ('ў', 'ұ'),
    ('Ј', 'Ә'),
    ('Ґ', 'Ө'),
    ('Є', 'Ғ'),
    ('Ї', 'Ү'),
    ('ґ', 'ө'),
    ('є', 'ғ'),
    ('ј', 'ә'),
    ('Ѕ', 'Ң'),
    ('ѕ', 'ң'),
    ('ї', 'ү'),
];

fn kz1048_from_1251(text: &str) -> String {
    text.chars()
        .map(|c| {
            KZ1048_FROM_1251
                .iter()
                .find(|(from, _)| *from == c)
                .map(|(_, to)| *to)
                .unwrap_or(c)
        })
        .collect()
}

/// How many letters of a windows-1251 reading look like Kazakh letters
/// misread (ќ for қ, ј for ә, ў for ұ...), when the text also has the Kazakh
/// і; Macedonian, Serbian and Ukrainian text use some of those letters but
/// not this mix.
fn kazakh_misreads(text: &str) -> usize {
    let has_i = text.contains('і') || text.contains('І');
    if !has_i {
        return 0;
    }
    const NOT_UKRAINIAN: &[char] = &['ќ', 'Ќ', 'ј', 'Ј', 'ў', 'Ў', 'ѕ', 'Ѕ', 'ћ', 'Ћ'];
    text.chars().filter(|c| NOT_UKRAINIAN.contains(c)).count()
}

fn decode_with(enc: Enc, bytes: &[u8]) -> (String, bool) {
    match enc {
        Enc::Std(e) => {
            let (cow, replaced) = e.decode_without_bom_handling(bytes);
            (cow.into_owned(), replaced)
        }
        Enc::Kz1048 => {
            let (cow, replaced) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(bytes);
            (kz1048_from_1251(&cow), replaced)
        }
    }
}

/// A UTF-8 text with a few lines in another encoding (rows pasted from an
/// older program): those lines decoded in the encoding guessed from them
/// alone, the rest as UTF-8, and said. `None` when most lines are not UTF-8.
fn mostly_utf8(bytes: &[u8]) -> Option<Decoded> {
    let lines: Vec<&[u8]> = bytes.split_inclusive(|&b| b == b'\n').collect();
    let bad: Vec<usize> = (0..lines.len())
        .filter(|&i| std::str::from_utf8(lines[i]).is_err())
        .collect();
    // UTF-8 proper: some line holds a letter of two bytes or more, and the
    // lines that are not UTF-8 are few (one in twenty at most).
    let multibyte = lines
        .iter()
        .any(|l| std::str::from_utf8(l).is_ok_and(|s| s.len() > s.chars().count()));
    if !multibyte || bad.is_empty() || bad.len() * 20 > lines.len() {
        return None;
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    for &i in &bad {
        det.feed(lines[i], false);
    }
    det.feed(&[], true);
    let enc = det.guess(Some(b"kz"), chardetng::Utf8Detection::Deny);
    let mut text = String::with_capacity(bytes.len());
    let mut replaced = false;
    for l in &lines {
        match std::str::from_utf8(l) {
            Ok(s) => text.push_str(s),
            Err(_) => {
                let (s, r) = decode_with(Enc::Std(enc), l);
                replaced |= r;
                text.push_str(&s);
            }
        }
    }
    let first = bad[0] + 1;
    let which = match bad.len() {
        1 => said!(LINE_N, n = first),
        n => said!(LINES_N, n = n, first = first),
    };
    Some(Decoded {
        text,
        encoding: format!(
            "UTF-8, but {} not: read as {} (guessed from those lines; check them, or give --encoding)",
            which.en(),
            enc.name()
        ),
        replaced,
        note: Some(said!(LINES_NOT_UTF8, which = which, enc = enc.name())),
    })
}

/// UTF-32 text; invalid code points (and a short last unit) become U+FFFD.
fn utf32(bytes: &[u8], be: bool) -> (String, bool) {
    let mut replaced = !bytes.len().is_multiple_of(4);
    let text = bytes
        .chunks(4)
        .map(|c| {
            let unit = match (c, be) {
                ([a, b, c, d], false) => u32::from_le_bytes([*a, *b, *c, *d]),
                ([a, b, c, d], true) => u32::from_be_bytes([*a, *b, *c, *d]),
                _ => u32::MAX,
            };
            char::from_u32(unit).unwrap_or_else(|| {
                replaced = true;
                '\u{fffd}'
            })
        })
        .collect();
    (text, replaced)
}

/// Decodes bytes: `forced` (`--encoding`) decides; else a BOM; else valid
/// UTF-8 is UTF-8; else the encoding is guessed with a Kazakhstan hint, and a
/// windows-1251 guess full of misread Kazakh letters is read as KZ-1048.
pub fn decode(bytes: &[u8], forced: Option<Enc>) -> Decoded {
    // UTF-32, which encoding_rs does not read, has its own BOM; its LE BOM
    // begins like UTF-16's, which read it as every other character NUL.
    for (bom, name, be) in [
        (&[0xFF, 0xFE, 0, 0][..], "UTF-32LE", false),
        (&[0, 0, 0xFE, 0xFF][..], "UTF-32BE", true),
    ] {
        if forced.is_none() && bytes.starts_with(bom) {
            let (text, replaced) = utf32(&bytes[4..], be);
            return Decoded {
                text,
                encoding: format!("{name} (BOM)"),
                replaced,
                note: None,
            };
        }
    }
    let bom = encoding_rs::Encoding::for_bom(bytes);
    let body = &bytes[bom.map(|b| b.1).unwrap_or(0)..];
    if let Some(enc) = forced {
        let (text, replaced) = decode_with(enc, body);
        let name = match enc {
            Enc::Std(e) => e.name(),
            Enc::Kz1048 => "KZ-1048",
        };
        return Decoded {
            text,
            encoding: format!("{name} (--encoding)"),
            replaced,
            note: None,
        };
    }
    if let Some((enc, _)) = bom {
        let (text, replaced) = decode_with(Enc::Std(enc), body);
        return Decoded {
            text,
            encoding: format!("{} (BOM)", enc.name()),
            replaced,
            note: None,
        };
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Decoded {
            text: s.to_string(),
            encoding: "UTF-8".into(),
            replaced: false,
            note: None,
        };
    }
    if let Some(mixed) = mostly_utf8(bytes) {
        return mixed;
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let enc = det.guess(Some(b"kz"), chardetng::Utf8Detection::Allow);
    let (text, replaced) = decode_with(Enc::Std(enc), bytes);
    if enc == encoding_rs::WINDOWS_1251 {
        let misreads = kazakh_misreads(&text);
        if misreads > 0 {
            return Decoded {
                text: kz1048_from_1251(&text),
                encoding: format!(
                    "KZ-1048 (guessed: {misreads} letters would read as ќ ј ў ѕ ћ in windows-1251 beside the Kazakh і; give --encoding windows-1251 if wrong)"
                ),
                replaced,
                note: None,
            };
        }
    }
    Decoded {
        text,
        encoding: format!("{} (guessed; give --encoding if wrong)", enc.name()),
        replaced,
        note: None,
    }
}

const CANDIDATES: [char; 4] = [',', ';', '\t', '|'];

/// A delimited text file decoded whole: one table, named "".
pub struct TextSource {
    /// The decoded text.
    pub decoded: Decoded,
    /// The separator.
    pub sep: char,
}

impl TextSource {
    /// The source of a decoded text, its separator sniffed.
    pub fn new(decoded: Decoded) -> TextSource {
        let sep = sniff_separator(&decoded.text);
        TextSource { decoded, sep }
    }
}

impl SheetSource for TextSource {
    fn sheets(&self) -> Vec<SheetInfo> {
        vec![SheetInfo {
            name: String::new(),
            hidden: false,
            worksheet: true,
        }]
    }

    fn read(
        &mut self,
        _name: &str,
        sheet: &mut SheetImport<'_>,
        max: u64,
    ) -> Result<Option<String>> {
        sheet.guess_decimal_mark(decimal_mark(self.sep, &self.decoded.text));
        let path = sheet.path();
        let mut count = 0u64;
        for_each_row(path, &self.decoded.text, self.sep, &mut |r, cells| {
            count += cells.iter().filter(|v| !v.is_blank()).count() as u64;
            if count > max {
                return Err(too_many_cells(path, max));
            }
            sheet.row(r, cells)
        })?;
        Ok(None)
    }

    fn annotate(&self, report: &mut SheetReport) {
        if let Some(note) = &self.decoded.note {
            report.warnings.push(note.clone());
        }
        if self.decoded.replaced {
            report
                .warnings
                .push(said!(BYTES_REPLACED, enc = &self.decoded.encoding));
        }
    }

    fn must_give_lines(&self) -> bool {
        false
    }
}

/// The field separator: the candidate found the same nonzero number of times
/// on most of the first lines (outside quotes).
pub fn sniff_separator(text: &str) -> char {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(30)
        .collect();
    // The separator most lines agree on, by its most common count per line;
    // title lines above the table (no separator at all) have no say.
    let mut best = (',', 0usize, 0usize);
    for sep in CANDIDATES {
        let mut counts: Vec<usize> = lines
            .iter()
            .map(|l| count_outside_quotes(l, sep))
            .filter(|&c| c > 0)
            .collect();
        counts.sort_unstable();
        let (mut mode, mut agree) = (0, 0);
        for run in counts.chunk_by(|a, b| a == b) {
            if run.len() >= agree {
                (mode, agree) = (run[0], run.len());
            }
        }
        if agree > 0 && (agree, mode) > (best.1, best.2) {
            best = (sep, agree, mode);
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

/// Which rows of a long table to drop as they are read, by their raw fields:
/// those of another year, and those whose stage cell is a word already known
/// to name another stage. Rows whose year is not four plain digits are kept,
/// for the full reading to judge.
#[derive(Debug, Clone, PartialEq)]
pub struct RowFilter {
    /// The year column.
    pub year_col: usize,
    /// The four digits of the year wanted.
    pub year: [u8; 4],
    /// The stage column, if any.
    pub stage_col: Option<usize>,
    /// Stage cells known to name other stages than the one wanted.
    pub other_stages: Vec<Vec<u8>>,
}

impl RowFilter {
    /// Whether the record is to be dropped.
    pub fn drops(&self, fields: &[u8], ends: &[usize]) -> bool {
        let field = |i: usize| -> Option<&[u8]> {
            let from = if i == 0 { 0 } else { *ends.get(i - 1)? };
            fields.get(from..*ends.get(i)?)
        };
        let Some(y) = field(self.year_col).map(<[u8]>::trim_ascii) else {
            return false;
        };
        if y.len() != 4 || !y.iter().all(u8::is_ascii_digit) {
            return false;
        }
        if y != self.year {
            return true;
        }
        let Some(raw) = self.stage_col.and_then(field) else {
            return false;
        };
        self.other_stages.iter().any(|w| w == raw)
    }
}

/// A [`RowFilter`] handed from the thread that learns it to the one that
/// reads: the reader looks for a newer one once per block.
#[derive(Debug, Default)]
pub struct SharedFilter {
    version: std::sync::atomic::AtomicUsize,
    filter: std::sync::Mutex<Option<RowFilter>>,
}

impl SharedFilter {
    /// Hands over `f` if it differs from the one handed over last.
    pub fn publish(&self, f: &RowFilter) {
        if let Ok(mut cur) = self.filter.lock() {
            if cur.as_ref() != Some(f) {
                *cur = Some(f.clone());
                self.version
                    .fetch_add(1, std::sync::atomic::Ordering::Release);
            }
        }
    }

    /// The filter, when newer than version `seen` (which is updated).
    fn newer(&self, seen: &mut usize) -> Option<RowFilter> {
        let v = self.version.load(std::sync::atomic::Ordering::Acquire);
        if v == *seen {
            return None;
        }
        *seen = v;
        self.filter.lock().ok()?.clone()
    }
}

/// Records split on the reading thread, handed over in bulk: the fields'
/// bytes back to back, each record's field ends relative to its start.
#[derive(Debug, Default)]
pub struct Batch {
    bytes: Vec<u8>,
    ends: Vec<usize>,
    /// (row, start in `bytes`, start and end in `ends`)
    records: Vec<(u32, usize, usize, usize)>,
}

impl Batch {
    fn clear(&mut self) {
        self.bytes.clear();
        self.ends.clear();
        self.records.clear();
    }

    /// Each record: its row, its fields' bytes and their ends.
    pub fn records(&self) -> impl Iterator<Item = (u32, &[u8], &[usize])> {
        self.records
            .iter()
            .map(|&(row, b, e0, e1)| (row, &self.bytes[b..], &self.ends[e0..e1]))
    }
}

/// Why reading a text file stopped: the disk, or text that is no table.
pub enum Stop {
    /// Reading the file failed.
    Io(std::io::Error),
    /// A record that is no row of a table (a quote never closed).
    NoTable(crate::i18n::Text),
}

/// Reads a text file in blocks of `block` bytes and splits the text (a BOM
/// removed) into records, which go to `tx` in batches; used batches come
/// back through `back`. Records `filter` drops are not sent. Every block is
/// also hashed, on a thread of its own. Returns the file's SHA-256, or `None`
/// when reading failed (the error was sent) or the receiver hung up.
pub fn read_records(
    mut r: impl Read,
    sep: char,
    block: usize,
    tx: &SyncSender<std::result::Result<Batch, Stop>>,
    back: &Receiver<Batch>,
    filter: &SharedFilter,
) -> Option<String> {
    std::thread::scope(|scope| {
        let (to_hash, blocks) = std::sync::mpsc::sync_channel::<Vec<u8>>(2);
        let (hashed, spare) = std::sync::mpsc::channel::<Vec<u8>>();
        let hasher = std::thread::Builder::new()
            .name("sha256".into())
            .spawn_scoped(scope, move || {
                let mut h = Sha256::new();
                for b in blocks {
                    h.update(&b);
                    let _ = hashed.send(b);
                }
                super::hex(&h.finalize())
            })
            .ok()?;
        let mut split = Splitter::new(sep);
        let (mut first, mut cr_only) = (true, false);
        let (mut seen, mut drop_rows) = (0, None::<RowFilter>);
        loop {
            if let Some(f) = filter.newer(&mut seen) {
                drop_rows = Some(f);
            }
            let mut raw = spare.try_recv().unwrap_or_else(|_| vec![0; block]);
            let n = match read_full(&mut r, &mut raw) {
                Ok(n) => n,
                Err(e) => {
                    let _ = tx.send(Err(Stop::Io(e)));
                    return None;
                }
            };
            let mut batch = back.try_recv().unwrap_or_default();
            batch.clear();
            let Batch {
                bytes,
                ends,
                records,
            } = &mut batch;
            let mut input = &raw[..n];
            if first {
                first = false;
                input = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
                cr_only = lone_cr(input);
            }
            let lf;
            if cr_only {
                lf = cr_to_lf(input);
                input = &lf;
            }
            let mut keep = |row: u32, fields: &[u8], field_ends: &[usize]| {
                if drop_rows
                    .as_ref()
                    .is_some_and(|f| f.drops(fields, field_ends))
                {
                    return Ok(());
                }
                let (b, e) = (bytes.len(), ends.len());
                bytes.extend_from_slice(fields);
                ends.extend_from_slice(field_ends);
                records.push((row, b, e, ends.len()));
                Ok(())
            };
            // Splitting raw bytes cannot fail: `keep` never does.
            let _ = if n == 0 {
                split.finish(&mut keep)
            } else {
                split.feed(input, &mut keep)
            };
            if let Some(why) = split.runaway.take() {
                let _ = tx.send(Err(Stop::NoTable(why)));
                return None;
            }
            raw.truncate(n);
            if to_hash.send(raw).is_err() || tx.send(Ok(batch)).is_err() {
                return None;
            }
            if n == 0 {
                drop(to_hash);
                return hasher.join().ok();
            }
        }
    })
}

/// Fills `buf` unless the input ends first; the number of bytes read.
fn read_full(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// The error for a text with more non-empty cells than `--max-cells`.
pub fn too_many_cells(path: &Path, max: u64) -> Error {
    Error::data(
        path,
        "",
        "",
        said!(crate::i18n::messages::FILE_TOO_MANY_CELLS, max = max),
    )
}

/// Whether a text's lines end in a lone CR (old Mac files, some exports):
/// line breaks are CRs and none is an LF. Rows are then counted by CR.
pub fn lone_cr(text: &[u8]) -> bool {
    memchr::memchr(b'\n', text).is_none() && memchr::memchr(b'\r', text).is_some()
}

/// The text with every CR made an LF, so records and rows are split and
/// counted at the file's own line breaks.
fn cr_to_lf(text: &[u8]) -> Vec<u8> {
    text.iter()
        .map(|&b| if b == b'\r' { b'\n' } else { b })
        .collect()
}

/// Calls `f` with each non-empty row: its 0-based row (the line where the
/// record starts) and its cells.
pub fn for_each_row(
    path: &Path,
    text: &str,
    sep: char,
    f: &mut dyn FnMut(u32, &[Value]) -> Result<()>,
) -> Result<()> {
    let lf;
    let text = if lone_cr(text.as_bytes()) {
        lf = cr_to_lf(text.as_bytes());
        &lf[..]
    } else {
        text.as_bytes()
    };
    let mut split = Splitter::new(sep);
    let mut cells = Cells::default();
    let mut each = |row: u32, fields: &[u8], ends: &[usize]| match cells.fill(fields, ends) {
        Some(c) if !c.iter().all(Value::is_blank) => f(row, c),
        _ => Ok(()),
    };
    split.feed(text, &mut each)?;
    split.finish(&mut each)?;
    match split.runaway {
        Some(why) => Err(Error::format(path, why)),
        None => Ok(()),
    }
}

/// What [`Splitter`] calls with each record: its row, the fields' bytes
/// back to back, and where each field ends.
pub type OnRecord<'a> = dyn FnMut(u32, &[u8], &[usize]) -> Result<()> + 'a;

/// Splits delimited text into records, fed in pieces as the file is read.
///
/// Records that sit on one line, with quotes only around whole fields, are
/// split here with `memchr`; any other record (a line break or stray quote
/// inside a field, a lone CR, a record cut by the end of a piece) goes to
/// csv_core, which reads it by the same rules, byte by byte.
pub struct Splitter {
    core: csv_core::Reader,
    out: Vec<u8>,
    ends: Vec<usize>,
    outlen: usize,
    endlen: usize,
    /// One more than the line breaks read so far, when the last record ended.
    line: u64,
    sep: u8,
    /// Whether plain records are split here (off only to test against csv_core).
    fast: bool,
    /// csv_core is in the middle of a record.
    in_core: bool,
    plain_out: Vec<u8>,
    plain_ends: Vec<usize>,
    /// Why splitting stopped: a record that cannot be a table's row.
    pub runaway: Option<crate::i18n::Text>,
}

/// Line breaks one record may hold inside its quoted fields: a header's
/// cells wrap over two or three lines; hundreds mean a quote never closed.
const MAX_RECORD_BREAKS: usize = 200;
/// Bytes one record may hold (a row of a budget table is a few hundred).
const MAX_RECORD_BYTES: usize = 32 << 20;
/// Fields one record may hold: a spreadsheet's columns (Excel's 16,384).
const MAX_FIELDS: usize = 16_384;

/// What [`plain_record`] found at the start of its input.
enum Plain {
    /// A record of one line, `n` bytes with its line break.
    Record(usize),
    /// An empty line of `n` bytes.
    Blank(usize),
    /// Something only csv_core reads right.
    No,
}

/// Splits the record at the start of `input` when it is plain: on one line
/// ended by LF or CR LF, each field either unquoted (no quote or CR in it)
/// or quoted whole (doubled quotes inside, nothing after the closing quote).
fn plain_record(input: &[u8], sep: u8, out: &mut Vec<u8>, ends: &mut Vec<usize>) -> Plain {
    let Some(nl) = memchr::memchr(b'\n', input) else {
        return Plain::No;
    };
    let line = &input[..nl];
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.is_empty() {
        return Plain::Blank(nl + 1);
    }
    out.clear();
    ends.clear();
    let mut i = 0;
    loop {
        if ends.len() > MAX_FIELDS {
            // The caller refuses the record; no need to split the rest.
            return Plain::Record(nl + 1);
        }
        if line.get(i) == Some(&b'"') {
            let mut j = i + 1;
            loop {
                let Some(k) = memchr::memchr(b'"', &line[j..]) else {
                    return Plain::No;
                };
                out.extend_from_slice(&line[j..j + k]);
                j += k + 1;
                if line.get(j) == Some(&b'"') {
                    out.push(b'"');
                    j += 1;
                } else {
                    break;
                }
            }
            ends.push(out.len());
            match line.get(j) {
                None => return Plain::Record(nl + 1),
                Some(&b) if b == sep => i = j + 1,
                Some(_) => return Plain::No,
            }
        } else {
            let rest = &line[i..];
            match memchr::memchr3(sep, b'"', b'\r', rest) {
                None => {
                    out.extend_from_slice(rest);
                    ends.push(out.len());
                    return Plain::Record(nl + 1);
                }
                Some(k) if rest[k] == sep => {
                    out.extend_from_slice(&rest[..k]);
                    ends.push(out.len());
                    i += k + 1;
                }
                Some(_) => return Plain::No,
            }
        }
        if i == line.len() {
            // A separator ends the line: one more, empty, field.
            ends.push(out.len());
            return Plain::Record(nl + 1);
        }
    }
}

impl Splitter {
    /// A splitter for fields separated by `sep`.
    pub fn new(sep: char) -> Self {
        let sep = u8::try_from(sep).unwrap_or(b',');
        let core = csv_core::ReaderBuilder::new().delimiter(sep).build();
        Splitter {
            line: core.line(),
            core,
            out: vec![0; 4096],
            ends: vec![0; 64],
            outlen: 0,
            endlen: 0,
            sep,
            fast: true,
            in_core: false,
            plain_out: Vec::new(),
            plain_ends: Vec::new(),
            runaway: None,
        }
    }

    fn too_wide(&mut self) {
        self.run_away(said!(crate::i18n::messages::TOO_WIDE, max = MAX_FIELDS));
    }

    /// Says why the record from line `self.line` is no row of a table.
    fn run_away(&mut self, what: crate::i18n::Text) {
        self.runaway = Some(said!(
            crate::i18n::messages::AT_LINE,
            line = self.line,
            what = what
        ));
    }

    /// Reads `input` and calls `f` with every record it completes.
    pub fn feed(&mut self, mut input: &[u8], f: &mut OnRecord) -> Result<()> {
        while !input.is_empty() && self.runaway.is_none() {
            if self.fast && !self.in_core {
                match plain_record(input, self.sep, &mut self.plain_out, &mut self.plain_ends) {
                    Plain::Record(_) if self.plain_ends.len() > MAX_FIELDS => {
                        self.too_wide();
                        return Ok(());
                    }
                    Plain::Record(n) => {
                        let row = u32::try_from(self.line - 1).unwrap_or(u32::MAX);
                        self.line += 1;
                        input = &input[n..];
                        f(row, &self.plain_out, &self.plain_ends)?;
                        continue;
                    }
                    Plain::Blank(n) => {
                        self.line += 1;
                        input = &input[n..];
                        continue;
                    }
                    Plain::No => {
                        // csv_core takes the record from its first byte.
                        self.core.reset();
                        self.core.set_line(self.line);
                        self.in_core = true;
                    }
                }
            }
            self.step(&mut input, f)?;
        }
        Ok(())
    }

    /// Ends the input: the last record, when it has no line break, is completed.
    pub fn finish(&mut self, f: &mut OnRecord) -> Result<()> {
        let mut input: &[u8] = &[];
        while self.runaway.is_none() && !self.step(&mut input, f)? {}
        Ok(())
    }

    /// One call into the parser; true at the end of the input.
    fn step(&mut self, input: &mut &[u8], f: &mut OnRecord) -> Result<bool> {
        use csv_core::ReadRecordResult as R;
        let (res, nin, nout, nend) = self.core.read_record(
            input,
            &mut self.out[self.outlen..],
            &mut self.ends[self.endlen..],
        );
        let last = nin.checked_sub(1).map(|i| input[i]);
        *input = &input[nin..];
        self.outlen += nout;
        self.endlen += nend;
        match res {
            R::InputEmpty => Ok(input.is_empty()),
            R::OutputFull => {
                if self.out.len() >= MAX_RECORD_BYTES {
                    self.run_away(said!(
                        crate::i18n::messages::RECORD_TOO_LONG,
                        mb = MAX_RECORD_BYTES >> 20
                    ));
                    return Ok(true);
                }
                let n = self.out.len() * 2;
                self.out.resize(n, 0);
                Ok(false)
            }
            R::OutputEndsFull => {
                if self.ends.len() > MAX_FIELDS {
                    self.too_wide();
                    return Ok(true);
                }
                let n = self.ends.len() * 2;
                self.ends.resize(n, 0);
                Ok(false)
            }
            R::Record => {
                // The record's first line: the line of its last byte (before
                // a line feed that ends it) less the line breaks in its fields.
                let (n, len) = (self.endlen, self.outlen);
                let end = self.core.line() - u64::from(last == Some(b'\n'));
                // Only a record that ends on a later line than the last
                // record did can hold breaks.
                let inside = if end > self.line {
                    self.out[..len].iter().filter(|&&b| b == b'\n').count()
                } else {
                    0
                };
                if inside > MAX_RECORD_BREAKS {
                    let from = self.line;
                    self.run_away(said!(
                        crate::i18n::messages::QUOTE_OPEN,
                        n = inside,
                        from = from,
                        to = end
                    ));
                    return Ok(true);
                }
                self.line = self.core.line();
                self.in_core = false;
                let first = end.saturating_sub(inside as u64);
                let row = u32::try_from(first.saturating_sub(1)).unwrap_or(u32::MAX);
                self.outlen = 0;
                self.endlen = 0;
                f(row, &self.out[..len], &self.ends[..n]).map(|_| false)
            }
            R::End => Ok(true),
        }
    }
}

/// A row's cells, whose text buffers are reused from row to row, so a long
/// file costs no allocation per cell.
#[derive(Debug, Default)]
pub struct Cells {
    cells: Vec<Value>,
}

impl Cells {
    /// The cells of a record; `None` when a field is not UTF-8.
    pub fn fill(&mut self, fields: &[u8], ends: &[usize]) -> Option<&[Value]> {
        self.cells.truncate(ends.len());
        let mut from = 0;
        for (i, &to) in ends.iter().enumerate() {
            let raw = fields.get(from..to)?;
            from = to;
            // Long tables repeat a line's text on each of its rows: a cell
            // equal to the one above is left as it is.
            if matches!(self.cells.get(i), Some(Value::Text(s)) if s.as_bytes() == raw) {
                continue;
            }
            let field = std::str::from_utf8(raw).ok()?;
            let blank = field.trim().is_empty();
            match self.cells.get_mut(i) {
                Some(Value::Text(s)) if !blank => {
                    s.clear();
                    s.push_str(field);
                }
                Some(c) => {
                    *c = if blank {
                        Value::Empty
                    } else {
                        Value::Text(field.to_string())
                    }
                }
                None => self.cells.push(if blank {
                    Value::Empty
                } else {
                    Value::Text(field.to_string())
                }),
            }
        }
        Some(&self.cells)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records as (row, fields), from `text` fed in pieces of the given sizes.
    fn split_all(text: &[u8], sep: char, fast: bool, pieces: &[usize]) -> Vec<(u32, Vec<Vec<u8>>)> {
        let mut s = Splitter::new(sep);
        s.fast = fast;
        let mut got = Vec::new();
        let mut keep = |row: u32, fields: &[u8], ends: &[usize]| {
            let mut from = 0;
            let f = ends
                .iter()
                .map(|&e| {
                    let v = fields[from..e].to_vec();
                    from = e;
                    v
                })
                .collect();
            got.push((row, f));
            Ok(())
        };
        let mut rest = text;
        let mut k = 0;
        while !rest.is_empty() {
            let n = pieces[k % pieces.len()].clamp(1, rest.len());
            k += 1;
            s.feed(&rest[..n], &mut keep).unwrap();
            rest = &rest[n..];
        }
        s.finish(&mut keep).unwrap();
        got
    }

    #[test]
    fn plain_records_split_as_csv_core_splits_them() {
        // Random texts over the bytes that matter, fed in random pieces: the
        // fast path must give the same rows and fields as csv_core alone.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let alphabet = b"ab,;\"\"\n\n\r  \xD0\x9A";
        for case in 0..5_000 {
            let len = (next() % 60) as usize;
            let text: Vec<u8> = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let pieces: Vec<usize> = (0..4).map(|_| 1 + (next() % 70) as usize).collect();
            let sep = if case % 2 == 0 { ',' } else { ';' };
            let want = split_all(&text, sep, false, &[usize::MAX]);
            let got = split_all(&text, sep, true, &pieces);
            assert_eq!(
                got,
                want,
                "{:?} in pieces {pieces:?}",
                String::from_utf8_lossy(&text)
            );
        }
    }

    #[test]
    fn separators() {
        assert_eq!(sniff_separator("a,b,c\n1,2,3\n"), ',');
        assert_eq!(sniff_separator("a;b;c\n\"1,5\";2,5;3\n"), ';');
        assert_eq!(sniff_separator("a\tb\n1\t2\n"), '\t');
        assert_eq!(sniff_separator("a|b|c\n1|2|3\n"), '|');
    }

    #[test]
    fn decodes_boms_and_legacy_cyrillic() {
        let d = decode(b"\xEF\xBB\xBFa,b", None);
        assert_eq!(d.text, "a,b");
        let (bytes, _, _) = encoding_rs::WINDOWS_1251
            .encode("Наименование;Сумма\nОбразование;1 234,5\nЗдравоохранение;99\n");
        let d = decode(&bytes, None);
        assert!(d.text.starts_with("Наименование;Сумма"), "{}", d.encoding);
        let d = decode(b"\xFF\xFEa\x00,\x00b\x00", None);
        assert_eq!(d.text, "a,b");
        assert_eq!(d.encoding, "UTF-16LE (BOM)");
    }

    /// The text encoded as KZ-1048: windows-1251 bytes, with the 16 Kazakh letters at their places.
    fn kz1048_bytes(text: &str) -> Vec<u8> {
        let as_1251: String = text
            .chars()
            .map(|c| {
                KZ1048_FROM_1251
                    .iter()
                    .find(|(_, k)| *k == c)
                    .map(|(w, _)| *w)
                    .unwrap_or(c)
            })
            .collect();
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(&as_1251);
        assert!(!unmappable);
        bytes.into_owned()
    }

    #[test]
    fn kz1048_detected_and_decoded() {
        let text = "Атауы;Сомасы\nҚоғамдық тәртіп, қауіпсіздік;1 234,5\nӘлеуметтік көмек және әлеуметтік қамсыздандыру;99\nҰлттық спорт түрлері, һ;1\nМәдениет, спорт, туризм және ақпараттық кеңістік;2\n";
        let bytes = kz1048_bytes(text);
        // Byte values from KZ-1048's table: қ is 0x9D, ә is 0xBC, Ұ is 0xA1.
        assert!(bytes.contains(&0x9D) && bytes.contains(&0xBC) && bytes.contains(&0xA1));
        let d = decode(&bytes, None);
        assert_eq!(d.text, text, "{}", d.encoding);
        assert!(d.encoding.starts_with("KZ-1048 (guessed"), "{}", d.encoding);
        let d = decode(&bytes, encoding_for("windows-1251"));
        assert!(d.text.contains("Ќоєамдыќ тјртіп"), "{}", d.text);
        let d = decode(&bytes, encoding_for("kz-1048"));
        assert_eq!(d.text, text);
    }

    #[test]
    fn legacy_russian_encodings() {
        let text = "Наименование;Сумма\nОбщеобразовательное обучение;41 667 248,8\nЗдравоохранение;99\nСоциальная помощь и социальное обеспечение;5\n";
        for label in ["cp866", "koi8-r", "windows-1251"] {
            let Some(Enc::Std(enc)) = encoding_for(label) else {
                panic!("{label}")
            };
            let (bytes, _, _) = enc.encode(text);
            let d = decode(&bytes, None);
            assert_eq!(d.text, text, "{label}: {}", d.encoding);
        }
    }
}
