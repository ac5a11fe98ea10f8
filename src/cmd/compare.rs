//! `ashyq compare SRC...`: what changed between two years or stages.

use super::query;
use crate::analysis::compare;
use crate::cli::CompareArgs;
use crate::error::Result;
use crate::render::analysis::{self, View};

/// Runs `compare`.
pub fn run(a: CompareArgs) -> Result<()> {
    let l = query::load(&a.query)?;
    let mut cube = query::cube(&a.query, &l)?;
    let (from, to) = match a.years {
        Some((y1, y2)) => (Some((y1, None)), Some((y2, None))),
        None => (a.from, a.to),
    };
    let (from, to, why) = compare::sides(&cube, from, to, a.query.source.stage, l.lang)?;
    query::adjust(&a.query, &l, &mut cube, &[from.0, to.0])?;
    let c = compare::compare(&cube, from, to, why);
    let view = View {
        lang: l.lang,
        unit: a.query.unit,
    };
    let tables = analysis::compare(&c, &cube, &l.budget, view, a.movers);
    query::emit(&tables, &a.out, &a.query.files, &cube.currency)
}
