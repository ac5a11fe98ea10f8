//! `ashyq import FILE... -o OUT`: budget lines into CSV, JSON or Parquet.

use crate::cli::{ImportArgs, LinesFormat};
use crate::error::{Error, Result};
use crate::import;
use crate::output::Dest;
use crate::render;
use std::path::Path;

fn format_of(out: &Path, flag: Option<LinesFormat>) -> Result<LinesFormat> {
    if let Some(f) = flag {
        return Ok(f);
    }
    if out.as_os_str() == "-" {
        return Ok(LinesFormat::Csv);
    }
    let ext = out
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "csv" => Ok(LinesFormat::Csv),
        "json" => Ok(LinesFormat::Json),
        "parquet" | "pq" => Ok(LinesFormat::Parquet),
        _ => Err(Error::usage(
            "-o",
            format!(
                "cannot tell the format of \"{}\" from its extension; end it in .csv, .json or .parquet, or give --format",
                out.display()
            ),
        )),
    }
}

/// Runs `import`.
pub fn run(args: ImportArgs) -> Result<()> {
    let format = format_of(&args.output, args.format)?;
    let dest = Dest::new(&args.output, &args.files, args.force)?;
    let (budget, report) = import::load(&args.files, &args.source.options()?)?;
    match format {
        LinesFormat::Csv => dest.write(|w| render::lines::write_csv(&budget, w, args.excel))?,
        LinesFormat::Json => dest.write(|w| render::lines::write_json(&budget, w))?,
        LinesFormat::Parquet => dest.write(|w| {
            render::lines::write_parquet(&budget, w)
                .map_err(|e| std::io::Error::other(e.to_string()))
        })?,
    }
    for w in report.warnings() {
        crate::ui::warn(&w);
    }
    {
        let mut msg = String::new();
        msg.push_str(&format!(
            "imported {} lines from {} file(s) into {}\n",
            budget.lines.len(),
            args.files.len(),
            args.output.display()
        ));
        msg.push_str(&render::inspect::totals(&budget));
        msg.push_str(&render::validate::summary(&budget));
        crate::ui::note(&msg);
    }
    Ok(())
}
