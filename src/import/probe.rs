//! Finding the table in a sheet's first rows: title rows, the header (one,
//! two or three rows, with merged group cells such as "2024 год" over
//! "Утверждено | Уточнено | Исполнено"), the unit line, the row that only
//! numbers the columns. Pure functions over the first rows of a sheet.

use super::header::{self, Role, Unit};
use super::Value;
use crate::model::Direction;

/// Rows of a sheet kept to find its header.
pub const PROBE_ROWS: usize = 30;
/// Deepest header considered.
const MAX_DEPTH: usize = 3;

/// The header found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderChoice {
    /// Index into the probed rows of the header's first row.
    pub start: usize,
    /// Number of header rows.
    pub depth: usize,
    /// Each column's header text, the rows joined top to bottom.
    pub texts: Vec<String>,
}

/// Header texts of rows `start..start + depth`, merged group cells filled
/// across the columns below them.
pub fn combine(rows: &[Vec<Value>]) -> Vec<String> {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let text = |r: &Vec<Value>, c: usize| r.get(c).map(Value::to_text).unwrap_or_default();
    let mut grid: Vec<Vec<String>> = rows
        .iter()
        .map(|r| (0..width).map(|c| text(r, c)).collect())
        .collect();
    // Fill a group cell rightwards over the columns that have text below it:
    // only the top-left cell of a merge holds its value.
    for k in 0..grid.len().saturating_sub(1) {
        let mut carry: Option<String> = None;
        for c in 0..width {
            let below = grid[k + 1..].iter().any(|r| !r[c].is_empty());
            if !grid[k][c].is_empty() {
                carry = below.then(|| grid[k][c].clone());
            } else if below {
                if let Some(v) = &carry {
                    grid[k][c] = v.clone();
                }
            } else {
                carry = None;
            }
        }
    }
    (0..width)
        .map(|c| {
            let parts: Vec<&str> = grid
                .iter()
                .map(|r| r[c].as_str())
                .filter(|s| !s.is_empty())
                .collect();
            parts.join(" ")
        })
        .collect()
}

fn is_number(value: &Value) -> bool {
    match value {
        Value::Number(_) => true,
        Value::Text(t) => matches!(
            super::number::parse_text(t, super::number::DecimalMark::Comma),
            super::number::Parsed::Number(_)
        ),
        _ => false,
    }
}

/// A year standing alone in a header cell ("2024" over its stage columns).
fn is_year(value: &Value) -> bool {
    match value {
        Value::Number(n) => n.fract() == 0.0 && (1990.0..=2100.0).contains(n),
        Value::Text(t) => t
            .trim()
            .parse::<i32>()
            .is_ok_and(|y| (1990..=2100).contains(&y)),
        _ => false,
    }
}

/// How much a candidate header looks like the header of a budget table.
fn score(texts: &[String], raw: &[Vec<Value>], below: &[Vec<Value>], wanted: &[String]) -> i32 {
    let mut s = 0;
    let mut amount_cols = Vec::new();
    let (mut year, mut amount) = (false, false);
    for (c, t) in texts.iter().enumerate() {
        if t.is_empty() {
            continue;
        }
        let role = header::classify(t).role;
        match role {
            Role::Wide { year: y, stage: st } => {
                s += match (y, st) {
                    (Some(_), Some(_)) => 4,
                    (Some(_), None) => 2,
                    _ => 1,
                };
                amount_cols.push(c);
            }
            Role::Year => year = true,
            Role::Amount => {
                amount = true;
                amount_cols.push(c);
            }
            Role::Code | Role::Name | Role::Stage => s += 1,
            _ => {}
        }
        let folded = header::fold(t);
        if wanted.iter().any(|w| header::fold(w) == folded) {
            s += 10;
        }
    }
    if year && amount {
        s += 5;
    }
    // Header cells are words: numbers in them (other than years) are data.
    for r in raw {
        for v in r {
            if is_number(v) && !is_year(v) {
                s -= 3;
            }
        }
    }
    // The rows below should hold numbers where the amounts are.
    let numbers_below = below
        .iter()
        .take(3)
        .filter(|r| !is_column_number_row(r))
        .flat_map(|r| amount_cols.iter().filter_map(move |&c| r.get(c)))
        .filter(|v| is_number(v))
        .count();
    if numbers_below == 0 && s > 0 {
        s /= 2;
    }
    s
}

