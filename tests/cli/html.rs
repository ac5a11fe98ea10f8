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
    assert!(line.ends_with(",table 2,E11"), "{line}");
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
