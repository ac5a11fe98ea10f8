//! Column roles from header words in English, Russian, Kazakh (and the
//! languages of the test corpus), each with the reason it was given.

use crate::i18n::import::*;
use crate::i18n::why::stage_text;
use crate::i18n::{Msg, Text};
use crate::model::Stage;
use crate::said;
use rust_decimal::Decimal;
use serde::Serialize;

/// The published unit of amounts: "тыс. тенге" means × 1000.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unit {
    /// Multiplier to base currency units.
    pub factor: Decimal,
    /// The unit as published ("тыс. тенге", "$000s").
    pub label: String,
}

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "role")]
pub enum Role {
    /// The classification code.
    Code,
    /// The line's name.
    Name,
    /// The fiscal year of each row (long shape).
    Year,
    /// The stage of each row (long shape).
    Stage,
    /// The amount of each row (long shape).
    Amount,
    /// Amounts of one year and stage (wide shape); a missing part comes from
    /// `--year`/`--stage` or is an error.
    Wide {
        /// The year named in the header.
        year: Option<i32>,
        /// The stage named in the header.
        stage: Option<Stage>,
    },
    /// A percentage or ratio: never summed.
    Percent,
    /// A running row number ("№", "п/п").
    RowNumber,
    /// Any other column, carried through as text.
    Dimension,
    /// Each row's edition, mapped to a year and stage by a map's `[editions]`.
    Edition,
    /// Left out (set by a map, or a column known to hold no amounts).
    Ignore,
    /// Each row's own id in a tree (`id`).
    Id,
    /// The id of each row's parent in a tree (`parent_id`).
    ParentId,
    /// Each row's depth in the hierarchy (`level`, уровень).
    Level,
    /// Each row's reporting period ("01.2024", "2024-03-31"): its year is
    /// the row's year, and year-to-date periods keep each year's last.
    Period,
    /// Each row's direction ("Expense", "Revenue", "Доходы", "Расходы").
    Direction,
}

/// A column's role and why it was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ColumnRole {
    /// The role.
    #[serde(flatten)]
    pub role: Role,
    /// The unit named in the header, if any.
    pub unit: Option<Unit>,
    /// Why: the words that decided it, or the flag.
    pub why: Text,
    /// Set by a flag or the map, not by the header's words.
    #[serde(skip)]
    pub set: bool,
}

