//! Source files → budget lines.
//!
//! [`load`] is the one entry point every command uses: it takes raw
//! spreadsheets and CSV files, or lines files that `ashyq import` wrote, and
//! returns one [`Budget`] with a [`Report`] of every decision made.
//!
//! The walk: bytes are sniffed by magic, not by extension ([`sniff`]); a
//! sheet is streamed row by row ([`workbook`], [`text`]) into the layout
//! builder ([`layout`]), which finds the header, gives every column a role
//! ([`header`]) and turns each following row into lines at once, so a sheet
//! is read in one pass and never held whole.

pub mod decision;
pub mod docx;
pub mod fdp;
pub(crate) mod guard;
pub mod header;
pub mod html;
pub mod json_rows;
pub mod layout;
pub mod lines_file;
pub mod mapping;
pub mod number;
pub mod probe;
pub mod releases;
pub mod sniff;
pub mod source;
pub mod tables;
pub mod text;
pub mod totals;
pub mod workbook;
pub mod xlsx;

use crate::error::{Error, Result};
use crate::lines_format;
use crate::model::{Budget, Direction, Source, Stage};
use header::Unit;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};

/// One cell's value as read from a sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// No value.
    Empty,
    /// A number cell (or a cached formula result).
    Number(f64),
    /// A date cell, as an Excel serial day number.
    Date(f64),
    /// Text.
    Text(String),
    /// A boolean cell.
    Bool(bool),
    /// An error cell ("#DIV/0!").
    Error(String),
}

impl Value {
    /// True for blank cells and whitespace-only text.
    pub fn is_blank(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text, the way a person reads it: numbers without a
    /// trailing ".0", control characters removed.
    pub fn to_text(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Number(v) | Value::Date(v) => match number::from_f64(*v) {
                Some(d) => d.to_string(),
                None => v.to_string(),
            },
            Value::Text(t) => clean_text(t),
            Value::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
            Value::Error(e) => e.clone(),
        }
    }
}

/// Cell text with control characters dropped and the ends trimmed, so that no
/// cell can move a terminal's cursor or break a CSV row when printed.
pub fn clean_text(text: &str) -> String {
    let mut out = String::new();
    clean_text_into(&mut out, text);
    out
}

/// [`clean_text`] into a buffer that is reused.
pub fn clean_text_into(out: &mut String, text: &str) {
    let text = text.trim();
    out.clear();
    if text.chars().any(|c| c.is_control()) {
        // A line break written "\r\n" is one break: one space.
        out.extend(
            text.replace("\r\n", "\n")
                .chars()
                .map(|c| {
                    if c == '\n' || c == '\r' || c == '\t' {
                        ' '
                    } else {
                        c
                    }
                })
                .filter(|c| !c.is_control()),
        );
    } else {
        out.push_str(text);
    }
}

/// Column overrides given by flags.
#[derive(Debug, Clone, Default)]
pub struct ColumnFlags {
    /// `--amount-col`
    pub amount: Option<String>,
    /// `--year-col`
    pub year: Option<String>,
    /// `--stage-col`
    pub stage: Option<String>,
    /// `--code-col`
    pub code: Option<String>,
    /// `--name-col`
    pub name: Option<String>,
    /// `--column "HEADER=YEAR:STAGE"`, repeated.
    pub wide: Vec<(String, i32, Stage)>,
}

/// Everything the user can tell the importer.
#[derive(Debug, Clone)]
pub struct Options {
    /// Only this sheet (`--sheet`).
    pub sheet: Option<String>,
    /// Currency code of the amounts (`--currency`, the map's, else KZT).
    pub currency: String,
    /// True when `--currency` or the map gave it; else the file's words
    /// decide, and a file that names none says so.
    pub currency_given: bool,
    /// Expenditure or revenue (`--direction`); found in the sheet's words when not given.
    pub direction: Option<Direction>,
    /// Year for amounts whose header names none (`--year`).
    pub year: Option<i32>,
    /// Stage for amounts whose header or row names none (`--stage`).
    pub stage: Option<Stage>,
    /// Published unit when the file does not say (`--published-unit`).
    pub unit: Option<Unit>,
    /// Column overrides.
    pub columns: ColumnFlags,
    /// Largest file read, in bytes (`--max-bytes`).
    pub max_bytes: u64,
    /// Most non-empty cells read from one sheet (`--max-cells`).
    pub max_cells: u64,
    /// A layout map (`--map`).
    pub map: Option<mapping::Mapping>,
    /// Text encoding of CSV files (`--encoding`), instead of detection.
    pub encoding: Option<String>,
    /// Code page of old .xls files that lack one (`--codepage 1251`).
    pub codepage: Option<u16>,
    /// Keep only the lines of this year and stage, where a long table's rows
    /// say theirs (set by analysis commands that need no other lines).
    pub only: Option<(i32, Stage)>,
    /// The decimal mark of numbers stored as text (`--decimal`), instead of
    /// deciding it per column from the values.
    pub decimal: Option<number::DecimalMark>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            sheet: None,
            currency: "KZT".into(),
            currency_given: false,
            direction: None,
            year: None,
            stage: None,
            unit: None,
            columns: ColumnFlags::default(),
            max_bytes: 2 << 30,
            max_cells: 50_000_000,
            map: None,
            encoding: None,
            codepage: None,
            only: None,
            decimal: None,
        }
    }
}

