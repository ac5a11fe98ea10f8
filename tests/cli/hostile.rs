//! Hostile inputs (#18): files written here the way the broken ones in
//! ../shared/hostile are broken, one class at a time, plus every file of
//! that folder when it is beside the checkout.
//!
//! The .xls and .ods writers below make small but complete workbooks (a
//! compound file holding a BIFF8 stream; a zip holding content.xml), so a
//! test can first show that a sound file imports with exact sums and then
//! break one count in it.

use super::*;

// ------------------------------------------------------------ an .xls writer

const END: u32 = 0xFFFF_FFFE;
const FREE: u32 = 0xFFFF_FFFF;

fn rec(out: &mut Vec<u8>, typ: u16, data: &[u8]) {
    out.extend_from_slice(&typ.to_le_bytes());
    out.extend_from_slice(&(data.len() as u16).to_le_bytes());
    out.extend_from_slice(data);
}

fn bof(dt: u16) -> Vec<u8> {
    let mut d = Vec::new();
    for v in [0x0600u16, dt, 0x0DBB, 0x07CC] {
        d.extend_from_slice(&v.to_le_bytes());
    }
    d.extend_from_slice(&0u32.to_le_bytes());
    d.extend_from_slice(&0x0406u32.to_le_bytes());
    d
}