/// Header text folded for matching: lowercase, whitespace (line breaks,
/// NBSP, doubled spaces) collapsed to single spaces, trimmed.
pub fn fold(text: &str) -> String {
    let lower = text.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for word in lower.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

const YEAR_WORDS: &[&str] = &[
    "year",
    "fiscal year",
    "fy",
    "budget year",
    "год",
    "финансовый год",
    "жыл",
    "қаржы жылы",
    "рік",
    "año",
    "ano",
    "ejercicio",
    "anno",
    "jahr",
    "година",
];
const STAGE_WORDS: &[&str] = &[
    "stage",
    "phase",
    "budget stage",
    "budget phase",
    "стадия",
    "этап",
    "кезең",
    "стадія",
    "fase",
];
const AMOUNT_WORDS: &[&str] = &[
    "amount",
    "sum",
    "сумма",
    "сомасы",
    "сома",
    "сума",
    "importe",
    "value",
    "значение",
    "мәні",
    "budget",
    "бюджет",
    "буџет",
    "iznos",
    "износ",
    "total",
    "всього",
    "всего",
    "итого",
    "барлығы",
    "жиыны",
    "разом",
];
const CODE_WORDS: &[&str] = &[
    "code", "код", "коды", "kod", "cod", "código", "codigo", "кбк", "шифр",
];
const NAME_WORDS: &[&str] = &[
    "name",
    "наименование",
    "название",
    "атауы",
    "атау",
    "description",
    "descripción",
    "descripcion",
    "назив",
    "найменування",
    "назва",
    "denominación",
    "title",
];
const ROW_NUMBER_WORDS: &[&str] = &[
    "№",
    "№ п/п",
    "п/п",
    "n",
    "no",
    "no.",
    "#",
    "р/с",
    "р/с №",
    "р/н",
    "n п/п",
];

const ID_WORDS: &[&str] = &["id", "node id", "node_id", "row id", "row_id"];
const PARENT_ID_WORDS: &[&str] = &[
    "parent_id",
    "parentid",
    "parent id",
    "parent",
    "id_parent",
    "parent_node",
];
const LEVEL_WORDS: &[&str] = &["level", "уровень", "деңгей", "деңгейі", "depth", "рівень"];
const PERIOD_WORDS: &[&str] = &[
    "month",
    "period",
    "reporting period",
    "rep_period",
    "месяц",
    "период",
    "отчетный период",
    "отчётный период",
    "ай",
    "айы",
    "есепті кезең",
    "місяць",
    "звітний період",
];

/// The column names of Kazakhstan's budget portal (budget.egov.kz, "Открытые
/// бюджеты"), as its execution reports and their exports name them.
/// Each with the stage it holds, or why it is left out.
const PORTAL_COLUMNS: &[(&str, Result<Stage, &Msg>, &str)] = &[
    ("utv", Ok(Stage::Approved), "утвержденный бюджет"),
    ("utch", Ok(Stage::Revised), "уточненный бюджет"),
    (
        "plg",
        Ok(Stage::Adjusted),
        "скорректированный бюджет (сводный план на год)",
    ),
    ("sumrg", Ok(Stage::Executed), "исполнение"),
    (
        "plgp",
        Err(&PORTAL_PART_OF_PLAN),
        "сводный план на отчетный период",
    ),
    ("plgo", Err(&PORTAL_COMMITMENTS), "план обязательств"),
    ("obz", Err(&PORTAL_COMMITMENTS), "принятые обязательства"),
    (
        "obzsumrg",
        Err(&PORTAL_DIFFERENCE),
        "обязательства минус исполнение",
    ),
];

/// True when a header is one of the budget portal's column names for amounts.
pub fn is_portal_column(text: &str) -> bool {
    let f = fold(text);
    PORTAL_COLUMNS
        .iter()
        .any(|(w, st, _)| *w == f && st.is_ok())
}

/// Stage words, most specific first; each maps a word stem to a stage.
const STAGE_STEMS: &[(&str, Stage)] = &[
    ("исполн", Stage::Executed),
    ("кассов", Stage::Executed),
    ("касов", Stage::Executed),
    ("атқарыл", Stage::Executed),
    ("орындал", Stage::Executed),
    ("виконан", Stage::Executed),
    ("actual", Stage::Executed),
    ("executed", Stage::Executed),
    ("execution", Stage::Executed),
    ("spent", Stage::Executed),
    ("expended", Stage::Executed),
    ("outturn", Stage::Executed),
    ("ejecutad", Stage::Executed),
    ("скорректир", Stage::Adjusted),
    ("түзетіл", Stage::Adjusted),
    ("adjusted", Stage::Adjusted),
    ("rev_annual_plan", Stage::Revised),
    ("revised annual plan", Stage::Revised),
    ("уточн", Stage::Revised),
    ("нақтыл", Stage::Revised),
    ("revised", Stage::Revised),
    ("amended", Stage::Revised),
    ("midcycle", Stage::Revised),
    ("mid-cycle", Stage::Revised),
    ("rebalance", Stage::Revised),
    ("ребаланс", Stage::Revised),
    ("проект", Stage::Proposed),
    ("жоба", Stage::Proposed),
    ("proposed", Stage::Proposed),
    ("draft", Stage::Proposed),
    ("recommended", Stage::Proposed),
    ("requested", Stage::Proposed),
    ("forecast", Stage::Proposed),
    ("projected", Stage::Proposed),
    ("прогноз", Stage::Proposed),
    ("болжам", Stage::Proposed),
    ("затвердж", Stage::Approved),
    ("annual_plan", Stage::Approved),
    ("annual plan", Stage::Approved),
    ("утвержд", Stage::Approved),
    ("утверж", Stage::Approved),
    ("бекітіл", Stage::Approved),
    ("approved", Stage::Approved),
    ("adopted", Stage::Approved),
    ("appropriation", Stage::Approved),
    ("enacted", Stage::Approved),
    ("original", Stage::Approved),
];

/// The stage a text names (a header or a stage column's value), with the word
/// that decided it.
pub fn stage_in(text: &str) -> Option<(Stage, &'static str)> {
    let t = fold(text);
    if let Some(st) = Stage::parse(&t) {
        return Some((st, st.as_str()));
    }
    STAGE_STEMS
        .iter()
        .find(|(stem, _)| t.contains(stem))
        .map(|&(stem, st)| (st, stem))
}

/// The unit a text names ("(тыс. тенге)", "in thousands", "$000s").
pub fn unit_in(text: &str) -> Option<Unit> {
    if quantity_in(text).is_some() {
        return None; // "тыс. тонн" is thousands of tonnes, not of money
    }
    let t = fold(text);
    let has = |w: &str| t.contains(w);
    let (factor, label): (i64, &str) =
        if has("тыс. тенге") || has("тыс.тенге") || has("тысяч тенге") || has("тыс. тг")
        {
            (1_000, "тыс. тенге")
        } else if has("мың теңге") || has("мың тенге") || has("мың тг") {
            (1_000, "мың теңге")
        } else if has("млн. тенге") || has("млн тенге") || has("миллионов тенге")
        {
            (1_000_000, "млн тенге")
        } else if has("млн теңге") || has("миллион теңге") {
            (1_000_000, "млн теңге")
        } else if has("млрд. тенге") || has("млрд тенге") || has("млрд теңге")
        {
            (1_000_000_000, "млрд тенге")
        } else if has("thousand tenge") {
            (1_000, "thousand tenge")
        } else if has("$000")
            || has("(000s)")
            || has("(000)")
            || has("in thousands")
            || has("thousands of")
            || has("thousand")
        {
            (1_000, "thousands")
        } else if has("millions") || has("million") || has("$m)") || has("(mln") {
            (1_000_000, "millions")
        } else if has("тыс.") || has("тысяч") || has("тис.") {
            (1_000, "тыс.")
        } else if has("млн") {
            (1_000_000, "млн")
        } else if has("billion") || has("млрд") {
            (1_000_000_000, "billions")
        } else {
            return None;
        };
    Some(Unit {
        factor: Decimal::from(factor),
        label: label.to_string(),
    })
}

/// The currency a header, title or unit line names ("тыс. тенге", "$000s",
/// "млн. руб.", "тис. грн", "€"), with the word that named it.
pub fn currency_in(text: &str) -> Option<(&'static str, &'static str)> {
    let t = fold(text);
    let tokens: Vec<&str> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has_token = |w: &str| tokens.contains(&w);
    let starts = |stem: &str| tokens.iter().any(|w| w.starts_with(stem));
    const SYMBOLS: &[(&str, &str)] = &[
        ("₸", "KZT"),
        ("$", "USD"),
        ("€", "EUR"),
        ("₽", "RUB"),
        ("₴", "UAH"),
        ("֏", "AMD"),
        ("£", "GBP"),
    ];
    for (sym, code) in SYMBOLS {
        if t.contains(sym) {
            return Some((code, sym));
        }
    }
    const STEMS: &[(&str, &str)] = &[
        ("тенге", "KZT"),
        ("теңге", "KZT"),
        ("доллар", "USD"),
        ("dollar", "USD"),
        ("euro", "EUR"),
        ("евро", "EUR"),
        ("рубл", "RUB"),
        ("гривн", "UAH"),
        ("гривен", "UAH"),
        ("драм", "AMD"),
        ("денар", "MKD"),
    ];
    for (stem, code) in STEMS {
        if starts(stem) {
            return Some((code, stem));
        }
    }
    const TOKENS: &[(&str, &str)] = &[
        ("тг", "KZT"),
        ("kzt", "KZT"),
        ("usd", "USD"),
        ("eur", "EUR"),
        ("руб", "RUB"),
        ("rub", "RUB"),
        ("грн", "UAH"),
        ("uah", "UAH"),
        ("amd", "AMD"),
        ("mkd", "MKD"),
        ("ден", "MKD"),
    ];
    TOKENS
        .iter()
        .find(|(w, _)| has_token(w))
        .map(|(w, c)| (*c, *w))
}

/// A unit line that names a quantity, not money ("тыс. тонн", "(человек)",
/// "га", "%"), as printed above or beside a statistics table.
pub fn quantity_in(text: &str) -> Option<String> {
    let t = fold(text);
    let bare = t
        .trim_matches(|c: char| c == '(' || c == ')' || c == ',' || c == ';' || c.is_whitespace())
        .trim_start_matches("единица измерения:")
        .trim_start_matches("единица измерения")
        .trim_start_matches("өлшем бірлігі:")
        .trim_start_matches("в ")
        .trim();
    const QUANTITIES: &[&str] = &[
        "тонн",
        "тонна",
        "тоннах",
        "тыс. тонн",
        "тыс.тонн",
        "млн тонн",
        "млн. тонн",
        "мың тонна",
        "человек",
        "чел.",
        "тыс. человек",
        "тыс.человек",
        "адам",
        "мың адам",
        "га",
        "гектар",
        "гектаров",
        "тыс. га",
        "единиц",
        "ед.",
        "шт.",
        "штук",
        "бірлік",
        "%",
        "процентах",
        "процентов",
        "пайыз",
        "tons",
        "tonnes",
        "thousand tonnes",
        "persons",
        "people",
        "hectares",
        "percent",
    ];
    QUANTITIES.contains(&bare).then(|| text.trim().to_string())
}

/// Whether a span names its first year (`--fiscal-year start`); set once
/// per run, before any file is read.
static SPAN_YEAR_IS_START: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Sets which year a two-year span names: its first (`true`) or its last.
pub fn set_span_year_is_start(start: bool) {
    SPAN_YEAR_IS_START.store(start, std::sync::atomic::Ordering::Relaxed);
}

/// Every run of four digits in `text` that is a plausible year (1990-2100),
/// in order: "am_2024_spending" gives [2024], "2025-2027 годы" [2025, 2027].
pub fn four_digit_years(text: &str) -> Vec<i32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|d| d.len() == 4)
        .filter_map(|d| d.parse().ok())
        .filter(|y| (1990..=2100).contains(y))
        .collect()
}

