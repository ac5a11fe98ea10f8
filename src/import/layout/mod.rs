//! A sheet's layout: the header, every column's role, the shape (long or
//! wide), and the turning of each row into budget lines as it streams by.
//! The decisions about columns are [`detect`]'s; this is the row stream.

mod by_values;
mod codes;
mod detect;
mod indent;
mod marks;
mod rows;
mod rules;
mod tree;
mod years;

use super::header::{self, ColumnRole, Unit};
use super::number::{self, DecimalMark, Parsed};
use super::probe;
use super::text::RowFilter;
use super::totals::{ParsedRow, Rule, Tracker};
use super::{ColumnReport, Options, SheetReport, Value};
use crate::error::{Error, Result};
use crate::i18n::import::*;
use crate::i18n::Text;
use crate::model::{a1, column_letters, Budget, Item, Line, PublishedTotal, Stage};
use crate::said;
use indent::{indent_of, indent_sums_agree, indented};
use rust_decimal::{Decimal, RoundingStrategy};
use std::collections::BTreeSet;
use std::path::Path;
use years::parse_year;

/// Decimals kept of a workbook float's amount in base units: below a
/// millionth of a tenge or dollar, a float holds arithmetic residue.
const MAX_DECIMALS: u32 = 6;

/// Warnings kept per sheet before the rest are only counted.
const MAX_WARNINGS: usize = 30;

#[derive(Debug, Clone)]
struct AmountCol {
    col: usize,
    /// The header's year; `None` when each row's year column gives it.
    year: Option<i32>,
    stage: Stage,
    factor: Decimal,
}

#[derive(Debug, Clone)]
enum Shape {
    Long {
        /// The year column, or the edition column (with `edition`).
        year: usize,
        /// True when `year` is an edition column mapped by the map's `[editions]`.
        edition: bool,
        stage: Option<usize>,
        amount: usize,
        factor: Decimal,
        default_stage: Stage,
    },
    Wide(Vec<AmountCol>),
}

/// Where a row's code path comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Codes {
    /// No code column.
    None,
    /// One column holding the whole path ("04 2 464 003", "01.1.4", "2240").
    Single(usize),
    /// One column per level (group, subgroup, administrator, program...); a
    /// parent row fills only its own.
    Split(Vec<usize>),
    /// No code column, but the names are indented by level (the name column).
    Indent(usize),
    /// One column of zero-padded prefix codes ("10000000" over "11000000"
    /// over "11010000"): a code heads those that begin with it, zeros stripped.
    Prefix(usize),
    /// One column of digit codes of several lengths, each length a level
    /// ("01" over "0101" over "010101"), as a map's `code_levels` says.
    Lengths(usize, Vec<usize>),
}

#[derive(Debug, Clone)]
struct Layout {
    /// For wide tables whose amount headers name only a stage: the column
    /// holding each row's year.
    year_col: Option<usize>,
    codes: Codes,
    code: Option<usize>,
    name: Option<usize>,
    /// (column, index into Budget::dimensions)
    dims: Vec<(usize, usize)>,
    shape: Shape,
    /// Each row's reporting period.
    period: Option<usize>,
    /// The (id, parent id) columns of a tree.
    tree: Option<(usize, usize)>,
    /// Codes written as floats ("1.0"): read without the ".0".
    float_codes: bool,
    /// Each row's direction.
    direction: Option<usize>,
    /// Columns that repeat a parent's total on every row.
    repeated: Vec<Repeated>,
}

/// (item, row, each repeated column's (parent key, amount)) of one row.
type RepeatedRow = (u32, u32, Vec<(String, Option<Decimal>)>);

/// An amount column that repeats a parent's total on every row beside the
/// finest amounts (Armenia's state_body_actual beside subprogram_actual).
#[derive(Debug, Clone)]
struct Repeated {
    col: usize,
    /// The column naming the parent (state_body), when one does.
    key: Option<usize>,
    year: Option<i32>,
    stage: Stage,
    factor: Decimal,
    label: String,
}

