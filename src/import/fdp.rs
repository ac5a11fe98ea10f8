//! Fiscal Data Package (OpenSpending / Frictionless): a datapackage.json
//! read as a source, its CSV imported with the columns its mapping names.
//! The descriptor `import --format fdp` writes is in [`crate::lines_format::fdp`].

use super::{load_one, ColumnFlags, FileReport, Options};
use crate::error::{Error, Result};
use crate::model::{Budget, Direction, Stage};
use serde_json::Value;
use std::path::Path;

/// True when a JSON document is a data package descriptor.
pub fn is_descriptor(value: &Value) -> bool {
    value.get("resources").is_some_and(Value::is_array)
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
pub fn load(path: &Path, value: &Value, opts: &Options) -> Result<(Budget, FileReport)> {
    let res = value["resources"]
        .as_array()
        .and_then(|r| r.first())
        .ok_or_else(|| Error::format(path, "the data package lists no resources"))?;
    let rel = res["path"].as_str().ok_or_else(|| {
        Error::format(
            path,
            "the first resource has no \"path\"; name its CSV file there",
        )
    })?;
    // The resource is a table: never the descriptor itself or another one
    // (a cycle that ran out of memory).
    let dir = path.parent().unwrap_or(Path::new("."));
    let csv = dir.join(rel);
    let mut head = Vec::new();
    if let Ok(f) = std::fs::File::open(&csv) {
        use std::io::Read;
        let _ = f.take(256).read_to_end(&mut head);
    }
    if head
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'{' || *b == b'[')
    {
        return Err(Error::format(
            path,
            format!("its resource \"{rel}\" is a JSON document (a data package itself?), not a table; name the CSV file the package describes"),
        ));
    }
    if !csv.exists() {
        return Err(Error::format(
            path,
            format!(
                "its resource path \"{rel}\" is not there ({}); put the CSV at that path beside the descriptor, or edit \"path\" in the descriptor to name the CSV file (e.g. \"madrid_municipal_expenditure_2012-2015.csv\"), or import the CSV itself",
                csv.display()
            ),
        ));
    }
    let mapping = value
        .get("mapping")
        .or_else(|| value.get("model"))
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
        if !o.currency_given {
            o.currency = c.trim().to_ascii_uppercase();
            o.currency_given = true;
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
