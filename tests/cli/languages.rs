//! Every message is said in the language asked: errors, warnings and the
//! import summary, not only the common mistakes (those are in outputs.rs).

use super::*;

/// The first run of three English words in `line` outside quotes, backticks
/// and parentheses (a library's own words for a damaged file stand there,
/// quoted), or None. Codes in capitals (KZT, FILE), stage words and "ashyq"
/// are the same in every language: values the command line takes.
fn english_run(line: &str) -> Option<String> {
    let mut plain = String::new();
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match (quote, c) {
            (None, '"' | '«' | '`' | '(') => {
                quote = Some(match c {
                    '«' => '»',
                    '(' => ')',
                    c => c,
                })
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, c) => plain.push(c),
        }
    }
    let same_everywhere = [
        "ashyq", "proposed", "approved", "revised", "adjusted", "executed", "or",
    ];
    let mut run: Vec<&str> = Vec::new();
    for token in plain.split_whitespace() {
        let word = token.trim_matches(|c: char| ",;:.()[]!?".contains(c));
        let english = word.len() >= 2
            && word.chars().all(|c| c.is_ascii_alphabetic() || c == '\'')
            && !word.chars().all(|c| c.is_ascii_uppercase())
            && !same_everywhere.contains(&word);
        if english {
            run.push(word);
            if run.len() == 3 {
                return Some(run.join(" "));
            }
        } else {
            run.clear();
        }
    }
    None
}

#[test]
fn the_english_detector_finds_sentences_and_spares_names() {
    assert_eq!(
        english_run("ошибка: f.csv: the file is damaged"),
        Some("the file is".into())
    );
    assert_eq!(
        english_run("ошибка: --by: «no such level here»: напишите level 1 ... level 9"),
        None
    );
    assert_eq!(
        english_run("ошибка: `ashyq import --direction revenue` и ещё"),
        None
    );
    assert_eq!(
        english_run("«x» — не стадия; напишите proposed, approved, revised или executed"),
        None
    );
    assert_eq!(english_run("укажите --currency (USD, EUR, RUB...)"), None);
    assert_eq!(
        english_run("ошибка: x: сорвалось (no entry found); but this is English"),
        Some("but this is".into())
    );
}

/// Checks every message line of `stderr` in `lang`: its prefix is the
/// language's, and it holds no English sentence.
fn all_said_in(stderr: &str, lang: &str, context: &str) {
    let (error, warning) = match lang {
        "kk" => ("қате: ", "ескерту: "),
        "ru" => ("ошибка: ", "предупреждение: "),
        _ => unreachable!(),
    };
    for line in stderr.lines() {
        assert!(
            !line.starts_with("error:") && !line.starts_with("warning:"),
            "an English message in {lang}: {line}\n{context}"
        );
        if line.starts_with(error) || line.starts_with(warning) {
            assert_eq!(english_run(line), None, "in {lang}: {line}\n{context}");
        }
    }
}

/// `args` with `--lang ru` and `--lang kk` exit 2 saying exactly `ru` and `kk`.
fn said_exactly(w: &Work, args: &[&str], ru: &str, kk: &str) {
    for (lang, want) in [("ru", ru), ("kk", kk)] {
        let run = w.run(&[args, &["--lang", lang]].concat());
        assert_eq!(
            (run.code, run.stderr.trim_end()),
            (2, want),
            "{}",
            run.context()
        );
    }
}