/// A sheet's records: DIMENSIONS as given, then the cells.
enum Cell {
    Text(u16, u16, &'static str),
    Text2(u16, u16, String),
    Num(u16, u16, f64),
}

/// A BIFF8 workbook stream with one sheet named `sheet`.
fn biff(sheet: &str, dims: (u32, u32, u16, u16), cells: &[Cell]) -> Vec<u8> {
    let mut globals = Vec::new();
    rec(&mut globals, 0x0809, &bof(0x0005));
    let name: Vec<u8> = sheet.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    let mut bs = vec![0u8; 4]; // lbPlyPos, patched below
    bs.extend_from_slice(&[0, 0, sheet.encode_utf16().count() as u8, 1]);
    bs.extend_from_slice(&name);
    let at = globals.len() + 4;
    rec(&mut globals, 0x0085, &bs);
    rec(&mut globals, 0x000A, &[]);
    let pos = globals.len() as u32;
    globals[at..at + 4].copy_from_slice(&pos.to_le_bytes());
    let mut s = globals;
    rec(&mut s, 0x0809, &bof(0x0010));
    let mut d = Vec::new();
    d.extend_from_slice(&dims.0.to_le_bytes());
    d.extend_from_slice(&dims.1.to_le_bytes());
    d.extend_from_slice(&dims.2.to_le_bytes());
    d.extend_from_slice(&dims.3.to_le_bytes());
    d.extend_from_slice(&0u16.to_le_bytes());
    rec(&mut s, 0x0200, &d);
    for c in cells {
        let mut d = Vec::new();
        let (r, col) = match c {
            Cell::Text(r, c, _) | Cell::Text2(r, c, _) | Cell::Num(r, c, _) => (*r, *c),
        };
        d.extend_from_slice(&r.to_le_bytes());
        d.extend_from_slice(&col.to_le_bytes());
        d.extend_from_slice(&15u16.to_le_bytes());
        match c {
            Cell::Num(_, _, v) => {
                d.extend_from_slice(&v.to_le_bytes());
                rec(&mut s, 0x0203, &d);
            }
            Cell::Text(_, _, t) => label(&mut s, d, t),
            Cell::Text2(_, _, t) => label(&mut s, d, t),
        }
    }
    rec(&mut s, 0x000A, &[]);
    s
}

fn label(s: &mut Vec<u8>, mut d: Vec<u8>, t: &str) {
    let units: Vec<u16> = t.encode_utf16().collect();
    d.extend_from_slice(&(units.len() as u16).to_le_bytes());
    d.push(1);
    for u in units {
        d.extend_from_slice(&u.to_le_bytes());
    }
    rec(s, 0x0204, &d);
}

/// A compound file (512-byte sectors) holding `stream` as "Workbook";
/// `fat_patch` changes FAT entries before writing (to make a chain loop),
/// `declared` overrides the stream's declared length.
fn cfb(stream: &[u8], fat_patch: &[(usize, u32)], declared: Option<u32>) -> Vec<u8> {
    let n = stream.len().div_ceil(512).max(8);
    assert!(n + 2 <= 128, "the test writer holds one FAT sector");
    let mut h = vec![0u8; 512];
    h[..8].copy_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    let put16 =
        |h: &mut Vec<u8>, at: usize, v: u16| h[at..at + 2].copy_from_slice(&v.to_le_bytes());
    let put32 =
        |h: &mut Vec<u8>, at: usize, v: u32| h[at..at + 4].copy_from_slice(&v.to_le_bytes());
    put16(&mut h, 24, 0x003E);
    put16(&mut h, 26, 3);
    put16(&mut h, 28, 0xFFFE);
    put16(&mut h, 30, 9);
    put16(&mut h, 32, 6);
    put32(&mut h, 44, 1);
    put32(&mut h, 48, 1);
    put32(&mut h, 56, 4096);
    put32(&mut h, 60, END);
    put32(&mut h, 68, END);
    put32(&mut h, 76, 0);
    for i in 1..109 {
        put32(&mut h, 76 + 4 * i, FREE);
    }
    let mut fat = vec![FREE; 128];
    fat[0] = 0xFFFF_FFFD;
    fat[1] = END;
    for i in 0..n {
        fat[2 + i] = if i + 1 == n { END } else { (3 + i) as u32 };
    }
    for &(i, v) in fat_patch {
        fat[i] = v;
    }
    let mut out = h;
    for v in fat {
        out.extend_from_slice(&v.to_le_bytes());
    }
    let mut dir = vec![0u8; 512];
    let entry =
        |dir: &mut Vec<u8>, i: usize, name: &str, typ: u8, child: u32, start: u32, len: u32| {
            let e = &mut dir[i * 128..(i + 1) * 128];
            let units: Vec<u8> = name.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
            e[..units.len()].copy_from_slice(&units);
            e[64..66].copy_from_slice(&((units.len() + 2) as u16).to_le_bytes());
            e[66] = typ;
            e[67] = 1;
            e[68..72].copy_from_slice(&FREE.to_le_bytes());
            e[72..76].copy_from_slice(&FREE.to_le_bytes());
            e[76..80].copy_from_slice(&child.to_le_bytes());
            e[116..120].copy_from_slice(&start.to_le_bytes());
            e[120..124].copy_from_slice(&len.to_le_bytes());
        };
    entry(&mut dir, 0, "Root Entry", 5, 1, END, 0);
    let len = declared.unwrap_or((n * 512) as u32);
    entry(&mut dir, 1, "Workbook", 2, FREE, 2, len);
    for i in 2..4 {
        entry(&mut dir, i, "", 0, FREE, 0, 0);
    }
    out.extend_from_slice(&dir);
    let mut body = stream.to_vec();
    body.resize(n * 512, 0);
    out.extend_from_slice(&body);
    out
}

/// A budget sheet of `programs` programs: header, then one row each with
/// the amount 1000 × (row number) + 0.5.
fn budget_cells(programs: u16) -> Vec<Cell> {
    let mut cells = vec![
        Cell::Text(0, 0, "Программа"),
        Cell::Text(0, 1, "2024 Утвержденный бюджет"),
    ];
    for r in 1..=programs {
        cells.push(Cell::Text2(r, 0, format!("Программа {r}")));
        cells.push(Cell::Num(r, 1, f64::from(r) * 1000.0 + 0.5));
    }
    cells
}

/// The total of [`budget_cells`], computed by hand: Σ (1000 r + 0.5).
fn budget_total(programs: u16) -> Decimal {
    let n = Decimal::from(programs);
    Decimal::from(1000) * n * (n + Decimal::ONE) / Decimal::from(2) + n * dec("0.5")
}

#[test]
fn a_sound_generated_xls_imports_with_exact_sums() {
    let w = Work::new();
    let cells = budget_cells(300);
    let p = w.write(
        "budget.xls",
        cfb(&biff("Бюджет", (0, 301, 0, 2), &cells), &[], None),
    );
    w.import_kzt(&p, "lines.csv");
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(n, 300);
    assert_eq!(totals["2024 approved"], budget_total(300));
}

/// A FAT that sends a chain back on itself: calamine walks the directory
/// chain with no length at all and a stream's up to its declared length,
/// growing a buffer until the process aborts.
#[test]
fn xls_whose_sector_chains_loop_is_refused_in_one_line() {
    let w = Work::new();
    let stream = biff("Бюджет", (0, 301, 0, 2), &budget_cells(300));
    type Case = (&'static str, Vec<(usize, u32)>, Option<u32>, &'static str);
    let cases: [Case; 3] = [
        (
            "dir_self.xls",
            vec![(1, 1)],
            None,
            "its directory chain loops",
        ),
        (
            "stream_back.xls",
            vec![(5, 2)],
            Some(0xFFFF_FF00),
            "its Workbook chain loops",
        ),
        (
            "stream_out.xls",
            vec![(3, 5000)],
            None,
            "lies past the end of the file",
        ),
    ];
    for (name, patch, declared, needle) in cases {
        let p = w.write(name, cfb(&stream, &patch, declared));
        w.run(&["import", p.to_str().unwrap(), "-o", "x.csv"])
            .fails(1, &[name, "the file is damaged", needle]);
    }
}

/// A DIMENSIONS record that claims more than the sheet holds (calamine
/// reserves what it claims), and cells placed far apart (calamine lays the
/// sheet out as one dense grid from the first to the last).
#[test]
fn xls_whose_sheet_would_span_millions_of_cells_is_refused() {
    let w = Work::new();
    let cells = budget_cells(3);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "dim_lie.xls",
            biff("Бюджет", (0, 1_000_000, 0, 16_384), &cells),
            "its size record declares 16384000000 cells",
        ),
        (
            "dim_inverted.xls",
            biff("Бюджет", (70_000, 5, 0, 2), &cells),
            "declares a first row past its last",
        ),
        (
            "far_apart.xls",
            {
                let mut c = budget_cells(3);
                c.push(Cell::Num(65_000, 200, 1.0));
                biff("Бюджет", (0, 4, 0, 2), &c)
            },
            "its cells span 65001 rows by 201 columns (13065201 cells)",
        ),
    ];
    for (name, stream, needle) in cases {
        let p = w.write(name, cfb(&stream, &[], None));
        w.run(&["import", p.to_str().unwrap(), "-o", "x.csv"])
            .fails(1, &[name, "sheet \"Бюджет\"", needle, "save it as .xlsx"]);
    }
    // Just under the bound still imports.
    let mut c = budget_cells(3);
    c.push(Cell::Num(4_000, 1, 7.0));
    let p = w.write(
        "near.xls",
        cfb(&biff("Бюджет", (0, 4_001, 0, 2), &c), &[], None),
    );
    w.import_kzt(&p, "near.csv");
}

