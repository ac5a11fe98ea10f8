//! Analysis commands: breakdown, compare, execution, real terms, per capita,
//! output formats. Expected figures come from calamine's cells of the sample
//! workbook, summed here.

use super::*;

const SHEET: &str = "Приложение 1";

/// Program rows of the akimat sample: (group code, program code path, the nine amounts F..N).
pub fn programs() -> Vec<(String, String, Vec<Decimal>)> {
    let rows = raw_rows(&repo("data/sample_district_budget_akimat.xlsx"), SHEET);
    let text = |d: &calamine::Data| match d {
        calamine::Data::String(s) => s.trim().to_string(),
        calamine::Data::Empty => String::new(),
        other => other.to_string(),
    };
    let mut group = String::new();
    let mut codes = vec![String::new(); 4];
    let mut out = Vec::new();
    for r in rows.iter().skip(7) {
        for (i, c) in codes.iter_mut().enumerate() {
            let t = r.get(i).map(text).unwrap_or_default();
            if !t.is_empty() {
                *c = t;
                if i == 0 {
                    group = c.clone();
                }
            }
        }
        let has_program = r.get(3).map(text).is_some_and(|t| !t.is_empty());
        let amounts: Vec<Decimal> = (5..14)
            .map(|i| r.get(i).and_then(num).unwrap_or_default() * Decimal::from(1000))
            .collect();
        if has_program && r.get(5).and_then(num).is_some() {
            out.push((group.clone(), codes.join(" "), amounts));
        }
    }
    out
}

/// Column index of a (year, stage) in the nine amounts.
pub fn at(year: i32, stage: &str) -> usize {
    let s = ["approved", "revised", "executed"]
        .iter()
        .position(|x| *x == stage)
        .unwrap();
    (year - 2022) as usize * 3 + s
}