/// Mistakes beyond the common six, each said exactly in Russian and Kazakh.
#[test]
fn flag_mistakes_are_said_in_russian_and_kazakh() {
    let w = Work::new();
    let s = repo("data/sample_district_budget_akimat.xlsx");
    let cases: [(&[&str], &str, &str); 7] = [
        (
            &["breakdown", &s, "--year", "1999"],
            "ошибка: --year: в данных нет строк (расходы) за 1999; есть: 2022, 2023, 2024",
            "қате: --year: деректерде 1999 жылға шығыстар жолдары жоқ; бар жылдар: 2022, 2023, 2024",
        ),
        (
            &["breakdown", &s, "--filter", "Ведомство=Аким"],
            "ошибка: --filter: нет столбца «Ведомство»; в данных нет столбцов для фильтра, кроме кода, названия и сумм",
            "қате: --filter: «Ведомство» деген баған жоқ; деректерде код, атау және сомалардан басқа сүзетін баған жоқ",
        ),
        (
            &["breakdown", &s, "--by", "level 12"],
            "ошибка: --by: «level 12»: напишите level 1 ... level 9",
            "қате: --by: «level 12»: level 1 ... level 9 деп жазыңыз",
        ),
        (
            &["compare", &s, "--from", "2024"],
            "ошибка: --to: --from требует и --to",
            "қате: --to: --from үшін --to да керек",
        ),
        (
            &["breakdown", &s, "--real"],
            "ошибка: --real: нужен индекс цен: --cpi FILE (год,индекс) или --config city.toml с [cpi] или [inflation]",
            "қате: --real: баға индексі керек: --cpi FILE (жыл,индекс) немесе [cpi] не [inflation] бар --config city.toml",
        ),
        (
            &["execution", &s, "--year", "2021"],
            "ошибка: --year: в 2021 нет сумм исполнения; годы с исполнением: 2022, 2023, 2024",
            "қате: --year: 2021 жылда атқарылу сомалары жоқ; атқарылуы бар жылдар: 2022, 2023, 2024",
        ),
        (
            &["breakdown", &s, "--year", "2024", "--stage", "proposed"],
            "ошибка: --stage: в 2024 нет сумм стадии «проект»; есть: утвержденный, уточненный, исполнение",
            "қате: --stage: 2024 жылда жоба сомалары жоқ; бар кезеңдер: бекітілген, нақтыланған, атқарылуы",
        ),
    ];
    for (args, ru, kk) in cases {
        said_exactly(&w, args, ru, kk);
        // And English stays English.
        let run = w.run(args);
        assert!(run.stderr.starts_with("error: "), "{}", run.context());
    }
}

/// Files the test writes, each broken or noisy in its own way: every error
/// and warning they give is in the language asked, never English.
#[test]
fn every_error_and_warning_of_broken_files_is_in_the_language_asked() {
    let w = Work::new();
    let mut quote = String::from("Код,Наименование,2024 утвержденный\n01,\"Образование,100\n");
    for i in 0..300 {
        quote.push_str(&format!("{:02},Статья {i},200\n", i + 2));
    }
    w.write("quote.csv", &quote);
    w.write(
        "page.html",
        "<html><body><p>Бюджет: таблицы нет</p></body></html>",
    );
    w.write("data.xml", "<?xml version=\"1.0\"?><root><a/></root>");
    w.write("budget.csv", "Код,Наименование,Сумма\n01,Образование,100\n");
    w.write(
        "noisy.csv",
        "Код,Наименование,2024 утвержденный\n01,Образование,100\n02,Здравоохранение,н/д\n03,Культура,#REF!\n04,Спорт,TRUE\n",
    );
    w.write(
        "ytd.csv",
        "Код,Наименование,Период,Утвержденный\n01,Образование,01.2024,100\n01,Образование,02.2024,100\n01,Образование,03.2024,100\n",
    );
    w.write(
        "twice.csv",
        "Код,Наименование,2024 утвержденный,2024 утв\n01,Образование,100,100\n",
    );
    let mut seen = 0;
    for f in [
        "quote.csv",
        "page.html",
        "data.xml",
        "budget.csv",
        "noisy.csv",
        "ytd.csv",
        "twice.csv",
        "absent.xlsx",
    ] {
        for lang in ["ru", "kk"] {
            for cmd in ["import", "inspect"] {
                let args: &[&str] = if cmd == "import" {
                    &["import", f, "-o", "-", "--lang", lang]
                } else {
                    &["inspect", f, "--lang", lang]
                };
                let run = w.run(args);
                seen += run.stderr.lines().filter(|l| l.contains(": ")).count();
                all_said_in(&run.stderr, lang, &run.context());
                if cmd == "inspect" && run.code == 0 {
                    // inspect's own report, on stdout, is in the language too.
                    for line in run.stdout.lines().filter(|l| !l.contains("sha256")) {
                        assert_eq!(english_run(line), None, "{line}\n{}", run.context());
                    }
                }
            }
        }
    }
    // The files gave errors and warnings to check, not silence.
    assert!(seen >= 20, "only {seen} messages");
}