// ------------------------------------------------------------- an .ods writer

fn ods(rows: &str) -> Vec<u8> {
    use std::io::Write;
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut z = zip::ZipWriter::new(&mut buf);
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    z.start_file("mimetype", stored).unwrap();
    z.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    z.start_file("META-INF/manifest.xml", deflated).unwrap();
    z.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#).unwrap();
    z.start_file("content.xml", deflated).unwrap();
    write!(
        z,
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Бюджет">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    )
    .unwrap();
    z.finish().unwrap();
    buf.into_inner()
}

fn text_cell(t: &str, repeat: u32) -> String {
    format!(
        r#"<table:table-cell table:number-columns-repeated="{repeat}" office:value-type="string"><text:p>{t}</text:p></table:table-cell>"#
    )
}

fn num_cell(v: &str) -> String {
    format!(
        r#"<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>"#
    )
}

/// The way LibreOffice ends every row and sheet: empty cells and rows
/// repeated to the sheet's edge, which calamine drops and must still be allowed.
const EDGE: &str = r#"<table:table-cell table:number-columns-repeated="16382"/>"#;

fn ods_budget(extra: &str) -> String {
    let mut rows = format!(
        "<table:table-row>{}{}{EDGE}</table:table-row>",
        text_cell("Программа", 1),
        text_cell("2024 Утвержденный бюджет", 1)
    );
    for (name, v) in [("Образование", "1500.25"), ("Здравоохранение", "2500.5")]
    {
        rows += &format!(
            "<table:table-row>{}{}{EDGE}</table:table-row>",
            text_cell(name, 1),
            num_cell(v)
        );
    }
    rows += extra;
    rows += r#"<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>"#;
    rows
}

#[test]
fn ods_repeats_are_counted_before_they_are_expanded() {
    let w = Work::new();
    let p = w.write("sound.ods", ods(&ods_budget("")));
    w.import_kzt(&p, "sound.csv");
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("sound.csv")).unwrap());
    assert_eq!((n, totals["2024 approved"]), (2, dec("4000.75")));
    let cases = [
        (
            "wide.ods",
            format!(
                r#"<table:table-row table:number-rows-repeated="400">{}</table:table-row>"#,
                text_cell("x", 16_000)
            ),
            "its cells span 403 rows by 16000 columns (6448000 cells)",
        ),
        (
            "tall.ods",
            format!(
                r#"<table:table-row table:number-rows-repeated="1000000">{}{}</table:table-row>"#,
                text_cell("Программа", 1),
                num_cell("1")
            ),
            "its cells span 1000003 rows by 2 columns (2000006 cells)",
        ),
        (
            "long_text.ods",
            format!(
                r#"<table:table-row table:number-rows-repeated="300">{}</table:table-row>"#,
                text_cell(&"Ж".repeat(500_000), 2)
            ),
            "its repeated texts expand to",
        ),
    ];
    for (name, extra, needle) in cases {
        let p = w.write(name, ods(&ods_budget(&extra)));
        let out = format!("{name}.csv");
        let run = w.run(&[
            "import",
            p.to_str().unwrap(),
            "-o",
            &out,
            "--currency",
            "KZT",
        ]);
        if name == "tall.ods" {
            // 2 million cells are within the bound: imported, not refused.
            run.ok();
            continue;
        }
        run.fails(1, &[name, "sheet \"Бюджет\"", needle]);
    }
}

// ------------------------------------------------------ zip parts that lie

