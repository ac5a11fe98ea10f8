//! The hearing pack: every table and chart of the other commands, key facts
//! in plain language, data quality and the method, as the files of one
//! folder (index.html, report.md, charts/, tables/). One function per
//! section; [`commands`] holds the commands that reproduce each table; the
//! pack's words are in [`crate::i18n`]. Where the folder goes is
//! [`crate::output::write_folder`]'s business.

pub mod commands;
mod quality;

use crate::analysis::adjust::{City, Series};
use crate::analysis::compare::{self, Compare};
use crate::analysis::execution::{self, Execution, Flag};
use crate::analysis::{breakdown, pick, Adjustment, Cube, Pick, Reason};
use crate::error::{Error, Result};
use crate::i18n::fill;
use crate::i18n::pack::*;
use crate::i18n::{DisplayUnit, Lang};
use crate::model::{Budget, Stage};
use crate::query::{self, Loaded, Query};
use crate::render::analysis::{self as tables, View};
use crate::render::chart::{self, spec, Size, Spec};
use crate::render::facts::{self, Fact};
use crate::render::report::{self, Chart, Pack, Section};
use crate::render::table::{self, Table};
use commands::{by_flag, Commands};
use rust_decimal::Decimal;
use std::path::Path;

/// How many rows of a long table the page shows (the CSV has them all).
const PAGE_ROWS: usize = 60;
/// How many programs off their plan the pack lists, largest unspent first.
const FLAGGED_ROWS: usize = 1000;

/// What every section reads: the lines grouped at the default level and at
/// the finest, the year and stage shown, the display settings.
struct Basis<'a> {
    query: &'a Query,
    loaded: &'a Loaded,
    lang: Lang,
    budget: &'a Budget,
    /// The lines by the default grouping (functional groups).
    cube: Cube,
    /// The lines at the finest level of the codes (programs), or by code.
    programs: Cube,
    /// The year and stage shown.
    pick: Pick,
    /// The breakdown of that year and stage, every group.
    breakdown: breakdown::Breakdown,
    view: View,
    ctx: spec::Context,
    threshold: Decimal,
}

impl Basis<'_> {
    /// An amount in a sentence: "1 250,5 тыс. ₸", in the pack's unit.
    fn amount(&self, v: Decimal) -> String {
        format!(
            "{} {}",
            crate::i18n::amount(self.lang, v, self.view.unit),
            self.view.unit.short(self.lang, &self.budget.currency)
        )
    }
}

/// What the sections gather as they go: the tables (each written as CSV
/// and XLSX), the charts (SVG and PNG), and the commands that reproduce them.
struct Gathered {
    tables: Vec<Table>,
    charts: Vec<(String, Spec)>,
    commands: Commands,
}

impl Gathered {
    /// Adds a chart, returning its name for the section that shows it.
    fn chart(&mut self, name: &str, spec: Spec) -> String {
        self.charts.push((name.to_string(), spec));
        name.to_string()
    }

    /// Adds a table to a section and to the folder.
    fn table(&mut self, section: &mut Section, t: Table) {
        section.tables.push(t.clone());
        self.tables.push(t);
    }
}

/// A section with the names of the charts it shows (drawn at the end).
struct Part {
    section: Section,
    charts: Vec<String>,
}

