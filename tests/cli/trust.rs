//! Reconciliation decides trust: when most published totals differ from the
//! sums of their lines, the commands that state figures refuse, and with
//! --accept-unreconciled every figure says so.

use super::*;

/// A Kazakh annex, amounts in thousand tenge: group 01 → subgroup 1 →
/// administrators 112 and 122 → programs. `admin` and `group` are the
/// printed amounts of those rows (the right ones are 100 and 200, 300).
fn annex(group: &str, admin: (&str, &str)) -> String {
    format!(
        "Функционалдық топ;Кіші функциясы;Бюджеттік бағдарламалардың әкімшісі;Бағдарламасы;Атауы;2024 жылға бекітілген бюджет (мың теңге)\n\
         01;;;;Жалпы сипаттағы мемлекеттік қызметтер;{group}\n\
         ;1;;;Мемлекеттік басқарудың жалпы функцияларын орындайтын органдар;{group}\n\
         ;;112;;Аудан мәслихатының аппараты;{}\n\
         ;;;001;Аудан мәслихатының қызметін қамтамасыз ету;100\n\
         ;;122;;Аудан әкімінің аппараты;{}\n\
         ;;;001;Аудан әкімінің қызметін қамтамасыз ету;150,5\n\
         ;;;003;Азаматтық хал актілерін тіркеу;49,5\n",
        admin.0, admin.1
    )
}

