//! Import: the samples, every real file, hostile and broken workbooks,
//! encodings, large files, maps.

use super::*;

// ---------------------------------------------------------------- the sample

#[test]
fn sample_imports_with_totals_equal_to_the_cells() {
    let w = Work::new();
    let sample = repo("data/sample_district_budget.xlsx");
    let run = w.run(&["import", &sample, "-o", "lines.csv"]).ok();
    assert!(
        run.stderr.contains("imported 306 lines from 1 file(s)"),
        "{}",
        run.context()
    );
    let text = std::fs::read_to_string(w.path("lines.csv")).unwrap();
    let (totals, n) = lines_totals(&text);
    assert_eq!(n, 34 * 9);

    // Independently: calamine's raw cells, × 1000 for тыс. тенге.
    use calamine::{open_workbook, Data, Reader, Xlsx};
    let mut wb: Xlsx<_> = open_workbook(&sample).unwrap();
    let range = wb.worksheet_range("Бюджет 2022-2024").unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let mut expected = BTreeMap::new();
    for (c, h) in header.iter().enumerate().skip(7) {
        let year = &h[..4];
        let stage = if h.contains("Утвержденный") {
            "approved"
        } else if h.contains("Уточненный") {
            "revised"
        } else {
            "executed"
        };
        let mut sum = Decimal::ZERO;
        for row in range.rows().skip(1) {
            if let Data::Float(f) = row[c] {
                sum += dec(&format!("{f}")) * Decimal::from(1000);
            }
        }
        expected.insert(format!("{year} {stage}"), sum);
    }
    assert_eq!(totals, expected);

    // Provenance: the first line traces to H2 of the named sheet, code text kept.
    let first = text.lines().nth(1).unwrap();
    // The code levels (group, subgroup, administrator, program) give level and parent.
    assert!(
        first.starts_with("expenditure,2022,approved,01 1 112 001,4,01 1 112,Услуги по обеспечению деятельности маслихата района,Аудан мәслихатының"),
        "{first}"
    );
    assert!(
        first.ends_with(",Бюджет 2022-2024,H2,,unchecked"),
        "{first}"
    );
}

#[test]
fn inspect_reports_roles_units_and_skipped_sheets() {
    let w = Work::new();
    let run = w
        .run(&["inspect", &repo("data/sample_district_budget.xlsx")])
        .ok();
    let o = &run.stdout;
    for needle in [
        "header row: 1, expenditure, shape: wide, unit: тыс. тенге (× 1000)",
        "A   \"Код бюджетной классификации\"",
        "amount 2024 executed",
        "\"исполн\" means executed",
        "sheet \"О файле\", used range A1:A6",
        "skipped: no amount columns",
        "years and stages: 2022 approved, 2022 revised, 2022 executed, 2023 approved",
    ] {
        assert!(o.contains(needle), "missing {needle:?}{}", run.context());
    }
    let run = w
        .run(&[
            "inspect",
            &repo("data/sample_district_budget.xlsx"),
            "--format",
            "json",
        ])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["lines"], 306);
    let sheet = &v["files"][0]["sheets"][0];
    assert_eq!(sheet["shape"], "wide");
    assert_eq!(sheet["columns"][7]["role"], "wide");
    assert_eq!(sheet["columns"][7]["year"], 2022);
    assert_eq!(sheet["columns"][7]["stage"], "approved");
    assert_eq!(v["files"][0]["sheets"][1]["name"], "О файле");
}

// ---------------------------------------------------------------- cells and shapes

