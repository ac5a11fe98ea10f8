//! One table shape for every analysis result, written as terminal text,
//! Markdown, CSV, JSON, XLSX or Parquet.
//!
//! Amounts stay exact `Decimal`s in base units until a format shows them:
//! text and Markdown round to the display unit, CSV/JSON/Parquet carry every
//! digit in base units, XLSX stores the exact number and shows it in the
//! display unit through its number format.

use crate::i18n::{self, DisplayUnit, Lang};
use crate::lines_format::excel_safe;
use rust_decimal::Decimal;
use std::io::Write;

/// A cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Text.
    Text(String),
    /// A count or a year.
    Int(i64),
    /// An amount in base units; `None` is missing.
    Money(Option<Decimal>),
    /// A fraction shown as a percentage.
    Pct(Option<Decimal>),
    /// A change of a fraction shown in percentage points.
    Points(Option<Decimal>),
}

/// A column: its machine name (CSV, JSON, Parquet) and its header for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Col {
    /// snake_case English name for files read by programs.
    pub key: String,
    /// The header in the table's language.
    pub header: String,
}

/// A table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// File stem when written beside others ("breakdown", "movers_up").
    pub name: String,
    /// Title, with the unit and currency.
    pub title: String,
    /// Lines under the title: what was chosen and why, adjustments.
    pub notes: Vec<String>,
    /// Columns.
    pub cols: Vec<Col>,
    /// Rows; those from `totals_from` on are total rows.
    pub rows: Vec<Vec<Cell>>,
    /// Index of the first total row (`rows.len()` when none).
    pub totals_from: usize,
    /// Index of the row that gathers the rest ("Other (12)"), when there is one.
    pub other: Option<usize>,
    /// Language of headers and numbers.
    pub lang: Lang,
    /// Unit amounts are shown in (resolved, never Auto).
    pub unit: DisplayUnit,
    /// The query behind the figures, for programs (JSON, Parquet metadata).
    pub selection: Option<Selection>,
}

/// What a table's figures are, for programs reading its JSON or Parquet:
/// the side, years and stages, whether a year is a part of one, prices,
/// per resident, how many rows compare like for like, and whether the
/// published totals bore the reading out.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Selection {
    /// "expenditure" or "revenue".
    pub direction: &'static str,
    /// The years and stages shown, in order.
    pub sides: Vec<SelectedSide>,
    /// "nominal" (each year's own prices) or "real".
    pub prices: &'static str,
    /// The year whose prices real amounts are in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_year: Option<i32>,
    /// Amounts divided by the population.
    pub per_capita: bool,
    /// Rows with amounts on both sides and on one side only (comparisons).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub like_for_like: Option<LikeForLikeRows>,
    /// "reconciled", "some_totals_differ", "unreconciled" or "unchecked".
    pub totals: &'static str,
}

/// A year and stage shown.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SelectedSide {
    /// Fiscal year.
    pub year: i32,
    /// Stage.
    pub stage: &'static str,
    /// "2025-03" when the year's executed amounts run only to that month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partial_to: Option<String>,
}

/// Rows compared like for like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct LikeForLikeRows {
    /// Rows with amounts on both sides.
    pub both_sides: usize,
    /// Rows with an amount on one side only (left out of the like-for-like change).
    pub one_side: usize,
}

/// Output formats of analysis commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned text for a terminal.
    Text,
    /// Markdown tables.
    Md,
    /// CSV of the main table, exact amounts in base units.
    Csv,
    /// JSON with exact amounts.
    Json,
    /// An Excel workbook, one sheet per table.
    Xlsx,
    /// Parquet of the main table, amounts as Decimal.
    Parquet,
}

impl Format {
    /// The format named by a file's extension.
    pub fn from_path(p: &std::path::Path) -> Option<Format> {
        match p.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "txt" => Some(Format::Text),
            "md" => Some(Format::Md),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            "xlsx" => Some(Format::Xlsx),
            "parquet" => Some(Format::Parquet),
            _ => None,
        }
    }
}

impl Table {
    /// What a row is, for machine formats: "line", "other" (the gathered
    /// rest) or "total" (summing it would count the lines twice).
    pub fn row_kind(&self, row: usize) -> &'static str {
        if row >= self.totals_from {
            "total"
        } else if self.other == Some(row) {
            "other"
        } else {
            "line"
        }
    }

    /// The largest absolute amount in the table, to choose a display unit.
    pub fn largest(rows: &[Vec<Cell>]) -> Decimal {
        rows.iter()
            .flatten()
            .filter_map(|c| match c {
                Cell::Money(Some(a)) => Some(a.abs()),
                _ => None,
            })
            .max()
            .unwrap_or_default()
    }

    /// A cell as people read it, in the table's language and unit.
    pub(crate) fn show(&self, cell: &Cell) -> String {
        let l = self.lang;
        match cell {
            Cell::Text(s) => s.chars().filter(|cell| !cell.is_control()).collect(),
            Cell::Int(i) => i.to_string(),
            Cell::Money(Some(a)) => i18n::amount(l, *a, self.unit),
            Cell::Pct(Some(p)) => i18n::percent(l, *p),
            Cell::Points(Some(p)) => i18n::points(l, *p),
            Cell::Money(None) | Cell::Pct(None) | Cell::Points(None) => "—".into(),
        }
    }
}