/// A part that unpacks past the size its zip header declares (the bomb
/// checks judge the declared size): refused when the unpacking passes it.
#[test]
fn xlsx_part_unpacking_past_its_declared_size_is_refused() {
    let w = Work::new();
    let mut sst = String::from(
        r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>"#,
    );
    sst += &"A".repeat(3_000_000);
    sst += "</t></si></sst>";
    let sheet = super::import::sheet_xml(
        r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>2024 approved</t></is></c></row>"#,
    );
    let mut bytes =
        super::import::xlsx_with_sheet(&sheet, Some(("xl/sharedStrings.xml", sst.as_bytes())));
    // The local and central headers both declare the entry's size: set both to 1000.
    let name = b"xl/sharedStrings.xml";
    let mut i = 0;
    while let Some(at) = bytes[i..].windows(name.len()).position(|x| x == name) {
        let at = i + at;
        if bytes[at - 30..at - 26] == *b"PK\x03\x04" {
            bytes[at - 8..at - 4].copy_from_slice(&1000u32.to_le_bytes());
        } else if bytes[at - 46..at - 42] == *b"PK\x01\x02" {
            bytes[at - 22..at - 18].copy_from_slice(&1000u32.to_le_bytes());
        }
        i = at + name.len();
    }
    let p = w.write("lying.xlsx", bytes);
    w.run(&["import", p.to_str().unwrap(), "-o", "x.csv"])
        .fails(
            1,
            &[
                "lying.xlsx",
                "xl/sharedStrings.xml",
                "unpacks to more than the 1000 bytes its header declares",
            ],
        );
}

// ---------------------------------------------------- the shared hostile files

/// Every file of ../shared/hostile: an import or a one-line error with
/// exit 1, never a panic (101) or an abort (134). Time and memory are
/// measured in benches/hostile.sh.
#[test]
fn every_shared_hostile_file_imports_or_fails_in_one_line() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/hostile");
    if !dir.exists() {
        eprintln!("skipped: ../shared/hostile is absent");
        return;
    }
    let mut files = Vec::new();
    for sub in ["", "mutants", "dp"] {
        for e in std::fs::read_dir(dir.join(sub)).unwrap() {
            let p = e.unwrap().path();
            if p.is_file() && p.extension().is_some_and(|x| x != "md") {
                files.push(p);
            }
        }
    }
    assert!(files.len() > 40, "{} files", files.len());
    let w = Work::new();
    for p in files {
        let run = w.run(&["import", p.to_str().unwrap(), "-o", "x.csv", "--force"]);
        if run.code != 0 {
            let name = p.file_name().unwrap().to_str().unwrap();
            run.fails(1, &[name]);
        }
    }
}

// ------------------------------------------------------------ data packages

fn package(path: &str, currency: &str, factor: &str) -> String {
    format!(
        r#"{{"name": "x", "resources": [{{"name": "r", "path": {path:?}}}], "mapping": {{"measures": {{"amount": {{"source": "amount", "currency": {currency:?}{factor}}}}}, "dimensions": {{"date": {{"attributes": {{"year": {{"source": "year"}}}}}}}}}}}}"#
    )
}

/// A resource path may only name a file in the descriptor's folder: the
/// file outside is never opened, so nothing of it can reach a message.
#[test]
fn data_package_paths_stay_in_their_folder() {
    let w = Work::new();
    std::fs::create_dir(w.path("pkg")).unwrap();
    w.write(
        "pkg/ok.csv",
        "name,year,amount\nProgram 1,2024,100\nProgram 2,2024,257.5\n",
    );
    w.write("secret.csv", "name,year,amount\nSECRET ROW,2024,1\n");
    let secret = w.path("secret.csv").display().to_string();
    #[cfg(unix)]
    std::os::unix::fs::symlink(w.path("secret.csv"), w.path("pkg/link.csv")).unwrap();
    let mut cases = vec![
        (
            "up.json",
            "../secret.csv".to_string(),
            "leaves the descriptor's folder",
        ),
        (
            "deep.json",
            "./sub/../../secret.csv".to_string(),
            "leaves the descriptor's folder",
        ),
        ("abs.json", secret, "is absolute"),
        (
            "url.json",
            "https://example.org/x.csv".to_string(),
            "is a web address",
        ),
        ("dev.json", "/dev/zero".to_string(), "is absolute"),
    ];
    if cfg!(unix) {
        cases.push(("link.json", "link.csv".to_string(), "is a link that leaves"));
    }
    for (name, path, needle) in cases {
        let p = w.write(&format!("pkg/{name}"), package(&path, "KZT", ""));
        let run = w
            .run(&["import", p.to_str().unwrap(), "-o", "x.csv"])
            .fails(1, &[name, needle, "may only name files in its own folder"]);
        assert!(!run.stderr.contains("SECRET"), "{}", run.context());
    }
    let p = w.write(
        "pkg/good.json",
        package("ok.csv", "kzt", r#", "factor": 1000"#),
    );
    w.run(&["import", p.to_str().unwrap(), "-o", "good.csv"])
        .ok();
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("good.csv")).unwrap());
    assert_eq!((n, totals["2024 approved"]), (2, dec("357500")));
}

