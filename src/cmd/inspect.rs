//! `ashyq inspect FILE`: what the file holds and every decision made.

use crate::cli::{InspectArgs, InspectFormat};
use crate::error::Result;
use crate::import;
use crate::output::Dest;
use crate::render;

/// Runs `inspect`.
pub fn run(args: InspectArgs) -> Result<()> {
    let (budget, report) = import::load(std::slice::from_ref(&args.file), &args.source.options()?)?;
    if let Some(path) = &args.write_map {
        let dest = Dest::new(path, std::slice::from_ref(&args.file), args.force)?;
        let Some(map) = import::mapping::from_report(&report) else {
            return Err(crate::Error::usage(
                "--write-map",
                "no sheet gave budget lines, so there is no layout to write",
            ));
        };
        dest.write(|w| w.write_all(map.as_bytes()))?;
        eprintln!("wrote the layout map {}", path.display());
    }
    let text = match args.format {
        InspectFormat::Text => {
            crate::ui::printable(&render::inspect::text(&report, &budget), true).into_owned()
        }
        InspectFormat::Json => render::inspect::json(&report, &budget),
    };
    Dest::Stdout.write(|w| w.write_all(text.as_bytes()))
}