/// Every file of the pack: index.html, report.md, charts/*, tables/*.
pub fn build(
    query: &Query,
    loaded: &Loaded,
    threshold: Decimal,
    progress: &crate::ui::Progress,
) -> Result<Vec<(String, Vec<u8>)>> {
    let basis = basis(query, loaded, threshold, progress)?;
    let lang = basis.lang;
    // The sides of the comparison and the group execution, computed once for both levels.
    progress.step(&crate::i18n::messages::P_COMPARING);
    let p = &basis.pick;
    let prev_year = basis.cube.years().into_iter().filter(|y| *y < p.year).max();
    let group_exec = execution::execution(&basis.cube, None, threshold);
    let exec_year = group_exec.as_ref().ok().map(|e| e.year);
    let sides = prev_year.map(|y| {
        compare::sides(
            &basis.cube,
            Some((y, Some(p.stage))),
            Some((p.year, Some(p.stage))),
            None,
        )
    });
    // The two heavy program-level tables run beside each other (a core each).
    let (program_cmp, program_exec) = std::thread::scope(|s| {
        let c = s.spawn(|| {
            sides
                .as_ref()
                .and_then(|r| r.as_ref().ok())
                .map(|(f, t, _)| compare::compare(&basis.programs, *f, *t, Vec::new()))
        });
        let e =
            exec_year.and_then(|y| execution::execution(&basis.programs, Some(y), threshold).ok());
        (c.join().ok().flatten(), e)
    });

    let mut g = Gathered {
        tables: Vec::new(),
        charts: Vec::new(),
        commands: Commands::new(query, lang),
    };
    progress.step(&crate::i18n::messages::P_WHERE);
    let where_ = where_the_money_goes(&basis, &mut g)?;
    let sources = where_it_comes_from(&basis);
    progress.step(&crate::i18n::messages::P_CHANGED);
    let (changed, cmp) = what_changed(&basis, sides, program_cmp.as_ref(), &mut g)?;
    progress.step(&crate::i18n::messages::P_SPENT);
    let (spent, exec, program_flags) = was_it_spent(&basis, group_exec, program_exec, &mut g);
    progress.step(&crate::i18n::messages::P_PER_RESIDENT);
    let real = per_resident_and_real(&basis, cmp.as_ref(), &mut g)?;
    let quality = quality::section(&basis, &mut g);
    let mut parts = vec![where_];
    parts.extend(comes_from(&basis, sources.as_ref(), &mut g));
    parts.extend([changed, spent, real.part, quality]);
    parts.push(method(&basis, &g.commands));

    progress.step(&crate::i18n::messages::P_DRAWING);
    let mut files = draw_charts(&g.charts, &mut parts)?;
    progress.step(&crate::i18n::messages::P_TABLES);
    files.extend(write_tables(&g.tables)?);
    let mut sections: Vec<Section> = parts.into_iter().map(|p| p.section).collect();
    cut_long_tables(&mut sections, lang);

    progress.step(&crate::i18n::messages::P_FACTS);
    let fact_list: Vec<Fact> = facts::facts(&facts::Input {
        lang,
        currency: &basis.budget.currency,
        unit: basis.view.unit,
        direction: basis.cube.direction,
        breakdown: &basis.breakdown,
        compare: cmp.as_ref(),
        finest: program_cmp.as_ref(),
        execution: exec.as_ref(),
        programs: program_flags,
        real: real.compare.as_ref().map(|(c, b)| (c, *b)),
        per_capita: real.per_capita,
        sources: sources.as_ref(),
    });
    let pack = page(&basis, fact_list, sections);
    // A public document names the files, not where they sit on the author's disk.
    let mut paths: Vec<String> = basis
        .budget
        .sources
        .iter()
        .map(|s| s.file.clone())
        .collect();
    paths.extend(query.files.iter().map(|f| f.display().to_string()));
    paths.extend(query.adjust.config.iter().map(|c| c.display().to_string()));
    let html = without_paths(report::html(&pack), &paths);
    let md = without_paths(report::markdown(&pack), &paths);
    files.push(("index.html".into(), html.into_bytes()));
    files.push(("report.md".into(), md.into_bytes()));
    Ok(files)
}

/// `text` with every one of `paths` (as written and as HTML escapes it)
/// replaced by its file name: "/home/aida/Загрузки/budget.xlsx" becomes "budget.xlsx".
fn without_paths(mut text: String, paths: &[String]) -> String {
    let mut paths: Vec<&String> = paths.iter().collect();
    // The longest first, so that no path is cut by a shorter one inside it.
    paths.sort_by_key(|p| std::cmp::Reverse(p.len()));
    paths.dedup();
    for p in paths {
        let Some(name) = Path::new(p)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
        else {
            continue;
        };
        if name == *p {
            continue;
        }
        let escaped = crate::render::report::esc(p);
        for form in [p.clone(), escaped] {
            if !form.is_empty() && text.contains(&form) {
                text = text.replace(&form, &name);
            }
        }
    }
    text
}

