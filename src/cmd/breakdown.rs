//! `ashyq breakdown SRC...`: where the money goes.

use super::query;
use crate::analysis::{breakdown, pick};
use crate::cli::BreakdownArgs;
use crate::error::Result;
use crate::render::analysis::{self, View};

/// Runs `breakdown`.
pub fn run(a: BreakdownArgs) -> Result<()> {
    let src = &a.query.source;
    let only = src.year.zip(src.stage);
    let l = query::load_slice(&a.query, only)?;
    let mut cube = query::cube(&a.query, &l)?;
    let p = pick(&cube, a.query.source.year, a.query.source.stage, l.lang)?;
    query::adjust(&a.query, &l, &mut cube, &[p.year])?;
    let b = breakdown::breakdown(&cube, p, a.top.map(|n| n as usize));
    let view = View {
        lang: l.lang,
        unit: a.query.unit,
    };
    let t = analysis::breakdown(&b, &cube, &l.budget, view);
    query::emit(&[t], &a.out, &a.query.files, &cube.currency)
}
