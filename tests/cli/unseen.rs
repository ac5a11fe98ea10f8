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

// ------------------------------------------ the budget portal's exports

/// Sums of `amount` per "direction year stage" in an ashyq lines CSV.
fn totals_by_direction(csv_text: &str) -> BTreeMap<String, Decimal> {
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    let h = rdr.headers().unwrap().clone();
    let col = |n: &str| h.iter().position(|x| x == n).unwrap();
    let (d, y, s, a) = (col("direction"), col("year"), col("stage"), col("amount"));
    let mut m = BTreeMap::new();
    for r in rdr.records() {
        let r = r.unwrap();
        let e = m
            .entry(format!("{} {} {}", &r[d], &r[y], &r[s]))
            .or_insert(Decimal::ZERO);
        if !r[a].is_empty() {
            *e += dec(&r[a]);
        }
    }
    m
}

const PORTAL_HEADER: &str = "id;code;name;utv;utch;plg;plgp;plgo;sumrg;obz;obzsumrg;plgpsumrg;plgsumrg;level;isLeaf;loaded;expanded;parentCode;parent_id;month\n";

/// One row of a portal export as pandas writes it: float codes and ids.
fn portal_row(
    id: u32,
    code: &str,
    name: &str,
    parent: Option<u32>,
    amounts: [&str; 4],
    month: &str,
) -> String {
    let [utv, utch, plg, sumrg] = amounts;
    let parent = parent.map(|p| format!("{p}.0")).unwrap_or_default();
    format!("{id};{code};{name};{utv};{utch};{plg};0.0;0.0;{sumrg};0.0;0.0;99.5;12.25;0;False;True;False;;{parent};{month}\n")
}

/// A tree node of the fixture: (id, code, name, parent, a leaf's [utv, utch, plg]).
type Node<'a> = (u32, &'a str, &'a str, Option<u32>, Option<[&'a str; 3]>);

/// The six-part tree of a budget decision, in monthly year-to-date blocks
/// (classes 2, 5, 7 and 8 together, as the portal exports them). Leaves
/// carry amounts; each parent carries the sums of its children.
pub fn portal_tree() -> String {
    let mut t = String::from(PORTAL_HEADER);
    // (id, code, name, parent, leaf's [utv, utch, plg])
    let nodes: [Node; 10] = [
        (1, "1.0", "I. ДОХОДЫ", None, None),
        (2, "1.0", "Налоговые поступления", Some(1), None),
        (
            3,
            "1.0",
            "Индивидуальный подоходный налог",
            Some(2),
            Some(["200.0", "200.0", "200.0"]),
        ),
        (
            4,
            "5.0",
            "Налог на имущество",
            Some(2),
            Some(["100.0", "110.0", "110.0"]),
        ),
        (5, "2.0", "II. ЗАТРАТЫ", None, None),
        (
            6,
            "1.0",
            "Государственные услуги общего характера",
            Some(5),
            None,
        ),
        (
            7,
            "",
            "Аппарат акима",
            Some(6),
            Some(["180.661", "180.661", "190.661"]),
        ),
        (
            8,
            "451.0",
            "Отдел финансов",
            Some(6),
            Some(["99.839", "99.839", "99.839"]),
        ),
        (9, "3.0", "III. ЧИСТОЕ БЮДЖЕТНОЕ КРЕДИТОВАНИЕ", None, None),
        (
            10,
            "1.0",
            "Бюджетные кредиты",
            Some(9),
            Some(["50.0", "50.0", "50.0"]),
        ),
    ];
    // The executed amount of leaf `id` in a month: a year to date grows.
    let executed = |id: u32, ex: &str| dec(&format!("{id}.{ex}25"));
    for (month, ex) in [("01.2024", "1"), ("12.2024", "9"), ("03.2025", "2")] {
        // A node's four amounts: its own if a leaf, else its leaves' sums.
        fn sums(id: u32, nodes: &[Node], ex: &dyn Fn(u32) -> Decimal) -> [Decimal; 4] {
            let node = nodes.iter().find(|n| n.0 == id).unwrap();
            if let Some(plan) = node.4 {
                return [dec(plan[0]), dec(plan[1]), dec(plan[2]), ex(id)];
            }
            let mut out = [Decimal::ZERO; 4];
            for child in nodes.iter().filter(|n| n.3 == Some(id)) {
                for (o, a) in out.iter_mut().zip(sums(child.0, nodes, ex)) {
                    *o += a;
                }
            }
            out
        }
        for (id, code, name, parent, _) in nodes {
            let a = sums(id, &nodes, &|i| executed(i, ex)).map(|d| {
                let s = d.to_string();
                if s.contains('.') {
                    s
                } else {
                    format!("{s}.0")
                }
            });
            t.push_str(&portal_row(
                id,
                code,
                name,
                parent,
                [&a[0], &a[1], &a[2], &a[3]],
                month,
            ));
        }
    }
    t
}

#[test]
fn portal_tree_export_imports_its_leaves_by_part_at_each_years_last_month() {
    let w = Work::new();
    let f = w.write("местный_бюджет.csv", portal_tree());
    let path = f.to_str().unwrap();
    let run = w.run(&["import", path, "-o", "lines.csv"]).ok();
    let got = totals_by_direction(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    let k = dec("1000"); // the portal's thousand tenge
                         // By hand: the leaves of I. and II. at 12.2024 and 03.2025; III. left out.
    let want: BTreeMap<String, Decimal> = [
        (
            "expenditure 2024 approved",
            (dec("180.661") + dec("99.839")) * k,
        ),
        (
            "expenditure 2024 revised",
            (dec("180.661") + dec("99.839")) * k,
        ),
        (
            "expenditure 2024 adjusted",
            (dec("190.661") + dec("99.839")) * k,
        ),
        (
            "expenditure 2024 executed",
            (dec("7.925") + dec("8.925")) * k,
        ),
        (
            "expenditure 2025 approved",
            (dec("180.661") + dec("99.839")) * k,
        ),
        (
            "expenditure 2025 revised",
            (dec("180.661") + dec("99.839")) * k,
        ),
        (
            "expenditure 2025 adjusted",
            (dec("190.661") + dec("99.839")) * k,
        ),
        (
            "expenditure 2025 executed",
            (dec("7.225") + dec("8.225")) * k,
        ),
        ("revenue 2024 approved", dec("300") * k),
        ("revenue 2024 revised", dec("310") * k),
        ("revenue 2024 adjusted", dec("310") * k),
        ("revenue 2024 executed", (dec("3.925") + dec("4.925")) * k),
        ("revenue 2025 approved", dec("300") * k),
        ("revenue 2025 revised", dec("310") * k),
        ("revenue 2025 adjusted", dec("310") * k),
        ("revenue 2025 executed", (dec("3.225") + dec("4.225")) * k),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_string(), b))
    .collect();
    assert_eq!(got, want, "{}", run.context());
    for needle in [
        "thousand tenge",
        "kept each year's last period (2024: 12.2024, 2025: 03.2025)",
        "2025 is a part of the year: its amounts run to 03.2025 only",
        "\"III. ЧИСТОЕ БЮДЖЕТНОЕ КРЕДИТОВАНИЕ\" (2 leaf rows)",
    ] {
        assert!(
            run.stderr.contains(needle),
            "lacks {needle:?}{}",
            run.context()
        );
    }
    // Each leaf's code is its ancestors' path below the part; "1.0" reads "1".
    let lines = std::fs::read_to_string(w.path("lines.csv")).unwrap();
    assert!(lines.contains(",1 5,2,1,Налог на имущество,"), "{lines}");
    assert!(lines.contains(",1 451,2,1,Отдел финансов,"), "{lines}");
    // A leaf with no code of its own keeps its parent's path, a level below.
    assert!(lines.contains(",1,2,,Аппарат акима,"), "{lines}");
    // The parents are totals, checked against their leaves: all reproduced.
    let v = w.run(&["validate", path]).ok();
    assert!(
        v.stdout.contains("published totals are reproduced"),
        "{}",
        v.context()
    );
}