/// The fiscal year a header or a year cell names: "2024", "2024 год",
/// "FY24", "FY 2025", and a fiscal year that spans two calendar years by
/// the year in which it ends (the convention of the US cities and of most
/// budget offices): "FY2009-10", "FY13-14", "FY 2013-14", "2013/14",
/// "2013-2014", "2013/2014 г." are all 2014 (FY2013-14 ends in June 2014),
/// or 2013 with `--fiscal-year start`.
/// A span of more than one year ("2024-2026 годы", a three-year plan) names
/// its first year.
pub fn year_in(text: &str) -> Option<i32> {
    let t = fold(text);
    let chars: Vec<char> = t.chars().collect();
    let run = |start: usize| {
        chars[start..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let number = |start: usize, n: usize| -> i32 {
        chars[start..start + n]
            .iter()
            .fold(0, |acc, c| acc * 10 + c.to_digit(10).unwrap_or(0) as i32)
    };
    // The year a span's second part names, when it follows `start` ("-14",
    // "/2014", "-2014"), and is the year after `first`.
    let span_end = |after: usize, first: i32| -> Option<i32> {
        let sep = *chars.get(after)?;
        if !matches!(sep, '-' | '/' | '–') {
            return None;
        }
        let n = run(after + 1);
        if chars
            .get(after + 1 + n)
            .is_some_and(|c| c.is_ascii_digit() || c.is_alphabetic())
        {
            return None;
        }
        let end = match n {
            2 => {
                first / 100 * 100
                    + number(after + 1, 2)
                    + if number(after + 1, 2) < first % 100 {
                        100
                    } else {
                        0
                    }
            }
            4 => number(after + 1, 4),
            _ => return None,
        };
        let start = SPAN_YEAR_IS_START.load(std::sync::atomic::Ordering::Relaxed);
        (end == first + 1).then_some(if start { first } else { end })
    };
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let n = run(i);
        let before: String = chars[..i].iter().collect();
        let is_fy = before.trim_end().trim_end_matches('.').ends_with("fy");
        let free = i == 0 || !chars[i - 1].is_alphanumeric() || is_fy;
        if free && n == 4 && (1990..=2100).contains(&number(i, 4)) {
            let y = number(i, 4);
            if is_law_date(&before, &chars[i + 4..].iter().collect::<String>()) {
                i += n;
                continue;
            }
            return Some(span_end(i + 4, y).unwrap_or(y));
        }
        if is_fy && n == 2 {
            let y = 2000 + number(i, 2);
            return Some(span_end(i + 2, y).unwrap_or(y));
        }
        i += n;
    }
    None
}

/// True when the year just after `before` and before `after` ends a date
/// that is not a report's own ("от 31 июля 1995 г.", "до 1 января 2005
/// года", "dated July 31, 1995", "1995 жылғы 31 шілдедегі"): a law's or a
/// past date, not a fiscal year. A date "as of" ("на 1 октября 2017 года",
/// "as of 1 October 2017") is the report's, and names its year.
fn is_law_date(before: &str, after: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    let n = words.len();
    let digits = |w: &str| {
        !w.is_empty() && w.len() <= 3 && w.trim_end_matches(',').chars().all(|c| c.is_ascii_digit())
    };
    let alpha = |w: &str| !w.is_empty() && w.chars().all(char::is_alphabetic);
    // Where the date starts: "31 июля", "July 31,", "31.07.".
    let day_month = |a: &str, b: &str| (digits(a) && alpha(b)) || (alpha(a) && digits(b));
    let start = if n >= 2 && day_month(words[n - 2], words[n - 1]) {
        Some(n - 2)
    } else if n >= 1
        && words[n - 1].len() >= 4
        && words[n - 1].chars().all(|c| c.is_ascii_digit() || c == '.')
        && words[n - 1].contains('.')
    {
        Some(n - 1)
    } else {
        None
    };
    let past = start.is_some_and(|k| {
        let prev = |j: usize| k.checked_sub(j).map(|i| words[i]).unwrap_or("");
        let as_of = matches!(prev(1), "на" | "at") || (prev(1) == "of" && prev(2) == "as");
        !as_of
    });
    // "1995 жылғы 31 шілдедегі": the year, "жылғы", a day.
    let kazakh = after
        .trim_start()
        .strip_prefix("жылғы")
        .is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()));
    past || kazakh
}

