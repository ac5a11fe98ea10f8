//! Fiscal Data Package (OpenSpending / Frictionless): a datapackage.json
//! read as a source (its CSV imported with the columns its mapping names),
//! and written beside the budget lines by `import --format fdp`.

use super::{load_one, ColumnFlags, FileReport, Options};
use crate::error::{Error, Result};
use crate::model::{Budget, Direction, Stage, COLUMNS_HEAD};
use serde_json::{json, Value};
use std::path::Path;

/// True when a JSON document is a data package descriptor.
pub fn is_descriptor(v: &Value) -> bool {
    v.get("resources").is_some_and(Value::is_array)
}

/// The phase words of FDP, mapped to stages.
fn stage_of(phase: &str) -> Option<Stage> {
    match phase.trim().to_lowercase().as_str() {
        "proposed" | "draft" => Some(Stage::Proposed),
        "approved" | "adopted" => Some(Stage::Approved),
        "adjusted" => Some(Stage::Adjusted),
        "revised" | "amended" => Some(Stage::Revised),
        "executed" | "actual" | "actuals" | "spent" => Some(Stage::Executed),
        _ => None,
    }
}

/// Imports the first resource of a descriptor with the columns its mapping names.
pub fn load(path: &Path, v: &Value, opts: &Options) -> Result<(Budget, FileReport)> {
    let res = v["resources"]
        .as_array()
        .and_then(|r| r.first())
        .ok_or_else(|| Error::format(path, "the data package lists no resources"))?;
    let rel = res["path"].as_str().ok_or_else(|| {
        Error::format(
            path,
            "the first resource has no \"path\"; name its CSV file there",
        )
    })?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let csv = dir.join(rel);
    if !csv.exists() {
        return Err(Error::format(
            path,
            format!(
                "its resource path \"{rel}\" is not there ({}); put the CSV at that path beside the descriptor, or edit \"path\" in the descriptor to name the CSV file (e.g. \"madrid_municipal_expenditure_2012-2015.csv\"), or import the CSV itself",
                csv.display()
            ),
        ));
    }
    let mapping = v
        .get("mapping")
        .or_else(|| v.get("model"))
        .unwrap_or(&Value::Null);
    let measures = mapping["measures"].as_object();
    let (mname, m) = measures
        .and_then(|m| m.iter().next())
        .ok_or_else(|| Error::format(path, "the mapping names no measure (mapping.measures)"))?;
    let mut o = opts.clone();
    let source = m["source"].as_str().unwrap_or(mname).to_string();
    o.columns = ColumnFlags {
        amount: Some(source),
        ..opts.columns.clone()
    };
    if let Some(year) = mapping["dimensions"]["date"]["attributes"]
        .as_object()
        .and_then(|a| a.values().find_map(|x| x["source"].as_str()))
    {
        o.columns.year = Some(year.to_string());
    }
    if let Some(c) = m["currency"].as_str() {
        if o.currency == "KZT" {
            o.currency = c.trim().to_ascii_uppercase();
        }
    }
    if o.stage.is_none() {
        o.stage = m["phase"].as_str().and_then(stage_of);
    }
    if o.direction.is_none() {
        o.direction = m["direction"].as_str().and_then(Direction::parse);
    }
    if let Some(f) = m["factor"].as_f64().filter(|f| *f != 1.0 && *f > 0.0) {
        if o.unit.is_none() {
            o.unit = Some(super::header::Unit {
                factor: rust_decimal::Decimal::from_f64_retain(f)
                    .unwrap_or(rust_decimal::Decimal::ONE),
                label: format!("× {f} (data package factor)"),
            });
        }
    }
    let (budget, mut report) = load_one(&csv, &o)?;
    report.format = format!("fiscal data package ({})", report.format);
    Ok((budget, report))
}

/// The descriptor for a budget-lines CSV written beside it as `csv_name`.
pub fn descriptor(budget: &Budget, csv_name: &str, title: &str) -> Value {
    let names = crate::render::lines::header(budget);
    let fields: Vec<Value> = names
        .iter()
        .map(|n| {
            let ty = match n.as_str() {
                "year" | "level" => "integer",
                "amount" => "number",
                _ => "string",
            };
            json!({"name": n, "type": ty})
        })
        .collect();
    let years: Vec<i32> = budget.lines.iter().map(|l| l.year).collect();
    let (first, last) = (
        years.iter().min().copied().unwrap_or(0),
        years.iter().max().copied().unwrap_or(0),
    );
    let dims_start = COLUMNS_HEAD.len();
    let mut dimensions = serde_json::Map::new();
    dimensions.insert(
        "date".into(),
        json!({"dimensionType": "datetime", "attributes": {"year": {"source": "year"}}, "primaryKey": "year"}),
    );
    dimensions.insert(
        "phase".into(),
        json!({"dimensionType": "other", "attributes": {"stage": {"source": "stage"}}, "primaryKey": "stage"}),
    );
    dimensions.insert(
        "direction".into(),
        json!({"dimensionType": "other", "attributes": {"direction": {"source": "direction"}}, "primaryKey": "direction"}),
    );
    dimensions.insert(
        "classification".into(),
        json!({
            "dimensionType": "classification",
            "attributes": {
                "code": {"source": "code"},
                "name": {"source": "name", "labelfor": "code"},
                "level": {"source": "level"},
                "parent_code": {"source": "parent_code"}
            },
            "primaryKey": "code"
        }),
    );
    for n in &names[dims_start..dims_start + budget.dimensions.len()] {
        dimensions.insert(
            n.clone(),
            json!({"dimensionType": "other", "attributes": {n.clone(): {"source": n}}, "primaryKey": n}),
        );
    }
    dimensions.insert(
        "provenance".into(),
        json!({
            "dimensionType": "other",
            "attributes": {
                "source_file": {"source": "source_file"},
                "source_sha256": {"source": "source_sha256"},
                "sheet": {"source": "sheet"},
                "cell": {"source": "cell"}
            },
            "primaryKey": ["source_file", "sheet", "cell"]
        }),
    );
    let directions: Vec<&str> = {
        let mut d: Vec<&str> = budget.items.iter().map(|i| i.direction.as_str()).collect();
        d.sort_unstable();
        d.dedup();
        d
    };
    let mut measure = json!({
        "source": "amount",
        "resource": "budget-lines",
        "currency": budget.currency,
        "factor": 1,
    });
    if directions.len() == 1 {
        measure["direction"] = json!(directions[0]);
    }
    json!({
        "profile": "fiscal-data-package",
        "name": slug(title),
        "title": title,
        "fiscalPeriod": {"start": format!("{first}-01-01"), "end": format!("{last}-12-31")},
        "resources": [{
            "name": "budget-lines",
            "path": csv_name,
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {"fields": fields}
        }],
        "mapping": {
            "measures": {"amount": measure},
            "dimensions": dimensions
        },
        "sources": budget.sources.iter().map(|s| json!({"title": s.file, "sha256": s.sha256})).collect::<Vec<_>>()
    })
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let t = out.trim_matches('-').to_string();
    if t.is_empty() {
        "budget".into()
    } else {
        t
    }
}
