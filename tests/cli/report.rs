//! The hearing pack: files, key facts with figures summed here from the
//! sample's cells, plural forms, languages, the folder's safety.

use super::analysis::by_group;
use super::charts::ru_millions;
use super::*;

fn pct_ru(v: Decimal) -> String {
    format!("{:.1}", (v * dec("100")).round_dp(1)).replace('.', ",")
}

#[test]
fn demo_writes_the_whole_pack_with_facts_from_the_cells() {
    let w = Work::new();
    w.run(&["demo", "-o", "pack"]).ok();
    let mut files: Vec<String> = Vec::new();
    for d in ["", "charts", "tables"] {
        for e in std::fs::read_dir(w.path("pack").join(d)).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_file() {
                files.push(
                    format!("{d}/{}", e.file_name().to_string_lossy())
                        .trim_start_matches('/')
                        .to_string(),
                );
            }
        }
    }
    files.sort();
    for f in [
        "index.html",
        "report.md",
        "charts/where-the-money-goes.png",
        "charts/where-the-money-goes.svg",
        "charts/programs-treemap.svg",
        "charts/what-changed.svg",
        "charts/execution.svg",
        "charts/trend-real.svg",
        "tables/breakdown.csv",
        "tables/breakdown.xlsx",
        "tables/compare.csv",
        "tables/execution.csv",
        "tables/flagged.csv",
        "tables/real.csv",
        "tables/per-capita.csv",
    ] {
        assert!(files.contains(&f.to_string()), "{f} missing from {files:?}");
    }
    let md = std::fs::read_to_string(w.path("pack/report.md")).unwrap();
    let html = std::fs::read_to_string(w.path("pack/index.html")).unwrap();
    let (a, b) = (by_group(2023, "executed"), by_group(2024, "executed"));
    let (ta, tb): (Decimal, Decimal) = (a.values().sum(), b.values().sum());
    let first = format!(
        "В 2024 году расходы (исполнение) составили {} млн ₸ — на {}% больше, чем в 2023 году ({} млн ₸).",
        ru_millions(tb),
        pct_ru((tb - ta) / ta),
        ru_millions(ta)
    );
    assert!(
        md.contains(&format!("1. {first} ([таблица](#t-breakdown))")),
        "{first}\n{md}"
    );
    let edu = format!(
        "Крупнейшая статья — «Образование»: {}% всех расходов, {} млн ₸, рост на {}% к 2023 году.",
        pct_ru(b["04"] / tb),
        ru_millions(b["04"]),
        pct_ru((b["04"] - a["04"]) / a["04"])
    );
    assert!(md.contains(&edu), "{edu}\n{md}");
    // The same sentences on the page, each linked to its table, which is there.
    assert!(html.contains(&first), "{first}");
    for anchor in [
        "t-breakdown",
        "t-compare",
        "t-execution",
        "t-flagged",
        "t-real",
        "t-per-capita",
    ] {
        assert!(html.contains(&format!("href=\"#{anchor}\"")), "{anchor}");
        assert!(html.contains(&format!("id=\"{anchor}\"")), "{anchor}");
    }
    // Self-contained: inline SVG, no images, scripts or network.
    assert!(html.contains("<svg ") && !html.contains("<img") && !html.contains("<script"));
    assert!(
        !html.contains("http://")
            || html.matches("http://").count() == html.matches("xmlns").count()
    );
    assert!(!html.contains("https://"));
    // Every figure of the facts is in a table: the 2024 total in the breakdown table.
    let csv = std::fs::read_to_string(w.path("pack/tables/breakdown.csv")).unwrap();
    assert!(csv.contains(&format!(",{},", tb.normalize())), "{csv}");
}

#[test]
fn key_facts_in_kazakh_and_english() {
    let w = Work::new();
    w.run(&["demo", "--lang", "kk", "-o", "kk"]).ok();
    let md = std::fs::read_to_string(w.path("kk/report.md")).unwrap();
    assert!(md.contains("## Негізгі деректер"), "{md}");
    assert!(md.contains("Ең ірі бап — «Білім беру»"), "{md}");
    assert!(md.contains("## Қаржы қайда жұмсалады"));
    w.run(&["demo", "--lang", "en", "-o", "en"]).ok();
    let md = std::fs::read_to_string(w.path("en/report.md")).unwrap();
    assert!(md.contains("## Key facts") && md.contains("## Where the money goes"));
    assert!(md.contains("“Education” is the largest item"), "{md}");
    assert!(
        md.contains("The budget has 34 programs; 16 of them spent less than 90% of their plan."),
        "{md}"
    );
}

