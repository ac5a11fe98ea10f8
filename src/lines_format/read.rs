//! Lines files read back (CSV, JSON, Parquet), so that every command takes
//! raw files and imported lines alike.

use super::{excel_unsafe, COLUMNS_HEAD, COLUMNS_TAIL};
use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::model::{parse_a1, Budget, Direction, Item, Line, Source, Stage};
use crate::said;
use rust_decimal::Decimal;
use std::path::Path;
use std::str::FromStr;

/// True when the text's first line is the header `ashyq import` writes.
pub fn is_lines_csv(text: &str) -> bool {
    let first = text.lines().next().unwrap_or("");
    first.starts_with(&COLUMNS_HEAD.join(","))
        && first.trim_end().ends_with(&COLUMNS_TAIL.join(","))
}

/// Builds a budget from long rows, one field at a time.
struct Builder<'p> {
    path: &'p Path,
    b: Budget,
}

/// One row's fields, by schema name.
struct Fields<'r> {
    direction: &'r str,
    year: &'r str,
    stage: &'r str,
    code: &'r str,
    level: &'r str,
    parent_code: &'r str,
    name: &'r str,
    dims: Vec<&'r str>,
    amount: Option<Decimal>,
    missing: &'r str,
    currency: &'r str,
    source_file: &'r str,
    source_sha256: &'r str,
    sheet: &'r str,
    cell: &'r str,
    through: &'r str,
    reconciliation: &'r str,
}

impl<'p> Builder<'p> {
    fn new(path: &'p Path, dims: Vec<String>) -> Self {
        let mut b = Budget::new("");
        b.dimensions = dims;
        Builder { path, b }
    }

    fn bad(&self, row: usize, column: &str, value: &str) -> Error {
        Error::data(
            self.path,
            "",
            "",
            said!(LINES_BAD_VALUE, row = row, value = value, column = column),
        )
    }

    fn push(&mut self, row: usize, f: Fields<'_>) -> Result<()> {
        let direction =
            Direction::parse(f.direction).ok_or_else(|| self.bad(row, "direction", f.direction))?;
        let year: i32 = f
            .year
            .trim()
            .parse()
            .map_err(|_| self.bad(row, "year", f.year))?;
        let stage = Stage::parse(f.stage).ok_or_else(|| self.bad(row, "stage", f.stage))?;
        let level = if f.level.is_empty() {
            None
        } else {
            Some(
                f.level
                    .parse::<u8>()
                    .map_err(|_| self.bad(row, "level", f.level))?,
            )
        };
        let (r, c) = parse_a1(f.cell).ok_or_else(|| self.bad(row, "cell", f.cell))?;
        if self.b.currency.is_empty() {
            self.b.currency = f.currency.to_string();
        } else if self.b.currency != f.currency {
            return Err(self.bad(row, "currency (one file holds one currency)", f.currency));
        }
        let source = match self
            .b
            .sources
            .iter()
            .position(|s| s.file == f.source_file && s.sha256 == f.source_sha256)
        {
            Some(i) => i as u32,
            None => {
                self.b.sources.push(Source {
                    file: f.source_file.to_string(),
                    sha256: f.source_sha256.to_string(),
                });
                (self.b.sources.len() - 1) as u32
            }
        };
        if !f.through.trim().is_empty() {
            let m = super::parse_through(f.through, year)
                .filter(|_| stage == Stage::Executed)
                .ok_or_else(|| self.bad(row, "through", f.through))?;
            match self.b.partial_years.iter().find(|p| p.0 == year) {
                Some(p) if p.1 != m => return Err(self.bad(row, "through", f.through)),
                Some(_) => {}
                None => self.b.partial_years.push((year, m)),
            }
        }
        match super::parse_reconciliation(f.reconciliation) {
            Some(Some(counts)) => {
                self.b.unreconciled.get_or_insert(counts);
            }
            Some(None) => {}
            None => return Err(self.bad(row, "reconciliation", f.reconciliation)),
        }
        let sheet = self.b.sheet_index(f.sheet);
        let missing = if f.amount.is_some() {
            0
        } else {
            self.b.marker_index(f.missing)
        };
        self.b.items.push(Item {
            direction,
            code: f.code.to_string(),
            level,
            parent_code: f.parent_code.to_string(),
            name: f.name.to_string(),
            dims: f.dims.iter().map(|s| s.to_string()).collect(),
            source,
            sheet,
        });
        self.b.lines.push(Line {
            item: (self.b.items.len() - 1) as u32,
            year,
            stage,
            amount: f.amount,
            missing,
            row: r,
            col: c,
        });
        Ok(())
    }

