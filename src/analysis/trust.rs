//! Whether the published totals bear out ashyq's reading of the sources.
//!
//! A publisher's arithmetic is sometimes wrong in a few totals; when most
//! totals differ from the sums of their lines, the first suspect is ashyq's
//! reading of the layout (a subtotal row read as a line, an amount column
//! given the wrong year or stage), and no figure read off it can be stated
//! as fact.

use crate::model::{Budget, PublishedTotal, Stage};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// How far the totals bear out the lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trust {
    /// The sources print no totals: nothing to check the reading against.
    Unchecked,
    /// Every total is reproduced, or differs by the publisher's rounding only.
    Reconciled {
        /// Totals checked.
        checked: usize,
    },
    /// A few totals differ among many that agree: findings about the publisher.
    Findings {
        /// Totals checked.
        checked: usize,
        /// Totals that differ beyond rounding.
        differ: usize,
    },
    /// Most totals differ, or the differences are large: the reading is doubtful.
    Doubtful(Doubt),
}

/// What the differing totals say about the likely cause.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Doubt {
    /// Totals checked.
    pub checked: usize,
    /// Totals that differ beyond rounding.
    pub differ: usize,
    /// Amount columns in which every total differs while other columns'
    /// totals agree: (file, sheet, column index, year, stage, totals).
    pub columns: Vec<DoubtfulColumn>,
    /// When the lines add up to about this many times their totals: rows
    /// that are themselves sums were read as lines.
    pub multiple: Option<u32>,
    /// Differing totals whose lines add up to nothing.
    pub empty: usize,
    /// Of these, the ones found when a lines file read now was imported
    /// (the lines file keeps the count, not the totals).
    pub from_lines_file: usize,
}

/// An amount column whose every total differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoubtfulColumn {
    /// Index of the source file.
    pub source: u32,
    /// Index of the sheet.
    pub sheet: u32,
    /// Column, 0-based.
    pub col: u32,
    /// The year and stage its amounts were read as.
    pub side: (i32, Stage),
    /// Its totals (all of them differ).
    pub totals: usize,
}

/// What the totals said, in one word for programs reading an output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Reconciliation {
    /// No totals to check.
    #[default]
    Unchecked,
    /// Every total reproduced (or within rounding).
    Reconciled,
    /// A few totals differ: findings about the publisher.
    SomeDiffer,
    /// Most differ, and the figures were shown all the same.
    Unreconciled,
}

impl Reconciliation {
    /// The word: "unchecked", "reconciled", "some_totals_differ", "unreconciled".
    pub fn as_str(self) -> &'static str {
        match self {
            Reconciliation::Unchecked => "unchecked",
            Reconciliation::Reconciled => "reconciled",
            Reconciliation::SomeDiffer => "some_totals_differ",
            Reconciliation::Unreconciled => "unreconciled",
        }
    }
}

impl Trust {
    /// In one word.
    pub fn reconciliation(&self) -> Reconciliation {
        match self {
            Trust::Unchecked => Reconciliation::Unchecked,
            Trust::Reconciled { .. } => Reconciliation::Reconciled,
            Trust::Findings { .. } => Reconciliation::SomeDiffer,
            Trust::Doubtful(_) => Reconciliation::Unreconciled,
        }
    }

    /// The doubt, when the reading is doubtful.
    pub fn doubt(&self) -> Option<&Doubt> {
        match self {
            Trust::Doubtful(d) => Some(d),
            _ => None,
        }
    }
}

/// The totals that differ by the publisher's rounding only: how many, and
/// the largest difference among them.
pub fn rounding_only(totals: &[PublishedTotal]) -> (usize, Decimal) {
    totals
        .iter()
        .filter(|t| t.within_rounding())
        .fold((0, Decimal::ZERO), |(n, x), t| {
            (n + 1, x.max(t.difference().abs()))
        })
}

/// More than half of the totals differ, or the differences add up to more
/// than a tenth of the amounts the totals publish: ashyq's reading is doubtful.
pub fn trust(budget: &Budget) -> Trust {
    let here = trust_of_totals(budget);
    let Some((differ, checked)) = budget.unreconciled else {
        return here;
    };
    // A lines file written from a doubtful reading stays doubtful.
    let mut d = match here {
        Trust::Doubtful(d) => d,
        Trust::Unchecked => Doubt::default(),
        Trust::Reconciled { checked } => Doubt {
            checked,
            ..Doubt::default()
        },
        Trust::Findings { checked, differ } => Doubt {
            checked,
            differ,
            ..Doubt::default()
        },
    };
    d.checked += checked;
    d.differ += differ;
    d.from_lines_file = differ;
    Trust::Doubtful(d)
}

