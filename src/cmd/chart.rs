//! `ashyq chart KIND SRC... -o FILE.png|svg`: one chart from the same query as the tables.

use crate::analysis::{breakdown, compare, execution, pick, Cube};
use crate::cli::{ChartArgs, SizeArg};
use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::model::Stage;
use crate::output::Dest;
use crate::query::{self, Loaded, Query};
use crate::render::chart::{self, spec, Body, Kind, Size, Spec};
use crate::said;

/// Runs `chart`.
pub fn run(args: ChartArgs) -> Result<()> {
    let ext = args
        .output
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let svg = match ext.as_deref() {
        Some("svg") => true,
        Some("png") => false,
        _ => {
            return Err(Error::usage(
                "--output",
                said!(CHART_OUTPUT, path = args.output.display()),
            ))
        }
    };
    let q = args.query.resolve()?;
    if args.kind == Kind::Flow {
        flow_flags(&q)?;
    }
    let dest = Dest::new(&args.output, &q.files, args.force)?;
    let l = q.load()?;
    let s = build(&args, &q, &l)?;
    let base = match args.size {
        SizeArg::Slide => Size::SLIDE,
        SizeArg::Report => Size::REPORT,
    };
    let size = Size {
        width: args.width.map(|w| w as f32).unwrap_or(base.width),
        height: args.height.map(|h| h as f32).unwrap_or(base.height),
        scale: args.scale,
        print: base.print,
    };
    if svg {
        let text = chart::svg(&s, size);
        dest.write(|w| w.write_all(text.as_bytes()))
    } else {
        let bytes = chart::png(&s, size)?;
        dest.write(|w| w.write_all(&bytes))
    }
}

/// The chart's spec from the query.
pub fn build(args: &ChartArgs, q: &Query, loaded: &Loaded) -> Result<Spec> {
    let ctx = spec::Context {
        lang: loaded.lang,
        unit: q.unit,
        currency: loaded.budget.currency.clone(),
        source: spec::source_line(&loaded.budget, loaded.lang, &spec::today()),
        title: args.title.clone(),
    };
    let top = |d: u32| args.top.unwrap_or(d) as usize;
    let s = match args.kind {
        Kind::Bar => {
            let mut cube = q.cube(loaded)?;
            let p = pick(&cube, q.year, q.stage)?;
            q.adjust(loaded, &mut cube, &[(p.year, p.stage)])?;
            let b = breakdown::breakdown(&cube, p, Some(top(12)));
            spec::bar(&b, &cube, &loaded.budget, &ctx, args.shares)
        }
        Kind::Treemap => {
            // The finest level unless --by or --level says otherwise.
            let cube = if q.grouping.is_some() {
                q.cube(loaded)?
            } else {
                let direction = crate::analysis::direction(&loaded.budget, q.direction)?;
                q.cube_by(loaded, direction, query::finest(&loaded.budget, direction))?
            };
            let mut cube = cube;
            let p = pick(&cube, q.year, q.stage)?;
            q.adjust(loaded, &mut cube, &[(p.year, p.stage)])?;
            let s =
                spec::treemap_in_groups(&cube, &loaded.budget, p.year, p.stage, &ctx, loaded.lang)?;
            if s.is_one_block() {
                let by = crate::i18n::why::grouping_label(
                    &cube.by,
                    cube.direction,
                    &loaded.budget,
                    ctx.lang,
                );
                let b = &loaded.budget;
                let dims: Vec<&str> = (0..b.dimensions.len())
                    .filter(|&d| query::tells_apart(b.items.iter(), d))
                    .map(|d| b.dimensions[d].as_str())
                    .collect();
                let dims = dims.join("\", \"");
                return Err(Error::usage(
                    "--by",
                    if dims.is_empty() {
                        said!(TREEMAP_ONE, by = by)
                    } else {
                        said!(TREEMAP_ONE_DIMS, by = by, dims = dims)
                    },
                ));
            }
            s
        }
        Kind::Stacked | Kind::Trend => {
            let mut cube = q.cube(loaded)?;
            let years: Vec<i32> = match args.years {
                Some((y1, y2)) => {
                    let have = cube.years();
                    for y in [y1, y2] {
                        if !have.contains(&y) {
                            return Err(Error::usage("--years", said!(NO_LINES_FOR, y = y)));
                        }
                    }
                    have.into_iter().filter(|y| (y1..=y2).contains(y)).collect()
                }
                None => cube.years(),
            };
            // A line needs two points: one year is a bar chart's.
            if args.kind == Kind::Trend && years.len() < 2 {
                let flag = if args.years.is_some() {
                    "--years"
                } else {
                    "SRC"
                };
                let y = years.first().map(i32::to_string).unwrap_or_default();
                return Err(Error::usage(flag, said!(TREND_ONE_YEAR, y = y)));
            }
            let stage = common_stage(&cube, &years, q.stage)?;
            let sides: Vec<(i32, crate::model::Stage)> =
                years.iter().map(|y| (*y, stage)).collect();
            let nominal = cube.clone();
            q.adjust(loaded, &mut cube, &sides)?;
            if args.kind == Kind::Stacked {
                spec::stacked(
                    &cube,
                    &loaded.budget,
                    &years,
                    stage,
                    top(6),
                    args.percent,
                    &ctx,
                )
            } else if q.adjust.real.is_some() {
                // Nominal and real side by side: per capita (if asked) applies to both.
                let mut nom = nominal;
                let mut q2 = q.clone();
                q2.adjust.real = None;
                q2.adjust(loaded, &mut nom, &sides)?;
                spec::trend(
                    &nom,
                    Some(&cube),
                    &loaded.budget,
                    &years,
                    stage,
                    top(6),
                    &ctx,
                )
            } else {
                spec::trend(&cube, None, &loaded.budget, &years, stage, top(6), &ctx)
            }
        }
        Kind::Waterfall => {
            let mut cube = q.cube(loaded)?;
            let (from, to) = match args.years {
                Some((y1, y2)) => (Some((y1, None)), Some((y2, None))),
                None => (args.from, args.to),
            };
            let (from, to, why) = compare::sides(&cube, from, to, q.stage)?;
            q.adjust(loaded, &mut cube, &[from, to])?;
            let c = compare::compare(&cube, from, to, why);
            spec::waterfall(&c, &cube, &loaded.budget, top(8), &ctx)
        }
        Kind::Execution => {
            let mut cube = q.cube(loaded)?;
            let e = execution::execution(&cube, q.year, args.threshold)?;
            q.adjust(
                loaded,
                &mut cube,
                &[(e.year, crate::model::Stage::Executed)],
            )?;
            let e = execution::execution(&cube, Some(e.year), args.threshold)?;
            spec::execution(&e, &cube, &loaded.budget, top(15), &ctx)
        }
        Kind::Flow => {
            let (f, revenue, expenditure) = q.flow(loaded, q.year, q.stage, top(8))?;
            spec::flow(&f, &revenue, &expenditure, &loaded.budget, &ctx)
        }
    };
    if is_empty(&s.body) {
        return Err(Error::usage(
            "SRC",
            said!(NOTHING_TO_CHART, kind = args.kind.as_str()),
        ));
    }
    Ok(s)
}