/// A CSV table written by ashyq: rows as maps from column key to text.
pub fn table(csv_text: &str) -> Vec<BTreeMap<String, String>> {
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    let h = rdr.headers().unwrap().clone();
    rdr.records()
        .map(|r| {
            let r = r.unwrap();
            h.iter()
                .zip(r.iter())
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// A number written the English way, digits grouped by commas (written here, not by ashyq).
fn en(d: Decimal) -> String {
    let s = d.to_string();
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let digits: Vec<char> = int.chars().collect();
    let mut out = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(*c);
    }
    if frac.is_empty() {
        out
    } else {
        format!("{out}.{frac}")
    }
}

pub fn by_group(year: i32, stage: &str) -> BTreeMap<String, Decimal> {
    let mut m = BTreeMap::new();
    for (g, _, a) in programs() {
        *m.entry(g).or_insert(Decimal::ZERO) += a[at(year, stage)];
    }
    m
}

#[test]
fn breakdown_by_group_adds_up_to_the_program_cells() {
    let expected = by_group(2024, "executed");
    assert_eq!(expected.len(), 13);
    let total: Decimal = expected.values().sum();
    let w = Work::new();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    let run = w
        .run(&["breakdown", &src, "-o", "-", "--format", "csv"])
        .ok();
    let rows = table(&run.stdout);
    let (body, foot) = rows.split_at(rows.len() - 1);
    let got: BTreeMap<String, Decimal> = body
        .iter()
        .map(|r| (r["code"].clone(), dec(&r["amount_2024_executed"])))
        .collect();
    assert_eq!(got, expected, "{}", run.context());
    assert_eq!(foot[0]["name"], "Итого");
    assert_eq!(dec(&foot[0]["amount_2024_executed"]), total);
    assert_eq!(foot[0]["lines"], "34");
    // Largest first; shares exact to ten decimals.
    let amounts: Vec<Decimal> = body
        .iter()
        .map(|r| dec(&r["amount_2024_executed"]))
        .collect();
    assert!(amounts.windows(2).all(|w| w[0] >= w[1]));
    let edu = &body[0];
    assert_eq!(edu["code"], "04");
    assert_eq!(edu["name"], "Образование");
    assert_eq!(dec(&edu["share"]), (expected["04"] / total).round_dp(10));

    // The terminal says what it chose and why, in the language asked.
    let text = w
        .run(&["breakdown", &src, "--lang", "en", "--unit", "million"])
        .ok();
    assert!(text.stdout.starts_with(
        "Expenditure by functional group: 2024, executed (million KZT)\n  2024: the latest year in the data\n  executed: the most final stage for 2024"
    ), "{}", text.context());
    let edu_line = text.stdout.lines().find(|l| l.starts_with("04")).unwrap();
    let shown = en((expected["04"] / dec("1000000")).round_dp(1));
    assert!(edu_line.contains(&shown), "{shown} in {edu_line}");
    assert!(edu_line.contains("Education"), "{edu_line}");
}

#[test]
fn breakdown_top_n_gathers_the_rest_and_russian_numbers_group_with_nbsp() {
    let w = Work::new();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    let mut progs: Vec<(String, Decimal)> = programs()
        .into_iter()
        .map(|(_, c, a)| (c, a[at(2023, "approved")]))
        .collect();
    progs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let rest: Decimal = progs[3..].iter().map(|p| p.1).sum();
    let run = w
        .run(&[
            "breakdown",
            &src,
            "--year",
            "2023",
            "--stage",
            "approved",
            "--by",
            "program",
            "--top",
            "3",
            "--format",
            "csv",
        ])
        .ok();
    let rows = table(&run.stdout);
    assert_eq!(rows.len(), 5, "{}", run.context());
    for i in 0..3 {
        assert_eq!(rows[i]["code"], progs[i].0);
        assert_eq!(dec(&rows[i]["amount_2023_approved"]), progs[i].1);
    }
    // Named for what it gathers, the noun agreeing with the number.
    let n = progs.len() - 3;
    let noun = match (n % 10, n % 100) {
        (1, h) if h != 11 => "программа",
        (2..=4, h) if !(12..=14).contains(&h) => "программы",
        _ => "программ",
    };
    assert_eq!(rows[3]["name"], format!("Остальные {n} {noun}"));
    assert_eq!(dec(&rows[3]["amount_2023_approved"]), rest);
    // Text in Russian: no-break spaces between digit groups, decimal comma.
    let text = w
        .run(&[
            "breakdown",
            &src,
            "--year",
            "2023",
            "--stage",
            "approved",
            "--unit",
            "thousand",
        ])
        .ok();
    let total: Decimal = progs.iter().map(|p| p.1).sum::<Decimal>() / dec("1000");
    let int = total.trunc().to_string();
    let grouped: String = int
        .chars()
        .rev()
        .collect::<Vec<_>>()
        .chunks(3)
        .map(|c| c.iter().rev().collect::<String>())
        .rev()
        .collect::<Vec<_>>()
        .join("\u{a0}");
    assert!(
        text.stdout.contains(&format!(
            "{grouped},{}",
            (total.fract() * dec("10")).round()
        )),
        "{grouped}{}",
        text.context()
    );
    assert!(
        text.stdout.starts_with(
            "Расходы в разрезе «функциональная группа»: 2023 год, утвержденный (тыс. тенге)"
        ),
        "{}",
        text.context()
    );
}

#[test]
fn compare_years_and_stages() {
    let w = Work::new();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    let (a, b) = (by_group(2023, "executed"), by_group(2024, "executed"));
    let run = w.run(&["compare", &src, "--format", "csv"]).ok();
    let rows = table(&run.stdout);
    for r in &rows[..rows.len() - 1] {
        let c = &r["code"];
        assert_eq!(dec(&r["amount_2023_executed"]), a[c]);
        assert_eq!(dec(&r["amount_2024_executed"]), b[c]);
        assert_eq!(dec(&r["change"]), b[c] - a[c]);
        assert_eq!(r["row_kind"], "line");
        assert_eq!(
            dec(&r["change_ratio"]),
            ((b[c] - a[c]) / a[c]).round_dp(10),
            "{c}"
        );
    }
    let last = rows.last().unwrap();
    let (ta, tb): (Decimal, Decimal) = (a.values().sum(), b.values().sum());
    assert_eq!(
        (
            dec(&last["amount_2023_executed"]),
            dec(&last["amount_2024_executed"])
        ),
        (ta, tb)
    );
    // The total row says what it is: summing the file counts nothing twice.
    assert_eq!(last["row_kind"], "total");
    // A change of shares is in points under a name that says so.
    let first = &rows[0];
    let pp = (dec(&first["share_2024_executed"]) - dec(&first["share_2023_executed"])) * dec("100");
    assert!(
        (dec(&first["share_change_points"]) - pp).abs() < dec("0.00001"),
        "{first:?}"
    );

    // How much the 2024 budget was amended: approved against revised.
    let run = w
        .run(&[
            "compare",
            &src,
            "--from",
            "2024:approved",
            "--to",
            "2024:revised",
            "--format",
            "json",
        ])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let total = &v["tables"][0]["totals"][0];
    let (ap, rv): (Decimal, Decimal) = (
        by_group(2024, "approved").values().sum(),
        by_group(2024, "revised").values().sum(),
    );
    assert_eq!(dec(&total["change"].to_string()), rv - ap);
    assert_eq!(v["tables"][0]["columns"][2]["header"], "2024 утвержденный");

    // A range: growth per year over 2022..2024 in its own column.
    let run = w
        .run(&["compare", &src, "--years", "2022..2024", "--lang", "en"])
        .ok();
    assert!(
        run.stdout.contains("Annual growth (CAGR)"),
        "{}",
        run.context()
    );
    assert!(
        run.stdout.contains("Largest increases"),
        "{}",
        run.context()
    );
}

#[test]
fn compare_lists_new_and_discontinued_lines_and_matches_renumbered_ones() {
    let w = Work::new();
    let csv = "code,name,year,stage,amount\n\
               01,Schools,2023,approved,100\n01,Schools,2024,approved,150\n\
               02,Old roads fund,2023,approved,40\n\
               03,Parks,2023,approved,10\n07,parks ,2024,approved,12\n\
               05,New clinic,2024,approved,30\n";
    let src = w.write("b.csv", csv);
    let run = w
        .run(&[
            "compare",
            src.to_str().unwrap(),
            "--by",
            "code",
            "--currency",
            "USD",
            "--format",
            "json",
        ])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let rows = v["tables"][0]["rows"].as_array().unwrap();
    let find = |code: &str| rows.iter().find(|r| r["code"] == code).unwrap();
    assert_eq!(find("01")["change"], serde_json::json!(50));
    assert_eq!(find("01")["change_ratio"], serde_json::json!(0.5));
    assert_eq!(find("05")["status"], "new");
    assert_eq!(find("02")["status"], "discontinued");
    assert_eq!(find("02")["change"], serde_json::json!(-40));
    assert_eq!(find("07")["status"], "code changed from 03");
    assert_eq!(find("07")["amount_2023_approved"], serde_json::json!(10));
    let names: Vec<&str> = v["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["compare", "movers_up", "new", "discontinued"]);
}

#[test]
fn execution_flags_lines_under_the_threshold() {
    let w = Work::new();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    let progs = programs();
    let under: usize = progs
        .iter()
        .filter(|(_, _, a)| a[at(2024, "executed")] / a[at(2024, "revised")] < dec("0.95"))
        .count();
    let run = w
        .run(&[
            "execution",
            &src,
            "--by",
            "program",
            "--threshold",
            "95",
            "--lang",
            "en",
            "--format",
            "csv",
        ])
        .ok();
    let rows = table(&run.stdout);
    assert_eq!(rows.len(), progs.len() + 1);
    for r in &rows[..rows.len() - 1] {
        let p = progs.iter().find(|p| p.1 == r["code"]).unwrap();
        assert_eq!(dec(&r["amount_2024_revised"]), p.2[at(2024, "revised")]);
        assert_eq!(dec(&r["amount_2024_executed"]), p.2[at(2024, "executed")]);
        assert_eq!(
            dec(&r["unspent_2024"]),
            p.2[at(2024, "revised")] - p.2[at(2024, "executed")]
        );
    }
    for r in &rows[..rows.len() - 1] {
        let p = progs.iter().find(|p| p.1 == r["code"]).unwrap();
        let low = p.2[at(2024, "executed")] / p.2[at(2024, "revised")] < dec("0.95");
        assert_eq!(r["flag"] == "under 95%", low, "{r:?}");
    }
    let body = &rows[..rows.len() - 1];
    assert_eq!(
        body.iter().filter(|r| r["flag"] == "under 95%").count(),
        under
    );
    // Lowest rate first.
    let rates: Vec<Decimal> = rows[..rows.len() - 1]
        .iter()
        .map(|r| dec(&r["rate"]))
        .collect();
    assert!(rates.windows(2).all(|w| w[0] <= w[1]));
    let text = w.run(&["execution", &src, "--lang", "en"]).ok();
    assert!(
        text.stdout.contains("plan: the revised budget"),
        "{}",
        text.context()
    );
}

#[test]
fn real_terms_and_per_capita_from_a_city_config() {
    let w = Work::new();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    w.write(
        "city.toml",
        "name = { en = \"Sample district\" }\nbase_year = 2024\n[population]\n2023 = 52000\n2024 = 53000\n[inflation]\n2023 = 10\n2024 = 8.5\n",
    );
    let (a, b) = (by_group(2023, "executed"), by_group(2024, "executed"));
    let run = w
        .run(&[
            "compare",
            &src,
            "--config",
            "city.toml",
            "--real",
            "--format",
            "csv",
        ])
        .ok();
    let rows = table(&run.stdout);
    for r in &rows[..rows.len() - 1] {
        let c = &r["code"];
        // 2023 in 2024 prices: × 108.5/100 (index 2022 = 100, 2023 = 110, 2024 = 119.35).
        let real = (a[c] * dec("119.35") / dec("110")).round_dp(2);
        // The column names say the prices.
        assert_eq!(
            dec(&r["amount_2023_executed_real_2024_prices"]),
            real,
            "{c}"
        );
        assert_eq!(
            dec(&r["amount_2024_executed_real_2024_prices"]),
            b[c],
            "{c}"
        );
    }
    let text = w
        .run(&[
            "breakdown",
            &src,
            "--config",
            "city.toml",
            "--per-capita",
            "--lang",
            "en",
            "--unit",
            "one",
        ])
        .ok();
    assert!(
        text.stdout.contains("(KZT, per resident)"),
        "{}",
        text.context()
    );
    let per = en((b["04"] / dec("53000")).round_dp(2));
    assert!(text.stdout.contains(&per), "{per}{}", text.context());
    w.run(&[
        "breakdown",
        &src,
        "--config",
        "city.toml",
        "--per-capita",
        "--year",
        "2022",
    ])
    .fails(2, &["--per-capita", "no population for 2022", "city.toml"]);
    w.run(&["breakdown", &src, "--real"])
        .fails(2, &["--real", "--cpi FILE"]);
    w.write("cpi.csv", "year,cpi\n2024,131.2\n");
    w.run(&["compare", &src, "--real", "--cpi", "cpi.csv"])
        .fails(2, &["--real", "no price index for 2023 in cpi.csv"]);
}

#[test]
fn analysis_errors_name_the_flag() {
    let w = Work::new();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    w.run(&["breakdown", &src, "--year", "2030"]).fails(
        2,
        &[
            "--year",
            "no expenditure lines for 2030",
            "2022, 2023, 2024",
        ],
    );
    w.run(&["breakdown", &src, "--by", "department"])
        .fails(2, &["--by", "\"department\"", "group, subgroup"]);
    w.run(&["breakdown", &src, "--direction", "revenue"])
        .fails(2, &["--direction", "no revenue lines"]);
    w.run(&["compare", &src, "--from", "2023"])
        .fails(2, &["--to", "--from needs --to"]);
    w.run(&["compare", &src, "--years", "2024..2022"])
        .fails(2, &["--years", "first year must come before"]);
    w.run(&["execution", &src, "--threshold", "abc"])
        .fails(2, &["--threshold", "not a percentage"]);
    w.run(&["breakdown", &src, "-o", "out.pdf"])
        .fails(2, &["out.pdf", ".xlsx"]);
    w.run(&["breakdown", &src, "--format", "xlsx"])
        .fails(2, &["--format", "-o FILE"]);
}

#[test]
fn xlsx_and_parquet_outputs_hold_exact_numbers() {
    let w = Work::new();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    let expected = by_group(2024, "executed");
    w.run(&["breakdown", &src, "-o", "b.xlsx"]).ok();
    let path = w.path("b.xlsx");
    let rows = raw_rows(path.to_str().unwrap(), "breakdown");
    let header = rows
        .iter()
        .position(|r| r.first().is_some_and(|c| *c == "Функциональная группа"))
        .unwrap();
    let got: BTreeMap<String, Decimal> = rows[header + 1..rows.len() - 1]
        .iter()
        .map(|r| (r[0].to_string(), num(&r[2]).unwrap()))
        .collect();
    assert_eq!(got, expected);
    w.run(&["breakdown", &src, "-o", "b.parquet"]).ok();
    let bytes = std::fs::read(w.path("b.parquet")).unwrap();
    assert_eq!(&bytes[..4], b"PAR1");
    w.run(&["breakdown", &src, "-o", "b.md"]).ok();
    let md = std::fs::read_to_string(w.path("b.md")).unwrap();
    assert!(md.starts_with("### Расходы"), "{md}");
    assert!(md.contains("|:---|:---|---:|---:|---:|"), "{md}");
}

// ---------------------------------------------------------------- real files

/// Rows of a real CSV as maps (a plain parse, independent of ashyq).
fn csv_rows(path: &str) -> Vec<BTreeMap<String, String>> {
    table(&std::fs::read_to_string(path).unwrap())
}

#[test]
fn boston_fy24_appropriation_against_fy25_budget_by_cabinet() {
    let Some(path) = realdata("boston_fy25_adopted_operating_budget.csv") else {
        return;
    };
    let mut expected: BTreeMap<String, (Decimal, Decimal)> = BTreeMap::new();
    for r in csv_rows(&path) {
        let e = expected.entry(r["Cabinet"].clone()).or_default();
        let v = |c: &str| {
            if r[c] == "#Missing" {
                Decimal::ZERO
            } else {
                dec(&r[c])
            }
        };
        e.0 += v("FY24 Appropriation");
        e.1 += v("FY25 Budget");
    }
    let w = Work::new();
    let run = w
        .run(&[
            "compare",
            &path,
            "--currency",
            "USD",
            "--by",
            "cabinet",
            "--from",
            "2024:approved",
            "--to",
            "2025:approved",
            "--format",
            "csv",
        ])
        .ok();
    let rows = table(&run.stdout);
    let got: BTreeMap<String, (Decimal, Decimal)> = rows[..rows.len() - 1]
        .iter()
        .map(|r| {
            (
                r["name"].clone(),
                (
                    dec(&r["amount_2024_approved"]),
                    dec(&r["amount_2025_approved"]),
                ),
            )
        })
        .collect();
    assert_eq!(got, expected, "{}", run.context());
    let total = rows.last().unwrap();
    assert_eq!(dec(&total["amount_2025_approved"]), dec("4636924670.23"));
}

#[test]
fn madrid_2014_to_2015_by_chapter() {
    let Some(path) = realdata("madrid_municipal_expenditure_2012-2015.csv") else {
        return;
    };
    let mut expected: BTreeMap<String, (Decimal, Decimal, String)> = BTreeMap::new();
    for r in csv_rows(&path) {
        let e = expected.entry(r["CAPITULO"].clone()).or_default();
        match r["AÑO"].as_str() {
            "2014" => e.0 += dec(&r["IMPORTE"]),
            "2015" => e.1 += dec(&r["IMPORTE"]),
            _ => continue,
        }
        e.2 = r["DESCRIPCION CAPITULO"].clone();
    }
    let w = Work::new();
    let run = w
        .run(&[
            "compare",
            &path,
            "--currency",
            "EUR",
            "--by",
            "CAPITULO",
            "--from",
            "2014",
            "--to",
            "2015",
            "--format",
            "csv",
        ])
        .ok();
    let rows = table(&run.stdout);
    let got: BTreeMap<String, (Decimal, Decimal, String)> = rows[..rows.len() - 1]
        .iter()
        .map(|r| {
            let d = |c: &str| {
                if r[c].is_empty() {
                    Decimal::ZERO
                } else {
                    dec(&r[c])
                }
            };
            (
                r["code"].clone(),
                (
                    d("amount_2014_approved"),
                    d("amount_2015_approved"),
                    r["name"].clone(),
                ),
            )
        })
        .collect();
    assert_eq!(got, expected, "{}", run.context());
    // Chapter 5 has no 2014 budget: a new line.
    let five = rows.iter().find(|r| r["code"] == "5").unwrap();
    assert_eq!(five["status"], "new");
}

#[test]
fn kyiv_2023_execution_rate_by_economic_code() {
    let Some(path) = realdata("ua_openbudget_kyiv_lviv_expenses_economic_2021-2024.csv") else {
        return;
    };
    // The year's last month holds the year (amounts run from January); the
    // general (C) and special (S) funds add up, T is their total.
    let mut expected: BTreeMap<String, (Decimal, Decimal)> = BTreeMap::new();
    for r in csv_rows(&path) {
        if r["REP_PERIOD"] != "2023-12-31" || r["CITY"] != "Kyiv" || r["FUND_TYP"] == "T" {
            continue;
        }
        let e = expected.entry(r["COD_CONS_EK"].clone()).or_default();
        let v = |c: &str| {
            if r[c] == "NA" {
                Decimal::ZERO
            } else {
                dec(&r[c])
            }
        };
        e.0 += v("PLANS_AMT");
        e.1 += v("FAKT_AMT");
    }
    let w = Work::new();
    let map = repo("examples/mappings/kyiv_lviv_expenses_economic.toml");
    let run = w
        .run(&[
            "execution",
            &path,
            "--map",
            &map,
            "--filter",
            "CITY=Kyiv",
            "--year",
            "2023",
            "--by",
            "code",
            "--format",
            "csv",
        ])
        .ok();
    let rows = table(&run.stdout);
    assert_eq!(rows.len() - 1, expected.len(), "{}", run.context());
    for r in &rows[..rows.len() - 1] {
        let (plan, exec) = expected[&r["code"]];
        assert_eq!(dec(&r["amount_2023_revised"]), plan, "{}", r["code"]);
        assert_eq!(dec(&r["amount_2023_executed"]), exec, "{}", r["code"]);
        if !plan.is_zero() {
            assert_eq!(dec(&r["rate"]), (exec / plan).round_dp(10), "{}", r["code"]);
        }
    }
    let wages = rows.iter().find(|r| r["code"] == "2111").unwrap();
    assert_eq!(wages["name"], "Заробітна плата");
}

#[test]
fn validate_finds_duplicates_negatives_overspending_vanished_lines_and_big_revisions() {
    let w = Work::new();
    let csv = "code,name,year,stage,amount\n\
               01,Schools,2023,approved,100\n01,Schools,2023,revised,100\n01,Schools,2023,executed,104\n\
               01,Schools,2024,approved,100\n01,Schools,2024,revised,125\n\
               02,Roads,2023,approved,50\n02,Roads,2023,approved,50\n\
               03,Refunds,2023,executed,-7.5\n03,Refunds,2024,executed,-1\n";
    let f = w.write("b.csv", csv);
    let run = w
        .run(&["validate", f.to_str().unwrap(), "--currency", "USD"])
        .ok();
    let expected = "duplicate lines: 1\n  02 Roads: 2023 approved: 2 times [b.csv E7; b.csv E8]\n\
                    negative amounts: 2\n  03 Refunds: 2023 executed: -7.5 [b.csv E9]\n  03 Refunds: 2024 executed: -1 [b.csv E10]\n\
                    executed over 100% of the plan: 1\n  01 Schools: 2023: executed 104 against revised 100 (104.0%) [b.csv E3; b.csv E4]\n\
                    lines that vanish the next year: 1\n  02 Roads: in 2023, not in 2024 [b.csv E7]\n\
                    revisions beyond ±20% of the approved amount: 1\n  01 Schools: 2024: approved 100, revised 125 (+25.0%) [b.csv E5; b.csv E6]\n";
    assert!(run.stdout.ends_with(expected), "{}", run.context());
    let json = w
        .run(&[
            "validate",
            f.to_str().unwrap(),
            "--currency",
            "USD",
            "--format",
            "json",
        ])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let kinds: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "duplicate",
            "negative",
            "negative",
            "over_executed",
            "vanished",
            "revised"
        ]
    );
}

#[test]
fn fiscal_data_package_and_partitioned_parquet() {
    let w = Work::new();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    w.run(&["import", &src, "-o", "pkg", "--format", "fdp"])
        .ok();
    let d: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(w.path("pkg/datapackage.json")).unwrap())
            .unwrap();
    assert_eq!(d["resources"][0]["path"], "budget-lines.csv");
    assert_eq!(d["model"]["measures"]["amount"]["currency"], "KZT");
    assert_eq!(d["model"]["measures"]["amount"]["direction"], "expenditure");
    assert_eq!(
        d["model"]["dimensions"]["date"]["attributes"]["year"]["source"],
        "year"
    );
    // It validates against the Fiscal Data Package schema (tests/data/README.md),
    // which does reject a descriptor without its model.
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo("tests/data/fiscal-data-package.json")).unwrap(),
    )
    .unwrap();
    let fdp = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = fdp.iter_errors(&d).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let mut old = d.clone();
    let model = old.as_object_mut().unwrap().remove("model").unwrap();
    old["mapping"] = model;
    assert!(!fdp.is_valid(&old), "the schema requires a model");
    // The descriptor is a source like any other: the same table as from the workbook.
    let a = w.run(&["breakdown", &src, "--format", "csv"]).ok();
    let b = w
        .run(&["breakdown", "pkg/datapackage.json", "--format", "csv"])
        .ok();
    assert_eq!(a.stdout, b.stdout);

    w.run(&[
        "import",
        &src,
        "-o",
        "parts",
        "--format",
        "parquet",
        "--partition",
        "year",
    ])
    .ok();
    for year in [2022, 2023, 2024] {
        let part = format!("parts/year={year}/part-0.parquet");
        let run = w.run(&["import", &part, "-o", "-"]).ok();
        let (totals, n) = lines_totals(&run.stdout);
        assert_eq!(n, 34 * 3, "{part}");
        for stage in ["approved", "revised", "executed"] {
            let expected: Decimal = programs().iter().map(|p| p.2[at(year, stage)]).sum();
            assert_eq!(
                totals[&format!("{year} {stage}")],
                expected,
                "{part} {stage}"
            );
        }
    }
    w.run(&["import", &src, "-o", "x.csv", "--partition", "year"])
        .fails(2, &["--partition", "--format parquet"]);
}

