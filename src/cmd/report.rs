//! `ashyq report SRC... -o DIR`: the hearing pack ([`crate::pack`]),
//! written into a folder that appears whole or not at all.

use crate::cli::ReportArgs;
use crate::error::Result;
use crate::output;

/// Runs `report`.
pub fn run(a: ReportArgs) -> Result<()> {
    let q = a.query.resolve()?;
    let mut reads = q.reads();
    reads.extend(a.query.source.map.clone());
    output::check_folder(&a.output, &reads, a.force)?;
    let l = q.load()?;
    let progress = crate::ui::Progress::start("computing tables and drawing charts");
    let files = crate::pack::build(&q, &l, a.threshold, &progress)?;
    progress.step("writing the folder");
    output::write_folder(&a.output, a.force, &files)?;
    drop(progress);
    for (name, bytes) in &files {
        crate::ui::info(&format!(
            "{}/{name} ({} bytes)",
            a.output.display(),
            bytes.len()
        ));
    }
    crate::ui::note(&format!(
        "wrote {} files into {}: open {}\n",
        files.len(),
        a.output.display(),
        a.output.join("index.html").display()
    ));
    Ok(())
}