/// A flat export with "Итого" first in each month's block: each total is
/// checked against its own block's rows only (class 4).
#[test]
fn totals_above_each_months_block_reconcile_with_that_block() {
    let w = Work::new();
    let mut t = String::from("id;code;name;utv;sumrg;month\n");
    for (m, a, b) in [("01.2024", "10.5", "20.25"), ("02.2024", "30.5", "41.25")] {
        let total = dec(a) + dec(b);
        t.push_str(&format!("1;0;Итого;300.0;{total};{m}\n2;1;Образование;100.0;{a};{m}\n3;2;Здравоохранение;200.0;{b};{m}\n"));
    }
    let f = w.write("функц.csv", t);
    let path = f.to_str().unwrap();
    w.run(&["import", path, "-o", "lines.csv"]).ok();
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(n, 4); // two rows, two stages, the last month
    assert_eq!(
        totals["2024 executed"],
        (dec("30.5") + dec("41.25")) * dec("1000")
    );
    assert_eq!(totals["2024 approved"], dec("300") * dec("1000"));
    let v = w.run(&["validate", path]).ok();
    assert!(
        v.stdout.contains("all 4 published totals are reproduced"),
        "{}",
        v.context()
    );
}

/// Periods whose amounts could be year-to-date or each period's own, with
/// no plan amount to tell: an error naming the map's rule, never a sum.
#[test]
fn periods_that_do_not_show_year_to_date_are_refused() {
    let w = Work::new();
    let t = "Код;Наименование;Исполнение;Период\n01;Образование;10.5;01.2024\n01;Образование;20.5;02.2024\n";
    let f = w.write("periods.csv", t);
    w.run(&["import", f.to_str().unwrap(), "-o", "lines.csv"])
        .fails(
            1,
            &[
                "\"Период\" holds 2 periods of 2024 (01.2024 … 02.2024)",
                "[cumulative] period = \"Период\"",
            ],
        );
}

/// Every export of the portal in ../shared/realdata, with no flags, equals a
/// plain reading of its cells: the leaves of I. ДОХОДЫ and II. ЗАТРАТЫ (all
/// rows but "Итого" in a flat table) at each year's last month, × 1000.
#[test]
fn kz_budget_portal_exports_equal_an_independent_reading() {
    let names = [
        "местный_бюджет_г_Алматы.csv",
        "местный_бюджет_Карагандинская.csv",
        "местный_бюджет_Павлодарская.csv",
        "Республиканский бюджет.csv",
        "РБ_функц_классификация.csv",
        "РБ_экон_классификация.csv",
        "Местный_ведомств_классификация.csv",
    ];
    for name in names {
        let Some(path) = realdata(&format!("kz_budget_egov/{name}")) else {
            return;
        };
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_path(&path)
            .unwrap();
        let h = rdr.headers().unwrap().clone();
        let col = |n: &str| h.iter().position(|x| x == n);
        let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
        let month = col("month").unwrap();
        let id_of = |s: &str| s.trim_end_matches(".0").to_string();
        // Each year's last month: "MM.YYYY".
        let mut last: BTreeMap<String, String> = BTreeMap::new();
        for r in &rows {
            let (m, y) = r[month].split_once('.').unwrap();
            let e = last.entry(y.to_string()).or_insert_with(|| m.to_string());
            if m > e.as_str() {
                *e = m.to_string();
            }
        }
        let mut want: BTreeMap<String, Decimal> = BTreeMap::new();
        let kept = |r: &csv::StringRecord| {
            let (m, y) = r[month].split_once('.').unwrap();
            last[y] == m
        };
        let block: Vec<&csv::StringRecord> = rows.iter().filter(|r| kept(r)).collect();
        for r in &block {
            let direction = match col("parent_id") {
                None if &r[col("name").unwrap()] == "Итого" => continue,
                None => "expenditure",
                Some(p) => {
                    let same: Vec<&&csv::StringRecord> =
                        block.iter().filter(|o| o[month] == r[month]).collect();
                    let id = id_of(&r[col("id").unwrap()]);
                    if same.iter().any(|o| id_of(&o[p]) == id) {
                        continue; // a parent
                    }
                    // Up to the root: its part.
                    let mut at = *r;
                    while !at[p].is_empty() {
                        let up = id_of(&at[p]);
                        at = same.iter().find(|o| id_of(&o[0]) == up).unwrap();
                    }
                    match at[col("name").unwrap()].split('.').next().unwrap() {
                        "I" => "revenue",
                        "II" => "expenditure",
                        _ => continue,
                    }
                }
            };
            let year = r[month].split_once('.').unwrap().1;
            for (c, stage) in [
                ("utv", "approved"),
                ("utch", "revised"),
                ("plg", "adjusted"),
                ("sumrg", "executed"),
            ] {
                *want
                    .entry(format!("{direction} {year} {stage}"))
                    .or_default() += dec(&r[col(c).unwrap()]) * dec("1000");
            }
        }
        let w = Work::new();
        let run = w.run(&["import", &path, "-o", "lines.csv"]).ok();
        let got = totals_by_direction(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
        assert_eq!(got, want, "{name}{}", run.context());
    }
}

// ------------------------------------------------ 3. fiscal-year labels

/// One fiscal year written five ways, in a year column and in headers:
/// always the year in which it ends.
#[test]
fn fiscal_year_labels_name_the_year_they_end_in_columns_and_headers() {
    let w = Work::new();
    let long = "Budget Year Name,Department,Amount\nFY13-14,Police,100\n2013/14,Fire,20\nFY 2013-14,Parks,3\n2013-2014,Library,0.5\nFY14-15,Police,7\n";
    let f = w.write("mayor_proposed.csv", long);
    let run = w
        .run(&[
            "import",
            f.to_str().unwrap(),
            "--currency",
            "USD",
            "-o",
            "long.csv",
        ])
        .ok();
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("long.csv")).unwrap());
    assert_eq!(n, 5);
    // The file's name gives the stage when no column does, and says so.
    assert_eq!(totals["2014 proposed"], dec("123.5"), "{}", run.context());
    assert_eq!(totals["2015 proposed"], dec("7"));
    assert!(
        run.stderr
            .contains("taken as proposed (the file's name says \"proposed\")"),
        "{}",
        run.context()
    );
    let wide = "Department,FY 2013-14 Adopted,FY2014-15 Adopted\nPolice,100,7\n";
    let f = w.write("five_year.csv", wide);
    w.run(&[
        "import",
        f.to_str().unwrap(),
        "--currency",
        "USD",
        "-o",
        "wide.csv",
    ])
    .ok();
    let (totals, _) = lines_totals(&std::fs::read_to_string(w.path("wide.csv")).unwrap());
    assert_eq!(totals["2014 approved"], dec("100"));
    assert_eq!(totals["2015 approved"], dec("7"));
}

// ----------------------------------------- 8. a column gives the direction

