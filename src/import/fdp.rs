//! Fiscal Data Package (OpenSpending / Frictionless): a datapackage.json
//! read as a source, its CSV imported with the columns its mapping names.
//! The descriptor `import --format fdp` writes is in [`crate::lines_format::fdp`].

use super::{load_one, ColumnFlags, FileReport, Options};
use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::i18n::Text;
use crate::model::{Budget, Direction, Stage};
use crate::said;
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

/// The resource `rel` as a path inside the descriptor's folder `dir`, or an
/// error: a data package names the files beside it, and a path that leaves
/// the folder (`..`, an absolute path, a URL, a link pointing out, a device)
/// would make ashyq read a file the user never gave it.
fn inside(path: &Path, dir: &Path, rel: &str) -> Result<std::path::PathBuf> {
    let leaves = |why: &'static crate::i18n::Msg| {
        Error::format(path, said!(FDP_LEAVES, rel = rel, why = Text::of(why)))
    };
    if rel.contains("://") {
        return Err(leaves(&FDP_URL));
    }
    let p = Path::new(rel);
    let drive = rel.as_bytes().get(1) == Some(&b':');
    if p.is_absolute() || rel.starts_with(['/', '\\']) || drive {
        return Err(leaves(&FDP_ABSOLUTE));
    }
    if p.components().any(|c| {
        !matches!(
            c,
            std::path::Component::Normal(_) | std::path::Component::CurDir
        )
    }) || rel.split(['/', '\\']).any(|part| part == "..")
    {
        return Err(leaves(&FDP_OUTSIDE));
    }
    let csv = dir.join(p);
    if let (Ok(real), Ok(base)) = (csv.canonicalize(), dir.canonicalize()) {
        if !real.starts_with(&base) {
            return Err(leaves(&FDP_LINK_OUTSIDE));
        }
        if !real.is_file() {
            return Err(leaves(&FDP_NOT_FILE));
        }
    }
    Ok(csv)
}

/// A data package's factor as an exact power of ten (0.001 to 10^9), the
/// multipliers budgets are published in; `None` for anything else.
fn power_of_ten(v: &Value) -> Option<rust_decimal::Decimal> {
    let d: rust_decimal::Decimal = v
        .to_string()
        .trim_matches('"')
        .parse()
        .ok()
        .or_else(|| rust_decimal::Decimal::from_scientific(&v.to_string()).ok())?;
    (-3..=9)
        .map(|e: i32| {
            if e < 0 {
                rust_decimal::Decimal::new(1, e.unsigned_abs())
            } else {
                rust_decimal::Decimal::from(10i64.pow(e as u32))
            }
        })
        .find(|p| *p == d)
}

/// Imports the first resource of a descriptor with the columns its mapping names.
pub fn load(path: &Path, value: &Value, opts: &Options) -> Result<(Budget, FileReport)> {
    let res = value["resources"]
        .as_array()
        .and_then(|r| r.first())
        .ok_or_else(|| Error::format(path, said!(FDP_NO_RESOURCES)))?;
    let rel = res["path"]
        .as_str()
        .ok_or_else(|| Error::format(path, said!(FDP_NO_PATH)))?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let csv = inside(path, dir, rel)?;
    // The resource is a table: never the descriptor itself or another one
    // (a cycle that ran out of memory).
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
        return Err(Error::format(path, said!(FDP_JSON_RESOURCE, rel = rel)));
    }
    if !csv.exists() {
        return Err(Error::format(
            path,
            said!(FDP_MISSING, rel = rel, at = csv.display()),
        ));
    }
    let mapping = value
        .get("mapping")
        .or_else(|| value.get("model"))
        .unwrap_or(&Value::Null);
    let measures = mapping["measures"].as_object();
    let (mname, m) = measures
        .and_then(|m| m.iter().next())
        .ok_or_else(|| Error::format(path, said!(FDP_NO_MEASURE)))?;
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
        let code = crate::model::currency_code(c)
            .ok_or_else(|| Error::format(path, said!(FDP_CURRENCY, c = c)))?;
        if !o.currency_given {
            o.currency = code;
            o.currency_given = true;
        }
    }
    if o.stage.is_none() {
        o.stage = m["phase"].as_str().and_then(stage_of);
    }
    if o.direction.is_none() {
        o.direction = m["direction"].as_str().and_then(Direction::parse);
    }
    if let Some(f) = m.get("factor").filter(|f| !f.is_null()) {
        let factor =
            power_of_ten(f).ok_or_else(|| Error::format(path, said!(FDP_FACTOR, f = f)))?;
        if factor != rust_decimal::Decimal::ONE && o.unit.is_none() {
            o.unit = Some(super::header::Unit {
                factor,
                label: format!("× {factor} (data package factor)"),
            });
        }
    }
    let (budget, mut report) = load_one(&csv, &o)?;
    report.format = format!("fiscal data package ({})", report.format);
    Ok((budget, report))
}
