//! Lines files written by `ashyq import` (CSV, JSON, Parquet) as a source:
//! the reading is the format's own ([`crate::lines_format::read`]); this
//! says what was read.

use super::SheetReport;
use crate::model::{Budget, Stage};
use std::collections::BTreeSet;

/// A summary of a lines file for reports.
pub fn summary(budget: &Budget) -> SheetReport {
    let seen: BTreeSet<(i32, Stage)> = budget.lines.iter().map(|l| (l.year, l.stage)).collect();
    SheetReport {
        shape: Some("lines".into()),
        lines: budget.lines.len(),
        years_stages: seen
            .iter()
            .map(|(y, s)| format!("{y} {}", s.as_str()))
            .collect(),
        ..SheetReport::default()
    }
}
