//! `ashyq report SRC... -o DIR`: the hearing pack ([`crate::pack`]),
//! written into a folder that appears whole or not at all.

use crate::cli::ReportArgs;
use crate::error::Result;
use crate::output;

/// Runs `report`.
pub fn run(args: ReportArgs) -> Result<()> {
    let q = args.query.resolve()?;
    let mut reads = q.reads();
    reads.extend(args.query.source.map.clone());
    output::check_folder(&args.output, &reads, args.force)?;
    let l = q.load()?;
    let progress = crate::ui::Progress::start(&crate::i18n::messages::P_COMPUTING);
    let files = crate::pack::build(&q, &l, args.threshold, &progress)?;
    progress.step(&crate::i18n::messages::P_FOLDER);
    output::write_folder(&args.output, args.force, &files)?;
    drop(progress);
    for (name, bytes) in &files {
        crate::ui::info(&format!(
            "{}/{name} ({} bytes)",
            args.output.display(),
            bytes.len()
        ));
    }
    let said = crate::said!(
        crate::i18n::messages::WROTE_FILES,
        n = files.len(),
        dir = args.output.display(),
        index = args.output.join("index.html").display()
    );
    crate::ui::note(&format!("{}\n", said.in_(crate::ui::lang())));
    Ok(())
}