/// A factor that is not a power of ten (1e300 was silently ignored, 1e-30
/// turned every amount to 0) and a currency that is not a code are refused.
#[test]
fn data_package_factor_and_currency_are_checked() {
    let w = Work::new();
    w.write("ok.csv", "name,year,amount\nProgram 1,2024,100\n");
    for (name, currency, factor, needle) in [
        (
            "huge.json",
            "KZT",
            r#", "factor": 1e300"#,
            "factor 1e+300 is not a power of ten",
        ),
        (
            "tiny.json",
            "KZT",
            r#", "factor": 1e-30"#,
            "is not a power of ten from 0.001",
        ),
        (
            "odd.json",
            "KZT",
            r#", "factor": 3"#,
            "factor 3 is not a power of ten",
        ),
        (
            "formula.json",
            "=1+1",
            "",
            r#"currency "=1+1" is not a currency code"#,
        ),
    ] {
        let p = w.write(name, package("ok.csv", currency, factor));
        w.run(&["import", p.to_str().unwrap(), "-o", "x.csv"])
            .fails(1, &[name, needle]);
    }
    let p = w.write(
        "cents.json",
        package("ok.csv", "USD", r#", "factor": 0.01"#),
    );
    w.run(&["import", p.to_str().unwrap(), "-o", "cents.csv"])
        .ok();
    let (totals, _) = lines_totals(&std::fs::read_to_string(w.path("cents.csv")).unwrap());
    assert_eq!(totals["2024 approved"], dec("1"));
}

/// Names holding control characters (an escape sequence in a sheet's name
/// clears the terminal) never reach the terminal: cell texts lose them on
/// import, file names in messages show them as codes.
#[test]
fn control_characters_in_names_are_shown_as_codes() {
    let w = Work::new();
    let sheet = super::import::sheet_xml(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Программа</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>2024 approved</t></is></c></row>\
         <row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Bad\u{1b}[2J\u{1b}]0;PWNED\u{7}</t></is></c><c r=\"B2\"><v>100</v></c></row>\
         <row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Город</t></is></c><c r=\"B3\"><v>5</v></c></row>",
    );
    let p = w.write("esc.xlsx", super::import::xlsx_with_sheet(&sheet, None));
    let run = w
        .run(&[
            "breakdown",
            p.to_str().unwrap(),
            "--currency",
            "KZT",
            "--lang",
            "en",
        ])
        .ok();
    assert!(!run.stdout.contains('\u{1b}'), "{}", run.context());
    // Cell texts lose their control characters on import.
    assert!(run.stdout.contains("Bad[2J]0;PWNED "), "{}", run.context());
    let run = w
        .run(&["inspect", p.to_str().unwrap(), "--currency", "KZT"])
        .ok();
    assert!(!run.stdout.contains('\u{1b}'), "{}", run.context());
    let bad = w.write("e\u{1b}[2Jx.csv", "no table here\n");
    let run = w.run(&["import", bad.to_str().unwrap(), "-o", "x.csv"]);
    assert_eq!(run.code, 1, "{}", run.context());
    assert!(!run.stderr.contains('\u{1b}'), "{}", run.context());
    assert!(run.stderr.contains("e\\x1B[2Jx.csv"), "{}", run.context());
}

// ----------------------------------------------------------------- CSV text

/// An unbalanced quote swallowed every later row into one field (998 rows
/// gave 0 lines with exit 0); a line of 30 million fields took 16 GB.
#[test]
fn csv_records_that_cannot_be_rows_are_refused_with_their_line() {
    let w = Work::new();
    let mut body = String::from("Программа,2024 approved\n\"Программа 1,100\n");
    for i in 2..=600 {
        body += &format!("Программа {i},{i}\n");
    }
    let p = w.write("quote.csv", &body);
    w.run(&["import", p.to_str().unwrap(), "-o", "x.csv"])
        .fails(
            1,
            &[
                "quote.csv",
                "line 2: a quoted field runs over 600 line breaks (lines 2 to 602)",
                "never closed",
            ],
        );
    // The same in cp1251 (read whole, not streamed).
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&body);
    let p = w.write("quote1251.csv", &bytes);
    w.run(&["import", p.to_str().unwrap(), "-o", "x.csv"])
        .fails(1, &["quote1251.csv", "line 2: a quoted field runs over"]);
    let p = w.write(
        "wide.csv",
        format!("Name,2024 approved\n{}\n", "x,".repeat(20_000)),
    );
    w.run(&["import", p.to_str().unwrap(), "-o", "x.csv"])
        .fails(
            1,
            &["wide.csv", "line 2: a record of more than 16384 fields"],
        );
    let p = w.write(
        "long.csv",
        format!("Name,2024 approved\n\"{}\n", "x".repeat(40 << 20)),
    );
    w.run(&["import", p.to_str().unwrap(), "-o", "x.csv"])
        .fails(1, &["long.csv", "line 2: one record runs past 32 MB"]);
    // A header cell wrapped over three lines is still a record.
    let p = w.write(
        "wrapped.csv",
        "Программа,\"2024\nУтвержденный\nбюджет\"\nОбразование,100\n",
    );
    w.import_kzt(&p, "ok.csv");
}

/// Lines ended by a lone CR: each row cites its own cell (all cited row 1).
#[test]
fn lone_cr_lines_cite_their_own_rows() {
    let w = Work::new();
    let p = w.write(
        "cr.csv",
        "Программа,2024 approved\r\"Образование\",100\rКультура,200.5\r",
    );
    assert_eq!(
        imported_pairs(&w, &p, "name", "cell"),
        owned_pairs(&[("Образование", "B2"), ("Культура", "B3")])
    );
}

