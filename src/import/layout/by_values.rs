//! Column roles read from the cells' values where the header words do not
//! settle them: a year column of fiscal-year labels, a name column with no
//! header, a direction column, flag columns, codes written as floats.

use crate::i18n::import::*;
use crate::i18n::Text;
use crate::import::header::{self, ColumnRole, Role};
use crate::import::Value;
use crate::model::column_letters;
use crate::said;
use std::path::Path;

/// A column of fiscal years that its header alone does not name ("Budget
/// Year Name" holding "FY13-14"): the year column, when no other is, its
/// header has a year word and every value is a year or a fiscal year's label.
pub(super) fn year_by_values(headers: &[String], roles: &mut [ColumnRole], data: &[Vec<Value>]) {
    if roles
        .iter()
        .any(|c| matches!(c.role, Role::Year | Role::Period))
    {
        return;
    }
    for (i, c) in roles.iter_mut().enumerate() {
        // "Budget Year Name" was taken for a name by its last word.
        if !matches!(c.role, Role::Dimension | Role::Name) {
            continue;
        }
        let h = header::fold(headers.get(i).map(String::as_str).unwrap_or(""));
        let year_word = h.split(|ch: char| !ch.is_alphanumeric()).any(|w| {
            matches!(
                w,
                "year" | "fy" | "год" | "жыл" | "жылы" | "рік" | "año" | "ejercicio"
            )
        });
        let vals: Vec<&Value> = data
            .iter()
            .filter_map(|r| r.get(i))
            .filter(|v| !v.is_blank())
            .collect();
        let all_years = !vals.is_empty()
            && vals.iter().all(|v| match v {
                Value::Number(n) => n.fract() == 0.0 && (1990.0..=2100.0).contains(n),
                Value::Text(t) => {
                    let t = t.trim();
                    t.len() <= 16
                        && header::year_in(t).is_some()
                        && t.chars().filter(|ch| ch.is_alphabetic()).count() <= 3
                }
                _ => false,
            });
        if year_word && all_years {
            c.role = Role::Year;
            c.why = said!(WHY_YEAR_VALUES, h = h, v = vals[0].to_text());
            return;
        }
    }
}

/// Why a sheet has no amount columns, naming the columns that hold numbers
/// (the candidates) and the flag that settles each.
pub(super) fn no_amount_columns(
    headers: &[String],
    roles: &[ColumnRole],
    data: &[Vec<Value>],
) -> Text {
    let numeric = |i: usize| {
        let vals: Vec<&Value> = data
            .iter()
            .filter_map(|r| r.get(i))
            .filter(|v| !v.is_blank())
            .collect();
        let n = vals.iter().filter(|v| cell_kind(v) == Some(true)).count();
        !vals.is_empty() && n * 5 >= vals.len() * 4
    };
    // Codes are numbers too: a header that names a code or an id is no candidate.
    let code_like = |h: &str| {
        let f = header::fold(h);
        ["cod", "код", "id", "№", "kod"].iter().any(|w| {
            f.split(|c: char| !c.is_alphanumeric() && c != '№')
                .any(|t| t.starts_with(w))
        })
    };
    let largest = |i: usize| {
        data.iter()
            .filter_map(|r| r.get(i))
            .filter_map(|v| match v {
                Value::Number(n) => Some(n.abs()),
                Value::Text(t) => t.trim().parse::<f64>().ok().map(f64::abs),
                _ => None,
            })
            .fold(0.0, f64::max)
    };
    let mut cols: Vec<usize> = (0..roles.len())
        .filter(|&i| {
            matches!(roles[i].role, Role::Dimension)
                && numeric(i)
                && !headers[i].trim().is_empty()
                && !code_like(&headers[i])
        })
        .collect();
    cols.truncate(8);
    let example = cols
        .iter()
        .copied()
        .max_by(|a, b| largest(*a).total_cmp(&largest(*b)))
        .map(|i| headers[i].clone());
    let candidates: Vec<String> = cols
        .iter()
        .map(|&i| format!("{} (\"{}\")", column_letters(i as u32), headers[i]))
        .collect();
    let base = said!(NO_AMOUNT_COLUMNS);
    match example {
        None => said!(NO_AMOUNT_COLUMNS_GIVE, base = base),
        Some(header) => said!(
            NO_AMOUNT_COLUMNS_CANDIDATES,
            base = base,
            cols = candidates.join(", "),
            header = header
        ),
    }
}