#[test]
fn cells_numbers_as_text_markers_and_errors() {
    let w = Work::new();
    let f = w.write(
        "budget.csv",
        "Код;Наименование;2023 Исполнено (тыс. тенге);2024 Утвержденный бюджет (тыс. тенге)\n\
         04 2 464 003;Общеобразовательное обучение;\"41 667 248,8\";1 234,5\n\
         06 2 451 002;Программа занятости;-;NA\n\
         07 3 123 008;Освещение улиц;#DIV/0!;0\n\
         12 1 458 023;Дороги;(735);#Missing\n",
    );
    let run = w
        .run(&["import", f.to_str().unwrap(), "-o", "out.csv"])
        .ok();
    assert!(
        run.stderr
            .contains("budget.csv: cell C4: error value #DIV/0!; kept as missing"),
        "{}",
        run.context()
    );
    let text = std::fs::read_to_string(w.path("out.csv")).unwrap();
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    // code, year, stage, amount, missing, cell
    let got: Vec<(String, String, String, String, String, String)> = rows
        .iter()
        .map(|r| {
            (
                r[3].clone(),
                r[1].clone(),
                r[2].clone(),
                r[7].clone(),
                r[8].clone(),
                r[13].clone(),
            )
        })
        .collect();
    let want = [
        ("04 2 464 003", "2023", "executed", "41667248800", "", "C2"),
        ("04 2 464 003", "2024", "approved", "1234500", "", "D2"),
        ("06 2 451 002", "2023", "executed", "", "'-", "C3"),
        ("06 2 451 002", "2024", "approved", "", "NA", "D3"),
        ("07 3 123 008", "2023", "executed", "", "#DIV/0!", "C4"),
        ("07 3 123 008", "2024", "approved", "0", "", "D4"),
        ("12 1 458 023", "2023", "executed", "-735000", "", "C5"),
        ("12 1 458 023", "2024", "approved", "", "#Missing", "D5"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|t| {
            (
                t.0.into(),
                t.1.into(),
                t.2.into(),
                t.3.into(),
                t.4.into(),
                t.5.into(),
            )
        })
        .collect();
    assert_eq!(got, want);
}

#[test]
fn long_table_with_stage_words_in_kazakh_and_russian() {
    let w = Work::new();
    let f = w.write(
        "long.csv",
        "\u{feff}Жыл,Кезең,Код,Атауы,Сомасы (мың теңге)\n\
         2023,бекітілген бюджет,04,Білім беру,\"1,5\"\n\
         2023,атқарылуы,04,Білім беру,\"1,25\"\n\
         2024,Утвержденный,04,Білім беру,2\n",
    );
    let run = w.run(&["import", f.to_str().unwrap(), "-o", "-"]).ok();
    let (totals, n) = lines_totals(&run.stdout);
    assert_eq!(n, 3);
    let want: BTreeMap<String, Decimal> = [
        ("2023 approved".to_string(), dec("1500")),
        ("2023 executed".to_string(), dec("1250")),
        ("2024 approved".to_string(), dec("2000")),
    ]
    .into_iter()
    .collect();
    assert_eq!(totals, want, "{}", run.context());
}

#[test]
fn column_flag_sets_year_and_stage() {
    let w = Work::new();
    let f = w.write(
        "b.csv",
        "Dept,FY25 Budget,Notes\nParks,100.10,x\nLibrary,0.20,y\n",
    );
    let run = w
        .run(&[
            "import",
            f.to_str().unwrap(),
            "--column",
            "FY25 Budget=2025:proposed",
            "--currency",
            "usd",
            "-o",
            "-",
        ])
        .ok();
    assert!(!run.stderr.contains("no stage word"), "{}", run.context());
    let mut lines = run.stdout.lines();
    assert_eq!(
        lines.next(),
        // "Dept", the one column of distinct words, holds the names.
        Some("direction,year,stage,code,level,parent_code,name,Notes,amount,missing,currency,source_file,source_sha256,sheet,cell,through,reconciliation")
    );
    let l: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(
        (l[1], l[2], l[6], l[8], l[10]),
        ("2025", "proposed", "Parks", "100.1", "USD")
    );
}

// ---------------------------------------------------------------- lines files

#[test]
fn lines_files_round_trip_in_every_format() {
    let w = Work::new();
    let sample = repo("data/sample_district_budget.xlsx");
    w.run(&["import", &sample, "-o", "a.csv"]).ok();
    let a = std::fs::read_to_string(w.path("a.csv")).unwrap();
    for ext in ["csv", "json", "parquet"] {
        let out = format!("lines.{ext}");
        w.run(&["import", &sample, "-o", &out]).ok();
        let back = w.run(&["import", &out, "-o", "-"]).ok();
        assert_eq!(
            back.stdout,
            a,
            "{ext} round trip changed the lines{}",
            back.context()
        );
    }
    let json = std::fs::read_to_string(w.path("lines.json")).unwrap();
    // 1,052,340 tenths of тыс. тенге in the generator: 105,234,000 tenge.
    assert!(json.contains("\"amount\":105234000,"), "exact JSON number");
}

#[test]
fn several_files_merge_into_one_set() {
    let w = Work::new();
    let a = w.write(
        "2023.csv",
        "Код,Наименование,2023 Исполнено\n04,Образование,10.5\n",
    );
    let b = w.write(
        "2024.csv",
        "Код,Наименование,Отдел,2024 Исполнено\n04,Образование,464,0.25\n",
    );
    let run = w
        .run(&[
            "import",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
            "-o",
            "-",
        ])
        .ok();
    let rows: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(rows.len(), 3, "{}", run.context());
    assert!(rows[0].contains(",name,Отдел,amount,"));
    assert!(
        rows[1].starts_with("expenditure,2023,executed,04,1,,Образование,,10.5,,XXX,"),
        "{}",
        rows[1]
    );
    assert!(
        rows[2].starts_with("expenditure,2024,executed,04,1,,Образование,464,0.25,,XXX,"),
        "{}",
        rows[2]
    );
    assert!(rows[2].ends_with(",,D2,,unchecked"), "{}", rows[2]);
}

// ---------------------------------------------------------------- bad input

#[test]
fn bad_inputs_get_one_line_errors() {
    let w = Work::new();
    w.run(&["inspect", "nope.xlsx"])
        .fails(1, &["nope.xlsx: no such file"]);
    std::fs::create_dir(w.path("folder")).unwrap();
    w.run(&["inspect", "folder"])
        .fails(1, &["folder: is a directory"]);
    w.write("empty.csv", "");
    w.run(&["inspect", "empty.csv"])
        .fails(1, &["empty.csv: the file is empty"]);
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    w.write("random.xlsx", &noise);
    w.run(&["inspect", "random.xlsx"])
        .fails(1, &["random.xlsx: not a spreadsheet"]);
    w.write(
        "page.xls",
        "<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>",
    );
    // An HTML page saved as .xls is read as the page it is: its table, here
    // one cell, holds no budget.
    w.run(&["inspect", "page.xls"]).fails(
        1,
        &["page.xls, sheet \"table 1\", cell A1: no amount columns"],
    );
    w.write(
        "old.xls",
        "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>",
    );
    w.run(&["inspect", "old.xls"])
        .fails(1, &["old.xls: this is an Excel 2003 XML spreadsheet"]);
    let mut cfb = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    cfb.resize(512, 0);
    cfb.extend(
        "EncryptedPackage"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes()),
    );
    cfb.resize(2048, 0);
    w.write("locked.xlsx", &cfb);
    w.run(&["inspect", "locked.xlsx"])
        .fails(1, &["locked.xlsx: the workbook is password-protected"]);
    let sample = std::fs::read(repo("data/sample_district_budget.xlsx")).unwrap();
    w.write("cut.xlsx", &sample[..sample.len() / 2]);
    w.run(&["inspect", "cut.xlsx"])
        .fails(1, &["cut.xlsx: the zip container is damaged or truncated"]);
    w.run(&[
        "inspect",
        &repo("data/sample_district_budget.xlsx"),
        "--sheet",
        "2025",
    ])
    .fails(
        1,
        &[
            "no sheet named \"2025\" (--sheet)",
            "\"Бюджет 2022-2024\", \"О файле\"",
        ],
    );
    w.write("text.csv", "Наименование,Отдел\nОбразование,464\n");
    w.run(&["inspect", "text.csv"])
        .fails(1, &["text.csv, cell A1: no amount columns"]);
    w.write("badyear.csv", "Год,Сумма\n2024,5\nпозже,6\n");
    w.run(&["inspect", "badyear.csv"])
        .fails(1, &["badyear.csv, cell A3: \"позже\" is not a year"]);
}

