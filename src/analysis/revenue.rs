//! Where the money comes from: revenue by category of Kazakhstan's receipts
//! classification (1 tax, 2 non-tax, 3 sales of fixed capital, 4 transfers
//! received) and the budget's dependence on transfers, the first question
//! at a district hearing. Only for lines that are that classification: a
//! revenue line whose code starts with another category, or a category 4
//! none of whose lines names a transfer, and there is no such table.

use crate::model::{Budget, Direction, Stage};
use rust_decimal::Decimal;

/// Revenue of one year and stage by category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sources {
    /// The year.
    pub year: i32,
    /// The stage.
    pub stage: Stage,
    /// (category 1-4, amount, lines), in the order of the categories;
    /// categories with no line are left out.
    pub categories: Vec<(u8, Decimal, usize)>,
    /// All revenue of the year and stage.
    pub total: Decimal,
}

impl Sources {
    /// The transfers received (category 4).
    pub fn transfers(&self) -> Decimal {
        self.categories
            .iter()
            .find(|c| c.0 == 4)
            .map_or(Decimal::ZERO, |c| c.1)
    }

    /// A category's share of all revenue, as a fraction.
    pub fn share(&self, amount: Decimal) -> Option<Decimal> {
        amount.checked_div(self.total)
    }
}

/// Words naming a transfer in a receipts line ("Трансферты из областного
/// бюджета", "Субвенции", "Облыстық бюджеттен трансферттер").
const TRANSFER_WORDS: &[&str] = &["трансферт", "субвенц", "transfer"];

/// Revenue of `year` and `stage` by category, when every revenue line is
/// of Kazakhstan's receipts classification and has an amount.
pub fn by_category(budget: &Budget, year: i32, stage: Stage) -> Option<Sources> {
    if budget.currency != "KZT" {
        return None;
    }
    let mut sums = [(Decimal::ZERO, 0usize); 4];
    let mut named_transfer = false;
    let mut total = Decimal::ZERO;
    for l in &budget.lines {
        let item = &budget.items[l.item as usize];
        if item.direction != Direction::Revenue || (l.year, l.stage) != (year, stage) {
            continue;
        }
        let amount = l.amount?;
        let first = item.code.split(' ').next()?.trim_start_matches('0');
        let c: usize = match first {
            "1" | "2" | "3" | "4" => first.parse().ok()?,
            _ => return None,
        };
        if c == 4 {
            let name = item.name.to_lowercase();
            named_transfer |= TRANSFER_WORDS.iter().any(|w| name.contains(w));
        }
        sums[c - 1].0 = sums[c - 1].0.checked_add(amount)?;
        sums[c - 1].1 += 1;
        total = total.checked_add(amount)?;
    }
    let any_transfers = sums[3].1 > 0;
    if total <= Decimal::ZERO || (any_transfers && !named_transfer) {
        return None;
    }
    Some(Sources {
        year,
        stage,
        categories: (1u8..=4)
            .zip(sums)
            .filter(|(_, (_, n))| *n > 0)
            .map(|(c, (a, n))| (c, a, n))
            .collect(),
        total,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Item, Line, Source};

    fn budget(lines: &[(&str, &str, Option<i64>)]) -> Budget {
        let mut b = Budget::new("KZT");
        b.sources.push(Source {
            file: "a.html".into(),
            sha256: String::new(),
        });
        b.sheets.push("table 1".into());
        for (i, (code, name, amount)) in lines.iter().enumerate() {
            b.items.push(Item {
                direction: Direction::Revenue,
                code: code.to_string(),
                level: Some(3),
                parent_code: String::new(),
                name: name.to_string(),
                dims: Vec::new(),
                source: 0,
                sheet: 0,
            });
            b.lines.push(Line {
                item: i as u32,
                year: 2025,
                stage: Stage::Approved,
                amount: amount.map(Decimal::from),
                missing: 0,
                row: i as u32,
                col: 4,
            });
        }
        b
    }

    #[test]
    fn revenue_by_category_and_the_share_of_transfers() {
        let b = budget(&[
            ("1 01 2", "Индивидуальный подоходный налог", Some(600)),
            ("1 04 1", "Налог на имущество", Some(150)),
            ("2 01 5", "Доходы от аренды имущества", Some(50)),
            ("4 02 2", "Субвенции из областного бюджета", Some(1200)),
        ]);
        let s = by_category(&b, 2025, Stage::Approved).unwrap();
        assert_eq!(
            s.categories,
            vec![
                (1, Decimal::from(750), 2),
                (2, Decimal::from(50), 1),
                (4, Decimal::from(1200), 1)
            ]
        );
        assert_eq!(s.total, Decimal::from(2000));
        assert_eq!(s.share(s.transfers()), Some(Decimal::new(6, 1)));
        assert!(by_category(&b, 2024, Stage::Approved).is_none());
    }

    #[test]
    fn other_classifications_and_missing_amounts_give_no_table() {
        // A code outside categories 1-4 (a Russian budget code), a missing
        // amount, a category 4 naming no transfer: not this classification.
        for lines in [
            vec![("1 01", "Налог", Some(10)), ("182 1 01", "НДФЛ", Some(5))],
            vec![("1 01", "Налог", Some(10)), ("4 02", "Трансферты", None)],
            vec![("1 01", "Налог", Some(10)), ("4 02", "Прочее", Some(3))],
        ] {
            assert!(by_category(&budget(&lines), 2025, Stage::Approved).is_none());
        }
        let mut usd = budget(&[("1 01", "Tax", Some(10))]);
        usd.currency = "USD".into();
        assert!(by_category(&usd, 2025, Stage::Approved).is_none());
    }
}