/// With no name column, a column with an empty header whose cells are words
/// (not numbers, not codes) holds the names.
pub(super) fn names_without_header(
    headers: &[String],
    roles: &mut [ColumnRole],
    data: &[Vec<Value>],
) {
    if roles.iter().any(|c| c.role == Role::Name) {
        return;
    }
    for (i, c) in roles.iter_mut().enumerate() {
        let empty = headers.get(i).is_none_or(|h| h.trim().is_empty());
        if c.role != Role::Dimension || !empty {
            continue;
        }
        let vals: Vec<&Value> = data
            .iter()
            .filter_map(|r| r.get(i))
            .filter(|v| !v.is_blank())
            .collect();
        let words = vals
            .iter()
            .filter(|v| match v {
                Value::Text(t) => t.chars().filter(|ch| ch.is_alphabetic()).count() >= 3,
                _ => false,
            })
            .count();
        if vals.len() >= 2 && words * 5 >= vals.len() * 4 {
            c.role = Role::Name;
            c.why = said!(WHY_WORDS_NO_HEADER);
            return;
        }
    }
    // Else the one column of words that nearly never repeat ("Программа"
    // holding the programs' names); a column of repeated words ("Department")
    // is a dimension, and two candidates leave the choice to the user.
    let named: Vec<usize> = (0..roles.len())
        .filter(|&i| roles[i].role == Role::Dimension && names_like(data, i))
        .collect();
    if let [i] = named[..] {
        roles[i].role = Role::Name;
        roles[i].why = said!(WHY_ONLY_WORDS);
    }
}