#[test]
fn bad_flags_are_usage_errors() {
    let w = Work::new();
    let f = w.write("b.csv", "Dept,FY25 Budget\nParks,1\n");
    w.run(&["inspect", f.to_str().unwrap(), "--amount-col", "Total"])
        .fails(
            2,
            &[
                "--amount-col: no column \"Total\"",
                "the headers are: \"Dept\", \"FY25 Budget\"",
            ],
        );
    let run = w.run(&["inspect", f.to_str().unwrap(), "--stage", "spent"]);
    assert_eq!(run.code, 2, "{}", run.context());
    assert!(
        run.stderr.contains("\"spent\" is not a stage"),
        "{}",
        run.context()
    );
    let run = w.run(&["import", f.to_str().unwrap(), "-o", "out.txt"]);
    assert_eq!(run.code, 2, "{}", run.context());
    assert!(
        run.stderr
            .contains("-o: cannot tell the format of \"out.txt\""),
        "{}",
        run.context()
    );
}

#[test]
fn outputs_never_overwrite_inputs_or_existing_files() {
    let w = Work::new();
    let f = w.write("b.csv", "Dept,FY25 Budget\nParks,1\n");
    let before = std::fs::read(&f).unwrap();
    w.run(&["import", "b.csv", "-o", "b.csv", "--force"])
        .fails(1, &["b.csv: is also an input"]);
    assert_eq!(std::fs::read(&f).unwrap(), before);
    w.write("out.csv", "keep me");
    w.run(&["import", "b.csv", "-o", "out.csv"])
        .fails(1, &["out.csv: already exists; add --force"]);
    assert_eq!(
        std::fs::read_to_string(w.path("out.csv")).unwrap(),
        "keep me"
    );
    w.run(&["import", "b.csv", "-o", "out.csv", "--force", "-q"])
        .ok();
    assert!(std::fs::read_to_string(w.path("out.csv"))
        .unwrap()
        .starts_with("direction,"));
    // A failed import leaves no partial output behind.
    w.write("bad.csv", "Год,Сумма\nпозже,6\n");
    w.run(&["import", "bad.csv", "-o", "new.csv"])
        .fails(1, &["bad.csv, cell A2"]);
    assert!(!w.path("new.csv").exists());
}

#[test]
fn csv_output_is_safe_to_open_in_excel() {
    let w = Work::new();
    let f = w.write(
        "b.csv",
        "Name,2024 approved\n=HYPERLINK(\"http://x\"),1\n@SUM(A1),-2\n",
    );
    let run = w
        .run(&["import", f.to_str().unwrap(), "--excel", "-o", "out.csv"])
        .ok();
    let bytes = std::fs::read(w.path("out.csv")).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBFdirection,"),
        "{}",
        run.context()
    );
    let text = String::from_utf8(bytes).unwrap();
    assert!(
        text.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","),
        "{text}"
    );
    assert!(text.contains(",'@SUM(A1),"), "{text}");
    assert!(
        text.contains(",-2,,XXX,"),
        "amounts are never escaped: {text}"
    );
}

// ---------------------------------------------------------------- real files

#[test]
fn boston_totals_to_the_cent() {
    let Some(path) = realdata("boston_fy25_adopted_operating_budget.csv") else {
        return;
    };
    // Independently: a plain CSV parse, "#Missing" skipped.
    let mut rdr = csv::Reader::from_path(&path).unwrap();
    let h = rdr.headers().unwrap().clone();
    let mut expected: BTreeMap<String, Decimal> = BTreeMap::new();
    let cols = [
        ("FY22 Actual Expense", "2022 executed"),
        ("FY23 Actual Expense", "2023 executed"),
        ("FY24 Appropriation", "2024 approved"),
        ("FY25 Budget", "2025 approved"),
    ];
    for r in rdr.records() {
        let r = r.unwrap();
        for (c, key) in cols {
            let i = h.iter().position(|x| x == c).unwrap();
            let e = expected.entry(key.to_string()).or_insert(Decimal::ZERO);
            if &r[i] != "#Missing" {
                *e += dec(&r[i]);
            }
        }
    }
    assert_eq!(expected["2025 approved"], dec("4636924670.23"));
    let w = Work::new();
    let run = w
        .run(&["import", &path, "--currency", "USD", "-o", "-"])
        .ok();
    let (totals, n) = lines_totals(&run.stdout);
    assert_eq!(n, 943 * 4);
    assert_eq!(totals, expected);
    assert!(run.stdout.contains(",#Missing,USD,"), "markers kept");
}

#[test]
fn madrid_importe_per_year() {
    let Some(path) = realdata("madrid_municipal_expenditure_2012-2015.csv") else {
        return;
    };
    let mut rdr = csv::Reader::from_path(&path).unwrap();
    let mut expected: BTreeMap<String, Decimal> = BTreeMap::new();
    for r in rdr.records() {
        let r = r.unwrap();
        *expected
            .entry(format!("{} approved", &r[0]))
            .or_insert(Decimal::ZERO) += dec(&r[11]);
    }
    assert_eq!(expected.len(), 4);
    let w = Work::new();
    let run = w
        .run(&["import", &path, "--currency", "EUR", "-o", "-"])
        .ok();
    let (totals, n) = lines_totals(&run.stdout);
    assert_eq!(n, 20_217);
    assert_eq!(totals, expected);
    // Zero-padded codes stay text; of the five description columns the
    // economic item's, the most specific, is the name.
    assert!(
        run.stdout.lines().nth(1).unwrap().contains(
            ",SUELDOS DEL GRUPO A1,001,AYUNTAMIENTO DE MADRID,002,PRESIDENCIA DEL PLENO,"
        ),
        "{}",
        run.context()
    );
}

// ---------------------------------------------------------------- layouts and totals