#[test]
fn madrid_data_package_as_a_source() {
    let (Some(desc), Some(csv)) = (
        realdata("madrid_municipal_expenditure_2012-2015.datapackage.json"),
        realdata("madrid_municipal_expenditure_2012-2015.csv"),
    ) else {
        return;
    };
    let w = Work::new();
    // As published, its resource path points into the original repository.
    w.run(&["breakdown", &desc])
        .fails(1, &["data/gastos_v40_2012-2015.csv", "edit \"path\""]);
    // The CSV beside the descriptor (a resource path may not leave its folder).
    std::fs::copy(&csv, w.path("gastos.csv")).unwrap();
    let text = std::fs::read_to_string(&desc)
        .unwrap()
        .replace("data/gastos_v40_2012-2015.csv", "gastos.csv");
    let fixed = w.write("madrid.datapackage.json", text);
    let run = w.run(&["import", fixed.to_str().unwrap(), "-o", "-"]).ok();
    let (totals, n) = lines_totals(&run.stdout);
    assert_eq!(n, 20_217);
    let mut expected: BTreeMap<String, Decimal> = BTreeMap::new();
    for r in csv_rows(&csv) {
        *expected
            .entry(format!("{} approved", r["AÑO"]))
            .or_default() += dec(&r["IMPORTE"]);
    }
    assert_eq!(totals, expected);
    assert!(run.stdout.contains(",EUR,"), "currency from the measure");
}

