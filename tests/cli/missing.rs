//! Missing is not zero, in comparisons too: a line with no amount in one of
//! the two years is neither growth nor a cut; the change of the totals is
//! stated with the like-for-like change beside it.

use super::*;

/// Seven programs with amounts in both years, three with "-" in 2023.
fn with_gaps() -> (String, Decimal, Decimal) {
    let mut s = String::from("code,name,year,stage,amount\n");
    let (mut from, mut to) = (Decimal::ZERO, Decimal::ZERO);
    for i in 1..=7 {
        s.push_str(&format!(
            "01 {i:03},Программа {i},2023,executed,{}\n",
            100 + i
        ));
        s.push_str(&format!(
            "01 {i:03},Программа {i},2024,executed,{}\n",
            110 + i
        ));
        from += Decimal::from(100 + i);
        to += Decimal::from(110 + i);
    }
    for (j, n) in ["Без суммы A", "Без суммы B", "Без суммы C"]
        .iter()
        .enumerate()
    {
        s.push_str(&format!("01 {:03},{n},2023,executed,-\n", 8 + j));
        s.push_str(&format!("01 {:03},{n},2024,executed,1000\n", 8 + j));
    }
    (s, from, to)
}

/// A fraction as the pack prints a percentage: one decimal, the language's mark.
fn pct(f: Decimal, comma: bool) -> String {
    let s = (f * Decimal::from(100)).round_dp(1).to_string();
    let s = if s.contains('.') { s } else { format!("{s}.0") };
    if comma {
        s.replace('.', ",")
    } else {
        s
    }
}

#[test]
fn missing_amounts_are_not_growth_and_the_change_is_given_like_for_like() {
    let w = Work::new();
    let (csv, from, to) = with_gaps();
    w.write("gaps.csv", csv);
    let lfl = (to - from) / from;

    // The comparison table says which lines have no amount, and lists none of them as movers.
    let run = w
        .run(&[
            "compare", "gaps.csv", "--by", "code", "--lang", "en", "--format", "json",
        ])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let tables = v["tables"].as_array().unwrap();
    let rows = tables[0]["rows"].as_array().unwrap();
    let no_amount = rows
        .iter()
        .filter(|r| r["status"] == "no amount in 2023 executed")
        .count();
    assert_eq!(no_amount, 3, "{}", run.context());
    let up = tables
        .iter()
        .find(|t| t["name"] == "movers_up")
        .unwrap_or_else(|| panic!("no movers_up table{}", run.context()));
    let names: Vec<&str> = up["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert!(
        names.iter().all(|n| n.starts_with("Программа")),
        "{names:?}"
    );

    // The pack's first fact states both changes, in each language.
    for (lang, sentence) in [
        (
            "ru",
            format!(
                "В сопоставимом круге — по 7 строкам с суммами за оба года — +{}%; у 3 строк сумма есть только за один год, это не рост и не сокращение.",
                pct(lfl, true)
            ),
        ),
        (
            "en",
            format!(
                "Like for like, over the 7 lines with amounts in both years: +{}%; 3 have an amount in one year only, which is neither growth nor a cut.",
                pct(lfl, false)
            ),
        ),
        (
            "kk",
            format!(
                "Екі жылда да сомасы бар 7 жол бойынша салыстырғанда: +{}%; 3 жолда сома тек бір жылда бар, олар өсім де, қысқарту да емес.",
                pct(lfl, true)
            ),
        ),
    ] {
        let out = format!("pack-{lang}");
        w.run(&["report", "gaps.csv", "--lang", lang, "-o", &out]).ok();
        let md = std::fs::read_to_string(w.path(&out).join("report.md")).unwrap();
        let facts = md.split("\n## ").nth(1).unwrap_or("");
        assert!(facts.contains(&sentence), "{lang}: {sentence}\n{facts}");
        assert!(!facts.contains("Без суммы"), "{lang}: a line with no amount is a fact\n{facts}");
    }
}