    fn finish(mut self) -> Budget {
        if self.b.currency.is_empty() {
            self.b.currency = "KZT".into();
        }
        self.b
    }
}

fn decimal(text: &str) -> Option<Decimal> {
    Decimal::from_str(text.trim()).ok().map(|d| d.normalize())
}

/// Reads a lines CSV.
pub fn read_csv(path: &Path, text: &str) -> Result<Budget> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = rdr
        .headers()
        .map_err(|e| Error::data(path, "", "", said!(LINES_HEADER, e = e)))?
        .iter()
        .map(|h| excel_unsafe(h).to_string())
        .collect();
    let nh = COLUMNS_HEAD.len();
    let nt = COLUMNS_TAIL.len();
    let dims: Vec<String> = header[nh..header.len() - nt].to_vec();
    let ndims = dims.len();
    let mut bld = Builder::new(path, dims);
    for (i, rec) in rdr.records().enumerate() {
        let row = i + 2;
        let rec = rec.map_err(|e| Error::data(path, "", "", said!(LINES_CSV, row = row, e = e)))?;
        if rec.len() != header.len() {
            return Err(Error::data(
                path,
                "",
                "",
                said!(LINES_FIELDS, row = row, n = rec.len(), h = header.len()),
            ));
        }
        let g = |k: usize| excel_unsafe(rec.get(k).unwrap_or(""));
        let t = nh + ndims;
        let amount_text = g(t);
        let amount = if amount_text.is_empty() {
            None
        } else {
            Some(decimal(amount_text).ok_or_else(|| bld.bad(row, "amount", amount_text))?)
        };
        bld.push(
            row,
            Fields {
                direction: g(0),
                year: g(1),
                stage: g(2),
                code: g(3),
                level: g(4),
                parent_code: g(5),
                name: g(6),
                dims: (nh..t).map(g).collect(),
                amount,
                missing: g(t + 1),
                currency: g(t + 2),
                source_file: g(t + 3),
                source_sha256: g(t + 4),
                sheet: g(t + 5),
                cell: g(t + 6),
                through: g(t + 7),
                reconciliation: g(t + 8),
            },
        )?;
    }
    Ok(bld.finish())
}

/// Reads a lines JSON file.
pub fn read_json(path: &Path, bytes: &[u8]) -> Result<Budget> {
    use serde_json::Value;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let v: Value =
        serde_json::from_slice(bytes).map_err(|e| Error::format(path, said!(NOT_JSON, e = e)))?;
    if v.get("format").and_then(Value::as_str) != Some("ashyq-lines") {
        return Err(Error::format(path, said!(FOREIGN_JSON)));
    }
    let dims: Vec<String> = v
        .get("dimensions")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|d| d.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let budget_dims = dims.clone();
    let mut bld = Builder::new(path, budget_dims);
    let names = {
        let mut tmp = Budget::new("");
        tmp.dimensions = dims;
        super::header(&tmp)
    };
    let dim_names = &names[COLUMNS_HEAD.len()..names.len() - COLUMNS_TAIL.len()];
    let empty = Vec::new();
    let lines = v.get("lines").and_then(Value::as_array).unwrap_or(&empty);
    let currency = v
        .get("currency")
        .and_then(Value::as_str)
        .unwrap_or("KZT")
        .to_string();
    for (i, l) in lines.iter().enumerate() {
        let row = i + 1;
        let s = |k: &str| l.get(k).and_then(Value::as_str).unwrap_or("");
        let year = l.get("year").map(|y| y.to_string()).unwrap_or_default();
        let level = l
            .get("level")
            .filter(|x| !x.is_null())
            .map(|x| x.to_string())
            .unwrap_or_default();
        let amount = match l.get("amount") {
            None | Some(Value::Null) => None,
            Some(Value::Number(n)) => {
                Some(decimal(n.as_str()).ok_or_else(|| bld.bad(row, "amount", n.as_str()))?)
            }
            Some(other) => return Err(bld.bad(row, "amount", &other.to_string())),
        };
        bld.push(
            row,
            Fields {
                direction: s("direction"),
                year: &year,
                stage: s("stage"),
                code: s("code"),
                level: &level,
                parent_code: s("parent_code"),
                name: s("name"),
                dims: dim_names.iter().map(|d| s(d)).collect(),
                amount,
                missing: s("missing"),
                currency: &currency,
                source_file: s("source_file"),
                source_sha256: s("source_sha256"),
                sheet: s("sheet"),
                cell: s("cell"),
                through: s("through"),
                reconciliation: s("reconciliation"),
            },
        )?;
    }
    Ok(bld.finish())
}