/// The trust the budget's own published totals give.
fn trust_of_totals(budget: &Budget) -> Trust {
    let totals = &budget.totals;
    let checked = totals.len();
    if checked == 0 {
        return Trust::Unchecked;
    }
    let wrong: Vec<&PublishedTotal> = totals.iter().filter(|t| t.differs()).collect();
    let differ = wrong.len();
    if differ == 0 {
        return Trust::Reconciled { checked };
    }
    let published: Decimal = totals
        .iter()
        .fold(Decimal::ZERO, |s, t| s.saturating_add(t.published.abs()));
    let off: Decimal = wrong
        .iter()
        .fold(Decimal::ZERO, |s, t| s.saturating_add(t.difference().abs()));
    let by_amount = off.saturating_mul(Decimal::TEN) > published;
    if differ * 2 <= checked && !by_amount {
        return Trust::Findings { checked, differ };
    }
    Trust::Doubtful(Doubt {
        checked,
        differ,
        columns: columns(totals),
        multiple: multiple(&wrong),
        empty: wrong
            .iter()
            .filter(|t| t.computed.is_zero() && !t.published.is_zero())
            .count(),
        from_lines_file: 0,
    })
}

/// Columns whose every total differs, when some other column's totals agree.
fn columns(totals: &[PublishedTotal]) -> Vec<DoubtfulColumn> {
    // (source, sheet, column) → (totals, differing, the side read).
    type Tally = (usize, usize, (i32, Stage));
    let mut by: BTreeMap<(u32, u32, u32), Tally> = BTreeMap::new();
    for t in totals {
        let e = by
            .entry((t.source, t.sheet, t.col))
            .or_insert((0, 0, (t.year, t.stage)));
        e.0 += 1;
        if t.differs() {
            e.1 += 1;
        }
    }
    let any_agrees = by.values().any(|&(n, d, _)| d < n);
    if !any_agrees {
        return Vec::new();
    }
    by.into_iter()
        .filter(|(_, (n, d, _))| *n >= 2 && d == n)
        .map(|((source, sheet, col), (n, _, side))| DoubtfulColumn {
            source,
            sheet,
            col,
            side,
            totals: n,
        })
        .collect()
}

/// The whole number k ≥ 2 such that at least four in five differing totals
/// have lines adding up to k times the total (to 2%).
fn multiple(wrong: &[&PublishedTotal]) -> Option<u32> {
    let mut count: BTreeMap<u32, usize> = BTreeMap::new();
    for t in wrong {
        if t.published.is_zero() || t.computed.is_zero() {
            continue;
        }
        let Some(r) = t.computed.checked_div(t.published) else {
            continue;
        };
        let k = r.round();
        if k >= Decimal::TWO && k <= Decimal::from(9) && (r - k).abs() <= k * Decimal::new(2, 2) {
            if let Ok(k) = u32::try_from(k.mantissa() / 10i128.pow(k.scale())) {
                *count.entry(k).or_default() += 1;
            }
        }
    }
    count
        .into_iter()
        .find(|&(_, n)| n * 5 >= wrong.len() * 4)
        .map(|(k, _)| k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Direction;

    fn total(col: u32, published: i64, computed: i64) -> PublishedTotal {
        PublishedTotal {
            direction: Direction::Expenditure,
            source: 0,
            sheet: 0,
            label: "Итого".into(),
            code: String::new(),
            rule: "label",
            year: 2024,
            stage: Stage::Executed,
            published: Decimal::from(published),
            computed: Decimal::from(computed),
            lines: 3,
            row: 1,
            col,
            span: Some((2, 4)),
        }
    }

    fn budget(totals: Vec<PublishedTotal>) -> Budget {
        Budget {
            totals,
            ..Budget::default()
        }
    }

    #[test]
    fn a_few_differences_among_many_agreements_are_findings() {
        let mut t: Vec<_> = (0..9).map(|_| total(3, 100, 100)).collect();
        t.push(total(3, 100, 98));
        assert_eq!(
            trust(&budget(t)),
            Trust::Findings {
                checked: 10,
                differ: 1
            }
        );
    }

    #[test]
    fn rounding_is_not_a_difference() {
        // Three lines and the total rounded to a unit: off by 1 is within 2.
        assert_eq!(
            trust(&budget(vec![total(3, 100, 101), total(3, 50, 50)])),
            Trust::Reconciled { checked: 2 }
        );
    }

    #[test]
    fn lines_three_times_their_totals_point_at_subtotal_rows() {
        let t = vec![
            total(3, 100, 300),
            total(3, 250, 750),
            total(3, 40, 121),
            total(3, 10, 10),
        ];
        let d = trust(&budget(t));
        let d = d.doubt().expect("doubtful");
        assert_eq!((d.checked, d.differ, d.multiple), (4, 3, Some(3)));
        assert!(d.columns.is_empty());
    }

    #[test]
    fn a_column_whose_every_total_differs_is_named() {
        let t = vec![
            total(3, 100, 0),
            total(3, 200, 0),
            total(4, 100, 100),
            total(5, 100, 0),
            total(5, 300, 0),
        ];
        let d = trust(&budget(t));
        let d = d.doubt().expect("doubtful");
        let cols: Vec<u32> = d.columns.iter().map(|c| c.col).collect();
        assert_eq!((cols, d.empty, d.multiple), (vec![3, 5], 4, None));
    }

    #[test]
    fn one_large_difference_is_doubtful_by_its_amount() {
        // One of five differs, by more than a tenth of all amounts published.
        let t = vec![
            total(3, 1000, 400),
            total(3, 100, 100),
            total(3, 100, 100),
            total(3, 100, 100),
            total(3, 100, 100),
        ];
        assert!(trust(&budget(t)).doubt().is_some());
    }
}