/// "Account Type" holding Expense and Revenue: each row's direction, never
/// summed together.
#[test]
fn direction_column_keeps_revenue_apart_from_spending() {
    let w = Work::new();
    let t = "Year,Department,Account Type,Amount\n2024,Police,Expense,100.25\n2024,Police,Revenue,40\n2024,Parks,Expense,10\n2024,Parks,Revenue,5.5\n";
    let f = w.write("adopted.csv", t);
    let run = w
        .run(&[
            "import",
            f.to_str().unwrap(),
            "--currency",
            "USD",
            "-o",
            "lines.csv",
        ])
        .ok();
    let got = totals_by_direction(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    let want: BTreeMap<String, Decimal> = [
        ("expenditure 2024 approved".to_string(), dec("110.25")),
        ("revenue 2024 approved".to_string(), dec("45.5")),
    ]
    .into();
    assert_eq!(got, want, "{}", run.context());
    let i = w.run(&["inspect", f.to_str().unwrap()]).ok();
    assert!(
        i.stdout
            .contains("every value names a direction (\"Expense\", \"Revenue\")"),
        "{}",
        i.context()
    );
}

/// Oakland's proposed budget: "FY13-14" is 2014 as in its 5-year tables,
/// expense and revenue apart, proposed by the sheet's name; the figures
/// equal calamine's cells summed here.
#[test]
fn oakland_proposed_budget_by_fiscal_year_and_account_type() {
    let Some(path) = realdata("oakland_mayor_proposed_fy2013-15.xlsx") else {
        return;
    };
    let rows = raw_rows(&path, "City_of_Oakland_Proposed_Policy");
    let mut want: BTreeMap<String, Decimal> = BTreeMap::new();
    for r in &rows[1..] {
        let year = match r[0].to_string().as_str() {
            "FY13-14" => 2014,
            "FY14-15" => 2015,
            other => panic!("{other}"),
        };
        let direction = match r[10].to_string().as_str() {
            "Expense" => "expenditure",
            "Revenue" => "revenue",
            other => panic!("{other}"),
        };
        *want
            .entry(format!("{direction} {year} proposed"))
            .or_default() += num(&r[14]).unwrap();
    }
    let w = Work::new();
    let run = w
        .run(&["import", &path, "--currency", "USD", "-o", "lines.csv"])
        .ok();
    let got = totals_by_direction(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(got, want, "{}", run.context());
}

// ------------------------- 2 and 9. amount words and several name columns

/// Ukrainian words, a total word as the amount column's header, numbered
/// name columns: the most specific name is the name, the rest dimensions.
#[test]
fn amount_word_columns_and_numbered_name_columns() {
    let w = Work::new();
    let t = "Year,Код,Найменування1,Найменування2,Всього\n\
             2014,0111010,Апарат Верховної Ради України,Здійснення законотворчої діяльності,506585300\n\
             2014,0111020,Апарат Верховної Ради України,Обслуговування діяльності,305352500.5\n";
    let f = w.write("expenses.csv", t);
    w.run(&[
        "import",
        f.to_str().unwrap(),
        "--currency",
        "UAH",
        "-o",
        "lines.csv",
    ])
    .ok();
    let text = std::fs::read_to_string(w.path("lines.csv")).unwrap();
    let (totals, n) = lines_totals(&text);
    assert_eq!(n, 2);
    assert_eq!(
        totals["2014 approved"],
        dec("506585300") + dec("305352500.5")
    );
    assert!(text.contains(",Обслуговування діяльності,"), "{text}");
    assert!(
        text.lines().next().unwrap().contains("Найменування1"),
        "{text}"
    );
    // Ukrainian stage words.
    let t = "Код,Назва,2024 затверджено,2024 уточнено,2024 касові видатки\n01,Освіта,10,12,11.5\n";
    let f = w.write("stages.csv", t);
    w.run(&["import", f.to_str().unwrap(), "-o", "stages_lines.csv"])
        .ok();
    let (totals, _) = lines_totals(&std::fs::read_to_string(w.path("stages_lines.csv")).unwrap());
    assert_eq!(totals["2024 approved"], dec("10"));
    assert_eq!(totals["2024 revised"], dec("12"));
    assert_eq!(totals["2024 executed"], dec("11.5"));
}

/// Ukraine's state budget 2014 by program: no flags; its "Всього" summed
/// here from the CSV.
#[test]
fn ua_state_budget_imports_with_no_flags() {
    let Some(path) = realdata("ua_state_budget_expenditure_2014.csv") else {
        return;
    };
    let mut rdr = csv::Reader::from_path(&path).unwrap();
    let want: Decimal = rdr.records().map(|r| dec(&r.unwrap()[6])).sum();
    let w = Work::new();
    w.run(&["import", &path, "--currency", "UAH", "-o", "lines.csv"])
        .ok();
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(n, 510);
    assert_eq!(totals["2014 approved"], want);
}

// ---------------------------------- 12. parents' totals repeated as columns

/// Each row repeats its ministry's and its program's totals beside its own
/// amount: only the finest column is lines; the others are checked, and a
/// wrong one is reported. The year comes from the file's name, said.
#[test]
fn repeated_parent_totals_are_checked_not_summed() {
    let w = Work::new();
    let t = "body,program_code,subprogram_code,subprogram_name,body_actual,program_actual,subprogram_actual,subprogram_actual_vs_plan\n\
             Health,1001,11001,Hospitals,60.5,50.5,40.25,0.9\n\
             Health,1001,11002,Clinics,60.5,50.5,10.25,0.8\n\
             Health,1002,11003,Vaccines,60.5,10,10,1.0\n\
             Schools,2001,21001,Teachers,99,99,98,1.0\n";
    let f = w.write("spending_2024_q4.csv", t);
    let path = f.to_str().unwrap();
    let run = w.run(&["import", path, "-o", "lines.csv"]).ok();
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(n, 4, "{}", run.context());
    assert_eq!(
        totals["2024 executed"],
        dec("40.25") + dec("10.25") + dec("10") + dec("98")
    );
    assert!(
        run.stderr
            .contains("taken as 2024, the one year the file's name holds"),
        "{}",
        run.context()
    );
    // Health 60.5 = 40.25 + 10.25 + 10; program 1001 50.5 = 40.25 + 10.25;
    // 1002 10 = 10; Schools 99 ≠ 98 and program 2001 99 ≠ 98.
    let v = w.run(&["validate", path]).ok();
    assert!(
        v.stdout.contains("2 of 5 published totals differ"),
        "{}",
        v.context()
    );
    assert!(v.stdout.contains("\"body_actual: Schools\" (repeated on every row): published 99, the 1 line of row 5 adds up to 98"), "{}", v.context());
}

/// Armenia's 2024 execution: the subprogram columns are the lines, summed
/// here from the CSV; no flags but the currency.
#[test]
fn armenia_execution_imports_its_finest_columns() {
    let Some(path) = realdata("am_2024_spending_q1234.csv") else {
        return;
    };
    let mut rdr = csv::Reader::from_path(&path).unwrap();
    let h = rdr.headers().unwrap().clone();
    let col = |n: &str| {
        h.iter()
            .position(|x| x.trim_start_matches('\u{feff}') == n)
            .unwrap()
    };
    let mut want: BTreeMap<String, Decimal> = BTreeMap::new();
    let mut rows = 0;
    for r in rdr.records() {
        let r = r.unwrap();
        rows += 1;
        for (c, stage) in [
            ("subprogram_annual_plan", "approved"),
            ("subprogram_rev_annual_plan", "revised"),
            ("subprogram_actual", "executed"),
        ] {
            *want.entry(format!("2024 {stage}")).or_default() += dec(&r[col(c)]);
        }
    }
    let w = Work::new();
    let run = w
        .run(&["import", &path, "--currency", "AMD", "-o", "lines.csv"])
        .ok();
    let (got, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(n, rows * 3);
    assert_eq!(got, want, "{}", run.context());
}

// ------------------------------------------- 1. Kazakh header words

/// A Kazakh annex: group, subgroup, administrator and program columns with
/// suffixed headers; group, subgroup and administrator rows are totals of
/// the programs below, never lines.
#[test]
fn kazakh_level_headers_with_suffixes_split_the_code() {
    let w = Work::new();
    let t = "Функционалдық топ;Кіші функциясы;Бюджеттік бағдарламалардың әкімшісі;Бағдарламасы;Атауы;2024 жылға бекітілген бюджет (мың теңге)\n\
             01;;;;Жалпы сипаттағы мемлекеттік қызметтер;300\n\
             ;1;;;Мемлекеттік басқарудың жалпы функцияларын орындайтын өкілді, атқарушы және басқа органдар;300\n\
             ;;112;;Аудан мәслихатының аппараты;100\n\
             ;;;001;Аудан мәслихатының қызметін қамтамасыз ету;100\n\
             ;;122;;Аудан әкімінің аппараты;200\n\
             ;;;001;Аудан әкімінің қызметін қамтамасыз ету;150,5\n\
             ;;;003;Азаматтық хал актілерін тіркеу;49,5\n";
    let f = w.write("annex.csv", t);
    let path = f.to_str().unwrap();
    let run = w.run(&["import", path, "-o", "lines.csv"]).ok();
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(n, 3, "{}", run.context());
    assert_eq!(totals["2024 approved"], dec("300") * dec("1000"));
    let v = w.run(&["validate", path]).ok();
    assert!(
        v.stdout.contains("all 4 published totals are reproduced"),
        "{}",
        v.context()
    );
    // A map's code column is a code: here a level of the path.
    let map = w.write("map.toml", "[columns]\n\"Бағдарламасы\" = \"code\"\n");
    let run = w
        .run(&["inspect", path, "--map", map.to_str().unwrap()])
        .ok();
    assert!(
        run.stdout.contains("\"Бағдарламасы\"                              code                   a level of the code path (columns A, B, C, D)"),
        "{}",
        run.context()
    );
    assert!(run.stdout.contains("lines: 3 "), "{}", run.context());
}

// ------------------------------------------ 10. headers that are not headers

/// A law's date in a header is no fiscal year, and a column of names under
/// a title line holds no amounts.
#[test]
fn law_dates_and_title_lines_are_not_years_or_amounts() {
    let w = Work::new();
    let t = "Наименование;Налог, зачислявшийся до 1 января 2005 года;2024 исполнение\n\
             Образование;5;10,5\nЗдравоохранение;6;20\nКультура;7;1\n";
    let f = w.write("law.csv", t);
    let run = w
        .run(&["import", f.to_str().unwrap(), "-o", "lines.csv"])
        .ok();
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(n, 3, "{}", run.context());
    assert_eq!(totals.len(), 1, "{totals:?}");
    assert_eq!(totals["2024 executed"], dec("31.5"));
    // A header of a date only, over a column of words: no amounts there.
    let t = "по состоянию на 1 октября 2017 года\nБелгородская область\nБрянская область\nВладимирская область\nВоронежская область\n";
    let f = w.write("title.csv", t);
    w.run(&["import", f.to_str().unwrap(), "-o", "t.csv"])
        .fails(1, &["no amount columns"]);
}

// ------------------------------------------------------------ 11. not money

/// A statistics table in tonnes is no budget: refused, naming the unit;
/// --published-unit (in a file's own words too) insists.
#[test]
fn quantities_are_not_money() {
    let w = Work::new();
    let t =
        "Выбросы загрязняющих веществ\nтыс. тонн\nРегион;2022\nАкмолинская;12,5\nАлматинская;7\n";
    let f = w.write("emissions.csv", t);
    let path = f.to_str().unwrap();
    w.run(&["import", path, "-o", "lines.csv"]).fails(
        1,
        &[
            "the table's unit is \"тыс. тонн\", a quantity, not money",
            "--published-unit",
        ],
    );
    assert!(!w.path("lines.csv").exists());
    w.run(&[
        "import",
        path,
        "--published-unit",
        "мың теңге",
        "-o",
        "lines.csv",
    ])
    .ok();
    let (totals, _) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(totals["2022 approved"], dec("19500"));
    w.run(&["import", path, "--published-unit", "тонны", "-o", "x.csv"])
        .fails(2, &["--published-unit", "\"тонны\" names no unit"]);
}

// ---------------------------------------------- the currency, never assumed silently

/// The currency a file names labels its amounts; a file that names none is
/// tenge only where it points to Kazakhstan (Kazakh letters, the budget
/// classification's codes), else it has no currency, and either is said;
/// --currency settles it quietly.
#[test]
fn currency_is_the_files_or_said_to_be_assumed() {
    let w = Work::new();
    let f = w.write("usd.csv", "Department,FY25 Adopted ($)\nPolice,10\n");
    let run = w
        .run(&["import", f.to_str().unwrap(), "-o", "usd_lines.csv"])
        .ok();
    assert!(run.stderr.contains("10 USD"), "{}", run.context());
    let f = w.write("none.csv", "Department,FY25 Adopted\nPolice,10\n");
    let run = w
        .run(&["import", f.to_str().unwrap(), "-o", "none_lines.csv"])
        .ok();
    assert!(
        run.stderr.contains("the file names no currency and nothing in it points to Kazakhstan (Kazakh letters, budget classification codes): its amounts are shown with no currency; give it with --currency"),
        "{}",
        run.context()
    );
    assert!(run.stderr.contains("10 XXX"), "{}", run.context());
    // A chart and a table say so in words, never with another's sign.
    w.run(&[
        "chart",
        "bar",
        f.to_str().unwrap(),
        "--lang",
        "ru",
        "-o",
        "none.svg",
        "-q",
    ])
    .ok();
    let svg = std::fs::read_to_string(w.path("none.svg")).unwrap();
    assert!(svg.contains("ден. ед.") && !svg.contains('₸'), "{svg}");
    let run = w
        .run(&["breakdown", f.to_str().unwrap(), "--lang", "en", "-q"])
        .ok();
    assert!(run.stdout.contains("(currency units)"), "{}", run.context());
    // Kyrgyz shares some of Kazakh's letters (ө, ү, ң): no tenge for it.
    let f = w.write("kg.csv", "Аталышы;2024\nБилим берүү;10\nӨнүгүү;5\n");
    let run = w.run(&["import", f.to_str().unwrap(), "-o", "-"]).ok();
    assert!(run.stdout.contains(",XXX,"), "{}", run.context());
    // Kazakh letters, or codes of Kazakhstan's classification, point to tenge.
    for (name, text) in [
        ("kk.csv", "Атауы;2024\nБілім беру;10\nДенсаулық сақтау;5\n"),
        (
            "codes.csv",
            "Код;Наименование;2024 утвержденный\n04 2 464 003;Школы;10\n06 9 451 007;Помощь;5\n",
        ),
    ] {
        let f = w.write(name, text);
        let run = w.run(&["import", f.to_str().unwrap(), "-o", "-"]).ok();
        assert!(
            run.stderr.contains(
                "the file names no currency: its amounts are labelled KZT; give --currency"
            ),
            "{}",
            run.context()
        );
    }
    let run = w
        .run(&[
            "import",
            f.to_str().unwrap(),
            "--currency",
            "USD",
            "-o",
            "given.csv",
        ])
        .ok();
    assert!(
        !run.stderr.contains("names no currency"),
        "{}",
        run.context()
    );
    let f = w.write(
        "kzt.csv",
        "Код;Наименование;2024 бекітілген (мың теңге)\n01;Білім;10\n",
    );
    let run = w.run(&["inspect", f.to_str().unwrap()]).ok();
    assert!(
        run.stdout.contains("currency: KZT (\"теңге\")"),
        "{}",
        run.context()
    );
}

/// A year whose execution runs only to March is never read as the year's:
/// the latest whole year is the execution's, the partial year's plan is
/// the breakdown's, and a comparison that uses it says so in its title.
#[test]
fn a_partial_year_is_never_read_as_a_whole_one() {
    let w = Work::new();
    let f = w.write("местный_бюджет.csv", portal_tree());
    let path = f.to_str().unwrap();
    let e = w.run(&["execution", path, "--lang", "en", "--wide"]).ok();
    assert!(
        e.stdout.contains("2024: the latest whole year with executed amounts (2025 runs to 03.2025 only; --year 2025 shows it)"),
        "{}",
        e.context()
    );
    let b = w.run(&["breakdown", path, "--lang", "en"]).ok();
    assert!(
        b.stdout
            .contains("2025: the plan (adjusted), its execution running to 03.2025 only"),
        "{}",
        b.context()
    );
    let c = w
        .run(&[
            "compare",
            path,
            "--lang",
            "en",
            "--from",
            "2024:executed",
            "--to",
            "2025:executed",
            "--wide",
        ])
        .ok();
    assert!(
        c.stdout
            .lines()
            .next()
            .unwrap()
            .contains("2025 executed to 03.2025 only: not a whole year"),
        "{}",
        c.context()
    );
}

/// A partial year stays partial when the lines go through a lines file
/// (CSV, JSON, Parquet: the "through" column) and when another file is read
/// beside it; a "through" that names no month of its line's year is refused.
#[test]
fn a_partial_year_stays_partial_through_lines_files_and_beside_other_files() {
    let w = Work::new();
    let f = w.write("местный_бюджет.csv", portal_tree());
    let path = f.to_str().unwrap();
    // The first line of `compare`'s 2024 → 2025 execution of these files.
    let title = |files: &[&str]| {
        let mut args = vec!["compare"];
        args.extend(files);
        args.extend([
            "--lang",
            "en",
            "--from",
            "2024:executed",
            "--to",
            "2025:executed",
            "--wide",
        ]);
        let c = w.run(&args).ok();
        c.stdout.lines().next().unwrap_or_default().to_string()
    };
    let partial = "2025 executed to 03.2025 only: not a whole year";
    for ext in ["csv", "json", "parquet"] {
        let out = w.path(&format!("lines.{ext}"));
        let out = out.to_str().unwrap();
        w.run(&["import", path, "-o", out, "-q"]).ok();
        let t = title(&[out]);
        assert!(t.contains(partial), "{ext}: {t}");
    }
    let csv = std::fs::read_to_string(w.path("lines.csv")).unwrap();
    let ends = |year_stage: &str, tail: &str| {
        csv.lines()
            .filter(|l| l.contains(year_stage))
            .all(|l| l.ends_with(tail))
    };
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .ends_with(",cell,through,reconciliation"));
    assert!(ends(",2025,executed,", ",2025-03,reconciled"), "{csv}");
    assert!(ends(",2025,approved,", ",,reconciled"), "{csv}");
    assert!(ends(",2024,executed,", ",,reconciled"), "{csv}");
    // Beside a file of whole years, read first.
    let other = w.write(
        "other.csv",
        "Код;Наименование;2024 исполнение (тыс. тенге)\n01;Школы;10\n",
    );
    let t = title(&[other.to_str().unwrap(), path]);
    assert!(t.contains(partial), "{t}");
    // A hand-edited "through" of another year, or of no month, is refused.
    for bad in ["2024-03", "2025-13", "March"] {
        let edited = csv.replacen(",2025-03,", &format!(",{bad},"), 1);
        let e = w.write("edited.csv", edited);
        w.run(&["breakdown", e.to_str().unwrap(), "--lang", "en"])
            .fails(1, &["edited.csv", &format!("{bad:?}"), "through"]);
    }
}

/// A name column the map or a flag names is the name, whatever the other
/// name columns hold.
#[test]
fn a_named_name_column_wins() {
    let w = Work::new();
    let t = "Код,Наименование группы,Наименование программы,2024 утвержденный\n01,Образование,Школы,10\n01,Образование,Сады,5\n";
    let f = w.write("names.csv", t);
    let path = f.to_str().unwrap();
    w.run(&["import", path, "-o", "finest.csv"]).ok();
    let text = std::fs::read_to_string(w.path("finest.csv")).unwrap();
    assert!(text.contains(",Школы,"), "{text}");
    w.run(&[
        "import",
        path,
        "--name-col",
        "Наименование группы",
        "-o",
        "flag.csv",
    ])
    .ok();
    let text = std::fs::read_to_string(w.path("flag.csv")).unwrap();
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let col = rdr
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "name")
        .unwrap();
    let names: Vec<String> = rdr.records().map(|r| r.unwrap()[col].to_string()).collect();
    assert_eq!(names, vec!["Образование", "Образование"]);
}

/// One sheet that cannot be read does not stop a workbook whose other
/// sheets can: it is left out, said, and its lines taken back.
#[test]
fn an_unreadable_sheet_leaves_the_others_imported() {
    let w = Work::new();
    let mut wb = rust_xlsxwriter::Workbook::new();
    let good = wb.add_worksheet().set_name("Бюджет").unwrap();
    for (c, h) in ["Код", "Наименование", "2024 утвержденный (тыс. тенге)"]
        .iter()
        .enumerate()
    {
        good.write_string(0, c as u16, *h).unwrap();
    }
    good.write_string(1, 0, "01").unwrap();
    good.write_string(1, 1, "Образование").unwrap();
    good.write_number(1, 2, 12.5).unwrap();
    let bad = wb.add_worksheet().set_name("Справка").unwrap();
    for (c, h) in [
        "Код",
        "Наименование",
        "2024 утвержденный",
        "2024 утверждено",
    ]
    .iter()
    .enumerate()
    {
        bad.write_string(0, c as u16, *h).unwrap();
    }
    bad.write_string(1, 0, "01").unwrap();
    bad.write_string(1, 1, "Образование").unwrap();
    bad.write_number(1, 2, 1.0).unwrap();
    bad.write_number(1, 3, 2.0).unwrap();
    let path = w.path("two.xlsx");
    wb.save(&path).unwrap();
    let run = w
        .run(&["import", path.to_str().unwrap(), "-o", "lines.csv"])
        .ok();
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(n, 1);
    assert_eq!(totals["2024 approved"], dec("12500"));
    assert!(
        run.stderr.contains("sheet \"Справка\": left out, the other sheets imported: it could not be read (cell D1): columns C and D both hold 2024 approved"),
        "{}",
        run.context()
    );
    // Named with --sheet, the sheet's error is the command's.
    w.run(&[
        "import",
        path.to_str().unwrap(),
        "--sheet",
        "Справка",
        "-o",
        "x.csv",
    ])
    .fails(1, &["columns C and D both hold 2024 approved"]);
}

/// A column with no header that holds the names is the name column (class 9).
#[test]
fn names_under_an_empty_header() {
    let w = Work::new();
    let t = "Код;;2024 утвержденный бюджет\n01;Государственные услуги общего характера;10\n04;Образование;20,5\n";
    let f = w.write("noheader.csv", t);
    w.run(&["import", f.to_str().unwrap(), "-o", "lines.csv"])
        .ok();
    let text = std::fs::read_to_string(w.path("lines.csv")).unwrap();
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let col = rdr
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "name")
        .unwrap();
    let names: Vec<String> = rdr.records().map(|r| r.unwrap()[col].to_string()).collect();
    assert_eq!(
        names,
        vec!["Государственные услуги общего характера", "Образование"]
    );
}

