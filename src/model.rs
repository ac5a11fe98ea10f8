//! The normalized model: budget lines, one per (line, year, stage).
//!
//! A source row (a program, a department, an expense category) usually carries
//! several amounts side by side: one per year and stage. The model keeps the
//! row's text once, as an [`Item`], and one [`Line`] per amount, so that a
//! 200,000-row workbook with nine amount columns does not hold nine copies of
//! every name. [`Budget::rows`] walks the lines in the long format that the
//! README documents.

use rust_decimal::Decimal;
use serde::Serialize;

/// Expenditure or revenue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Spending (затраты, шығындар).
    Expenditure,
    /// Receipts (доходы, поступления, кірістер).
    Revenue,
}

impl Direction {
    /// The lowercase English word used in every output.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Expenditure => "expenditure",
            Direction::Revenue => "revenue",
        }
    }

    /// Parses the word written by [`Direction::as_str`].
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_lowercase().as_str() {
            "expenditure" | "expenditures" | "expense" | "expenses" | "spending" => {
                Some(Direction::Expenditure)
            }
            "revenue" | "revenues" | "receipts" | "income" => Some(Direction::Revenue),
            _ => None,
        }
    }
}

/// The stage of the budget cycle an amount belongs to, from the first draft
/// to the money actually spent. Ordered from least to most final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// The draft put to the council (проект бюджета, бюджет жобасы).
    Proposed,
    /// Adopted by the council (утвержденный, бекітілген, appropriation, adopted).
    Approved,
    /// Amended during the year (уточненный, нақтыланған).
    Revised,
    /// Adjusted by the executive (скорректированный, түзетілген).
    Adjusted,
    /// Actually spent or received (исполнение, атқарылуы, actual).
    Executed,
}

impl Stage {
    /// Every stage, least final first.
    pub const ALL: [Stage; 5] = [
        Stage::Proposed,
        Stage::Approved,
        Stage::Revised,
        Stage::Adjusted,
        Stage::Executed,
    ];

    /// The lowercase English word used in every output.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Proposed => "proposed",
            Stage::Approved => "approved",
            Stage::Revised => "revised",
            Stage::Adjusted => "adjusted",
            Stage::Executed => "executed",
        }
    }

    /// Parses the word written by [`Stage::as_str`] (exact, case-insensitive).
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim().to_lowercase();
        Stage::ALL.into_iter().find(|st| st.as_str() == text)
    }
}

/// One source file that lines came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The path as the user gave it.
    pub file: String,
    /// SHA-256 of the file's bytes, lowercase hex.
    pub sha256: String,
}

/// One source row: the text that all its amounts share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Expenditure or revenue.
    pub direction: Direction,
    /// The classification path as published (zero padding kept), or empty.
    pub code: String,
    /// Depth in the hierarchy, 1 for the top, when known.
    pub level: Option<u8>,
    /// The parent's code, when known.
    pub parent_code: String,
    /// The line's name as published.
    pub name: String,
    /// Values of the other dimension columns, in the order of [`Budget::dimensions`].
    pub dims: Vec<String>,
    /// Index into [`Budget::sources`].
    pub source: u32,
    /// Index into [`Budget::sheets`].
    pub sheet: u32,
}

/// One amount: an item's value for one year and stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Index into [`Budget::items`].
    pub item: u32,
    /// Fiscal year.
    pub year: i32,
    /// Stage of the budget cycle.
    pub stage: Stage,
    /// Exact amount in base currency units (published unit applied); `None`
    /// when the cell held no number.
    pub amount: Option<Decimal>,
    /// When `amount` is `None`: index into [`Budget::markers`] of what the
    /// cell held instead ("#Missing", "-", "NA", "#DIV/0!"); 0 is a blank cell.
    pub missing: u16,
    /// 0-based row of the amount's cell in its sheet.
    pub row: u32,
    /// 0-based column of the amount's cell in its sheet.
    pub col: u32,
}