/// Streams one sheet's rows into a [`Budget`].
pub struct SheetImport<'a> {
    path: &'a Path,
    sheet: String,
    sheet_idx: u32,
    opts: &'a Options,
    budget: &'a mut Budget,
    /// How "1,234" in text cells reads: per column, from the values.
    marks: marks::Marks,
    required: bool,
    layout: Option<Layout>,
    /// First rows kept until the header is found.
    probe: Vec<(u32, Vec<Value>)>,
    /// The unit stated around the header, for columns that state none.
    sheet_unit: Option<Unit>,
    title_year: Option<(i32, String)>,
    /// The date the title rows say the figures stand at.
    title_as_of: Option<(i32, u32, u32)>,
    /// A unit line around the header that names a quantity (тонн, человек).
    quantity: Option<String>,
    /// Expenditure or revenue, from the flag or the sheet's words.
    direction: crate::model::Direction,
    /// Sorts wide rows into lines and published totals.
    tracker: Option<Tracker<RowData>>,
    /// Rows the tracker has let through as lines.
    ready: Vec<ParsedRow<RowData>>,
    /// Split codes carried down from parent rows.
    carry: Vec<String>,
    /// For names indented by level: the indentation and name of each open parent.
    indents: Vec<(usize, String)>,
    /// The current row's period, taken by the next [`RowData`].
    row_period: String,
    /// (item, period) of every item, when rows have periods.
    periods: Vec<(u32, String)>,
    /// True when rows carry periods (a period column, or the map's `[cumulative]`).
    keep_periods: bool,
    /// (item, id, parent id) of every row of a tree.
    nodes: Vec<(u32, String, String)>,
    /// The period of the block of rows being read.
    block_period: String,
    /// Rows left out because their direction cell named no direction.
    no_direction: usize,
    /// The direction a section row or a repeated header gave the rows below
    /// ("I. Доходы", "II. Затраты"; "Категория | Класс" over revenue).
    section: Option<crate::model::Direction>,
    /// Rows under a part that is neither revenue nor expenditure ("III.
    /// Чистое бюджетное кредитование" .. "VI. Финансирование дефицита"),
    /// left out, by part: (heading, rows). The last is the part being read.
    outside: Vec<(String, usize)>,
    /// Whether the rows being read are under such a part.
    in_outside: bool,
    /// The stage the document's own text gives amounts that name none (a
    /// decision that amends a budget: revised), and whence.
    document_stage: Option<(Stage, Text)>,
    /// The header's cells as folded text, to know the header when it repeats.
    header_texts: Vec<String>,
    /// (item, row, the row's repeated totals) of tables that repeat parents' totals.
    repeated_rows: Vec<RepeatedRow>,
    /// The columns repeating parents' totals, once the layout is known.
    repeated_cols: Vec<Repeated>,
    /// Where this sheet's lines start in the budget.
    first_line: usize,
    done: bool,
    report: SheetReport,
    extra_warnings: usize,
    seen: BTreeSet<(i32, Stage)>,
    /// The cells of the last long row that made an item, and that item: the
    /// next rows with the same text (the line's other years and stages) share it.
    last_item: Option<(Vec<Value>, u32)>,
    /// The stage cells read so far and their stages.
    stage_words: Vec<(String, Stage)>,
    /// What [`Self::skips`] checks, once planned.
    filter: Option<Option<RowFilter>>,
    /// Workbook amounts rounded for residue: how many, and the first (cell, value).
    residue: (usize, Option<String>),
}

impl<'a> SheetImport<'a> {
    /// Starts a sheet. `required`: a sheet with no budget table is an error
    /// (the only sheet, or the one named with --sheet) rather than skipped.
    pub fn new(
        path: &'a Path,
        sheet: &str,
        opts: &'a Options,
        budget: &'a mut Budget,
        required: bool,
    ) -> Self {
        let sheet_idx = budget.sheet_index(sheet);
        let first_line = budget.lines.len();
        SheetImport {
            path,
            sheet: sheet.to_string(),
            sheet_idx,
            opts,
            budget,
            marks: marks::Marks::new(opts.decimal),
            required,
            layout: None,
            probe: Vec::new(),
            tracker: None,
            ready: Vec::new(),
            carry: Vec::new(),
            indents: Vec::new(),
            row_period: String::new(),
            periods: Vec::new(),
            keep_periods: false,
            nodes: Vec::new(),
            block_period: String::new(),
            no_direction: 0,
            section: None,
            outside: Vec::new(),
            in_outside: false,
            document_stage: None,
            header_texts: Vec::new(),
            repeated_rows: Vec::new(),
            repeated_cols: Vec::new(),
            first_line,
            sheet_unit: None,
            title_year: None,
            title_as_of: None,
            quantity: None,
            direction: opts
                .direction
                .unwrap_or(crate::model::Direction::Expenditure),
            done: false,
            report: SheetReport {
                name: sheet.to_string(),
                ..SheetReport::default()
            },
            extra_warnings: 0,
            seen: BTreeSet::new(),
            last_item: None,
            stage_words: Vec::new(),
            filter: None,
            residue: (0, None),
        }
    }

