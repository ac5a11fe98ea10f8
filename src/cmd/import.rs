//! `ashyq import FILE... -o OUT`: budget lines into CSV, JSON or Parquet.

use crate::cli::{ImportArgs, LinesFormat};
use crate::error::{Error, Result};
use crate::i18n::inspect::{IMPORTED, IMPORTED_FOLDER};
use crate::import;
use crate::lines_format;
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
            crate::said!(
                crate::i18n::messages::UNKNOWN_EXTENSION,
                path = out.display()
            ),
        )),
    }
}

/// Writes a folder output: a Fiscal Data Package, or Parquet split by year.
fn write_folder(
    args: &ImportArgs,
    budget: &crate::model::Budget,
    format: LinesFormat,
) -> Result<()> {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let err = |e: String| Error::Internal(format!("the lines in memory: {e}"));
    if format == LinesFormat::Fdp {
        let mut csv = Vec::new();
        lines_format::write::write_csv(budget, &mut csv, false).map_err(|e| err(e.to_string()))?;
        let title = args
            .files
            .first()
            .and_then(|f| f.file_stem())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "budget".into());
        let d = lines_format::fdp::descriptor(budget, "budget-lines.csv", &title);
        files.push(("budget-lines.csv".into(), csv));
        files.push((
            "datapackage.json".into(),
            (serde_json::to_string_pretty(&d).unwrap_or_default() + "\n").into_bytes(),
        ));
    } else {
        let mut years: Vec<i32> = budget.lines.iter().map(|l| l.year).collect();
        years.sort_unstable();
        years.dedup();
        for y in years {
            let mut part = budget.clone();
            part.lines.retain(|l| l.year == y);
            let mut bytes = Vec::new();
            lines_format::write::write_parquet(&part, &mut bytes)
                .map_err(|e| err(e.to_string()))?;
            files.push((format!("year={y}/part-0.parquet"), bytes));
        }
    }
    crate::output::write_folder(&args.output, args.force, &files)
}

/// Runs `import`.
pub fn run(args: ImportArgs) -> Result<()> {
    let format = format_of(&args.output, args.format)?;
    if args.partition.is_some() && format != LinesFormat::Parquet {
        return Err(Error::usage(
            "--partition",
            crate::said!(crate::i18n::messages::PARTITION_PARQUET),
        ));
    }
    if format == LinesFormat::Fdp || args.partition.is_some() {
        let mut reads = args.files.clone();
        reads.extend(args.source.map.clone());
        crate::output::check_folder(&args.output, &reads, args.force)?;
        let (budget, report) = import::load(&args.files, &args.source.options()?)?;
        write_folder(&args, &budget, format)?;
        for w in report.warnings() {
            crate::ui::warn(&w);
        }
        let said = crate::said!(
            IMPORTED_FOLDER,
            n = budget.lines.len(),
            files = args.files.len(),
            out = args.output.display()
        );
        crate::ui::note(&format!("{}\n", said.in_(crate::ui::lang())));
        return Ok(());
    }
    let dest = Dest::new(&args.output, &args.files, args.force)?;
    let (budget, report) = import::load(&args.files, &args.source.options()?)?;
    match format {
        LinesFormat::Csv => {
            dest.write(|w| lines_format::write::write_csv(&budget, w, args.excel))?
        }
        LinesFormat::Json => dest.write(|w| lines_format::write::write_json(&budget, w))?,
        LinesFormat::Parquet => dest.write(|w| {
            lines_format::write::write_parquet(&budget, w)
                .map_err(|e| std::io::Error::other(e.to_string()))
        })?,
        LinesFormat::Fdp => {
            return Err(Error::usage(
                "--format",
                crate::said!(crate::i18n::messages::FDP_FOLDER),
            ))
        }
    }
    for w in report.warnings() {
        crate::ui::warn(&w);
    }
    {
        let lang = crate::ui::lang();
        let out = if args.output.as_os_str() == "-" {
            crate::said!(crate::i18n::inspect::STDOUT)
        } else {
            crate::i18n::Text::Verbatim(args.output.display().to_string())
        };
        let said = crate::said!(
            IMPORTED,
            n = budget.lines.len(),
            files = args.files.len(),
            out = out
        );
        let mut msg = format!("{}\n", said.in_(lang));
        msg.push_str(&render::inspect::totals(&budget, lang));
        msg.push_str(&render::inspect::by_file(&budget, lang));
        msg.push_str(&render::validate::summary(&budget, lang));
        crate::ui::note(&msg);
    }
    Ok(())
}