/// A total printed in the source (a subtotal row, a group row, "Итого"), kept
/// out of the lines and compared with the sum of the lines it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedTotal {
    /// Expenditure or revenue: the direction of the lines it sums.
    pub direction: Direction,
    /// Index into [`Budget::sources`].
    pub source: u32,
    /// Index into [`Budget::sheets`].
    pub sheet: u32,
    /// The row's label as published.
    pub label: String,
    /// The row's code, when it has one.
    pub code: String,
    /// How it was recognised: "label", "code", "indentation" or "sum of the rows above".
    pub rule: &'static str,
    /// Fiscal year of the amount column.
    pub year: i32,
    /// Stage of the amount column.
    pub stage: Stage,
    /// The amount printed, in base units.
    pub published: Decimal,
    /// The sum of the imported lines it covers.
    pub computed: Decimal,
    /// How many lines it covers.
    pub lines: u32,
    /// 0-based row of the total's cell.
    pub row: u32,
    /// 0-based column of the total's cell.
    pub col: u32,
    /// First and last 0-based rows of the lines covered.
    pub span: Option<(u32, u32)>,
}

/// The rule of a total a document's text states (a maslikhat decision's
/// point 1), not a cell: its `row` is the paragraph, its `col` 0.
pub const RULE_STATED: &str = "point 1 of the decision";

impl PublishedTotal {
    /// True for a figure the document's text states rather than a cell.
    pub fn in_text(&self) -> bool {
        self.rule == RULE_STATED
    }

    /// Where it is printed: its cell ("E12"), or its paragraph ("¶9").
    pub fn place(&self) -> String {
        match self.in_text() {
            true => format!("¶{}", self.row + 1),
            false => a1(self.row, self.col),
        }
    }

    /// Published minus computed, exactly.
    pub fn difference(&self) -> Decimal {
        self.published.saturating_sub(self.computed)
    }

    /// The unit the amounts are written to, when the total differs by less
    /// than rounding every covered line and the total to it could make
    /// ((lines + 1) × half a unit): the publisher's rounding, not a lost line.
    pub fn rounding_unit(&self) -> Option<Decimal> {
        let scale = self
            .published
            .normalize()
            .scale()
            .max(self.computed.normalize().scale());
        let unit = Decimal::new(1, scale);
        let bound = unit * Decimal::from(self.lines + 1) / Decimal::from(2);
        (self.lines > 0 && self.difference().abs() < bound).then_some(unit)
    }

    /// True when the lines reproduce the total to the cent (tiyn): equal once
    /// both are rounded to two decimals. Sources whose cells hold
    /// floating-point noise below a cent (computed forecasts) still reproduce.
    pub fn reproduced(&self) -> bool {
        self.published.round_dp(2) == self.computed.round_dp(2)
    }

    /// True when the total differs, but by less than the publisher's
    /// rounding could make: not a finding, not a lost line.
    pub fn within_rounding(&self) -> bool {
        !self.reproduced() && self.rounding_unit().is_some()
    }

    /// True when the total differs beyond what rounding explains.
    pub fn differs(&self) -> bool {
        !self.reproduced() && self.rounding_unit().is_none()
    }
}

/// A set of budget lines with everything needed to trace each back to its cell.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Budget {
    /// Currency code (ISO 4217), KZT unless told otherwise.
    pub currency: String,
    /// Names of the dimension columns carried through, as in the source.
    pub dimensions: Vec<String>,
    /// Source files.
    pub sources: Vec<Source>,
    /// Sheet names ("" for CSV), shared by items.
    pub sheets: Vec<String>,
    /// Source rows.
    pub items: Vec<Item>,
    /// Amounts.
    pub lines: Vec<Line>,
    /// What cells held instead of amounts; index 0 is "" (a blank cell).
    pub markers: Vec<String>,
    /// Totals printed in the sources, with their reconciliation.
    pub totals: Vec<PublishedTotal>,
    /// Years whose executed amounts run only to a month before the year's
    /// end (a year-to-date report of March): the year and that last month.
    pub partial_years: Vec<(i32, u32)>,
    /// Read from a lines file that `import` wrote from a reading the
    /// published totals did not bear out: (totals that differed, totals
    /// checked) of that reading. The lines file carries no totals of its own.
    pub unreconciled: Option<(usize, usize)>,
}

/// One budget line in the long format, borrowed from a [`Budget`].
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    /// The row's shared text.
    pub item: &'a Item,
    /// The amount and its cell.
    pub line: &'a Line,
    /// The file it came from.
    pub source: &'a Source,
    /// The sheet it came from ("" for CSV).
    pub sheet: &'a str,
}

impl Row<'_> {
    /// The A1 reference of the amount's cell.
    pub fn cell(&self) -> String {
        a1(self.line.row, self.line.col)
    }
}

