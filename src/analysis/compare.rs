//! What changed: one year and stage against another, group by group.

use super::{normalise_name, ratio, Cube, Reason};
use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::model::Stage;
use crate::said;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::Decimal;

/// A side of the comparison: a year and a stage.
pub type Side = (i32, Stage);

/// Whether a group is on both sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// On both sides.
    Both,
    /// Only in the later side.
    New,
    /// Only in the earlier side.
    Discontinued,
    /// On both sides, but one side holds no amount (a "-", "#Missing" or
    /// blank cell): missing is not zero, so this is neither growth nor a cut.
    NoAmount,
}

/// One group's change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Code (the later side's, when it changed).
    pub code: String,
    /// Name shown.
    pub name: String,
    /// The earlier code when the line was matched by name under another code.
    pub code_before: Option<String>,
    /// Amount on the earlier side.
    pub from: Option<Decimal>,
    /// Amount on the later side.
    pub to: Option<Decimal>,
    /// to − from (a missing side counts as nothing): the row's part of the
    /// change of the totals. Growth or a cut only when `status` is `Both`.
    pub change: Decimal,
    /// change / from, when from is not zero.
    pub pct: Option<Decimal>,
    /// Compound annual growth rate over the years between, when they are more than one apart.
    pub cagr: Option<Decimal>,
    /// Share of the earlier total.
    pub share_from: Option<Decimal>,
    /// Share of the later total.
    pub share_to: Option<Decimal>,
    /// On both sides, new or discontinued.
    pub status: Status,
}

/// A comparison, largest later amount first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compare {
    /// The earlier side.
    pub from: Side,
    /// The later side.
    pub to: Side,
    /// Why the sides were chosen, when by default.
    pub why: Vec<Reason>,
    /// Every group on either side.
    pub rows: Vec<Row>,
    /// Total of the earlier side.
    pub total_from: Decimal,
    /// Total of the later side.
    pub total_to: Decimal,
    /// Growth of the total over the years between, when more than one apart.
    pub cagr: Option<Decimal>,
}

impl Compare {
    /// Change of the total.
    pub fn change(&self) -> Decimal {
        self.total_to.saturating_sub(self.total_from)
    }

    /// Change of the total as a fraction of the earlier total.
    pub fn pct(&self) -> Option<Decimal> {
        ratio(self.change(), self.total_from)
    }

    /// The totals over the rows with an amount on both sides, when some rows
    /// have an amount on one side only: like for like.
    pub fn like_for_like(&self) -> Option<LikeForLike> {
        let missing = self
            .rows
            .iter()
            .filter(|r| r.status == Status::NoAmount)
            .count();
        if missing == 0 {
            return None;
        }
        let both: Vec<&Row> = self
            .rows
            .iter()
            .filter(|r| r.status == Status::Both)
            .collect();
        let sum = |f: &dyn Fn(&Row) -> Option<Decimal>| {
            both.iter()
                .filter_map(|r| f(r))
                .fold(Decimal::ZERO, Decimal::saturating_add)
        };
        Some(LikeForLike {
            from: sum(&|r| r.from),
            to: sum(&|r| r.to),
            rows: both.len(),
            missing,
        })
    }

    /// The `n` largest increases and decreases (by amount), groups on both sides only.
    pub fn movers(&self, n: usize) -> (Vec<&Row>, Vec<&Row>) {
        let mut up: Vec<&Row> = self
            .rows
            .iter()
            .filter(|r| r.status == Status::Both && r.change > Decimal::ZERO)
            .collect();
        up.sort_by(|a, b| b.change.cmp(&a.change).then(a.code.cmp(&b.code)));
        up.truncate(n);
        let mut down: Vec<&Row> = self
            .rows
            .iter()
            .filter(|r| r.status == Status::Both && r.change < Decimal::ZERO)
            .collect();
        down.sort_by(|a, b| a.change.cmp(&b.change).then(a.code.cmp(&b.code)));
        down.truncate(n);
        (up, down)
    }
}

/// Totals over the rows with amounts on both sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LikeForLike {
    /// The earlier side's total over those rows.
    pub from: Decimal,
    /// The later side's total over those rows.
    pub to: Decimal,
    /// How many rows have amounts on both sides.
    pub rows: usize,
    /// How many rows have an amount on one side only.
    pub missing: usize,
}

