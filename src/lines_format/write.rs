//! Budget lines written in the long format: CSV, JSON, Parquet.
//!
//! Writers take any `Write`; where the bytes go (a file written atomically,
//! stdout) is decided by the caller. Amounts are written exactly: decimal
//! text in CSV, JSON numbers with every digit, Parquet Decimal(38, s).

use super::{excel_safe, header, COLUMNS_HEAD};
use crate::model::Budget;
use polars::prelude::*;
use std::io::Write;

/// Writes the lines as CSV (UTF-8, comma, header row), text cells made safe
/// for spreadsheets; `bom` adds a UTF-8 BOM for Excel.
pub fn write_csv<W: Write>(budget: &Budget, out: W, bom: bool) -> std::io::Result<()> {
    let mut out = out;
    if bom {
        out.write_all(b"\xEF\xBB\xBF")?;
    }
    let mut w = csv::WriterBuilder::new().from_writer(out);
    // Dimension names come from the file's header: escaped like any text.
    w.write_record(header(budget).iter().map(|h| excel_safe(h).into_owned()))?;
    let mut num = String::new();
    let reconciliation = super::reconciliation(budget);
    for row in budget.rows() {
        let item = row.item;
        w.write_field(item.direction.as_str())?;
        num.clear();
        let _ = std::fmt::Write::write_fmt(&mut num, format_args!("{}", row.line.year));
        w.write_field(&num)?;
        w.write_field(row.line.stage.as_str())?;
        w.write_field(excel_safe(&item.code).as_ref())?;
        num.clear();
        if let Some(l) = item.level {
            let _ = std::fmt::Write::write_fmt(&mut num, format_args!("{l}"));
        }
        w.write_field(&num)?;
        w.write_field(excel_safe(&item.parent_code).as_ref())?;
        w.write_field(excel_safe(&item.name).as_ref())?;
        for d in &item.dims {
            w.write_field(excel_safe(d).as_ref())?;
        }
        num.clear();
        if let Some(a) = row.line.amount {
            let _ = std::fmt::Write::write_fmt(&mut num, format_args!("{a}"));
        }
        w.write_field(&num)?;
        w.write_field(excel_safe(budget.marker(row.line)).as_ref())?;
        w.write_field(&budget.currency)?;
        w.write_field(excel_safe(&row.source.file).as_ref())?;
        w.write_field(&row.source.sha256)?;
        w.write_field(excel_safe(row.sheet).as_ref())?;
        w.write_field(row.cell())?;
        w.write_field(budget.through(row.line))?;
        w.write_field(&reconciliation)?;
        w.write_record(None::<&[u8]>)?;
    }
    w.flush()?;
    Ok(())
}

/// Writes the lines as JSON: `{"format": "ashyq-lines", "version": 1,
/// "currency", "dimensions", "lines": [...]}`, amounts as exact JSON numbers.
pub fn write_json<W: Write>(budget: &Budget, out: W) -> std::io::Result<()> {
    use serde_json::{json, Map, Number, Value};
    let mut out = std::io::BufWriter::new(out);
    let head = json!({
        "format": "ashyq-lines",
        "version": 1,
        "currency": budget.currency,
        "dimensions": budget.dimensions,
    });
    let head = serde_json::to_string(&head)?;
    // Splice the lines array into the object without building it in memory.
    let head = head.trim_end_matches('}');
    write!(out, "{head},\"lines\":[")?;
    let names = header(budget);
    let dim_names = &names[COLUMNS_HEAD.len()..COLUMNS_HEAD.len() + budget.dimensions.len()];
    let reconciliation = super::reconciliation(budget);
    for (i, row) in budget.rows().enumerate() {
        let mut m = Map::new();
        m.insert("direction".into(), row.item.direction.as_str().into());
        m.insert("year".into(), row.line.year.into());
        m.insert("stage".into(), row.line.stage.as_str().into());
        m.insert("code".into(), row.item.code.clone().into());
        m.insert(
            "level".into(),
            row.item.level.map(Value::from).unwrap_or(Value::Null),
        );
        m.insert("parent_code".into(), row.item.parent_code.clone().into());
        m.insert("name".into(), row.item.name.clone().into());
        for (name, v) in dim_names.iter().zip(&row.item.dims) {
            m.insert(name.clone(), v.clone().into());
        }
        let amount = match row.line.amount {
            Some(a) => a
                .to_string()
                .parse::<Number>()
                .map(Value::Number)
                .unwrap_or(Value::Null),
            None => Value::Null,
        };
        m.insert("amount".into(), amount);
        m.insert("missing".into(), budget.marker(row.line).into());
        m.insert("currency".into(), budget.currency.clone().into());
        m.insert("source_file".into(), row.source.file.clone().into());
        m.insert("source_sha256".into(), row.source.sha256.clone().into());
        m.insert("sheet".into(), row.sheet.into());
        m.insert("cell".into(), row.cell().into());
        let through = budget.through(row.line);
        m.insert(
            "through".into(),
            if through.is_empty() {
                Value::Null
            } else {
                through.into()
            },
        );
        m.insert("reconciliation".into(), reconciliation.as_str().into());
        if i > 0 {
            out.write_all(b",")?;
        }
        out.write_all(b"\n")?;
        serde_json::to_writer(&mut out, &Value::Object(m))?;
    }
    out.write_all(b"\n]}\n")?;
    out.flush()
}