impl Budget {
    /// An empty budget in the given currency.
    pub fn new(currency: &str) -> Self {
        Budget {
            currency: currency.to_string(),
            markers: vec![String::new()],
            ..Budget::default()
        }
    }

    /// Index of a missing-amount marker, added when new (saturates at the
    /// 65,535th distinct marker, which no real file reaches).
    pub fn marker_index(&mut self, text: &str) -> u16 {
        if self.markers.is_empty() {
            self.markers.push(String::new());
        }
        if let Some(i) = self.markers.iter().position(|s| s == text) {
            return i as u16;
        }
        if self.markers.len() >= u16::MAX as usize {
            return u16::MAX;
        }
        self.markers.push(text.to_string());
        (self.markers.len() - 1) as u16
    }

    /// The "through" of a line in a lines file: "2025-03" when the line is
    /// an executed amount of a year that runs only to March, else "".
    pub fn through(&self, line: &Line) -> String {
        match self.partial_years.iter().find(|p| p.0 == line.year) {
            Some(&(y, m)) if line.stage == Stage::Executed => format!("{y}-{m:02}"),
            _ => String::new(),
        }
    }

    /// What a line's cell held instead of an amount ("" when it held an amount or was blank).
    pub fn marker(&self, line: &Line) -> &str {
        self.markers
            .get(line.missing as usize)
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Every line in long format, in source order.
    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> + '_ {
        self.lines.iter().map(move |line| {
            let item = &self.items[line.item as usize];
            Row {
                item,
                line,
                source: &self.sources[item.source as usize],
                sheet: &self.sheets[item.sheet as usize],
            }
        })
    }

    /// Index of a sheet name, added when new.
    pub fn sheet_index(&mut self, name: &str) -> u32 {
        if let Some(i) = self.sheets.iter().position(|s| s == name) {
            return i as u32;
        }
        self.sheets.push(name.to_string());
        (self.sheets.len() - 1) as u32
    }

    /// Index of a dimension name, added when new.
    pub fn dimension_index(&mut self, name: &str) -> usize {
        if let Some(i) = self.dimensions.iter().position(|s| s == name) {
            return i;
        }
        self.dimensions.push(name.to_string());
        for item in &mut self.items {
            item.dims.push(String::new());
        }
        self.dimensions.len() - 1
    }