/// A formula in a header cell becomes a dimension's name: escaped in the
/// lines CSV like every text cell, and read back as it was.
#[test]
fn formulas_in_header_cells_are_escaped_and_read_back() {
    let w = Work::new();
    let p = w.write(
        "inj.csv",
        "Name,=HYPERLINK(\"http://x\"),2024 approved\nОбразование,школы,100\nКультура,клубы,200\n",
    );
    w.import_kzt(&p, "lines.csv");
    let text = std::fs::read_to_string(w.path("lines.csv")).unwrap();
    let header = text.lines().next().unwrap();
    assert!(
        header.contains(r#""'=HYPERLINK(""http://x"")""#),
        "{header}"
    );
    // Read back: the dimension has its own name again, and no currency warning.
    let run = w
        .run(&[
            "breakdown",
            "lines.csv",
            "--by",
            "=HYPERLINK(\"http://x\")",
            "-o",
            "by.csv",
        ])
        .ok();
    assert!(
        !run.stderr.contains("names no currency"),
        "{}",
        run.context()
    );
    let by = std::fs::read_to_string(w.path("by.csv")).unwrap();
    assert!(by.lines().any(|l| l.starts_with("клубы,200,")), "{by}");
}

/// A 100 KB name: charts measured it once per character (past 120 s), and
/// the XLSX table refused it (Excel's cells hold 32,767 characters).
#[test]
fn a_very_long_name_is_cut_where_it_is_shown() {
    let w = Work::new();
    let long = "Очень длинное название ".repeat(4_500);
    let p = w.write(
        "long.csv",
        format!("Программа,2023 approved,2024 approved\n{long},90,100\nКультура,210,200\n"),
    );
    for kind in ["bar", "stacked", "trend"] {
        w.run(&[
            "chart",
            kind,
            p.to_str().unwrap(),
            "--currency",
            "KZT",
            "-o",
            &format!("{kind}.png"),
        ])
        .ok();
    }
    w.run(&[
        "breakdown",
        p.to_str().unwrap(),
        "--currency",
        "KZT",
        "-o",
        "b.xlsx",
    ])
    .ok();
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(w.path("b.xlsx")).unwrap();
    use calamine::Reader;
    let sheet = wb.sheet_names()[0].clone();
    let range = wb.worksheet_range(&sheet).unwrap();
    let cut = range
        .rows()
        .flat_map(|r| r.iter())
        .filter_map(|c| match c {
            calamine::Data::String(s) => Some(s.as_str()),
            _ => None,
        })
        .find(|s| s.starts_with("Очень"))
        .unwrap()
        .to_string();
    assert_eq!(cut.chars().count(), 32_767);
    assert!(cut.ends_with('…'));
    // The CSV keeps it whole.
    w.run(&[
        "breakdown",
        p.to_str().unwrap(),
        "--currency",
        "KZT",
        "-o",
        "b.csv",
    ])
    .ok();
    assert!(std::fs::read_to_string(w.path("b.csv"))
        .unwrap()
        .contains(long.trim()));
}

// ------------------------------------------------------- cells given twice

/// An xlsx whose workbook part lists `sheets` (`<sheet .../>` elements, each
/// pointing at rId1), all of them the one sheet part `sheet_xml`.
fn xlsx_listing(sheets: &str, sheet_xml: &[u8]) -> Vec<u8> {
    let sound = super::import::xlsx_with_sheet(sheet_xml, None);
    // The same package with the workbook part replaced.
    let mut zin = zip::ZipArchive::new(std::io::Cursor::new(sound)).unwrap();
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut z = zip::ZipWriter::new(&mut buf);
    let opt = zip::write::SimpleFileOptions::default();
    for i in 0..zin.len() {
        use std::io::{Read, Write};
        let mut f = zin.by_index(i).unwrap();
        let name = f.name().to_string();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        if name == "xl/workbook.xml" {
            bytes = format!(r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheets}</sheets></workbook>"#).into_bytes();
        }
        z.start_file(name, opt).unwrap();
        z.write_all(&bytes).unwrap();
    }
    z.finish().unwrap();
    buf.into_inner()
}

const HEAD_ROW: &str = r#"<row r="1"><c r="A1" t="inlineStr"><is><t>Программа</t></is></c><c r="B1" t="inlineStr"><is><t>2024 approved</t></is></c></row>"#;

fn row(r: u32, name: &str, v: &str) -> String {
    format!(
        r#"<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{name}</t></is></c><c r="B{r}"><v>{v}</v></c></row>"#
    )
}

/// A cell given twice, rows out of order, two sheet entries for one part:
/// each would count or drop cells without a word (the last value silently
/// won; the sheet was imported twice).
#[test]
fn cells_and_sheets_given_twice_are_refused() {
    let w = Work::new();
    let body = format!(
        "{HEAD_ROW}{}{}",
        row(2, "Образование", "100"),
        row(3, "Культура", "200")
    );
    let one = r#"<sheet name="Бюджет" sheetId="1" r:id="rId1"/>"#;
    let sound = w.write(
        "sound.xlsx",
        xlsx_listing(one, &super::import::sheet_xml(&body)),
    );
    w.import_kzt(&sound, "sound.csv");
    let dup_cell = format!(
        r#"{HEAD_ROW}{}<row r="3"><c r="A3" t="inlineStr"><is><t>Культура</t></is></c><c r="B3"><v>1</v></c><c r="B3"><v>999</v></c></row>"#,
        row(2, "Образование", "100")
    );
    let back = format!(
        "{HEAD_ROW}{}{}{}",
        row(3, "Культура", "200"),
        row(2, "Образование", "100"),
        row(3, "Спорт", "33")
    );
    let two =
        r#"<sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId1"/>"#;
    let same =
        r#"<sheet name="A" sheetId="1" r:id="rId1"/><sheet name="A" sheetId="2" r:id="rId1"/>"#;
    let cases = [
        (
            "dup_cell.xlsx",
            one,
            dup_cell,
            "cell B3: the cell is given twice in the sheet's XML",
        ),
        (
            "back.xlsx",
            one,
            back,
            "cell A2: the cell comes after cell B3 in the sheet's XML (out of order)",
        ),
        (
            "two_names.xlsx",
            two,
            body.clone(),
            r#"its sheets "A" and "B" are one part (xl/worksheets/sheet1.xml)"#,
        ),
        (
            "same_name.xlsx",
            same,
            body.clone(),
            r#"it lists two sheets named "A""#,
        ),
    ];
    for (name, sheets, xml, needle) in cases {
        let p = w.write(name, xlsx_listing(sheets, &super::import::sheet_xml(&xml)));
        w.run(&["import", p.to_str().unwrap(), "-o", "x.csv"])
            .fails(1, &[name, needle]);
    }
}

// ---------------------------------------------------------------- encodings

/// UTF-32 (LE and BE, by BOM) was read as UTF-16: every amount missing.
#[test]
fn utf32_text_is_read_by_its_bom() {
    let w = Work::new();
    let text = "Программа,2024 approved\nОбразование,100.5\nКультура,200\n";
    for (name, be) in [("le.csv", false), ("be.csv", true)] {
        let mut bytes: Vec<u8> = if be {
            vec![0, 0, 0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE, 0, 0]
        };
        for c in text.chars() {
            let u = c as u32;
            bytes.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
        }
        let p = w.write(name, bytes);
        assert_eq!(
            imported_pairs(&w, &p, "name", "amount"),
            owned_pairs(&[("Образование", "100.5"), ("Культура", "200")])
        );
    }
}

/// A UTF-8 file with one line pasted from a windows-1251 program, past the
/// first MiB: the whole file was read as windows-1251 (every other name
/// garbled). Now that line alone is, and said.
#[test]
fn a_few_lines_in_another_encoding_are_read_in_theirs_and_said() {
    let w = Work::new();
    let mut text = String::from("Программа,2024 approved\n");
    for i in 1..40_000 {
        text += &format!("Программа номер {i},1\n");
    }
    let mut bytes = text.into_bytes();
    let (pasted, _, _) = encoding_rs::WINDOWS_1251.encode("Вставленная строка,5\n");
    bytes.extend_from_slice(&pasted);
    assert!(bytes.len() > 1 << 20);
    let p = w.write("mixed.csv", bytes);
    let run = w.import_kzt(&p, "mixed_lines.csv");
    assert!(
        run.stderr
            .contains("line 40001 is not UTF-8 like the rest: read as windows-1251"),
        "{}",
        run.context()
    );
    let lines = std::fs::read_to_string(w.path("mixed_lines.csv")).unwrap();
    assert!(lines.contains(",Программа номер 39999,1,"));
    assert!(lines.contains(",Вставленная строка,5,"));
    let (totals, n) = lines_totals(&lines);
    assert_eq!((n, totals["2024 approved"]), (40_000, dec("40004")));
}

// ------------------------------------------------------------- concurrency

/// Six runs writing one output without --force: all six succeeded (the
/// existence check raced); now exactly one does, the others say why.
#[test]
fn of_runs_writing_one_output_without_force_exactly_one_succeeds() {
    let w = Work::new();
    let p = w.write("b.csv", "Программа,2024 approved\nОбразование,100\n");
    let kids: Vec<std::process::Child> = (0..6)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_ashyq"))
                .args([
                    "import",
                    p.to_str().unwrap(),
                    "-o",
                    "out.csv",
                    "--currency",
                    "KZT",
                    "-q",
                ])
                .current_dir(w.dir.path())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut ok = 0;
    for k in kids {
        let out = k.wait_with_output().unwrap();
        match out.status.code() {
            Some(0) => ok += 1,
            Some(1) => {
                let err = String::from_utf8_lossy(&out.stderr);
                assert!(
                    err.contains("already exists")
                        || err.contains("appeared while ashyq was writing it"),
                    "{err}"
                );
            }
            other => panic!("exit {other:?}"),
        }
    }
    assert_eq!(ok, 1);
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("out.csv")).unwrap());
    assert_eq!((n, totals["2024 approved"]), (1, dec("100")));
}