/// Finds the header among the first rows; `None` when no row looks like one.
/// `wanted` are header texts named by flags (`--column`, `--amount-col`...).
pub fn choose_header(rows: &[Vec<Value>], wanted: &[String]) -> Option<HeaderChoice> {
    let mut best: Option<(i32, HeaderChoice)> = None;
    let filled = |r: &Vec<Value>| r.iter().filter(|v| !v.is_blank()).count();
    for start in 0..rows.len().min(20) {
        // A lone cell over rows of three cells or more is a title ("Бюджет
        // района на 2025 год" over the whole table), never the header.
        if filled(&rows[start]) == 1
            && rows[start + 1..]
                .iter()
                .take(3)
                .map(filled)
                .max()
                .unwrap_or(0)
                >= 3
        {
            continue;
        }
        let mut prev_score = i32::MIN;
        for depth in 1..=MAX_DEPTH.min(rows.len() - start) {
            let raw = &rows[start..start + depth];
            // Every row of a deeper header has several cells: a lone cell
            // above the header is a title, not a group heading.
            if depth > 1
                && raw
                    .iter()
                    .any(|r| r.iter().filter(|v| !v.is_blank()).count() < 2)
            {
                break;
            }
            // A deeper header's lower rows must be words, not data.
            if depth > 1 && raw[depth - 1].iter().any(|v| is_number(v) && !is_year(v)) {
                break;
            }
            let texts = combine(raw);
            let s = score(&texts, raw, &rows[start + depth..], wanted);
            if s <= prev_score {
                break;
            }
            prev_score = s;
            if s > 0 && best.as_ref().is_none_or(|(b, _)| s > *b) {
                best = Some((
                    s,
                    HeaderChoice {
                        start,
                        depth,
                        texts,
                    },
                ));
            }
        }
    }
    best.map(|(_, c)| c)
}

/// True for a row that only numbers the columns: 1, 2, 3, ... (common under
/// Kazakh table headers), or a letter then the form's column codes
/// ("А", 1000.0, 1000.2, 1000.3: Russia's tax forms), which are close
/// together and rise left to right, as no row of amounts does by rule.
pub fn is_column_number_row(cells: &[Value]) -> bool {
    consecutive_numbers(cells) || lettered_codes(cells)
}

/// A one-letter label, then two or more numbers each larger than the last
/// and all within half again of the first.
fn lettered_codes(cells: &[Value]) -> bool {
    let mut it = cells.iter().filter(|v| !v.is_blank());
    let Some(Value::Text(label)) = it.next() else {
        return false;
    };
    let mut chars = label.trim().chars();
    if !(chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()) {
        return false;
    }
    let mut nums = Vec::new();
    for v in it {
        match v {
            Value::Number(f) => nums.push(*f),
            Value::Text(t) => match t.trim().parse::<f64>() {
                Ok(f) => nums.push(f),
                Err(_) => return false,
            },
            _ => return false,
        }
    }
    nums.len() >= 2
        && nums[0] > 0.0
        && nums.windows(2).all(|w| w[1] > w[0])
        && nums[nums.len() - 1] <= nums[0] * 1.5
}

fn consecutive_numbers(cells: &[Value]) -> bool {
    let mut n = 0;
    let mut last: Option<i64> = None;
    for v in cells {
        let x = match v {
            Value::Empty => continue,
            Value::Number(f) if f.fract() == 0.0 => *f as i64,
            Value::Text(t) => match t.trim().parse::<i64>() {
                Ok(x) => x,
                Err(_) => return false,
            },
            _ => return false,
        };
        if let Some(l) = last {
            if x != l + 1 {
                return false;
            }
        } else if x > 2 {
            return false;
        }
        last = Some(x);
        n += 1;
    }
    n >= 3
}