/// The largest number of decimal places among the amounts.
fn amount_scale(budget: &Budget) -> u32 {
    budget
        .lines
        .iter()
        .filter_map(|l| l.amount.map(|a| a.scale()))
        .max()
        .unwrap_or(0)
}

/// Lines per Parquet row group, to bound memory on large imports.
const BATCH: usize = 65_536;

/// Writes the lines as Parquet, amounts as Decimal(38, s). Batches are
/// built on a second thread while the previous one is encoded and written.
pub fn write_parquet<W: Write>(budget: &Budget, out: W) -> PolarsResult<()> {
    let scale = amount_scale(budget);
    let names = header(budget);
    let total = budget.lines.len();
    let reconciliation = &super::reconciliation(budget);
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<PolarsResult<DataFrame>>(1);
        let names = &names;
        scope.spawn(move || {
            let mut start = 0;
            loop {
                let end = (start + BATCH).min(total);
                let df = parquet_batch(budget, names, (start, end), scale, reconciliation);
                let failed = df.is_err();
                // A closed channel means the writer stopped on an error.
                if tx.send(df).is_err() || failed {
                    return;
                }
                start = end;
                if start >= total {
                    return;
                }
            }
        });
        let mut writer: Option<polars::io::parquet::write::BatchedWriter<W>> = None;
        let mut out = Some(out);
        for df in rx {
            let df = df?;
            if writer.is_none() {
                let w = out
                    .take()
                    .ok_or_else(|| polars_err!(ComputeError: "writer used twice"))?;
                writer = Some(
                    ParquetWriter::new(w)
                        .with_compression(ParquetCompression::Lz4Raw)
                        .batched(df.schema())?,
                );
            }
            if let Some(w) = writer.as_mut() {
                w.write_batch(&df)?;
            }
        }
        if let Some(w) = writer {
            w.finish()?;
        }
        Ok(())
    })
}

/// A text column from borrowed strings: the frame copies each once into Arrow buffers.
fn text_column<'b>(name: &str, n: usize, f: &dyn Fn(usize) -> &'b str) -> Column {
    Column::new(name.into(), (0..n).map(f).collect::<Vec<&'b str>>())
}

/// A text column whose value is the same on every line of the batch (one
/// file, one currency) is one value, not `n` copies.
fn same<'b>(n: usize, name: &str, f: &dyn Fn(usize) -> &'b str) -> Column {
    let v = if n > 0 { f(0) } else { "" };
    if (1..n).all(|i| f(i) == v) {
        Column::new_scalar(
            name.into(),
            Scalar::new(DataType::String, AnyValue::StringOwned(v.into())),
            n,
        )
    } else {
        text_column(name, n, f)
    }
}