/// Snapshots of the tables as people and programs read them (review changes
/// with `cargo insta review`); the figures in them are checked against the
/// cells by the tests above.
#[test]
fn snapshots_of_tables_and_json() {
    let w = Work::new();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    let run = w.run(&["breakdown", &src]).ok();
    insta::assert_snapshot!("breakdown_ru_text", run.stdout);
    let run = w
        .run(&["execution", &src, "--lang", "kk", "--format", "md"])
        .ok();
    insta::assert_snapshot!("execution_kk_md", run.stdout);
    let run = w
        .run(&["compare", &src, "--lang", "en", "--format", "json"])
        .ok();
    insta::assert_snapshot!("compare_en_json", run.stdout);
}

#[test]
fn breakdown_of_one_year_and_stage_of_a_long_ledger() {
    // With --year and --stage, rows of other years and stages are dropped as
    // they are read; the figures must not change for it, large file or small.
    for programs in [7000, 40] {
        let (text, _) = long_ledger(programs, |p| format!("Программа {p}"));
        let mut expected: BTreeMap<String, (Decimal, usize)> = BTreeMap::new();
        for p in 0..programs {
            let amount = dec(&format!("{}.{}", 1000 + p * 7 + 1, (p + 1) % 10)) * dec("1000");
            let e = expected.entry(format!("{:02}", p % 15 + 1)).or_default();
            e.0 += amount;
            e.1 += 1;
        }
        let w = Work::new();
        w.write("ledger.csv", &text);
        let run = w
            .run(&[
                "breakdown",
                "ledger.csv",
                "--year",
                "2024",
                "--stage",
                "revised",
                "--by",
                "group",
                "-o",
                "-",
                "--format",
                "csv",
            ])
            .ok();
        let rows = table(&run.stdout);
        let (body, foot) = rows.split_at(rows.len() - 1);
        let got: BTreeMap<String, (Decimal, usize)> = body
            .iter()
            .map(|r| {
                (
                    r["code"].clone(),
                    (dec(&r["amount_2024_revised"]), r["lines"].parse().unwrap()),
                )
            })
            .collect();
        assert_eq!(got, expected, "{programs} programs{}", run.context());
        assert_eq!(foot[0]["lines"], programs.to_string());
        // A year the file does not have is named as without the shortcut.
        w.run(&[
            "breakdown",
            "ledger.csv",
            "--year",
            "2031",
            "--stage",
            "revised",
        ])
        .fails(
            2,
            &["--year: the data has no expenditure lines for 2031; it has 2023, 2024"],
        );
    }
}

