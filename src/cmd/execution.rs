//! `ashyq execution SRC...`: was the plan spent.

use super::query;
use crate::analysis::execution;
use crate::cli::ExecutionArgs;
use crate::error::Result;
use crate::render::analysis::{self, View};

/// Runs `execution`.
pub fn run(a: ExecutionArgs) -> Result<()> {
    let l = query::load(&a.query)?;
    let mut cube = query::cube(&a.query, &l)?;
    let e = execution::execution(&cube, a.query.source.year, a.threshold, l.lang)?;
    query::adjust(&a.query, &l, &mut cube, &[e.year])?;
    // Amounts adjusted after the year was chosen: read the table off the adjusted cube.
    let e = execution::execution(&cube, Some(e.year), a.threshold, l.lang).map(|mut x| {
        x.why = e.why;
        x
    })?;
    let view = View {
        lang: l.lang,
        unit: a.query.unit,
    };
    let t = analysis::execution(&e, &cube, &l.budget, view);
    query::emit(&[t], &a.out, &a.query.files, &cube.currency)
}
