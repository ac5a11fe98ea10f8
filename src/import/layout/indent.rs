//! Names indented by level: how far each is indented, and whether the
//! indentation is a hierarchy (levels in the first rows, borne out by sums).

use crate::import::Value;
use std::collections::BTreeSet;

/// How far a name is indented: its leading spaces (a tab counts four).
pub(super) fn indent_of(value: &Value) -> usize {
    match value {
        Value::Text(t) => t
            .chars()
            .take_while(|c| matches!(c, ' ' | '\u{a0}' | '\u{3000}' | '\t'))
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum(),
        _ => 0,
    }
}

/// True when the names in the first data rows are indented by level: some
/// start at the margin, others further in. Only rows with a number count:
/// an indented "в том числе:" on a row of its own is a connective, not a level.
pub(super) fn indented(data: &[Vec<Value>], name: usize) -> bool {
    let numbered = |r: &Vec<Value>| {
        r.iter().enumerate().any(|(i, v)| {
            i != name
                && match v {
                    Value::Number(_) => true,
                    Value::Text(t) => t.trim().parse::<f64>().is_ok(),
                    _ => false,
                }
        })
    };
    let depths: BTreeSet<usize> = data
        .iter()
        .filter(|r| numbered(r))
        .filter_map(|r| r.get(name))
        .filter(|v| !v.is_blank())
        .map(indent_of)
        .collect();
    depths.len() >= 2 && depths.contains(&0)
}

/// Whether the indented names' sums bear the indentation out: a name with
/// names indented under it holds their sum (to a ten-thousandth) in four such
/// rows of five. A stray tab before one name (or a pasted formula) is no level.
pub(super) fn indent_sums_agree(data: &[Vec<Value>], name: usize, amount: Option<usize>) -> bool {
    let Some(amount) = amount else {
        return false;
    };
    let value = |r: &Vec<Value>| super::codes::rough_number(r.get(amount)?);
    let rows: Vec<(usize, f64)> = data
        .iter()
        .filter(|r| r.get(name).is_some_and(|v| !v.is_blank()))
        .filter_map(|r| Some((indent_of(r.get(name)?), value(r)?)))
        .collect();
    let (mut checked, mut agree) = (0, 0);
    for (i, &(depth, amount)) in rows.iter().enumerate() {
        let below: Vec<(usize, f64)> = rows[i + 1..]
            .iter()
            .copied()
            .take_while(|(d, _)| *d > depth)
            .collect();
        let Some(child) = below.iter().map(|(d, _)| *d).min() else {
            continue;
        };
        let sum: f64 = below
            .iter()
            .filter(|(d, _)| *d == child)
            .map(|(_, a)| a)
            .sum();
        checked += 1;
        if (sum - amount).abs() <= amount.abs() * 1e-4 + 1e-9 {
            agree += 1;
        }
    }
    checked >= 1 && agree * 5 >= checked * 4
}
