//! `ashyq breakdown SRC...`: where the money goes.

use crate::analysis::{breakdown, pick};
use crate::cli::BreakdownArgs;
use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::query::{Loaded, Query};
use crate::render::analysis::{self, View};
use crate::said;

/// Runs `breakdown`.
pub fn run(args: BreakdownArgs) -> Result<()> {
    let q = args.query.resolve()?;
    if args.side_by_side {
        return side_by_side(&args, &q);
    }
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

/// `breakdown --side-by-side`: each file read as a budget of its own.
fn side_by_side(args: &BreakdownArgs, q: &Query) -> Result<()> {
    if q.files.len() < 2 {
        return Err(Error::usage("--side-by-side", said!(SIDE_ONE_FILE)));
    }
    // A price index or a population is one place's: not for several.
    if q.adjust.real.is_some() || q.adjust.per_capita {
        let flag = if q.adjust.per_capita {
            "--per-capita"
        } else {
            "--real"
        };
        return Err(Error::usage(flag, said!(SIDE_NO_ADJUST, flag = flag)));
    }
    let mut loaded: Vec<Loaded> = Vec::with_capacity(q.files.len());
    for f in &q.files {
        let mut one = q.clone();
        one.files = vec![f.clone()];
        loaded.push(one.load()?);
    }
    let names = budget_names(&q.files);
    let first = &loaded[0];
    for (l, name) in loaded.iter().zip(&names).skip(1) {
        if l.budget.currency != first.budget.currency {
            return Err(Error::usage(
                "SRC",
                said!(
                    SIDE_CURRENCY,
                    a = names[0].as_str(),
                    ca = first.budget.currency.as_str(),
                    b = name.as_str(),
                    cb = l.budget.currency.as_str()
                ),
            ));
        }
    }
    let cubes = loaded
        .iter()
        .map(|l| q.cube(l))
        .collect::<Result<Vec<_>>>()?;
    let s = crate::analysis::side_by_side::side_by_side(&cubes, q.year, q.stage)?;
    // Every budget's marks (unreconciled, a part of the year) on the table.
    let mut cube = cubes[0].clone();
    for c in &cubes[1..] {
        for a in &c.adjustments {
            if !cube.adjustments.contains(a) {
                cube.adjustments.push(*a);
            }
        }
    }
    let view = View {
        lang: first.lang,
        unit: q.unit,
    };
    let t = crate::render::side_by_side::table(&s, &names, &cube, &first.budget, view);
    super::emit(&[t], &args.out, &q.files, &cube.currency)
}

/// What tells the files apart, as their budgets' names: the file names
/// less what they all share ("местный_бюджет_Павлодарская.csv" beside
/// "местный_бюджет_г_Алматы.csv" gives "Павлодарская" and "г Алматы").
fn budget_names(files: &[std::path::PathBuf]) -> Vec<String> {
    let stems: Vec<Vec<char>> = files
        .iter()
        .map(|f| {
            f.file_stem()
                .map(|s| s.to_string_lossy().chars().collect())
                .unwrap_or_default()
        })
        .collect();
    let shortest = stems.iter().map(Vec::len).min().unwrap_or(0);
    let same =
        |at: &dyn Fn(&Vec<char>) -> Option<char>| stems.windows(2).all(|w| at(&w[0]) == at(&w[1]));
    // What they share is cut only at a separator: "район_северный" and
    // "район_южный" share "район_" (and "ный", which is no word of its own).
    let sep = |c: Option<char>| c.is_some_and(|c| matches!(c, '_' | '-' | ' ' | '.'));
    let (mut head, mut cut) = (0, 0);
    while head < shortest && same(&|s: &Vec<char>| s.get(head).copied()) {
        head += 1;
        if sep(stems[0].get(head - 1).copied()) {
            cut = head;
        }
    }
    let head = cut;
    let (mut tail, mut cut) = (0, 0);
    while tail < shortest - head && same(&|s: &Vec<char>| s.get(s.len() - 1 - tail).copied()) {
        tail += 1;
        if sep(stems[0].get(stems[0].len() - tail).copied()) {
            cut = tail;
        }
    }
    let tail = cut;
    let names: Vec<String> = stems
        .iter()
        .map(|s| {
            let part: String = s[head..s.len() - tail].iter().collect();
            part.replace('_', " ").trim().to_string()
        })
        .collect();
    // Files told apart by nothing (or names made empty) keep their whole stems.
    let mut distinct = names.clone();
    distinct.sort();
    distinct.dedup();
    if distinct.len() < names.len() || names.iter().any(String::is_empty) {
        return stems.iter().map(|s| s.iter().collect()).collect();
    }
    names
}