/// No header names a year or stage: the error names the columns that could
/// be amounts (codes are not) and the flag that settles them (class 2).
#[test]
fn no_amount_columns_names_the_candidates() {
    let w = Work::new();
    let t = "COD_CONS_EK,NAME,ZAT_AMT,FAKT_AMT\n2111,Salaries,1500000.5,1200000\n2120,Social,300000,250000\n";
    let f = w.write("api.csv", t);
    w.run(&["import", f.to_str().unwrap(), "-o", "x.csv"])
        .fails(
            1,
            &[
                "columns holding numbers: C (\"ZAT_AMT\"), D (\"FAKT_AMT\")",
                "--column \"ZAT_AMT=2024:approved\"",
            ],
        );
}

// ---------------------------------------------- 5. zero-padded prefix codes

/// Eight-digit revenue codes: "10000000" heads "11000000", which heads
/// "11010000"; parents are checked totals, the leaves the lines.
#[test]
fn zero_padded_prefix_codes_are_a_tree() {
    let w = Work::new();
    let t = "Код;Найменування;2024 затверджено (тис. грн)\n\
             10000000;Податкові надходження;150\n\
             11000000;Податки на доходи;100\n\
             11010000;Податок на доходи фізичних осіб;60,5\n\
             11020000;Податок на прибуток;39,5\n\
             13000000;Рентна плата;50\n\
             13010000;Рентна плата за спецвикористання лісових ресурсів;50\n";
    let f = w.write("revenue.csv", t);
    let path = f.to_str().unwrap();
    let run = w.run(&["import", path, "-o", "lines.csv"]).ok();
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(n, 3, "{}", run.context());
    assert_eq!(totals["2024 approved"], dec("150000"));
    assert!(run.stderr.contains("UAH"), "{}", run.context());
    let v = w.run(&["validate", path]).ok();
    assert!(
        v.stdout.contains("all 3 published totals are reproduced"),
        "{}",
        v.context()
    );
}

