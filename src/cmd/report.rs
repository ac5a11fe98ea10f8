//! `ashyq report SRC... -o DIR`: the hearing pack. Every table and chart of
//! the other commands, key facts in plain language, data quality, and the
//! method, written into a folder that appears whole or not at all.

use super::query::{self, Loaded};
use crate::analysis::adjust::City;
use crate::analysis::compare::{self, Compare};
use crate::analysis::execution::{self, Flag};
use crate::analysis::{breakdown, fill, pick, stage_name, Cube};
use crate::cli::{QueryArgs, ReportArgs};
use crate::error::{Error, Result};
use crate::i18n::{DisplayUnit, Lang, Msg};
use crate::render::analysis::{self as tables, View};
use crate::render::chart::{self, spec, Size, Spec};
use crate::render::facts::{self, Fact};
use crate::render::report::{self, Chart, Pack, Section};
use crate::render::table::{self, Cell, Col, Table};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};

/// Runs `report`.
pub fn run(a: ReportArgs) -> Result<()> {
    check_dest(&a.output, &a.query.files, a.force)?;
    let l = query::load(&a.query)?;
    let progress = crate::ui::Progress::start("computing tables and drawing charts");
    let files = build(&a.query, &l, a.threshold, &progress)?;
    progress.step("writing the folder");
    write_dir(&a.output, a.force, &files)?;
    drop(progress);
    for (name, bytes) in &files {
        crate::ui::info(&format!(
            "{}/{name} ({} bytes)",
            a.output.display(),
            bytes.len()
        ));
    }
    crate::ui::note(&format!(
        "wrote {} files into {}: open {}\n",
        files.len(),
        a.output.display(),
        a.output.join("index.html").display()
    ));
    Ok(())
}

