//! Budgets side by side: several budgets of one kind (regions, districts)
//! grouped alike, each group's amount and share in each budget, for one
//! year and stage that every budget has. Shares, not amounts, are what a
//! hearing compares: a region twice the size spends twice as much.

use super::{in_common, pick, ratio, slots_text, Cube, Pick};
use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::i18n::Text;
use crate::model::Stage;
use crate::said;
use rust_decimal::Decimal;
use std::collections::HashMap;

/// One group across the budgets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Code (or dimension value).
    pub code: String,
    /// Name shown (the first budget's that names it).
    pub name: String,
    /// Its amount in each budget, in the budgets' order; `None` where that
    /// budget has no such group or no amount for it.
    pub amounts: Vec<Option<Decimal>>,
    /// Its share of each budget's total.
    pub shares: Vec<Option<Decimal>>,
}

/// The budgets side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SideBySide {
    /// The year and stage shown, and why.
    pub pick: Pick,
    /// Groups, the largest share on average first.
    pub rows: Vec<Row>,
    /// Each budget's total.
    pub totals: Vec<Decimal>,
}

/// The budgets of `cubes` (each one budget, grouped alike) at the year and
/// stage asked for, else the latest every budget has at its most final stage.
pub fn side_by_side(cubes: &[Cube], year: Option<i32>, stage: Option<Stage>) -> Result<SideBySide> {
    let Some(first) = cubes.first() else {
        return Err(Error::usage("SRC", said!(NO_LINES_TO_ANALYSE)));
    };
    let others: Vec<&Cube> = cubes[1..].iter().collect();
    let all = in_common(first, &others);
    if all.present.is_empty() {
        let each = cubes.iter().map(slots_text).collect();
        return Err(Error::usage(
            "SRC",
            said!(SIDE_NO_COMMON, each = Text::Join(each, "; ")),
        ));
    }
    let p = pick(&all, year, stage)?;
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut rows: Vec<Row> = Vec::new();
    let n = cubes.len();
    for (b, c) in cubes.iter().enumerate() {
        for (k, key) in c.keys.iter().enumerate() {
            let Some(sum) = c.get(k as u32, p.year, p.stage) else {
                continue;
            };
            let i = *index.entry(key.code.as_str()).or_insert_with(|| {
                rows.push(Row {
                    code: key.code.clone(),
                    name: String::new(),
                    amounts: vec![None; n],
                    shares: vec![None; n],
                });
                rows.len() - 1
            });
            if rows[i].name.is_empty() {
                rows[i].name = key.name.clone();
            }
            rows[i].amounts[b] = sum.amount;
        }
    }
    let totals: Vec<Decimal> = cubes.iter().map(|c| c.total(p.year, p.stage)).collect();
    for r in &mut rows {
        for (b, a) in r.amounts.iter().enumerate() {
            r.shares[b] = a.and_then(|a| ratio(a, totals[b]));
        }
    }
    let mean = |r: &Row| r.shares.iter().flatten().fold(Decimal::ZERO, |s, x| s + x);
    rows.sort_by(|a, b| mean(b).cmp(&mean(a)).then_with(|| a.code.cmp(&b.code)));
    Ok(SideBySide {
        pick: p,
        rows,
        totals,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::By;
    use crate::model::{Budget, Direction, Item, Line, Source};

    fn cube(groups: &[(&str, &str, i64)], year: i32) -> Cube {
        let mut b = Budget::new("KZT");
        b.sources.push(Source {
            file: "a.csv".into(),
            sha256: String::new(),
        });
        b.sheets.push(String::new());
        for (i, (code, name, amount)) in groups.iter().enumerate() {
            b.items.push(Item {
                direction: Direction::Expenditure,
                code: format!("{code} 1 111 001"),
                level: Some(4),
                parent_code: String::new(),
                name: name.to_string(),
                dims: Vec::new(),
                source: 0,
                sheet: 0,
            });
            b.lines.push(Line {
                item: i as u32,
                year,
                stage: Stage::Approved,
                amount: Some(Decimal::from(*amount)),
                missing: 0,
                row: i as u32,
                col: 2,
            });
        }
        Cube::build(&b, Direction::Expenditure, By::Level(1), &[]).unwrap()
    }

    #[test]
    fn each_group_s_share_of_each_budget() {
        let a = cube(&[("04", "Школы", 60), ("01", "Аппарат", 40)], 2025);
        let b = cube(&[("04", "Школы", 100), ("07", "ЖКХ", 300)], 2025);
        let s = side_by_side(&[a, b], None, None).unwrap();
        assert_eq!(s.totals, [Decimal::from(100), Decimal::from(400)]);
        let got: Vec<(&str, Vec<Option<Decimal>>)> = s
            .rows
            .iter()
            .map(|r| (r.code.as_str(), r.shares.clone()))
            .collect();
        let pct = |n: i64, d: i64| Some(Decimal::from(n) / Decimal::from(d));
        assert_eq!(
            got,
            [
                ("04", vec![pct(60, 100), pct(100, 400)]),
                ("07", vec![None, pct(300, 400)]),
                ("01", vec![pct(40, 100), None]),
            ]
        );
        // No year in common: said, with what each has.
        let c = cube(&[("04", "Школы", 1)], 2024);
        let d = cube(&[("04", "Школы", 1)], 2025);
        let e = side_by_side(&[c, d], None, None).unwrap_err();
        assert!(
            e.localized(crate::i18n::Lang::En)
                .contains("2024 approved; 2025 approved"),
            "{e}"
        );
    }
}