#[test]
fn stage_and_direction_flags_in_any_language() {
    let w = Work::new();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    let total = |args: &[&str]| {
        let mut all = vec![
            "breakdown",
            src.as_str(),
            "--year",
            "2024",
            "--format",
            "json",
        ];
        all.extend_from_slice(args);
        let run = w.run(&all).ok();
        let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        dec(&v["tables"][0]["totals"][0][amount_key(&v["tables"][0])].to_string())
    };
    let executed: Decimal = by_group(2024, "executed").values().sum();
    let approved: Decimal = by_group(2024, "approved").values().sum();
    for word in ["executed", "исполнение", "атқарылуы", "ИСПОЛНЕНИЕ"] {
        assert_eq!(total(&["--stage", word]), executed, "--stage {word}");
    }
    for word in ["approved", "утвержденный", "бекітілген"] {
        assert_eq!(total(&["--stage", word]), approved, "--stage {word}");
    }
    assert_eq!(
        total(&["--stage", "executed", "--direction", "расходы"]),
        executed
    );
    assert_eq!(
        total(&["--stage", "executed", "--direction", "шығындар"]),
        executed
    );
    // A side of a comparison takes the same words.
    let run = w
        .run(&[
            "compare",
            &src,
            "--from",
            "2024:бекітілген",
            "--to",
            "2024:исполнение",
            "--format",
            "json",
        ])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        dec(&v["tables"][0]["totals"][0]["change"].to_string()),
        executed - approved
    );
    w.run(&["breakdown", &src, "--stage", "потрачено"]).fails(
        2,
        &[
            "--stage",
            "\"потрачено\" is not a stage",
            "исполнение",
            "атқарылуы",
        ],
    );
}