/// The unit stated in rows around the header (a title line "(тыс. тенге)").
pub fn unit_in_rows(rows: &[Vec<Value>]) -> Option<Unit> {
    rows.iter()
        .flat_map(|r| r.iter())
        .filter_map(|v| match v {
            Value::Text(t) => header::unit_in(t),
            _ => None,
        })
        .next()
}

/// The one year the title rows above a header name ("Бюджет района на 2025
/// год", "2025 жылға арналған бюджет"), with the title: only when every
/// four-digit year in them is that one (a title of a plan "на 2025-2027
/// годы", or one dated "от 25 декабря 2024 года ... на 2025 год", names none).
pub fn year_in_titles(rows: &[Vec<Value>]) -> Option<(i32, String)> {
    let texts: Vec<&str> = rows
        .iter()
        .flatten()
        .filter_map(|v| match v {
            Value::Text(t) if !t.trim().is_empty() => Some(t.trim()),
            _ => None,
        })
        .collect();
    let mut years: Vec<i32> = texts
        .iter()
        .flat_map(|t| header::four_digit_years(t))
        .collect();
    years.sort_unstable();
    years.dedup();
    let [year] = years[..] else {
        return None;
    };
    let title = texts.iter().find(|t| header::year_in(t) == Some(year))?;
    Some((year, title.to_string()))
}

/// Words that say a table stands at a date ("по состоянию на 01.04.2025",
/// "2025 жылғы 1 сәуірдегі жағдай бойынша", "as of 31 March 2025").
const AS_OF_WORDS: [&str; 7] = [
    "по состоянию на",
    "состоянием на",
    "жағдай бойынша",
    "жағдайы бойынша",
    "as of",
    "as at",
    "станом на",
];

/// Month names' stems (ru, uk, en, kk), January first.
const MONTH_STEMS: [[&str; 4]; 12] = [
    ["январ", "січ", "jan", "қаңтар"],
    ["феврал", "лют", "feb", "ақпан"],
    ["март", "берез", "mar", "наурыз"],
    ["апрел", "квіт", "apr", "сәуір"],
    ["ма", "трав", "may", "мамыр"],
    ["июн", "черв", "jun", "маусым"],
    ["июл", "лип", "jul", "шілде"],
    ["август", "серп", "aug", "тамыз"],
    ["сентябр", "верес", "sep", "қыркүйек"],
    ["октябр", "жовт", "oct", "қазан"],
    ["ноябр", "листопад", "nov", "қараша"],
    ["декабр", "груд", "dec", "желтоқсан"],
];

/// The date the title rows say the table stands at, as (year, month,
/// day): only from a text with an "as of" phrase, in digits ("01.04.2025")
/// or words ("1 апреля 2025 года", "2025 жылғы 1 сәуір", "March 31, 2025").
pub fn as_of_in_titles(rows: &[Vec<Value>]) -> Option<(i32, u32, u32)> {
    rows.iter().flatten().find_map(|v| match v {
        Value::Text(t) => {
            let f = header::fold(t);
            AS_OF_WORDS
                .iter()
                .any(|w| f.contains(w))
                .then(|| date_in(&f))
                .flatten()
        }
        _ => None,
    })
}