fn numeric(cell: &Cell) -> bool {
    !matches!(cell, Cell::Text(_))
}

/// Text from a file made inert in Markdown: no HTML (`<script>`), no
/// links or images (`[..](..)`), no emphasis or table breaks from a name;
/// line breaks become spaces.
pub fn md_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '!' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Markdown: a heading per table, the notes in italics, a pipe table.
pub fn markdown(tables: &[Table]) -> String {
    let esc = md_text;
    let mut out = String::new();
    for t in tables {
        out.push_str(&format!("### {}\n\n", esc(&t.title)));
        for n in &t.notes {
            out.push_str(&format!("*{}*  \n", esc(n)));
        }
        if !t.notes.is_empty() {
            out.push('\n');
        }
        let right: Vec<bool> = (0..t.cols.len())
            .map(|i| t.rows.iter().any(|r| numeric(&r[i])))
            .collect();
        out.push_str(&format!(
            "| {} |\n",
            t.cols
                .iter()
                .map(|c| esc(&c.header))
                .collect::<Vec<_>>()
                .join(" | ")
        ));
        out.push_str(&format!(
            "|{}|\n",
            right
                .iter()
                .map(|r| if *r { "---:" } else { ":---" })
                .collect::<Vec<_>>()
                .join("|")
        ));
        for (i, r) in t.rows.iter().enumerate() {
            let vals: Vec<String> = r
                .iter()
                .map(|c| {
                    let s = esc(&t.show(c));
                    if i >= t.totals_from && !s.is_empty() {
                        format!("**{s}**")
                    } else {
                        s
                    }
                })
                .collect();
            out.push_str(&format!("| {} |\n", vals.join(" | ")));
        }
        out.push('\n');
    }
    out
}

/// HTML of a table: caption (title), notes, a header, total rows in the
/// footer; numbers right-aligned; `id` "t-NAME" for links.
pub fn html(table: &Table) -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let right: Vec<bool> = (0..table.cols.len())
        .map(|i| table.rows.iter().any(|r| numeric(&r[i])))
        .collect();
    let mut o = format!(
        "<div class=\"table\" id=\"t-{}\">\n<table>\n<caption>{}",
        esc(&table.name),
        esc(&table.title)
    );
    for n in &table.notes {
        o.push_str(&format!("<br><small>{}</small>", esc(n)));
    }
    o.push_str("</caption>\n<thead><tr>");
    for (i, c) in table.cols.iter().enumerate() {
        let cls = if right[i] { " class=\"n\"" } else { "" };
        o.push_str(&format!("<th{cls}>{}</th>", esc(&c.header)));
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    let row = |r: &Vec<Cell>| {
        let mut s = String::from("<tr>");
        for (i, c) in r.iter().enumerate() {
            let cls = if right[i] { " class=\"n\"" } else { "" };
            s.push_str(&format!("<td{cls}>{}</td>", esc(&table.show(c))));
        }
        s.push_str("</tr>\n");
        s
    };
    for r in &table.rows[..table.totals_from] {
        o.push_str(&row(r));
    }
    o.push_str("</tbody>\n");
    if table.totals_from < table.rows.len() {
        o.push_str("<tfoot>\n");
        for r in &table.rows[table.totals_from..] {
            o.push_str(&row(r));
        }
        o.push_str("</tfoot>\n");
    }
    o.push_str("</table>\n</div>\n");
    o
}

/// A fraction kept to ten decimals in files (finer than any display).
fn fraction(p: Decimal) -> Decimal {
    p.round_dp(10).normalize()
}

/// A change of shares in percentage points (0.0193 → 1.93), as machine
/// formats write it under a name that says points.
fn points(p: Decimal) -> Decimal {
    (p * Decimal::ONE_HUNDRED).round_dp(8).normalize()
}