/// What the importer found and decided in one sheet.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SheetReport {
    /// Sheet name ("" for CSV).
    pub name: String,
    /// Hidden in the workbook.
    pub hidden: bool,
    /// The used range, as A1:B2, when the sheet has cells.
    pub used_range: Option<String>,
    /// Rows above the header (titles, the unit line) that were not data.
    pub title_rows: usize,
    /// The title above the header that names the budget, when one does
    /// ("Сарыарқа ауданының 2024 жылға арналған бюджеті").
    pub title: Option<String>,
    /// 1-based row of the header, when found.
    pub header_row: Option<u32>,
    /// Rows the header spans (two or three with merged group cells).
    pub header_depth: usize,
    /// 1-based row that only numbers the columns (1, 2, 3...), skipped.
    pub column_number_row: Option<u32>,
    /// "long" or "wide", when a table was found.
    pub shape: Option<String>,
    /// "expenditure" or "revenue", when a table was found.
    pub direction: Option<crate::i18n::Text>,
    /// Every column with its role.
    pub columns: Vec<ColumnReport>,
    /// The unit of amounts, when stated.
    pub unit: Option<Unit>,
    /// Lines imported from the sheet.
    pub lines: usize,
    /// Published total amounts found (kept out of the lines and checked).
    pub totals: usize,
    /// Rows read after the header that gave no lines, with why.
    pub rows_skipped: usize,
    /// Distinct "year stage" pairs, sorted.
    pub years_stages: Vec<String>,
    /// Why the sheet gave no lines, when it did not.
    pub skipped: Option<crate::i18n::Text>,
    /// Things a user should know.
    pub warnings: Vec<crate::i18n::Text>,
    /// The decimal mark each amount column's values showed, with the cell.
    pub decimal_marks: Vec<crate::i18n::Text>,
    /// The currency the sheet's words named, and the word ("KZT (\"тенге\")").
    pub currency: Option<String>,
    /// The date the sheet's figures stand at, where it says one: (year,
    /// month, day; day 0 for a month) from its title ("по состоянию на
    /// 01.04.2025") or its last reporting period. Orders releases.
    pub as_of: Option<(i32, u32, u32)>,
    /// Warnings that the sheet's lines may count another sheet's twice
    /// (also among `warnings`): said on page 1 of the pack too.
    pub counted_twice: Vec<(crate::model::Direction, crate::i18n::Text)>,
}

/// One column as the importer saw it.
#[derive(Debug, Clone, Serialize)]
pub struct ColumnReport {
    /// Column letter.
    pub column: String,
    /// Header text.
    pub header: String,
    /// Role and why.
    #[serde(flatten)]
    pub role: header::ColumnRole,
}

/// What the importer did with one file.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    /// The path as given.
    pub file: String,
    /// SHA-256 of the bytes.
    pub sha256: String,
    /// Detected format.
    pub format: String,
    /// Text encoding, for CSV.
    pub encoding: Option<String>,
    /// CSV separator.
    pub separator: Option<String>,
    /// Sheets in workbook order.
    pub sheets: Vec<SheetReport>,
}

/// What the importer did with every file.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// One entry per file.
    pub files: Vec<FileReport>,
    /// Years and stages that several files held: the later file's lines kept.
    pub releases: Vec<releases::Overlap>,
    /// How the files were ordered as releases, when not as given.
    pub order: Option<crate::i18n::Text>,
}

