//! One short orchestration file per subcommand: resolve settings, call the
//! core, hand the result to a renderer.

pub mod breakdown;
pub mod chart;
pub mod compare;
pub mod demo;
pub mod execution;
pub mod import;
pub mod inspect;
pub mod report;
pub mod validate;

use crate::cli::{Cli, Command, OutArgs};
use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::output::Dest;
use crate::render::table::{self, Format, Table};
use crate::said;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    crate::ui::set(cli.quiet, cli.verbose);
    // Messages in the language asked with --lang, else the environment's.
    let asked = match &cli.command {
        Command::Inspect(a) => a.lang,
        Command::Import(a) => a.lang,
        Command::Validate(a) => a.lang,
        Command::Breakdown(a) => a.query.lang,
        Command::Compare(a) => a.query.lang,
        Command::Execution(a) => a.query.lang,
        Command::Chart(a) => a.query.lang,
        Command::Report(a) => a.query.lang,
        Command::Demo(a) => a.lang,
        Command::Completions { .. } | Command::Man { .. } => None,
    };
    crate::ui::set_lang(asked.unwrap_or_else(crate::i18n::Lang::of_environment));
    match cli.command {
        Command::Inspect(a) => inspect::run(a),
        Command::Import(a) => import::run(a),
        Command::Validate(a) => validate::run(a),
        Command::Breakdown(a) => breakdown::run(a),
        Command::Compare(a) => compare::run(a),
        Command::Execution(a) => execution::run(a),
        Command::Chart(a) => chart::run(a),
        Command::Report(a) => report::run(a),
        Command::Demo(a) => demo::run(a),
        Command::Completions { shell } => {
            use clap::CommandFactory;
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "ashyq", &mut out);
            crate::output::Dest::Stdout.write(|w| w.write_all(&out))
        }
        Command::Man { command } => {
            use clap::CommandFactory;
            let mut top = Cli::command();
            // Built, so that the page of clap's own `help` command is there too.
            top.build();
            let (page, title) = match command.as_deref() {
                None => (top, "ashyq".to_string()),
                Some(name) => {
                    let Some(sub) = top.find_subcommand(name).cloned() else {
                        let names: Vec<String> = top
                            .get_subcommands()
                            .map(|c| c.get_name().to_string())
                            .collect();
                        return Err(crate::Error::usage(
                            "COMMAND",
                            said!(NOT_A_COMMAND, name = name, pages = names.join(", ")),
                        ));
                    };
                    // Titled as "SEE ALSO" names it: ashyq-report(1).
                    (
                        sub.bin_name(format!("ashyq {name}")),
                        format!("ashyq-{name}"),
                    )
                }
            };
            let mut out = Vec::new();
            clap_mangen::Man::new(page)
                .title(title)
                .render(&mut out)
                .map_err(|e| crate::Error::Internal(format!("the manual page: {e}")))?;
            crate::output::Dest::Stdout.write(|w| w.write_all(&out))
        }
    }
}

/// Writes tables to the terminal or to `-o FILE` in the format asked.
pub fn emit(
    tables: &[Table],
    out: &OutArgs,
    inputs: &[std::path::PathBuf],
    currency: &str,
) -> Result<()> {
    let format = match (out.format, &out.output) {
        (Some(f), _) => f,
        (None, Some(p)) if p.as_os_str() != "-" => Format::from_path(p)
            .ok_or_else(|| Error::usage("--output", said!(TABLE_OUTPUT, path = p.display())))?,
        _ => Format::Text,
    };
    let dest = match &out.output {
        None => Dest::Stdout,
        Some(p) if p.as_os_str() == "-" => Dest::Stdout,
        Some(p) => Dest::new(p, inputs, out.force)?,
    };
    if matches!(dest, Dest::Stdout) && matches!(format, Format::Xlsx | Format::Parquet) {
        return Err(Error::usage("--format", said!(BINARY_STDOUT)));
    }
    match format {
        Format::Text => {
            // A terminal's width on stdout; a file is read whole.
            let width =
                (matches!(dest, Dest::Stdout) && !out.wide).then(crate::render::text::stdout_width);
            let s = crate::render::text::text(tables, width);
            let s = crate::ui::printable(&s, true).into_owned();
            dest.write(|w| w.write_all(s.as_bytes()))
        }
        Format::Md => {
            let s = table::markdown(tables);
            dest.write(|w| w.write_all(s.as_bytes()))
        }
        Format::Json => {
            let s = table::json(tables, currency);
            dest.write(|w| w.write_all(s.as_bytes()))
        }
        Format::Csv => dest.write(|w| table::write_csv(&tables[0], w, out.excel)),
        Format::Xlsx => {
            let bytes = table::xlsx(tables)
                .map_err(|e| Error::Internal(format!("a table as a workbook: {e}")))?;
            dest.write(|w| w.write_all(&bytes))
        }
        Format::Parquet => {
            dest.write(|w| table::write_parquet(&tables[0], w).map_err(std::io::Error::other))
        }
    }
}