/// The one date a folded text writes, in digits or with a month's name.
pub(crate) fn date_in(folded: &str) -> Option<(i32, u32, u32)> {
    let tokens: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|t| !t.is_empty())
        .collect();
    let num = |t: &str, max: u32| -> Option<u32> {
        let d = t.trim_end_matches(|c: char| !c.is_ascii_digit());
        (d.len() <= 4 && !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            .then(|| d.parse().ok())
            .flatten()
            .filter(|n| (1..=max).contains(n))
    };
    for t in &tokens {
        let parts: Vec<&str> = t.trim_end_matches(['.', 'г']).split('.').collect();
        if let [d, m, y] = parts[..] {
            if let (Some(d), Some(m), Some(y)) = (num(d, 31), num(m, 12), num(y, 2100)) {
                if y >= 1990 && y.to_string().len() == 4 {
                    return Some((y as i32, m, d));
                }
            }
        }
    }
    let year = tokens
        .iter()
        .filter_map(|t| num(&t[..t.len().min(4)], 2100).filter(|y| *y >= 1990 && t.len() >= 4))
        .next()?;
    let (at, month) = tokens.iter().enumerate().find_map(|(i, t)| {
        let m = MONTH_STEMS.iter().position(|stems| {
            stems.iter().any(|s| {
                // "ма" (мая) only as a whole short word, not "март".
                if *s == "ма" {
                    *t == "мая" || *t == "май"
                } else {
                    t.starts_with(s) && t.chars().all(char::is_alphabetic)
                }
            })
        })?;
        Some((i, m as u32 + 1))
    })?;
    let near = |i: Option<usize>| i.and_then(|i| tokens.get(i)).and_then(|t| num(t, 31));
    let day = near(at.checked_sub(1))
        .filter(|d| *d != year)
        .or_else(|| near(Some(at + 1)).filter(|d| *d != year))?;
    Some((year as i32, month, day))
}

/// The title among the rows above a header that names a budget: the first
/// text saying "бюджет" (бюджеті, budget, presupuesto...) that is not the
/// annex's reference ("Приложение 1 к решению...", "... қосымша") nor
/// longer than a title.
pub fn budget_title(rows: &[Vec<Value>]) -> Option<String> {
    rows.iter()
        .flatten()
        .filter_map(|v| match v {
            Value::Text(t) => Some(t.split_whitespace().collect::<Vec<_>>().join(" ")),
            _ => None,
        })
        .find(|t| {
            let f = header::fold(t);
            let names_budget = ["бюджет", "budget", "presupuesto"]
                .iter()
                .any(|w| f.contains(w));
            let annex = [
                "приложение",
                "қосымша",
                "annex",
                "appendix",
                "додаток",
                "anexo",
            ]
            .iter()
            .any(|w| f.starts_with(w) || f.ends_with(w));
            names_budget && !annex && t.chars().count() <= 200
        })
}

/// Revenue or expenditure from the names of a header's code levels: the
/// receipts classification's категория / класс / подкласс (санат / сынып /
/// ішкі сынып), or the functional one's функциональная группа /
/// администратор / программа (функционалдық топ / әкімші / бағдарлама).
pub fn direction_of_levels(texts: &[String]) -> Option<Direction> {
    let folded: Vec<String> = texts.iter().map(|t| header::fold(t)).collect();
    let has = |w: &[&str]| folded.iter().any(|t| w.iter().any(|w| t.starts_with(w)));
    let revenue = has(&["категори", "санат"]) && has(&["класс", "сынып"]);
    let spending = has(&["функциональн", "функционалдық", "функционалды"])
        || (has(&[
            "администратор",
            "әкімші",
            "бюджеттік бағдарламалардың әкімші",
        ]) && has(&["программ", "бағдарлама"]));
    match (revenue, spending) {
        (true, false) => Some(Direction::Revenue),
        (false, true) => Some(Direction::Expenditure),
        _ => None,
    }
}

/// Expenditure or revenue, from a title, sheet name or header.
pub fn direction_in(text: &str) -> Option<Direction> {
    let t = header::fold(text);
    const REVENUE: &[&str] = &[
        "revenue",
        "receipts",
        "доход",
        "поступлени",
        "кіріс",
        "түсім",
        "income",
    ];
    const EXPENDITURE: &[&str] = &[
        "expenditure",
        "expense",
        "spending",
        "расход",
        "затрат",
        "шығын",
        "шығыс",
    ];
    let rev = REVENUE.iter().any(|w| t.contains(w));
    let exp = EXPENDITURE.iter().any(|w| t.contains(w));
    match (rev, exp) {
        (true, false) => Some(Direction::Revenue),
        (false, true) => Some(Direction::Expenditure),
        _ => None,
    }
}

