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
                crate::said!(crate::i18n::messages::NO_LAYOUT_TO_WRITE),
            ));
        };
        dest.write(|w| w.write_all(map.as_bytes()))?;
        crate::ui::note(&format!(
            "{}\n",
            crate::said!(crate::i18n::inspect::WROTE_MAP, path = path.display())
                .in_(crate::ui::lang())
        ));
    }
    let text = match args.format {
        InspectFormat::Text => crate::ui::printable(
            &render::inspect::text(&report, &budget, crate::ui::lang()),
            true,
        )
        .into_owned(),
        InspectFormat::Json => render::inspect::json(&report, &budget),
    };
    Dest::Stdout.write(|w| w.write_all(text.as_bytes()))
}