impl Report {
    /// The warnings that a figure of `direction` may count lines twice
    /// (sheets of the same lines), for the first page of the pack.
    pub fn counted_twice(&self, direction: crate::model::Direction) -> Vec<crate::i18n::Text> {
        self.files
            .iter()
            .flat_map(|f| &f.sheets)
            .flat_map(|s| &s.counted_twice)
            .filter(|(d, _)| *d == direction)
            .map(|(_, w)| w.clone())
            .collect()
    }

    /// Every warning, prefixed with its file and sheet.
    pub fn warnings(&self) -> Vec<crate::i18n::Text> {
        use crate::i18n::{messages::AT_SHEET, Text};
        let mut out = Vec::new();
        for f in &self.files {
            for s in &f.sheets {
                for w in &s.warnings {
                    let mut parts = vec![Text::Verbatim(f.file.clone())];
                    if !s.name.is_empty() {
                        parts.push(crate::said!(AT_SHEET, sheet = s.name.as_str()));
                    }
                    parts.push(Text::Verbatim(": ".into()));
                    parts.push(w.clone());
                    out.push(Text::Join(parts, ""));
                }
            }
        }
        out.extend(self.order.clone());
        out.extend(self.releases.iter().map(releases::warning));
        out
    }
}

/// Reads a file whole, refusing directories, empty files and files over the limit.
pub fn read_input(path: &Path, max_bytes: u64) -> Result<Vec<u8>> {
    check_input(path, max_bytes)?;
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    if bytes.is_empty() {
        return Err(Error::EmptyFile(path.to_path_buf()));
    }
    Ok(bytes)
}

/// Refuses what cannot be an input: a missing path, a directory, an empty
/// file, one over the size limit.
fn check_input(path: &Path, max_bytes: u64) -> Result<()> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::NotFound(path.to_path_buf()),
        _ => Error::io(path, e),
    })?;
    if meta.is_dir() {
        return Err(Error::IsDirectory(path.to_path_buf()));
    }
    if meta.len() == 0 {
        return Err(Error::EmptyFile(path.to_path_buf()));
    }
    if meta.len() > max_bytes {
        return Err(Error::format(
            path,
            crate::said!(
                crate::i18n::messages::OVER_MAX_BYTES,
                n = meta.len(),
                max = max_bytes
            ),
        ));
    }
    Ok(())
}

/// SHA-256 of bytes, lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Bytes as lowercase hex.
fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// Imports every file into one budget: raw spreadsheets and CSV files, or
/// lines files written by `ashyq import`, alike.
pub fn load(paths: &[PathBuf], opts: &Options) -> Result<(Budget, Report)> {
    let mut budget = Budget::new(&opts.currency);
    let mut report = Report::default();
    let mut files = Vec::with_capacity(paths.len());
    for path in paths {
        files.push((path, load_one(path, opts)?));
    }
    report.order = releases::by_date(&mut files);
    // Each file's sources (a range of indices once merged) and partial years.
    let mut partial = Vec::new();
    for (path, (b, r)) in files {
        let base = budget.sources.len() as u32;
        partial.push((base..base + b.sources.len() as u32, b.partial_years.clone()));
        if budget.lines.is_empty() && budget.items.is_empty() {
            budget.currency = b.currency.clone();
        } else if b.currency != budget.currency {
            return Err(Error::format(
                path,
                crate::said!(
                    crate::i18n::messages::OTHER_CURRENCY,
                    cur = &b.currency,
                    before = &budget.currency
                ),
            ));
        }
        budget.merge(b);
        report.files.push(r);
    }
    report.releases = releases::resolve(&mut budget);
    if let Some((o, date)) = releases::two_budgets(&report.releases, &report.files) {
        return Err(Error::format(
            Path::new(&o.later),
            crate::said!(
                crate::i18n::import::TWO_BUDGETS,
                earlier = &o.earlier,
                date = releases::date_text(date),
                y = o.year,
                stage = crate::i18n::why::stage_text(o.stage),
                n = o.amended.len(),
                m = o.lines
            ),
        ));
    }
    if !report.releases.is_empty() {
        releases::partial_years_kept(&mut budget, &partial);
    }
    Ok((budget, report))
}

/// Imports one file.
pub fn load_one(path: &Path, opts: &Options) -> Result<(Budget, FileReport)> {
    // A reader that panics on a damaged file (calamine's xlsb records, a
    // bit-flipped Parquet page) gives the one-line error of a damaged file.
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_one(path, opts))) {
        Ok(result) => result,
        Err(payload) => {
            let what = crate::error::panic_message(payload.as_ref());
            Err(Error::format(
                path,
                crate::said!(
                    crate::i18n::messages::READER_FAILED,
                    what = what.chars().take(120).collect::<String>()
                ),
            ))
        }
    }
}

