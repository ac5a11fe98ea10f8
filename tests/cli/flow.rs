//! The flow chart: revenue by category into the budget, expenditure by
//! group out of it, the gap between the totals a band of its own. Figures
//! are summed here from the fixture's rows.

use super::charts::texts;
use super::import::two_direction_workbook;
use super::*;

/// Revenue by receipts codes (category, class, subclass) and expenditure
/// by the functional classification, amounts in tenge, for 2024 approved.
const REVENUE: [(&str, &str, i64); 4] = [
    ("1 01 1", "Корпоративный подоходный налог", 300_000),
    ("1 01 2", "Индивидуальный подоходный налог", 400_000),
    ("2 01 5", "Доходы от аренды имущества", 50_000),
    ("4 02 2", "Субвенции из областного бюджета", 2_250_000),
];
const SPENDING: [(&str, &str, i64); 4] = [
    (
        "01 1 112 001",
        "Услуги по обеспечению деятельности маслихата",
        400_000,
    ),
    ("04 2 464 003", "Общеобразовательное обучение", 2_100_000),
    (
        "06 9 451 007",
        "Социальная помощь отдельным категориям",
        300_000,
    ),
    (
        "12 1 485 001",
        "Развитие транспортной инфраструктуры",
        350_000,
    ),
];

/// Tenge in thousands to one decimal, the Russian way ("3 000,0", no-break spaces).
fn ru_thousands(tenge: i64) -> String {
    super::charts::ru_one_decimal(Decimal::from(tenge) / Decimal::from(1000))
}

/// `part` of `whole` as "75,0%".
fn ru_pct(part: i64, whole: i64) -> String {
    let p = (Decimal::from(part) * Decimal::from(100) / Decimal::from(whole)).round_dp(1);
    format!("{p:.1}%").replace('.', ",")
}

/// Sum of the rows whose code starts with `prefix` and a space.
fn sum(rows: &[(&str, &str, i64)], prefix: &str) -> i64 {
    rows.iter()
        .filter(|r| r.0.split(' ').next() == Some(prefix))
        .map(|r| r.2)
        .sum()
}

fn flow_svg(w: &Work, file: &str, lang: &str) -> (String, Vec<String>) {
    let out = format!("flow-{lang}.svg");
    w.run(&["chart", "flow", file, "--lang", lang, "-o", &out])
        .ok();
    let svg = std::fs::read_to_string(w.path(&out)).unwrap();
    let t = texts(&svg);
    (svg, t)
}

#[test]
fn a_flow_chart_draws_revenue_in_and_expenditure_out_with_the_gap_between() {
    let w = Work::new();
    w.write("both.xlsx", two_direction_workbook(&REVENUE, &SPENDING));
    let revenue: i64 = REVENUE.iter().map(|r| r.2).sum();
    let spending: i64 = SPENDING.iter().map(|r| r.2).sum();
    assert!(spending > revenue);
    let (svg, t) = flow_svg(&w, "both.xlsx", "ru");
    let has = |s: &str| t.iter().any(|x| x == s);
    // Each side's heading carries its total; the gap is its own band.
    for s in [
        format!("Доходы: {}", ru_thousands(revenue)),
        format!("Расходы: {}", ru_thousands(spending)),
        "Расходы сверх доходов".to_string(),
        ru_thousands(spending - revenue),
    ] {
        assert!(has(&s), "{s:?} not in {t:?}");
    }
    // Revenue by category (the classification's names), each with its
    // share of revenue; expenditure by group with its share of expenditure.
    for (name, amount, whole) in [
        ("Поступления трансфертов", sum(&REVENUE, "4"), revenue),
        ("Налоговые поступления", sum(&REVENUE, "1"), revenue),
        ("Неналоговые поступления", sum(&REVENUE, "2"), revenue),
        ("Образование", sum(&SPENDING, "04"), spending),
        ("Транспорт и коммуникации", sum(&SPENDING, "12"), spending),
    ] {
        let value = format!("{} ({})", ru_thousands(amount), ru_pct(amount, whole));
        let at = t.iter().position(|x| x == name);
        assert_eq!(
            at.and_then(|i| t.get(i + 1)).map(String::as_str),
            Some(value.as_str()),
            "{name}: {t:?}"
        );
    }
    // A band per block: three categories, the gap, four groups.
    assert_eq!(svg.matches("<polygon ").count(), 8);
    // The title states each side's largest part.
    let title = format!(
        "«Поступления трансфертов» — {} доходов, «Образование» — {} расходов в 2024 году",
        ru_pct(sum(&REVENUE, "4"), revenue),
        ru_pct(sum(&SPENDING, "04"), spending)
    );
    let joined = t.join(" ");
    assert!(joined.contains(&title), "{title}\n{t:?}");
    // In Kazakh and English, the same finding in their words.
    let (_, kk) = flow_svg(&w, "both.xlsx", "kk");
    assert!(
        kk.join(" ").contains(
            "2024 жылы кірістердің 75,0%-ы — «Трансферттер түсімі», шығыстардың 66,7%-ы — «Білім беру»"
        ),
        "{kk:?}"
    );
    assert!(
        kk.iter().any(|x| x == "Шығыстардың кірістерден асуы"),
        "{kk:?}"
    );
    let (_, en) = flow_svg(&w, "both.xlsx", "en");
    assert!(
        en.join(" ").contains(
            "Transfers received: 75.0% of revenue; Education: 66.7% of expenditure in 2024"
        ),
        "{en:?}"
    );
    // A PNG too.
    w.run(&["chart", "flow", "both.xlsx", "-o", "flow.png"])
        .ok();
    assert!(std::fs::read(w.path("flow.png"))
        .unwrap()
        .starts_with(b"\x89PNG"));
}