    /// Distinct (year, stage) pairs present, sorted.
    pub fn years_and_stages(&self) -> Vec<(i32, Stage)> {
        let mut v: Vec<(i32, Stage)> = self.lines.iter().map(|l| (l.year, l.stage)).collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Appends another budget's sources, items and lines, remapping indices
    /// and dimension columns by name.
    pub fn merge(&mut self, other: Budget) {
        if self.sources.is_empty() && self.items.is_empty() && self.lines.is_empty() {
            // The first file: nothing to remap.
            *self = other;
            return;
        }
        let src_base = self.sources.len() as u32;
        self.sources.extend(other.sources);
        let sheet_map: Vec<u32> = other.sheets.iter().map(|s| self.sheet_index(s)).collect();
        let dim_map: Vec<usize> = other
            .dimensions
            .iter()
            .map(|d| self.dimension_index(d))
            .collect();
        let marker_map: Vec<u16> = other.markers.iter().map(|m| self.marker_index(m)).collect();
        let item_base = self.items.len() as u32;
        self.totals.extend(other.totals.into_iter().map(|mut t| {
            t.source += src_base;
            t.sheet = sheet_map[t.sheet as usize];
            t
        }));
        let ndims = self.dimensions.len();
        for mut item in other.items {
            let mut dims = vec![String::new(); ndims];
            for (i, v) in item.dims.drain(..).enumerate() {
                dims[dim_map[i]] = v;
            }
            item.dims = dims;
            item.source += src_base;
            item.sheet = sheet_map[item.sheet as usize];
            self.items.push(item);
        }
        self.lines.extend(other.lines.into_iter().map(|mut l| {
            l.item += item_base;
            l.missing = marker_map.get(l.missing as usize).copied().unwrap_or(0);
            l
        }));
        if let Some((d, c)) = other.unreconciled {
            let (d0, c0) = self.unreconciled.unwrap_or((0, 0));
            self.unreconciled = Some((d0 + d, c0 + c));
        }
        // A part of a year in either file stays said: where both name the
        // year, the shorter part (a year is never called whole by mistake).
        for (y, m) in other.partial_years {
            match self.partial_years.iter_mut().find(|p| p.0 == y) {
                Some(p) => p.1 = p.1.min(m),
                None => self.partial_years.push((y, m)),
            }
        }
    }
}

/// ISO 4217's code for "no currency": amounts of a file that names none
/// and does not point to any country's, shown with no currency sign.
pub const NO_CURRENCY: &str = "XXX";

/// An ISO 4217-style currency code (three letters, upper-cased), or `None`.
pub fn currency_code(text: &str) -> Option<String> {
    let up = text.trim().to_ascii_uppercase();
    (up.len() == 3 && up.chars().all(|c| c.is_ascii_alphabetic())).then_some(up)
}

/// Case and spaces folded, so that "Образование " and "образование" match.
pub fn normalise_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The 0-based (row, column) of an A1 reference.
pub fn parse_a1(cell: &str) -> Option<(u32, u32)> {
    let letters: String = cell
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    let digits = &cell[letters.len()..];
    if letters.is_empty() || letters.len() > 3 || digits.is_empty() {
        return None;
    }
    let col = column_index(&letters)?;
    let row: u32 = digits.parse().ok()?;
    Some((row.checked_sub(1)?, col))
}

/// The 0-based column of spreadsheet letters (one to three, any case): "A" is 0, "AA" is 26.
pub fn column_index(letters: &str) -> Option<u32> {
    if letters.is_empty() || letters.len() > 3 || !letters.chars().all(|c| c.is_ascii_alphabetic())
    {
        return None;
    }
    let n = letters
        .to_ascii_uppercase()
        .bytes()
        .fold(0u32, |n, b| n * 26 + u32::from(b - b'A' + 1));
    Some(n - 1)
}

/// The A1 reference of a 0-based (row, column): `a1(0, 0)` is "A1".
pub fn a1(row: u32, col: u32) -> String {
    let mut s = String::with_capacity(10);
    a1_into(&mut s, row, col);
    s
}

/// Appends the A1 reference of a 0-based (row, column) to `out`.
pub fn a1_into(out: &mut String, row: u32, col: u32) {
    let mut letters = [0u8; 8];
    let mut i = letters.len();
    let mut n = col as u64 + 1;
    while n > 0 {
        i -= 1;
        letters[i] = b'A' + ((n - 1) % 26) as u8;
        n = (n - 1) / 26;
    }
    letters[i..].iter().for_each(|&b| out.push(char::from(b)));
    let mut digits = [0u8; 10];
    let mut j = digits.len();
    let mut r = row as u64 + 1;
    while r > 0 || j == digits.len() {
        j -= 1;
        digits[j] = b'0' + (r % 10) as u8;
        r /= 10;
    }
    digits[j..].iter().for_each(|&b| out.push(char::from(b)));
}

/// Spreadsheet letters of a 0-based column: 0 is "A", 26 is "AA".
pub fn column_letters(col: u32) -> String {
    let mut s = a1(0, col);
    s.truncate(s.len() - 1);
    s
}

/// The civil date (year, month, day) of a count of days since 1970-01-01
/// (H. Hinnant's days-to-civil algorithm): Excel serial days and the
/// charts' dates alike.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m as u32, d as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a1_references() {
        assert_eq!(a1(0, 0), "A1");
        assert_eq!(a1(11, 2), "C12");
        assert_eq!(a1(0, 25), "Z1");
        assert_eq!(a1(0, 26), "AA1");
        assert_eq!(a1(1_048_575, 16_383), "XFD1048576");
        assert_eq!(parse_a1("XFD1048576"), Some((1_048_575, 16_383)));
        assert_eq!(parse_a1("C12"), Some((11, 2)));
        assert_eq!(parse_a1("C0"), None);
        assert_eq!(parse_a1("12"), None);
        assert_eq!(column_index("xfd"), Some(16_383));
        assert_eq!(column_index("ABCD"), None);
    }

    #[test]
    fn stages_order_from_draft_to_spent() {
        assert!(Stage::Executed > Stage::Adjusted);
        assert!(Stage::Revised > Stage::Approved);
        assert_eq!(Stage::parse(" Executed "), Some(Stage::Executed));
        assert_eq!(Stage::parse("spent"), None);
    }
}