fn any_word(folded: &str, words: &[&str]) -> bool {
    words.contains(&folded)
}

fn contains_word(folded: &str, words: &[&'static str]) -> Option<&'static str> {
    // "Найменування1": a word numbered by the publisher is still the word.
    let tokens: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .map(|t| t.trim_end_matches(|c: char| c.is_ascii_digit()))
        .filter(|s| !s.is_empty())
        .collect();
    words.iter().copied().find(|w| {
        tokens
            .iter()
            .any(|t| t == w || t.split('_').any(|p| p == *w))
    })
}

/// The role of a header cell's text, and why. Roles that need the data
/// (a text column versus numbers) are decided by the caller.
pub fn classify(text: &str) -> ColumnRole {
    let folded = fold(text);
    let unit = unit_in(text);
    let bare = strip_unit(&folded);
    let role = |role: Role, why: Text| ColumnRole {
        role,
        unit: unit.clone(),
        why,
        set: false,
    };
    if folded.is_empty() {
        return role(Role::Dimension, said!(WHY_EMPTY_HEADER));
    }
    if folded.contains('%')
        || folded.contains("percent")
        || folded.contains("процент")
        || folded.contains("пайыз")
    {
        return role(Role::Percent, said!(WHY_PERCENT));
    }
    if let Some((w, stage, meaning)) = PORTAL_COLUMNS.iter().find(|(w, _, _)| *w == bare) {
        return match stage {
            Ok(st) => role(
                Role::Wide {
                    year: None,
                    stage: Some(*st),
                },
                said!(
                    WHY_PORTAL_STAGE,
                    w = w,
                    term = meaning,
                    stage = stage_text(*st)
                ),
            ),
            Err(reason) => role(
                Role::Ignore,
                said!(
                    WHY_PORTAL_LEFT_OUT,
                    w = w,
                    term = meaning,
                    reason = Text::of(reason)
                ),
            ),
        };
    }
    let words: Vec<&str> = bare.split(['_', ' ']).collect();
    if words.contains(&"vs") || words.contains(&"versus") || bare.contains(" к плану") {
        return role(Role::Percent, said!(WHY_COMPARES, w = &bare));
    }
    if bare == "plgpsumrg" || bare == "plgsumrg" {
        return role(Role::Percent, said!(WHY_PORTAL_RATE, w = &bare));
    }
    if any_word(
        &bare,
        &["parentcode", "parent_code", "parent code", "код родителя"],
    ) {
        return role(Role::Ignore, said!(WHY_PARENT_CODE, w = &bare));
    }
    if any_word(&bare, ID_WORDS) {
        return role(Role::Id, said!(WHY_ID, w = &bare));
    }
    if any_word(&bare, PARENT_ID_WORDS) {
        return role(Role::ParentId, said!(WHY_PARENT_ID, w = &bare));
    }
    if any_word(&bare, LEVEL_WORDS) {
        return role(Role::Level, said!(WHY_LEVEL, w = &bare));
    }
    if any_word(&bare, PERIOD_WORDS) {
        return role(Role::Period, said!(WHY_PERIOD, w = &bare));
    }
    if any_word(&bare, ROW_NUMBER_WORDS) {
        return role(Role::RowNumber, said!(WHY_ROW_NUMBER, w = &bare));
    }
    if any_word(&bare, YEAR_WORDS) {
        return role(Role::Year, said!(WHY_YEAR_COLUMN, w = &bare));
    }
    if any_word(&bare, STAGE_WORDS) {
        return role(Role::Stage, said!(WHY_STAGE_COLUMN, w = &bare));
    }
    let year = year_in(&folded);
    let stage = stage_in(&folded);
    if year.is_some() || stage.is_some() {
        let mut why = Vec::new();
        if let Some(y) = year {
            why.push(said!(WHY_YEAR, y = y));
        }
        if let Some((st, word)) = stage {
            why.push(said!(WHY_STAGE_WORD, w = word, stage = stage_text(st)));
        }
        return role(
            Role::Wide {
                year,
                stage: stage.map(|s| s.0),
            },
            Text::Join(why, ", "),
        );
    }
    if let Some(w) = contains_word(&bare, CODE_WORDS) {
        return role(Role::Code, said!(WHY_CODE, w = w));
    }
    if let Some(w) = contains_word(&bare, NAME_WORDS) {
        return role(Role::Name, said!(WHY_NAME, w = w));
    }
    if any_word(&bare, AMOUNT_WORDS) || contains_word(&bare, &AMOUNT_WORDS[..8]).is_some() {
        return role(Role::Amount, said!(WHY_AMOUNT, w = &bare));
    }
    role(Role::Dimension, said!(WHY_NO_WORDS))
}

/// Header text without a parenthesised or trailing unit: "сумма (тыс. тенге)" → "сумма".
fn strip_unit(folded: &str) -> String {
    let mut s = folded.to_string();
    if let Some(p) = s.find('(') {
        if unit_in(&s[p..]).is_some() {
            s.truncate(p);
        }
    }
    s.trim().trim_end_matches(',').trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currencies_named_by_files() {
        assert_eq!(currency_in("(тыс. тенге)").map(|c| c.0), Some("KZT"));
        assert_eq!(currency_in("мың теңге").map(|c| c.0), Some("KZT"));
        assert_eq!(currency_in("FY25 ($000s)").map(|c| c.0), Some("USD"));
        assert_eq!(currency_in("тис. грн").map(|c| c.0), Some("UAH"));
        assert_eq!(currency_in("млн. рублей").map(|c| c.0), Some("RUB"));
        assert_eq!(currency_in("Importe (euros)").map(|c| c.0), Some("EUR"));
        assert_eq!(currency_in("Амount").map(|c| c.0), None);
        assert_eq!(currency_in("Денежные средства").map(|c| c.0), None);
        assert_eq!(currency_in("Программа"), None);
    }

    #[test]
    fn fiscal_years_are_named_by_the_year_they_end() {
        for label in [
            "FY13-14",
            "FY 2013-14",
            "FY2013-14",
            "2013/14",
            "2013-2014",
            "2013/2014 г.",
            "FY 2013-2014 Adopted",
            "2014",
            "FY14",
            "FY 2014",
        ] {
            assert_eq!(year_in(label), Some(2014), "{label}");
        }
        assert_eq!(year_in("FY1999-00"), Some(2000));
        // A span of several years names its first; a date is no span.
        assert_eq!(year_in("на 2024-2026 годы"), Some(2024));
        assert_eq!(year_in("2024-01-31"), Some(2024));
        assert_eq!(year_in("2013-15"), Some(2013));
        // A law's date is no fiscal year; the year after it is.
        assert_eq!(year_in("Закон от 31 июля 1995 г. № 2116"), None);
        assert_eq!(year_in("по закону от 31.07.1995 на 2024 год"), Some(2024));
        assert_eq!(year_in("1995 жылғы 31 шілдедегі заң"), None);
        assert_eq!(year_in("исполнение на 1 октября 2017 года"), Some(2017));
        assert_eq!(year_in("зачислявшийся до 1 января 2005 года"), None);
        assert_eq!(year_in("Act dated July 31, 1995"), None);
        assert_eq!(year_in("as of 1 October 2017"), Some(2017));
    }

    fn wide(text: &str) -> (Option<i32>, Option<Stage>) {
        match classify(text).role {
            Role::Wide { year, stage } => (year, stage),
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn wide_headers_name_year_and_stage() {
        assert_eq!(wide("2023 executed"), (Some(2023), Some(Stage::Executed)));
        assert_eq!(
            wide("FY24 Appropriation"),
            (Some(2024), Some(Stage::Approved))
        );
        assert_eq!(
            wide("FY22 Actual Expense"),
            (Some(2022), Some(Stage::Executed))
        );
        assert_eq!(
            wide("2024 Утвержденный бюджет"),
            (Some(2024), Some(Stage::Approved))
        );
        assert_eq!(
            wide("2022 Исполнено (тыс. тенге)"),
            (Some(2022), Some(Stage::Executed))
        );
        assert_eq!(
            wide("Уточненный\nбюджет  2023 года"),
            (Some(2023), Some(Stage::Revised))
        );
        assert_eq!(
            wide("2024 жылғы бекітілген бюджет"),
            (Some(2024), Some(Stage::Approved))
        );
        assert_eq!(wide("2023 атқарылуы"), (Some(2023), Some(Stage::Executed)));
        assert_eq!(
            wide("FY2009-10 Actuals"),
            (Some(2010), Some(Stage::Executed))
        );
        assert_eq!(
            wide("FY 2017-18 Proposed"),
            (Some(2018), Some(Stage::Proposed))
        );
        assert_eq!(
            wide("Скорректированный бюджет"),
            (None, Some(Stage::Adjusted))
        );
    }

    #[test]
    fn plain_budget_header_names_a_year_not_a_stage() {
        // "FY25 Budget" carries no stage word: the stage comes from --stage
        // or defaults (with a warning) to approved.
        assert_eq!(wide("FY25 Budget"), (Some(2025), None));
    }

    #[test]
    fn units_inside_headers() {
        let u = classify("2022 Исполнено (тыс. тенге)").unit.unwrap();
        assert_eq!(
            (u.factor, u.label.as_str()),
            (Decimal::from(1000), "тыс. тенге")
        );
        let u = unit_in("Сомасы, мың теңге").unwrap();
        assert_eq!(u.factor, Decimal::from(1000));
        assert_eq!(
            unit_in("Amount ($000s)").unwrap().factor,
            Decimal::from(1000)
        );
        assert_eq!(
            unit_in("(millions)").unwrap().factor,
            Decimal::from(1_000_000)
        );
        assert_eq!(
            unit_in("млн. тенге").unwrap().factor,
            Decimal::from(1_000_000)
        );
        assert_eq!(unit_in("Наименование"), None);
    }

    #[test]
    fn long_roles() {
        assert_eq!(classify("AÑO").role, Role::Year);
        assert_eq!(classify("Год").role, Role::Year);
        assert_eq!(classify("Stage").role, Role::Stage);
        assert_eq!(classify("IMPORTE").role, Role::Amount);
        assert_eq!(classify("Сумма, тыс. тенге").role, Role::Amount);
        assert_eq!(
            classify("Сумма, тыс. тенге").unit.unwrap().factor,
            Decimal::from(1000)
        );
        assert_eq!(classify("Код").role, Role::Code);
        assert_eq!(classify("Program code").role, Role::Code);
        assert_eq!(classify("Наименование").role, Role::Name);
        assert_eq!(classify("Атауы").role, Role::Name);
        assert_eq!(classify("DESCRIPCION CENTRO").role, Role::Name);
        assert_eq!(classify("Cabinet").role, Role::Dimension);
        assert_eq!(classify("№ п/п").role, Role::RowNumber);
        assert_eq!(classify("Исп-е к бюджету, %").role, Role::Percent);
        assert_eq!(classify("% of total").role, Role::Percent);
    }
}
