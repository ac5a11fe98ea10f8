//! HTML tables as sources: a saved page's tables are sheets, with spans
//! laid out as merged cells. The fixtures are illustrative, written here in
//! the shape Kazakh budget pages have (a decision's preamble and point 1 in
//! prose, the annex as a table with a merged two-row header, <p> cells,
//! no-break spaces, a layout table around it).

use super::*;

/// A district's annex as a web page shows it: a title row over the whole
/// table, a two-row header whose years span their stage columns, group,
/// administrator and program rows, amounts in thousand tenge written with
/// no-break spaces and a decimal comma.
fn annex_page(charset: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\
         <title>Аудандық бюджет туралы</title></head><body>\n\
         <p>Аудандық мәслихаттың 2024 жылғы 25 желтоқсандағы № 12/3 шешімі</p>\n\
         <p>1. Аудандық бюджет 2025-2026 жылдарға 1-қосымшаға сәйкес бекітілсін.</p>\n\
         <table width=\"100%\"><tr><td>\n\
         <table border=\"1\" cellpadding=\"2\">\n\
         <tr><td colspan=\"6\"><p align=\"center\"><b>1-қосымша</b></p></td></tr>\n\
         <tr><th rowspan=\"2\">Функционалдық топ</th><th rowspan=\"2\">Бюджеттік бағдарламалардың әкімшісі</th>\
         <th rowspan=\"2\">Бағдарлама</th><th rowspan=\"2\">Атауы</th>\
         <th colspan=\"2\">Сомасы, мың теңге</th></tr>\n\
         <tr><th>2025 жылға бекітілген</th><th>2026 жылға бекітілген</th></tr>\n\
         <tr><td>01</td><td></td><td></td><td><p>Жалпы сипаттағы</p><p>мемлекеттік қызметтер</p></td><td>1&nbsp;000,5</td><td>1&nbsp;100</td></tr>\n\
         <tr><td></td><td>112</td><td></td><td>Аудан мәслихатының аппараты</td><td>400,5</td><td>450</td></tr>\n\
         <tr><td></td><td></td><td>001</td><td>Аудан мәслихатының қызметін қамтамасыз ету</td><td>400,5</td><td>450</td></tr>\n\
         <tr><td></td><td>122</td><td></td><td>Аудан әкімінің аппараты</td><td>600,0</td><td>650</td></tr>\n\
         <tr><td></td><td></td><td>001</td><td>Аудан әкімінің қызметін қамтамасыз ету</td><td>600,0</td><td>650</td></tr>\n\
         <tr><td>04</td><td></td><td></td><td>Білім беру</td><td>2&nbsp;250,25</td><td>2&nbsp;400</td></tr>\n\
         <tr><td></td><td>464</td><td></td><td>Аудандық білім бөлімі</td><td>2&nbsp;250,25</td><td>2&nbsp;400</td></tr>\n\
         <tr><td></td><td></td><td>003</td><td>Жалпы білім беру</td><td>2&nbsp;250,25</td><td>2&nbsp;400</td></tr>\n\
         </table>\n</td></tr></table>\n</body></html>\n"
    )
}

#[test]
fn a_saved_page_s_table_imports_like_a_workbook() {
    let w = Work::new();
    let f = w.write("annex.html", annex_page("utf-8"));
    let path = f.to_str().unwrap();
    let run = w.run(&["import", path, "-o", "lines.csv"]).ok();
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    // Three programs × two years; group and administrator rows are totals.
    assert_eq!(n, 6, "{}", run.context());
    assert_eq!(
        totals["2025 approved"],
        (dec("400.5") + dec("600.0") + dec("2250.25")) * dec("1000")
    );
    assert_eq!(
        totals["2026 approved"],
        (dec("450") + dec("650") + dec("2400")) * dec("1000")
    );
    assert!(
        run.stderr.contains("published totals: all 10 reproduced"),
        "{}",
        run.context()
    );
    // Every amount traces to its cell in its table: the annex is the second
    // <table> (the first lays out the page).
    let csv = std::fs::read_to_string(w.path("lines.csv")).unwrap();
    let line = csv
        .lines()
        .find(|l| l.contains("Жалпы білім беру") && l.contains(",2025,"))
        .unwrap();
    assert!(line.ends_with(",table 2,E11,,reconciled"), "{line}");
    // The same page saved by a portal as .xls, in windows-1251: the same lines.
    let page = annex_page("windows-1251");
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&page);
    let f = w.write("annex.xls", &bytes);
    w.run(&["import", f.to_str().unwrap(), "-o", "lines-1251.csv"])
        .ok();
    let (again, _) = lines_totals(&std::fs::read_to_string(w.path("lines-1251.csv")).unwrap());
    assert_eq!(again, totals);
}

