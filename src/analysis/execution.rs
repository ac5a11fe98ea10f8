//! Was it spent: the plan of a year against what was executed.

use super::{ratio, Cube, Reason};
use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::model::Stage;
use crate::said;
use rust_decimal::Decimal;

/// How a group's execution stands against the threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Flag {
    /// Between the threshold and 100%.
    Ok,
    /// Under the threshold.
    Under,
    /// Over 100% of the plan.
    Over,
    /// No plan, or no execution figure.
    Unknown,
}

/// One group's plan and execution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Code (or dimension value).
    pub code: String,
    /// Name shown.
    pub name: String,
    /// The plan amount.
    pub plan: Option<Decimal>,
    /// The executed amount.
    pub executed: Option<Decimal>,
    /// executed / plan.
    pub rate: Option<Decimal>,
    /// plan − executed.
    pub unspent: Option<Decimal>,
    /// Against the threshold.
    pub flag: Flag,
}

/// Plan against execution for one year, the weakest execution first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Execution {
    /// Fiscal year.
    pub year: i32,
    /// The stage taken as the plan.
    pub plan_stage: Stage,
    /// Why the year and plan were chosen.
    pub why: Vec<Reason>,
    /// The threshold as a fraction (0.9).
    pub threshold: Decimal,
    /// Groups, lowest execution rate first.
    pub rows: Vec<Row>,
    /// All groups together.
    pub total: Row,
}

fn rate_flag(rate: Option<Decimal>, threshold: Decimal) -> Flag {
    match rate {
        None => Flag::Unknown,
        Some(r) if r > Decimal::ONE => Flag::Over,
        Some(r) if r < threshold => Flag::Under,
        Some(_) => Flag::Ok,
    }
}

fn row(
    code: String,
    name: String,
    plan: Option<Decimal>,
    executed: Option<Decimal>,
    threshold: Decimal,
) -> Row {
    let rate = match (plan, executed) {
        (Some(p), Some(e)) => ratio(e, p),
        _ => None,
    };
    Row {
        code,
        name,
        plan,
        executed,
        rate,
        unspent: match (plan, executed) {
            (Some(p), Some(e)) => Some(p.saturating_sub(e)),
            (Some(p), None) => Some(p),
            _ => None,
        },
        flag: rate_flag(rate, threshold),
    }
}

/// Plan against execution for a year (default: the latest with executed
/// amounts); `threshold` in percent.
pub fn execution(cube: &Cube, year: Option<i32>, threshold: Decimal) -> Result<Execution> {
    let mut why = Vec::new();
    let with_exec: Vec<i32> = cube
        .years()
        .into_iter()
        .filter(|y| cube.stages(*y).contains(&Stage::Executed))
        .collect();
    let year = match year {
        Some(y) if with_exec.contains(&y) => y,
        Some(y) => {
            return Err(Error::usage(
                "--year",
                said!(
                    NO_EXECUTION_YEAR,
                    y = y,
                    years = if with_exec.is_empty() {
                        said!(NONE)
                    } else {
                        crate::i18n::Text::Verbatim(
                            with_exec
                                .iter()
                                .map(|y| y.to_string())
                                .collect::<Vec<_>>()
                                .join(", "),
                        )
                    }
                ),
            ))
        }
        None => {
            let y = *with_exec
                .last()
                .ok_or_else(|| Error::usage("SRC", said!(NO_EXECUTION)))?;
            // A year that runs only to March is no year's execution: the
            // latest whole year is shown unless the partial one is asked for.
            let partial = |y: i32| cube.partial_years.iter().find(|p| p.0 == y).copied();
            match (
                partial(y),
                with_exec.iter().rev().find(|w| partial(**w).is_none()),
            ) {
                (Some((p, month)), Some(&whole)) => {
                    why.push(Reason::LatestWholeExecuted {
                        year: whole,
                        partial: p,
                        month,
                    });
                    whole
                }
                _ => {
                    why.push(Reason::LatestExecuted(y));
                    y
                }
            }
        }
    };
    let stages = cube.stages(year);
    let plan_stage = [Stage::Adjusted, Stage::Revised, Stage::Approved]
        .into_iter()
        .find(|s| stages.contains(s))
        .ok_or_else(|| Error::usage("--year", said!(NO_PLAN, year = year)))?;
    why.push(Reason::PlanStage(plan_stage));
    let threshold = threshold / Decimal::ONE_HUNDRED;
    let mut rows: Vec<Row> = cube
        .keys
        .iter()
        .enumerate()
        .filter_map(|(k, key)| {
            let p = cube.get(k as u32, year, plan_stage);
            let e = cube.get(k as u32, year, Stage::Executed);
            if p.is_none() && e.is_none() {
                return None;
            }
            Some(row(
                key.code.clone(),
                key.name.clone(),
                p.and_then(|s| s.amount),
                e.and_then(|s| s.amount),
                threshold,
            ))
        })
        .collect();
    rows.sort_by(|a, b| {
        let r = |x: &Row| x.rate.unwrap_or(Decimal::MAX);
        r(a).cmp(&r(b))
            .then_with(|| b.plan.cmp(&a.plan))
            .then_with(|| a.code.cmp(&b.code))
    });
    let total = row(
        String::new(),
        String::new(),
        Some(cube.total(year, plan_stage)),
        Some(cube.total(year, Stage::Executed)),
        threshold,
    );
    Ok(Execution {
        year,
        plan_stage,
        why,
        threshold,
        rows,
        total,
    })
}