#[test]
fn kazakhstans_group_names_only_where_the_file_follows_its_classification() {
    let w = Work::new();
    let groups = |args: &[&str]| {
        let mut all = vec!["breakdown"];
        all.extend_from_slice(args);
        all.extend(["--format", "json"]);
        let run = w.run(&all).ok();
        let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        let mut names: Vec<String> = v["tables"][0]["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                format!(
                    "{} {}",
                    r["code"].as_str().unwrap_or(""),
                    r["name"].as_str().unwrap_or("")
                )
            })
            .collect();
        names.sort();
        names
    };
    // A COFOG table: its own names, never Kazakhstan's for the same codes.
    w.write(
        "cofog.csv",
        "code,name,2024 approved\n09,Education,300\n09 1,Pre-primary and primary,100\n09 2,Secondary,200\n10,Social protection,50\n10 1,Sickness,50\n",
    );
    assert_eq!(
        groups(&["cofog.csv"]),
        ["09 Education", "10 Social protection"]
    );
    // A file that follows the Kazakh classification, in Russian: the groups in the language shown.
    w.write(
        "kz.csv",
        "code,name,2024 approved\n04,Образование,300\n04 1 464 003,Школы,300\n06,Социальная помощь,50\n06 2 451 007,Пособия,50\n",
    );
    assert_eq!(
        groups(&["kz.csv", "--lang", "ru"]),
        [
            "04 Образование",
            "06 Социальная помощь и социальное обеспечение"
        ]
    );
    assert_eq!(
        groups(&["kz.csv", "--lang", "kk"]),
        [
            "04 Білім беру",
            "06 Әлеуметтік көмек және әлеуметтік қамсыздандыру"
        ]
    );
    // Revenue is never named by the expenditure classification: codes shaped
    // as the receipts classification's take its categories' names.
    w.write(
        "rev.csv",
        "Доходы бюджета\ncode,name,2024 approved\n1 01 1,Корпоративный подоходный налог,70\n4 02 2,Субвенции,230\n",
    );
    assert_eq!(
        groups(&["rev.csv", "--lang", "ru"]),
        ["1 Налоговые поступления", "4 Поступления трансфертов"]
    );
    assert_eq!(
        groups(&["rev.csv", "--lang", "en"]),
        ["1 Tax revenue", "4 Transfers received"]
    );
    // Codes of another shape (a city's "1.100") are the file's own.
    w.write(
        "rev2.csv",
        "Доходы бюджета\ncode,name,2024 approved\n1.100,Property tax,70\n4.200,State aid,230\n",
    );
    assert_eq!(groups(&["rev2.csv", "--lang", "en"]), ["1 1", "4 4"]);
}