/// CSV of one table: machine column names, exact amounts in base units,
/// fractions (0.25, not 25%), text cells escaped against formula injection.
pub fn write_csv<W: Write>(table: &Table, out: W, bom: bool) -> std::io::Result<()> {
    let mut out = out;
    if bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = csv::Writer::from_writer(out);
    w.write_record(
        table
            .cols
            .iter()
            .map(|c| excel_safe(&c.key).into_owned())
            .chain(std::iter::once("row_kind".to_string())),
    )?;
    for (i, r) in table.rows.iter().enumerate() {
        let rec: Vec<String> = r
            .iter()
            .map(|c| match c {
                Cell::Text(s) => excel_safe(s).into_owned(),
                Cell::Int(i) => i.to_string(),
                Cell::Money(Some(a)) => a.normalize().to_string(),
                Cell::Pct(Some(p)) => fraction(*p).to_string(),
                Cell::Points(Some(p)) => points(*p).to_string(),
                Cell::Money(None) | Cell::Pct(None) | Cell::Points(None) => String::new(),
            })
            .chain(std::iter::once(table.row_kind(i).to_string()))
            .collect();
        w.write_record(&rec)?;
    }
    w.flush()?;
    Ok(())
}

fn json_value(cell: &Cell) -> serde_json::Value {
    use serde_json::{Number, Value};
    let num = |d: Decimal| {
        d.normalize()
            .to_string()
            .parse::<Number>()
            .map(Value::Number)
            .unwrap_or(Value::Null)
    };
    match cell {
        Cell::Text(s) => Value::String(s.clone()),
        Cell::Int(i) => Value::from(*i),
        Cell::Money(Some(a)) => num(*a),
        Cell::Pct(Some(p)) => num(fraction(*p)),
        Cell::Points(Some(p)) => num(points(*p)),
        Cell::Money(None) | Cell::Pct(None) | Cell::Points(None) => Value::Null,
    }
}