#[test]
fn most_totals_differing_refuse_every_figure_until_accepted() {
    let w = Work::new();
    // Every printed total is three times the sum of its programs.
    let f = w.write("annex.csv", annex("900", ("300", "600")));
    let path = f.to_str().unwrap();
    for cmd in [
        vec!["breakdown", path],
        vec!["compare", path],
        vec!["execution", path],
        vec!["chart", "bar", path, "-o", "bar.png"],
        vec!["report", path, "-o", "pack"],
    ] {
        w.run(&cmd).fails(
            1,
            &[
                "annex.csv: ashyq's reading of this layout is doubtful: 4 of 4 published totals differ from the sums of their lines",
                "No figure is stated from it",
                "--accept-unreconciled",
            ],
        );
    }
    assert!(!w.path("bar.png").exists() && !w.path("pack").exists());
    // import still writes the lines (they are what was read), and says so.
    let run = w.run(&["import", path, "-o", "lines.csv"]).ok();
    assert!(
        run.stderr
            .contains("refuse these lines unless given --accept-unreconciled"),
        "{}",
        run.context()
    );
    let csv = std::fs::read_to_string(w.path("lines.csv")).unwrap();
    let (totals, n) = lines_totals(&csv);
    assert_eq!((n, totals["2024 approved"]), (3, dec("300000")));
    // The lines file keeps the doubt: read back (CSV, and Parquet written
    // from it), it is refused as the reading was, naming the lines file.
    assert!(
        csv.lines()
            .skip(1)
            .all(|l| l.ends_with(",unreconciled 4/4")),
        "{csv}"
    );
    w.run(&["import", "lines.csv", "-o", "lines.parquet"]).ok();
    for lines in ["lines.csv", "lines.parquet"] {
        w.run(&["breakdown", lines]).fails(
            1,
            &[
                &format!("{lines}: ashyq's reading of this layout is doubtful: 4 of 4 published totals differ from the sums of their lines; 4 of them differed when ashyq import wrote this lines file"),
                "--accept-unreconciled",
            ],
        );
    }
    let run = w
        .run(&[
            "breakdown",
            "lines.parquet",
            "--accept-unreconciled",
            "--lang",
            "en",
            "--wide",
        ])
        .ok();
    assert!(
        run.stdout
            .contains("UNRECONCILED: 4 of 4 published totals differ from the sum of their lines"),
        "{}",
        run.context()
    );
    // A count that cannot be is refused, naming the column.
    let edited = csv.replace(",unreconciled 4/4", ",unreconciled 5/4");
    w.write("edited.csv", edited);
    w.run(&["breakdown", "edited.csv"])
        .fails(1, &["edited.csv", "\"unreconciled 5/4\"", "reconciliation"]);
    // validate blames the reading, not the publisher.
    let v = w.run(&["validate", path]).ok();
    assert!(
        v.stdout
            .contains("ashyq's reading of this layout is doubtful: 4 of 4")
            && !v.stdout.contains("the publisher's arithmetic"),
        "{}",
        v.context()
    );
    let j = w.run(&["validate", path, "--format", "json"]).ok();
    let j: serde_json::Value = serde_json::from_str(&j.stdout).unwrap();
    assert_eq!(j["reading_doubtful"], serde_json::Value::Bool(true));

    // Accepted: the figures, each table titled with the warning, in its language.
    for (lang, warning) in [
        (
            "kk",
            "САЛЫСТЫРЫЛМАҒАН: жарияланған 4 қорытындының 4 жолдар сомасымен сәйкес емес",
        ),
        (
            "ru",
            "НЕ СВЕРЕНО: 4 из 4 опубликованных итогов не сходятся с суммой строк",
        ),
        (
            "en",
            "UNRECONCILED: 4 of 4 published totals differ from the sum of their lines",
        ),
    ] {
        let run = w
            .run(&[
                "breakdown",
                path,
                "--accept-unreconciled",
                "--lang",
                lang,
                "--unit",
                "one",
                "--wide",
            ])
            .ok();
        let title = run.stdout.lines().next().unwrap_or("");
        assert!(title.contains(warning), "{}", run.context());
        let plain = run.stdout.replace(['\u{a0}', '\u{202f}'], " ");
        let amount = if lang == "en" {
            " 300,000 "
        } else {
            " 300 000 "
        };
        assert!(plain.contains(amount), "{}", run.context());
    }
    // The chart's subtitle and page 1 of the pack carry it too.
    w.run(&[
        "chart",
        "bar",
        path,
        "-o",
        "bar.svg",
        "--accept-unreconciled",
        "--lang",
        "en",
    ])
    .ok();
    let svg = std::fs::read_to_string(w.path("bar.svg")).unwrap();
    // On a line of its own under the subtitle, in dark red (6.6:1 on white).
    assert!(
        svg.contains("fill=\"#b00020\" data-size=\"30.6\" aria-label=\"UNRECONCILED: 4 of 4 published totals differ from the sum of their lines\">"),
        "{svg}"
    );
    w.run(&[
        "report",
        path,
        "-o",
        "pack",
        "--accept-unreconciled",
        "--lang",
        "en",
    ])
    .ok();
    let html = std::fs::read_to_string(w.path("pack/index.html")).unwrap();
    let warning = "Warning: 4 of the 4 totals the file publishes differ from the sum of the lines ashyq read.";
    let at = html.find(warning).expect("the warning on the page");
    assert!(
        at < html.find("id=\"facts\"").unwrap(),
        "above the key facts"
    );
    let md = std::fs::read_to_string(w.path("pack/report.md")).unwrap();
    assert!(md.contains(&format!("> **{warning}")), "{md}");
    assert!(
        md.contains("--accept-unreconciled"),
        "the commands repeat the flag"
    );
}

#[test]
fn a_few_totals_differing_among_many_are_the_publishers_findings() {
    let w = Work::new();
    // One administrator total is off by one thousand tenge; three agree.
    let f = w.write("annex.csv", annex("300", ("101", "200")));
    let path = f.to_str().unwrap();
    let run = w.run(&["breakdown", path, "--lang", "en"]).ok();
    assert!(!run.stdout.contains("UNRECONCILED"), "{}", run.context());
    let v = w.run(&["validate", path]).ok();
    assert!(
        v.stdout
            .contains("1 of 4 published totals differ from the sum of their lines: the publisher's arithmetic"),
        "{}",
        v.context()
    );
}

#[test]
fn the_lines_adding_up_to_a_multiple_of_the_totals_name_subtotal_rows() {
    let w = Work::new();
    // Printed totals a third of the programs' sums: the lines are three times them.
    let f = w.write("annex.csv", annex("100", ("33,3", "66,7")));
    let path = f.to_str().unwrap();
    w.run(&["breakdown", path]).fails(
        1,
        &["the lines add up to about 3 times their totals: rows that are themselves sums"],
    );
}