/// Whether column `i`'s cells are words (four in five) and nearly all
/// different (nine in ten): what a column of line names looks like.
pub(super) fn names_like(data: &[Vec<Value>], i: usize) -> bool {
    let vals: Vec<&str> = data
        .iter()
        .filter_map(|r| match r.get(i) {
            Some(Value::Text(t)) if !t.trim().is_empty() => Some(t.trim()),
            _ => None,
        })
        .collect();
    let all = data
        .iter()
        .filter(|r| r.get(i).is_some_and(|v| !v.is_blank()))
        .count();
    let words = vals
        .iter()
        .filter(|t| t.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .count();
    let mut distinct = vals.clone();
    distinct.sort_unstable();
    distinct.dedup();
    all >= 2 && words * 5 >= all * 4 && distinct.len() * 10 >= vals.len() * 9
}

/// A column whose every value names a direction ("Account Type": Expense,
/// Revenue): each row's direction, so that revenue is never added to spending.
pub(super) fn direction_by_values(roles: &mut [ColumnRole], data: &[Vec<Value>]) {
    if roles.iter().any(|c| c.role == Role::Direction) {
        return;
    }
    for (i, role) in roles.iter_mut().enumerate() {
        if role.role != Role::Dimension {
            continue;
        }
        let vals: Vec<String> = data
            .iter()
            .filter_map(|r| r.get(i))
            .filter(|v| !v.is_blank())
            .map(Value::to_text)
            .collect();
        let word = |t: &str| {
            t.split_whitespace().count() <= 2 && crate::import::probe::direction_in(t).is_some()
        };
        if vals.len() >= 2 && vals.iter().all(|t| word(t)) {
            let mut distinct: Vec<&str> = vals.iter().map(String::as_str).collect();
            distinct.sort_unstable();
            distinct.dedup();
            role.role = Role::Direction;
            role.why = said!(
                WHY_DIRECTIONS,
                values = Text::Join(
                    distinct.iter().map(|d| said!(QUOTED, w = d)).collect(),
                    ", "
                )
            );
            return;
        }
    }
}

/// The longest ending all the texts share.
pub(super) fn common_suffix(texts: &[String]) -> String {
    let Some(first) = texts.first() else {
        return String::new();
    };
    let mut n = first.len();
    for t in &texts[1..] {
        let common = first
            .chars()
            .rev()
            .zip(t.chars().rev())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum::<usize>();
        n = n.min(common);
    }
    first[first.len() - n..].to_string()
}

/// The one year a file's name holds ("am_2024_spending_q1234.csv"), if exactly one.
pub(super) fn file_year(path: &Path) -> Option<i32> {
    let mut years = header::four_digit_years(&path.file_stem()?.to_string_lossy());
    years.dedup();
    (years.len() == 1).then(|| years[0])
}

/// A column named like amounts whose first rows hold mostly words (a title
/// line "по состоянию на 1 октября 2017 года" taken for a header above a
/// column of region names) holds no amounts.
pub(super) fn text_is_no_amount(roles: &mut [ColumnRole], data: &[Vec<Value>]) {
    for (i, c) in roles.iter_mut().enumerate() {
        if !matches!(c.role, Role::Wide { .. } | Role::Amount) {
            continue;
        }
        let (mut words, mut numbers) = (0usize, 0usize);
        for v in data.iter().filter_map(|r| r.get(i)) {
            match cell_kind(v) {
                Some(true) => numbers += 1,
                Some(false) => words += 1,
                None => {}
            }
        }
        if words >= 3 && words > numbers * 4 {
            c.role = Role::Dimension;
            c.why.then(
                "; ",
                said!(WHY_WORDS_NOT_NUMBERS, words = words, numbers = numbers),
            );
        }
    }
}

/// One code and one name column; further ones are carried as dimensions.
/// Of several name columns (a ministry's, a program's) the most specific is
/// the name: the one with the most distinct values (the first of equals).
pub(super) fn one_code_and_name(
    roles: &mut [ColumnRole],
    data: &[Vec<Value>],
) -> (Option<usize>, Option<usize>) {
    let code = roles
        .iter()
        .position(|c| c.role == Role::Code && c.set)
        .or_else(|| roles.iter().position(|c| c.role == Role::Code));
    let names: Vec<usize> = (0..roles.len())
        .filter(|&i| roles[i].role == Role::Name)
        .collect();
    let distinct = |c: usize| distinct_values(data, c);
    // A name column set by the map or a flag is the name, whatever the counts say.
    let name = names
        .iter()
        .copied()
        .find(|&c| roles[c].set)
        .or_else(|| names.iter().copied().rev().max_by_key(|&c| distinct(c)));
    for (i, c) in roles.iter_mut().enumerate() {
        let (kind, chosen) = match c.role {
            Role::Code => ("code", code),
            Role::Name => ("name", name),
            _ => continue,
        };
        if Some(i) == chosen && kind == "name" && names.len() > 1 {
            c.why.then("; ", said!(WHY_MOST_SPECIFIC));
        }
        if Some(i) != chosen {
            c.role = Role::Dimension;
            let other = if kind == "name" {
                &WHY_OTHER_IS_NAME
            } else {
                &WHY_OTHER_IS_CODE
            };
            c.why.then(
                "; ",
                said!(*other, col = column_letters(chosen.unwrap_or(0) as u32)),
            );
        }
    }
    (code, name)
}

/// How many distinct values a column's first rows hold.
pub(super) fn distinct_values(data: &[Vec<Value>], col: usize) -> usize {
    let mut v: Vec<String> = data
        .iter()
        .filter_map(|r| r.get(col))
        .map(Value::to_text)
        .collect();
    v.sort_unstable();
    v.dedup();
    v.len()
}

/// Whether a cell is a number (`Some(true)`, read with either decimal
/// mark), a word (`Some(false)`), or neither (blank, a missing marker).
pub(super) fn cell_kind(v: &Value) -> Option<bool> {
    use crate::import::number::{self, DecimalMark, Parsed};
    match v {
        Value::Number(_) => Some(true),
        Value::Text(t) => match (
            number::parse_text(t, DecimalMark::Comma),
            number::parse_text(t, DecimalMark::Point),
        ) {
            (Parsed::Number(_), _) | (_, Parsed::Number(_)) => Some(true),
            (Parsed::Text, _) => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// A tree node's id as written, with a spreadsheet tool's ".0" dropped.
pub(super) fn node_id(value: &Value) -> String {
    let t = value.to_text();
    match t.strip_suffix(".0") {
        Some(int) if !int.is_empty() && int.bytes().all(|b| b.is_ascii_digit()) => int.to_string(),
        _ => t,
    }
}

/// True when every code of a column is an integer written as a float
/// ("1.0", "4.0"), as pandas writes a column with blanks.
pub(super) fn floats_as_codes(data: &[Vec<Value>], col: usize) -> bool {
    let mut any = false;
    for v in data
        .iter()
        .filter_map(|r| r.get(col))
        .filter(|v| !v.is_blank())
    {
        let t = v.to_text();
        match t.strip_suffix(".0") {
            Some(int) if !int.is_empty() && int.bytes().all(|b| b.is_ascii_digit()) => any = true,
            _ => return false,
        }
    }
    any
}

/// Columns that hold only True/False (a viewer's flags: isLeaf, expanded)
/// are left out rather than carried as dimensions.
pub(super) fn ignore_flag_columns(roles: &mut [ColumnRole], data: &[Vec<Value>]) {
    for (i, c) in roles.iter_mut().enumerate() {
        if c.role != Role::Dimension {
            continue;
        }
        let mut vals = data
            .iter()
            .filter_map(|r| r.get(i))
            .filter(|v| !v.is_blank());
        let flag = |v: &Value| match v {
            Value::Bool(_) => true,
            Value::Text(t) => matches!(t.trim().to_lowercase().as_str(), "true" | "false"),
            _ => false,
        };
        let mut n = 0;
        if vals.all(|v| {
            n += 1;
            flag(v)
        }) && n > 0
        {
            c.role = Role::Ignore;
            c.why = said!(WHY_FLAGS_ONLY);
        }
    }
}