/// [`load_one`], unguarded.
fn read_one(path: &Path, opts: &Options) -> Result<(Budget, FileReport)> {
    check_input(path, opts.max_bytes)?;
    let mut head = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(BLOCK as u64).read_to_end(&mut head))
        .map_err(|e| Error::io(path, e))?;
    let (budget, mut report) = match head.len() == BLOCK {
        true => match load_streamed(path, &head, opts)? {
            Some(done) => done,
            None => load_bytes(path, read_input(path, opts.max_bytes)?, opts)?,
        },
        false => load_bytes(path, read_input(path, opts.max_bytes)?, opts)?,
    };
    let mut budget = budget;
    currency_unsaid(opts, &mut budget, &mut report);
    through_of_map(opts, &mut budget, &mut report);
    Ok((budget, report))
}

/// A map's `through` (the figures run to that month only): the year is a
/// part of a year, and the report says so.
fn through_of_map(opts: &Options, budget: &mut Budget, report: &mut FileReport) {
    let Some((y, m)) = opts.map.as_ref().and_then(|m| m.through) else {
        return;
    };
    if m < 12 && !budget.partial_years.iter().any(|(yy, _)| *yy == y) {
        budget.partial_years.push((y, m));
        if let Some(s) = report.sheets.iter_mut().find(|s| s.lines > 0) {
            s.warnings.push(crate::said!(
                crate::i18n::import::PART_OF_YEAR_MAP,
                y = y,
                m = format!("{m:02}")
            ));
        }
    }
}

/// A raw file that names no currency, with none given: its amounts are
/// tenge only where the file itself points to Kazakhstan (see
/// [`points_to_kazakhstan`]); else they carry no currency at all
/// ([`crate::model::NO_CURRENCY`]), never another country's by default.
/// Either way the report says so where the lines are.
fn currency_unsaid(opts: &Options, budget: &mut Budget, report: &mut FileReport) {
    let raw = report
        .sheets
        .iter()
        .any(|s| s.shape.as_deref().is_some_and(|x| x != "lines"));
    // A currency the file set by other means (a data package's measure)
    // is the file's own.
    if opts.currency_given
        || !raw
        || budget.lines.is_empty()
        || budget.currency != opts.currency
        || report.sheets.iter().any(|s| s.currency.is_some())
    {
        return;
    }
    let said = if points_to_kazakhstan(budget) {
        crate::said!(crate::i18n::import::NO_CURRENCY, cur = &budget.currency)
    } else {
        budget.currency = crate::model::NO_CURRENCY.to_string();
        crate::said!(crate::i18n::import::NO_CURRENCY_AT_ALL)
    };
    if let Some(s) = report.sheets.iter_mut().find(|s| s.lines > 0) {
        s.warnings.push(said);
    }
}

/// Whether a file's own contents point to Kazakhstan: names written in
/// Kazakh (its "ұ", or its "қ" beside its "ә" or "і": Kyrgyz, Tatar,
/// Bashkir, Uzbek and Tajik share some of its letters, never these), or most expenditure codes
/// shaped as its functional classification's (group 01-15, subgroup of one
/// digit, administrator and program of three: "04 2 464 003"), or most
/// revenue codes as its receipts classification's (category of one digit,
/// class of two, subclass of one: "1 01 1").
pub fn points_to_kazakhstan(budget: &Budget) -> bool {
    let (mut u, mut q, mut ae_i) = (false, false, false);
    let mut look = |t: &str| {
        for c in t.chars() {
            match c {
                'ұ' | 'Ұ' => u = true,
                'қ' | 'Қ' => q = true,
                'ә' | 'Ә' | 'і' | 'І' => ae_i = true,
                _ => {}
            }
        }
    };
    for i in &budget.items {
        look(&i.name);
        i.dims.iter().for_each(|d| look(d));
    }
    budget.sheets.iter().for_each(|s| look(s));
    if u || (q && ae_i) {
        return true;
    }
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let functional = |parts: &[&str]| {
        parts.len() >= 4
            && digits(parts[0], 2)
            && parts[0].parse::<u8>().is_ok_and(|g| (1..=15).contains(&g))
            && digits(parts[1], 1)
            && digits(parts[2], 3)
            && digits(parts[3], 3)
    };
    let receipts = |parts: &[&str]| {
        parts.len() >= 3
            && digits(parts[0], 1)
            && ("1"..="5").contains(&parts[0])
            && digits(parts[1], 2)
            && digits(parts[2], 1)
    };
    for (direction, shaped) in [
        (
            crate::model::Direction::Expenditure,
            &functional as &dyn Fn(&[&str]) -> bool,
        ),
        (crate::model::Direction::Revenue, &receipts),
    ] {
        let (mut coded, mut like) = (0usize, 0usize);
        for i in budget.items.iter().filter(|i| i.direction == direction) {
            let parts = crate::analysis::code_parts(&i.code);
            if parts.is_empty() {
                continue;
            }
            coded += 1;
            like += usize::from(shaped(&parts));
        }
        if coded > 0 && like * 5 >= coded * 4 {
            return true;
        }
    }
    false
}