#[test]
fn pages_without_tables_and_oversized_spans_are_refused_or_bounded() {
    let w = Work::new();
    w.write(
        "text.html",
        "<!DOCTYPE html><html><body><p>Бюджет</p></body></html>",
    );
    w.run(&["inspect", "text.html"])
        .fails(1, &["text.html: an HTML page with no <table>"]);
    // A span far past HTML's own limits (1000 columns) neither hangs nor
    // takes memory: the cell is as wide as the standard allows.
    w.write(
        "wide.html",
        "<table><tr><td colspan=\"2000000000\" rowspan=\"2000000000\">Атауы</td><td>2024 бекітілген</td></tr>\
         <tr><td>1</td></tr></table>",
    );
    let run = w.run(&["inspect", "wide.html"]);
    assert!(run.code == 0 || run.code == 1, "{}", run.context());
    // Too many cells for --max-cells: said, with the flag.
    let mut page = String::from("<table>");
    for i in 0..300 {
        page.push_str(&format!("<tr><td>{i}</td><td>{i}</td></tr>"));
    }
    page.push_str("</table>");
    w.write("many.html", &page);
    w.run(&["inspect", "many.html", "--max-cells", "100"])
        .fails(
            1,
            &["many.html: its tables hold more than 100 cells (--max-cells)"],
        );
}

/// A decision's annex names its year only in the title over the table and
/// its unit under "Сумма" (a merged header's second row): the one year of
/// the title is the amounts' year, said, and the unit row is the header's.
fn decision_annex(title: &str) -> String {
    format!(
        "<html><body><p>Решение маслихата района от 25 декабря 2024 года № 12/3</p>\
         <table border=\"1\"><caption>Приложение 1</caption>\
         <tr><td colspan=\"5\"><b>{title}</b></td></tr>\
         <tr><th rowspan=\"2\">Функциональная группа</th><th rowspan=\"2\">Администратор бюджетных программ</th>\
         <th rowspan=\"2\">Программа</th><th rowspan=\"2\">Наименование</th><th>Сумма</th></tr>\
         <tr><th>тысяч тенге</th></tr>\
         <tr><td></td><td></td><td></td><td><b>II. Затраты</b></td><td>1&nbsp;250,5</td></tr>\
         <tr><td>01</td><td></td><td></td><td><p>Государственные услуги общего характера</p></td><td>1&nbsp;000,5</td></tr>\
         <tr><td></td><td>112</td><td></td><td>Аппарат маслихата района</td><td>400,5</td></tr>\
         <tr><td></td><td></td><td>001</td><td>Услуги по обеспечению деятельности маслихата района</td><td>400,5</td></tr>\
         <tr><td></td><td>122</td><td></td><td>Аппарат акима района</td><td>600,0</td></tr>\
         <tr><td></td><td></td><td>001</td><td>Услуги по обеспечению деятельности акима района</td><td>600,0</td></tr>\
         <tr><td>04</td><td></td><td></td><td>Образование</td><td>250,0</td></tr>\
         <tr><td></td><td>464</td><td></td><td>Отдел образования района</td><td>250,0</td></tr>\
         <tr><td></td><td></td><td>003</td><td>Общеобразовательное обучение</td><td>250,0</td></tr>\
         </table></body></html>"
    )
}