/// A total that differs from its lines by less than rounding them could
/// make is still said to differ, and said to be within rounding; a larger
/// difference is not.
#[test]
fn a_difference_within_rounding_is_said_so() {
    let w = Work::new();
    // 10.07 + 20.14 = 30.21, published as 30.2: within rounding to 0.01.
    let t = "Код;Наименование;2024 исполнение\n;Школы;10,07\n;Сады;20,14\n02;Итого;30,2\n";
    let f = w.write("round.csv", t);
    let v = w.run(&["validate", f.to_str().unwrap()]).ok();
    assert!(
        v.stdout.contains("DIFFERS by -0.01 XXX, less than rounding each of its 2 lines and the total to 0.01 XXX could make"),
        "{}",
        v.context()
    );
    // The summaries count it apart from the totals that differ beyond rounding.
    assert!(
        v.stdout.contains("\n1 of 1 published totals differ from the sum of their lines by less than rounding could make (by 0.01 XXX at most): the publisher's rounding, not a lost line\n"),
        "{}",
        v.context()
    );
    let run = w.run(&["import", f.to_str().unwrap(), "-o", "-"]).ok();
    assert!(
        run.stderr.contains("published totals: all 1 reproduced to the cent or within the publisher's rounding (1 of them, by 0.01 XXX at most) (kept out of the lines)"),
        "{}",
        run.context()
    );
    let t = "Код;Наименование;2023 исполнение\n;Школы;10,07\n;Сады;20,14\n02;Итого;30,5\n";
    let g = w.write("wrong.csv", t);
    let both = [f.to_str().unwrap(), g.to_str().unwrap()];
    let v = w.run(&["validate", both[0], both[1]]).ok();
    assert!(
        v.stdout.contains("DIFFERS by 0.29 XXX\n"),
        "{}",
        v.context()
    );
    assert!(
        v.stdout.contains("\n1 of 2 published totals differ from the sum of their lines: the publisher's arithmetic, or lines ashyq did not import; see the cells above; 1 more differ by no more than rounding could make\n"),
        "{}",
        v.context()
    );
    let v = w
        .run(&["validate", both[0], both[1], "--format", "json"])
        .ok();
    let json: serde_json::Value = serde_json::from_str(&v.stdout).unwrap();
    assert_eq!(
        (json["differ"].as_u64(), json["within_rounding"].as_u64()),
        (Some(1), Some(1))
    );
    let run = w
        .run(&["import", both[0], both[1], "-o", "-", "--lang", "ru"])
        .ok();
    assert!(
        run.stderr.contains("опубликованные итоги: 1 из 2 расходятся с суммой своих строк, ещё 1 — только в пределах округления"),
        "{}",
        run.context()
    );
    // The pack says it in a sentence and leaves it out of the table of
    // totals that differ.
    let out = w.path("pack");
    w.run(&[
        "report",
        both[0],
        both[1],
        "-o",
        out.to_str().unwrap(),
        "--lang",
        "en",
        "--currency",
        "KZT",
    ])
    .ok();
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(
        md.contains("The lines reproduce 0 of the 2 published totals to the tiyn.\n\n1 more differ by less than rounding the lines could make (by 0.01 ₸ at most): the publisher's rounding, not an error."),
        "{md}"
    );
    let csv = std::fs::read_to_string(out.join("tables/reconciliation.csv")).unwrap();
    assert!(
        csv.contains(",C4,Итого,2023,") && !csv.contains(",2024,"),
        "{csv}"
    );
}