// ---------------------------------------------------------------- markdown

/// A name holding HTML and a Markdown link reached the .md outputs raw: a
/// `<script>` and a hidden link in a document people open and share.
#[test]
fn names_are_inert_in_markdown_outputs() {
    let w = Work::new();
    let p = w.write(
        "md.csv",
        "Программа,2024 approved\n\"<script>alert(1)</script> [клик](http://evil.example) *жирный*\",100\nКультура,200\n",
    );
    w.run(&[
        "breakdown",
        p.to_str().unwrap(),
        "--currency",
        "KZT",
        "-o",
        "b.md",
    ])
    .ok();
    w.run(&[
        "report",
        p.to_str().unwrap(),
        "--currency",
        "KZT",
        "-o",
        "pack",
    ])
    .ok();
    for f in ["b.md", "pack/report.md"] {
        let md = std::fs::read_to_string(w.path(f)).unwrap();
        assert!(!md.contains("<script>"), "{f}: {md}");
        assert!(!md.contains("[клик](http"), "{f}: {md}");
        assert!(!md.contains(" *жирный*"), "{f}: {md}");
        assert!(
            md.contains(
                r"&lt;script&gt;alert(1)&lt;/script&gt; \[клик\](http://evil.example) \*жирный\*"
            ),
            "{f}: {md}"
        );
    }
}