fn parquet_batch(
    budget: &Budget,
    names: &[String],
    (start, end): (usize, usize),
    scale: u32,
    reconciliation: &str,
) -> PolarsResult<DataFrame> {
    let lines = &budget.lines[start..end];
    let n = lines.len();
    let item = |i: usize| &budget.items[lines[i].item as usize];
    let src = |i: usize| &budget.sources[item(i).source as usize];
    // An item's text is built once over the batch's items and shared by its
    // lines (a wide row's nine amounts), not copied for each line.
    let first = lines.iter().map(|l| l.item).min().unwrap_or(0);
    let last = lines.iter().map(|l| l.item).max().unwrap_or(0);
    let items = &budget.items[first as usize..(last as usize + 1).min(budget.items.len())];
    let at = IdxCa::from_vec(
        "".into(),
        lines.iter().map(|l| (l.item - first) as IdxSize).collect(),
    );
    let item_text = |name: &str, f: &dyn Fn(&crate::model::Item) -> &str| -> PolarsResult<Column> {
        let s = Series::new(name.into(), items.iter().map(f).collect::<Vec<&str>>());
        Ok(s.take(&at)?.into_column())
    };
    let mut cols: Vec<Column> = Vec::with_capacity(names.len());
    cols.push(same(n, &names[0], &|i| item(i).direction.as_str()));
    cols.push(Column::new(
        names[1].as_str().into(),
        lines.iter().map(|l| l.year).collect::<Vec<i32>>(),
    ));
    cols.push(text_column(&names[2], n, &|i| lines[i].stage.as_str()));
    cols.push(item_text(&names[3], &|it| it.code.as_str())?);
    cols.push(Column::new(
        names[4].as_str().into(),
        (0..n)
            .map(|i| item(i).level.map(u32::from))
            .collect::<Vec<Option<u32>>>(),
    ));
    cols.push(item_text(&names[5], &|it| it.parent_code.as_str())?);
    cols.push(item_text(&names[6], &|it| it.name.as_str())?);
    for (d, name) in names[7..7 + budget.dimensions.len()].iter().enumerate() {
        cols.push(item_text(name, &|it| it.dims[d].as_str())?);
    }
    let amounts: Int128Chunked = lines
        .iter()
        .map(|l| match l.amount {
            None => Ok(None),
            // The mantissa at the column's scale, in i128 (38 digits), exactly.
            Some(a) => 10i128
                .checked_pow(scale.saturating_sub(a.scale()))
                .and_then(|f| a.mantissa().checked_mul(f))
                .map(Some)
                .ok_or_else(|| {
                    polars_err!(ComputeError: "the amount {a} does not fit Parquet's Decimal(38, {scale}); write CSV or JSON instead")
                }),
        })
        .collect::<PolarsResult<Int128Chunked>>()?;
    let tail = 7 + budget.dimensions.len();
    cols.push(
        amounts
            .with_name(names[tail].as_str().into())
            .into_decimal(38, scale as usize)?
            .into_series()
            .into_column(),
    );
    cols.push(text_column(&names[tail + 1], n, &|i| {
        budget.marker(&lines[i])
    }));
    cols.push(same(n, &names[tail + 2], &|_| budget.currency.as_str()));
    cols.push(same(n, &names[tail + 3], &|i| src(i).file.as_str()));
    cols.push(same(n, &names[tail + 4], &|i| src(i).sha256.as_str()));
    cols.push(same(n, &names[tail + 5], &|i| {
        budget.sheets[item(i).sheet as usize].as_str()
    }));
    let mut cells = StringChunkedBuilder::new(names[tail + 6].as_str().into(), n);
    let mut cell = String::new();
    for l in lines {
        cell.clear();
        crate::model::a1_into(&mut cell, l.row, l.col);
        cells.append_value(&cell);
    }
    cols.push(cells.finish().into_column());
    let through: Vec<String> = lines.iter().map(|l| budget.through(l)).collect();
    cols.push(same(n, &names[tail + 7], &|i| through[i].as_str()));
    cols.push(same(n, &names[tail + 8], &|_| reconciliation));
    DataFrame::new(n, cols)
}