/// Class 9: with no name column, the one column of words that nearly never
/// repeat holds the names ("Программа", a level word with no codes under
/// it); a column of repeated words stays a dimension.
#[test]
fn names_the_one_column_of_distinct_words() {
    let w = Work::new();
    let p = w.write(
        "names.csv",
        "Отдел,Программа,2024 approved\nАкимат,Образование,100\nАкимат,Культура,200.5\nМаслихат,Спорт,7\n",
    );
    assert_eq!(
        imported_pairs(&w, &p, "name", "Отдел"),
        owned_pairs(&[
            ("Образование", "Акимат"),
            ("Культура", "Акимат"),
            ("Спорт", "Маслихат")
        ])
    );
    // Two columns of distinct words: neither is chosen.
    let p = w.write(
        "two.csv",
        "Программа,Описание,2024 approved\nОбразование,школы района,100\nКультура,дома культуры,200\n",
    );
    assert_eq!(
        imported_pairs(&w, &p, "name", "Программа"),
        owned_pairs(&[("", "Образование"), ("", "Культура")])
    );
}

/// Class 4, totals above by arithmetic: a country above its districts,
/// each district above its regions, named in capitals with no total word;
/// each is a total of the rows below it up to the next heading, checked.
#[test]
fn totals_above_their_rows_by_arithmetic() {
    let w = Work::new();
    let p = w.write(
        "regions.csv",
        "Территория,2017 executed,2017 approved\n\
         РОССИЙСКАЯ ФЕДЕРАЦИЯ,60.5,70\n\
         \u{20}\u{20}\u{20}в том числе:,,\n\
         ЦЕНТРАЛЬНЫЙ ФЕДЕРАЛЬНЫЙ ОКРУГ,30.25,35\n\
         Белгородская область,10.25,15\n\
         Брянская область,20,20\n\
         СЕВЕРО-ЗАПАДНЫЙ ФЕДЕРАЛЬНЫЙ ОКРУГ,30.25,35\n\
         Республика Карелия,5.25,5\n\
         Республика Коми,25,30\n",
    );
    let run = w.import_kzt(&p, "lines.csv");
    assert!(run.stderr.contains("all 6 reproduced"), "{}", run.context());
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    // Only the four regions are lines: 10.25 + 20 + 5.25 + 25.
    assert_eq!(n, 8);
    assert_eq!(totals["2017 executed"], dec("60.5"));
    assert_eq!(totals["2017 approved"], dec("70"));
    let run = w
        .run(&[
            "validate",
            p.to_str().unwrap(),
            "--currency",
            "KZT",
            "--all",
        ])
        .ok();
    for (name, rows) in [
        ("ЦЕНТРАЛЬНЫЙ ФЕДЕРАЛЬНЫЙ ОКРУГ", "the 2 lines of rows 5-6"),
        (
            "СЕВЕРО-ЗАПАДНЫЙ ФЕДЕРАЛЬНЫЙ ОКРУГ",
            "the 2 lines of rows 8-9",
        ),
        ("РОССИЙСКАЯ ФЕДЕРАЦИЯ", "the 4 lines of rows 5-9"),
    ] {
        // Each district's own rows, though its sums equal the rows above it too.
        let want = format!("\"{name}\" (sum of the rows below): published");
        let line = run
            .stdout
            .lines()
            .find(|l| l.contains(&want) && l.contains("executed"));
        assert!(
            line.is_some_and(|l| l.contains(rows)),
            "{name}{}",
            run.context()
        );
    }
}

