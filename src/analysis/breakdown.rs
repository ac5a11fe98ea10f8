//! Where the money goes: amounts and shares of one year and stage by group.

use super::{ratio, Cube, Pick};
use rust_decimal::Decimal;

/// The fewest groups ever gathered into one row.
pub const MIN_GATHERED: usize = 4;

/// One group's amount and share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Code (or dimension value).
    pub code: String,
    /// Name shown.
    pub name: String,
    /// Exact sum; `None` when no line of the group held an amount.
    pub amount: Option<Decimal>,
    /// Share of the total (a fraction), when the total is not zero.
    pub share: Option<Decimal>,
    /// Lines summed.
    pub lines: u32,
}

/// A breakdown, largest first, the rest beyond the top N gathered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown {
    /// The year and stage shown, and why.
    pub pick: Pick,
    /// The groups shown, largest first.
    pub rows: Vec<Row>,
    /// The groups beyond the top N summed, and how many they are.
    pub other: Option<(usize, Row)>,
    /// The total of every group.
    pub total: Decimal,
    /// Lines in the total.
    pub lines: u32,
}

/// Sums of one year and stage by the cube's key, sorted by amount (largest
/// first, then code), the groups beyond `top` summed as one row.
pub fn breakdown(cube: &Cube, pick: Pick, top: Option<usize>) -> Breakdown {
    let mut rows: Vec<Row> = cube
        .keys
        .iter()
        .enumerate()
        .filter_map(|(k, key)| {
            let s = cube.get(k as u32, pick.year, pick.stage)?;
            Some(Row {
                code: key.code.clone(),
                name: key.name.clone(),
                amount: s.amount,
                share: None,
                lines: s.lines,
            })
        })
        .collect();
    let total = rows
        .iter()
        .filter_map(|r| r.amount)
        .fold(Decimal::ZERO, Decimal::saturating_add);
    let lines = rows.iter().map(|r| r.lines).sum();
    for r in &mut rows {
        r.share = r.amount.and_then(|a| ratio(a, total));
    }
    rows.sort_by(|a, b| b.amount.cmp(&a.amount).then_with(|| a.code.cmp(&b.code)));
    let other = match top {
        // Three or fewer beyond the top are shown by name, never gathered.
        Some(n) if rows.len() >= n + MIN_GATHERED => {
            let rest = rows.split_off(n);
            let amount = rest
                .iter()
                .filter_map(|r| r.amount)
                .fold(Decimal::ZERO, Decimal::saturating_add);
            Some((
                rest.len(),
                Row {
                    code: String::new(),
                    name: String::new(),
                    amount: Some(amount),
                    share: ratio(amount, total),
                    lines: rest.iter().map(|r| r.lines).sum(),
                },
            ))
        }
        _ => None,
    };
    Breakdown {
        pick,
        rows,
        other,
        total,
        lines,
    }
}
