//! `ashyq demo -o DIR`: the hearing pack of the bundled sample district
//! budget (embedded in the binary), to see what ashyq makes.

use super::query::Loaded;
use crate::cli::{Cli, Command, DemoArgs};
use crate::error::{Error, Result};
use crate::import;
use clap::Parser;
use std::path::Path;

/// The sample akimat workbook, as in data/.
const SAMPLE: &[u8] = include_bytes!("../../data/sample_district_budget_akimat.xlsx");
const SAMPLE_NAME: &str = "sample_district_budget_akimat.xlsx";
/// Its city config: name, residents, inflation (examples/city.toml).
const CITY: &str = include_str!("../../examples/city.toml");

/// Runs `demo`.
pub fn run(a: DemoArgs) -> Result<()> {
    let out = a.output.display().to_string();
    let mut argv = vec![
        "ashyq",
        "report",
        SAMPLE_NAME,
        "-o",
        out.as_str(),
        "--config",
        "city.toml",
    ];
    let lang = a.lang.map(|l| l.code());
    if let Some(l) = &lang {
        argv.extend(["--lang", l]);
    }
    let Command::Report(r) = Cli::try_parse_from(argv)
        .map_err(|e| Error::usage("demo", e.to_string()))?
        .command
    else {
        return Err(Error::usage("demo", "internal: not a report"));
    };
    super::report::check_dest(&a.output, &[], a.force)?;
    let opts = r.query.source.options()?;
    let (budget, file) = import::load_bytes(Path::new(SAMPLE_NAME), SAMPLE.to_vec(), &opts)?;
    let lang = r
        .query
        .lang
        .unwrap_or_else(|| super::query::language_of(&budget));
    let city = crate::analysis::adjust::City::parse(CITY, Path::new("city.toml"))?;
    let l = Loaded {
        budget,
        lang,
        city: Some(city),
        report: import::Report { files: vec![file] },
    };
    let progress = crate::ui::Progress::start("computing tables and drawing charts");
    let files = super::report::build(&r.query, &l, r.threshold, &progress)?;
    drop(progress);
    super::report::write_dir(&a.output, a.force, &files)?;
    crate::ui::note(&format!(
        "wrote the sample's hearing pack ({} files) into {}: open {}\n",
        files.len(),
        a.output.display(),
        a.output.join("index.html").display()
    ));
    Ok(())
}