#[test]
fn revenue_left_over_is_a_band_on_the_expenditure_side() {
    let w = Work::new();
    let mut revenue = REVENUE;
    revenue[3].2 = 2_500_000;
    w.write("both.xlsx", two_direction_workbook(&revenue, &SPENDING));
    let total: i64 = revenue.iter().map(|r| r.2).sum();
    let spending: i64 = SPENDING.iter().map(|r| r.2).sum();
    let (_, t) = flow_svg(&w, "both.xlsx", "ru");
    let at = t.iter().position(|x| x == "Доходы сверх расходов");
    assert_eq!(
        at.and_then(|i| t.get(i + 1)).cloned(),
        Some(ru_thousands(total - spending)),
        "{t:?}"
    );
    assert!(!t.iter().any(|x| x == "Расходы сверх доходов"), "{t:?}");
}

#[test]
fn a_flow_chart_is_refused_where_a_band_would_be_wrong() {
    let w = Work::new();
    // One side only: the bundled sample is expenditure.
    w.run(&[
        "chart",
        "flow",
        &repo("data/sample_district_budget_akimat.xlsx"),
        "-o",
        "f.png",
    ])
    .fails(
        2,
        &[
            "a flow chart shows revenue and expenditure together",
            "no revenue lines",
        ],
    );
    // A negative group, even one that would be gathered, is never drawn short.
    let mut spending = SPENDING;
    spending[2].2 = -300_000;
    w.write("neg.xlsx", two_direction_workbook(&REVENUE, &spending));
    w.run(&["chart", "flow", "neg.xlsx", "-o", "f.png", "-q"])
        .fails(
            2,
            &[
                "a flow band cannot be negative",
                "in expenditure",
                "-300000 KZT",
                "--direction expenditure",
            ],
        );
    // A grouping or a direction would not be the same on both sides.
    w.write("both.xlsx", two_direction_workbook(&REVENUE, &SPENDING));
    w.run(&[
        "chart",
        "flow",
        "both.xlsx",
        "--by",
        "program",
        "-o",
        "f.png",
    ])
    .fails(2, &["--by", "is not taken here"]);
    w.run(&[
        "chart",
        "flow",
        "both.xlsx",
        "--direction",
        "revenue",
        "-o",
        "f.png",
    ])
    .fails(2, &["--direction", "is not taken here"]);
    // A year the data does not have on both sides.
    w.run(&[
        "chart",
        "flow",
        "both.xlsx",
        "--year",
        "2023",
        "-o",
        "f.png",
        "-q",
    ])
    .fails(
        2,
        &[
            "--year",
            "2023 does not have both revenue and expenditure",
            "2024 approved",
        ],
    );
    assert!(!w.path("f.png").exists());
}