/// JSON of every table: `{"tables": [{"name", "title", "notes", "unit",
/// "columns", "rows": [{..}], "totals": [{..}]}]}`, amounts exact in base units.
pub fn json(tables: &[Table], currency: &str) -> String {
    use serde_json::{json, Map, Value};
    let list: Vec<Value> = tables
        .iter()
        .map(|t| {
            let obj = |r: &Vec<Cell>| {
                let mut m = Map::new();
                for (c, v) in t.cols.iter().zip(r) {
                    m.insert(c.key.clone(), json_value(v));
                }
                Value::Object(m)
            };
            json!({
                "name": t.name,
                "title": t.title,
                "selection": t.selection,
                "notes": t.notes,
                "amounts_in": "base units",
                "currency": currency,
                "columns": t.cols.iter().map(|c| json!({"key": c.key, "header": c.header})).collect::<Vec<_>>(),
                "rows": t.rows[..t.totals_from].iter().map(obj).collect::<Vec<_>>(),
                "totals": t.rows[t.totals_from..].iter().map(obj).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&json!({ "tables": list })).unwrap_or_default();
    s.push('\n');
    s
}

/// Text as an Excel cell holds it: at most 32,767 characters, a longer
/// text cut with "…" (the CSV and JSON outputs keep it whole).
fn excel_text(s: &str) -> std::borrow::Cow<'_, str> {
    const MAX: usize = 32_767;
    match s.char_indices().nth(MAX - 1) {
        Some((at, _)) if s[at..].chars().count() > 1 => format!("{}…", &s[..at]).into(),
        _ => s.into(),
    }
}

/// An XLSX workbook, one sheet per table: title and notes above a frozen
/// header, amounts as real numbers shown in the display unit.
pub fn xlsx(tables: &[Table]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format as XFormat, Workbook};
    let mut wb = Workbook::new();
    let bold = XFormat::new().set_bold();
    let title = XFormat::new().set_bold().set_font_size(13);
    for t in tables {
        let money = XFormat::new().set_num_format(match t.unit {
            DisplayUnit::Thousand => "#,##0.0,",
            DisplayUnit::Million => "#,##0.0,,",
            DisplayUnit::Billion => "#,##0.0,,,",
            _ => "#,##0.00",
        });
        let pct = XFormat::new().set_num_format("0.0%");
        let money_b = money.clone().set_bold();
        let pct_b = pct.clone().set_bold();
        // Percentage points as points: 1.9 п.п., not 1.9%.
        let pp = XFormat::new().set_num_format(format!(
            "+0.0 \"{0}\";-0.0 \"{0}\";0.0 \"{0}\"",
            t.lang.t(&i18n::PP)
        ));
        let pp_b = pp.clone().set_bold();
        let ws = wb.add_worksheet();
        // Sheet names: 31 characters, none of []:*?/\ .
        let name: String = t
            .name
            .chars()
            .filter(|c| !"[]:*?/\\".contains(*c))
            .take(31)
            .collect();
        ws.set_name(&name)?;
        ws.write_string_with_format(0, 0, excel_text(&t.title).as_ref(), &title)?;
        let mut row = 1u32;
        for n in &t.notes {
            ws.write_string(row, 0, excel_text(n).as_ref())?;
            row += 1;
        }
        row += 1;
        for (i, c) in t.cols.iter().enumerate() {
            ws.write_string_with_format(row, i as u16, excel_text(&c.header).as_ref(), &bold)?;
        }
        ws.set_freeze_panes(row + 1, 0)?;
        for (ri, r) in t.rows.iter().enumerate() {
            let total = ri >= t.totals_from;
            let y = row + 1 + ri as u32;
            for (ci, c) in r.iter().enumerate() {
                let x = ci as u16;
                let f =
                    |plain: &XFormat, b: &XFormat| if total { b.clone() } else { plain.clone() };
                match c {
                    Cell::Text(s) if total => {
                        ws.write_string_with_format(y, x, excel_text(s).as_ref(), &bold)?;
                    }
                    Cell::Text(s) => {
                        ws.write_string(y, x, excel_text(s).as_ref())?;
                    }
                    Cell::Int(i) => {
                        ws.write_number(y, x, *i as f64)?;
                    }
                    Cell::Money(Some(a)) => {
                        // Excel holds doubles: exact for amounts below 2^53 cents' worth of digits.
                        ws.write_number_with_format(y, x, to_f64(*a), &f(&money, &money_b))?;
                    }
                    Cell::Pct(Some(p)) => {
                        ws.write_number_with_format(y, x, to_f64(*p), &f(&pct, &pct_b))?;
                    }
                    Cell::Points(Some(p)) => {
                        ws.write_number_with_format(y, x, to_f64(points(*p)), &f(&pp, &pp_b))?;
                    }
                    _ => {}
                }
            }
        }
        ws.set_column_width(0, 14)?;
        ws.set_column_width(1, 60)?;
        for i in 2..t.cols.len() as u16 {
            ws.set_column_width(i, 16)?;
        }
    }
    wb.save_to_buffer()
}

fn to_f64(d: Decimal) -> f64 {
    use rust_decimal::prelude::ToPrimitive;
    d.to_f64().unwrap_or(f64::NAN)
}

/// Parquet of one table: text as strings, amounts as Decimal(38, s) in base
/// units, fractions as Decimal(38, 10).
pub fn write_parquet<W: Write>(table: &Table, out: W) -> polars::prelude::PolarsResult<()> {
    use polars::prelude::*;
    let mut cols: Vec<Column> = Vec::new();
    for (i, c) in table.cols.iter().enumerate() {
        let cells = table.rows.iter().map(|r| &r[i]);
        let name: PlSmallStr = c.key.as_str().into();
        let kind = table.rows.first().map(|r| &r[i]);
        let col = match kind {
            Some(Cell::Int(_)) => Column::new(
                name,
                cells
                    .map(|c| match c {
                        Cell::Int(i) => Some(*i),
                        _ => None,
                    })
                    .collect::<Vec<Option<i64>>>(),
            ),
            Some(Cell::Money(_) | Cell::Pct(_) | Cell::Points(_)) => {
                let vals: Vec<Option<Decimal>> = cells
                    .map(|c| match c {
                        Cell::Money(a) => *a,
                        Cell::Pct(p) => p.map(fraction),
                        Cell::Points(p) => p.map(points),
                        _ => None,
                    })
                    .collect();
                let scale = vals.iter().flatten().map(|d| d.scale()).max().unwrap_or(0);
                let ints: Int128Chunked = vals
                    .iter()
                    .map(|v| {
                        v.and_then(|d| {
                            10i128
                                .checked_pow(scale - d.scale())
                                .and_then(|f| d.mantissa().checked_mul(f))
                        })
                    })
                    .collect();
                ints.with_name(name)
                    .into_decimal(38, scale as usize)?
                    .into_series()
                    .into_column()
            }
            _ => Column::new(
                name,
                cells
                    .map(|c| match c {
                        Cell::Text(s) => s.clone(),
                        _ => String::new(),
                    })
                    .collect::<Vec<String>>(),
            ),
        };
        cols.push(col);
    }
    cols.push(Column::new(
        "row_kind".into(),
        (0..table.rows.len())
            .map(|i| table.row_kind(i))
            .collect::<Vec<&str>>(),
    ));
    let mut df = DataFrame::new(table.rows.len(), cols)?;
    // The query behind the figures travels with them: the title and the
    // selection (side, years, stages, prices, per resident, totals) as
    // key-value metadata, read back by any Parquet reader.
    let mut kv = vec![("ashyq:title".to_string(), table.title.clone())];
    if let Some(sel) = &table.selection {
        kv.push((
            "ashyq:selection".to_string(),
            serde_json::to_string(sel).unwrap_or_default(),
        ));
    }
    ParquetWriter::new(out)
        .with_key_value_metadata(Some(KeyValueMetadata::from_static(kv)))
        .finish(&mut df)?;
    Ok(())
}
