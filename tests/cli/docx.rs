//! Word documents' tables as sources. The documents are built here, in the
//! shape a maslikhat decision's .docx has (paragraphs of the decision, the
//! annex as a table with a merged header: w:gridSpan across, w:vMerge down);
//! they are illustrative, not a real decision.

use super::*;
use std::io::Write;

/// A .docx holding `body` (the children of w:body).
pub(super) fn docx(body: &str) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut z = zip::ZipWriter::new(std::io::Cursor::new(&mut out));
        let o = zip::write::SimpleFileOptions::default();
        z.start_file("[Content_Types].xml", o).unwrap();
        z.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#).unwrap();
        z.start_file("word/document.xml", o).unwrap();
        write!(
            z,
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
        )
        .unwrap();
        z.finish().unwrap();
    }
    out
}

pub(super) fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

pub(super) fn tc(text: &str, props: &str) -> String {
    format!("<w:tc><w:tcPr>{props}</w:tcPr>{}</w:tc>", p(text))
}

pub(super) fn tr(cells: &[String]) -> String {
    format!("<w:tr>{}</w:tr>", cells.concat())
}

#[test]
fn a_decision_s_annex_in_a_word_document_imports_like_a_workbook() {
    let span2 = "<w:gridSpan w:val=\"2\"/>";
    let restart = "<w:vMerge w:val=\"restart\"/>";
    let cont = "<w:vMerge/>";
    let nb = "\u{a0}";
    let rows = [
        tr(&[
            tc("Функционалдық топ", restart),
            tc("Бюджеттік бағдарламалардың әкімшісі", restart),
            tc("Бағдарлама", restart),
            tc("Атауы", restart),
            tc("Сомасы, мың теңге", span2),
        ]),
        tr(&[
            tc("", cont),
            tc("", cont),
            tc("", cont),
            tc("", cont),
            tc("2025 жылға бекітілген", ""),
            tc("2026 жылға бекітілген", ""),
        ]),
        tr(&[
            tc("01", ""),
            tc("", ""),
            tc("", ""),
            // Two paragraphs in one cell, and an ampersand.
            format!(
                "<w:tc>{}{}</w:tc>",
                p("Жалпы сипаттағы"),
                p("мемлекеттік қызметтер &amp; басқару")
            ),
            tc(&format!("1{nb}000,5"), ""),
            tc(&format!("1{nb}100"), ""),
        ]),
        tr(&[
            tc("", ""),
            tc("112", ""),
            tc("", ""),
            tc("Аудан мәслихатының аппараты", ""),
            tc("400,5", ""),
            tc("450", ""),
        ]),
        tr(&[
            tc("", ""),
            tc("", ""),
            tc("001", ""),
            tc("Мәслихаттың қызметі", ""),
            tc("400,5", ""),
            tc("450", ""),
        ]),
        tr(&[
            tc("", ""),
            tc("122", ""),
            tc("", ""),
            tc("Аудан әкімінің аппараты", ""),
            tc("600,0", ""),
            tc("650", ""),
        ]),
        tr(&[
            tc("", ""),
            tc("", ""),
            tc("001", ""),
            tc("Әкімнің қызметі", ""),
            tc("600,0", ""),
            tc("650", ""),
        ]),
    ];
    let body = format!(
        "{}{}<w:tbl><w:tblGrid/>{}</w:tbl>{}",
        p("Аудандық мәслихаттың 2024 жылғы 25 желтоқсандағы № 12/3 шешімі"),
        p("1-қосымша"),
        rows.concat(),
        p("Мәслихат хатшысы")
    );
    let w = Work::new();
    let f = w.write("шешім.docx", docx(&body));
    let path = f.to_str().unwrap();
    let run = w.run(&["import", path, "-o", "lines.csv"]).ok();
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(n, 4, "{}", run.context());
    assert_eq!(totals["2025 approved"], dec("1000.5") * dec("1000"));
    assert_eq!(totals["2026 approved"], dec("1100") * dec("1000"));
    assert!(
        run.stderr.contains("published totals: all 6 reproduced"),
        "{}",
        run.context()
    );
    let inspect = w.run(&["inspect", path]).ok();
    assert!(
        inspect.stdout.contains("format: docx"),
        "{}",
        inspect.context()
    );
    // The group's name from two paragraphs, the entity decoded (its row is a
    // total, named in validate).
    let v = w.run(&["validate", path, "--all"]).ok();
    assert!(
        v.stdout
            .contains("\"Жалпы сипаттағы мемлекеттік қызметтер & басқару\""),
        "{}",
        v.context()
    );
}

#[test]
fn word_documents_without_tables_or_too_deep_are_refused() {
    let w = Work::new();
    let f = w.write("letter.docx", docx(&p("Құрметті депутаттар!")));
    w.run(&["inspect", f.to_str().unwrap()])
        .fails(1, &["letter.docx: a Word document with no table"]);
    let deep = format!(
        "{}{}",
        "<w:tbl><w:tr><w:tc>".repeat(100),
        "</w:tc></w:tr></w:tbl>".repeat(100)
    );
    let f = w.write("deep.docx", docx(&deep));
    w.run(&["inspect", f.to_str().unwrap()]).fails(
        1,
        &["deep.docx: the Word document is damaged (tables nested over 64 deep)"],
    );
}