/// Every file of ../shared/hostile and ../shared/realdata: what `import`
/// says of it in Russian is Russian (skipped when the folders are absent).
#[test]
fn shared_files_are_spoken_of_in_russian() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if !root.exists() {
        eprintln!("skipped: ../shared is absent");
        return;
    }
    let w = Work::new();
    let mut files = Vec::new();
    for dir in ["hostile", "realdata"] {
        let mut stack = vec![root.join(dir)];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let p = e.path();
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                if p.is_dir() {
                    stack.push(p);
                } else if !name.ends_with(".txt") && !name.ends_with(".md") {
                    files.push(p);
                }
            }
        }
    }
    assert!(files.len() > 50, "{} files", files.len());
    let mut messages = 0;
    for f in &files {
        let run = w.run(&["import", f.to_str().unwrap(), "-o", "-", "--lang", "ru"]);
        messages += run
            .stderr
            .lines()
            .filter(|l| l.starts_with("ошибка") || l.starts_with("предупреждение"))
            .count();
        all_said_in(&run.stderr, "ru", &run.context());
    }
    assert!(messages > 50, "{messages} messages");
}

/// A command line clap cannot parse is said in the language asked (from
/// `--lang` among the words, or the locale), clap's suggestion kept.
#[test]
fn a_command_line_that_does_not_parse_is_said_in_the_language_asked() {
    let w = Work::new();
    let cases: [(&[&str], &str, &str); 5] = [
        (
            &["chart", "trend", "x.xlsx", "-o", "a.png", "--years", "2024..2020"],
            "ошибка: недопустимое значение «2024..2020» для --years <Y1..Y2>: «2024..2020»: первый год должен идти раньше последнего (см. --help)",
            "қате: --years <Y1..Y2> үшін «2024..2020» мәні жарамсыз: «2024..2020»: бірінші жыл соңғысынан бұрын келуі керек (--help қараңыз)",
        ),
        (
            &["breakdown", "x.xlsx", "--yaer", "2024"],
            "ошибка: неизвестный аргумент «--yaer»; похожий: «--year» (см. --help)",
            "қате: «--yaer» деген аргумент жоқ; ұқсасы: «--year» (--help қараңыз)",
        ),
        (
            &["breakdwn", "x.xlsx"],
            "ошибка: неизвестная команда «breakdwn»; похожий: «breakdown» (см. --help)",
            "қате: «breakdwn» деген команда жоқ; ұқсасы: «breakdown» (--help қараңыз)",
        ),
        (
            &["breakdown", "x.xlsx", "--format", "foo"],
            "ошибка: недопустимое значение «foo» для --format <FORMAT>; возможные: text, md, csv, json, xlsx, parquet (см. --help)",
            "қате: --format <FORMAT> үшін «foo» мәні жарамсыз; мүмкін мәндері: text, md, csv, json, xlsx, parquet (--help қараңыз)",
        ),
        (
            &["breakdown", "x.xlsx", "--year"],
            "ошибка: для --year <YEAR> не задано значение (см. --help)",
            "қате: --year <YEAR> мәні берілмеді (--help қараңыз)",
        ),
    ];
    for (args, ru, kk) in cases {
        said_exactly(&w, args, ru, kk);
        let run = w.run_env(args, &[("LANG", "ru_RU.UTF-8")]);
        assert_eq!(run.stderr.trim_end(), ru, "{}", run.context());
        // English keeps clap's own words.
        let run = w.run(args);
        assert!(run.stderr.starts_with("error: "), "{}", run.context());
    }
}
