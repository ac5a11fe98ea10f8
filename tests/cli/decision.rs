//! A maslikhat decision as a source: its own text (approves or amends, date
//! and number, point 1's headline figures with their units) and annex 1 in
//! the six parts a Kazakh budget has. The documents are written here in the
//! shape such decisions have; they are illustrative, not real decisions.

use super::docx::{docx, p, tc, tr};
use super::*;

/// Annex 1 in six parts: revenue (категория / класс / подкласс), then
/// expenditure under its own header, then net lending (a loan under
/// functional codes and its repayment under a receipts header), the
/// balance and its financing: parts III-VI are neither side's lines.
/// `education` is the one amount the amendment changes.
fn six_parts(kk: bool, education: &str, transfers: &str) -> Vec<[String; 5]> {
    let h = |ru: &'static str, k: &'static str| if kk { k } else { ru };
    let rows: Vec<[&str; 5]> = vec![
        [
            h("Категория", "Санаты"),
            h("Класс", "Сыныбы"),
            h("Подкласс", "Кіші сыныбы"),
            h("Наименование", "Атауы"),
            h("Сумма, тысяч тенге", "Сомасы, мың теңге"),
        ],
        ["", "", "", h("I. Доходы", "I. Кірістер"), "TOTAL_REVENUE"],
        [
            "1",
            "",
            "",
            h("Налоговые поступления", "Салықтық түсімдер"),
            "1 000,0",
        ],
        [
            "",
            "01",
            "",
            h("Подоходный налог", "Табыс салығы"),
            "1 000,0",
        ],
        [
            "",
            "",
            "2",
            h("Индивидуальный подоходный налог", "Жеке табыс салығы"),
            "1 000,0",
        ],
        [
            "4",
            "",
            "",
            h("Поступления трансфертов", "Трансферттер түсімі"),
            transfers,
        ],
        [
            "",
            "02",
            "",
            h(
                "Трансферты из вышестоящих органов",
                "Жоғары тұрған органдардан трансферттер",
            ),
            transfers,
        ],
        [
            "",
            "",
            "2",
            h(
                "Трансферты из областного бюджета",
                "Облыстық бюджеттен трансферттер",
            ),
            transfers,
        ],
        [
            h("Функциональная группа", "Функционалдық топ"),
            h(
                "Администратор бюджетных программ",
                "Бюджеттік бағдарламалардың әкімшісі",
            ),
            h("Программа", "Бағдарлама"),
            h("Наименование", "Атауы"),
            h("Сумма, тысяч тенге", "Сомасы, мың теңге"),
        ],
        [
            "",
            "",
            "",
            h("II. Затраты", "II. Шығындар"),
            "TOTAL_SPENDING",
        ],
        [
            "01",
            "",
            "",
            h(
                "Государственные услуги общего характера",
                "Жалпы сипаттағы мемлекеттік қызметтер",
            ),
            "1 000,5",
        ],
        [
            "",
            "112",
            "",
            h("Аппарат маслихата района", "Аудан мәслихатының аппараты"),
            "1 000,5",
        ],
        [
            "",
            "",
            "001",
            h(
                "Услуги по обеспечению деятельности маслихата",
                "Мәслихаттың қызметін қамтамасыз ету",
            ),
            "1 000,5",
        ],
        ["04", "", "", h("Образование", "Білім беру"), education],
        [
            "",
            "464",
            "",
            h("Отдел образования района", "Аудандық білім бөлімі"),
            education,
        ],
        [
            "",
            "",
            "003",
            h("Общеобразовательное обучение", "Жалпы білім беру"),
            education,
        ],
        [
            "",
            "",
            "",
            h(
                "III. Чистое бюджетное кредитование",
                "III. Таза бюджеттік кредиттеу",
            ),
            "20,0",
        ],
        [
            "",
            "",
            "",
            h("Бюджетные кредиты", "Бюджеттік кредиттер"),
            "30,0",
        ],
        [
            "10",
            "",
            "",
            h(
                "Сельское, водное, лесное хозяйство",
                "Ауыл, су, орман шаруашылығы",
            ),
            "30,0",
        ],
        [
            "",
            "474",
            "",
            h("Отдел сельского хозяйства", "Ауыл шаруашылығы бөлімі"),
            "30,0",
        ],
        [
            "",
            "",
            "013",
            h(
                "Бюджетные кредиты специалистам",
                "Мамандарға бюджеттік кредиттер",
            ),
            "30,0",
        ],
        [
            h("Категория", "Санаты"),
            h("Класс", "Сыныбы"),
            h("Подкласс", "Кіші сыныбы"),
            h("Наименование", "Атауы"),
            "",
        ],
        [
            "5",
            "",
            "",
            h("Погашение бюджетных кредитов", "Бюджеттік кредиттерді өтеу"),
            "10,0",
        ],
        [
            "",
            "01",
            "",
            h("Погашение бюджетных кредитов", "Бюджеттік кредиттерді өтеу"),
            "10,0",
        ],
        [
            "",
            "",
            "1",
            h(
                "Погашение кредитов, выданных из бюджета",
                "Бюджеттен берілген кредиттерді өтеу",
            ),
            "10,0",
        ],
        [
            "",
            "",
            "",
            h(
                "IV. Сальдо по операциям с финансовыми активами",
                "IV. Қаржы активтерімен операциялар бойынша сальдо",
            ),
            "0,0",
        ],
        [
            "",
            "",
            "",
            h(
                "V. Дефицит (профицит) бюджета",
                "V. Бюджет тапшылығы (профициті)",
            ),
            "29,5",
        ],
        [
            "",
            "",
            "",
            h(
                "VI. Финансирование дефицита (использование профицита) бюджета",
                "VI. Бюджет тапшылығын қаржыландыру (профицитін пайдалану)",
            ),
            "-29,5",
        ],
    ];
    let revenue = dec("1000.0") + dec(&transfers.replace(',', "."));
    let spending = dec("1000.5") + dec(&education.replace(',', "."));
    let comma = |d: Decimal| d.to_string().replace('.', ",");
    rows.into_iter()
        .map(|r| {
            r.map(|c| match c {
                "TOTAL_REVENUE" => comma(revenue),
                "TOTAL_SPENDING" => comma(spending),
                c => c.to_string(),
            })
        })
        .collect()
}