/// Russia's form 1-НМ (sheet 1000), with its map: the lines are the 85
/// regions; the country and the eight districts above their regions are
/// totals by their sums, all reproduced; the row of column codes ("А",
/// 1000.0, 1000.2 ...) is no line; the year runs to September.
#[test]
fn russia_form_1nm_by_territory_with_its_map() {
    let Some(file) = realdata("ru_fns_tax_revenue_by_territory_2017-10.xls") else {
        return;
    };
    let w = Work::new();
    let map = repo("examples/mappings/ru_fns_1nm_by_territory.toml");
    let run = w
        .run(&["import", &file, "--map", &map, "-o", "ru.csv"])
        .ok();
    assert!(run.stderr.contains("all 9 reproduced"), "{}", run.context());
    assert!(run
        .stderr
        .contains("2017 is a part of the year: the title says the figures stand at 01.10.2017, so its execution runs to 09.2017 only"));
    // The independent reading: the sheet's cells. The country's row holds
    // the total; the regions are the rows named in lower case below it.
    let rows = raw_rows(&file, "1000");
    let name = |r: &Vec<calamine::Data>| r[0].to_string();
    let country = rows
        .iter()
        .find(|r| name(r) == "РОССИЙСКАЯ ФЕДЕРАЦИЯ")
        .unwrap();
    let regions: Vec<Decimal> = rows
        .iter()
        .filter(|r| name(r).chars().any(char::is_lowercase) && !name(r).contains("в том числе"))
        .filter_map(|r| num(&r[1]))
        .collect();
    assert_eq!(regions.len(), 85);
    let sum: Decimal = regions.iter().sum();
    assert_eq!(sum, num(&country[1]).unwrap());
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("ru.csv")).unwrap());
    assert_eq!(n, 85);
    assert_eq!(totals["2017 executed"], sum * Decimal::from(1000));
}

/// A row under the header that numbers the columns with the form's codes
/// after a letter ("А", 1000.0, 1000.2, 1000.3) is skipped, not a line of
/// 1,000,000.
#[test]
fn a_row_of_column_codes_is_not_a_line() {
    let w = Work::new();
    let p = w.write(
        "form.csv",
        "Территория,2017 executed,2017 approved\nА,1000.0,1000.2\nБелгородская область,10.5,11\nБрянская область,20,21\n",
    );
    let run = w.import_kzt(&p, "lines.csv");
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(
        (n, totals["2017 executed"]),
        (4, dec("30.5")),
        "{}",
        run.context()
    );
    let run = w
        .run(&["inspect", p.to_str().unwrap(), "--currency", "KZT"])
        .ok();
    assert!(
        run.stdout
            .contains("row 2 only numbers the columns: skipped"),
        "{}",
        run.context()
    );
    // Amounts that rise left to right are not codes without the letter.
    let p = w.write(
        "rising.csv",
        "Территория,2017 executed,2017 approved\nБелгородская область,1000,1002\nБрянская область,20,21\n",
    );
    w.import_kzt(&p, "rising_lines.csv");
    let (totals, _) = lines_totals(&std::fs::read_to_string(w.path("rising_lines.csv")).unwrap());
    assert_eq!(totals["2017 executed"], dec("1020"));
}

/// Class 3's flag: `--fiscal-year start` names a span by its first year,
/// in headers and in year columns alike (the default is the year it ends in).
#[test]
fn fiscal_year_flag_names_spans_by_their_first_year() {
    let w = Work::new();
    let wide = w.write(
        "wide.csv",
        "Program,FY2013-14 Adopted,FY2014-15 Adopted\nParks,10,11\nLibrary,5,6\n",
    );
    let long = w.write(
        "long.csv",
        "Program,Fiscal Year,Amount\nParks,FY13-14,10\nParks,2014/15,11\n",
    );
    for (flag, first) in [(None, 2014), (Some("start"), 2013), (Some("end"), 2014)] {
        for (p, name) in [(&wide, "wide"), (&long, "long")] {
            let out = format!("{name}-{flag:?}.csv");
            let mut args = vec![
                "import",
                p.to_str().unwrap(),
                "--currency",
                "USD",
                "-o",
                &out,
            ];
            if let Some(f) = flag {
                args.extend(["--fiscal-year", f]);
            }
            w.run(&args).ok();
            let (totals, _) = lines_totals(&std::fs::read_to_string(w.path(&out)).unwrap());
            let want = if name == "wide" {
                ("15", "17")
            } else {
                ("10", "11")
            };
            assert_eq!(
                totals,
                BTreeMap::from([
                    (format!("{first} approved"), dec(want.0)),
                    (format!("{} approved", first + 1), dec(want.1)),
                ]),
                "{name} {flag:?}"
            );
        }
    }
}