/// The lines grouped and the year and stage chosen, with the display unit
/// that fits the breakdown's largest amount.
fn basis<'a>(
    q: &'a Query,
    l: &'a Loaded,
    threshold: Decimal,
    progress: &crate::ui::Progress,
) -> Result<Basis<'a>> {
    let lang = l.lang;
    let budget = &l.budget;
    let cube = q.cube(l)?;
    let p = pick(&cube, q.year, q.stage)?;
    let b_full = breakdown::breakdown(&cube, p.clone(), None);
    let largest = b_full
        .rows
        .iter()
        .filter_map(|r| r.amount)
        .map(|a| a.abs())
        .max()
        .unwrap_or_default();
    let unit = q.unit.resolve(largest);
    let ctx = spec::Context {
        lang,
        unit,
        currency: budget.currency.clone(),
        source: spec::source_line(budget, lang, &spec::today()),
        title: None,
    };
    // The finest level: programs for Kazakh codes, else each line's code.
    progress.step(&crate::i18n::messages::P_SUMMING);
    let direction = cube.direction;
    let programs = q.cube_by(l, direction, query::finest(budget, direction))?;
    Ok(Basis {
        query: q,
        loaded: l,
        lang,
        budget,
        cube,
        programs,
        pick: p,
        breakdown: b_full,
        view: View { lang, unit },
        ctx,
        threshold,
    })
}

/// Where the money goes: the breakdown by group, its bar chart, and the
/// treemap of programs within groups.
fn where_the_money_goes(basis: &Basis, gathered: &mut Gathered) -> Result<Part> {
    let (p, budget) = (&basis.pick, basis.budget);
    let t_b = tables::breakdown(&basis.breakdown, &basis.cube, budget, basis.view);
    gathered.commands.breakdown(p);
    let bar = spec::bar(
        &breakdown::breakdown(&basis.cube, p.clone(), Some(12)),
        &basis.cube,
        budget,
        &basis.ctx,
        true,
    );
    let mut charts = vec![gathered.chart("where-the-money-goes", bar)];
    gathered
        .commands
        .chart_of_year("bar", p, " --shares", "where-the-money-goes.png");
    let programs = &basis.programs;
    if !programs.keys.is_empty() && !programs.total(p.year, p.stage).is_zero() {
        let tm =
            spec::treemap_in_groups(programs, budget, p.year, p.stage, &basis.ctx, basis.lang)?;
        // One block would show nothing the bar chart does not.
        if !tm.is_one_block() {
            charts.push(gathered.chart("programs-treemap", tm));
            gathered
                .commands
                .chart_of_year("treemap", p, "", "programs-treemap.png");
        }
    }
    let mut section = Section::new("where", basis.lang.t(&WHERE));
    section.text = crate::i18n::why::whys_plain(basis.lang, &p.why);
    gathered.table(&mut section, t_b);
    Ok(Part { section, charts })
}

/// Revenue by category beside a pack on expenditure, for the year and
/// stage shown, when the file holds the receipts classification's lines.
fn where_it_comes_from(basis: &Basis) -> Option<crate::analysis::revenue::Sources> {
    if basis.cube.direction != crate::model::Direction::Expenditure {
        return None;
    }
    crate::analysis::revenue::by_category(basis.budget, basis.pick.year, basis.pick.stage)
}