/// A budget of `n` programs in one group, 2024 approved and executed.
fn programs_csv(n: usize) -> String {
    let mut s = String::from("code,name,year,stage,amount\n");
    for i in 1..=n {
        s.push_str(&format!(
            "01 {i:03},Программа номер {i},2024,approved,100\n"
        ));
        let spent = if i % 2 == 0 { 50 } else { 100 };
        s.push_str(&format!(
            "01 {i:03},Программа номер {i},2024,executed,{spent}\n"
        ));
    }
    s
}

#[test]
fn russian_plural_forms_of_programs() {
    let w = Work::new();
    for (n, word) in [
        (21, "программа"),
        (22, "программы"),
        (25, "программ"),
        (11, "программ"),
        (1, "программа"),
    ] {
        let f = w.write(&format!("p{n}.csv"), programs_csv(n));
        let out = format!("r{n}");
        w.run(&["report", f.to_str().unwrap(), "--lang", "ru", "-o", &out])
            .ok();
        let md = std::fs::read_to_string(w.path(&out).join("report.md")).unwrap();
        let under = n / 2;
        let s = format!("В бюджете {n} {word}; менее 90% плана исполнено у {under} из них.");
        assert!(md.contains(&s), "{s}\n{md}");
    }
}

#[test]
fn the_folder_is_replaced_only_with_force_and_never_holds_an_input() {
    let w = Work::new();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    w.run(&["report", &src, "-o", "out"]).ok();
    w.run(&["report", &src, "-o", "out"])
        .fails(2, &["out already exists (ashyq wrote it)", "--force"]);
    w.run(&["report", &src, "-o", "out", "--force"]).ok();
    assert!(w.path("out/index.html").exists());
    let inside = w.write("out/b.csv", programs_csv(3));
    w.run(&["report", inside.to_str().unwrap(), "-o", "out", "--force"])
        .fails(2, &["holds the input"]);
    w.write("file.txt", "x");
    w.run(&["report", &src, "-o", "file.txt"])
        .fails(2, &["file.txt is a file"]);
    // No temporary folders left behind.
    let left: Vec<String> = std::fs::read_dir(w.path(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".ashyq"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn boston_report_in_english() {
    let Some(path) = realdata("boston_fy25_adopted_operating_budget.csv") else {
        return;
    };
    let w = Work::new();
    w.run(&[
        "report",
        &path,
        "--currency",
        "USD",
        "--by",
        "cabinet",
        "-o",
        "boston",
    ])
    .ok();
    let md = std::fs::read_to_string(w.path("boston/report.md")).unwrap();
    assert!(md.contains("## Key facts"), "{md}");
    assert!(
        md.contains("In 2025, expenditure (approved budget) came to 4,636.9 m $"),
        "{md}"
    );
}

#[test]
fn a_tool_that_feels_finished() {
    let w = Work::new();
    for cmd in [
        "inspect",
        "import",
        "validate",
        "breakdown",
        "compare",
        "execution",
        "chart",
        "report",
        "demo",
        "completions",
        "man",
    ] {
        let run = w.run(&[cmd, "--help"]).ok();
        assert!(
            run.stdout.contains("Examples:\n  ashyq"),
            "{cmd}: {}",
            run.stdout
        );
    }
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let run = w.run(&["completions", shell]).ok();
        assert!(
            run.stdout.contains("breakdown") && run.stdout.contains("per-capita"),
            "{shell}"
        );
    }
    let man = w.run(&["man"]).ok();
    assert!(man.stdout.contains(".TH ashyq 1"), "{}", man.stdout);
    // -q: nothing on stderr; without it, one line saying where the pack is.
    let run = w.run(&["-q", "demo", "-o", "quiet"]).ok();
    assert_eq!(run.stderr, "");
    let run = w.run(&["demo", "-o", "loud"]).ok();
    assert_eq!(
        run.stderr,
        "wrote the sample's hearing pack (28 files) into loud: open loud/index.html\n"
    );
    // Not a terminal: no spinner, no escape codes.
    assert!(!run.stderr.contains('\u{1b}'));
}

#[test]
fn nominal_growth_is_said_to_be_nominal_and_the_real_cut_beside_it() {
    use rust_decimal::RoundingStrategy;
    let w = Work::new();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    w.write(
        "city.toml",
        "name = { ru = \"Район\" }\nbase_year = 2024\n[inflation]\n2023 = 10\n2024 = 20\n",
    );
    // A title comparing years says the prices are current when an index is known.
    let run = w
        .run(&["compare", &src, "--config", "city.toml", "--wide"])
        .ok();
    assert!(
        run.stdout
            .lines()
            .next()
            .unwrap_or("")
            .ends_with("(млн тенге, в текущих ценах)"),
        "{}",
        run.context()
    );
    let run = w.run(&["compare", &src]).ok();
    assert!(!run.stdout.contains("в текущих ценах"), "{}", run.context());

    // The largest cut in 2024 prices (2023 amounts × 1.2, to the tiyn), by amount.
    let (a, b) = (by_group(2023, "executed"), by_group(2024, "executed"));
    let (code, real_from, to) = a
        .iter()
        .map(|(g, x)| (g.clone(), (x * dec("1.2")).round_dp(2), b[g]))
        .min_by_key(|(_, f, t)| t - f)
        .unwrap();
    assert!(to < real_from, "the sample has a real cut");
    let pct = ((to - real_from) / real_from * Decimal::from(100))
        .abs()
        .round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero);
    let run = w
        .run(&["breakdown", &src, "--year", "2024", "--format", "json"])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let name = v["tables"][0]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == code.as_str())
        .map(|r| r["name"].as_str().unwrap_or("").to_string())
        .unwrap();
    w.run(&["report", &src, "--config", "city.toml", "-o", "pack"])
        .ok();
    let md = std::fs::read_to_string(w.path("pack/report.md")).unwrap();
    let sentence = format!(
        "По сравнению с 2023 годом в текущих ценах ни одна статья не сократилась. В ценах 2024 года сильнее всего сократилась статья «{name}»: \u{2212}{}%.",
        pct.to_string().replace('.', ",")
    );
    assert!(md.contains(&sentence), "{sentence}\n{md}");
    assert!(
        md.contains("в текущих ценах)"),
        "the comparison's title\n{md}"
    );
}

