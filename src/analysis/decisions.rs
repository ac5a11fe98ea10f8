//! How the decisions on one budget changed it: each maslikhat decision's
//! point 1 (revenue and expenditure as its text states them) beside the sum
//! of its annex's lines, in the order the decisions were taken (the files'
//! own dates order them at import).

use crate::model::{Budget, Direction, Stage};
use rust_decimal::Decimal;

/// One decision's figures for one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The decision ("№ 15/2, 14.03.2025").
    pub decision: String,
    /// The year the figures are for.
    pub year: i32,
    /// The stage its annex's amounts were taken as (approved, revised).
    pub stage: Stage,
    /// Revenue: (stated in point 1, the annex's lines).
    pub revenue: Option<(Decimal, Decimal)>,
    /// Expenditure: (stated, the annex's lines).
    pub expenditure: Option<(Decimal, Decimal)>,
}

/// Every decision's revenue and expenditure per year, in the order the
/// decisions were taken, then by year; empty when no file is a decision.
pub fn history(budget: &Budget) -> Vec<Entry> {
    let mut out: Vec<((u32, u32), Entry)> = Vec::new();
    for t in budget
        .totals
        .iter()
        .filter(|t| t.in_text() && t.code.is_empty())
    {
        let at = (t.source, t.sheet);
        let i = match out
            .iter()
            .position(|(k, e)| *k == at && e.year == t.year && e.stage == t.stage)
        {
            Some(i) => i,
            None => {
                let decision = budget
                    .sheets
                    .get(t.sheet as usize)
                    .cloned()
                    .unwrap_or_default();
                out.push((
                    at,
                    Entry {
                        decision,
                        year: t.year,
                        stage: t.stage,
                        revenue: None,
                        expenditure: None,
                    },
                ));
                out.len() - 1
            }
        };
        let side = Some((t.published, t.computed));
        match t.direction {
            Direction::Revenue => out[i].1.revenue = side,
            Direction::Expenditure => out[i].1.expenditure = side,
        }
    }
    out.sort_by_key(|(k, e)| (*k, e.year));
    out.into_iter().map(|(_, e)| e).collect()
}

/// How many decisions the history holds.
pub fn decisions(entries: &[Entry]) -> usize {
    let mut names: Vec<&str> = entries.iter().map(|e| e.decision.as_str()).collect();
    names.dedup();
    names.len()
}
