//! `ashyq validate SRC...`: are the publisher's totals reproduced by the lines?

use crate::cli::{InspectFormat, ValidateArgs};
use crate::error::Result;
use crate::import;
use crate::output::Dest;
use crate::render;

/// Runs `validate`.
pub fn run(args: ValidateArgs) -> Result<()> {
    let (budget, _) = import::load(&args.files, &args.source.options()?)?;
    let text = match args.format {
        InspectFormat::Text => render::validate::text(&budget, args.all),
        InspectFormat::Json => render::validate::json(&budget),
    };
    Dest::Stdout.write(|w| w.write_all(text.as_bytes()))
}
