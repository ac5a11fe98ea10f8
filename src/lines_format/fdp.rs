//! The Fiscal Data Package descriptor written beside the budget lines by
//! `import --format fdp`: the measure and the dimensions of the lines CSV.

use super::COLUMNS_HEAD;
use crate::model::Budget;
use serde_json::{json, Value};

/// The descriptor for a budget-lines CSV written beside it as `csv_name`.
pub fn descriptor(budget: &Budget, csv_name: &str, title: &str) -> Value {
    let names = super::header(budget);
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
    dimensions.insert(
        "coverage".into(),
        json!({"dimensionType": "other", "attributes": {"through": {"source": "through"}}, "primaryKey": "through"}),
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
    // The Fiscal Data Package schema (tests/data/fiscal-data-package.json)
    // is a Tabular Data Package with a `model`: its package profile is
    // "tabular-data-package", each resource a "tabular-data-resource".
    json!({
        "profile": "tabular-data-package",
        "name": slug(title),
        "title": title,
        "fiscalPeriod": {"start": format!("{first}-01-01"), "end": format!("{last}-12-31")},
        "resources": [{
            "name": "budget-lines",
            "profile": "tabular-data-resource",
            "path": csv_name,
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {"fields": fields}
        }],
        "model": {
            "measures": {"amount": measure},
            "dimensions": dimensions
        },
        "sources": budget.sources.iter().map(|s| json!({"title": s.file, "sha256": s.sha256})).collect::<Vec<_>>()
    })
}

fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
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
