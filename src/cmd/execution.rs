//! `ashyq execution SRC...`: was the plan spent.

use crate::analysis::execution;
use crate::cli::ExecutionArgs;
use crate::error::Result;
use crate::render::analysis::{self, View};

/// Runs `execution`.
pub fn run(args: ExecutionArgs) -> Result<()> {
    let q = args.query.resolve()?;
    let l = q.load()?;
    let mut cube = q.cube(&l)?;
    let e = execution::execution(&cube, q.year, args.threshold)?;
    q.adjust(&l, &mut cube, &[(e.year, crate::model::Stage::Executed)])?;
    // Amounts adjusted after the year was chosen: read the table off the adjusted cube.
    let e = execution::execution(&cube, Some(e.year), args.threshold).map(|mut x| {
        x.why = e.why;
        x
    })?;
    let view = View {
        lang: l.lang,
        unit: q.unit,
    };
    let t = analysis::execution(&e, &cube, &l.budget, view);
    super::emit(&[t], &args.out, &q.files, &cube.currency)
}