#[test]
fn a_portal_export_s_flow_heads_each_side_with_its_lines_total() {
    let Some(path) = realdata("kz_budget_egov/местный_бюджет_Карагандинская.csv")
    else {
        return;
    };
    let w = Work::new();
    w.run(&["import", &path, "-o", "lines.csv"]).ok();
    // From the lines file: each direction's total of 2025 adjusted (the
    // plan of the partial year, as the flow chart picks it).
    let text = std::fs::read_to_string(w.path("lines.csv")).unwrap();
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let (mut revenue, mut spending) = (Decimal::ZERO, Decimal::ZERO);
    for r in rdr.records() {
        let r = r.unwrap();
        if &r[1] == "2025" && &r[2] == "adjusted" && !r[7].is_empty() {
            match &r[0] {
                "revenue" => revenue += dec(&r[7]),
                "expenditure" => spending += dec(&r[7]),
                _ => {}
            }
        }
    }
    let (_, t) = flow_svg(&w, &path, "ru");
    let m = |v: Decimal| super::charts::ru_millions(v);
    for s in [
        format!("Доходы: {}", m(revenue)),
        format!("Расходы: {}", m(spending)),
    ] {
        assert!(t.contains(&s), "{s:?} not in {t:?}");
    }
    let gap = if spending > revenue {
        "Расходы сверх доходов"
    } else {
        "Доходы сверх расходов"
    };
    let at = t.iter().position(|x| x == gap);
    assert_eq!(
        at.and_then(|i| t.get(i + 1)).cloned(),
        Some(m((spending - revenue).abs())),
        "{t:?}"
    );
}

#[test]
fn the_pack_shows_the_flow_when_the_file_holds_both_sides_or_says_why_not() {
    let w = Work::new();
    w.write("both.xlsx", two_direction_workbook(&REVENUE, &SPENDING));
    w.run(&["report", "both.xlsx", "-o", "pack", "--lang", "en", "-q"])
        .ok();
    let md = std::fs::read_to_string(w.path("pack/report.md")).unwrap();
    let revenue: i64 = REVENUE.iter().map(|r| r.2).sum();
    let spending: i64 = SPENDING.iter().map(|r| r.2).sum();
    let pct = |a: i64, b: i64| ru_pct(a, b).replace(',', ".");
    let title = format!(
        "![Transfers received: {} of revenue; Education: {} of expenditure in 2024](charts/money-flow.png)",
        pct(sum(&REVENUE, "4"), revenue),
        pct(sum(&SPENDING, "04"), spending)
    );
    assert!(md.contains("## Where the money comes from"), "{md}");
    assert!(md.contains(&title), "{title}\n{md}");
    assert!(
        md.contains("ashyq chart flow both.xlsx --year 2024 --stage approved"),
        "{md}"
    );
    let svg = std::fs::read_to_string(w.path("pack/charts/money-flow.svg")).unwrap();
    assert!(texts(&svg).iter().any(|t| t == "Spending above revenue"));
    // A negative group: no chart, and the section says why.
    let mut spending = SPENDING;
    spending[2].2 = -300_000;
    w.write("neg.xlsx", two_direction_workbook(&REVENUE, &spending));
    w.run(&["report", "neg.xlsx", "-o", "neg", "--lang", "en", "-q"])
        .ok();
    let md = std::fs::read_to_string(w.path("neg/report.md")).unwrap();
    assert!(
        md.contains("The flow of revenue and expenditure is not drawn: a flow band cannot be negative: in expenditure, \"Social assistance and social security\" is -300000 KZT"),
        "{md}"
    );
    assert!(!w.path("neg/charts/money-flow.png").exists());
    // Expenditure alone (the bundled sample): no flow, no word of it.
    w.run(&[
        "report",
        &repo("data/sample_district_budget_akimat.xlsx"),
        "-o",
        "sample",
        "--lang",
        "en",
        "-q",
    ])
    .ok();
    let md = std::fs::read_to_string(w.path("sample/report.md")).unwrap();
    assert!(!md.contains("flow"), "{md}");
}