    /// The stage the document's own text gives amounts that name none.
    pub fn stage_of_document(&mut self, stage: Stage, whence: Text) {
        self.document_stage = Some((stage, whence));
    }

    /// The decimal mark the file's language suggests, for columns whose
    /// values show none.
    pub fn guess_decimal_mark(&mut self, mark: DecimalMark) {
        self.marks.sheet = mark;
    }

    /// The file the sheet is read from.
    pub fn path(&self) -> &'a Path {
        self.path
    }

    /// True once the sheet needs no more rows (it was skipped).
    pub fn is_done(&self) -> bool {
        self.done
    }

    fn warn(&mut self, message: impl Into<crate::i18n::Text>) {
        let message = message.into();
        if self.report.warnings.len() < MAX_WARNINGS {
            self.report.warnings.push(message);
        } else {
            self.extra_warnings += 1;
        }
    }

    fn err(&self, cell: &str, message: impl Into<crate::i18n::Text>) -> Error {
        Error::data(self.path, &self.sheet, cell, message)
    }

    /// Takes one non-empty row: its 0-based index and its cells from column A.
    pub fn row(&mut self, row: u32, cells: &[Value]) -> Result<()> {
        if self.done {
            return Ok(());
        }
        match self.layout.take() {
            None => {
                self.probe.push((row, cells.to_vec()));
                if self.probe.len() >= probe::PROBE_ROWS {
                    self.settle()?;
                }
                Ok(())
            }
            Some(layout) => {
                let r = self.body(&layout, row, cells);
                self.layout = Some(layout);
                r
            }
        }
    }

    /// Finds the header in the probed rows, decides the layout, and replays
    /// the data rows read so far.
    fn settle(&mut self) -> Result<()> {
        let probe = std::mem::take(&mut self.probe);
        if probe.is_empty() {
            return Ok(());
        }
        let rows: Vec<Vec<Value>> = probe.iter().map(|(_, c)| c.clone()).collect();
        let c = &self.opts.columns;
        let wanted: Vec<String> = [&c.amount, &c.year, &c.stage, &c.code, &c.name]
            .into_iter()
            .flatten()
            .cloned()
            .chain(c.wide.iter().map(|w| w.0.clone()))
            .collect();
        let mapped = self
            .opts
            .map
            .as_ref()
            .and_then(|m| m.header_row.map(|r| (r, m.header_rows.unwrap_or(1))));
        let choice = match mapped {
            Some((hr, depth)) => {
                let Some(start) = probe.iter().position(|(r, _)| r + 1 == hr) else {
                    return Err(self.err(
                        &a1(hr.saturating_sub(1), 0),
                        said!(MAP_HEADER_ROW, hr = hr, n = probe::PROBE_ROWS),
                    ));
                };
                let depth = (depth.max(1) as usize).min(rows.len() - start);
                probe::HeaderChoice {
                    start,
                    depth,
                    texts: probe::combine(&rows[start..start + depth]),
                }
            }
            None => probe::choose_header(&rows, &wanted).unwrap_or(probe::HeaderChoice {
                start: 0,
                depth: 1,
                texts: probe::combine(&rows[..1]),
            }),
        };
        let mut choice = choice;
        // A row under the header holding only the unit ("тысяч тенге" under
        // "Сумма", a merged header's second row) belongs to the header.
        if let Some(next) = rows.get(choice.start + choice.depth) {
            let mut cells = next.iter().filter(|v| !v.is_blank());
            if let (Some(Value::Text(t)), None) = (cells.next(), cells.next()) {
                if header::unit_in(t).is_some() && header::year_in(t).is_none() {
                    choice.depth += 1;
                    choice.texts = probe::combine(&rows[choice.start..choice.start + choice.depth]);
                }
            }
        }
        let end = choice.start + choice.depth;
        self.sheet_unit = probe::unit_in_rows(&rows[..end]);
        self.title_year = probe::year_in_titles(&rows[..choice.start]);
        self.title_as_of = probe::as_of_in_titles(&rows[..choice.start]);
        self.report.as_of = self.title_as_of;
        if !self.opts.currency_given {
            let texts = std::iter::once(self.sheet.as_str()).chain(
                rows[..end].iter().flatten().filter_map(|v| match v {
                    Value::Text(t) => Some(t.as_str()),
                    _ => None,
                }),
            );
            // An amount printed with its sign ("$1,234") names it too.
            let signs = rows[end..].iter().flatten().filter_map(|v| match v {
                Value::Text(t) if t.trim_start().starts_with(['$', '€', '₸', '£', '₽', '₴']) => {
                    Some(t.as_str())
                }
                _ => None,
            });
            if let Some((code, word)) = texts.chain(signs).find_map(header::currency_in) {
                self.budget.currency = code.to_string();
                self.report.currency = Some(format!("{code} (\"{word}\")"));
            }
        }
        let quantity = rows[..end.min(rows.len())]
            .iter()
            .flatten()
            .find_map(|v| match v {
                Value::Text(t) => header::quantity_in(t),
                _ => None,
            });
        if self.opts.direction.is_none() {
            let mut words = vec![self.sheet.clone()];
            words.extend(rows[..end].iter().flatten().filter_map(|v| match v {
                Value::Text(t) => Some(t.clone()),
                _ => None,
            }));
            if let Some(d) = words.iter().find_map(|w| probe::direction_in(w)) {
                self.direction = d;
            }
        }
        if self.opts.direction.is_none() {
            if let Some(d) = probe::direction_of_levels(&choice.texts) {
                self.direction = d;
            }
        }
        self.header_texts = choice.texts.iter().map(|t| header::fold(t)).collect();
        let first = probe[choice.start].0;
        self.quantity = quantity;
        // Rows that repeat a header (a second part's "Категория | Класс |
        // ...") are no data to judge the columns by.
        let data: Vec<Vec<Value>> = rows[end..]
            .iter()
            .filter(|r| !repeats_a_header(r))
            .cloned()
            .collect();
        self.header(first, &choice.texts, &data)?;
        if choice.start > 0 {
            self.report.title_rows = choice.start;
            self.report.title = probe::budget_title(&rows[..choice.start]);
        }
        self.report.header_depth = choice.depth;
        self.report.direction = Some(crate::i18n::why::direction_text(self.direction));
        if let Some(c) = self.layout.as_ref().and_then(|l| l.direction) {
            self.report.direction =
                Some(said!(EACH_ROWS_DIRECTION, col = column_letters(c as u32)));
        }
        let Some(layout) = self.layout.take() else {
            return Ok(());
        };
        let amount_cols: Vec<usize> = match &layout.shape {
            Shape::Long { amount, .. } => vec![*amount],
            Shape::Wide(cols) => cols.iter().map(|c| c.col).collect(),
        };
        self.marks.seed(probe[end..].iter().flat_map(|(r, cells)| {
            amount_cols.iter().filter_map(move |&c| match cells.get(c) {
                Some(Value::Text(t)) => Some((*r, c, t.as_str())),
                _ => None,
            })
        }));
        let mut result = Ok(());
        for (k, (r, cells)) in probe[end..].iter().enumerate() {
            if k == 0 && probe::is_column_number_row(cells) {
                self.report.column_number_row = Some(r + 1);
                continue;
            }
            result = self.body(&layout, *r, cells);
            if result.is_err() {
                break;
            }
        }
        self.layout = Some(layout);
        result
    }

    fn header(&mut self, row: u32, headers: &[String], data: &[Vec<Value>]) -> Result<()> {
        self.report.header_row = Some(row + 1);
        let headers = headers.to_vec();
        let mut roles: Vec<ColumnRole> = headers.iter().map(|h| header::classify(h)).collect();
        let mut detect = detect::Detect {
            path: self.path,
            sheet: &self.sheet,
            opts: self.opts,
            sheet_unit: self.sheet_unit.clone(),
            title_year: self.title_year.clone(),
            quantity: self.quantity.clone(),
            document_stage: self.document_stage.clone(),
            unit: self.report.unit.take(),
            warnings: Vec::new(),
            dimensions: Vec::new(),
        };
        detect.apply_map(&headers, &mut roles);
        detect.apply_flags(&headers, &mut roles)?;
        let decided = detect.decide(row, &headers, &mut roles, data)?;
        let detect::Detect {
            unit,
            warnings,
            dimensions,
            ..
        } = detect;
        if let (false, None, Some(u)) = (self.opts.currency_given, &self.report.currency, &unit) {
            if u.label.contains("budget.egov.kz") {
                self.budget.currency = "KZT".into();
                self.report.currency = Some("KZT (budget.egov.kz)".into());
            }
        }
        self.report.unit = unit;
        for w in warnings {
            self.warn(w);
        }
        // The dimension columns found, as the budget's (in the order found).
        let index: Vec<usize> = dimensions
            .iter()
            .map(|d| self.budget.dimension_index(d))
            .collect();
        match decided {
            Ok(mut layout) => {
                for d in &mut layout.dims {
                    d.1 = index[d.1];
                }
                if let (Shape::Wide(cols), Codes::None, Some(n)) =
                    (&layout.shape, &layout.codes, layout.name)
                {
                    let first = cols.first().map(|c| c.col);
                    if indented(data, n) && indent_sums_agree(data, n, first) {
                        layout.codes = Codes::Indent(n);
                    }
                }
                self.repeated_cols.clone_from(&layout.repeated);
                self.keep_periods = layout.period.is_some()
                    || self
                        .opts
                        .map
                        .as_ref()
                        .is_some_and(|m| m.cumulative.is_some());
                if let (Shape::Wide(cols), None) = (&layout.shape, layout.tree) {
                    let hierarchy = match layout.codes {
                        Codes::None => None,
                        Codes::Indent(_) => Some(Rule::Indent),
                        Codes::Single(_)
                        | Codes::Split(_)
                        | Codes::Prefix(_)
                        | Codes::Lengths(..) => Some(Rule::Code),
                    };
                    self.tracker = Some(Tracker::new(cols.len(), hierarchy));
                }
                self.report.shape = Some(
                    match layout.shape {
                        Shape::Long { .. } => "long",
                        Shape::Wide(_) => "wide",
                    }
                    .to_string(),
                );
                self.layout = Some(layout);
            }
            Err(reason) => {
                if self.required {
                    return Err(self.err(&a1(row, 0), reason));
                }
                self.report.skipped = Some(reason);
                self.done = true;
            }
        }
        self.report.columns = headers
            .iter()
            .zip(roles)
            .enumerate()
            .filter(|(_, (h, _))| !h.is_empty())
            .map(|(i, (h, role))| ColumnReport {
                column: column_letters(i as u32),
                header: h.clone(),
                role,
            })
            .collect();
        Ok(())
    }

    fn drain_ready(&mut self) {
        let ready = std::mem::take(&mut self.ready);
        for r in ready {
            self.push_item(r.row, r.data);
        }
    }

    /// Whether a long table's row, still as raw text fields, is of another
    /// year or stage than the only one wanted ([`Options::only`]): such rows
    /// are dropped before their cells are even read.
    pub fn skips(&mut self, fields: &[u8], ends: &[usize]) -> bool {
        self.row_filter().is_some_and(|f| f.drops(fields, ends))
    }

    /// The filter of [`Self::skips`], once the layout is known; `None` when
    /// there is nothing to filter (no `only`, not a long table, year-to-date
    /// amounts).
    pub fn row_filter(&mut self) -> Option<&RowFilter> {
        if self.filter.is_none() {
            self.layout.as_ref()?;
            self.filter = Some(self.plan_filter());
        }
        self.filter.as_ref()?.as_ref()
    }

    fn plan_filter(&self) -> Option<RowFilter> {
        let (want_year, want_stage) = self.opts.only?;
        let Shape::Long {
            year,
            edition: false,
            stage,
            ..
        } = &self.layout.as_ref()?.shape
        else {
            return None;
        };
        if self
            .opts
            .map
            .as_ref()
            .is_some_and(|m| m.cumulative.is_some())
        {
            return None;
        }
        Some(RowFilter {
            year_col: *year,
            year: want_year.to_string().into_bytes().try_into().ok()?,
            stage_col: *stage,
            other_stages: self
                .stage_words
                .iter()
                .filter(|(_, st)| *st != want_stage)
                .map(|(t, _)| t.as_bytes().to_vec())
                .collect(),
        })
    }

    /// A long row's stage, from its cell; the words read are remembered, as
    /// the same few repeat on every row.
    fn stage_of(&mut self, row: u32, col: usize, cell: &Value) -> Result<Stage> {
        if let Value::Text(now) = cell {
            if let Some((_, st)) = self.stage_words.iter().find(|(t, _)| t == now) {
                return Ok(*st);
            }
        }
        let t = cell.to_text();
        let st = header::stage_in(&t)
            .map(|s| s.0)
            .ok_or_else(|| self.err(&a1(row, col as u32), said!(NOT_A_STAGE, v = &t)))?;
        if let Value::Text(raw) = cell {
            if self.stage_words.len() < 64 {
                self.stage_words.push((raw.clone(), st));
                let want = self.opts.only.map(|o| o.1);
                if let Some(Some(f)) = &mut self.filter {
                    if want.is_some_and(|w| w != st) {
                        f.other_stages.push(raw.as_bytes().to_vec());
                    }
                }
            }
        }
        Ok(st)
    }

    /// Adds a row's item and its lines; returns the item's index.
    /// Adds a row's item and its lines; `None` when the row is left out.
    fn push_item(&mut self, row: u32, data: RowData) -> Option<u32> {
        let item_idx = self.budget.items.len() as u32;
        if data.direction == Some(None) {
            // Neither revenue nor expenditure: never added to either.
            self.no_direction += 1;
            return None;
        }
        let RowData {
            period,
            direction,
            node,
            repeated,
            code,
            level,
            parent,
            name,
            dims,
            amounts,
        } = data;
        if self.keep_periods {
            self.periods.push((item_idx, period));
        }
        if let Some((id, parent)) = node {
            self.nodes.push((item_idx, id, parent));
        }
        if !repeated.is_empty() {
            self.repeated_rows.push((item_idx, row, repeated));
        }
        self.budget.items.push(Item {
            direction: direction.flatten().unwrap_or(self.direction),
            code,
            level,
            parent_code: parent,
            name,
            dims,
            source: (self.budget.sources.len().max(1) - 1) as u32,
            sheet: self.sheet_idx,
        });
        for c in amounts {
            self.push_line(item_idx, row, c);
        }
        Some(item_idx)
    }

    /// Adds one amount of an item.
    fn push_line(&mut self, item: u32, row: u32, c: AmountCell) {
        let missing = if c.value.is_some() {
            0
        } else {
            self.budget.marker_index(&c.marker)
        };
        if self.budget.lines.last().map(|l| (l.year, l.stage)) != Some((c.year, c.stage)) {
            self.seen.insert((c.year, c.stage));
        }
        self.budget.lines.push(Line {
            item,
            year: c.year,
            stage: c.stage,
            amount: c.value,
            missing,
            row,
            col: c.col as u32,
        });
        self.report.lines += 1;
    }

    fn note_period(&mut self, text: &str) {
        self.row_period.clear();
        self.row_period.push_str(text);
    }

    /// Ends the tracker: the last rows become lines, totals are recorded.
    fn close_totals(&mut self) {
        let Some(mut t) = self.tracker.take() else {
            return;
        };
        t.finish(&mut self.ready);
        self.drain_ready();
        if let Some((row, label, (from, to))) = t.coincidences.first() {
            let more = match t.coincidences.len() {
                1 => Text::Verbatim(String::new()),
                n => said!(MORE_ROWS_LIKE_IT, n = n - 1),
            };
            self.warn(said!(
                WARN_EQUALS_SUM,
                row = row + 1,
                label = format!("{label:?}"),
                from = from + 1,
                to = to + 1,
                more = more
            ));
        }
        let source = (self.budget.sources.len().max(1) - 1) as u32;
        for f in t.totals {
            for (j, cell) in f.row.data.amounts.iter().enumerate() {
                let Some(published) = cell.value else {
                    continue;
                };
                self.budget.totals.push(PublishedTotal {
                    direction: f.row.data.direction.flatten().unwrap_or(self.direction),
                    source,
                    sheet: self.sheet_idx,
                    label: f.row.label.clone(),
                    code: f.row.data.code.clone(),
                    rule: f.rule.as_str(),
                    year: cell.year,
                    stage: cell.stage,
                    published,
                    computed: f.computed.get(j).copied().unwrap_or_default(),
                    lines: f.lines,
                    row: f.row.row,
                    col: cell.col as u32,
                    span: f.span,
                });
                self.report.totals += 1;
            }
        }
    }

    /// An amount cell: the number in base units, or what stands in its place.
    fn amount(
        &mut self,
        row: u32,
        col: usize,
        cell: &Value,
        factor: Decimal,
        year: i32,
        stage: Stage,
    ) -> Result<AmountCell> {
        let at = || a1(row, col as u32);
        let (value, marker) = match cell {
            Value::Empty => (None, String::new()),
            Value::Number(v) => match number::from_f64(*v) {
                Some(d) => (Some(d), String::new()),
                None => {
                    self.warn(said!(WARN_UNUSABLE_NUMBER, cell = at(), v = v));
                    (None, v.to_string())
                }
            },
            Value::Text(t) if is_error_literal(t) => {
                self.warn(said!(WARN_ERROR_VALUE, cell = at(), v = t.trim()));
                (None, t.trim().to_string())
            }
            Value::Text(t) => match number::parse_text(
                t,
                self.marks
                    .for_cell(row, col, t)
                    .map_err(|m| self.err(&at(), m))?,
            ) {
                Parsed::Number(d) => (Some(d), String::new()),
                Parsed::Missing(m) => (None, m),
                Parsed::Text => {
                    let shown: String = super::clean_text(t).chars().take(40).collect();
                    self.warn(said!(WARN_NOT_A_NUMBER, cell = at(), v = &shown));
                    (None, shown)
                }
            },
            Value::Error(e) => {
                self.warn(said!(WARN_ERROR_VALUE, cell = at(), v = e));
                (None, e.clone())
            }
            Value::Bool(b) => {
                self.warn(said!(WARN_BOOL, cell = at()));
                (None, if *b { "TRUE".into() } else { "FALSE".into() })
            }
            Value::Date(_) => {
                self.warn(said!(WARN_DATE, cell = at()));
                (None, cell.to_text())
            }
        };
        let value = match value {
            Some(v) => match v.checked_mul(factor) {
                // A workbook float with digits below a millionth of the currency
                // unit (1500 beside 9.09e-13) holds arithmetic residue, not money.
                Some(x) if matches!(cell, Value::Number(_)) && x.scale() > MAX_DECIMALS => {
                    let r = x
                        .round_dp_with_strategy(
                            MAX_DECIMALS,
                            RoundingStrategy::MidpointAwayFromZero,
                        )
                        .normalize();
                    self.residue.0 += 1;
                    if self.residue.1.is_none() {
                        self.residue.1 = Some(format!("{}, {}", at(), x.normalize()));
                    }
                    Some(r)
                }
                Some(x) => Some(x.normalize()),
                None => {
                    self.warn(said!(WARN_TOO_LARGE, cell = at()));
                    None
                }
            },
            None => None,
        };
        Ok(AmountCell {
            col,
            year,
            stage,
            value,
            marker,
        })
    }

    /// Ends the sheet and returns what was found.
    pub fn finish(mut self) -> Result<SheetReport> {
        if self.layout.is_none() && !self.done {
            self.settle()?;
        }
        if self.layout.is_none() && !self.done {
            if self.required {
                return Err(self.err("", said!(SHEET_EMPTY_NOTHING)));
            }
            self.report.skipped = Some(said!(SHEET_EMPTY));
        }
        let headers: Vec<(String, String)> = self
            .report
            .columns
            .iter()
            .map(|c| (c.column.clone(), c.header.clone()))
            .collect();
        self.marks
            .check(|col| {
                let letter = column_letters(col as u32);
                headers
                    .iter()
                    .find(|(l, _)| *l == letter)
                    .map(|(_, h)| h.clone())
                    .unwrap_or_default()
            })
            .map_err(|m| self.err("", m))?;
        self.report.decimal_marks = self.marks.decisions();
        self.close_totals();
        if self.no_direction > 0 {
            self.warn(said!(WARN_NO_DIRECTION, n = self.no_direction));
        }
        if !self.outside.is_empty() {
            let parts: Vec<Text> = std::mem::take(&mut self.outside)
                .into_iter()
                .map(|(n, k)| match k {
                    0 => said!(QUOTED, w = n),
                    k => said!(PART_ROWS, n = n, k = k),
                })
                .collect();
            self.warn(said!(WARN_NEITHER, parts = Text::Join(parts, ", ")));
        }
        self.apply_rules()?;
        self.part_of_year_by_title();
        if let (n, Some(first)) = std::mem::take(&mut self.residue) {
            self.warn(said!(WARN_RESIDUE, n = n, first = first, d = MAX_DECIMALS));
        }
        if self.extra_warnings > 0 {
            self.report
                .warnings
                .push(said!(WARN_MORE, n = self.extra_warnings));
        }
        self.report.years_stages = self
            .seen
            .iter()
            .map(|(y, s)| format!("{y} {}", s.as_str()))
            .collect();
        Ok(self.report)
    }
}