/// The size of the blocks a large text file is streamed in; smaller files
/// are read whole.
const BLOCK: usize = 1 << 20;

/// Imports a large UTF-8 CSV file as it is read: a second thread reads,
/// hashes and checks the bytes while this one splits rows and sorts them
/// into lines, so the file is never held whole. `None` when the file is not
/// such a file (after all): it is then read whole.
fn load_streamed(path: &Path, head: &[u8], opts: &Options) -> Result<Option<(Budget, FileReport)>> {
    if !matches!(sniff::sniff(path, head), Ok(sniff::Kind::Text)) {
        return Ok(None);
    }
    let forced = opts.encoding.as_deref().and_then(text::encoding_for);
    if forced.is_some_and(|e| e != text::Enc::Std(encoding_rs::UTF_8)) {
        return Ok(None);
    }
    let bom = head.starts_with(b"\xEF\xBB\xBF");
    if !bom && encoding_rs::Encoding::for_bom(head).is_some() {
        return Ok(None);
    }
    let body = &head[if bom { 3 } else { 0 }..];
    let valid = match std::str::from_utf8(body) {
        Ok(t) => t,
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(&body[..e.valid_up_to()]).unwrap_or_default()
        }
        Err(_) => return Ok(None),
    };
    if lines_format::read::is_lines_csv(valid) {
        return Ok(None);
    }
    let encoding = match (forced, bom) {
        (Some(_), _) => "UTF-8 (--encoding)",
        (None, true) => "UTF-8 (BOM)",
        (None, false) => "UTF-8",
    };
    let sep = text::sniff_separator(valid);
    let mut budget = Budget::new(&opts.currency);
    budget.sources.push(Source {
        file: path.display().to_string(),
        sha256: String::new(),
    });
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let filter = &text::SharedFilter::default();
    let (sheet, sha) = std::thread::scope(|scope| -> Result<Option<(SheetReport, String)>> {
        let (tx, rx) = std::sync::mpsc::sync_channel(4);
        let (back_tx, back) = std::sync::mpsc::channel();
        let reader = std::thread::Builder::new()
            .name("csv-read".into())
            .spawn_scoped(scope, move || {
                text::read_records(file, sep, BLOCK, &tx, &back, filter)
            })
            .map_err(|e| Error::io(path, e))?;
        let mut sheet = layout::SheetImport::new(path, "", opts, &mut budget, true);
        sheet.guess_decimal_mark(text::decimal_mark(sep, valid));
        let mut cells = text::Cells::default();
        let mut count = 0u64;
        for batch in &rx {
            let batch = match batch {
                Ok(b) => b,
                Err(text::Stop::Io(e)) => return Err(Error::io(path, e)),
                Err(text::Stop::NoTable(why)) => return Err(Error::format(path, why)),
            };
            for (row, fields, ends) in batch.records() {
                if sheet.skips(fields, ends) {
                    continue;
                }
                let Some(c) = cells.fill(fields, ends) else {
                    return Ok(None);
                };
                count += c.iter().filter(|v| !v.is_blank()).count() as u64;
                if count > opts.max_cells {
                    return Err(text::too_many_cells(path, opts.max_cells));
                }
                if !c.iter().all(Value::is_blank) {
                    sheet.row(row, c)?;
                }
            }
            let _ = back_tx.send(batch);
            // What this thread has learnt to drop, the reader drops unsent.
            if let Some(f) = sheet.row_filter() {
                filter.publish(f);
            }
        }
        let Ok(Some(sha)) = reader.join() else {
            return Ok(None);
        };
        Ok(Some((sheet.finish()?, sha)))
    })?
    .unzip();
    let (Some(sheet), Some(sha)) = (sheet, sha) else {
        return Ok(None);
    };
    budget.sources[0].sha256 = sha.clone();
    let report = FileReport {
        file: path.display().to_string(),
        sha256: sha,
        format: "csv".into(),
        encoding: Some(encoding.into()),
        separator: Some(text::separator_name(sep).to_string()),
        sheets: vec![sheet],
    };
    Ok(Some((budget, report)))
}