/// Every analysis output says what its figures are: the JSON's `selection`,
/// the column names, and a Parquet file's key-value metadata.
#[test]
fn outputs_carry_the_selection_behind_their_figures() {
    let w = Work::new();
    let src = repo("data/sample_district_budget_akimat.xlsx");
    w.write(
        "city.toml",
        "base_year = 2024\n[population]\n2023 = 100000\n2024 = 125000\n[inflation]\n2023 = 10\n2024 = 20\n",
    );
    let run = w
        .run(&[
            "compare",
            &src,
            "--config",
            "city.toml",
            "--real",
            "--per-capita",
            "--format",
            "json",
        ])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let t = &v["tables"][0];
    assert_eq!(
        t["selection"],
        serde_json::json!({
            "direction": "expenditure",
            "sides": [{"year": 2023, "stage": "executed"}, {"year": 2024, "stage": "executed"}],
            "prices": "real",
            "base_year": 2024,
            "per_capita": true,
            "like_for_like": {"both_sides": 13, "one_side": 0},
            "totals": "reconciled"
        })
    );
    let keys: Vec<&str> = t["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        &keys[2..5],
        [
            "amount_2023_executed_real_2024_prices_per_resident",
            "amount_2024_executed_real_2024_prices_per_resident",
            "change_real_2024_prices_per_resident"
        ]
    );

    // A year to March: the side says so.
    let f = w.write("местный_бюджет.csv", super::unseen::portal_tree());
    let run = w
        .run(&[
            "execution",
            f.to_str().unwrap(),
            "--year",
            "2025",
            "--format",
            "json",
        ])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        v["tables"][0]["selection"]["sides"][1],
        serde_json::json!({"year": 2025, "stage": "executed", "partial_to": "2025-03"})
    );

    // Parquet: the title and the selection in the file's key-value metadata.
    use polars::prelude::SerReader;
    w.run(&["breakdown", &src, "--year", "2023", "-o", "b.parquet"])
        .ok();
    let mut reader =
        polars::prelude::ParquetReader::new(std::fs::File::open(w.path("b.parquet")).unwrap());
    let meta = reader.get_metadata().unwrap();
    let kv: BTreeMap<String, String> = meta
        .key_value_metadata
        .clone()
        .unwrap_or_default()
        .into_iter()
        .map(|k| (k.key, k.value.unwrap_or_default()))
        .collect();
    let sel: serde_json::Value = serde_json::from_str(&kv["ashyq:selection"]).unwrap();
    assert_eq!(
        sel["sides"],
        serde_json::json!([{"year": 2023, "stage": "executed"}])
    );
    assert!(kv["ashyq:title"].contains("2023"), "{kv:?}");
}

