//! The code columns: several adjacent level columns (group, administrator,
//! program) or one code column, and one code column read as a tree by its
//! digits: zero-padded prefix codes ("11000000" over "11010000"), or codes
//! of several lengths ("10" over "1001" over "100101") that the sums bear out.

use super::Codes;
use crate::import::header::{self, ColumnRole, Role};
use crate::import::Value;
use std::collections::{BTreeMap, BTreeSet};

/// Zero-padded prefix codes: every code the same number of digits (four or
/// more), some code ending in zeros heads another ("11000000" heads
/// "11010000": stripped of its zeros, it begins the other), and the sums
/// bear the tree out (a parent's amount is the sum of its children's in
/// four parents of five, where any can be checked). Serial numbers padded
/// to four digits ("0010" over "0011"...) have the shape, not the sums.
pub(super) fn prefix_codes(data: &[Vec<Value>], col: usize, amounts: &[usize]) -> bool {
    let rows: Vec<(String, Option<f64>)> = data
        .iter()
        .filter_map(|r| {
            let code = r.get(col).filter(|v| !v.is_blank())?;
            let amount = amounts.first().and_then(|&a| rough_number(r.get(a)?));
            Some((code.to_text().trim().to_string(), amount))
        })
        .collect();
    let Some(len) = rows.first().map(|(c, _)| c.len()) else {
        return false;
    };
    if len < 4
        || rows
            .iter()
            .any(|(c, _)| c.len() != len || !c.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    let head = |c: &str| c.trim_end_matches('0').len();
    // Each code's parent: the code with the longest head that begins it.
    let parent = |b: &str| {
        rows.iter()
            .map(|(a, _)| a.as_str())
            .filter(|a| *a != b && a.ends_with('0') && head(a) > 0 && head(a) < len)
            .filter(|a| b.starts_with(&a[..head(a)]) && head(b) > head(a))
            .max_by_key(|a| head(a))
    };
    if !rows.iter().any(|(b, _)| parent(b).is_some()) {
        return false;
    }
    let mut kids: BTreeMap<&str, (f64, usize)> = BTreeMap::new();
    for (b, amount) in &rows {
        if let (Some(p), Some(a)) = (parent(b), amount) {
            let e = kids.entry(p).or_insert((0.0, 0));
            e.0 += a;
            e.1 += 1;
        }
    }
    let (mut checked, mut agree) = (0, 0);
    for (p, (sum, n)) in &kids {
        let Some(pa) = rows.iter().find(|(c, _)| c == p).and_then(|(_, a)| *a) else {
            continue;
        };
        if *n >= 1 {
            checked += 1;
            if (sum - pa).abs() <= pa.abs() * 1e-4 + 1e-9 {
                agree += 1;
            }
        }
    }
    // No amounts in the first rows to check: the shape alone, as before.
    checked == 0 || agree * 5 >= checked * 4
}

/// Digit codes of two or more lengths where each longer code begins with a
/// shorter one present ("01", "0101", "010101"; 8-digit revenue codes under
/// 6, 4, 2): the lengths, as levels, when the sums confirm it (a parent's
/// amount is the sum of its children's in four parents of five, two at
/// least). Serial numbers (1, 12, 105) begin with shorter ones too, but do
/// not add up.
pub(super) fn length_levels(
    data: &[Vec<Value>],
    col: usize,
    amounts: &[usize],
) -> Option<Vec<usize>> {
    let rows: Vec<(String, Option<f64>)> = data
        .iter()
        .filter_map(|r| {
            let code = r
                .get(col)
                .filter(|v| !v.is_blank())?
                .to_text()
                .trim()
                .to_string();
            let amount = amounts.first().and_then(|&a| rough_number(r.get(a)?));
            Some((code, amount))
        })
        .collect();
    if rows.len() < 3
        || rows
            .iter()
            .any(|(c, _)| !c.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let mut lengths: Vec<usize> = rows.iter().map(|(c, _)| c.len()).collect();
    lengths.sort_unstable();
    lengths.dedup();
    if lengths.len() < 2 || lengths[0] == 0 {
        return None;
    }
    let codes: BTreeSet<&str> = rows.iter().map(|(c, _)| c.as_str()).collect();
    let parent_len = |n: usize| lengths.iter().rev().find(|&&l| l < n).copied();
    let longer: Vec<&str> = codes
        .iter()
        .copied()
        .filter(|c| c.len() > lengths[0])
        .collect();
    let headed = longer
        .iter()
        .filter(|c| parent_len(c.len()).is_some_and(|p| codes.contains(&c[..p])))
        .count();
    if longer.is_empty() || headed * 10 < longer.len() * 9 {
        return None;
    }
    // The sums: each parent against its children (the next level's codes under it).
    let amount_of: BTreeMap<&str, f64> = rows
        .iter()
        .filter_map(|(c, a)| Some((c.as_str(), (*a)?)))
        .collect();
    let (mut checked, mut agree) = (0, 0);
    for (&p, &pa) in &amount_of {
        let kids: Vec<f64> = amount_of
            .iter()
            .filter(|(c, _)| {
                c.len() > p.len() && c.starts_with(p) && parent_len(c.len()) == Some(p.len())
            })
            .map(|(_, a)| *a)
            .collect();
        if kids.len() >= 2 {
            checked += 1;
            let sum: f64 = kids.iter().sum();
            if (sum - pa).abs() <= pa.abs() * 1e-4 + 1e-9 {
                agree += 1;
            }
        }
    }
    (checked >= 2 && agree * 5 >= checked * 4).then_some(lengths)
}

/// A cell's number for checking sums in the first rows, before the decimal
/// mark is decided: spaces dropped, a comma read as a point.
pub(super) fn rough_number(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => Some(*n),
        Value::Text(t) => t
            .trim()
            .replace([' ', '\u{a0}'], "")
            .replace(',', ".")
            .parse()
            .ok(),
        _ => None,
    }
}

/// Header words of the columns that split a code path by level.
pub(super) const CODE_LEVEL_WORDS: &[&str] = &[
    "функциональная группа",
    "функциональная подгруппа",
    "подгруппа",
    "группа",
    "администратор",
    "подпрограмма",
    "программа",
    "функционалдық топ",
    "кіші функция",
    "кіші топ",
    "топ",
    "әкімші",
    "кіші бағдарлама",
    "бағдарлама",
    "категория",
    "класс",
    "подкласс",
    "специфика",
    "сынып",
    "санат",
    "ерекшелік",
    "function",
    "subfunction",
    "group",
    "subgroup",
    "administrator",
    "subprogram",
    "program",
    "programme",
    "fgr",
    "abp",
    "пр",
    "ппр",
    "фг",
    "фп",
    "абп",
];

/// Kazakh is agglutinative: "бағдарламалардың әкімшісі" holds the level
/// word "әкімші" with its suffixes. A Kazakh level word matches a header
/// whose last words begin with its words, the last word being the head
/// noun ("Бюджеттік бағдарламалардың әкімшісі" is an administrator column).
pub(super) fn kazakh_stem_match(folded: &str, word: &str) -> bool {
    let kazakh =
        word.chars().any(|c| "әғқңөұүһі".contains(c)) || matches!(word, "топ" | "санат" | "сынып");
    if !kazakh {
        return false;
    }
    let tokens: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    let stems: Vec<&str> = word.split(' ').collect();
    tokens.len() >= stems.len()
        && tokens[tokens.len() - stems.len()..]
            .iter()
            .zip(&stems)
            .all(|(t, s)| t.starts_with(s) || voiced(s).is_some_and(|v| t.starts_with(&v)))
}

/// A Kazakh stem's final п, к, қ as it is voiced before a vowel suffix
/// (сынып → сыныбы, ерекшелік → ерекшелігі).
fn voiced(stem: &str) -> Option<String> {
    let last = stem.chars().last()?;
    let v = match last {
        'п' => 'б',
        'к' => 'г',
        'қ' => 'ғ',
        _ => return None,
    };
    Some(format!("{}{v}", &stem[..stem.len() - last.len_utf8()]))
}

/// True when a value looks like one level of a code: a few digits.
pub(super) fn code_like(value: &Value) -> bool {
    match value {
        Value::Number(n) => n.fract() == 0.0 && (0.0..100_000.0).contains(n),
        Value::Text(t) => {
            let t = t.trim();
            !t.is_empty() && t.len() <= 5 && t.chars().all(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// Finds the code columns: several adjacent level columns (group, subgroup,
/// administrator, program) holding short digit codes, or one code column.
pub(super) fn code_columns(
    headers: &[String],
    roles: &[ColumnRole],
    data: &[Vec<Value>],
    code: Option<usize>,
    code_levels: Option<&Vec<usize>>,
) -> Codes {
    let holds_codes = |c: usize| {
        let vals: Vec<&Value> = data
            .iter()
            .filter_map(|r| r.get(c))
            .filter(|v| !v.is_blank())
            .collect();
        !vals.is_empty() && vals.iter().filter(|v| code_like(v)).count() * 5 >= vals.len() * 4
    };
    let levels: Vec<usize> = headers
        .iter()
        .enumerate()
        .filter(|(i, h)| {
            let f = header::fold(h);
            let word = CODE_LEVEL_WORDS.iter().any(|w| {
                f == *w
                    || f.starts_with(&format!("{w} "))
                    || f.ends_with(&format!(" {w}"))
                    || kazakh_stem_match(&f, w)
            }) || roles.get(*i).is_some_and(|r| r.role == Role::Code);
            word && !matches!(
                roles.get(*i).map(|r| &r.role),
                Some(Role::Wide { .. } | Role::Amount | Role::Name)
            ) && holds_codes(*i)
        })
        .map(|(i, _)| i)
        .collect();
    if levels.len() >= 2 {
        return Codes::Split(levels);
    }
    let amounts: Vec<usize> = (0..roles.len())
        .filter(|&i| matches!(roles[i].role, Role::Wide { .. } | Role::Amount))
        .collect();
    match code {
        Some(c) if code_levels.is_none() && prefix_codes(data, c, &amounts) => Codes::Prefix(c),
        Some(c) if code_levels.is_none() => match length_levels(data, c, &amounts) {
            Some(levels) => Codes::Lengths(c, levels),
            None => Codes::Single(c),
        },
        Some(c) => Codes::Single(c),
        None => Codes::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kazakh_level_words_match_with_their_voiced_stems() {
        assert!(kazakh_stem_match("сыныбы", "сынып"));
        assert!(kazakh_stem_match("кіші сыныбы", "сынып"));
        assert!(kazakh_stem_match("ерекшелігі", "ерекшелік"));
        assert!(kazakh_stem_match("санаты", "санат"));
        assert!(!kazakh_stem_match("сыналуы", "сынып"));
        assert_eq!(voiced("сынып").as_deref(), Some("сыныб"));
        assert_eq!(voiced("топ").as_deref(), Some("тоб"));
        assert_eq!(voiced("санат"), None);
    }
}
