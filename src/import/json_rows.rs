//! Rows served as JSON: an array of flat objects (the budget portal's
//! execution report as its API serves it: `[{"id": 1, "code": "1",
//! "name": "I. ДОХОДЫ", "utv": 600414214.0, ...}, ...]`), or an object one
//! of whose members is such an array (`{"data": [...]}`). The keys, in the
//! order they first appear, are the header row; each object is a row
//! (row 2 is the first object). JSON numbers use a dot for the decimal mark.

use super::number::DecimalMark;
use super::tables::{TextTable, TextTables};
use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::said;
use serde_json::Value;
use std::path::Path;

/// Columns of one table, at most (a sheet's 16,384).
const MAX_COLUMNS: usize = 16_384;

/// The array of records a document holds, if any: the document itself, or
/// its largest member that is one.
fn records(v: &Value) -> Option<&Vec<Value>> {
    let is_records = |a: &Vec<Value>| !a.is_empty() && a.iter().all(Value::is_object);
    match v {
        Value::Array(a) if is_records(a) => Some(a),
        Value::Object(o) => o
            .values()
            .filter_map(|m| m.as_array().filter(|a| is_records(a)))
            .max_by_key(|a| a.len()),
        _ => None,
    }
}

/// True when the document is rows of records.
pub fn is_rows(v: &Value) -> bool {
    records(v).is_some()
}

/// The records as one table of text cells; fails past `max_cells` cells or
/// `MAX_COLUMNS` keys.
pub fn table(path: &Path, v: &Value, max_cells: u64) -> Result<TextTables> {
    let recs = records(v).ok_or_else(|| Error::format(path, said!(FOREIGN_JSON)))?;
    let mut keys: Vec<&str> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for r in recs {
        for k in r.as_object().into_iter().flat_map(|o| o.keys()) {
            if !index.contains_key(k.as_str()) {
                if keys.len() >= MAX_COLUMNS {
                    return Err(Error::format(
                        path,
                        said!(JSON_TOO_MANY_KEYS, max = MAX_COLUMNS),
                    ));
                }
                index.insert(k, keys.len());
                keys.push(k);
            }
        }
    }
    // The grid is laid out whole, empty cells too: bounded before it is.
    let grid = (recs.len() as u64 + 1).saturating_mul(keys.len() as u64);
    if grid > max_cells {
        return Err(Error::format(
            path,
            said!(JSON_TOO_MANY_CELLS, max = max_cells),
        ));
    }
    let mut rows = vec![keys.iter().map(|k| k.to_string()).collect::<Vec<_>>()];
    let mut cells = keys.len() as u64;
    for r in recs {
        let mut row = vec![String::new(); keys.len()];
        for (k, val) in r.as_object().into_iter().flatten() {
            let text = match val {
                Value::Null => continue,
                Value::String(s) => s.trim().to_string(),
                Value::Number(n) => n.to_string(),
                Value::Bool(b) => if *b { "True" } else { "False" }.to_string(),
                other => other.to_string().chars().take(200).collect(),
            };
            if text.is_empty() {
                continue;
            }
            cells += 1;
            if cells > max_cells {
                return Err(Error::format(
                    path,
                    said!(JSON_TOO_MANY_CELLS, max = max_cells),
                ));
            }
            if let Some(&i) = index.get(k.as_str()) {
                row[i] = text;
            }
        }
        rows.push(row);
    }
    Ok(TextTables::new(
        vec![TextTable {
            name: String::new(),
            rows,
        }],
        DecimalMark::Point,
        Vec::new(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_become_rows_under_their_keys() {
        let v: Value = serde_json::from_str(
            r#"{"total": 2, "data": [{"id": 1, "name": "I. ДОХОДЫ", "utv": 10.5},
                {"id": 2, "parent_id": 1, "name": "Налоги", "utv": 10.5, "isLeaf": true}]}"#,
        )
        .unwrap();
        let t = table(Path::new("p.json"), &v, 100).unwrap();
        assert_eq!(
            t.tables[0].rows,
            vec![
                vec!["id", "name", "utv", "parent_id", "isLeaf"],
                vec!["1", "I. ДОХОДЫ", "10.5", "", ""],
                vec!["2", "Налоги", "10.5", "1", "True"],
            ]
        );
        assert!(!is_rows(&serde_json::json!({"a": [1, 2]})));
        // Many keys over many empty records: refused before the grid is laid out.
        let mut wide = String::from("[{");
        wide.push_str(
            &(0..1000)
                .map(|i| format!("\"k{i}\":1"))
                .collect::<Vec<_>>()
                .join(","),
        );
        wide.push('}');
        wide.push_str(&",{}".repeat(100_000));
        wide.push(']');
        let v2: Value = serde_json::from_str(&wide).unwrap();
        assert!(table(Path::new("w.json"), &v2, 50_000_000).is_err());
        assert!(!is_rows(&serde_json::json!([])));
        let Err(err) = table(Path::new("p.json"), &v, 5) else {
            panic!("5 cells are too few");
        };
        let err = err.to_string();
        assert!(err.contains("more than 5 cells"), "{err}");
    }
}