/// A column of bare numbers that nothing names (a sort order) is not the
/// default grouping when a column of words tells the lines apart: a
/// hearing reads "Police", not "70".
#[test]
fn a_sort_order_column_gives_way_to_a_column_of_names() {
    let w = Work::new();
    let rows = [
        ("30", "City Administrator", 10),
        ("31", "City Administrator", 5),
        ("38.5", "City Administrator", 1),
        ("70", "Police", 20),
    ];
    let mut t = String::from("Department Order,Department,FY25 Adopted ($)\n");
    for (o, d, a) in rows {
        t.push_str(&format!("{o},{d},{a}\n"));
    }
    w.write("orders.csv", t);
    let run = w
        .run(&["breakdown", "orders.csv", "--format", "json", "-q"])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let got: Vec<(String, i64)> = v["tables"][0]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["name"].as_str().unwrap_or_default().to_string(),
                r["amount_2025_approved"].as_i64().unwrap_or_default(),
            )
        })
        .collect();
    let sum = |d: &str| rows.iter().filter(|r| r.1 == d).map(|r| r.2).sum::<i64>();
    assert_eq!(
        got,
        [
            ("Police".to_string(), sum("Police")),
            ("City Administrator".to_string(), sum("City Administrator")),
        ],
        "{}",
        run.context()
    );
    // --by still takes the numbers.
    let run = w
        .run(&["breakdown", "orders.csv", "--by", "Department Order", "-q"])
        .ok();
    assert!(run.stdout.contains("38.5"), "{}", run.context());
}

/// Two districts' budgets side by side: each group's amount and share of
/// its own budget, summed here from the fixtures' rows.
#[test]
fn budgets_side_by_side_compare_by_their_shares() {
    let w = Work::new();
    let north = [
        ("04 2 464 003", "Школы", 600),
        ("01 1 112 001", "Аппарат", 400),
    ];
    let south = [
        ("04 2 464 003", "Школы", 1_000),
        ("07 1 467 003", "Жильё", 3_000),
    ];
    for (name, rows) in [("район_северный.csv", &north), ("район_южный.csv", &south)]
    {
        let mut t = String::from("Код;Наименование;2025 утвержденный (тыс. тенге)\n");
        for (c, n, a) in rows.iter() {
            t.push_str(&format!("{c};{n};{a}\n"));
        }
        w.write(name, t);
    }
    let run = w
        .run(&[
            "breakdown",
            "район_северный.csv",
            "район_южный.csv",
            "--side-by-side",
            "-o",
            "side.csv",
        ])
        .ok();
    let csv = std::fs::read_to_string(w.path("side.csv")).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap().trim_start_matches('\u{feff}'),
        "code,name,северный_amount_2025_approved,северный_share,южный_amount_2025_approved,южный_share,row_kind",
        "{}",
        run.context()
    );
    let total = |rows: &[(&str, &str, i64)]| rows.iter().map(|r| r.2).sum::<i64>();
    let (tn, ts) = (total(&north), total(&south));
    let share = |a: i64, t: i64| {
        (Decimal::from(a) / Decimal::from(t))
            .round_dp(10)
            .normalize()
    };
    // Sorted by the shares together: schools (0.6 + 0.25), housing (0.75), the office (0.4).
    let want = [
        format!(
            "04,,{},{},{},{},line",
            600_000,
            share(600, tn),
            1_000_000,
            share(1_000, ts)
        ),
        format!("07,,,,{},{},line", 3_000_000, share(3_000, ts)),
        format!("01,,{},{},,,line", 400_000, share(400, tn)),
        format!(",Итого,{},1,{},1,total", tn * 1000, ts * 1000),
    ];
    let got: Vec<String> = lines
        .map(|l| {
            // The name column is the classification's, checked elsewhere.
            let mut f: Vec<&str> = l.split(',').collect();
            if f[0].is_empty() {
                return l.to_string();
            }
            f[1] = "";
            f.join(",")
        })
        .collect();
    assert_eq!(got, want, "{csv}");
    // One file, or prices of one place for several: refused.
    w.run(&["breakdown", "район_северный.csv", "--side-by-side"])
        .fails(2, &["--side-by-side", "two or more files"]);
    w.run(&[
        "breakdown",
        "район_северный.csv",
        "район_южный.csv",
        "--side-by-side",
        "--per-capita",
    ])
    .fails(2, &["--per-capita", "use it on each budget alone"]);
}

#[test]
fn the_portal_s_regions_side_by_side_total_as_each_alone() {
    let names = [
        "местный_бюджет_Карагандинская.csv",
        "местный_бюджет_Павлодарская.csv",
        "местный_бюджет_г_Алматы.csv",
    ];
    let Some(paths) = names
        .iter()
        .map(|n| realdata(&format!("kz_budget_egov/{n}")))
        .collect::<Option<Vec<String>>>()
    else {
        return;
    };
    let w = Work::new();
    // Each region's expenditure of 2025 adjusted, from its own lines file.
    let mut want = Vec::new();
    for (i, p) in paths.iter().enumerate() {
        let out = format!("r{i}.csv");
        w.run(&["import", p, "-o", &out, "-q"]).ok();
        let text = std::fs::read_to_string(w.path(&out)).unwrap();
        let mut rdr = csv::Reader::from_reader(text.as_bytes());
        let mut sum = Decimal::ZERO;
        for r in rdr.records() {
            let r = r.unwrap();
            if &r[0] == "expenditure" && &r[1] == "2025" && &r[2] == "adjusted" && !r[7].is_empty()
            {
                sum += dec(&r[7]);
            }
        }
        want.push(sum);
    }
    let mut args = vec!["breakdown"];
    args.extend(paths.iter().map(String::as_str));
    args.extend(["--side-by-side", "--format", "json", "-q"]);
    let run = w.run(&args).ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let totals = v["tables"][0]["totals"].as_array().unwrap();
    let total = totals.last().unwrap();
    for (region, sum) in ["Карагандинская", "Павлодарская", "г_Алматы"]
        .iter()
        .zip(&want)
    {
        let got = &total[format!("{region}_amount_2025_adjusted").as_str()];
        assert_eq!(dec(&got.to_string()), *sum, "{region}: {total}");
    }
}