#[test]
fn akimat_layout_gives_the_same_lines_as_the_clean_table() {
    let w = Work::new();
    let clean = w
        .run(&[
            "import",
            &repo("data/sample_district_budget.xlsx"),
            "-o",
            "-",
        ])
        .ok();
    let akimat_path = repo("data/sample_district_budget_akimat.xlsx");
    let akimat = w.run(&["import", &akimat_path, "-o", "-"]).ok();
    let (a, n) = lines_totals(&clean.stdout);
    let (b, m) = lines_totals(&akimat.stdout);
    assert_eq!((a, n), (b, m), "{}", akimat.context());

    // Every row with amounts but no program code (column D) is a published
    // total: the grand total, groups, subgroups, administrators.
    let rows = raw_rows(&akimat_path, "Приложение 1");
    let total_rows = rows
        .iter()
        .skip(7)
        .filter(|r| {
            r.get(3).is_some_and(|d| matches!(d, calamine::Data::Empty))
                && r.get(5).and_then(num).is_some()
        })
        .count();
    assert!(
        akimat.stderr.contains(&format!(
            "published totals: all {} reproduced to the cent",
            total_rows * 9
        )),
        "{}",
        akimat.context()
    );

    let text = w.run(&["inspect", &akimat_path]).ok();
    assert!(
        text.stdout.contains(&format!(
            "published total amounts found and kept out of the lines: {}",
            total_rows * 9
        )),
        "{}",
        text.context()
    );
    let run = w.run(&["inspect", &akimat_path, "--format", "json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let s = &v["files"][0]["sheets"][0];
    assert_eq!(
        (
            &s["title_rows"],
            &s["header_row"],
            &s["header_depth"],
            &s["column_number_row"],
            &s["unit"]["label"]
        ),
        (
            &serde_json::json!(4),
            &serde_json::json!(5),
            &serde_json::json!(2),
            &serde_json::json!(7),
            &serde_json::json!("тыс. тенге")
        )
    );
    assert_eq!(s["columns"][5]["header"], "2022 год Утвержденный бюджет");
    // The program's code path comes from the group, subgroup and administrator rows above it.
    let line = akimat
        .stdout
        .lines()
        .find(|l| l.contains(",Общеобразовательное обучение,"))
        .unwrap();
    assert!(
        line.starts_with("expenditure,2022,approved,04 2 464 003,4,04 2 464,"),
        "{line}"
    );
}

#[test]
fn validate_says_when_the_publishers_total_is_wrong() {
    let w = Work::new();
    let f = w.write(
        "b.csv",
        "Наименование;2024 Исполнено\nОбразование;100,5\nЗдравоохранение;50,25\nИтого;151,00\n",
    );
    let run = w.run(&["validate", f.to_str().unwrap()]).ok();
    assert!(
        run.stdout.contains("B4      2024 executed  \"Итого\" (label): published 151, the 2 lines of rows 2-3 add up to 150.75: DIFFERS by 0.25 XXX"),
        "{}",
        run.context()
    );
    assert!(
        run.stdout.contains("1 of 1 published totals differ"),
        "{}",
        run.context()
    );
    // The total is not a line: nothing is counted twice.
    let lines = w.run(&["import", f.to_str().unwrap(), "-o", "-"]).ok();
    assert_eq!(
        lines_totals(&lines.stdout),
        (
            [("2024 executed".to_string(), dec("150.75"))]
                .into_iter()
                .collect(),
            2
        )
    );
}

#[test]
fn oakland_subtotals_and_the_wrong_grand_total() {
    let Some(path) = realdata("oakland_5year_tables_fy2009-10_to_fy2017-18.xlsx") else {
        return;
    };
    // Read by eye from the file: the rows of sheet AllFundTables that sum others.
    let subtotals = [
        "Personnel - civilian",
        "Personnel - sworn",
        "Operations and maintenance",
        "Capital acquisitions",
        "Debt service, operating transfers, other",
        "Pay down long term liabilities - required",
        "Subtotal Non-Deferred",
        "Capital acquisitions - deferred",
        "Pay down long term liabilities - deferred",
        "Subtotal Deferred",
        "Grand Total Including Deferred",
    ];
    let rows = raw_rows(&path, "AllFundTables");
    let label = |r: &Vec<calamine::Data>| {
        r.get(1)
            .map(|d| d.to_string().trim().to_string())
            .unwrap_or_default()
    };
    let mut leaves = Decimal::ZERO;
    let mut grand = None;
    for (i, r) in rows.iter().enumerate() {
        let Some(c) = r.get(2).and_then(num) else {
            continue;
        };
        let l = label(r);
        if l == "Grand Total Including Deferred" {
            grand = Some((i, c));
        }
        if !subtotals.contains(&l.as_str()) {
            leaves += c;
        }
    }
    let (grand_row, published) = grand.unwrap();
    assert_eq!(published, dec("430155612"));
    let w = Work::new();
    let run = w
        .run(&["validate", &path, "--currency", "USD", "--format", "json"])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let t = v["totals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["sheet"] == "AllFundTables" && t["cell"] == format!("C{}", grand_row + 1))
        .unwrap_or_else(|| panic!("no total at C{}{}", grand_row + 1, run.context()));
    assert_eq!(dec(&t["computed"].to_string()), leaves);
    assert_eq!(dec(&t["published"].to_string()), published);
    assert_eq!(t["reproduced"], false);
    assert_eq!(t["label"], "Grand Total Including Deferred");
}

// ---------------------------------------------------------------- hostile files

/// A minimal xlsx with one sheet whose XML is given, written with the zip crate.
pub(super) fn xlsx_with_sheet(sheet_xml: &[u8], extra: Option<(&str, &[u8])>) -> Vec<u8> {
    use std::io::Write;
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut z = zip::ZipWriter::new(&mut buf);
    let opt = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let parts: [(&str, &[u8]); 4] = [
        ("[Content_Types].xml", br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#),
        ("_rels/.rels", br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
        ("xl/workbook.xml", br#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
        ("xl/_rels/workbook.xml.rels", br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
    ];
    for (name, bytes) in parts {
        z.start_file(name, opt).unwrap();
        z.write_all(bytes).unwrap();
    }
    z.start_file("xl/worksheets/sheet1.xml", opt).unwrap();
    z.write_all(sheet_xml).unwrap();
    if let Some((name, bytes)) = extra {
        z.start_file(name, opt).unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap();
    buf.into_inner()
}

pub(super) fn sheet_xml(rows: &str) -> Vec<u8> {
    format!(r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"#).into_bytes()
}

#[test]
fn calamine_693_far_cell_is_read_cell_by_cell() {
    // Cells at A1 and XFD1048576: a dense read would allocate 550 GB and abort.
    let w = Work::new();
    w.write(
        "far.xlsx",
        xlsx_with_sheet(
            &sheet_xml(r#"<row r="1"><c r="A1" t="inlineStr"><is><t>2024 approved</t></is></c></row><row r="2"><c r="A2"><v>5</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>"#),
            None,
        ),
    );
    let start = std::time::Instant::now();
    let run = w.run(&["inspect", "far.xlsx"]).ok();
    assert!(
        start.elapsed() < std::time::Duration::from_secs(5),
        "took {:?}",
        start.elapsed()
    );
    assert!(
        run.stdout.contains("used range A1:XFD1048576"),
        "{}",
        run.context()
    );
    assert!(
        run.stdout
            .contains("2024 approved                         5 XXX  (1 lines)"),
        "{}",
        run.context()
    );
}

#[test]
fn broken_workbooks_get_one_line_errors() {
    let w = Work::new();
    w.write("bad.xlsx", xlsx_with_sheet(br#"<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>"#, None));
    w.run(&["inspect", "bad.xlsx"])
        .fails(1, &["bad.xlsx: cannot read the workbook"]);
    w.write(
        "bool.xlsx",
        xlsx_with_sheet(
            &sheet_xml(r#"<row r="1"><c r="A1" t="b"><v>2</v></c></row>"#),
            None,
        ),
    );
    w.run(&["inspect", "bool.xlsx"]).fails(
        1,
        &[r#"bool.xlsx, sheet "Sheet1", cell A1: a true/false cell holds "2", not 0 or 1; the file is damaged"#],
    );
    w.write("docx.xlsx", {
        use std::io::Write;
        let mut buf = std::io::Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut buf);
        z.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        z.write_all(b"<w/>").unwrap();
        z.finish().unwrap();
        buf.into_inner()
    });
    // A Word document named .xlsx is read as the document it is.
    w.run(&["inspect", "docx.xlsx"])
        .fails(1, &["docx.xlsx: a Word document with no table"]);
    // NaN and infinity are not amounts; the rest of the sheet imports.
    w.write(
        "nan.xlsx",
        xlsx_with_sheet(
            &sheet_xml(r#"<row r="1"><c r="A1" t="inlineStr"><is><t>2024 approved</t></is></c></row><row r="2"><c r="A2"><v>NaN</v></c></row><row r="3"><c r="A3"><v>1e309</v></c></row><row r="4"><c r="A4"><v>7</v></c></row>"#),
            None,
        ),
    );
    let run = w.run(&["import", "nan.xlsx", "-o", "-"]).ok();
    let (totals, n) = lines_totals(&run.stdout);
    assert_eq!(
        (totals["2024 approved"], n),
        (dec("7"), 3),
        "{}",
        run.context()
    );
    assert!(
        run.stderr
            .contains("cell A2: NaN is not a usable amount; kept as missing"),
        "{}",
        run.context()
    );
}

#[test]
fn zip_bomb_is_refused_before_reading() {
    let w = Work::new();
    let zeros = vec![b' '; 80 << 20];
    w.write(
        "bomb.xlsx",
        xlsx_with_sheet(&sheet_xml(""), Some(("xl/sharedStrings.xml", &zeros))),
    );
    let start = std::time::Instant::now();
    w.run(&["inspect", "bomb.xlsx"]).fails(
        1,
        &[
            "bomb.xlsx: the workbook's part xl/sharedStrings.xml unpacks from",
            "zip bomb",
        ],
    );
    assert!(start.elapsed() < std::time::Duration::from_secs(5));
}

#[test]
fn max_cells_limit_and_flag() {
    let w = Work::new();
    let mut rows = String::from(
        r#"<row r="1"><c r="A1" t="inlineStr"><is><t>2024 approved</t></is></c></row>"#,
    );
    for r in 2..=50 {
        rows.push_str(&format!(r#"<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>"#));
    }
    w.write("many.xlsx", xlsx_with_sheet(&sheet_xml(&rows), None));
    w.run(&["inspect", "many.xlsx", "--max-cells", "20"])
        .fails(1, &["many.xlsx, sheet \"Sheet1\": the sheet has more than 20 non-empty cells, the limit; raise it with --max-cells"]);
    w.run(&["inspect", "many.xlsx", "--max-cells", "50"]).ok();
}

// ---------------------------------------------------------------- encodings and maps

#[test]
fn kz1048_csv_is_read_right() {
    // "Білім беру" and "Әлеуметтік көмек" in KZ-1048: windows-1251 bytes with
    // Kazakh letters where windows-1251 has Ј (0xA3 → Ә), ј (0xBC → ә), ґ (0xB4 → ө), ќ (0x9D → қ).
    let mut bytes = Vec::new();
    let (head, _, _) =
        encoding_rs::WINDOWS_1251.encode("Атауы;2024 бекітілген бюджет\nБілім беру;1 000,5\n");
    bytes.extend_from_slice(&head);
    bytes.extend_from_slice(&[0xA3]); // Ә
    let (rest, _, _) = encoding_rs::WINDOWS_1251.encode("леуметтік к");
    bytes.extend_from_slice(&rest);
    bytes.extend_from_slice(&[0xB4]); // ө
    let (rest, _, _) = encoding_rs::WINDOWS_1251.encode("мек ж");
    bytes.extend_from_slice(&rest);
    bytes.extend_from_slice(&[0xBC]); // ә
    let (rest, _, _) = encoding_rs::WINDOWS_1251.encode("не ");
    bytes.extend_from_slice(&rest);
    bytes.extend_from_slice(&[0x9D]); // қ
    let (rest, _, _) = encoding_rs::WINDOWS_1251.encode("амсыздандыру;2\n");
    bytes.extend_from_slice(&rest);
    let w = Work::new();
    w.write("kz.csv", &bytes);
    let run = w.run(&["import", "kz.csv", "-o", "-"]).ok();
    assert!(
        run.stdout
            .contains(",Әлеуметтік көмек және қамсыздандыру,2,"),
        "{}",
        run.context()
    );
    let run = w.run(&["inspect", "kz.csv"]).ok();
    assert!(
        run.stdout.contains("encoding KZ-1048 (guessed"),
        "{}",
        run.context()
    );
    let run = w
        .run(&["import", "kz.csv", "--encoding", "windows-1251", "-o", "-"])
        .ok();
    assert!(
        run.stdout
            .contains(",Јлеуметтік кґмек жјне ќамсыздандыру,2,"),
        "{}",
        run.context()
    );
    w.run(&["inspect", "kz.csv", "--encoding", "klingon"])
        .fails(2, &["--encoding: \"klingon\" is not an encoding"]);
}

#[test]
fn a_large_csv_is_streamed_and_every_amount_kept() {
    let name = |p: usize| match p {
        7 => "Программа \"особая\", с запятой".to_string(),
        8 => "Программа с переносом\nстроки".to_string(),
        _ => format!("Программа {p}: услуги жилищно-коммунального хозяйства"),
    };
    let (text, sums) = long_ledger(7000, name);
    assert!(text.len() > 1 << 20, "the test file must be streamed");
    let w = Work::new();
    w.write("ledger.csv", &text);
    let run = w.run(&["import", "ledger.csv", "-o", "-"]).ok();
    let (got, n) = lines_totals(&run.stdout);
    assert_eq!(n, 7000 * 6);
    assert_eq!(got, sums);
    assert!(run
        .stdout
        .contains(",\"Программа \"\"особая\"\", с запятой\","));
    // The name's line break is shown as a space; the rows after it count it:
    // the header, 42,000 rows, and six of them on two lines.
    assert!(run.stdout.contains(",Программа с переносом строки,"));
    let last = run.stdout.lines().last().unwrap_or_default();
    assert!(last.ends_with(",F42007,,unchecked"), "{last}");
    let run = w.run(&["inspect", "ledger.csv"]).ok();
    assert!(run.stdout.contains("UTF-8 (BOM)"), "{}", run.context());
}

#[test]
fn cells_name_the_line_a_row_starts_on_after_crlf_and_blank_lines() {
    let w = Work::new();
    w.write(
        "crlf.csv",
        "Наименование,2024 Утвержденный бюджет\r\nШкола,5\r\n\r\n\"Боль\r\nница\",7\r\nПарк,1",
    );
    let run = w.run(&["import", "crlf.csv", "-o", "-"]).ok();
    let cells: Vec<&str> = run
        .stdout
        .lines()
        .skip(1)
        .filter_map(|l| l.rsplit(',').nth(2))
        .collect();
    assert_eq!(cells, ["B2", "B4", "B6"], "{}", run.context());
    assert!(run.stdout.contains(",Боль ница,7,"), "{}", run.context());
}

#[test]
fn names_indented_by_level_give_levels_and_their_parents_are_totals() {
    let w = Work::new();
    w.write(
        "indented.csv",
        "Наименование;2024 Утвержденный бюджет;2024 Исполнение\n\
         Образование;100;90\n  Школы;60;55\n  Детские сады;40;35\n\
         Здравоохранение;50;52\n  Больницы;30;31\n    Поликлиники;20;20\n    Стационары;10;11\n\
         \u{a0}\u{a0}Скорая помощь;20;20\nКультура;5;4\n",
    );
    let run = w.run(&["import", "indented.csv", "-o", "-"]).ok();
    let lines: Vec<(String, String)> = run
        .stdout
        .lines()
        .skip(1)
        .filter(|l| l.contains(",approved,"))
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[4].to_string(), f[6].to_string())
        })
        .collect();
    let want = [
        ("2", "Школы"),
        ("2", "Детские сады"),
        ("3", "Поликлиники"),
        ("3", "Стационары"),
        ("2", "Скорая помощь"),
        ("1", "Культура"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(lines, want, "{}", run.context());
    // Здравоохранение's executed 52 is 1 more than its lines (31 + 20).
    let run = w.run(&["validate", "indented.csv"]).ok();
    assert!(
        run.stdout.contains(
            "C5      2024 executed  \"Здравоохранение\" (indentation): published 52, the 3 lines of rows 7-9 add up to 51: DIFFERS by 1 XXX"
        ),
        "{}",
        run.context()
    );
    assert!(
        run.stdout.contains("1 of 6 published totals differ"),
        "{}",
        run.context()
    );
}

#[test]
fn a_large_csv_that_turns_out_not_utf8_is_read_whole_and_guessed() {
    // ASCII for the first mebibyte, then windows-1251 names.
    let name = |p: usize| {
        if p < 9000 {
            format!("Program {p} of public services")
        } else {
            format!("Программа {p}")
        }
    };
    let (text, sums) = long_ledger(10000, name);
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&text[3..]);
    let w = Work::new();
    w.write("ledger-1251.csv", &bytes);
    let run = w.run(&["import", "ledger-1251.csv", "-o", "-"]).ok();
    let (got, n) = lines_totals(&run.stdout);
    assert_eq!(n, 10000 * 6);
    assert_eq!(got, sums);
    assert!(
        run.stdout.contains(",Программа 9999,"),
        "{}",
        &run.stdout[run.stdout.len() - 400..]
    );
    let run = w.run(&["inspect", "ledger-1251.csv"]).ok();
    assert!(
        run.stdout.contains("windows-1251 (guessed"),
        "{}",
        run.context()
    );
}

#[test]
fn write_map_then_replay_it() {
    let w = Work::new();
    let sample = repo("data/sample_district_budget_akimat.xlsx");
    w.run(&["inspect", &sample, "--write-map", "akimat.toml"])
        .ok();
    let map = std::fs::read_to_string(w.path("akimat.toml")).unwrap();
    for line in [
        "sheet = \"Приложение 1\"",
        "header_row = 5",
        "header_rows = 2",
        "unit = \"тыс. тенге\"",
        "\"2024 год Исполнение\" = \"2024:executed\"",
        "\"Наименование\" = \"name\"",
    ] {
        assert!(map.contains(line), "{line} missing from\n{map}");
    }
    let a = w.run(&["import", &sample, "-o", "-"]).ok();
    let b = w
        .run(&["import", &sample, "--map", "akimat.toml", "-o", "-"])
        .ok();
    assert_eq!(a.stdout, b.stdout);
    // Hand edits are checked, with the line named.
    w.write(
        "bad.toml",
        "header_row = 5\n[columns]\n\"Наименование\" = \"nmae\"\n",
    );
    w.run(&["inspect", &sample, "--map", "bad.toml"])
        .fails(2, &["--map: bad.toml: line 3:", "\"nmae\" is not a role"]);
    w.write("typo.toml", "heder_row = 5\n");
    w.run(&["inspect", &sample, "--map", "typo.toml"])
        .fails(2, &["--map: typo.toml: line 1: unknown field `heder_row`"]);
}

#[test]
fn macedonia_three_editions() {
    let Some(path) = realdata("mk_central_budget_and_rebalance_2014-2015.csv") else {
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap();
    let mut expected: BTreeMap<String, Decimal> = BTreeMap::new();
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    for r in rdr.records() {
        let r = r.unwrap();
        let key = match &r[0] {
            "" => continue,
            "2014-01-01T00:00:00" => "2014 approved",
            "2014-09-09T00:00:00" => "2014 revised",
            "2015-01-01T00:00:00" => "2015 approved",
            other => panic!("edition {other}"),
        };
        *expected.entry(key.into()).or_insert(Decimal::ZERO) += dec(&r[10]);
    }
    let w = Work::new();
    let run = w
        .run(&[
            "import",
            &path,
            "--map",
            &repo("examples/mappings/mk_central_budget_and_rebalance.toml"),
            "-o",
            "-",
        ])
        .ok();
    let (totals, n) = lines_totals(&run.stdout);
    assert_eq!(n, 3321 + 3535 + 3297);
    assert_eq!(totals, expected);
    assert!(run.stdout.contains(",MKD,"));
}

#[test]
fn kyiv_lviv_year_end_execution_without_double_counting() {
    let Some(path) = realdata("ua_openbudget_kyiv_lviv_expenses_economic_2021-2024.csv") else {
        return;
    };
    // Independently: each year's last month, general (C) and special (S) funds only.
    let mut rdr = csv::Reader::from_path(&path).unwrap();
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    let mut last: BTreeMap<String, String> = BTreeMap::new();
    for r in &rows {
        let e = last.entry(r[0][..4].to_string()).or_default();
        if r[0] > *e.as_str() {
            *e = r[0].to_string();
        }
    }
    let mut expected: BTreeMap<String, Decimal> = BTreeMap::new();
    let mut t_rows = 0;
    for r in &rows {
        if last[&r[0][..4]] != r[0] {
            continue;
        }
        if &r[1] == "T" {
            t_rows += 1;
            continue;
        }
        for (col, stage) in [(5, "approved"), (6, "revised"), (7, "executed")] {
            let e = expected
                .entry(format!("{} {stage}", &r[0][..4]))
                .or_insert(Decimal::ZERO);
            if &r[col] != "NA" {
                *e += dec(&r[col]);
            }
        }
    }
    let w = Work::new();
    let map = repo("examples/mappings/kyiv_lviv_expenses_economic.toml");
    let run = w.run(&["import", &path, "--map", &map, "-o", "-"]).ok();
    let (totals, _) = lines_totals(&run.stdout);
    assert_eq!(totals, expected);
    assert_eq!(
        expected["2022 executed"].round_dp(2),
        expected["2022 executed"]
    );
    // Every T row of the year-end months is a published total, checked against C + S.
    let run = w
        .run(&["validate", &path, "--map", &map, "--format", "json"])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let fund_totals = v["totals"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["rule"] == "fund rule")
        .count();
    assert!(
        fund_totals > 0 && fund_totals <= t_rows * 3,
        "{fund_totals} of {t_rows}"
    );
    assert_eq!(v["differ"], 0, "{}", run.context());
}

#[test]
fn formulas_use_saved_values_and_name_the_cells_without_one() {
    let w = Work::new();
    w.write(
        "f.xlsx",
        xlsx_with_sheet(
            &sheet_xml(r#"<row r="1"><c r="A1" t="inlineStr"><is><t>2024 approved</t></is></c></row><row r="2"><c r="A2"><v>5</v></c></row><row r="3"><c r="A3"><f>A2*2</f></c></row><row r="4"><c r="A4"><f>A2</f><v>5</v></c></row>"#),
            None,
        ),
    );
    let run = w.run(&["import", "f.xlsx", "-o", "-"]).ok();
    let (totals, n) = lines_totals(&run.stdout);
    assert_eq!(
        (totals["2024 approved"], n),
        (dec("10"), 3),
        "{}",
        run.context()
    );
    assert!(run.stderr.contains("sheet \"Sheet1\": cell A3: error value a formula with no saved value (open and save the file in Excel or LibreOffice to compute it); kept as missing"), "{}", run.context());
}

/// Regression test for the fuzzer's first finding: sums of huge amounts
/// overflowed a Decimal and panicked in the subtotal check.
#[test]
fn fuzz_huge_amounts_saturate_instead_of_panicking() {
    let w = Work::new();
    let mut text = String::from("Наименование;2024 Утвержденный бюджет\n");
    for i in 0..120 {
        text.push_str(&format!("п{i};9 999 999 999 999 999 999 999 999\n"));
    }
    text.push_str("77777777777777777777777777;77777777777777777777777777\nИтого;1\n");
    w.write("huge.csv", text);
    let run = w.run(&["validate", "huge.csv"]).ok();
    assert!(
        run.stdout.contains(
            "\"Итого\" (label): published 1, the 121 lines of rows 2-122 add up to 1,199,999,999,999,999,999,999,999,880: DIFFERS"
        ),
        "{}",
        run.context()
    );
    let run = w.run(&["import", "huge.csv", "-o", "-"]).ok();
    assert!(
        run.stderr
            .contains("cell B122: \"77777777777777777777777777\" is not a number; kept as missing"),
        "{}",
        run.context()
    );
}

// ---------------------------------------------------------------- directions

/// A workbook with a revenue sheet and an expenditure sheet, amounts in tenge.
pub(super) fn two_direction_workbook(
    revenue: &[(&str, &str, i64)],
    spending: &[(&str, &str, i64)],
) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    for (sheet, rows) in [("Доходы", revenue), ("Расходы", spending)] {
        let ws = book.add_worksheet();
        ws.set_name(sheet).unwrap();
        ws.write_string(0, 0, "Код").unwrap();
        ws.write_string(0, 1, "Наименование").unwrap();
        ws.write_string(0, 2, "2024 Утвержденный бюджет").unwrap();
        for (i, (code, name, amount)) in rows.iter().enumerate() {
            let r = i as u32 + 1;
            ws.write_string(r, 0, *code).unwrap();
            ws.write_string(r, 1, *name).unwrap();
            ws.write_number(r, 2, *amount as f64).unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn summaries_never_add_revenue_to_expenditure() {
    let revenue = [
        ("1", "Налоговые поступления", 700),
        ("4", "Поступления трансфертов", 2300),
    ];
    let spending = [
        ("01", "Государственные услуги", 400),
        ("04", "Образование", 2100),
    ];
    let (rev_total, exp_total): (i64, i64) = (
        revenue.iter().map(|r| r.2).sum(),
        spending.iter().map(|r| r.2).sum(),
    );
    let w = Work::new();
    w.write("both.xlsx", two_direction_workbook(&revenue, &spending));
    let run = w.run(&["inspect", "both.xlsx"]).ok();
    let line = |direction: &str, total: i64| {
        format!(
            "  {direction:<11} 2024 approved  {:>24} XXX  (2 lines)",
            format!("{},{:03}", total / 1000, total % 1000)
        )
    };
    for needle in [line("expenditure", exp_total), line("revenue", rev_total)] {
        assert!(
            run.stdout.contains(&needle),
            "missing {needle:?}{}",
            run.context()
        );
    }
    assert!(
        !run.stdout.contains(&format!(
            "{},{:03}",
            (rev_total + exp_total) / 1000,
            (rev_total + exp_total) % 1000
        )),
        "the two directions were added together{}",
        run.context()
    );
    let run = w.run(&["inspect", "both.xlsx", "--format", "json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let totals: Vec<(String, i64)> = v["totals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["direction"].as_str().unwrap().to_string(),
                t["total"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        totals,
        [
            ("expenditure".to_string(), exp_total),
            ("revenue".to_string(), rev_total)
        ]
    );
    // The import summary says the same.
    let run = w.run(&["import", "both.xlsx", "-o", "lines.csv"]).ok();
    assert!(
        run.stderr.contains(&line("revenue", rev_total)),
        "{}",
        run.context()
    );
    // A file of one direction keeps its summary as it was.
    let run = w
        .run(&["inspect", &repo("data/sample_district_budget.xlsx")])
        .ok();
    assert!(
        run.stdout.contains("\n  2024 approved "),
        "{}",
        run.context()
    );
}

#[test]
fn float_residue_in_a_workbook_is_rounded_away_with_a_warning() {
    // What a hand-edited workbook holds: =A1-B1 leaving 9.09e-13 beside real amounts.
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.write_string(0, 0, "Name").unwrap();
    ws.write_string(0, 1, "2024 approved").unwrap();
    let cells = [
        ("Schools", 1500.0),
        ("Roads", 9.094947017729282e-13),
        ("Clinics", 41_667_248.8),
        ("Parks", 2_500.000_000_000_000_5),
    ];
    for (i, (name, v)) in cells.iter().enumerate() {
        ws.write_string(i as u32 + 1, 0, *name).unwrap();
        ws.write_number(i as u32 + 1, 1, *v).unwrap();
    }
    let w = Work::new();
    w.write("residue.xlsx", book.save_to_buffer().unwrap());
    let run = w
        .run(&[
            "breakdown",
            "residue.xlsx",
            "--by",
            "name",
            "--format",
            "json",
        ])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let total = dec(&v["tables"][0]["totals"][0][amount_key(&v["tables"][0])].to_string());
    assert_eq!(
        total,
        dec("1500") + dec("41667248.8") + dec("2500"),
        "{}",
        run.context()
    );
    assert!(
        run.stderr.contains(
            "1 amount cell(s) hold floating-point residue below a millionth (the first: B3, 0.000000000000909494701772928): rounded to 6 decimals"
        ),
        "{}",
        run.context()
    );
    // The shared corpus's file of this kind, when it is there.
    let hostile =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/hostile/float_residue.xlsx");
    if hostile.exists() {
        w.run(&["breakdown", hostile.to_str().unwrap()]).ok();
    }
}

/// Files of ../shared/hostile whose readers panicked (calamine's xlsb
/// records, a bit-flipped Parquet page) or that looped (a data package
/// naming itself, or two naming each other): one line, exit 1, no panic.
#[test]
fn hostile_files_that_panicked_or_looped_get_one_line_errors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/hostile");
    if !dir.exists() {
        eprintln!("skipped: ../shared/hostile is absent");
        return;
    }
    let w = Work::new();
    for (name, needle) in [
        ("b06_bundle_bad_rel.xlsb", "the file is damaged"),
        ("b09_sst_short.xlsb", "the file is damaged"),
        ("q06_bitflip2.parquet", "the file is damaged"),
        (
            "dp/p04_self.json",
            "is a JSON document (a data package itself?), not a table",
        ),
        (
            "dp/p05_a.json",
            "is a JSON document (a data package itself?), not a table",
        ),
    ] {
        let p = dir.join(name);
        if !p.exists() {
            continue;
        }
        w.run(&["import", p.to_str().unwrap(), "-o", "x.csv"])
            .fails(1, &[name.rsplit('/').next().unwrap(), needle]);
    }
}