#[test]
fn the_pack_says_whether_the_revenue_plan_came_in() {
    let w = Work::new();
    // Revenue and expenditure of an annex in thousand tenge, plan and execution.
    let revenue = [
        ("1 01 1", "Корпоративный подоходный налог", 3_000, 3_100),
        ("4 02 2", "Субвенции из областного бюджета", 7_000, 7_000),
    ];
    let spending = [("04 2 464 003", "Общеобразовательное обучение", 9_000, 8_500)];
    let mut t = String::from(
        "Код;Наименование;2024 уточненный (тыс. тенге);2024 исполнение (тыс. тенге)\n;I. Доходы;;\n",
    );
    for (c, n, p, e) in revenue {
        t.push_str(&format!("{c};{n};{p};{e}\n"));
    }
    t.push_str(";II. Затраты;;\n");
    for (c, n, p, e) in spending {
        t.push_str(&format!("{c};{n};{p};{e}\n"));
    }
    w.write("annex.csv", t);
    w.run(&["report", "annex.csv", "-o", "pack", "--lang", "ru", "-q"])
        .ok();
    let md = std::fs::read_to_string(w.path("pack/report.md")).unwrap();
    let plan: i64 = revenue.iter().map(|r| r.2).sum();
    let came: i64 = revenue.iter().map(|r| r.3).sum();
    // Thousands shown with one decimal: plan and receipts are whole thousands.
    let said = format!(
        "План доходов 2024 года (уточненный бюджет) выполнен на {}: поступило {} тыс. ₸ из {} тыс. ₸.",
        ru_pct(came, plan),
        ru_thousands(came * 1000),
        ru_thousands(plan * 1000)
    );
    assert!(md.contains(&said), "{said}\n{md}");
    // The table: each category's plan, receipts and shortfall.
    let csv = std::fs::read_to_string(w.path("pack/tables/revenue-execution.csv")).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(header.contains("shortfall_2024"), "{header}");
    assert!(!header.contains("unspent"), "{header}");
    assert!(md.contains("| Недопоступило |"), "{md}");
    assert!(
        md.contains("ashyq execution annex.csv --direction revenue --year 2024"),
        "{md}"
    );
}

#[test]
fn a_flow_chart_says_when_the_names_are_in_another_language() {
    let w = Work::new();
    let revenue = [("R1", "Property tax", 700), ("R2", "State aid", 300)];
    let spending = [("E1", "Police", 600), ("E2", "Parks", 300)];
    w.write("city.xlsx", two_direction_workbook(&revenue, &spending));
    let run = w
        .run(&[
            "chart",
            "flow",
            "city.xlsx",
            "--lang",
            "ru",
            "--currency",
            "USD",
            "-o",
            "f.svg",
        ])
        .ok();
    let t = texts(&std::fs::read_to_string(w.path("f.svg")).unwrap()).join(" ");
    assert!(
        t.contains("названия — на английском, как в файле"),
        "{t}\n{}",
        run.context()
    );
    // Kazakh names from the classification in a Kazakh chart: nothing to say.
    w.write("both.xlsx", two_direction_workbook(&REVENUE, &SPENDING));
    let (_, kk) = flow_svg(&w, "both.xlsx", "kk");
    assert!(!kk.join(" ").contains("тілінде"), "{kk:?}");
}

/// A small canvas shows fewer blocks, then shorter names, never text on
/// text and never a side of nothing but "other".
#[test]
fn a_small_flow_chart_keeps_its_labels_apart() {
    let w = Work::new();
    let revenue = [
        ("1 01 1", "Корпоративный подоходный налог", 300_000),
        ("1 01 2", "Индивидуальный подоходный налог", 400_000),
        ("2 01 5", "Доходы от аренды имущества", 50_000),
        ("3 01 1", "Продажа государственного имущества", 20_000),
        ("4 02 2", "Субвенции из областного бюджета", 2_250_000),
    ];
    w.write("both.xlsx", two_direction_workbook(&revenue, &SPENDING));
    w.run(&[
        "chart",
        "flow",
        "both.xlsx",
        "--lang",
        "ru",
        "--width",
        "600",
        "--height",
        "400",
        "-o",
        "s.svg",
    ])
    .ok();
    let svg = std::fs::read_to_string(w.path("s.svg")).unwrap();
    let t = texts(&svg);
    assert!(!t.iter().any(|x| x.starts_with("Остальные")), "{t:?}");
    // The left half's texts, top to bottom: each line at least its size below the one above.
    let mut left: Vec<(f32, f32, String)> = super::charts::text_marks(&svg)
        .into_iter()
        .filter(|m| m.2 < 300.0)
        .map(|m| (m.3, m.1, m.4))
        .collect();
    left.sort_by(|a, b| a.0.total_cmp(&b.0));
    for p in left.windows(2) {
        assert!(
            p[1].0 - p[0].0 >= p[1].1 * 0.9,
            "{:?} over {:?}",
            p[1],
            p[0]
        );
    }
}