/// b03: an xlsb row header past Excel's last row ended calamine's cell reader
/// silently, the rows after it lost with exit 0 (the record scan itself is
/// tested on records written in `guard::xlsb`).
#[test]
fn xlsb_row_past_the_last_is_refused_not_dropped() {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/hostile/b03_row_past_limit.xlsb");
    if !p.exists() {
        eprintln!("skipped: ../shared/hostile is absent");
        return;
    }
    Work::new()
        .run(&["import", p.to_str().unwrap(), "-o", "x.csv"])
        .fails(
            1,
            &[
                "b03_row_past_limit.xlsb",
                "a row header for row 2097153, past Excel's last row",
                "the rows after it would be lost",
            ],
        );
}

/// `--max-cells` holds for CSV as for workbooks (it was not applied), read
/// whole (small files) or streamed (over a MiB).
#[test]
fn max_cells_applies_to_csv() {
    let w = Work::new();
    let p = w.write("small.csv", "Name,2024 approved\na,1\nb,2\nc,3\n");
    w.run(&[
        "import",
        p.to_str().unwrap(),
        "-o",
        "x.csv",
        "--max-cells",
        "7",
    ])
    .fails(
        1,
        &["small.csv", "more than 7 non-empty cells", "--max-cells"],
    );
    w.run(&[
        "import",
        p.to_str().unwrap(),
        "-o",
        "ok.csv",
        "--max-cells",
        "8",
        "--currency",
        "KZT",
    ])
    .ok();
    let mut big = String::from("Name,2024 approved\n");
    for i in 0..120_000 {
        big += &format!("Программа {i},{i}\n");
    }
    let p = w.write("big.csv", big);
    w.run(&[
        "import",
        p.to_str().unwrap(),
        "-o",
        "y.csv",
        "--max-cells",
        "100000",
    ])
    .fails(1, &["big.csv", "more than 100000 non-empty cells"]);
}

/// A zip container naming one part twice (the zip crate keeps the last
/// copy, a spreadsheet program may show the first) is refused, naming the
/// part: the worksheet, or the workbook part itself.
#[test]
fn a_part_named_twice_in_the_zip_is_refused() {
    let w = Work::new();
    let row = |v: u32| {
        super::import::sheet_xml(&format!(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Программа</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>2024 approved</t></is></c></row>\
             <row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Школы</t></is></c><c r=\"B2\"><v>{v}</v></c></row>"
        ))
    };
    let import = |p: &std::path::Path| {
        w.run(&[
            "import",
            p.to_str().unwrap(),
            "-o",
            "-",
            "--currency",
            "KZT",
        ])
    };
    let sound = super::import::xlsx_with_sheet(&row(100), None);
    import(&w.write("sound.xlsx", &sound)).ok();
    for (decoy, part) in [
        ("xl/worksheets/sheetX.xml", "xl/worksheets/sheet1.xml"),
        ("xl/workbook.xmX", "xl/workbook.xml"),
    ] {
        let book = super::import::xlsx_with_sheet(&row(100), Some((decoy, &row(999))));
        // The decoy's name, of the same length, becomes the part's in both
        // the local header and the central directory.
        let twice = replace_all(&book, decoy.as_bytes(), part.as_bytes());
        import(&w.write("twice.xlsx", twice))
            .fails(1, &["twice.xlsx", &format!("names the part {part} twice")]);
    }
}

/// `bytes` with every `from` replaced by `to` (of the same length).
fn replace_all(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let mut i = 0;
    while i + from.len() <= out.len() {
        if &out[i..i + from.len()] == from {
            out[i..i + from.len()].copy_from_slice(to);
            i += from.len();
        } else {
            i += 1;
        }
    }
    out
}