#[test]
fn the_pack_names_files_never_where_they_sit_on_the_disk() {
    let w = Work::new();
    let bytes = std::fs::read(repo("data/sample_district_budget_akimat.xlsx")).unwrap();
    std::fs::create_dir_all(w.path("Загрузки/бюджет 2024")).unwrap();
    let src = w.write(
        "Загрузки/бюджет 2024/sample_district_budget_akimat.xlsx",
        bytes,
    );
    let config = w.write(
        "Загрузки/city.toml",
        std::fs::read(repo("examples/city.toml")).unwrap(),
    );
    let (src, config) = (src.to_str().unwrap(), config.to_str().unwrap());
    w.run(&["report", src, "--config", config, "-o", "pack"])
        .ok();
    let folder = w.path("Загрузки").display().to_string();
    for page in ["pack/index.html", "pack/report.md"] {
        let text = std::fs::read_to_string(w.path(page)).unwrap();
        assert!(!text.contains(&folder), "{page} names {folder}");
        assert!(!text.contains("Загрузки"), "{page}");
        // The commands that reproduce each table name the file, quoted where a shell needs it.
        assert!(
            text.contains("ashyq breakdown sample_district_budget_akimat.xlsx --year 2024"),
            "{page}"
        );
        assert!(text.contains("--config city.toml"), "{page}");
    }
}