impl LikeForLike {
    /// The change as a fraction of the earlier total.
    pub fn pct(&self) -> Option<Decimal> {
        ratio(self.to.saturating_sub(self.from), self.from)
    }
}

/// Parses "2024" or "2024:approved".
pub fn parse_side(text: &str) -> std::result::Result<(i32, Option<Stage>), String> {
    let usage = "write a year (2024) or a year and stage (2024:approved)";
    let (y, st) = match text.split_once(':') {
        Some((y, st)) => (y, Some(st)),
        None => (text, None),
    };
    let year: i32 = y
        .trim()
        .parse()
        .ok()
        .filter(|y| (1900..=2100).contains(y))
        .ok_or_else(|| format!("\"{text}\": {usage}"))?;
    let stage = match st {
        Some(st) => Some(Stage::parse(st).ok_or_else(|| {
            format!(
                "\"{st}\" is not a stage; use proposed, approved, revised, adjusted or executed"
            )
        })?),
        None => None,
    };
    Ok((year, stage))
}

/// Resolves the two sides from `--from`/`--to` (each "Y" or "Y:S") and `--stage`.
pub fn sides(
    cube: &Cube,
    from: Option<(i32, Option<Stage>)>,
    to: Option<(i32, Option<Stage>)>,
    stage: Option<Stage>,
) -> Result<(Side, Side, Vec<Reason>)> {
    let years = cube.years();
    let mut why = Vec::new();
    let (fy, ty) = match (from, to) {
        (Some(f), Some(t)) => (f, t),
        (None, None) => {
            if let (Some(y), true) = (years.first().copied(), years.len() == 1) {
                if let Some((a, b)) = plans_of_one_year(cube, y) {
                    why.push(Reason::PlansOfOneYear {
                        year: y,
                        from: a,
                        to: b,
                    });
                    return Ok(((y, a), (y, b), why));
                }
            }
            if years.len() < 2 {
                return Err(Error::usage(
                    "--from",
                    said!(ONE_YEAR, y = years.first().copied().unwrap_or(2024)),
                ));
            }
            let (a, b) = (years[years.len() - 2], years[years.len() - 1]);
            why.push(Reason::LatestTwoYears { from: a, to: b });
            ((a, None), (b, None))
        }
        (Some(_), None) => return Err(Error::usage("--to", said!(FROM_NEEDS_TO))),
        (None, Some(_)) => return Err(Error::usage("--from", said!(TO_NEEDS_FROM))),
    };
    for (flag, (y, _)) in [("--from", fy), ("--to", ty)] {
        if !years.contains(&y) {
            return Err(Error::usage(
                flag,
                said!(
                    NO_LINES_YEAR,
                    y = y,
                    years = years
                        .iter()
                        .map(|y| y.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
    }
    let (fs, ts) = match (fy.1.or(stage), ty.1.or(stage)) {
        (Some(a), Some(b)) => (a, b),
        (a, b) => {
            let common: Vec<Stage> = cube
                .stages(fy.0)
                .into_iter()
                .filter(|s| cube.stages(ty.0).contains(s))
                .collect();
            let s = *common.last().ok_or_else(|| {
                Error::usage("--stage", said!(NO_COMMON_STAGE, a = fy.0, b = ty.0))
            })?;
            if a.is_none() && b.is_none() {
                why.push(Reason::CommonStage(s));
            }
            (a.unwrap_or(s), b.unwrap_or(s))
        }
    };
    for (flag, (y, s)) in [("--from", (fy.0, fs)), ("--to", (ty.0, ts))] {
        if !cube.stages(y).contains(&s) {
            return Err(Error::usage(
                flag,
                said!(
                    YEAR_LACKS_STAGE,
                    year = y,
                    stage = crate::i18n::why::stage_text(s),
                    stages = super::stage_list(&cube.stages(y))
                ),
            ));
        }
    }
    Ok(((fy.0, fs), (ty.0, ts), why))
}

/// A year's first and latest plan stages (proposed .. adjusted, not
/// executed), when it has two: what the amendments changed.
pub fn plans_of_one_year(cube: &Cube, year: i32) -> Option<(Stage, Stage)> {
    let plans: Vec<Stage> = cube
        .stages(year)
        .into_iter()
        .filter(|s| *s != Stage::Executed)
        .collect();
    match plans.as_slice() {
        [first, .., last] => Some((*first, *last)),
        _ => None,
    }
}

/// Compound annual growth from `a` to `b` over `years` (a rate, not money:
/// computed in floating point, kept to six decimals).
fn cagr(a: Decimal, b: Decimal, years: i32) -> Option<Decimal> {
    if years < 2 || a <= Decimal::ZERO || b <= Decimal::ZERO {
        return None;
    }
    let r = (b.to_f64()? / a.to_f64()?).powf(1.0 / f64::from(years)) - 1.0;
    Decimal::from_f64(r).map(|d| d.round_dp(6))
}

/// Compares two sides group by group: groups matched by key, then the
/// unmatched ones by normalised name (a line renumbered keeps its history).
pub fn compare(cube: &Cube, from: Side, to: Side, why: Vec<Reason>) -> Compare {
    let span = to.0 - from.0;
    let amount = |k: usize, side: Side| cube.get(k as u32, side.0, side.1).and_then(|s| s.amount);
    let present = |k: usize, side: Side| cube.get(k as u32, side.0, side.1).is_some();
    let total_from = cube.total(from.0, from.1);
    let total_to = cube.total(to.0, to.1);
    let mut rows: Vec<Row> = Vec::new();
    for (k, key) in cube.keys.iter().enumerate() {
        let (pf, pt) = (present(k, from), present(k, to));
        if !pf && !pt {
            continue;
        }
        rows.push(Row {
            code: key.code.clone(),
            name: key.name.clone(),
            code_before: None,
            from: amount(k, from),
            to: amount(k, to),
            change: Decimal::ZERO,
            pct: None,
            cagr: None,
            share_from: None,
            share_to: None,
            status: match (pf, pt) {
                (true, true) => Status::Both,
                (false, true) => Status::New,
                _ => Status::Discontinued,
            },
        });
    }
    // A discontinued and a new line with the same name are one line renumbered.
    let mut gone: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        if r.status == Status::Discontinued {
            gone.entry(normalise_name(&r.name)).or_default().push(i);
        }
    }
    let mut merged = vec![false; rows.len()];
    if !gone.is_empty() {
        for i in 0..rows.len() {
            if rows[i].status != Status::New {
                continue;
            }
            let Some(list) = gone.get_mut(&normalise_name(&rows[i].name)) else {
                continue;
            };
            if list.is_empty() {
                continue;
            }
            let j = list.remove(0);
            let (from, code) = (rows[j].from, rows[j].code.clone());
            let r = &mut rows[i];
            r.from = from;
            r.code_before = Some(code);
            r.status = Status::Both;
            merged[j] = true;
        }
    }
    let mut k = 0;
    rows.retain(|_| {
        k += 1;
        !merged[k - 1]
    });
    for r in &mut rows {
        if r.status == Status::Both && (r.from.is_none() || r.to.is_none()) {
            r.status = Status::NoAmount;
        }
        let (f, t) = (r.from.unwrap_or_default(), r.to.unwrap_or_default());
        r.change = t.saturating_sub(f);
        r.pct = match r.status {
            Status::Both => ratio(r.change, f),
            _ => None,
        };
        r.cagr = match r.status {
            Status::Both => cagr(f, t, span),
            _ => None,
        };
        r.share_from = r.from.and_then(|a| ratio(a, total_from));
        r.share_to = r.to.and_then(|a| ratio(a, total_to));
    }
    rows.sort_by(|a, b| {
        b.to.cmp(&a.to)
            .then_with(|| b.from.cmp(&a.from))
            .then_with(|| a.code.cmp(&b.code))
    });
    Compare {
        from,
        to,
        why,
        rows,
        total_from,
        total_to,
        cagr: cagr(total_from, total_to, span),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sides_parse() {
        assert_eq!(parse_side("2024"), Ok((2024, None)));
        assert_eq!(parse_side("2024:revised"), Ok((2024, Some(Stage::Revised))));
        assert!(parse_side("24").is_err());
        assert!(parse_side("2024:spent")
            .unwrap_err()
            .contains("not a stage"));
    }

    #[test]
    fn growth_over_two_years() {
        // 100 → 121 over two years is 10% a year.
        assert_eq!(
            cagr(Decimal::from(100), Decimal::from(121), 2),
            Some(Decimal::new(1, 1))
        );
        assert_eq!(cagr(Decimal::from(100), Decimal::from(121), 1), None);
        assert_eq!(cagr(Decimal::ZERO, Decimal::from(121), 3), None);
    }
}