/// True when a heading names a part of a Kazakh budget's six that is
/// neither revenue nor expenditure: III net lending, IV operations with
/// financial assets, V the deficit (surplus), VI its financing ("III.
/// Чистое бюджетное кредитование", "V. Бюджет тапшылығы (профициті)").
pub fn neither_side(heading: &str) -> bool {
    let t = header::fold(heading);
    const PARTS: &[&str] = &[
        "кредитовани",
        "кредиттеу",
        "финансовыми активами",
        "финансовых активов",
        "қаржы активтер",
        "дефицит",
        "профицит",
        "тапшылы",
        "сальдо",
        "net lending",
        "financial assets",
        "deficit",
        "surplus",
    ];
    PARTS.iter().any(|w| t.contains(w))
}

/// Words of a budget's balance: what revenue less expenditure leaves.
const BALANCE_WORDS: &[&str] = &[
    "surplus",
    "shortfall",
    "deficit",
    "imbalance",
    "дефицит",
    "профицит",
    "сальдо",
    "тапшылық",
    "дефіцит",
    "профіцит",
];

/// True when a sheet's line names are a balance table, not a budget's
/// lines: whole revenue, whole expenditure and their balance ("Revenue",
/// "Expenditures", "Surplus/(Shortfall)"; "Доходы", "Затраты", "Дефицит"),
/// those making four names in five. Its amounts are totals of the other
/// sheets: added to them, they would count the budget twice over.
pub fn balance_table<'a>(names: impl Iterator<Item = &'a str>) -> bool {
    let mut distinct: Vec<String> = names.map(header::fold).collect();
    distinct.sort_unstable();
    distinct.dedup();
    let (mut rev, mut exp, mut bal) = (0, 0, 0);
    for n in &distinct {
        let words: Vec<&str> = n
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if BALANCE_WORDS.iter().any(|b| n.contains(b)) && words.len() <= 5 {
            bal += 1;
        } else if words.len() <= 3 {
            match words.first().and_then(|w| direction_in(w)) {
                Some(Direction::Revenue) => rev += 1,
                Some(Direction::Expenditure) => exp += 1,
                None => {}
            }
        }
    }
    bal > 0 && rev > 0 && exp > 0 && (rev + exp + bal) * 5 >= distinct.len() * 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn balance_tables_are_told_from_lines() {
        let b = |names: &[&str]| balance_table(names.iter().copied());
        assert!(b(&[
            "Revenue",
            "Expenditures",
            "Surplus/(Shortfall)",
            "Expenditures - Deferred"
        ]));
        assert!(b(&["Доходы", "Затраты", "Дефицит (профицит) бюджета"]));
        assert!(b(&["Кірістер", "Шығындар", "Тапшылық"]));
        // Lines that name taxes, or a balance among many programs, are lines.
        assert!(!b(&["Income tax", "Sales tax", "Property tax"]));
        assert!(!b(&["Revenue", "Expenditures"]));
        let mut many = vec!["Доходы", "Затраты", "Дефицит"];
        many.extend(["Школы", "Больницы", "Дороги", "Парки"]);
        assert!(!b(&many));
    }

    #[test]
    fn dates_a_title_says_the_table_stands_at() {
        let at = |t: &str| as_of_in_titles(&[vec![Value::Text(t.into())]]);
        assert_eq!(
            at("Исполнение бюджета по состоянию на 01.04.2025 г."),
            Some((2025, 4, 1))
        );
        assert_eq!(
            at("Отчет по состоянию на 1 июля 2024 года"),
            Some((2024, 7, 1))
        );
        assert_eq!(
            at("2025 жылғы 1 сәуірдегі жағдай бойынша"),
            Some((2025, 4, 1))
        );
        assert_eq!(
            at("Budget execution as of March 31, 2025"),
            Some((2025, 3, 31))
        );
        assert_eq!(
            at("Виконання станом на 1 травня 2024 р."),
            Some((2024, 5, 1))
        );
        assert_eq!(at("по состоянию на 15 мая 2023 года"), Some((2023, 5, 15)));
        // No "as of" phrase, or no date: nothing.
        assert_eq!(at("Решение от 25 декабря 2024 года"), None);
        assert_eq!(at("Бюджет на 2025 год по состоянию на дату отчета"), None);
    }

    fn t(s: &str) -> Value {
        Value::Text(s.into())
    }
    fn n(x: f64) -> Value {
        Value::Number(x)
    }
    const E: Value = Value::Empty;

    #[test]
    fn the_title_that_names_the_budget() {
        let t = |s: &str| Value::Text(s.into());
        let rows = vec![
            vec![t(
                "Приложение 1 к решению маслихата района от 25 декабря 2023 года № 12/3",
            )],
            vec![t("Сарыарқа ауданының 2024 жылға арналған   бюджеті")],
            vec![t("(мың теңге)")],
        ];
        assert_eq!(
            budget_title(&rows).as_deref(),
            Some("Сарыарқа ауданының 2024 жылға арналған бюджеті")
        );
        let rows = vec![vec![t("ОБРАЗЕЦ: суммы вымышлены")], vec![t("(тыс. тенге)")]];
        assert_eq!(budget_title(&rows), None);
        let kk = vec![
            vec![t("Аудандық мәслихаттың шешіміне 1-қосымша")],
            vec![t("City of Oakland Budget FY 2013-15")],
        ];
        assert_eq!(
            budget_title(&kk).as_deref(),
            Some("City of Oakland Budget FY 2013-15")
        );
    }

    #[test]
    fn two_row_header_with_merged_year_groups_under_title_rows() {
        let rows = vec![
            vec![t(
                "Бюджет города на 2022-2024 годы: расходы по бюджетным программам",
            )],
            vec![t("(тыс. тенге)")],
            vec![
                t("Функциональная группа"),
                t("Программа"),
                t("Наименование"),
                t("2023 год"),
                E,
                E,
                n(2024.0),
                E,
                E,
            ],
            vec![
                E,
                E,
                E,
                t("Утверждено"),
                t("Уточнено"),
                t("Исполнено"),
                t("Утверждено"),
                t("Уточнено"),
                t("Исполнено"),
            ],
            vec![
                n(1.0),
                n(2.0),
                n(3.0),
                n(4.0),
                n(5.0),
                n(6.0),
                n(7.0),
                n(8.0),
                n(9.0),
            ],
            vec![
                t("01"),
                E,
                t("Государственные услуги"),
                n(10.5),
                n(11.0),
                n(9.0),
                n(12.0),
                n(12.5),
                n(11.0),
            ],
        ];
        let h = choose_header(&rows, &[]).unwrap();
        assert_eq!((h.start, h.depth), (2, 2));
        assert_eq!(
            h.texts,
            vec![
                "Функциональная группа",
                "Программа",
                "Наименование",
                "2023 год Утверждено",
                "2023 год Уточнено",
                "2023 год Исполнено",
                "2024 Утверждено",
                "2024 Уточнено",
                "2024 Исполнено"
            ]
        );
        assert!(is_column_number_row(&rows[4]));
        assert!(!is_column_number_row(&rows[5]));
        assert_eq!(unit_in_rows(&rows[..2]).unwrap().label, "тыс. тенге");
        assert_eq!(
            direction_in("расходы по бюджетным программам"),
            Some(Direction::Expenditure)
        );
        assert_eq!(
            direction_in("GENERAL PURPOSE FUND REVENUE"),
            Some(Direction::Revenue)
        );
    }

    #[test]
    fn one_row_header_after_a_merged_title() {
        let rows = vec![
            vec![E, t("All Funds Expenditures")],
            vec![
                E,
                t("Expenditure Categories"),
                t("FY 2013-14 Proposed"),
                t("FY 2014-15 Proposed"),
            ],
            vec![E, t("Civilian salaries"), n(170226896.0), n(170379243.0)],
        ];
        let h = choose_header(&rows, &[]).unwrap();
        assert_eq!((h.start, h.depth), (1, 1));
    }

    #[test]
    fn no_header_in_a_text_sheet() {
        let rows = vec![vec![t("ОБРАЗЕЦ")], vec![t("Иллюстративный бюджет")]];
        assert_eq!(choose_header(&rows, &[]), None);
    }
}