/// True when a row holds the names of code levels (категория and класс;
/// функциональная группа; администратор and программа): a header over a
/// part of the table, not a line.
fn repeats_a_header(row: &[Value]) -> bool {
    let texts: Vec<String> = row
        .iter()
        .filter_map(|v| match v {
            Value::Text(t) if !t.trim().is_empty() => Some(t.clone()),
            _ => None,
        })
        .collect();
    texts.len() >= 2 && probe::direction_of_levels(&texts).is_some()
}

impl SheetImport<'_> {
    /// A title saying the figures stand at a date inside a year of executed
    /// amounts ("по состоянию на 01.07.2025"): that year's execution runs
    /// to the month before (to the date's month, for a date past the 1st).
    fn part_of_year_by_title(&mut self) {
        let Some((y, m, d)) = self.title_as_of else {
            return;
        };
        let months = if d <= 1 { m - 1 } else { m };
        let executed = self.seen.contains(&(y, Stage::Executed));
        let said = self.budget.partial_years.iter().any(|p| p.0 == y);
        if executed && !said && (1..12).contains(&months) {
            self.budget.partial_years.push((y, months));
            self.warn(said!(
                WARN_PART_OF_YEAR_TITLE,
                y = y,
                date = format!("{d:02}.{m:02}.{y}"),
                p = format!("{months:02}.{y}")
            ));
        }
    }
}

