//! `ashyq validate SRC...`: are the publisher's totals reproduced by the lines?

use crate::cli::{InspectFormat, ValidateArgs};
use crate::error::Result;
use crate::import;
use crate::output::Dest;
use crate::render;

/// Runs `validate`.
pub fn run(args: ValidateArgs) -> Result<()> {
    let (budget, report) = import::load(&args.files, &args.source.options()?)?;
    for w in report.warnings() {
        crate::ui::warn(&w);
    }
    let text = match args.format {
        InspectFormat::Text => {
            let lang = crate::ui::lang();
            let mut t = render::validate::text(&budget, args.all, lang);
            t.push('\n');
            t.push_str(&render::validate::findings(
                &crate::analysis::checks::checks(&budget),
                args.all,
                lang,
            ));
            t
        }
        InspectFormat::Json => render::validate::json(&budget),
    };
    Dest::Stdout.write(|w| w.write_all(text.as_bytes()))
}
