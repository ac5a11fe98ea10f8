//! Two releases of one budget given together: a year and stage both hold
//! is counted once, from the later file, and the overlap is said (never a
//! silent sum).

use super::*;

/// A long table of `programs` for the given (year, amount of program i) columns.
fn release(years: &[(i32, &dyn Fn(u32) -> u32)], programs: u32) -> String {
    let mut s = String::from("code,name,year,stage,amount\n");
    for (year, amount) in years {
        for i in 1..=programs {
            s.push_str(&format!(
                "01 {i:03},Программа {i},{year},executed,{}\n",
                amount(i)
            ));
        }
    }
    s
}

#[test]
fn overlapping_releases_are_one_line_and_the_later_file_wins() {
    let w = Work::new();
    let n = 5;
    let old_2022 = |i: u32| 100 * i;
    let old_2023 = |i: u32| 110 * i;
    // The later release amends programs 1 and 2 of 2023.
    let new_2023 = |i: u32| if i <= 2 { 110 * i + 40 } else { 110 * i };
    let new_2024 = |i: u32| 130 * i;
    w.write("a.csv", release(&[(2022, &old_2022), (2023, &old_2023)], n));
    w.write("b.csv", release(&[(2023, &new_2023), (2024, &new_2024)], n));
    let sum = |f: &dyn Fn(u32) -> u32| Decimal::from((1..=n).map(f).sum::<u32>());

    let run = w.run(&["import", "a.csv", "b.csv", "-o", "lines.csv"]).ok();
    let (totals, lines) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(lines, 3 * n as usize, "{}", run.context());
    assert_eq!(totals["2022 executed"], sum(&old_2022));
    assert_eq!(totals["2023 executed"], sum(&new_2023));
    assert_eq!(totals["2024 executed"], sum(&new_2024));
    assert!(
        run.stderr.contains(
            "2023 executed expenditure is in both a.csv and b.csv: the later file's amounts replace 5 lines of the earlier (never added up); 2 amended: 01 001 \"Программа 1\" 110 -> 150; 01 002 \"Программа 2\" 220 -> 260"
        ),
        "{}",
        run.context()
    );
    assert!(
        run.stderr.contains("years and stages by file:\n  2022 executed  a.csv\n  2023 executed  b.csv\n  2024 executed  b.csv"),
        "{}",
        run.context()
    );

    // The comparison reads the amended year once.
    let run = w
        .run(&[
            "compare", "a.csv", "b.csv", "--from", "2023", "--to", "2024", "--format", "json",
        ])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let total = &v["tables"][0]["totals"][0];
    assert_eq!(
        dec(&total["change"].to_string()),
        sum(&new_2024) - sum(&new_2023)
    );

    // Given the other way round, the other file is the later release.
    let run = w
        .run(&["import", "b.csv", "a.csv", "-o", "lines2.csv"])
        .ok();
    let (totals, _) = lines_totals(&std::fs::read_to_string(w.path("lines2.csv")).unwrap());
    assert_eq!(totals["2023 executed"], sum(&old_2023), "{}", run.context());

    // The pack says it where the data quality is.
    w.run(&["report", "a.csv", "b.csv", "--lang", "en", "-o", "pack"])
        .ok();
    let md = std::fs::read_to_string(w.path("pack/report.md")).unwrap();
    assert!(
        md.contains("2023 executed expenditure is in both a.csv and b.csv"),
        "{md}"
    );
    assert!(md.contains("2023 executed  b.csv"), "{md}");
}

#[test]
fn a_file_given_twice_is_counted_once() {
    let w = Work::new();
    let amounts = |i: u32| 10 * i;
    w.write("a.csv", release(&[(2024, &amounts)], 3));
    let run = w.run(&["import", "a.csv", "a.csv", "-o", "l.csv"]).ok();
    let (totals, lines) = lines_totals(&std::fs::read_to_string(w.path("l.csv")).unwrap());
    assert_eq!((lines, totals["2024 executed"]), (3, Decimal::from(60)));
    assert!(
        run.stderr.contains("the amounts are the same"),
        "{}",
        run.context()
    );
}

#[test]
fn a_later_release_replaces_every_copy_of_a_line_in_the_earlier_one() {
    let w = Work::new();
    // The earlier file lists one program twice (the publisher's duplicate).
    w.write(
        "a.csv",
        "code,name,year,stage,amount\n01 001,Школы,2023,executed,110\n01 001,Школы,2023,executed,110\n01 002,Дороги,2023,executed,40\n",
    );
    w.write(
        "b.csv",
        "code,name,year,stage,amount\n01 001,Школы,2023,executed,150\n01 002,Дороги,2023,executed,40\n",
    );
    let run = w.run(&["import", "a.csv", "b.csv", "-o", "l.csv"]).ok();
    let (totals, lines) = lines_totals(&std::fs::read_to_string(w.path("l.csv")).unwrap());
    assert_eq!(
        (lines, totals["2023 executed"]),
        (2, Decimal::from(190)),
        "{}",
        run.context()
    );
    assert!(
        run.stderr.contains("the later file's amounts replace 3 lines of the earlier (never added up); 1 amended: 01 001 \"Школы\" 220 -> 150"),
        "{}",
        run.context()
    );
}

