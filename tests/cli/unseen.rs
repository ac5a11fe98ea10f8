//! Budgets nobody here had seen (issue 13): each class of failure found on
//! real files is tested on a small fixture written here the way the real
//! files are made, apart from the real files themselves.

use super::*;

// ------------------------------------------------------ 6. the decimal mark

/// A `;`-separated Cyrillic file whose numbers use a decimal point with
/// three decimals ("180.661"): read as 180.661 thousand, never 180 661.
#[test]
fn decimal_mark_is_decided_per_column_from_its_values() {
    let w = Work::new();
    let csv =
        "Код;Наименование;2024 исполнение (тыс. тенге);2024 утвержденный бюджет (тыс. тенге)\n\
               01;Государственные услуги;180.661;2752587.0\n\
               02;Оборона;1785668970.266;1500.5\n\
               03;Образование;12.5;999.999\n";
    let f = w.write("decimal.csv", csv);
    w.run(&["import", f.to_str().unwrap(), "-o", "lines.csv"])
        .ok();
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(n, 6);
    // By hand, × 1000 for тыс. тенге.
    assert_eq!(
        totals["2024 executed"],
        (dec("180.661") + dec("1785668970.266") + dec("12.5")) * dec("1000")
    );
    assert_eq!(
        totals["2024 approved"],
        (dec("2752587.0") + dec("1500.5") + dec("999.999")) * dec("1000")
    );
    // inspect names the cell that showed the mark.
    let run = w.run(&["inspect", f.to_str().unwrap()]).ok();
    assert!(
        run.stdout
            .contains("column C: a decimal point (\"1785668970.266\" in C3)"),
        "{}",
        run.context()
    );
}

/// Every value reads either way ("1.234" is 1.234 or 1 234): an error that
/// names the column and the flag, and the flag settles it.
#[test]
fn decimal_mark_that_no_value_shows_is_asked_for() {
    let w = Work::new();
    let csv = "Код;Наименование;2024 исполнение\n01;Услуги;1.234\n02;Оборона;500\n03;Образование;12.345\n";
    let f = w.write("ambiguous.csv", csv);
    let path = f.to_str().unwrap();
    w.run(&["import", path, "-o", "lines.csv"]).fails(
        1,
        &[
            "column C",
            "\"1.234\" (C2) reads as 1.234 or as 1234",
            "--decimal .",
        ],
    );
    assert!(!w.path("lines.csv").exists());
    w.run(&["import", path, "--decimal", ".", "-o", "lines.csv"])
        .ok();
    let (totals, _) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(
        totals["2024 executed"],
        dec("1.234") + dec("500") + dec("12.345")
    );
    w.run(&["import", path, "--decimal", ",", "-o", "comma.csv"])
        .ok();
    let (totals, _) = lines_totals(&std::fs::read_to_string(w.path("comma.csv")).unwrap());
    assert_eq!(
        totals["2024 executed"],
        dec("1234") + dec("500") + dec("12345")
    );
}

/// Evidence after values read by the file's language guess: an error, never
/// a silent mixture.
#[test]
fn decimal_mark_shown_late_against_the_guess_is_an_error() {
    let w = Work::new();
    let mut csv = String::from("Код;Наименование;2024 исполнение\n");
    for i in 0..40 {
        csv.push_str(&format!("{i:02};Программа {i};1.{:03}\n", i * 7));
    }
    csv.push_str("99;Прочие;2.5\n");
    let f = w.write("late.csv", csv);
    w.run(&["import", f.to_str().unwrap(), "-o", "lines.csv"])
        .fails(1, &["column C", "shows a decimal point", "--decimal ."]);
}