fn html_page(paragraphs: &[String], rows: &[[String; 5]]) -> String {
    let mut page = String::from("<!DOCTYPE html><html><head><title>Решение</title></head><body>\n");
    for p in paragraphs {
        page.push_str(&format!("<p>{}</p>\n", p.replace(' ', "&nbsp;")));
    }
    page.push_str(
        "<table border=\"1\"><tr><td colspan=\"5\"><b>Бюджет района на 2025 год</b></td></tr>\n",
    );
    for r in rows {
        page.push_str("<tr>");
        for c in r {
            page.push_str(&format!("<td>{}</td>", c.replace(' ', "&nbsp;")));
        }
        page.push_str("</tr>\n");
    }
    page.push_str("</table></body></html>\n");
    page
}

fn ru_point_1(expenditure: &str) -> Vec<String> {
    [
        "О бюджете района на 2025-2027 годы",
        "Решение маслихата района Абай от 25 декабря 2024 года № 12/3",
        "Маслихат района РЕШИЛ:",
        "1. Утвердить районный бюджет на 2025-2027 годы согласно приложениям 1, 2 и 3 соответственно, в том числе на 2025 год в следующих объемах:",
        "1) доходы – 1 300,0 тысяч тенге, в том числе по:",
        "налоговым поступлениям – 1 000,0 тысяч тенге;",
        "неналоговым поступлениям – 0 тенге;",
        "поступлениям от продажи основного капитала – 0 тенге;",
        "поступлениям трансфертов – 300,0 тысяч тенге;",
        &format!("2) затраты – {expenditure} тысяч тенге;"),
        "3) чистое бюджетное кредитование – 20,0 тысяч тенге;",
        "4) сальдо по операциям с финансовыми активами – 0 тенге;",
        "5) дефицит (профицит) бюджета – 29,5 тысяч тенге;",
        "2. Настоящее решение вводится в действие с 1 января 2025 года.",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// Sums of the lines file's amounts by direction and stage, and counts.
fn by_side(csv_text: &str) -> BTreeMap<String, (Decimal, usize)> {
    let mut out: BTreeMap<String, (Decimal, usize)> = BTreeMap::new();
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    for r in rdr.records() {
        let r = r.unwrap();
        let e = out
            .entry(format!("{} {} {}", &r[0], &r[1], &r[2]))
            .or_default();
        e.0 += dec(&r[7]);
        e.1 += 1;
    }
    out
}

/// The sums by side expected, from (side, amount, lines).
fn want(sides: &[(&str, &str, usize)]) -> BTreeMap<String, (Decimal, usize)> {
    sides
        .iter()
        .map(|&(k, v, n)| (k.to_string(), (dec(v), n)))
        .collect()
}

#[test]
fn point_1_of_a_decision_is_checked_against_its_annex() {
    let w = Work::new();
    // Point 1 says 1 260,5 spent where the annex's programs add up to 1 250,5.
    let page = html_page(&ru_point_1("1 260,5"), &six_parts(false, "250,0", "300,0"));
    let f = w.write("decision.html", page);
    let path = f.to_str().unwrap();
    let run = w.run(&["import", path, "-o", "lines.csv"]).ok();
    let sides = by_side(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    // Parts III-VI give no line: the loan and its repayment are neither
    // revenue nor expenditure.
    assert_eq!(
        sides,
        want(&[
            ("expenditure 2025 approved", "1250500.0", 2),
            ("revenue 2025 approved", "1300000.0", 2),
        ]),
        "{}",
        run.context()
    );
    for said in [
        "the text is decision № 12/3, 25.12.2024, approving the budget for 2025-2027: its annexes' amounts are taken as approved",
        "left out, being neither revenue nor expenditure: \"III. Чистое бюджетное кредитование\" (7 rows), \"IV. Сальдо по операциям с финансовыми активами\", \"V. Дефицит (профицит) бюджета\"",
        "point 1 of the decision states \"затраты – 1 260,5 тысяч тенге\" (1,260,500), but the annex's 2 lines add up to 1,250,500: a difference of 10,000",
        // Point 1 itself: 1 300,0 - 1 260,5 - 20,0 - 0 is not its 29,5.
        "point 1 of the decision does not add up: \"дефицит (профицит) бюджета – 29,5 тысяч тенге\" (29,500), but its parts make 19,500",
        // The table's own 10 totals, and point 1's revenue, its four
        // categories and expenditure: only expenditure differs.
        "published totals: 1 of 16 differ",
    ] {
        assert!(run.stderr.contains(said), "{said}\n{}", run.context());
    }
    let run = w.run(&["validate", path, "--format", "json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let stated: Vec<&serde_json::Value> = v["totals"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["rule"] == "point 1 of the decision")
        .collect();
    let got: Vec<(String, String, String, bool)> = stated
        .iter()
        .map(|t| {
            (
                t["cell"].as_str().unwrap().to_string(),
                t["code"].as_str().unwrap().to_string(),
                t["published"].to_string(),
                t["reproduced"].as_bool().unwrap(),
            )
        })
        .collect();
    // The paragraphs count from the title (¶1); category codes 1-4.
    let row =
        |c: &str, code: &str, p: &str, ok| (c.to_string(), code.to_string(), p.to_string(), ok);
    assert_eq!(
        got,
        vec![
            row("¶5", "", "1300000", true),
            row("¶6", "1", "1000000", true),
            row("¶7", "2", "0", true),
            row("¶8", "3", "0", true),
            row("¶9", "4", "300000", true),
            row("¶10", "", "1260500", false),
        ],
        "{}",
        run.stdout
    );
    assert_eq!(stated[5]["computed"].to_string(), "1250500");
    // Page 1 of the pack says it first, and the charts' source names the
    // annex's table only.
    w.run(&["report", path, "-o", "pack", "--lang", "ru"]).ok();
    let md = std::fs::read_to_string(w.path("pack/report.md")).unwrap();
    assert!(
        md.contains("В пункте 1 решения: «затраты – 1 260,5 тысяч тенге», а строки его приложения дают 1\u{a0}250,5 тыс. ₸: разница 10,0 тыс. ₸."),
        "{md}"
    );
    // Where the money comes from: the annex's revenue by category, and the
    // share of transfers (300,0 of 1 300,0) as the second key fact.
    let share = (dec("300.0") / dec("1300.0") * dec("100")).round_dp(1);
    assert_eq!(share, dec("23.1"));
    assert!(
        md.contains("2. 23,1% всех доходов 2025 года — поступления трансфертов (300,0 тыс. ₸ из 1\u{a0}300,0 тыс. ₸)."),
        "{md}"
    );
    let table = std::fs::read_to_string(w.path("pack/tables/revenue.csv")).unwrap();
    let rows: Vec<&str> = table.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        rows[1..],
        [
            "1,Налоговые поступления,1000000,0.7692307692,1,line",
            "4,Поступления трансфертов,300000,0.2307692308,1,line",
            ",Итого,1300000,1,2,total",
        ],
        "{table}"
    );
    let svg = std::fs::read_to_string(w.path("pack/charts/where-the-money-goes.svg")).unwrap();
    assert!(svg.contains("decision.html, лист «table 1» ·"), "{svg}");
    // Reconciled once point 1 agrees.
    let f = w.write(
        "agrees.html",
        html_page(&ru_point_1("1 250,5"), &six_parts(false, "250,0", "300,0")),
    );
    let run = w
        .run(&["import", f.to_str().unwrap(), "-o", "agrees.csv"])
        .ok();
    assert!(
        run.stderr.contains("published totals: all 16 reproduced"),
        "{}",
        run.context()
    );
    assert!(!run.stderr.contains("does not add up"), "{}", run.context());
}

/// An amending decision in Kazakh, as a Word document.
fn kk_amendment(rows: &[[String; 5]]) -> Vec<u8> {
    let mut body = String::new();
    for para in [
        "Аудандық мәслихаттың 2024 жылғы 25 желтоқсандағы № 12/3 \"2025-2027 жылдарға арналған аудандық бюджет туралы\" шешіміне өзгерістер енгізу туралы",
        "Абай аудандық мәслихатының 2025 жылғы 14 наурыздағы № 15/2 шешімі",
        "1. 2025-2027 жылдарға арналған аудандық бюджет тиісінше 1, 2 және 3-қосымшаларға сәйкес, оның ішінде 2025 жылға мынадай көлемдерде бекітілсін:",
        "1) кірістер – 1 350,0 мың теңге, оның ішінде:",
        "салықтық түсімдер – 1 000,0 мың теңге;",
        "салықтық емес түсімдер – 0 теңге;",
        "негізгі капиталды сатудан түсетін түсімдер – 0 теңге;",
        "трансферттер түсімі – 350,0 мың теңге;",
        "2) шығындар – 1 300,5 мың теңге;",
        "3) таза бюджеттік кредиттеу – 20,0 мың теңге;",
    ] {
        body.push_str(&p(&para.replace(' ', "\u{a0}")));
    }
    body.push_str("<w:tbl>");
    body.push_str(&tr(&[tc(
        "2025 жылға арналған аудандық бюджет",
        "<w:gridSpan w:val=\"5\"/>",
    )]));
    for r in rows {
        let cells: Vec<String> = r.iter().map(|c| tc(c, "")).collect();
        body.push_str(&tr(&cells));
    }
    body.push_str("</w:tbl>");
    docx(&body)
}

#[test]
fn an_amendment_gives_revised_amounts_and_its_date_orders_the_releases() {
    let w = Work::new();
    let amendment = w.write(
        "amendment.docx",
        kk_amendment(&six_parts(true, "300,0", "350,0")),
    );
    let original = w.write(
        "original.html",
        html_page(&ru_point_1("1 250,5"), &six_parts(false, "250,0", "300,0")),
    );
    // Given newest first: the decisions' dates put them in order.
    let run = w
        .run(&[
            "import",
            amendment.to_str().unwrap(),
            original.to_str().unwrap(),
            "-o",
            "lines.csv",
        ])
        .ok();
    let sides = by_side(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(
        sides,
        want(&[
            ("expenditure 2025 approved", "1250500.0", 2),
            ("expenditure 2025 revised", "1300500.0", 2),
            ("revenue 2025 approved", "1300000.0", 2),
            ("revenue 2025 revised", "1350000.0", 2),
        ]),
        "{}",
        run.context()
    );
    for said in [
        "the text is decision № 15/2, 14.03.2025, amending decision № 12/3, 25.12.2024: its annexes' amounts are taken as revised",
        "\"III. Таза бюджеттік кредиттеу\" (7 rows)",
        "original.html (25.12.2024), ",
        "amendment.docx (14.03.2025)",
        // Each decision's point 1 against its own annex: 16 and 16.
        "published totals: all 32 reproduced",
    ] {
        assert!(run.stderr.contains(said), "{said}\n{}", run.context());
    }
    // One year, two plans: `compare` with no sides sets the approved
    // budget against the amended one.
    let run = w
        .run(&[
            "compare",
            amendment.to_str().unwrap(),
            original.to_str().unwrap(),
            "-o",
            "cmp.csv",
        ])
        .ok();
    let cmp = std::fs::read_to_string(w.path("cmp.csv")).unwrap();
    let rows: Vec<&str> = cmp.lines().collect();
    assert!(
        rows[0].starts_with("code,name,amount_2025_approved,amount_2025_revised,change,"),
        "{cmp}"
    );
    let education = rows.iter().find(|r| r.starts_with("04,")).unwrap();
    assert!(education.contains(",250000,300000,50000,"), "{cmp}");
    assert!(run.code == 0, "{}", run.context());
    // Said with the table.
    let run = w
        .run(&[
            "compare",
            amendment.to_str().unwrap(),
            original.to_str().unwrap(),
            "--lang",
            "en",
        ])
        .ok();
    assert!(
        run.stdout.contains("2025: the only year in the data"),
        "{}",
        run.context()
    );
    // The pack tells how the decisions changed the budget: point 1's
    // expenditure, the original's 1 250,5 thousand against the amendment's
    // 1 300,5 (+4,0%), and each decision's point 1 beside its annex.
    w.run(&[
        "report",
        amendment.to_str().unwrap(),
        original.to_str().unwrap(),
        "-o",
        "pack",
        "--lang",
        "ru",
        "-q",
    ])
    .ok();
    let md = std::fs::read_to_string(w.path("pack/report.md")).unwrap();
    let change = (dec("1300500") - dec("1250500")) / dec("1250500") * dec("100");
    let said = format!(
        "Затраты на 2025 год по решениям (2): 1\u{a0}250,5 тыс. ₸ (№ 12/3, 25.12.2024) → 1\u{a0}300,5 тыс. ₸ (№ 15/2, 14.03.2025), +{}%.",
        change.round_dp(1).to_string().replace('.', ",")
    );
    assert!(md.contains(&said), "{said}\n{md}");
    let csv = std::fs::read_to_string(w.path("pack/tables/decisions.csv")).unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows[0].trim_start_matches('\u{feff}'),
        "decision,year,stage,revenue_stated,revenue_annex,expenditure_stated,expenditure_annex,row_kind"
    );
    assert_eq!(
        &rows[1..],
        [
            "\"№ 12/3, 25.12.2024\",2025,утвержденный,1300000,1300000,1250500,1250500,line",
            "\"№ 15/2, 14.03.2025\",2025,уточненный,1350000,1350000,1300500,1300500,line",
        ]
    );
    // In Kazakh, the decision is named in Kazakh.
    let run = w
        .run(&[
            "import",
            amendment.to_str().unwrap(),
            "-o",
            "kk.csv",
            "--lang",
            "kk",
        ])
        .ok();
    assert!(
        run.stderr.contains("мәтін — № 12/3, 25.12.2024 шешіміне өзгерістер енгізетін № 15/2, 14.03.2025 шешімі: қосымшалардағы сомалар нақтыланған деп алынды"),
        "{}",
        run.context()
    );
}

#[test]
fn an_annex_read_in_the_wrong_unit_is_refused_by_its_own_point_1() {
    // The annex's header says tenge where its amounts are thousands: the
    // table adds up, but point 1 (in thousands) is a thousand times more.
    let mut rows = six_parts(false, "250,0", "300,0");
    for r in rows.iter_mut() {
        if r[4] == "Сумма, тысяч тенге" {
            r[4] = "Сумма, тенге".to_string();
        }
    }
    let w = Work::new();
    let f = w.write("decision.html", html_page(&ru_point_1("1 250,5"), &rows));
    let path = f.to_str().unwrap();
    let run = w.run(&["import", path, "-o", "lines.csv"]).ok();
    assert!(
        run.stderr.contains(
            "ashyq's reading of this layout is doubtful: 4 of 16 published totals differ"
        ),
        "{}",
        run.context()
    );
    let run = w.run(&["breakdown", path]);
    assert_eq!(run.code, 1, "{}", run.context());
    assert!(run.stderr.contains("4 of 16"), "{}", run.context());
}

#[test]
fn a_decision_on_several_budgets_is_not_checked_against_one_annex() {
    let mut text = ru_point_1("1 250,5");
    // A second rural district's figures in the same decision.
    text.insert(
        11,
        "2. Утвердить бюджет сельского округа Акбулак на 2025-2027 годы, в том числе на 2025 год:"
            .into(),
    );
    text.insert(12, "1) доходы – 900,0 тысяч тенге;".into());
    text.insert(13, "2) затраты – 900,0 тысяч тенге;".into());
    let w = Work::new();
    let f = w.write(
        "two.html",
        html_page(&text, &six_parts(false, "250,0", "300,0")),
    );
    let run = w
        .run(&["import", f.to_str().unwrap(), "-o", "lines.csv"])
        .ok();
    assert!(
        run.stderr.contains("the decision states the figures of 2 budgets; which annex is whose cannot be told, so they are not checked against the annexes"),
        "{}",
        run.context()
    );
    assert!(
        run.stderr.contains("published totals: all 10 reproduced"),
        "{}",
        run.context()
    );
}

#[test]
fn a_portal_export_s_transfer_share_is_its_lines_share() {
    let Some(path) = realdata("kz_budget_egov/местный_бюджет_Карагандинская.csv")
    else {
        return;
    };
    let w = Work::new();
    w.run(&["import", &path, "-o", "lines.csv"]).ok();
    // From the lines file: revenue of 2025 adjusted (the year and stage the
    // pack shows), and the part whose code is in category 4.
    let text = std::fs::read_to_string(w.path("lines.csv")).unwrap();
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let (mut all, mut transfers) = (Decimal::ZERO, Decimal::ZERO);
    for r in rdr.records() {
        let r = r.unwrap();
        if &r[0] == "revenue" && &r[1] == "2025" && &r[2] == "adjusted" {
            all += dec(&r[7]);
            if r[3].split(' ').next() == Some("4") {
                transfers += dec(&r[7]);
            }
        }
    }
    assert!(transfers > Decimal::ZERO && all > transfers);
    let pct = (transfers / all * dec("100"))
        .round_dp(1)
        .to_string()
        .replace('.', ",");
    w.run(&["report", &path, "-o", "pack", "--lang", "ru"]).ok();
    let md = std::fs::read_to_string(w.path("pack/report.md")).unwrap();
    let said = format!("{pct}% всех доходов 2025 года — поступления трансфертов");
    assert!(md.contains(&said), "{said}\n{md}");
}

#[test]
fn the_portal_s_json_rows_import_as_its_csv_does() {
    let Some(path) = realdata("kz_budget_egov/местный_бюджет_Павлодарская.csv")
    else {
        return;
    };
    // The rows as the portal's API serves them: {"data": [{key: value}]},
    // numbers as JSON numbers, True/False as booleans, empty cells absent.
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path(&path)
        .unwrap();
    let keys: Vec<String> = rdr.headers().unwrap().iter().map(str::to_string).collect();
    let number = |s: &str| {
        let t = s.strip_prefix('-').unwrap_or(s);
        let (int, frac) = t.split_once('.').unwrap_or((t, "0"));
        // JSON writes no leading zero: "03.2023" (a month) stays a string.
        let leading_zero = int.len() > 1 && int.starts_with('0');
        !int.is_empty()
            && !leading_zero
            && int.bytes().all(|b| b.is_ascii_digit())
            && !frac.is_empty()
            && frac.bytes().all(|b| b.is_ascii_digit())
    };
    let mut records = Vec::new();
    for r in rdr.records() {
        let r = r.unwrap();
        let fields: Vec<String> = keys
            .iter()
            .zip(r.iter())
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| {
                let value = match v {
                    "True" => "true".to_string(),
                    "False" => "false".to_string(),
                    v if number(v) => v.to_string(),
                    v => serde_json::to_string(v).unwrap(),
                };
                format!("\"{k}\":{value}")
            })
            .collect();
        records.push(format!("{{{}}}", fields.join(",")));
    }
    let w = Work::new();
    let json = w.write(
        "pavlodar.json",
        format!(
            "{{\"total\":{},\"data\":[{}]}}",
            records.len(),
            records.join(",\n")
        ),
    );
    w.run(&["import", &path, "-o", "from-csv.csv"]).ok();
    let run = w
        .run(&["import", json.to_str().unwrap(), "-o", "from-json.csv"])
        .ok();
    // The same lines but for the file's name and hash and the cell: a CSV
    // cites its physical line (names here hold line breaks), JSON the
    // record (row 2 is the first).
    let strip = |name: &str| -> Vec<Vec<String>> {
        let text = std::fs::read_to_string(w.path(name)).unwrap();
        let mut rdr = csv::Reader::from_reader(text.as_bytes());
        let h = rdr.headers().unwrap().clone();
        let keep: Vec<usize> = (0..h.len())
            .filter(|&i| !matches!(&h[i], "source_file" | "source_sha256" | "cell"))
            .collect();
        rdr.records()
            .map(|r| {
                let r = r.unwrap();
                keep.iter().map(|&i| r[i].to_string()).collect()
            })
            .collect()
    };
    let (a, b) = (strip("from-csv.csv"), strip("from-json.csv"));
    assert!(a.len() > 1000, "{}", run.context());
    assert_eq!(a, b, "{}", run.context());
    let text = std::fs::read_to_string(w.path("from-json.csv")).unwrap();
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    for r in rdr.records().take(50) {
        let r = r.unwrap();
        let (name, cell) = (&r[6], &r[13]);
        let row: usize = cell
            .trim_start_matches(char::is_alphabetic)
            .parse()
            .unwrap();
        let named = format!("\"name\":{}", serde_json::to_string(name).unwrap());
        assert!(records[row - 2].contains(&named), "{cell}: {name}");
    }
}

/// Only a roman-numbered part heading (III. .. VI.) leaves its rows out: a
/// fund named for a deficit in capitals is a heading like any other.
#[test]
fn a_capitals_heading_naming_a_deficit_leaves_no_rows_out() {
    let csv = "Code;Name;2025 Approved\n\
               ;DEFICIT REDUCTION FUND;\n\
               01;Debt service;100\n\
               02;Reserve;50\n";
    let w = Work::new();
    let f = w.write("fund.csv", csv);
    let run = w
        .run(&[
            "import",
            f.to_str().unwrap(),
            "-o",
            "lines.csv",
            "--currency",
            "USD",
        ])
        .ok();
    let (totals, n) = lines_totals(&std::fs::read_to_string(w.path("lines.csv")).unwrap());
    assert_eq!(
        (n, totals["2025 approved"]),
        (2, dec("150")),
        "{}",
        run.context()
    );
    assert!(!run.stderr.contains("left out"), "{}", run.context());
}
