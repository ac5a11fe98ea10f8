//! In-process chart timings (issue 5's floors: a 15-bar PNG at 1600×900
//! within 30 ms; a treemap of 600 programs within 100 ms).
//!
//!     cargo run --release --example bench_charts -- /tmp/ashyq-bench/city.xlsx
//!
//! Prints the median and the slowest of 20 renders of each, spec to PNG bytes.

use ashyq::analysis::{breakdown, pick, By, Cube};
use ashyq::i18n::{DisplayUnit, Lang};
use ashyq::render::chart::{self, spec, Size};
use std::time::Instant;

fn time(label: &str, mut f: impl FnMut() -> usize) {
    let mut t: Vec<f64> = (0..20)
        .map(|_| {
            let s = Instant::now();
            let n = f();
            assert!(n > 0);
            s.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    t.sort_by(f64::total_cmp);
    println!("{label}: median {:.1} ms, slowest {:.1} ms", t[10], t[19]);
}

fn main() -> ashyq::Result<()> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "data/sample_district_budget_akimat.xlsx".into());
    let (budget, _) = ashyq::import::load(&[path.into()], &ashyq::import::Options::default())?;
    let lang = Lang::Ru;
    let ctx = spec::Context {
        lang,
        unit: DisplayUnit::Auto,
        currency: budget.currency.clone(),
        source: spec::source_line(&budget, lang, "2026-11-28"),
        title: None,
    };
    let dir = ashyq::analysis::direction(&budget, None)?;
    let programs = Cube::build(&budget, dir, By::Code, &[])?;
    let p = pick(&programs, None, None)?;
    println!(
        "{} programs in {} {}",
        programs.keys.len(),
        p.year,
        p.stage.as_str()
    );
    let b = breakdown::breakdown(&programs, p.clone(), Some(14));
    let bars = spec::bar(&b, &programs, &budget, &ctx, false);
    time("bar, 15 bars, 1600x900 PNG", || {
        chart::png(&bars, Size::SLIDE).map(|v| v.len()).unwrap_or(0)
    });
    time("bar, 15 bars, 1600x900 SVG", || {
        chart::svg(&bars, Size::SLIDE).len()
    });
    let mut groups = Cube::build(&budget, dir, By::Level(1), &[])?;
    ashyq::i18n::why::name_groups(&mut groups, &budget, lang);
    let parent = |code: &str| {
        let first = *ashyq::analysis::code_parts(code).first()?;
        groups
            .keys
            .iter()
            .find(|k| k.code == first)
            .map(|k| k.name.clone())
    };
    let tm = spec::treemap(
        &programs,
        &budget,
        p.year,
        p.stage,
        &parent,
        &ctx,
        "программа",
    );
    time("treemap, all programs, 1600x900 PNG", || {
        chart::png(&tm, Size::SLIDE).map(|v| v.len()).unwrap_or(0)
    });
    time("treemap, all programs, 1600x900 SVG", || {
        chart::svg(&tm, Size::SLIDE).len()
    });
    Ok(())
}