/// Class 5, codes of several lengths: 2-4-6-8 digit codes with no map (a
/// revenue classification) are a tree when the sums confirm it; the leaves
/// are lines, the parents totals checked against them. Serial numbers that
/// begin with shorter ones (1, 10, 12) but do not add up stay lines.
#[test]
fn codes_of_two_four_six_eight_digits_are_a_tree() {
    let w = Work::new();
    let p = w.write(
        "revenue.csv",
        "Код,Наименование,2024 approved,2024 executed\n\
         10,Налоговые поступления,1000.5,900\n\
         1001,Подоходный налог,600.5,500\n\
         100101,Корпоративный подоходный налог,200.5,150\n\
         10010101,КПН с юридических лиц,150.5,100\n\
         10010102,КПН с нерезидентов,50,50\n\
         100102,Индивидуальный подоходный налог,400,350\n\
         1002,Социальный налог,400,400\n\
         20,Неналоговые поступления,30,20\n\
         2001,Доходы от собственности,10,5\n\
         2002,Штрафы,20,15\n",
    );
    let run = w.import_kzt(&p, "lines.csv");
    assert!(run.stderr.contains("all 8 reproduced"), "{}", run.context());
    let lines = std::fs::read_to_string(w.path("lines.csv")).unwrap();
    let (totals, n) = lines_totals(&lines);
    // The leaves: 10010101, 10010102, 100102, 1002, 2001, 2002.
    assert_eq!(n, 12);
    assert_eq!(totals["2024 approved"], dec("1030.5"));
    assert_eq!(totals["2024 executed"], dec("920"));
    assert_eq!(
        imported_pairs(&w, &p, "code", "parent_code")[..2],
        owned_pairs(&[("10010101", "100101"), ("10010101", "100101")])[..]
    );
    let p = w.write(
        "serial.csv",
        "Номер,Наименование,2024 approved\n1,Школы,300\n10,Сады,100\n12,Клубы,5\n2,Дороги,50\n20,Мосты,20\n21,Парки,31\n",
    );
    w.import_kzt(&p, "serial_lines.csv");
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("serial_lines.csv")).unwrap());
    assert_eq!((n, totals["2024 approved"]), (6, dec("506")));
}

/// Names indented by level are a tree only when the sums bear it out: a
/// stray tab before one name made the row above it a "total" that differed
/// by its own amount, two lines dropped and the publisher blamed.
#[test]
fn indentation_is_a_tree_only_when_the_sums_agree() {
    let w = Work::new();
    let tree = w.write(
        "tree.csv",
        "Name,2024 approved\nОбразование,300.5\n   Школы,100.5\n   Сады,200\nКультура,50\n   Клубы,50\n",
    );
    let run = w.import_kzt(&tree, "tree_lines.csv");
    assert!(run.stderr.contains("all 2 reproduced"), "{}", run.context());
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("tree_lines.csv")).unwrap());
    assert_eq!((n, totals["2024 approved"]), (3, dec("350.5")));
    let stray = w.write(
        "stray.csv",
        "Name,2024 approved\nОбразование,103\n\tШколы,104\nКультура,50\nСпорт,7\n",
    );
    let run = w.import_kzt(&stray, "stray_lines.csv");
    assert!(
        !run.stderr.contains("published totals"),
        "{}",
        run.context()
    );
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("stray_lines.csv")).unwrap());
    assert_eq!((n, totals["2024 approved"]), (4, dec("264")));
}

/// Serial numbers padded to four digits have the shape of zero-padded
/// prefix codes ("0010" over "0011"), not the sums: every row is a line.
#[test]
fn padded_serial_numbers_are_not_a_tree() {
    let w = Work::new();
    let mut t = String::from("Код;Наименование;2024 исполнение\n");
    let mut want = Decimal::ZERO;
    for i in 8..24u32 {
        let amount = Decimal::from(1000 + i * 37);
        want += amount;
        t.push_str(&format!("{i:04};Программа {i};{amount}\n"));
    }
    let f = w.write("serial.csv", t);
    let run = w.import_kzt(&f, "lines.csv");
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(
        (n, totals["2024 executed"]),
        (16, want),
        "{}",
        run.context()
    );
}

/// A workbook's balance sheet (whole revenue, expenditure, surplus) is
/// left out, said, as totals of the other sheets; two sheets holding the
/// same lines (all funds and the general fund within them) are added
/// together only with a warning that names both and the flag.
#[test]
fn a_balance_sheet_is_left_out_and_sheets_of_the_same_lines_are_said() {
    let w = Work::new();
    let mut wb = rust_xlsxwriter::Workbook::new();
    type Rows<'a> = &'a [(&'a str, f64)];
    let sheets: [(&str, &str, Rows); 3] = [
        (
            "All Funds",
            "Category",
            &[("Personnel", 300.0), ("Services", 200.0)],
        ),
        (
            "General Fund",
            "Category",
            &[("Personnel", 100.0), ("Services", 50.0)],
        ),
        (
            "Balance",
            "General Fund",
            &[
                ("Revenue", 150.0),
                ("Expenditures", 150.0),
                ("Surplus/(Shortfall)", 0.0),
            ],
        ),
    ];
    for (name, first, rows) in sheets {
        let s = wb.add_worksheet().set_name(name).unwrap();
        s.write_string(0, 0, first).unwrap();
        s.write_string(0, 1, "FY24 Proposed").unwrap();
        for (r, (label, v)) in rows.iter().enumerate() {
            s.write_string(r as u32 + 1, 0, *label).unwrap();
            s.write_number(r as u32 + 1, 1, *v).unwrap();
        }
    }
    wb.save(w.path("book.xlsx")).unwrap();
    let run = w
        .run(&[
            "import",
            "book.xlsx",
            "-o",
            "lines.csv",
            "--currency",
            "USD",
        ])
        .ok();
    for needle in [
        "sheet \"Balance\": left out, the other sheets imported: it holds the budget's whole revenue, expenditure and their balance (surplus/shortfall), not lines",
        "sheet \"General Fund\": sheets \"All Funds\" and \"General Fund\" hold the same lines (2 of 2 by label, year and stage): their amounts are added together as parts of one budget; if one is a part or a copy of the other (a general fund within all funds), give --sheet to read one",
    ] {
        assert!(run.stderr.contains(needle), "lacks {needle:?}{}", run.context());
    }
    let csv = std::fs::read_to_string(w.path("lines.csv")).unwrap();
    let (totals, n) = lines_totals(&csv);
    assert_eq!((n, totals["2024 proposed"]), (4, dec("650")));
    // The balance sheet's word column left with it: no empty "General Fund"
    // dimension to group the other sheets' lines by.
    assert!(
        csv.starts_with("direction,year,stage,code,level,parent_code,name,amount,"),
        "{csv}"
    );
    // The pack says it on its first page, above the key facts.
    w.run(&[
        "report",
        "book.xlsx",
        "-o",
        "pack",
        "--currency",
        "USD",
        "--lang",
        "en",
    ])
    .ok();
    let md = std::fs::read_to_string(w.path("pack/report.md")).unwrap();
    let warning = "> **Sheets \"All Funds\" and \"General Fund\" hold the same lines (2 of 2 by label, year and stage)";
    assert!(
        md.find(warning)
            .is_some_and(|at| at < md.find("## Key facts").unwrap_or(0)),
        "{md}"
    );
    // One sheet asked for: its lines, nothing said; the balance sheet when asked.
    let run = w
        .run(&[
            "import",
            "book.xlsx",
            "--sheet",
            "All Funds",
            "-o",
            "one.csv",
            "--currency",
            "USD",
        ])
        .ok();
    assert!(!run.stderr.contains("same lines"), "{}", run.context());
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("one.csv")).unwrap());
    assert_eq!((n, totals["2024 proposed"]), (2, dec("500")));
    w.run(&[
        "import",
        "book.xlsx",
        "--sheet",
        "Balance",
        "-o",
        "bal.csv",
        "--currency",
        "USD",
    ])
    .ok();
    let (_, n) = lines_totals(&std::fs::read_to_string(w.path("bal.csv")).unwrap());
    assert_eq!(n, 3);
}
