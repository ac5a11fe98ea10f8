//! `ashyq compare SRC...`: what changed between two years or stages.

use crate::analysis::compare;
use crate::cli::CompareArgs;
use crate::error::Result;
use crate::render::analysis::{self, View};

/// Runs `compare`.
pub fn run(args: CompareArgs) -> Result<()> {
    let q = args.query.resolve()?;
    let l = q.load()?;
    let mut cube = q.cube(&l)?;
    let (from, to) = match args.years {
        Some((y1, y2)) => (Some((y1, None)), Some((y2, None))),
        None => (args.from, args.to),
    };
    let (from, to, why) = compare::sides(&cube, from, to, q.stage)?;
    q.adjust(&l, &mut cube, &[from, to])?;
    let c = compare::compare(&cube, from, to, why);
    let view = View {
        lang: l.lang,
        unit: q.unit,
    };
    let tables = analysis::compare(&c, &cube, &l.budget, view, args.movers);
    super::emit(&tables, &args.out, &q.files, &cube.currency)
}
