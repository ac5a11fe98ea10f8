//! xlsx workbooks read straight from their XML.
//!
//! A worksheet's XML is a long, regular list of `<row>` and `<c>` elements.
//! A general XML parser (calamine's, through quick-xml) spends most of an
//! import on it; here a byte scanner finds each cell element with `memchr` and
//! reads its few attributes and children directly, about four times faster on
//! the 150 MB sheet of the benchmark workbook. It reads cell by cell into a
//! small window (never a dense grid, so the calamine#693 sheet with cells at
//! A1 and XFD1048576 costs nothing) and knows only what budgets need: numbers,
//! dates (by the cell's number format), shared and inline strings, booleans,
//! errors and formulas without a saved value. Whatever it does not understand
//! is an error naming the cell, never a guess.
//!
//! Three parts: [`package`] opens the zip and reads the workbook's parts
//! (sheets, relationships, shared strings, date formats); [`lex`] is the
//! small XML tokenizer they share; [`scan`] reads a sheet's cells.

pub(in crate::import) mod lex;
mod package;
mod scan;

pub use package::Book;
pub use scan::{scan, Batch, Cell, BATCH};

use crate::model::a1;

/// A reason a workbook cannot be read, with the cell when one is to blame.
#[derive(Debug)]
pub struct ReadError {
    /// The cell (row, column), 0-based.
    pub cell: Option<(u32, u32)>,
    /// What is wrong.
    pub message: crate::i18n::Text,
}

impl ReadError {
    /// An error not tied to a cell.
    pub fn new(message: impl Into<crate::i18n::Text>) -> Self {
        ReadError {
            cell: None,
            message: message.into(),
        }
    }

    pub(super) fn at(cell: (u32, u32), message: impl Into<crate::i18n::Text>) -> Self {
        ReadError {
            cell: Some(cell),
            message: message.into(),
        }
    }

    /// The A1 reference of the cell, or "".
    pub fn cell_ref(&self) -> String {
        self.cell.map(|(r, c)| a1(r, c)).unwrap_or_default()
    }
}

pub(in crate::import) type R<T> = std::result::Result<T, ReadError>;

#[cfg(test)]
mod tests {
    use super::package::*;
    use super::scan::*;
    use super::*;
    use std::io::{Cursor, Read};