/// An execution report "по состоянию на" a date: `amounts` of programs
/// 1..n for 2025 (plan, executed).
fn dated(title: &str, amounts: &[(u32, u32)]) -> String {
    let mut s = format!("{title}\nКод;Наименование;2025 Утвержденный;2025 исполнение\n");
    for (i, (plan, done)) in amounts.iter().enumerate() {
        s.push_str(&format!("0{};Программа {};{plan};{done}\n", i + 1, i + 1));
    }
    s
}

/// Releases that state their dates are taken in date order, whatever the
/// order given; a date inside the year makes its execution a part of the
/// year, and a later whole-year release leaves the year whole.
#[test]
fn releases_are_taken_in_the_order_of_the_dates_they_state() {
    let w = Work::new();
    let april = [(100, 20), (50, 10)];
    let july = [(100, 45), (55, 25)];
    let year = [(100, 98), (55, 54)];
    w.write(
        "apr.csv",
        dated("Исполнение по состоянию на 01.04.2025", &april),
    );
    w.write(
        "jul.csv",
        dated("Исполнение по состоянию на 1 июля 2025 года", &july),
    );
    w.write(
        "dec.csv",
        dated("Исполнение по состоянию на 01.01.2026", &year),
    );
    let sum = |a: &[(u32, u32)], f: fn(&(u32, u32)) -> u32| a.iter().map(f).sum::<u32>();
    for order in [["jul.csv", "apr.csv"], ["apr.csv", "jul.csv"]] {
        let run = w
            .run(&[
                "import",
                order[0],
                order[1],
                "-o",
                "lines.csv",
                "--force",
                "--lang",
                "en",
            ])
            .ok();
        let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
        assert_eq!(n, 4, "{}", run.context());
        assert_eq!(
            totals["2025 executed"],
            dec(&sum(&july, |p| p.1).to_string())
        );
        assert_eq!(
            totals["2025 approved"],
            dec(&sum(&july, |p| p.0).to_string())
        );
        let reordered = "releases taken in the order of the dates the files state, not the order given (the later one wins): apr.csv (01.04.2025), jul.csv (01.07.2025)";
        assert_eq!(
            run.stderr.contains(reordered),
            order[0] == "jul.csv",
            "{}",
            run.context()
        );
        assert!(
            run.stderr.contains("jul.csv: 2025 is a part of the year: the title says the figures stand at 01.07.2025, so its execution runs to 06.2025 only"),
            "{}",
            run.context()
        );
        assert!(
            run.stderr
                .contains("(2 lines; to 06.2025 only, a part of the year)"),
            "{}",
            run.context()
        );
    }
    // The year's report replaces April's: 2025 is whole again.
    let run = w
        .run(&["import", "dec.csv", "apr.csv", "-o", "-", "--lang", "en"])
        .ok();
    let line = run
        .stderr
        .lines()
        .find(|l| l.starts_with("  2025 executed "))
        .unwrap_or_default();
    assert!(
        line.ends_with(&format!(" {} XXX  (2 lines)", sum(&year, |p| p.1))),
        "{}",
        run.context()
    );
    let run = w
        .run(&["import", "dec.csv", "apr.csv", "-o", "-", "--lang", "ru"])
        .ok();
    assert!(
        run.stderr.contains("выпуски взяты в порядке дат, которые называют сами файлы, а не в порядке перечисления (более поздний главнее): apr.csv (01.04.2025), dec.csv (01.01.2026)"),
        "{}",
        run.context()
    );
}

/// Two files that stand at the same date and differ in most of the lines
/// they share are two budgets (two districts' reports), never one release
/// replacing another: refused, naming both. A correction of one line at
/// the same date is still a release.
#[test]
fn two_budgets_at_one_date_are_not_taken_for_releases() {
    let w = Work::new();
    let title = "Исполнение по состоянию на 01.04.2025";
    w.write("north.csv", dated(title, &[(100, 20), (50, 10), (70, 30)]));
    w.write("south.csv", dated(title, &[(300, 90), (80, 15), (70, 30)]));
    w.write("fixed.csv", dated(title, &[(100, 20), (50, 12), (70, 30)]));
    w.run(&["import", "north.csv", "south.csv", "-o", "both.csv"])
        .fails(
            1,
            &["south.csv: this file and north.csv both run to 01.04.2025 and hold 2025 approved amounts, yet 2 of the 3 lines they share differ: two budgets (two regions or districts), not two releases of one; import them apart, one report each"],
        );
    assert!(!w.path("both.csv").exists());
    let run = w
        .run(&["import", "north.csv", "fixed.csv", "-o", "fixed-lines.csv"])
        .ok();
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("fixed-lines.csv")).unwrap());
    assert_eq!(n, 6, "{}", run.context());
    assert_eq!(totals["2025 executed"], dec("62"), "{}", run.context());
    // The portal's regions, exported for the same months.
    let (Some(k), Some(p)) = (
        realdata("kz_budget_egov/местный_бюджет_Карагандинская.csv"),
        realdata("kz_budget_egov/местный_бюджет_Павлодарская.csv"),
    ) else {
        return;
    };
    let run = w.run(&["report", &k, &p, "-o", "pack"]);
    assert_eq!(run.code, 1, "{}", run.context());
    assert!(
        run.stderr
            .contains("two budgets (two regions or districts)"),
        "{}",
        run.context()
    );
}