/// Where the money comes from: revenue by category (Kazakhstan's receipts
/// classification) and, when the file holds both directions, the flow from
/// revenue to expenditure; or why the flow is not drawn.
fn comes_from(
    basis: &Basis,
    sources: Option<&crate::analysis::revenue::Sources>,
    gathered: &mut Gathered,
) -> Option<Part> {
    use crate::model::Direction;
    let (lang, p) = (basis.lang, &basis.pick);
    let has = |d: Direction| basis.budget.items.iter().any(|i| i.direction == d);
    let mut section = Section::new("comes-from", lang.t(&COMES_FROM));
    let mut charts = Vec::new();
    if let Some(s) = sources {
        section.text.push(lang.t(&COMES_FROM_INTRO).to_string());
        gathered.table(
            &mut section,
            tables::revenue(s, &basis.budget.currency, basis.view),
        );
    }
    if has(Direction::Revenue) && has(Direction::Expenditure) {
        match basis
            .query
            .flow(basis.loaded, Some(p.year), Some(p.stage), 8)
        {
            Ok((f, revenue, expenditure)) => {
                let spec = spec::flow(&f, &revenue, &expenditure, basis.budget, &basis.ctx);
                section.text.push(lang.t(&FLOW_INTRO).to_string());
                charts.push(gathered.chart("money-flow", spec));
                gathered
                    .commands
                    .chart_of_year("flow", p, "", "money-flow.png");
            }
            Err(e) => {
                let why = match &e {
                    Error::Usage { message, .. } => message.in_(lang),
                    other => other.localized(lang),
                };
                section
                    .text
                    .push(fill(lang.t(&FLOW_NOT_DRAWN), &[("why", why)]));
            }
        }
    }
    if has(Direction::Revenue) {
        revenue_executed(basis, &mut section, gathered);
    }
    (!section.text.is_empty()).then_some(Part { section, charts })
}

/// Whether the revenue plan came in: the latest year with revenue both
/// planned and executed, by the revenue's default grouping (categories).
fn revenue_executed(basis: &Basis, section: &mut Section, gathered: &mut Gathered) {
    use crate::model::Direction;
    let (lang, budget) = (basis.lang, basis.budget);
    let Ok(cube) = basis.query.cube_by(
        basis.loaded,
        Direction::Revenue,
        crate::analysis::By::default_for(budget, Direction::Revenue),
    ) else {
        return;
    };
    let Ok(e) = execution::execution(&cube, None, basis.threshold) else {
        return;
    };
    let (Some(plan), Some(came), Some(rate)) = (e.total.plan, e.total.executed, e.total.rate)
    else {
        return;
    };
    let view = basis.view;
    let amount = |v: Decimal| basis.amount(v);
    section.text.push(fill(
        lang.t(&REVENUE_EXECUTED),
        &[
            ("year", e.year.to_string()),
            (
                "stage",
                crate::i18n::facts::stage_phrase(e.plan_stage, lang).into(),
            ),
            (
                "rate_dat",
                crate::i18n::grammar::inflect(
                    lang,
                    crate::i18n::percent(lang, rate),
                    crate::i18n::grammar::Case::Dative,
                ),
            ),
            ("rate", crate::i18n::percent(lang, rate)),
            ("came", amount(came)),
            ("plan", amount(plan)),
        ],
    ));
    section.text.extend(crate::i18n::why::whys(lang, &e.why));
    let mut t = tables::execution(&e, &cube, budget, view);
    t.name = "revenue-execution".into();
    gathered.table(section, t);
    gathered.commands.revenue_execution(e.year, basis.threshold);
}

/// The sides a comparison was asked for, with the reasons they were chosen.
type Sides = Result<((i32, Stage), (i32, Stage), Vec<Reason>)>;

/// What changed: the year before at the same stage, by group, with the
/// waterfall; movers, new and discontinued lines at the finest level.
fn what_changed(
    basis: &Basis,
    sides: Option<Sides>,
    program_cmp: Option<&Compare>,
    gathered: &mut Gathered,
) -> Result<(Part, Option<Compare>)> {
    let (lang, budget, view) = (basis.lang, basis.budget, basis.view);
    let mut section = Section::new("changed", lang.t(&CHANGED));
    let mut charts = Vec::new();
    let mut cmp = None;
    decisions_taken(basis, &mut section, gathered);
    match sides {
        Some(Ok((from, to, why))) => {
            // Two years' amounts in their own prices, when a price index says prices moved.
            let mut cube = basis.cube.clone();
            let mut programs = basis.programs.clone();
            if basis.query.has_price_index(basis.loaded) {
                cube.adjustments.push(Adjustment::CurrentPrices);
                programs.adjustments.push(Adjustment::CurrentPrices);
            }
            let c = compare::compare(&cube, from, to, why);
            let ts = tables::compare(&c, &cube, budget, view, 5);
            if let Some(first) = ts.into_iter().next() {
                gathered.table(&mut section, first);
            }
            gathered.commands.compare(from, to, None);
            let w = spec::waterfall(&c, &cube, budget, 8, &basis.ctx);
            charts.push(gathered.chart("what-changed", w));
            gathered.commands.waterfall(from, to);
            let programs = &programs;
            if programs.keys.len() > cube.keys.len() {
                let Some(pc) = program_cmp else {
                    return Err(Error::Internal("report: no program comparison".into()));
                };
                for mut t in tables::compare_lists(pc, programs, budget, view, 5) {
                    t.name = format!("programs-{}", t.name.replace('_', "-"));
                    gathered.table(&mut section, t);
                }
                gathered
                    .commands
                    .compare(from, to, Some(by_flag(programs, budget)));
            }
            cmp = Some(c);
        }
        Some(Err(e)) => section.text.push(e.to_string()),
        None => section.text.push(lang.t(&NO_PREVIOUS).into()),
    }
    Ok((Part { section, charts }, cmp))
}