    fn cells_of(
        sheet_data: &str,
        strings: usize,
        dates: &[bool],
    ) -> R<Vec<(String, Cell, String)>> {
        let xml = format!(
            r#"<?xml version="1.0"?><worksheet xmlns="x"><dimension ref="A1"/><sheetData>{sheet_data}</sheetData><mergeCells/></worksheet>"#
        );
        let mut out = Vec::new();
        // A reader that hands out 7 bytes at a time: every item crosses a refill.
        struct Slow<'a>(&'a [u8]);
        impl Read for Slow<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = buf.len().min(7).min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        scan(
            Slow(xml.as_bytes()),
            strings,
            dates,
            &mut |b: Batch| {
                for (r, c, cell) in &b.cells {
                    // Spans are checked through the text they point at.
                    let (cell, t) = match *cell {
                        Cell::Text(a, z) => (Cell::Text(0, 0), b.text[a..z].to_string()),
                        Cell::Error(a, z) => (Cell::Error(0, 0), b.text[a..z].to_string()),
                        other => (other, String::new()),
                    };
                    out.push((a1(*r, *c), cell, t));
                }
                true
            },
            &mut || None,
        )?;
        Ok(out)
    }

    #[test]
    fn cells_of_every_kind() {
        let got = cells_of(
            concat!(
                r#"<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="1"><v>45322</v></c><c r="C1" s="0"><v>-1.5E3</v></c></row>"#,
                r#"<row r="3" spans="1:4"><c r="A3" t="inlineStr"><is><r><t xml:space="preserve">Ит </t></r><r><t>ого &amp; &#1179;</t></r><rPh><t>x</t></rPh></is></c>"#,
                r#"<c t="b"><v>1</v></c><c t="e"><v>#DIV/0!</v></c><c r="E3"><f>A1+1</f></c><c r="F3" t="str"><f>A1</f><v>a_x000D_b</v></c><c r="G3" s="1"/></row>"#,
                r#"<x:row><x:c r="B4"><x:v>7</x:v></x:c></x:row><!-- <c r="Z9"><v>1</v></c> -->"#,
            ),
            2,
            &[false, true],
        )
        .unwrap();
        let want = vec![
            ("A1".to_string(), Cell::Shared(1), String::new()),
            ("B1".into(), Cell::Date(45322.0), String::new()),
            ("C1".into(), Cell::Number(-1500.0), String::new()),
            ("A3".into(), Cell::Text(0, 0), "Ит ого & қ".into()),
            ("B3".into(), Cell::Bool(true), String::new()),
            ("C3".into(), Cell::Error(0, 0), "#DIV/0!".into()),
            ("E3".into(), Cell::NoCachedValue, String::new()),
            ("F3".into(), Cell::Text(0, 0), "a\rb".into()),
            ("B4".into(), Cell::Number(7.0), String::new()),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn a_long_cell_unpacked_in_small_pieces_is_read_in_a_few_passes() {
        // 3 MB of text in one cell, handed over 100 bytes at a time: looking
        // for the cell's end after every piece would take minutes.
        struct Trickle(Vec<u8>, usize);
        impl Read for Trickle {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = buf.len().min(100).min(self.0.len() - self.1);
                buf[..n].copy_from_slice(&self.0[self.1..self.1 + n]);
                self.1 += n;
                Ok(n)
            }
        }
        let long = "Қ".repeat(1_500_000);
        let xml = format!(
            r#"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{long}</t></is></c><c r="B1"><v>7</v></c></row></sheetData></worksheet>"#
        );
        let start = std::time::Instant::now();
        let mut got = Vec::new();
        scan(
            Trickle(xml.into_bytes(), 0),
            0,
            &[],
            &mut |b: Batch| {
                for &(_, c, cell) in &b.cells {
                    got.push(match cell {
                        Cell::Text(a, z) => (c, z - a),
                        Cell::Number(x) => (c, x as usize),
                        _ => (c, 0),
                    });
                }
                true
            },
            &mut || None,
        )
        .unwrap();
        assert_eq!(got, vec![(0, 3_000_000), (1, 7)]);
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "{:?}",
            start.elapsed()
        );
    }

    #[test]
    fn damaged_cells_name_themselves() {
        let e = cells_of(r#"<row r="2"><c r="C2" t="b"><v>2</v></c></row>"#, 0, &[]).unwrap_err();
        assert_eq!(
            (e.cell_ref(), e.message.en().as_str()),
            (
                "C2".to_string(),
                "a true/false cell holds \"2\", not 0 or 1; the file is damaged"
            )
        );
        let e = cells_of(r#"<row r="2"><c r="C2" t="s"><v>5</v></c></row>"#, 5, &[]).unwrap_err();
        assert_eq!(e.cell_ref(), "C2");
        let e = cells_of(r#"<row r="1"><c r="A1"><v>1</v></row>"#, 0, &[]).unwrap_err();
        assert!(
            e.message.en().contains("ends in the middle"),
            "{}",
            e.message.en()
        );
        let e = scan(
            &b"<worksheet><sheetData><row><c><v>1</v></c>"[..],
            0,
            &[],
            &mut |_| true,
            &mut || None,
        )
        .unwrap_err();
        assert_eq!(
            e.message.en(),
            "the sheet's XML ends in the middle of its data; the file is truncated or damaged"
        );
        let e = cells_of(r#"<row r="1"><c r="AAAA1"><v>1</v></c></row>"#, 0, &[]).unwrap_err();
        assert_eq!(
            e.message.en(),
            "the cell reference \"AAAA1\" is not a cell; the file is damaged"
        );
    }

    #[test]
    fn date_formats_from_styles() {
        let xml = br##"<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.0&quot;m&quot;;[Red]-#,##0"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="4"/></cellXfs></styleSheet>"##;
        assert_eq!(
            date_formats(xml).unwrap(),
            vec![false, true, false, true, false]
        );
        assert!(!is_date_format("[$-419]# ##0,0\\ \"тыс.\""));
        assert!(is_date_format("[$-F800]dddd, mmmm dd, yyyy"));
    }

    #[test]
    fn shared_strings_join_runs_and_drop_phonetics() {
        let xml = r#"<sst><si><t>  Всего  </t></si><si><r><rPr><b/></rPr><t>A</t></r><r><t xml:space="preserve"> B</t></r><rPh><t>ふ</t></rPh></si><si/><si><t/></si></sst>"#;
        assert_eq!(
            shared_strings(xml.as_bytes()).unwrap(),
            vec!["Всего", "A B", "", ""]
        );
    }

    /// Every cell of every sheet as this module reads it, blanks left out.
    fn ours(bytes: Vec<u8>) -> Vec<(String, String, crate::import::Value)> {
        use crate::import::Value;
        let mut book = Book::open(bytes).unwrap();
        let mut out = Vec::new();
        for sheet in book.sheets() {
            let (xml, strings, dates) = book.sheet_parts(&sheet.name).unwrap();
            scan(
                xml,
                strings.len(),
                dates,
                &mut |b: Batch| {
                    for &(r, c, cell) in &b.cells {
                        let v = match cell {
                            Cell::Number(x) => Value::Number(x),
                            Cell::Date(x) => Value::Date(x),
                            Cell::Bool(x) => Value::Bool(x),
                            Cell::Text(a, z) => Value::Text(b.text[a..z].to_string()),
                            Cell::Shared(i) => Value::Text(strings[i].clone()),
                            Cell::Error(a, z) => Value::Error(b.text[a..z].to_string()),
                            Cell::NoCachedValue => Value::Error("no cached value".into()),
                        };
                        if !v.is_blank() {
                            out.push((sheet.name.clone(), a1(r, c), v));
                        }
                    }
                    true
                },
                &mut || None,
            )
            .unwrap();
        }
        out
    }

    /// The same through calamine's own cell reader.
    fn calamine_cells(bytes: Vec<u8>) -> Vec<(String, String, crate::import::Value)> {
        use crate::import::Value;
        use calamine::{DataRef, Reader};
        let mut wb = calamine::Xlsx::new(Cursor::new(bytes)).unwrap();
        let mut out = Vec::new();
        for name in wb.sheet_names() {
            let mut reader = wb.worksheet_cells_reader(&name).unwrap();
            while let Some(c) = reader.next_cell_with_formula_metadata().unwrap() {
                let v = match c.value {
                    DataRef::Empty if c.formula.is_some() => Value::Error("no cached value".into()),
                    DataRef::Empty => Value::Empty,
                    DataRef::Int(i) => Value::Number(i as f64),
                    DataRef::Float(f) => Value::Number(f),
                    DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
                        Value::Text(s)
                    }
                    DataRef::SharedString(s) => Value::Text(s.to_string()),
                    DataRef::Bool(b) => Value::Bool(b),
                    DataRef::DateTime(d) => Value::Date(d.as_f64()),
                    DataRef::Error(e) => Value::Error(e.to_string()),
                };
                if !v.is_blank() {
                    out.push((name.clone(), a1(c.pos.0, c.pos.1), v));
                }
            }
        }
        out
    }

    /// A workbook with every kind of cell, written by rust_xlsxwriter.
    fn every_kind() -> Vec<u8> {
        use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name("Бюджет 2024 ").unwrap();
        let bold = Format::new().set_bold();
        let date = Format::new().set_num_format("dd.mm.yyyy");
        let thousands = Format::new().set_num_format("# ##0,0\\ \"тыс.\"");
        ws.write_string(0, 0, "  Итого & <всего>  ").unwrap();
        ws.write_string(0, 1, "строка\r\nвторая").unwrap();
        ws.write_rich_string(0, 2, &[(&bold, "Қаржы "), (&Format::default(), "бөлімі")])
            .unwrap();
        ws.write_number(1, 0, 41_667_248.8).unwrap();
        ws.write_number_with_format(1, 1, 1234.5, &thousands)
            .unwrap();
        ws.write_datetime_with_format(1, 2, ExcelDateTime::from_ymd(2024, 1, 31).unwrap(), &date)
            .unwrap();
        ws.write_boolean(2, 0, true).unwrap();
        ws.write_formula(2, 1, "=B2*2").unwrap();
        ws.write_string(2, 2, "_x000D_ stays").unwrap();
        ws.write_number(1_048_575, 16_383, -0.5).unwrap();
        wb.add_worksheet().set_name("Пусто").unwrap();
        wb.save_to_buffer().unwrap()
    }

    #[test]
    fn reads_what_calamine_reads() {
        let mut files = vec![("every kind".to_string(), every_kind())];
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in [root.join("data"), root.join("../shared/realdata")] {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                eprintln!("skipped: {} is absent", dir.display());
                continue;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.extension().is_some_and(|x| x == "xlsx") {
                    files.push((p.display().to_string(), std::fs::read(&p).unwrap()));
                }
            }
        }
        assert!(files.len() >= 3, "the bundled samples are missing");
        for (name, bytes) in files {
            let (a, b) = (ours(bytes.clone()), calamine_cells(bytes));
            assert!(!a.is_empty(), "{name}: no cells");
            assert_eq!(a.len(), b.len(), "{name}: cell counts differ");
            for (x, y) in a.iter().zip(&b) {
                assert_eq!(x, y, "{name}");
            }
        }
    }

    #[test]
    fn every_kind_reads_as_written() {
        use crate::import::Value;
        let got = ours(every_kind());
        let s = |t: &str| Value::Text(t.to_string());
        let sheet = "Бюджет 2024 ".to_string();
        let want = vec![
            ("A1", s("  Итого & <всего>  ")),
            ("B1", s("строка\r\nвторая")),
            ("C1", s("Қаржы бөлімі")),
            ("A2", Value::Number(41_667_248.8)),
            ("B2", Value::Number(1234.5)),
            ("C2", Value::Date(45322.0)),
            ("A3", Value::Bool(true)),
            ("B3", Value::Number(0.0)),
            ("C3", s("_x000D_ stays")),
            ("XFD1048576", Value::Number(-0.5)),
        ];
        let want: Vec<_> = want
            .into_iter()
            .map(|(c, v)| (sheet.clone(), c.to_string(), v))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn relationship_targets_resolve() {
        assert_eq!(
            resolve("xl", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(resolve("xl", "/xl/worksheets/s.xml"), "xl/worksheets/s.xml");
        assert_eq!(
            resolve("xl/sub", "../worksheets/s.xml"),
            "xl/worksheets/s.xml"
        );
        assert_eq!(resolve("", "xl/workbook.xml"), "xl/workbook.xml");
    }
}