#[test]
fn key_facts_read_right_in_three_languages() {
    // The figures, summed here from the sample's cells.
    let (a, b) = (by_group(2023, "executed"), by_group(2024, "executed"));
    let plan = by_group(2024, "revised");
    let (t23, t24): (Decimal, Decimal) = (a.values().sum(), b.values().sum());
    let tp: Decimal = plan.values().sum();
    let growth = pct_ru(t24 / t23 - Decimal::ONE);
    let share = pct_ru(b["04"] / t24);
    let edu_up = pct_ru(b["04"] / a["04"] - Decimal::ONE);
    let rate = pct_ru(t24 / tp);
    let unspent = ru_millions(tp - t24);
    // Per resident, to the whole tenge (examples/city.toml: 53 870 residents in 2024).
    let per_head = (t24 / dec("53870")).round();
    let group3 = |v: Decimal, mark: char| {
        let s = v.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push(mark);
            }
            out.push(c);
        }
        out
    };
    let en_num = |s: &str| s.replace('\u{a0}', "#").replace(',', ".").replace('#', ",");
    let w = Work::new();
    let facts = |lang: &str| {
        w.run(&["demo", "--lang", lang, "-o", lang]).ok();
        std::fs::read_to_string(w.path(&format!("{lang}/report.md"))).unwrap()
    };
    let kk = facts("kk");
    for s in [
        format!(
            "2024 жылы шығыстар (атқарылуы) {} млн ₸ болды, бұл 2023 жылғы деңгейден ({} млн ₸) {growth}%-ға жоғары.",
            ru_millions(t24),
            ru_millions(t23)
        ),
        format!(
            "Ең ірі бап — «Білім беру»: барлық шығыстардың {share}%-ы, {} млн ₸, 2023 жылмен салыстырғанда {edu_up}%-ға өсім.",
            ru_millions(b["04"])
        ),
        format!("2024 жылы нақтыланған жоспар {rate}%-ға орындалды; {unspent} млн ₸ игерілмей қалды."),
        format!(
            "2024 жылы бір тұрғынға шаққанда шығыстар {} ₸ болды.",
            group3(per_head, '\u{a0}')
        ),
    ] {
        assert!(kk.contains(&s), "{s}\n{kk}");
    }
    let ru = facts("ru");
    for s in [
        format!(
            "В 2024 году расходы (исполнение) составили {} млн ₸ — на {growth}% больше, чем в 2023 году ({} млн ₸).",
            ru_millions(t24),
            ru_millions(t23)
        ),
        format!("В 2024 году уточненный план исполнен на {rate}%; не освоено {unspent} млн ₸."),
        format!(
            "В 2024 году расходов на одного жителя пришлось {} ₸.",
            group3(per_head, '\u{a0}')
        ),
    ] {
        assert!(ru.contains(&s), "{s}\n{ru}");
    }
    let english = facts("en");
    for s in [
        format!(
            "In 2024, expenditure (executed) came to {} m ₸, {}% more than in 2023 ({} m ₸).",
            en_num(&ru_millions(t24)),
            en_num(&growth),
            en_num(&ru_millions(t23))
        ),
        format!(
            "In 2024, {}% of the revised plan was spent and {} m ₸ was left unspent.",
            en_num(&rate),
            en_num(&unspent)
        ),
        format!(
            "In 2024, expenditure came to {} ₸ per resident.",
            group3(per_head, ',')
        ),
    ] {
        assert!(english.contains(&s), "{s}\n{english}");
    }
    // A cut in a sentence takes the minus sign, never a hyphen.
    assert!(ru.contains(": −") && !ru.contains(": -"), "{ru}");
}

#[test]
fn the_pack_is_titled_by_the_file_s_own_title_never_by_its_name() {
    let w = Work::new();
    let titled = w.write(
        "kz_district_kk.csv",
        "Аудандық мәслихаттың 2023 жылғы 25 желтоқсандағы шешіміне 1-қосымша\n\
         Сарыарқа ауданының 2024 жылға арналған бюджеті\n(мың теңге)\n\
         Функционалдық топ,Атауы,2024 жыл бекітілген\n\
         01,Жалпы сипаттағы мемлекеттік қызметтер,1200\n04,Білім беру,5400\n06,Әлеуметтік көмек,900\n",
    );
    w.run(&[
        "report",
        titled.to_str().unwrap(),
        "--lang",
        "kk",
        "-o",
        "a",
    ])
    .ok();
    let html = std::fs::read_to_string(w.path("a/index.html")).unwrap();
    assert!(
        html.contains("<h1>Сарыарқа ауданының 2024 жылға арналған бюджеті</h1>"),
        "{html}"
    );
    assert!(!html.contains("kz_district_kk бюджеті"));
    let inspect = w.run(&["inspect", titled.to_str().unwrap()]).ok();
    assert!(inspect
        .stdout
        .contains("  title: Сарыарқа ауданының 2024 жылға арналған бюджеті"));
    // No title in the file and no city config: a plain title, not the file's name.
    let plain = w.write(
        "city.csv",
        "code,name,year,stage,amount (тенге)\n01,Одна,2024,approved,5\n",
    );
    w.run(&["report", plain.to_str().unwrap(), "--lang", "ru", "-o", "b"])
        .ok();
    let md = std::fs::read_to_string(w.path("b/report.md")).unwrap();
    assert!(md.starts_with("# Бюджет на 2024 год\n"), "{md}");
}