/// Reads a lines Parquet file.
pub fn read_parquet(path: &Path, bytes: &[u8]) -> Result<Budget> {
    use polars::prelude::*;
    let err = |e: PolarsError| Error::format(path, said!(BAD_PARQUET, e = e));
    let df = ParquetReader::new(std::io::Cursor::new(bytes))
        .finish()
        .map_err(err)?;
    let names: Vec<String> = df
        .get_column_names()
        .iter()
        .map(|s| s.to_string())
        .collect();
    let nh = COLUMNS_HEAD.len();
    let nt = COLUMNS_TAIL.len();
    if names.len() < nh + nt
        || names[..nh] != COLUMNS_HEAD.map(String::from)
        || names[names.len() - nt..] != COLUMNS_TAIL.map(String::from)
    {
        return Err(Error::format(path, said!(FOREIGN_PARQUET)));
    }
    let dims: Vec<String> = names[nh..names.len() - nt].to_vec();
    let text_col = |name: &str| -> Result<Vec<String>> {
        let c = df.column(name).map_err(err)?;
        let c = c.cast(&DataType::String).map_err(err)?;
        let s = c.str().map_err(err)?;
        Ok(s.iter().map(|v| v.unwrap_or("").to_string()).collect())
    };
    let cols: Vec<Vec<String>> = names
        .iter()
        .filter(|n| n.as_str() != "amount")
        .map(|n| text_col(n))
        .collect::<Result<_>>()?;
    let idx = |name: &str| {
        names
            .iter()
            .filter(|n| n.as_str() != "amount")
            .position(|n| n == name)
    };
    let amount_col = df.column("amount").map_err(err)?;
    let amounts: Vec<Option<Decimal>> = match amount_col.dtype() {
        DataType::Decimal(_, scale) => {
            let scale = *scale as u32;
            let d = amount_col.decimal().map_err(err)?;
            d.physical()
                .iter()
                .map(|v| v.map(|m| Decimal::from_i128_with_scale(m, scale).normalize()))
                .collect()
        }
        _ => text_col("amount")?.iter().map(|s| decimal(s)).collect(),
    };
    let mut bld = Builder::new(path, dims.clone());
    let at = |name: &str| idx(name).unwrap_or(0);
    let dim_idx: Vec<usize> = dims.iter().map(|d| at(d)).collect();
    for (row, amount) in amounts.into_iter().enumerate() {
        let g = |k: usize| cols[k][row].as_str();
        bld.push(
            row + 1,
            Fields {
                direction: g(at("direction")),
                year: g(at("year")),
                stage: g(at("stage")),
                code: g(at("code")),
                level: g(at("level")),
                parent_code: g(at("parent_code")),
                name: g(at("name")),
                dims: dim_idx.iter().map(|&k| g(k)).collect(),
                amount,
                missing: g(at("missing")),
                currency: g(at("currency")),
                source_file: g(at("source_file")),
                source_sha256: g(at("source_sha256")),
                sheet: g(at("sheet")),
                cell: g(at("cell")),
                through: g(at("through")),
                reconciliation: g(at("reconciliation")),
            },
        )?;
    }
    Ok(bld.finish())
}