/// How the decisions on the budget changed it, when the files are two or
/// more decisions (an approving one and its amendments): a sentence on the
/// expenditure of the year shown, first decision to last, and the table.
fn decisions_taken(basis: &Basis, section: &mut Section, gathered: &mut Gathered) {
    let entries = crate::analysis::decisions::history(basis.budget);
    if crate::analysis::decisions::decisions(&entries) < 2 {
        return;
    }
    let (lang, view) = (basis.lang, basis.view);
    let year = basis.pick.year;
    let stated: Vec<(&str, Decimal)> = entries
        .iter()
        .filter(|e| e.year == year)
        .filter_map(|e| Some((e.decision.as_str(), e.expenditure?.0)))
        .collect();
    if let (Some(first), Some(last)) = (stated.first(), stated.last()) {
        if first.0 != last.0 {
            let amount = |v: Decimal| basis.amount(v);
            // A change's sign as a reader sees it: "+4,0%", "−2,1%".
            let change = crate::analysis::ratio(last.1 - first.1, first.1)
                .map(|r| {
                    let p = crate::i18n::typeset_minus(crate::i18n::percent(lang, r));
                    if r > Decimal::ZERO {
                        format!("+{p}")
                    } else {
                        p
                    }
                })
                .unwrap_or_default();
            section.text.push(fill(
                lang.t(&DECISIONS_CHANGED),
                &[
                    ("year", year.to_string()),
                    ("n", stated.len().to_string()),
                    ("first", amount(first.1)),
                    ("first_d", first.0.to_string()),
                    ("last", amount(last.1)),
                    ("last_d", last.0.to_string()),
                    ("change", change),
                ],
            ));
        }
    }
    let t = crate::render::decisions::table(&entries, &basis.budget.currency, view);
    gathered.table(section, t);
}

/// Was it spent: execution by group with its chart, and the programs off
/// their plan, largest unspent first. Also returns the execution and the
/// count of programs under plan for the key facts.
fn was_it_spent(
    basis: &Basis,
    group_exec: Result<Execution>,
    program_exec: Option<Execution>,
    gathered: &mut Gathered,
) -> (Part, Option<Execution>, Option<(usize, usize)>) {
    let (lang, budget, view) = (basis.lang, basis.budget, basis.view);
    let threshold = basis.threshold;
    let mut section = Section::new("spent", lang.t(&SPENT));
    let mut charts = Vec::new();
    let Ok(e) = group_exec else {
        section.text.push(lang.t(&NO_EXECUTION).into());
        return (Part { section, charts }, None, None);
    };
    section.text.extend(crate::i18n::why::whys(lang, &e.why));
    let t = tables::execution(&e, &basis.cube, budget, view);
    gathered.table(&mut section, t);
    gathered.commands.execution(e.year, threshold, None);
    let chart = spec::execution(&e, &basis.cube, budget, 15, &basis.ctx);
    charts.push(gathered.chart("execution", chart));
    gathered.commands.execution_chart(e.year, threshold);
    let mut program_flags = None;
    if let Some(pe) = program_exec.filter(|pe| pe.year == e.year) {
        let under = pe.rows.iter().filter(|r| r.flag == Flag::Under).count();
        program_flags = Some((under, pe.rows.len()));
        let mut flagged = pe;
        flagged
            .rows
            .retain(|r| matches!(r.flag, Flag::Under | Flag::Over));
        // The ones that matter most: the largest unspent amounts first.
        flagged.rows.sort_by_key(|r| std::cmp::Reverse(r.unspent));
        let all_flagged = flagged.rows.len();
        flagged.rows.truncate(FLAGGED_ROWS);
        let mut t = tables::execution(&flagged, &basis.programs, budget, view);
        t.name = "flagged".into();
        t.title = fill(lang.t(&FLAGGED_TITLE), &[("year", e.year.to_string())]);
        if all_flagged > FLAGGED_ROWS {
            t.notes.push(fill(
                lang.t(&FLAGGED_CUT),
                &[
                    ("n", FLAGGED_ROWS.to_string()),
                    ("m", all_flagged.to_string()),
                ],
            ));
        }
        gathered.table(&mut section, t);
        gathered
            .commands
            .execution(e.year, threshold, Some(by_flag(&basis.programs, budget)));
    }
    (Part { section, charts }, Some(e), program_flags)
}

