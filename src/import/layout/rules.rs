//! Rules applied to a sheet's lines once all are read: amounts that are
//! year-to-date keep each year's last period (by the map, or when the plan
//! amounts show it), a tree's parents become published totals of their
//! leaves ([`super::tree`]), parents' totals repeated as columns are
//! checked, and the map's fund rules (T = C + S).

use super::{header, SheetImport};
use crate::error::Result;
use crate::i18n::import::*;
use crate::i18n::Text;
use crate::model::{Budget, Line, PublishedTotal, Stage};
use crate::said;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, HashMap, HashSet};

/// One parent's repeated total: (published, computed, lines, first row,
/// last row, the same on all its rows).
type Group = (Option<Decimal>, Decimal, u32, u32, u32, bool);

/// A period's place in time: (year, month, day), 0 where not written.
type PeriodKey = (i32, u32, u32);

/// A plan amount's row: (year, stage, row text, its occurrence in the period).
type PlanKey = (i32, Stage, String, u32);

/// One row's plan amount in each period.
type ByPeriod = Vec<(Option<PeriodKey>, Option<Decimal>)>;

/// Reads "03.2025", "2025-03", "2025-03-31", "31.03.2025", "2025" and Excel
/// date serials written as numbers.
pub(super) fn period_key(text: &str) -> Option<PeriodKey> {
    let t = text.trim();
    let t = t.split(['T', ' ']).next().unwrap_or(t);
    let parts: Vec<&str> = t.split(['.', '-', '/']).collect();
    let num = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let year = |s: &str| num(s).filter(|y| (1900..=2100).contains(y) && s.len() == 4);
    let month = |s: &str| num(s).filter(|m| (1..=12).contains(m) && s.len() <= 2);
    let day = |s: &str| num(s).filter(|d| (1..=31).contains(d) && s.len() <= 2);
    let key = match parts.as_slice() {
        [y] if t.len() == 4 => (year(y)? as i32, 0, 0),
        [serial] => {
            let n: f64 = serial.parse().ok()?;
            if !(20_000.0..80_000.0).contains(&n) {
                return None;
            }
            super::years::civil_of_serial(n)
        }
        [m, y] if y.len() == 4 => (year(y)? as i32, month(m)?, 0),
        [y, m] if y.len() == 4 => (year(y)? as i32, month(m)?, 0),
        [y, m, d] if y.len() == 4 => (year(y)? as i32, month(m)?, day(d)?),
        [d, m, y] if y.len() == 4 => (year(y)? as i32, month(m)?, day(d)?),
        _ => return None,
    };
    Some(key)
}

/// A line's row text, to find the same row in another period.
fn identity(b: &Budget, l: &Line) -> String {
    let it = &b.items[l.item as usize];
    format!("{}\u{1}{}\u{1}{}", it.code, it.name, it.dims.join("\u{1}"))
}