/// Imports a file's bytes; `path` only names it in reports and errors.
pub fn load_bytes(path: &Path, bytes: Vec<u8>, opts: &Options) -> Result<(Budget, FileReport)> {
    if bytes.is_empty() {
        return Err(Error::EmptyFile(path.to_path_buf()));
    }
    let sha = sha256_hex(&bytes);
    let kind = sniff::sniff(path, &bytes)?;
    let mut budget = Budget::new(&opts.currency);
    budget.sources.push(Source {
        file: path.display().to_string(),
        sha256: sha.clone(),
    });
    let mut report = FileReport {
        file: path.display().to_string(),
        sha256: sha,
        format: kind.name().to_string(),
        encoding: None,
        separator: None,
        sheets: Vec::new(),
    };
    let mut source = match open(path, bytes, kind, opts, &mut report)? {
        source::Opened::Sheets(s) => s,
        source::Opened::Lines(done) => return Ok(*done),
    };
    report.sheets = source::run_sheets(path, source.as_mut(), opts, &mut budget)?;
    Ok((budget, report))
}

/// Opens a file's bytes by their format: sheets of cells, or lines as they
/// are (lines files, data packages). Says in `report` what it found.
fn open<'p>(
    path: &'p Path,
    bytes: Vec<u8>,
    kind: sniff::Kind,
    opts: &Options,
    report: &mut FileReport,
) -> Result<source::Opened<'p>> {
    let lines = |b: Budget, format: &str, report: &mut FileReport| {
        report.format = format.into();
        report.sheets.push(lines_file::summary(&b));
        source::Opened::Lines(Box::new((b, report.clone())))
    };
    Ok(match kind {
        sniff::Kind::Text => {
            let decoded = text::decode(
                &bytes,
                opts.encoding.as_deref().and_then(text::encoding_for),
            );
            report.encoding = Some(decoded.encoding.clone());
            if lines_format::read::is_lines_csv(&decoded.text) {
                let b = lines_format::read::read_csv(path, &decoded.text)?;
                return Ok(lines(b, "ashyq lines (CSV)", report));
            }
            let src = text::TextSource::new(decoded);
            report.separator = Some(text::separator_name(src.sep).to_string());
            source::Opened::Sheets(Box::new(src))
        }
        sniff::Kind::Json => {
            let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
            if let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) {
                if fdp::is_descriptor(&v) {
                    let (b, r) = fdp::load(path, &v, opts)?;
                    return Ok(source::Opened::Lines(Box::new((b, r))));
                }
                if v.get("format").is_none() && json_rows::is_rows(&v) {
                    report.format = "json rows".into();
                    let t = json_rows::table(path, &v, opts.max_cells)?;
                    return Ok(source::Opened::Sheets(Box::new(t)));
                }
            }
            let b = lines_format::read::read_json(path, &bytes)?;
            lines(b, "ashyq lines (JSON)", report)
        }
        sniff::Kind::Parquet => {
            let b = lines_format::read::read_parquet(path, &bytes)?;
            lines(b, "ashyq lines (Parquet)", report)
        }
        sniff::Kind::Xlsx | sniff::Kind::Xlsb | sniff::Kind::Ods | sniff::Kind::Xls => {
            source::Opened::Sheets(workbook::open(path, bytes, kind, opts)?)
        }
        sniff::Kind::Docx => source::Opened::Sheets(Box::new(docx::DocxSource::parse(
            path,
            bytes,
            opts.max_cells,
        )?)),
        sniff::Kind::Html => {
            let forced = opts.encoding.as_deref().and_then(text::encoding_for);
            let (src, encoding) = html::HtmlSource::parse(path, &bytes, forced, opts.max_cells)?;
            report.encoding = Some(encoding);
            source::Opened::Sheets(Box::new(src))
        }
    })
}