/// The section per resident and in real terms, with what the key facts read of it.
struct Real {
    part: Part,
    /// The comparison in the prices of the base year, and that year.
    compare: Option<(Compare, i32)>,
    /// The amount per resident in the year shown.
    per_capita: Option<Decimal>,
}

/// Per resident and in real terms: the breakdown per resident, the
/// comparison in constant prices, and nominal against real over the years
/// the price index covers.
fn per_resident_and_real(
    basis: &Basis,
    cmp: Option<&Compare>,
    gathered: &mut Gathered,
) -> Result<Real> {
    let (lang, budget, p) = (basis.lang, basis.budget, &basis.pick);
    let mut section = Section::new("real", lang.t(&REAL));
    let mut charts = Vec::new();
    let city = basis.loaded.city.clone().unwrap_or_default();
    let adjust = &basis.query.adjust;
    let cpi = match &adjust.cpi {
        Some(f) => City::read_series(f, "--cpi")?,
        None => city.cpi.clone(),
    };
    let population = match &adjust.population {
        Some(f) => City::read_series(f, "--population")?,
        None => city.population.clone(),
    };
    let mut real_cmp = None;
    let mut per_capita = None;
    if cpi.values.is_empty() && population.values.is_empty() {
        section.text.push(lang.t(&NO_SERIES).into());
    }
    if !population.values.is_empty() {
        let mut pc = basis.cube.clone();
        match pc.per_capita(&population, &[p.year]) {
            Ok(()) => {
                let b = breakdown::breakdown(&pc, p.clone(), None);
                per_capita = Some(b.total);
                let view = View {
                    lang,
                    unit: DisplayUnit::One,
                };
                let mut t = tables::breakdown(&b, &pc, budget, view);
                t.name = "per-capita".into();
                gathered.table(&mut section, t);
                gathered.commands.per_capita(p);
            }
            Err(e) => section.text.push(e.to_string()),
        }
    }
    if let (false, Some(c)) = (cpi.values.is_empty(), cmp) {
        let base = city.base_year.unwrap_or(p.year);
        let mut rc = basis.cube.clone();
        match rc.deflate(&cpi, base, &[c.from.0, c.to.0]) {
            Ok(()) => {
                let r = compare::compare(&rc, c.from, c.to, Vec::new());
                let mut t = tables::compare(&r, &rc, budget, basis.view, 0).remove(0);
                t.name = "real".into();
                gathered.table(&mut section, t);
                gathered.commands.real(c.from, c.to, base);
                real_cmp = Some((r, base));
                if let Some(name) = trend_real(basis, &cpi, base, gathered) {
                    charts.push(name);
                }
            }
            Err(e) => section.text.push(e.to_string()),
        }
    }
    Ok(Real {
        part: Part { section, charts },
        compare: real_cmp,
        per_capita,
    })
}