#[test]
fn the_method_gives_the_price_index_and_the_residents_used() {
    let w = Work::new();
    w.run(&["demo", "-o", "p"]).ok();
    let md = std::fs::read_to_string(w.path("p/report.md")).unwrap();
    // examples/city.toml: inflation 20.3%, 9.8%, 8.6% from 2022; the year before is 100.
    let mut level = dec("100");
    let mut index = vec!["2021: 100,0".to_string()];
    for (y, pct) in [(2022, "20.3"), (2023, "9.8"), (2024, "8.6")] {
        level *= Decimal::ONE + dec(pct) / dec("100");
        index.push(format!(
            "{y}: {}",
            level.round_dp(1).to_string().replace('.', ",")
        ));
    }
    assert!(md.contains("Индекс цен (city.toml [inflation];"), "{md}");
    assert!(
        md.contains(&format!("  {}\n", index.join("; "))),
        "{index:?}\n{md}"
    );
    assert!(
        md.contains("  2022: 52\u{a0}340; 2023: 53\u{a0}110; 2024: 53\u{a0}870\n"),
        "{md}"
    );
}

/// The data-quality section names its import warnings just above them, in
/// the pack's language, never above the table of totals that differ.
#[test]
fn import_warnings_are_headed_where_they_stand() {
    let Some(path) = realdata("kz_budget_egov/местный_бюджет_Павлодарская.csv")
    else {
        return;
    };
    let w = Work::new();
    w.run(&["report", &path, "--lang", "ru", "-o", "pack"]).ok();
    let html = std::fs::read_to_string(w.path("pack/index.html")).unwrap();
    let from = html.find("<section id=\"quality\">").unwrap();
    let quality = &html[from..from + html[from..].find("</section>").unwrap()];
    let heading = quality.find("<p>Предупреждения импорта:</p>").unwrap();
    let pre = quality.find("<pre>").unwrap();
    // The heading sits right above the warnings, after every table.
    assert!(
        quality[heading..pre].trim_end().ends_with("</p>"),
        "{quality}"
    );
    assert!(!quality[heading..].contains("<table"), "{quality}");
    // The warnings themselves are in Russian.
    assert!(
        quality[pre..].contains("единица не указана: столбцы «utv», «utch», «plg», «sumrg»"),
        "{quality}"
    );
    assert!(!quality.contains("по-английски"), "{quality}");
}

/// A line that had nothing the year before has no percentage change: the
/// key fact says it grew from nothing, never "+50 ₸ ()".
#[test]
fn a_rise_from_nothing_is_said_so() {
    let w = Work::new();
    let (school, park, road) = ((100, 110), (0, 50), (80, 70));
    let f = w.write(
        "fz.csv",
        format!(
            "Код;Наименование;2023 исполнение;2024 исполнение\n01;Школы;{};{}\n02;Новый парк;{};{}\n03;Дороги;{};{}\n",
            school.0, school.1, park.0, park.1, road.0, road.1
        ),
    );
    let rise = park.1 - park.0;
    assert!(
        rise > school.1 - school.0,
        "the park is the largest increase"
    );
    for (lang, fact) in [
        (
            "en",
            format!("The largest increase is in “Новый парк”: +{rise} ₸ (from nothing in 2023)."),
        ),
        (
            "ru",
            format!("Наибольший рост — «Новый парк»: +{rise} ₸ (в 2023 году было ноль)."),
        ),
        (
            "kk",
            format!("Ең көп өсім — «Новый парк»: +{rise} ₸ (2023 жылы нөл еді)."),
        ),
    ] {
        let out = w.path(&format!("pack-{lang}"));
        w.run(&[
            "report",
            f.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--lang",
            lang,
            "--currency",
            "KZT",
        ])
        .ok();
        let md = std::fs::read_to_string(out.join("report.md")).unwrap();
        assert!(md.contains(&fact), "{lang}: {fact} not in {md}");
    }
}