#[test]
fn an_annex_takes_its_year_from_its_title_and_its_unit_from_under_the_header() {
    let w = Work::new();
    let f = w.write("annex.html", decision_annex("Бюджет района на 2025 год"));
    let path = f.to_str().unwrap();
    let run = w.run(&["import", path, "-o", "lines.csv"]).ok();
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(n, 3, "{}", run.context());
    assert_eq!(
        totals["2025 approved"],
        (dec("400.5") + dec("600.0") + dec("250.0")) * dec("1000")
    );
    assert!(
        run.stderr.contains("column E (\"Сумма тысяч тенге\") is taken as 2025 approved, the year from the title \"Бюджет района на 2025 год\""),
        "{}",
        run.context()
    );
    assert!(
        run.stderr.contains("published totals: all 6 reproduced"),
        "{}",
        run.context()
    );
    // A plan's title names three years: none is taken; --year says which.
    let f = w.write(
        "plan.html",
        decision_annex("Бюджет района на 2025-2027 годы"),
    );
    let path = f.to_str().unwrap();
    w.run(&["import", path, "-o", "plan.csv"]).fails(
        1,
        &["column E (\"Сумма тысяч тенге\") holds amounts but no column holds the year"],
    );
    w.run(&["import", path, "-o", "plan.csv", "--year", "2025"])
        .ok();
    let (again, _) = lines_totals(&std::fs::read_to_string(w.path("plan.csv")).unwrap());
    assert_eq!(again, totals);
    // The same annex as CSV: the rule is the layout's, not the format's.
    let csv = "Бюджет района на 2025 год;;;;\n\
               Функциональная группа;Администратор;Программа;Наименование;Сумма\n\
               ;;;;тысяч тенге\n\
               01;;;Государственные услуги общего характера;1000,5\n\
               ;112;;Аппарат маслихата района;400,5\n\
               ;;001;Услуги маслихата;400,5\n\
               ;122;;Аппарат акима района;600,0\n\
               ;;001;Услуги акима;600,0\n\
               04;;;Образование;250\n\
               ;464;;Отдел образования;250\n\
               ;;003;Общеобразовательное обучение;250\n";
    let f = w.write("annex.csv", csv);
    w.run(&["import", f.to_str().unwrap(), "-o", "csv-lines.csv"])
        .ok();
    let (from_csv, _) = lines_totals(&std::fs::read_to_string(w.path("csv-lines.csv")).unwrap());
    assert_eq!(from_csv, totals);
}

/// Annex 1 holds both sides in one table: revenue under "Категория | Класс
/// | Подкласс", then expenditure under its own header row "Функциональная
/// группа | Администратор | Программа", each headed "I. Доходы", "II.
/// Затраты". Each side's lines are its own, never summed together, and the
/// repeated header is no line.
#[test]
fn revenue_and_expenditure_parts_of_one_annex_stay_apart() {
    let rows = [
        ("", "", "", "I. Доходы", "1 300,0"),
        ("1", "", "", "Налоговые поступления", "1 000,0"),
        ("", "01", "", "Подоходный налог", "1 000,0"),
        ("", "", "2", "Индивидуальный подоходный налог", "1 000,0"),
        ("4", "", "", "Поступления трансфертов", "300,0"),
        ("", "02", "", "Трансферты из вышестоящих органов", "300,0"),
        ("", "", "2", "Трансферты из областного бюджета", "300,0"),
        (
            "Функциональная группа",
            "Администратор",
            "Программа",
            "Наименование",
            "Сумма, тысяч тенге",
        ),
        ("", "", "", "II. Затраты", "1 250,5"),
        (
            "01",
            "",
            "",
            "Государственные услуги общего характера",
            "1 000,5",
        ),
        ("", "112", "", "Аппарат маслихата района", "1 000,5"),
        (
            "",
            "",
            "001",
            "Услуги по обеспечению деятельности маслихата",
            "1 000,5",
        ),
        ("04", "", "", "Образование", "250,0"),
        ("", "464", "", "Отдел образования", "250,0"),
        ("", "", "003", "Общеобразовательное обучение", "250,0"),
    ];
    let mut page = String::from(
        "<html><body><table border=\"1\"><tr><td colspan=\"5\">Бюджет района на 2025 год</td></tr>\
         <tr><th>Категория</th><th>Класс</th><th>Подкласс</th><th>Наименование</th><th>Сумма, тысяч тенге</th></tr>",
    );
    for (a, b, c, d, e) in rows {
        page.push_str(&format!(
            "<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>"
        ));
    }
    page.push_str("</table></body></html>");
    let w = Work::new();
    let f = w.write("annex.html", page);
    let run = w
        .run(&["import", f.to_str().unwrap(), "-o", "lines.csv"])
        .ok();
    let text = std::fs::read_to_string(w.path("lines.csv")).unwrap();
    let mut by_direction: BTreeMap<String, (Decimal, usize)> = BTreeMap::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        let e = by_direction.entry(f[0].to_string()).or_default();
        e.0 += dec(f[7]);
        e.1 += 1;
    }
    assert_eq!(
        by_direction,
        BTreeMap::from([
            ("expenditure".to_string(), (dec("1250500"), 2)),
            ("revenue".to_string(), (dec("1300000"), 2)),
        ]),
        "{}",
        run.context()
    );
    assert!(
        run.stderr.contains("published totals: all 10 reproduced"),
        "{}",
        run.context()
    );
}