/// Nominal and real side by side over every year the index covers, when
/// it covers two or more.
fn trend_real(basis: &Basis, cpi: &Series, base: i32, gathered: &mut Gathered) -> Option<String> {
    let (cube, stage) = (&basis.cube, basis.pick.stage);
    let years: Vec<i32> = cube
        .years()
        .into_iter()
        .filter(|y| cpi.values.contains_key(y) && cube.stages(*y).contains(&stage))
        .collect();
    if years.len() < 2 {
        return None;
    }
    let mut rt = cube.clone();
    rt.deflate(cpi, base, &years).ok()?;
    let tr = spec::trend(cube, Some(&rt), basis.budget, &years, stage, 5, &basis.ctx);
    let name = gathered.chart("trend-real", tr);
    gathered.commands.trend_real(&years, stage, base);
    Some(name)
}

/// Method and sources: how amounts are summed, the files with their
/// SHA-256, the sheets, and the commands that reproduce each table.
fn method(basis: &Basis, commands: &Commands) -> Part {
    let lang = basis.lang;
    let mut method = Section::new("method", lang.t(&METHOD));
    method.text.push(lang.t(&EXACT).into());
    method.code.push(lang.t(&FILES).into());
    for s in &basis.budget.sources {
        method.code.push(format!("  {}  {}", s.sha256, s.file));
    }
    method.code.push(String::new());
    method.code.push(lang.t(&SHEETS).into());
    for f in &basis.loaded.report.files {
        for s in f.sheets.iter().filter(|s| s.lines > 0) {
            let unit = s
                .unit
                .as_ref()
                .map(|u| u.label.clone())
                .unwrap_or_else(|| "—".into());
            let name = if s.name.is_empty() {
                String::new()
            } else {
                format!(" «{}»", s.name)
            };
            method.code.push(format!(
                "  {}{name}: {unit}; {} / {}",
                Path::new(&f.file)
                    .file_name()
                    .map(|x| x.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                s.lines,
                s.totals
            ));
        }
    }
    let by_file = crate::render::inspect::by_file(basis.budget, lang);
    if let Some((_, rows)) = by_file.split_once('\n') {
        method.code.push(String::new());
        method.code.push(lang.t(&BY_FILE).into());
        method.code.extend(rows.lines().map(str::to_string));
    }
    // The price index and the population behind "in 2024 prices" and "per resident".
    let (cpi, population) = basis.query.series_used(basis.loaded);
    for (series, heading, dp) in [(&cpi, &PRICE_INDEX, 1), (&population, &POPULATION, 0)] {
        if let Some(s) = series {
            let values: Vec<String> = s
                .values
                .iter()
                .map(|(y, v)| format!("{y}: {}", crate::i18n::number(lang, *v, dp)))
                .collect();
            let origin = Path::new(&s.origin)
                .file_name()
                .map_or_else(|| s.origin.clone(), |n| n.to_string_lossy().into_owned());
            method.code.push(String::new());
            method
                .code
                .push(fill(lang.t(heading), &[("origin", origin)]));
            method.code.push(format!("  {}", values.join("; ")));
        }
    }
    method.code.push(String::new());
    method.code.push(lang.t(&COMMANDS).into());
    method
        .code
        .extend(commands.list.iter().map(|c| format!("  {c}")));
    Part {
        section: method,
        charts: Vec::new(),
    }
}

/// Draws every chart: SVG inline in its section (report size), SVG and PNG
/// (slide size) as files.
fn draw_charts(charts: &[(String, Spec)], parts: &mut [Part]) -> Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    let mut drawn: Vec<Chart> = Vec::new();
    for (i, (name, s)) in charts.iter().enumerate() {
        let svg = chart::svg_with_prefix(s, Size::REPORT, &format!("c{i}g"));
        files.push((format!("charts/{name}.svg"), svg.clone().into_bytes()));
        files.push((format!("charts/{name}.png"), chart::png(s, Size::SLIDE)?));
        drawn.push(Chart {
            name: name.clone(),
            title: s.title.clone(),
            svg,
        });
    }
    for part in parts {
        for n in &part.charts {
            if let Some(c) = drawn.iter().find(|c| &c.name == n) {
                part.section.charts.push(c.clone());
            }
        }
    }
    Ok(files)
}

