//! Outputs never lose a user's file: folders are replaced only when ashyq
//! wrote everything in them, and a reader that stops early (`| head -1`)
//! is not an error.

use super::*;

/// Every file below `dir`, relative, sorted.
fn tree(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

/// Names in the work folder starting with ".ashyq" (temporary folders left behind).
fn leftovers(w: &Work) -> Vec<String> {
    std::fs::read_dir(w.path(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".ashyq"))
        .collect()
}

#[test]
fn force_never_deletes_files_ashyq_did_not_write() {
    let w = Work::new();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    std::fs::create_dir(w.path("mydocs")).unwrap();
    w.write("mydocs/notes.txt", "my notes");
    w.write("mydocs/thesis.docx", "PK my thesis");
    w.run(&["report", &src, "-o", "mydocs", "--force"]).fails(
        2,
        &[
            "mydocs holds files of its own (ashyq did not write this folder)",
            "notes.txt",
            "thesis.docx",
            "never deletes them",
        ],
    );
    w.run(&["report", &src, "-o", "mydocs"])
        .fails(2, &["notes.txt", "thesis.docx"]);
    assert_eq!(
        std::fs::read_to_string(w.path("mydocs/notes.txt")).unwrap(),
        "my notes"
    );
    assert_eq!(tree(&w.path("mydocs")), ["notes.txt", "thesis.docx"]);
    assert!(leftovers(&w).is_empty(), "{:?}", leftovers(&w));
}

#[test]
fn force_replaces_a_pack_only_while_it_holds_only_what_ashyq_wrote() {
    let w = Work::new();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    w.run(&["report", &src, "-o", "pack"]).ok();
    // The manifest lists exactly the files there, itself aside.
    let manifest = std::fs::read_to_string(w.path("pack/.ashyq-manifest")).unwrap();
    let mut listed: Vec<String> = manifest
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    listed.push(".ashyq-manifest".into());
    listed.sort();
    assert_eq!(listed, tree(&w.path("pack")));
    assert!(listed.contains(&"index.html".to_string()));
    assert!(listed.contains(&"charts/where-the-money-goes.png".to_string()));
    // A user's file put into the pack afterwards stops --force, and stays.
    w.write("pack/charts/my-slide.pptx", "mine");
    w.run(&["report", &src, "-o", "pack", "--force"]).fails(
        2,
        &["pack holds files ashyq did not write: charts/my-slide.pptx"],
    );
    assert!(w.path("pack/index.html").exists());
    std::fs::remove_file(w.path("pack/charts/my-slide.pptx")).unwrap();
    // A pack in another language replaces it whole.
    w.run(&["report", &src, "-o", "pack", "--force", "--lang", "en"])
        .ok();
    let html = std::fs::read_to_string(w.path("pack/index.html")).unwrap();
    assert!(html.contains("Where the money goes"), "{html}");
    assert!(leftovers(&w).is_empty(), "{:?}", leftovers(&w));
}

#[test]
fn the_current_folder_and_a_folder_holding_the_config_are_refused() {
    let w = Work::new();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    w.write("notes.txt", "mine");
    w.run(&["report", &src, "-o", ".", "--force"])
        .fails(2, &["is the current folder or holds it"]);
    w.run(&["report", &src, "-o", "..", "--force"])
        .fails(2, &["is the current folder or holds it"]);
    assert!(w.path("notes.txt").exists());
    std::fs::create_dir(w.path("cfg")).unwrap();
    let city = std::fs::read_to_string(repo("examples/city.toml")).unwrap();
    w.write("cfg/city.toml", city);
    w.run(&[
        "report",
        &src,
        "--config",
        "cfg/city.toml",
        "-o",
        "cfg",
        "--force",
    ])
    .fails(2, &["cfg holds the input cfg/city.toml"]);
    assert!(w.path("cfg/city.toml").exists());
    assert!(leftovers(&w).is_empty(), "{:?}", leftovers(&w));
}

#[test]
fn an_empty_folder_is_written_into_without_force() {
    let w = Work::new();
    std::fs::create_dir(w.path("empty")).unwrap();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    w.run(&["report", &src, "-o", "empty"]).ok();
    assert!(w.path("empty/index.html").exists());
}

#[test]
fn a_data_package_folder_follows_the_same_rules() {
    let w = Work::new();
    let src = repo("data/sample_district_budget.xlsx");
    std::fs::create_dir(w.path("pkg")).unwrap();
    w.write("pkg/readme.txt", "mine");
    w.run(&["import", &src, "-o", "pkg", "--format", "fdp", "--force"])
        .fails(2, &["pkg holds files of its own", "readme.txt"]);
    assert!(w.path("pkg/readme.txt").exists());
    w.run(&["import", &src, "-o", "pkg2", "--format", "fdp"])
        .ok();
    w.run(&["import", &src, "-o", "pkg2", "--format", "fdp", "--force"])
        .ok();
    assert_eq!(
        tree(&w.path("pkg2")),
        [".ashyq-manifest", "budget-lines.csv", "datapackage.json"]
    );
}

/// Runs `ashyq ARGS | head -1` in the work folder: ashyq's exit code, its stderr, the line read.
fn piped_to_head(w: &Work, args: &[&str]) -> (i32, String, String) {
    use std::io::{BufRead, BufReader};
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_ashyq"))
        .args(args)
        .current_dir(w.path(""))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    {
        let stdout = child.stdout.take().unwrap();
        BufReader::new(stdout).read_line(&mut first).unwrap();
        // The reader closes here, long before ashyq is done writing.
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        first,
    )
}

#[test]
fn a_closed_pipe_is_success_in_every_format() {
    let w = Work::new();
    // Enough lines that the output is far larger than a pipe's buffer.
    let mut csv = String::from("code,name,year,stage,amount\n");
    for i in 1..=30_000 {
        csv.push_str(&format!("{i:06},Программа {i},2024,approved,{i}\n"));
    }
    w.write("big.csv", &csv);
    let cases: [(&[&str], &str); 5] = [
        (&["import", "big.csv", "-o", "-"], "direction,year,stage"),
        (
            &["import", "big.csv", "-o", "-", "--format", "json"],
            "{\"format\":\"ashyq-lines\"",
        ),
        (&["breakdown", "big.csv", "--by", "code"], ""),
        (
            &["breakdown", "big.csv", "--by", "code", "--format", "md"],
            "",
        ),
        (
            &["breakdown", "big.csv", "--by", "code", "--format", "json"],
            "",
        ),
    ];
    for (args, start) in cases {
        let (code, stderr, first) = piped_to_head(&w, args);
        assert_eq!(code, 0, "ashyq {}: {stderr}", args.join(" "));
        assert!(
            !stderr.contains("error") && !stderr.contains("Broken pipe"),
            "ashyq {}: {stderr}",
            args.join(" ")
        );
        assert!(
            first.starts_with(start),
            "ashyq {}: {first}",
            args.join(" ")
        );
    }
}

#[test]
fn small_mistakes_get_messages_that_say_what_to_do() {
    let w = Work::new();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    // A missing output folder is named, not a temporary file in it.
    let run = w
        .run(&["breakdown", &src, "-o", "nowhere/groups.csv"])
        .fails(
            1,
            &["nowhere/groups.csv: the folder nowhere does not exist; create it first"],
        );
    assert!(!run.stderr.contains(".tmp"), "{}", run.context());
    // A filter on a file with no other columns says so.
    w.run(&["breakdown", &src, "--filter", "Ведомство=Аким"]).fails(
        2,
        &["--filter: no column \"Ведомство\"; the data has no columns besides code, name and amounts to filter on"],
    );
    // clap's tips are kept; bare `ashyq` lists the commands.
    w.run(&["breakdwn", &src]).fails(
        2,
        &["unrecognized subcommand 'breakdwn'; tip: a similar subcommand exists: 'breakdown'"],
    );
    w.run(&["breakdown", &src, "--yaer", "2024"]).fails(
        2,
        &["unexpected argument '--yaer' found; tip: a similar argument exists: '--year'"],
    );
    let run = w.run(&[]);
    assert_eq!(run.code, 2, "{}", run.context());
    for command in [
        "inspect",
        "import",
        "breakdown",
        "compare",
        "execution",
        "chart",
        "report",
    ] {
        assert!(
            run.stderr.contains(&format!("\n  {command} ")),
            "bare ashyq lists {command}{}",
            run.context()
        );
    }
    // Quiet and verbose at once is a contradiction, not silence.
    w.run(&["breakdown", &src, "-q", "-v"])
        .fails(2, &["'--quiet' cannot be used with '--verbose"]);
}

#[test]
fn every_page_the_manual_names_can_be_printed() {
    let w = Work::new();
    let top = w.run(&["man"]).ok();
    // Each "ashyq-X(1)" the top page refers to is printed by `ashyq man X`.
    let named: Vec<String> = top
        .stdout
        .split("ashyq\\-")
        .skip(1)
        .filter_map(|rest| rest.split_once("(1)").map(|(name, _)| name.to_string()))
        .collect();
    assert!(named.len() >= 9, "{named:?}");
    for name in &named {
        let page = w.run(&["man", name]).ok();
        assert!(
            page.stdout.contains(&format!(".TH ashyq-{name} 1")),
            "ashyq man {name}{}",
            page.context()
        );
        assert!(
            page.stdout.contains(&format!("ashyq {name}")),
            "{}",
            page.context()
        );
    }
    w.run(&["man", "nope"]).fails(
        2,
        &["COMMAND: \"nope\" is not a command; pages: inspect, import"],
    );
}

/// The widest line of a text (in characters, as a terminal counts Cyrillic).
fn widest(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

#[test]
fn text_tables_fit_the_terminal_width() {
    let w = Work::new();
    let s = repo("data/sample_district_budget_akimat.xlsx");
    for (cmd, extra) in [
        ("breakdown", vec![]),
        ("compare", vec![]),
        ("execution", vec![]),
        ("breakdown", vec!["--by", "program"]),
    ] {
        let mut args = vec![cmd, s.as_str()];
        args.extend(extra.iter().copied());
        for cols in ["80", "120"] {
            let run = w.run_env(&args, &[("COLUMNS", cols)]).ok();
            let n: usize = cols.parse().unwrap();
            assert!(
                widest(&run.stdout) <= n,
                "{} at {cols}:\n{}",
                cmd,
                run.stdout
            );
        }
        // --wide shows whole names, however wide.
        let wide = w
            .run_env(
                &[args.clone(), vec!["--wide"]].concat(),
                &[("COLUMNS", "80")],
            )
            .ok();
        assert!(!wide.stdout.contains('…'), "{}", wide.stdout);
    }
    // At 80 columns the breakdown keeps every amount, share and count,
    // shortens the longest names at a word with "…" and puts "Код" over the
    // two-digit codes.
    let run = w
        .run_env(&["breakdown", s.as_str()], &[("COLUMNS", "80")])
        .ok();
    let out = run.stdout.replace(['\u{a0}', '\u{202f}'], " ");
    assert!(out.contains("\nКод  Наименование "), "{out}");
    assert!(!out.contains("Функциональная группа  "), "{out}");
    let row = out.lines().find(|l| l.starts_with("10 ")).unwrap();
    assert_eq!(
        row,
        "10   Сельское, водное, лесное, рыбное хозяйство…           180,9    0,5%      2"
    );
    // At 60, the counts go first, and a note says so.
    let run = w
        .run_env(&["breakdown", s.as_str()], &[("COLUMNS", "60")])
        .ok();
    assert!(widest(&run.stdout) <= 60, "{}", run.stdout);
    assert!(
        run.stdout.contains("не вместились по ширине: «Строк»"),
        "{}",
        run.stdout
    );
    // Off a terminal with no COLUMNS: 100 columns.
    let run = w.run(&["compare", s.as_str()]).ok();
    assert!(widest(&run.stdout) <= 100, "{}", run.stdout);
    // A file gets the whole table.
    w.run_env(
        &["compare", s.as_str(), "-o", "c.txt"],
        &[("COLUMNS", "80")],
    )
    .ok();
    let file = std::fs::read_to_string(w.path("c.txt")).unwrap();
    assert!(widest(&file) > 100, "{file}");
}

/// The common mistakes are said in Kazakh, Russian or English: `--lang`
/// first, else the locale (LC_ALL, LC_MESSAGES, LANG), else English.
#[test]
fn common_mistakes_are_said_in_the_users_language() {
    let w = Work::new();
    let s = repo("data/sample_district_budget_akimat.xlsx");
    w.write("empty.csv", "");
    w.write("exists.csv", "mine");
    std::fs::create_dir(w.path("folder")).unwrap();
    let book = calamine::open_workbook_auto(&s).unwrap();
    let sheets: Vec<String> = calamine::Reader::sheet_names(&book)
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect();
    let sheets = sheets.join(", ");
    let cases: [(&[&str], [String; 3]); 6] = [
        (
            &["breakdown", "nope.xlsx"],
            [
                "қате: nope.xlsx: мұндай файл жоқ; жолды тексеріңіз".into(),
                "ошибка: nope.xlsx: такого файла нет; проверьте путь".into(),
                "error: nope.xlsx: no such file; check the path".into(),
            ],
        ),
        (
            &["inspect", "folder"],
            [
                "қате: folder: бұл қалта; оның ішіндегі кесте немесе CSV файлын атаңыз".into(),
                "ошибка: folder: это папка; укажите файл таблицы или CSV внутри неё".into(),
                "error: folder: is a directory; name a spreadsheet or CSV file inside it".into(),
            ],
        ),
        (
            &["validate", "empty.csv"],
            [
                "қате: empty.csv: файл бос (0 байт); оны қайта жүктеп алыңыз".into(),
                "ошибка: empty.csv: файл пуст (0 байт); скачайте его заново".into(),
                "error: empty.csv: the file is empty (0 bytes); download it again".into(),
            ],
        ),
        (
            &["breakdown", &s, "--sheet", "Бюджет"],
            [
                format!("қате: {s}: «Бюджет» деген парақ жоқ (--sheet); кітаптағы парақтар: {sheets}"),
                format!("ошибка: {s}: нет листа «Бюджет» (--sheet); в книге есть: {sheets}"),
                format!("error: {s}: no sheet named \"Бюджет\" (--sheet); the workbook has: {sheets}"),
            ],
        ),
        (
            &["import", &s, "-o", "exists.csv"],
            [
                "қате: exists.csv: файл бар; ауыстыру үшін --force қосыңыз".into(),
                "ошибка: exists.csv: файл уже есть; добавьте --force, чтобы заменить его".into(),
                "error: exists.csv: already exists; add --force to replace it".into(),
            ],
        ),
        (
            &["import", &s, "-o", "missing/lines.csv"],
            [
                "қате: missing/lines.csv: missing қалтасы жоқ; алдымен оны жасаңыз немесе басқа -o таңдаңыз".into(),
                "ошибка: missing/lines.csv: папки missing нет; сначала создайте её или выберите другой -o".into(),
                "error: missing/lines.csv: the folder missing does not exist; create it first or choose another -o".into(),
            ],
        ),
    ];
    for (args, said) in &cases {
        for (lang, want) in ["kk", "ru", "en"].iter().zip(said) {
            let run = w.run(&[*args, &["--lang", lang]].concat());
            assert_eq!(
                (run.code, run.stderr.trim_end()),
                (1, want.as_str()),
                "{}",
                run.context()
            );
        }
        // The locale, when no --lang is given; English for any other.
        let run = w.run_env(args, &[("LANG", "ru_RU.UTF-8"), ("LC_ALL", "")]);
        assert_eq!(run.stderr.trim_end(), said[1], "{}", run.context());
        let run = w.run_env(args, &[("LANG", "de_DE.UTF-8"), ("LC_ALL", "")]);
        assert_eq!(run.stderr.trim_end(), said[2], "{}", run.context());
    }
    // validate's report in the language asked.
    let run = w.run(&["validate", &s, "--lang", "kk"]).ok();
    assert!(
        run.stdout.contains(
            "жарияланған 594 қорытындының барлығы импортталған жолдар сомасымен жүздік үлеске дейін сәйкес"
        ),
        "{}",
        run.context()
    );
    let run = w.run(&["validate", &s, "--lang", "ru"]).ok();
    assert!(
        run.stdout.contains(
            "все 594 опубликованных итогов совпадают с суммой импортированных строк до сотых"
        ),
        "{}",
        run.context()
    );
}