/// Refuses an existing folder without --force, a file in the way, or a folder that is an input.
pub fn check_dest(dir: &Path, inputs: &[PathBuf], force: bool) -> Result<()> {
    if dir.is_file() {
        return Err(Error::usage(
            "--output",
            format!("{} is a file; name a folder for the report", dir.display()),
        ));
    }
    if dir.exists() && !force {
        return Err(Error::usage(
            "--output",
            format!(
                "{} already exists; add --force to replace it",
                dir.display()
            ),
        ));
    }
    let d = std::fs::canonicalize(dir).ok();
    for i in inputs {
        let p = std::fs::canonicalize(i).ok();
        if let (Some(d), Some(p)) = (&d, &p) {
            if p.starts_with(d) {
                return Err(Error::usage(
                    "--output",
                    format!(
                        "{} holds the input {}; choose another folder",
                        dir.display(),
                        i.display()
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Writes the files into a new folder beside `dir`, then moves it in place.
pub fn write_dir(dir: &Path, force: bool, files: &[(String, Vec<u8>)]) -> Result<()> {
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".ashyq-report-")
        .tempdir_in(&parent)
        .map_err(|e| Error::io(&parent, e))?;
    for (name, bytes) in files {
        let p = tmp.path().join(name);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).map_err(|e| Error::io(d, e))?;
        }
        std::fs::write(&p, bytes).map_err(|e| Error::io(&p, e))?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755));
    }
    let staged = tmp.keep();
    if dir.exists() {
        if !force {
            let _ = std::fs::remove_dir_all(&staged);
            return Err(Error::usage(
                "--output",
                format!(
                    "{} already exists; add --force to replace it",
                    dir.display()
                ),
            ));
        }
        let old = parent.join(format!(
            ".ashyq-old-{}",
            staged
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default()
        ));
        std::fs::rename(dir, &old).map_err(|e| Error::io(dir, e))?;
        if let Err(e) = std::fs::rename(&staged, dir) {
            let _ = std::fs::rename(&old, dir);
            return Err(Error::io(dir, e));
        }
        let _ = std::fs::remove_dir_all(&old);
    } else {
        std::fs::rename(&staged, dir).map_err(|e| {
            let _ = std::fs::remove_dir_all(&staged);
            Error::io(dir, e)
        })?;
    }
    Ok(())
}

const REPORT_TITLE: Msg = Msg {
    kk: "{city} бюджеті: {year} жыл",
    ru: "Бюджет: {city}, {year} год",
    en: "{city} budget, {year}",
};
const SUBTITLE: Msg = Msg {
    kk: "Қоғамдық тыңдауға арналған материалдар · {dir} · {unit}",
    ru: "Материалы к публичным слушаниям · {dir} · {unit}",
    en: "Facts for the public hearing · {dir} · {unit}",
};
const WHERE: Msg = Msg {
    kk: "Қаржы қайда жұмсалады",
    ru: "Куда идут деньги",
    en: "Where the money goes",
};
const CHANGED: Msg = Msg {
    kk: "Не өзгерді",
    ru: "Что изменилось",
    en: "What changed",
};
const SPENT: Msg = Msg {
    kk: "Бюджет қалай игерілді",
    ru: "Исполнен ли бюджет",
    en: "Was it spent",
};
const REAL: Msg = Msg {
    kk: "Бір тұрғынға және нақты мәнде",
    ru: "На жителя и в реальном выражении",
    en: "Per resident and in real terms",
};
const QUALITY: Msg = Msg {
    kk: "Деректер сапасы",
    ru: "Качество данных",
    en: "Data quality",
};
const METHOD: Msg = Msg {
    kk: "Әдіс және дереккөздер",
    ru: "Метод и источники",
    en: "Method and sources",
};
const NO_PREVIOUS: Msg = Msg {
    kk: "Салыстыру үшін алдыңғы жылдың деректері жоқ.",
    ru: "Данных за предыдущий год для сравнения нет.",
    en: "The data has no earlier year to compare with.",
};
const NO_EXECUTION: Msg = Msg {
    kk: "Деректерде атқарылу сомалары жоқ.",
    ru: "В данных нет сумм исполнения.",
    en: "The data has no executed amounts.",
};
const NO_SERIES: Msg = Msg {
    kk: "Халық саны мен баға индексі берілмеген: қала конфигурациясына [population] және [cpi] қосыңыз (--config city.toml).",
    ru: "Численность населения и индекс цен не заданы: добавьте [population] и [cpi] в конфигурацию города (--config city.toml).",
    en: "No population or price index given: add [population] and [cpi] to a city config (--config city.toml).",
};
const RECONCILED: Msg = Msg {
    kk: "Жарияланған қорытындылар: {m}; жолдар {minor} дейін дәл қайталайтыны: {n}.",
    ru: "Строки воспроизводят {n} из {m} опубликованных итогов с точностью до {minor}.",
    en: "The lines reproduce {n} of the {m} published totals to the {minor}.",
};
const NO_TOTALS: Msg = Msg {
    kk: "Файлдарда тексерілетін жарияланған қорытындылар табылмады.",
    ru: "В файлах не найдено опубликованных итогов для сверки.",
    en: "The files hold no published totals to check.",
};
const WARNINGS: Msg = Msg {
    kk: "Импорт ескертулері (импорттаушы оларды ағылшынша жазады):",
    ru: "Предупреждения импорта (импорт пишет их по-английски):",
    en: "Import warnings:",
};
const FILES: Msg = Msg {
    kk: "Файлдар (SHA-256):",
    ru: "Файлы (SHA-256):",
    en: "Files (SHA-256):",
};
const SHEETS: Msg = Msg {
    kk: "Парақтар, бірліктер, жолдар, жолдардан шығарылған жарияланған қорытындылар:",
    ru: "Листы, единицы, строки, опубликованные итоги (исключены из строк):",
    en: "Sheets, units, lines, published totals (kept out of the lines):",
};
const COMMANDS: Msg = Msg {
    kk: "Әр кестені қайта шығаратын командалар:",
    ru: "Команды, воспроизводящие каждую таблицу:",
    en: "Commands that reproduce each table:",
};
const EXACT: Msg = Msg {
    kk: "Барлық сомалар дерекқордағы ұяшықтардан дәл қосылды (өңделмеген, жуықтаусыз); кестелердегі дөңгелектеу тек көрсету үшін. Әр жолдың ұяшығы tables/ және ashyq import шығысында көрсетілген.",
    ru: "Все суммы сложены точно из ячеек источника (без округления); округление в таблицах — только при показе. Ячейка каждой строки указана в выгрузке ashyq import.",
    en: "Every amount is summed exactly from the source's cells; tables round only when they show a number. Each line's cell is in the output of ashyq import.",
};
const FIRST_ROWS: Msg = Msg {
    kk: "Алғашқы {n} жол көрсетілген ({m} ішінен); толық кесте: tables/{name}.csv.",
    ru: "Показаны первые {n} строк из {m}; полная таблица: tables/{name}.csv.",
    en: "The first {n} of {m} rows are shown; the whole table is tables/{name}.csv.",
};
const FLAGGED_TITLE: Msg = Msg {
    kk: "Жоспардан ауытқыған бағдарламалар, {year}",
    ru: "Программы с отклонением от плана, {year}",
    en: "Programs off their plan, {year}",
};
const DIFFERS_TITLE: Msg = Msg {
    kk: "Жолдар қайталамайтын жарияланған қорытындылар",
    ru: "Опубликованные итоги, не совпадающие с суммой строк",
    en: "Published totals the lines do not reproduce",
};
const GENERATED: Msg = Msg {
    kk: "ashyq {version} жасаған, {date}. Әр сан дереккөздің ұяшығына дейін ізделеді.",
    ru: "Подготовлено ashyq {version}, {date}. Каждое число прослеживается до ячейки источника.",
    en: "Made by ashyq {version} on {date}. Every number traces back to a cell of the source.",
};

/// How many rows of a long table the page shows (the CSV has them all).
const PAGE_ROWS: usize = 60;
/// How many programs off their plan the pack lists, largest unspent first.
const FLAGGED_ROWS: usize = 1000;
const FLAGGED_CUT: Msg = Msg {
    kk: "Игерілмеген сомасы ең үлкен {n} бағдарлама ({m} ішінен); бәрі: ashyq execution ... --by program -o all.csv",
    ru: "{n} программ с наибольшим неосвоенным остатком из {m}; все: ashyq execution ... --by program -o all.csv",
    en: "The {n} programs with the largest unspent amounts, of {m}; all of them: ashyq execution ... --by program -o all.csv",
};

/// Every file of the pack: index.html, report.md, charts/*, tables/*.
pub fn build(
    q: &QueryArgs,
    l: &Loaded,
    threshold: Decimal,
    progress: &crate::ui::Progress,
) -> Result<Vec<(String, Vec<u8>)>> {
    let lang = l.lang;
    let budget = &l.budget;
    let cube = query::cube(q, l)?;
    let p = pick(&cube, q.source.year, q.source.stage, lang)?;
    let b_full = breakdown::breakdown(&cube, p.clone(), None);
    let unit = q.unit.resolve(
        b_full
            .rows
            .iter()
            .filter_map(|r| r.amount)
            .map(|a| a.abs())
            .max()
            .unwrap_or_default(),
    );
    let view = View { lang, unit };
    let ctx = spec::Context {
        lang,
        unit,
        currency: budget.currency.clone(),
        source: spec::source_line(budget, lang, &spec::today()),
        title: None,
    };
    // The finest level: programs for Kazakh codes, else each line's code.
    progress.step("summing by program");
    let programs = program_cube(q, l, cube.direction)?;
    // The two heavy program-level tables run beside each other (a core each).
    progress.step("comparing and checking execution by program");
    // The sides of the comparison and the group execution, computed once for both levels.
    let prev_year = cube.years().into_iter().filter(|y| *y < p.year).max();
    let group_exec = execution::execution(&cube, None, threshold, lang);
    let exec_year = group_exec.as_ref().ok().map(|e| e.year);
    let sides = prev_year.map(|y| {
        compare::sides(
            &cube,
            Some((y, Some(p.stage))),
            Some((p.year, Some(p.stage))),
            None,
            lang,
        )
    });
    let (program_cmp, program_exec) = std::thread::scope(|s| {
        let c = s.spawn(|| {
            sides
                .as_ref()
                .and_then(|r| r.as_ref().ok())
                .map(|(f, t, _)| compare::compare(&programs, *f, *t, Vec::new()))
        });
        let e =
            exec_year.and_then(|y| execution::execution(&programs, Some(y), threshold, lang).ok());
        (c.join().ok().flatten(), e)
    });
    progress.step("where the money goes");
    let files_arg = q
        .files
        .iter()
        .map(|f| shell_quote(&f.display().to_string()))
        .collect::<Vec<_>>()
        .join(" ");
    let lang_arg = format!("--lang {}", lang.code());
    let mut commands: Vec<String> = Vec::new();
    let mut charts: Vec<(String, Spec)> = Vec::new();
    let mut all_tables: Vec<Table> = Vec::new();
    let mut sections: Vec<Section> = Vec::new();

    // Where the money goes.
    let t_b = tables::breakdown(&b_full, &cube, budget, view);
    commands.push(format!(
        "ashyq breakdown {files_arg} --year {} --stage {} {lang_arg}",
        p.year,
        p.stage.as_str()
    ));
    let bar = spec::bar(
        &breakdown::breakdown(&cube, p.clone(), Some(12)),
        &cube,
        budget,
        &ctx,
        true,
    );
    charts.push(("where-the-money-goes".into(), bar));
    commands.push(format!(
        "ashyq chart bar {files_arg} --year {} --stage {} --shares {lang_arg} -o where-the-money-goes.png",
        p.year,
        p.stage.as_str()
    ));
    if let Some(tm) = treemap(&programs, budget, &p, &ctx, lang)? {
        charts.push(("programs-treemap".into(), tm));
        commands.push(format!(
            "ashyq chart treemap {files_arg} --year {} --stage {} {lang_arg} -o programs-treemap.png",
            p.year,
            p.stage.as_str()
        ));
    }
    let mut where_sec = Section::new("where", lang.t(&WHERE));
    where_sec.text = p.why.clone();
    where_sec.tables.push(t_b.clone());
    sections.push(where_sec);
    all_tables.push(t_b);
    let where_charts: Vec<String> = charts.iter().map(|c| c.0.clone()).collect();

    progress.step("what changed");
    // What changed: the year before, same stage.
    let mut cmp: Option<Compare> = None;
    let mut changed = Section::new("changed", lang.t(&CHANGED));
    let mut changed_charts = Vec::new();
    match sides {
        Some(Ok((from, to, why))) => {
            let c = compare::compare(&cube, from, to, why);
            let ts = tables::compare(&c, &cube, budget, view, 5);
            changed.tables.push(ts[0].clone());
            all_tables.extend(ts.into_iter().take(1));
            commands.push(format!(
                "ashyq compare {files_arg} --from {}:{} --to {}:{} {lang_arg}",
                from.0,
                from.1.as_str(),
                to.0,
                to.1.as_str()
            ));
            charts.push((
                "what-changed".into(),
                spec::waterfall(&c, &cube, budget, 8, &ctx),
            ));
            changed_charts.push("what-changed".to_string());
            commands.push(format!(
                "ashyq chart waterfall {files_arg} --from {}:{} --to {}:{} {lang_arg} -o what-changed.png",
                from.0,
                from.1.as_str(),
                to.0,
                to.1.as_str()
            ));
            // Movers, new and discontinued lines, at the finest level.
            if programs.keys.len() > cube.keys.len() {
                let Some(pc) = program_cmp.as_ref() else {
                    return Err(Error::usage("SRC", "internal: no program comparison"));
                };
                let pts = tables::compare_lists(pc, &programs, budget, view, 5);
                for mut t in pts {
                    t.name = format!("programs-{}", t.name.replace('_', "-"));
                    changed.tables.push(t.clone());
                    all_tables.push(t);
                }
                commands.push(format!(
                    "ashyq compare {files_arg} --from {}:{} --to {}:{} {} {lang_arg}",
                    from.0,
                    from.1.as_str(),
                    to.0,
                    to.1.as_str(),
                    by_flag(&programs, budget)
                ));
            }
            cmp = Some(c);
        }
        Some(Err(e)) => changed.text.push(e.to_string()),
        None => changed.text.push(lang.t(&NO_PREVIOUS).into()),
    }
    sections.push(changed);

    progress.step("was it spent");
    // Was it spent.
    let mut spent = Section::new("spent", lang.t(&SPENT));
    let mut spent_charts = Vec::new();
    let mut exec = None;
    let mut program_flags = None;
    match group_exec {
        Ok(e) => {
            spent.text.extend(e.why.clone());
            let t = tables::execution(&e, &cube, budget, view);
            spent.tables.push(t.clone());
            all_tables.push(t);
            commands.push(format!(
                "ashyq execution {files_arg} --year {} --threshold {} {lang_arg}",
                e.year,
                threshold.normalize()
            ));
            charts.push((
                "execution".into(),
                spec::execution(&e, &cube, budget, 15, &ctx),
            ));
            spent_charts.push("execution".to_string());
            commands.push(format!(
                "ashyq chart execution {files_arg} --year {} --threshold {} {lang_arg} -o execution.png",
                e.year,
                threshold.normalize()
            ));
            if let Some(pe) = program_exec.filter(|pe| pe.year == e.year) {
                let under = pe.rows.iter().filter(|r| r.flag == Flag::Under).count();
                program_flags = Some((under, pe.rows.len()));
                let mut flagged = pe;
                flagged
                    .rows
                    .retain(|r| matches!(r.flag, Flag::Under | Flag::Over));
                flagged.rows.sort_by_key(|r| std::cmp::Reverse(r.unspent));
                // The ones that matter most: the largest unspent amounts first.
                let all_flagged = flagged.rows.len();
                flagged.rows.truncate(FLAGGED_ROWS);
                let mut t = tables::execution(&flagged, &programs, budget, view);
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
                spent.tables.push(t.clone());
                all_tables.push(t);
                commands.push(format!(
                    "ashyq execution {files_arg} --year {} --threshold {} {} {lang_arg}",
                    e.year,
                    threshold.normalize(),
                    by_flag(&programs, budget)
                ));
            }
            exec = Some(e);
        }
        Err(_) => spent.text.push(lang.t(&NO_EXECUTION).into()),
    }
    sections.push(spent);

    progress.step("per resident and in real terms");
    // Per resident and in real terms.
    let mut real_sec = Section::new("real", lang.t(&REAL));
    let mut real_charts = Vec::new();
    let city = l.city.clone().unwrap_or_default();
    let cpi = match &q.cpi {
        Some(f) => City::read_series(f, "--cpi")?,
        None => city.cpi.clone(),
    };
    let population = match &q.population {
        Some(f) => City::read_series(f, "--population")?,
        None => city.population.clone(),
    };
    let mut real_cmp = None;
    let mut per_capita = None;
    if cpi.values.is_empty() && population.values.is_empty() {
        real_sec.text.push(lang.t(&NO_SERIES).into());
    }
    let config_arg = q
        .config
        .as_ref()
        .map(|c| format!(" --config {}", shell_quote(&c.display().to_string())))
        .unwrap_or_default();
    if !population.values.is_empty() {
        let mut pc = cube.clone();
        match pc.per_capita(&population, &[p.year], lang) {
            Ok(()) => {
                let b = breakdown::breakdown(&pc, p.clone(), None);
                per_capita = Some(b.total);
                let mut t = tables::breakdown(
                    &b,
                    &pc,
                    budget,
                    View {
                        lang,
                        unit: DisplayUnit::One,
                    },
                );
                t.name = "per-capita".into();
                real_sec.tables.push(t.clone());
                all_tables.push(t);
                commands.push(format!(
                    "ashyq breakdown {files_arg} --year {} --stage {}{config_arg} --per-capita --unit one {lang_arg}",
                    p.year,
                    p.stage.as_str()
                ));
            }
            Err(e) => real_sec.text.push(e.to_string()),
        }
    }
    if let (false, Some(c)) = (cpi.values.is_empty(), &cmp) {
        let base = city.base_year.unwrap_or(p.year);
        let mut rc = cube.clone();
        match rc.deflate(&cpi, base, &[c.from.0, c.to.0], lang) {
            Ok(()) => {
                let r = compare::compare(&rc, c.from, c.to, Vec::new());
                let mut t = tables::compare(&r, &rc, budget, view, 0).remove(0);
                t.name = "real".into();
                real_sec.tables.push(t.clone());
                all_tables.push(t);
                commands.push(format!(
                    "ashyq compare {files_arg} --from {}:{} --to {}:{}{config_arg} --real {base} {lang_arg}",
                    c.from.0,
                    c.from.1.as_str(),
                    c.to.0,
                    c.to.1.as_str()
                ));
                real_cmp = Some((r, base));
                // Nominal and real side by side over every year the index covers.
                let years: Vec<i32> = cube
                    .years()
                    .into_iter()
                    .filter(|y| cpi.values.contains_key(y) && cube.stages(*y).contains(&p.stage))
                    .collect();
                if years.len() >= 2 {
                    let mut rt = cube.clone();
                    if rt.deflate(&cpi, base, &years, lang).is_ok() {
                        let tr = spec::trend(&cube, Some(&rt), budget, &years, p.stage, 5, &ctx);
                        charts.push(("trend-real".into(), tr));
                        real_charts.push("trend-real".to_string());
                        commands.push(format!(
                            "ashyq chart trend {files_arg} --years {}..{} --stage {}{config_arg} --real {base} {lang_arg} -o trend-real.png",
                            years[0],
                            years[years.len() - 1],
                            p.stage.as_str()
                        ));
                    }
                }
            }
            Err(e) => real_sec.text.push(e.to_string()),
        }
    }
    sections.push(real_sec);

    // Data quality.
    let mut quality = Section::new("quality", lang.t(&QUALITY));
    let m = budget.totals.len();
    if m == 0 {
        quality.text.push(lang.t(&NO_TOTALS).into());
    } else {
        let n = budget.totals.iter().filter(|t| t.reproduced()).count();
        let minor = match (budget.currency.as_str(), lang) {
            ("KZT", Lang::Kk) => "тиынға",
            ("KZT", Lang::Ru) => "тиына",
            ("KZT", Lang::En) => "tiyn",
            (_, Lang::Kk) => "центке",
            (_, Lang::Ru) => "цента",
            (_, Lang::En) => "cent",
        };
        quality.text.push(fill(
            lang.t(&RECONCILED),
            &[
                ("n", n.to_string()),
                ("m", m.to_string()),
                ("minor", minor.into()),
            ],
        ));
        if n < m {
            let t = differences(l, lang, view);
            quality.tables.push(t.clone());
            all_tables.push(t);
            commands.push(format!("ashyq validate {files_arg}"));
        }
    }
    let warnings = l.report.warnings();
    if !warnings.is_empty() {
        quality.text.push(lang.t(&WARNINGS).into());
        quality.code.extend(warnings);
    }
    sections.push(quality);

    // Method and sources.
    let mut method = Section::new("method", lang.t(&METHOD));
    method.text.push(lang.t(&EXACT).into());
    method.code.push(lang.t(&FILES).into());
    for s in &budget.sources {
        method.code.push(format!("  {}  {}", s.sha256, s.file));
    }
    method.code.push(String::new());
    method.code.push(lang.t(&SHEETS).into());
    for f in &l.report.files {
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
    method.code.push(String::new());
    method.code.push(lang.t(&COMMANDS).into());
    method
        .code
        .extend(commands.iter().map(|c| format!("  {c}")));
    sections.push(method);

    progress.step("drawing charts");
    // Charts: SVG inline (report size), PNG beside (slide size).
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut svgs: Vec<(String, Chart)> = Vec::new();
    for (i, (name, s)) in charts.iter().enumerate() {
        let svg = chart::svg_with_prefix(s, Size::REPORT, &format!("c{i}g"));
        files.push((format!("charts/{name}.svg"), svg.clone().into_bytes()));
        files.push((format!("charts/{name}.png"), chart::png(s, Size::SLIDE)?));
        svgs.push((
            name.clone(),
            Chart {
                name: name.clone(),
                title: s.title.clone(),
                svg,
            },
        ));
    }
    let place = |names: &[String], sec: &mut Section| {
        for n in names {
            if let Some((_, c)) = svgs.iter().find(|(x, _)| x == n) {
                sec.charts.push(c.clone());
            }
        }
    };
    place(&where_charts, &mut sections[0]);
    place(&changed_charts, &mut sections[1]);
    place(&spent_charts, &mut sections[2]);
    place(&real_charts, &mut sections[3]);

    progress.step("writing tables");
    // Tables: every one in full as CSV and XLSX; long ones cut on the page.
    for t in &all_tables {
        let mut csv = Vec::new();
        table::write_csv(t, &mut csv, true).map_err(|e| Error::usage("--output", e.to_string()))?;
        files.push((format!("tables/{}.csv", t.name), csv));
        let x = table::xlsx(std::slice::from_ref(t)).map_err(|e| {
            Error::usage(
                "--output",
                format!("the workbook could not be written: {e}"),
            )
        })?;
        files.push((format!("tables/{}.xlsx", t.name), x));
    }
    for s in &mut sections {
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

    progress.step("key facts and the page");
    let fact_list: Vec<Fact> = facts::facts(&facts::Input {
        lang,
        currency: &budget.currency,
        unit,
        direction: cube.direction,
        breakdown: &b_full,
        compare: cmp.as_ref(),
        execution: exec.as_ref(),
        programs: program_flags,
        real: real_cmp.as_ref().map(|(c, b)| (c, *b)),
        per_capita,
    });
    let city_name = city.name.get(lang).map(str::to_string).unwrap_or_else(|| {
        budget
            .sources
            .first()
            .map(|s| {
                Path::new(&s.file)
                    .file_stem()
                    .map(|x| x.to_string_lossy().into_owned())
                    .unwrap_or_default()
            })
            .unwrap_or_default()
    });
    let pack = Pack {
        lang,
        title: fill(
            lang.t(&REPORT_TITLE),
            &[("city", city_name), ("year", p.year.to_string())],
        ),
        subtitle: fill(
            lang.t(&SUBTITLE),
            &[
                (
                    "dir",
                    tables::direction_name(cube.direction, lang).to_string(),
                ),
                ("unit", unit.label(lang, &budget.currency)),
            ],
        ),
        facts: fact_list,
        sections,
        footer: fill(
            lang.t(&GENERATED),
            &[
                ("version", env!("CARGO_PKG_VERSION").into()),
                ("date", spec::today()),
            ],
        ),
    };
    files.push(("index.html".into(), report::html(&pack).into_bytes()));
    files.push(("report.md".into(), report::markdown(&pack).into_bytes()));
    Ok(files)
}

/// The lines grouped at the finest level of the codes (programs), or by code.
fn program_cube(q: &QueryArgs, l: &Loaded, direction: crate::model::Direction) -> Result<Cube> {
    let filters = q
        .filter
        .iter()
        .map(|f| crate::analysis::parse_filter(f, &l.budget))
        .collect::<Result<Vec<_>>>()?;
    Cube::build(
        &l.budget,
        direction,
        query::finest(&l.budget, direction),
        &filters,
        l.lang,
    )
}

fn by_flag(c: &Cube, budget: &crate::model::Budget) -> String {
    format!("--by {}", c.by.flag(budget))
}

/// The treemap of programs nested in their groups, when there are amounts to show.
fn treemap(
    programs: &Cube,
    budget: &crate::model::Budget,
    p: &crate::analysis::Pick,
    ctx: &spec::Context,
    lang: Lang,
) -> Result<Option<Spec>> {
    if programs.keys.is_empty() || programs.total(p.year, p.stage).is_zero() {
        return Ok(None);
    }
    query::treemap(programs, budget, p.year, p.stage, ctx, lang).map(Some)
}

/// The published totals the lines do not reproduce, with their cells.
fn differences(l: &Loaded, lang: Lang, view: View) -> Table {
    let budget = &l.budget;
    let h = |kk: &str, ru: &str, en: &str| match lang {
        Lang::Kk => kk.to_string(),
        Lang::Ru => ru.to_string(),
        Lang::En => en.to_string(),
    };
    let col = |key: &str, header: String| Col {
        key: key.into(),
        header,
    };
    let cols = vec![
        col("file", h("Файл", "Файл", "File")),
        col("sheet", h("Парақ", "Лист", "Sheet")),
        col("cell", h("Ұяшық", "Ячейка", "Cell")),
        col("label", h("Жол", "Строка", "Row")),
        col("year", h("Жыл", "Год", "Year")),
        col("stage", h("Кезең", "Стадия", "Stage")),
        col("published", h("Жарияланған", "Опубликовано", "Published")),
        col(
            "computed",
            h("Жолдар қосындысы", "Сумма строк", "Sum of lines"),
        ),
        col("difference", h("Айырма", "Разница", "Difference")),
    ];
    let rows: Vec<Vec<Cell>> = budget
        .totals
        .iter()
        .filter(|t| !t.reproduced())
        .map(|t| {
            vec![
                Cell::Text(
                    budget
                        .sources
                        .get(t.source as usize)
                        .map(|s| s.file.clone())
                        .unwrap_or_default(),
                ),
                Cell::Text(
                    budget
                        .sheets
                        .get(t.sheet as usize)
                        .cloned()
                        .unwrap_or_default(),
                ),
                Cell::Text(crate::model::a1(t.row, t.col)),
                Cell::Text(if t.label.is_empty() {
                    t.code.clone()
                } else {
                    t.label.clone()
                }),
                Cell::Int(i64::from(t.year)),
                Cell::Text(stage_name(t.stage, lang).into()),
                Cell::Money(Some(t.published)),
                Cell::Money(Some(t.computed)),
                Cell::Money(Some(t.difference())),
            ]
        })
        .collect();
    Table {
        name: "reconciliation".into(),
        title: format!(
            "{} ({})",
            lang.t(&DIFFERS_TITLE),
            view.unit.label(lang, &budget.currency)
        ),
        notes: Vec::new(),
        cols,
        totals_from: rows.len(),
        rows,
        lang,
        unit: view.unit,
    }
}

/// A path as a shell word: bare when safe, else in single quotes.
fn shell_quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || "-_./:=@+,".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}
