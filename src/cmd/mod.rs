//! One short orchestration file per subcommand: resolve settings, call the
//! core, hand the result to a renderer.

pub mod breakdown;
pub mod chart;
pub mod compare;
pub mod demo;
pub mod execution;
pub mod import;
pub mod inspect;
pub mod query;
pub mod report;
pub mod validate;

use crate::cli::{Cli, Command};
use crate::error::Result;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    crate::ui::set(cli.quiet, cli.verbose);
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
        Command::Man => {
            use clap::CommandFactory;
            let mut out = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut out)
                .map_err(|e| crate::Error::io(std::path::Path::new("<stdout>"), e))?;
            crate::output::Dest::Stdout.write(|w| w.write_all(&out))
        }
    }
}
