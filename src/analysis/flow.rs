//! Where the money comes from and where it goes, in one picture: revenue
//! of one year and stage by group on one side, expenditure by group on the
//! other, and the gap between their totals (spending above revenue, met by
//! borrowing and balances, or revenue left over). A band cannot be
//! negative, so a side with a negative group is refused, never drawn short.

use super::breakdown::{breakdown, Breakdown};
use super::{in_common, pick, slots_text, Cube};
use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::i18n::why::direction_text;
use crate::model::{Direction, Stage};
use crate::said;
use rust_decimal::Decimal;

/// Revenue and expenditure of one year and stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flow {
    /// Revenue by group, largest first, the rest beyond the top gathered.
    pub revenue: Breakdown,
    /// Expenditure by group, largest first, the rest gathered.
    pub expenditure: Breakdown,
}

impl Flow {
    /// Revenue less expenditure: negative when spending exceeds revenue.
    pub fn gap(&self) -> Decimal {
        self.revenue.total - self.expenditure.total
    }
}

/// The flow of the year and stage asked for (else the latest year both
/// sides have, at its most final stage both have), each side's groups
/// beyond `top` gathered.
pub fn flow(
    revenue: &Cube,
    expenditure: &Cube,
    year: Option<i32>,
    stage: Option<Stage>,
    top: usize,
) -> Result<Flow> {
    // The years and stages both sides have: one picture, one budget.
    let both = in_common(expenditure, &[revenue]);
    let slots = slots_text;
    if both.present.is_empty() {
        return Err(Error::usage(
            "SRC",
            said!(
                FLOW_NO_COMMON,
                revenue = slots(revenue),
                expenditure = slots(expenditure)
            ),
        ));
    }
    if let Some(y) = year {
        if !both.years().contains(&y) {
            return Err(Error::usage(
                "--year",
                said!(FLOW_NO_YEAR, y = y, slots = slots(&both)),
            ));
        }
    }
    let p = pick(&both, year, stage)?;
    for (direction, cube) in [
        (Direction::Revenue, revenue),
        (Direction::Expenditure, expenditure),
    ] {
        // Every group, before any is gathered: a negative one hidden in
        // "other" would shorten that band without a word.
        let all = breakdown(cube, p.clone(), None);
        if let Some((r, a)) = all
            .rows
            .iter()
            .find_map(|r| r.amount.filter(|a| *a < Decimal::ZERO).map(|a| (r, a)))
        {
            return Err(Error::usage(
                "SRC",
                said!(
                    FLOW_NEGATIVE,
                    d = direction_text(direction),
                    name = r.name.clone(),
                    amount = format!("{a} {}", cube.currency),
                    flag = direction.as_str()
                ),
            ));
        }
        if all.total <= Decimal::ZERO {
            return Err(Error::usage(
                "SRC",
                said!(FLOW_NOTHING, d = direction_text(direction)),
            ));
        }
    }
    Ok(Flow {
        revenue: breakdown(revenue, p.clone(), Some(top)),
        expenditure: breakdown(expenditure, p, Some(top)),
    })
}