impl SheetImport<'_> {
    /// The rules, in order: periods, the tree, the map's fund rules.
    pub(super) fn apply_rules(&mut self) -> Result<()> {
        self.year_to_date()?;
        self.tree_totals();
        self.repeated_totals();
        self.fund_rules()
    }

    /// Several periods of one year: year-to-date amounts keep each year's
    /// last period. The map says so (`[cumulative]`), or the plan amounts do:
    /// an approved or revised amount that stays the same from period to
    /// period is a snapshot of the year, never a part of it to add up. A
    /// table that shows neither is an error, not a sum of snapshots.
    fn year_to_date(&mut self) -> Result<()> {
        if self.periods.is_empty() {
            return Ok(());
        }
        let by_map = self
            .opts
            .map
            .as_ref()
            .is_some_and(|m| m.cumulative.is_some());
        let period_of: HashMap<u32, String> = self.periods.iter().cloned().collect();
        let key_of = |p: &str| (period_key(p), p.to_string());
        let mut per_year: BTreeMap<i32, BTreeMap<(Option<PeriodKey>, String), ()>> =
            BTreeMap::new();
        for l in &self.budget.lines[self.first_line..] {
            let p = period_of.get(&l.item).map(String::as_str).unwrap_or("");
            per_year.entry(l.year).or_default().insert(key_of(p), ());
        }
        if per_year.values().all(|ps| ps.len() < 2) {
            return Ok(());
        }
        let why = if by_map {
            said!(YTD_MAP)
        } else {
            self.snapshots_shown(&period_of, &per_year)?
        };
        let last: BTreeMap<i32, String> = per_year
            .iter()
            .filter_map(|(y, ps)| ps.keys().next_back().map(|k| (*y, k.1.clone())))
            .collect();
        let before = self.budget.lines.len() - self.first_line;
        let mut tail = self.budget.lines.split_off(self.first_line);
        tail.retain(|l| {
            period_of.get(&l.item).map(String::as_str).unwrap_or("")
                == last.get(&l.year).map(String::as_str).unwrap_or("")
        });
        let dropped = before - tail.len();
        self.budget.lines.extend(tail);
        self.report.lines -= dropped;
        let kept: Vec<String> = last.iter().map(|(y, p)| format!("{y}: {p}")).collect();
        self.warn(said!(
            WARN_YTD,
            why = why,
            kept = kept.join(", "),
            dropped = dropped
        ));
        let latest = last.values().filter_map(|p| period_key(p)).max();
        self.report.as_of = self.report.as_of.max(latest);
        for (y, p) in &last {
            if let Some((py, m, _)) = period_key(p) {
                if py == *y && m > 0 && m < 12 {
                    self.warn(said!(WARN_PART_OF_YEAR, y = y, p = p));
                    if !self.budget.partial_years.iter().any(|(yy, _)| yy == y) {
                        self.budget.partial_years.push((*y, m));
                    }
                }
            }
        }
        Ok(())
    }

    /// Why the periods are snapshots of the year, or the error that they
    /// cannot be told apart from parts of it.
    fn snapshots_shown(
        &self,
        period_of: &HashMap<u32, String>,
        per_year: &BTreeMap<i32, BTreeMap<(Option<PeriodKey>, String), ()>>,
    ) -> Result<Text> {
        // (year, stage, row text, its occurrence in the period) → amounts by period.
        let mut seen: HashMap<PlanKey, ByPeriod> = HashMap::new();
        let mut occurrences: HashMap<(String, String, Stage), u32> = HashMap::new();
        for l in &self.budget.lines[self.first_line..] {
            if !matches!(l.stage, Stage::Approved | Stage::Revised | Stage::Adjusted) {
                continue;
            }
            let p = period_of.get(&l.item).cloned().unwrap_or_default();
            let id = identity(self.budget, l);
            let n = occurrences
                .entry((p.clone(), id.clone(), l.stage))
                .or_insert(0);
            *n += 1;
            seen.entry((l.year, l.stage, id, *n))
                .or_default()
                .push((period_key(&p), l.amount));
        }
        let (mut equal, mut pairs) = (0usize, 0usize);
        for v in seen.values_mut() {
            v.sort_by_key(|a| a.0);
            for w in v.windows(2) {
                pairs += 1;
                equal += usize::from(w[0].1 == w[1].1);
            }
        }
        if pairs > 0 && equal * 2 >= pairs {
            return Ok(said!(YTD_EQUAL, equal = equal, pairs = pairs));
        }
        let Some((year, ps)) = per_year.iter().find(|(_, ps)| ps.len() > 1) else {
            return Ok(said!(YTD_ONE));
        };
        let first = ps.keys().next().map(|k| k.1.clone()).unwrap_or_default();
        let last = ps
            .keys()
            .next_back()
            .map(|k| k.1.clone())
            .unwrap_or_default();
        let column = self
            .report
            .columns
            .iter()
            .find(|c| c.role.role == header::Role::Period || c.role.role == header::Role::Year)
            .map(|c| c.header.clone())
            .unwrap_or_default();
        Err(self.err(
            "",
            said!(
                YTD_UNKNOWN,
                column = &column,
                n = ps.len(),
                year = year,
                first = &first,
                last = &last,
                why = if pairs == 0 {
                    said!(YTD_NO_PLAN)
                } else {
                    said!(YTD_SAME, equal = equal, pairs = pairs)
                }
            ),
        ))
    }

    /// Columns that repeat a parent's total on every row: each parent's
    /// value (the same on all its rows) is a published total, checked
    /// against the finest amounts of its rows.
    fn repeated_totals(&mut self) {
        if self.repeated_rows.is_empty() {
            return;
        }
        let rows = std::mem::take(&mut self.repeated_rows);
        let cols = self.repeated_cols.clone();
        let live: HashSet<u32> = self.budget.lines[self.first_line..]
            .iter()
            .map(|l| l.item)
            .collect();
        // (item, year, stage) → the finest amount.
        let mut finest: HashMap<(u32, i32, Stage), Decimal> = HashMap::new();
        for l in &self.budget.lines[self.first_line..] {
            finest.insert((l.item, l.year, l.stage), l.amount.unwrap_or_default());
        }
        let years: Vec<i32> = {
            let mut y: Vec<i32> = self.budget.lines[self.first_line..]
                .iter()
                .map(|l| l.year)
                .collect();
            y.sort_unstable();
            y.dedup();
            y
        };
        let source = (self.budget.sources.len().max(1) - 1) as u32;
        let mut found = 0usize;
        let mut unequal: Vec<Text> = Vec::new();
        for (ci, c) in cols.iter().enumerate() {
            // (parent key, year) → (published, computed, lines, first row, last row, consistent)
            let mut groups: BTreeMap<(String, i32), Group> = BTreeMap::new();
            for (item, row, values) in rows.iter().filter(|r| live.contains(&r.0)) {
                let Some((key, value)) = values.get(ci) else {
                    continue;
                };
                for &y in years.iter().filter(|y| c.year.is_none_or(|cy| cy == **y)) {
                    let Some(&amount) = finest.get(&(*item, y, c.stage)) else {
                        continue;
                    };
                    let g = groups.entry((key.clone(), y)).or_insert((
                        *value,
                        Decimal::ZERO,
                        0,
                        *row,
                        *row,
                        true,
                    ));
                    if g.0 != *value {
                        g.5 = false;
                    }
                    g.1 = g.1.saturating_add(amount);
                    g.2 += 1;
                    g.4 = *row;
                }
            }
            for ((key, year), (published, computed, lines, lo, hi, consistent)) in groups {
                if !consistent {
                    unequal.push(said!(UNEQUAL_FOR, col = &c.label, key = &key));
                    continue;
                }
                let Some(published) = published else {
                    continue;
                };
                found += 1;
                self.budget.totals.push(PublishedTotal {
                    direction: self.direction,
                    source,
                    sheet: self.sheet_idx,
                    label: format!("{}: {key}", c.label),
                    code: String::new(),
                    rule: "repeated on every row",
                    year,
                    stage: c.stage,
                    published,
                    computed,
                    lines,
                    row: lo,
                    col: c.col as u32,
                    span: Some((lo, hi)),
                });
            }
        }
        self.report.totals += found;
        self.warn(said!(
            WARN_REPEATED,
            cols = cols
                .iter()
                .map(|c| format!("\"{}\"", c.label))
                .collect::<Vec<_>>()
                .join(", "),
            n = found
        ));
        if !unequal.is_empty() {
            self.warn(said!(
                WARN_UNEQUAL,
                list = Text::Join(unequal.into_iter().take(5).collect(), "; ")
            ));
        }
    }

    /// The map's fund rules: rows whose fund column holds the total value
    /// sum the rows holding the parts; they leave the lines and are checked.
    fn fund_rules(&mut self) -> Result<()> {
        let Some(map) = self.opts.map.clone() else {
            return Ok(());
        };
        for rule in &map.fund_rule {
            let Some(di) = self
                .budget
                .dimensions
                .iter()
                .position(|d| header::fold(d) == header::fold(&rule.column))
            else {
                return Err(self.err("", said!(FUND_RULE_COLUMN, col = &rule.column)));
            };
            let period_of: std::collections::HashMap<u32, String> =
                self.periods.iter().cloned().collect();
            let key = |b: &Budget, l: &Line| {
                let it = &b.items[l.item as usize];
                let mut dims = it.dims.clone();
                dims[di].clear();
                (
                    l.year,
                    l.stage,
                    it.code.clone(),
                    it.name.clone(),
                    dims,
                    period_of.get(&l.item).cloned().unwrap_or_default(),
                )
            };
            let mut sums: std::collections::HashMap<_, (Decimal, u32)> =
                std::collections::HashMap::new();
            for l in &self.budget.lines[self.first_line..] {
                let fund = &self.budget.items[l.item as usize].dims[di];
                if rule.parts.iter().any(|p| p == fund) {
                    let e = sums
                        .entry(key(self.budget, l))
                        .or_insert((Decimal::ZERO, 0));
                    e.0 = e.0.saturating_add(l.amount.unwrap_or_default());
                    e.1 += 1;
                }
            }
            let mut tail = self.budget.lines.split_off(self.first_line);
            let source = (self.budget.sources.len().max(1) - 1) as u32;
            let mut totals = Vec::new();
            tail.retain(|l| {
                let it = &self.budget.items[l.item as usize];
                if it.dims[di] != rule.total {
                    return true;
                }
                if let Some(published) = l.amount {
                    let (computed, lines) =
                        sums.get(&key(self.budget, l)).copied().unwrap_or_default();
                    totals.push(PublishedTotal {
                        direction: it.direction,
                        source,
                        sheet: self.sheet_idx,
                        label: format!(
                            "{} {} = {}",
                            rule.column,
                            rule.total,
                            rule.parts.join(" + ")
                        ),
                        code: it.code.clone(),
                        rule: "fund rule",
                        year: l.year,
                        stage: l.stage,
                        published,
                        computed,
                        lines,
                        row: l.row,
                        col: l.col,
                        span: None,
                    });
                }
                false
            });
            let kept = tail.len();
            let before = self.report.lines;
            self.budget.lines.extend(tail);
            self.report.lines = self.budget.lines.len() - self.first_line;
            self.report.totals += totals.len();
            self.warn(said!(
                WARN_FUND_RULE,
                col = &rule.column,
                total = &rule.total,
                parts = rule.parts.join(" + "),
                n = before - kept
            ));
            self.budget.totals.extend(totals);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_as_published() {
        assert_eq!(period_key("03.2025"), Some((2025, 3, 0)));
        assert_eq!(period_key("3.2025"), Some((2025, 3, 0)));
        assert_eq!(period_key("2025-03"), Some((2025, 3, 0)));
        assert_eq!(period_key("2021-01-31"), Some((2021, 1, 31)));
        assert_eq!(period_key("31.12.2024"), Some((2024, 12, 31)));
        assert_eq!(period_key("2014-01-01T00:00:00"), Some((2014, 1, 1)));
        assert_eq!(period_key("2024"), Some((2024, 0, 0)));
        assert_eq!(period_key("45322"), Some((2024, 1, 31)));
        assert_eq!(period_key("13.2025"), None);
        assert_eq!(period_key("Итого"), None);
        assert!(period_key("02.2023") < period_key("10.2023"));
    }
}
