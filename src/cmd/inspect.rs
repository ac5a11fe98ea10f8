//! `ashyq inspect FILE`: what the file holds and every decision made.

use crate::cli::{InspectArgs, InspectFormat};
use crate::error::Result;
use crate::import;
use crate::output::Dest;
use crate::render;

/// Runs `inspect`.
pub fn run(args: InspectArgs) -> Result<()> {
    let (budget, report) = import::load(std::slice::from_ref(&args.file), &args.source.options()?)?;
    let text = match args.format {
        InspectFormat::Text => render::inspect::text(&report, &budget),
        InspectFormat::Json => render::inspect::json(&report, &budget),
    };
    Dest::Stdout.write(|w| w.write_all(text.as_bytes()))
}
