//! The `ashyq` binary: parse, run, map the error to an exit code.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match ashyq::cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) if !e.use_stderr() => {
            // --help and --version.
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // Bare `ashyq`: the commands and how to start, not only the tagline.
            let _ = e.print();
            return ExitCode::from(2);
        }
        Err(e) => {
            // In Kazakh or Russian when asked: the mistake in those words,
            // clap's suggestion kept.
            let args: Vec<String> = std::env::args().skip(1).collect();
            let lang = ashyq::ui::lang_of_args(&args);
            if lang != ashyq::i18n::Lang::En {
                if let Some(line) = ashyq::ui::clap_error_line(&e, lang) {
                    eprintln!("{line}");
                    return ExitCode::from(2);
                }
            }
            // One line: clap's message up to its first blank line, its tip
            // ("a similar subcommand exists: 'breakdown'"), then where to look.
            let text = e.render().to_string();
            let mut parts: Vec<&str> = text
                .lines()
                .take_while(|l| !l.trim().is_empty())
                .map(str::trim)
                .collect();
            parts.extend(
                text.lines()
                    .map(str::trim)
                    .filter(|l| l.starts_with("tip:")),
            );
            eprintln!("{} (see --help)", parts.join("; "));
            return ExitCode::from(2);
        }
    };
    // Panics are caught and said in one line (a damaged file's reader, or
    // a bug), never printed as a backtrace.
    std::panic::set_hook(Box::new(|_| {}));
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| ashyq::cmd::run(cli)));
    match outcome {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(e)) => {
            eprintln!("{}", ashyq::ui::error_line(&e));
            ExitCode::from(e.exit_code() as u8)
        }
        Err(payload) => {
            eprintln!(
                "error: internal error ({}); this is a bug in ashyq: please report it with the command and the file",
                ashyq::error::panic_message(payload.as_ref())
            );
            ExitCode::from(3)
        }
    }
}