/// One amount cell of a row, parsed and scaled.
#[derive(Debug, Clone, PartialEq)]
struct AmountCell {
    col: usize,
    year: i32,
    stage: Stage,
    value: Option<Decimal>,
    marker: String,
}

/// A row's text and amounts, carried through the totals tracker.
#[derive(Debug, Clone, PartialEq)]
struct RowData {
    /// The row's period (its period or year cell as written), for year-to-date amounts.
    period: String,
    /// The row's (id, parent id) in a tree.
    node: Option<(String, String)>,
    /// The row's (parent key, amount) of each column repeating a parent's total.
    repeated: Vec<(String, Option<Decimal>)>,
    /// The row's direction cell, read, when a column gives each row's:
    /// `Some(None)` for a value that names none.
    direction: Option<Option<crate::model::Direction>>,
    code: String,
    level: Option<u8>,
    parent: String,
    name: String,
    dims: Vec<String>,
    amounts: Vec<AmountCell>,
}

/// Excel's error values, as they appear in CSV exports.
fn is_error_literal(text: &str) -> bool {
    matches!(
        text.trim(),
        "#DIV/0!"
            | "#N/A"
            | "#VALUE!"
            | "#REF!"
            | "#NAME?"
            | "#NUM!"
            | "#NULL!"
            | "#SPILL!"
            | "#CALC!"
    )
}
