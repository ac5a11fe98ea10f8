//! `ashyq breakdown SRC...`: where the money goes.

use crate::analysis::{breakdown, pick};
use crate::cli::BreakdownArgs;
use crate::error::Result;
use crate::render::analysis::{self, View};

/// Runs `breakdown`.
pub fn run(args: BreakdownArgs) -> Result<()> {
    let q = args.query.resolve()?;
    let l = q.load_slice(q.year.zip(q.stage))?;
    let mut cube = q.cube(&l)?;
    let p = pick(&cube, q.year, q.stage)?;
    q.adjust(&l, &mut cube, &[(p.year, p.stage)])?;
    let b = breakdown::breakdown(&cube, p, args.top.map(|n| n as usize));
    let view = View {
        lang: l.lang,
        unit: q.unit,
    };
    let t = analysis::breakdown(&b, &cube, &l.budget, view);
    super::emit(&[t], &args.out, &q.files, &cube.currency)
}