/// The flags a flow chart cannot take: one grouping or one direction would
/// not be the same on both sides. Checked before any file is read.
fn flow_flags(q: &Query) -> Result<()> {
    if q.grouping.is_some() {
        return Err(Error::usage("--by", said!(FLOW_NO_FLAG, flag = "--by")));
    }
    if q.direction.is_some() {
        return Err(Error::usage(
            "--direction",
            said!(FLOW_NO_FLAG, flag = "--direction"),
        ));
    }
    Ok(())
}

/// The stage asked for, else the most final stage present in every year.
fn common_stage(cube: &Cube, years: &[i32], asked: Option<Stage>) -> Result<Stage> {
    let common: Vec<Stage> = Stage::ALL
        .into_iter()
        .filter(|s| years.iter().all(|y| cube.stages(*y).contains(s)))
        .collect();
    match asked {
        Some(s) if common.contains(&s) => Ok(s),
        Some(s) => Err(Error::usage(
            "--stage",
            said!(NOT_EVERY_YEAR, stage = crate::i18n::why::stage_text(s)),
        )),
        None => common
            .last()
            .copied()
            .ok_or_else(|| Error::usage("--stage", said!(NO_SHARED_STAGE))),
    }
}

fn is_empty(body: &Body) -> bool {
    match body {
        Body::Bar(v) => v.is_empty(),
        Body::Stacked { series, .. } => series.is_empty(),
        Body::Trend { panels, .. } => panels.iter().all(|p| p.series.is_empty()),
        Body::Treemap { tiles, .. } => tiles.is_empty(),
        Body::Waterfall { steps, .. } => steps.len() < 2,
        Body::Execution { rows, .. } => rows.is_empty(),
        Body::Flow { sources, uses, .. } => sources.is_empty() || uses.is_empty(),
    }
}