/// Every table in full as CSV (with a BOM, for Excel) and XLSX.
fn write_tables(all: &[Table]) -> Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    for t in all {
        let mut csv = Vec::new();
        table::write_csv(t, &mut csv, true)
            .map_err(|e| Error::Internal(format!("a table as CSV: {e}")))?;
        files.push((format!("tables/{}.csv", t.name), csv));
        let x = table::xlsx(std::slice::from_ref(t))
            .map_err(|e| Error::Internal(format!("a table as a workbook: {e}")))?;
        files.push((format!("tables/{}.xlsx", t.name), x));
    }
    Ok(files)
}

/// Long tables are cut on the page, with a note naming the whole table's file.
fn cut_long_tables(sections: &mut [Section], lang: Lang) {
    for s in sections {
        for t in &mut s.tables {
            let body = t.totals_from;
            if body > PAGE_ROWS {
                t.notes.push(fill(
                    lang.t(&FIRST_ROWS),
                    &[
                        ("n", PAGE_ROWS.to_string()),
                        ("m", body.to_string()),
                        ("name", t.name.clone()),
                    ],
                ));
                t.rows.drain(PAGE_ROWS..body);
                t.totals_from = PAGE_ROWS;
            }
        }
    }
}

/// The page: title, subtitle, key facts, sections, footer.
fn page(basis: &Basis, facts: Vec<Fact>, sections: Vec<Section>) -> Pack {
    let (lang, budget) = (basis.lang, basis.budget);
    let city = basis.loaded.city.clone().unwrap_or_default();
    // The city config's name, else the file's own title, never the file's name.
    let own_title = basis
        .loaded
        .report
        .files
        .iter()
        .flat_map(|f| f.sheets.iter())
        .find(|s| s.lines > 0 && s.title.is_some())
        .and_then(|s| s.title.clone());
    let year = basis.pick.year.to_string();
    let title = match (city.name.get(lang), own_title) {
        (Some(city), _) => fill(
            lang.t(&REPORT_TITLE),
            &[("city", city.to_string()), ("year", year)],
        ),
        (None, Some(t)) => t,
        (None, None) => fill(lang.t(&REPORT_TITLE_PLAIN), &[("year", year)]),
    };
    Pack {
        lang,
        title,
        subtitle: fill(
            lang.t(&SUBTITLE),
            &[
                (
                    "dir",
                    tables::direction_name(basis.cube.direction, lang).to_string(),
                ),
                ("unit", basis.view.unit.label(lang, &budget.currency)),
            ],
        ),
        warnings: basis
            .cube
            .adjustments
            .iter()
            .filter_map(|a| match *a {
                Adjustment::Unreconciled { differ, checked } => Some(fill(
                    lang.t(&UNRECONCILED_PACK),
                    &[
                        ("differ", differ.to_string()),
                        ("checked", checked.to_string()),
                    ],
                )),
                _ => None,
            })
            .chain(stated_differs(basis))
            .chain(
                basis
                    .loaded
                    .report
                    .counted_twice(basis.cube.direction)
                    .iter()
                    .map(|w| crate::i18n::upper_first(&w.in_(lang)) + "."),
            )
            .collect(),
        facts,
        sections,
        footer: fill(
            lang.t(&GENERATED),
            &[
                ("version", env!("CARGO_PKG_VERSION").into()),
                ("date", spec::today()),
            ],
        ),
    }
}

/// Page 1's sentences on the figures a decision's point 1 states that its
/// own annex does not bear out: the hearing's first question.
fn stated_differs(basis: &Basis) -> Vec<String> {
    let (lang, budget, unit) = (basis.lang, basis.budget, basis.view.unit);
    let money = |d: rust_decimal::Decimal| {
        format!(
            "{} {}",
            crate::i18n::typeset_minus(crate::i18n::amount(lang, d, unit)),
            unit.short(lang, &budget.currency)
        )
    };
    budget
        .totals
        .iter()
        .filter(|t| t.in_text() && t.differs())
        .map(|t| {
            fill(
                lang.t(&STATED_DIFFERS),
                &[
                    ("label", t.label.clone()),
                    ("c", money(t.computed)),
                    ("d", money(t.difference())),
                ],
            )
        })
        .collect()
}
