//! The three languages of every table, chart and report: Kazakh, Russian, English.
//!
//! A text is a [`Msg`] with all three translations as required fields, so a
//! missing translation does not compile. Numbers are formatted here too: the
//! kk/ru style groups digits with a no-break space and writes a decimal
//! comma ("41 667 248,8"), the en style "41,667,248.8".

pub(crate) mod charts;
pub(crate) mod facts;
pub mod grammar;
pub(crate) mod import;
pub(crate) mod inspect;
pub(crate) mod messages;
pub(crate) mod pack;
pub(crate) mod page;
pub(crate) mod tables;
pub mod text;
pub mod why;

pub use grammar::{others, Noun};
pub use text::{Arg, Said, Text};
pub use why::stage_name;

use rust_decimal::{Decimal, RoundingStrategy};

/// A language of output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Kazakh (қазақ тілі).
    Kk,
    /// Russian (русский).
    Ru,
    /// English.
    En,
}

/// One text in the three languages.
#[derive(Debug, Clone, Copy)]
pub struct Msg {
    /// Kazakh.
    pub kk: &'static str,
    /// Russian.
    pub ru: &'static str,
    /// English.
    pub en: &'static str,
}

impl Lang {
    /// The language of a locale name as LANG and LC_MESSAGES hold it
    /// ("kk_KZ.UTF-8", "ru_RU", "en_US.UTF-8"); None for any other.
    pub fn of_locale(locale: &str) -> Option<Lang> {
        let code = locale
            .split(['_', '.', '@', '-'])
            .next()?
            .to_ascii_lowercase();
        match code.as_str() {
            "kk" => Some(Lang::Kk),
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of messages the environment asks for (LC_ALL, then
    /// LC_MESSAGES, then LANG, the first that is set), else English.
    pub fn of_environment() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::of_locale(&v))
            .unwrap_or(Lang::En)
    }

    /// The text in this language.
    pub fn t(self, message: &Msg) -> &'static str {
        match self {
            Lang::Kk => message.kk,
            Lang::Ru => message.ru,
            Lang::En => message.en,
        }
    }

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The language of a text: Kazakh when it has letters only Kazakh uses,
    /// Russian when it is otherwise Cyrillic, else English.
    pub fn of_text(text: &str) -> Option<Lang> {
        // і is Ukrainian and Belarusian too: the other Kazakh letters decide,
        // and Ukrainian's own letters make a text none of ours.
        let kazakh = text.chars().any(|c| "әғқңөұүһӘҒҚҢӨҰҮҺ".contains(c));
        if kazakh {
            return Some(Lang::Kk);
        }
        if text.chars().any(|c| "іїєґІЇЄҐўЎ".contains(c)) {
            return None;
        }
        let cyrillic = text
            .chars()
            .filter(|c| ('\u{400}'..='\u{4FF}').contains(c))
            .count();
        let latin = text.chars().filter(|c| c.is_ascii_alphabetic()).count();
        if cyrillic > 0 && cyrillic >= latin {
            Some(Lang::Ru)
        } else if latin > 0 {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// Fills `{name}` placeholders (in one pass, as [`Text`] does).
pub fn fill(template: &str, args: &[(&str, String)]) -> String {
    text::fill_places(template, |name| {
        args.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    })
}

/// The unit amounts are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DisplayUnit {
    /// Chosen from the largest amount shown.
    Auto,
    /// Base units (tenge, dollars).
    One,
    /// Thousands.
    Thousand,
    /// Millions.
    Million,
    /// Billions.
    Billion,
}

impl DisplayUnit {
    /// The unit that shows `largest` (absolute, base units) with at most six or so integer digits.
    pub fn resolve(self, largest: Decimal) -> DisplayUnit {
        if self != DisplayUnit::Auto {
            return self;
        }
        let a = largest.abs();
        if a < Decimal::from(1_000_000) {
            DisplayUnit::One
        } else if a < Decimal::from(1_000_000_000i64) {
            DisplayUnit::Thousand
        } else if a < Decimal::from(1_000_000_000_000i64) {
            DisplayUnit::Million
        } else {
            DisplayUnit::Billion
        }
    }

    /// How many base units one displayed unit is.
    pub fn factor(self) -> Decimal {
        match self {
            DisplayUnit::Auto | DisplayUnit::One => Decimal::ONE,
            DisplayUnit::Thousand => Decimal::from(1_000),
            DisplayUnit::Million => Decimal::from(1_000_000),
            DisplayUnit::Billion => Decimal::from(1_000_000_000i64),
        }
    }

    /// The word before the currency: "тыс.", "million", "m" (`short` for the English abbreviation).
    fn prefix(self, lang: Lang, short: bool) -> Option<&'static str> {
        Some(match (self, lang, short) {
            (DisplayUnit::Auto | DisplayUnit::One, _, _) => return None,
            (DisplayUnit::Thousand, Lang::Kk, _) => "мың",
            (DisplayUnit::Thousand, Lang::Ru, _) => "тыс.",
            (DisplayUnit::Thousand, Lang::En, false) => "thousand",
            (DisplayUnit::Thousand, Lang::En, true) => "k",
            (DisplayUnit::Million, Lang::Kk | Lang::Ru, _) => "млн",
            (DisplayUnit::Million, Lang::En, false) => "million",
            (DisplayUnit::Million, Lang::En, true) => "m",
            (DisplayUnit::Billion, Lang::Kk | Lang::Ru, _) => "млрд",
            (DisplayUnit::Billion, Lang::En, false) => "billion",
            (DisplayUnit::Billion, Lang::En, true) => "bn",
        })
    }

    fn with(self, lang: Lang, short: bool, currency: String) -> String {
        match self.prefix(lang, short) {
            Some(p) => format!("{p} {currency}"),
            None => currency,
        }
    }

    /// "тыс. тенге", "million KZT": the unit and currency for a table's title.
    pub fn label(self, lang: Lang, currency: &str) -> String {
        self.with(lang, false, currency_word(lang, currency))
    }

    /// The unit with the currency's sign, for chart subtitles: "млн ₸", "million ₸", "тыс. $".
    pub fn sign_label(self, lang: Lang, currency: &str) -> String {
        self.with(lang, false, sign_in(lang, currency))
    }

    /// The short suffix after a number in a sentence: "млн ₸", "bn ₸", "m $".
    pub fn short(self, lang: Lang, currency: &str) -> String {
        self.with(lang, true, sign_in(lang, currency))
    }
}

/// The currency's sign, or the words for no currency in `lang`.
pub fn sign_in(lang: Lang, currency: &str) -> String {
    if currency == crate::model::NO_CURRENCY {
        no_currency(lang)
    } else {
        currency_sign(currency)
    }
}

/// "тенге"/"теңге"/"KZT" for KZT, words for no currency, else the code.
pub fn currency_word(lang: Lang, currency: &str) -> String {
    match (currency, lang) {
        ("KZT", Lang::Kk) => "теңге".into(),
        ("KZT", Lang::Ru) => "тенге".into(),
        (crate::model::NO_CURRENCY, _) => no_currency(lang),
        (c, _) => c.to_string(),
    }
}

/// Money of a currency nobody named: "ақша бірлігі", "ден. ед.", "currency units".
fn no_currency(lang: Lang) -> String {
    match lang {
        Lang::Kk => "ақша бірлігі",
        Lang::Ru => "ден. ед.",
        Lang::En => "currency units",
    }
    .into()
}

/// "₸" for KZT, "$" for USD, "€" for EUR, else the code (words for no currency).
pub fn currency_sign(currency: &str) -> String {
    match currency {
        "KZT" => "₸".into(),
        "USD" => "$".into(),
        "EUR" => "€".into(),
        "UAH" => "₴".into(),
        c => c.to_string(),
    }
}

/// A number with `dp` decimals in the language's style, rounded half away
/// from zero: `number(Lang::Ru, 41667248.84, 1)` is "41 667 248,8" with
/// no-break spaces; en gives "41,667,248.8". Negative numbers take an ASCII
/// "-", so that the text pastes into a spreadsheet as a number.
pub fn number(lang: Lang, value: Decimal, dp: u32) -> String {
    let v = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    let neg = v.is_sign_negative() && !v.is_zero();
    let s = v.abs().to_string();
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), f.to_string()),
        None => (s, String::new()),
    };
    let frac = format!("{frac:0<width$}", width = dp as usize);
    let (group, mark) = match lang {
        Lang::Kk | Lang::Ru => ('\u{a0}', ','),
        Lang::En => (',', '.'),
    };
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    push_grouped(&mut out, &int, group);
    if dp > 0 {
        out.push(mark);
        out.push_str(&frac[..dp as usize]);
    }
    out
}

/// An exact number with every digit it has, grouped in the language's
/// style: `exact(Lang::En, 1234567.5)` is "1,234,567.5". For amounts that
/// a reader checks against the file to the tiyn.
pub fn exact(lang: Lang, value: Decimal) -> String {
    let s = value.to_string();
    let (sign, s) = match s.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", s.as_str()),
    };
    let (group, mark) = match lang {
        Lang::Kk | Lang::Ru => ('\u{a0}', ','),
        Lang::En => (',', '.'),
    };
    let mut out = String::from(sign);
    match s.split_once('.') {
        Some((int, frac)) => {
            push_grouped(&mut out, int, group);
            out.push(mark);
            out.push_str(frac);
        }
        None => push_grouped(&mut out, s, group),
    }
    out
}

/// Writes the digits of an integer part with a group mark every three digits.
fn push_grouped(out: &mut String, int: &str, group: char) {
    let n = int.chars().count();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
}

/// An amount in base units shown in a display unit: one decimal for
/// thousands and above, the cents (if any) for base units.
pub fn amount(lang: Lang, value: Decimal, unit: DisplayUnit) -> String {
    let scaled = value / unit.factor();
    let dp = match unit {
        DisplayUnit::Auto | DisplayUnit::One => {
            if value.round_dp(0) == value {
                0
            } else {
                2
            }
        }
        _ => 1,
    };
    number(lang, scaled, dp)
}

/// A number as a reader sees it in a sentence or a picture, neither pasted
/// into a spreadsheet: a leading hyphen-minus becomes the minus sign (U+2212).
pub fn typeset_minus(s: String) -> String {
    match s.strip_prefix('-') {
        Some(rest) => format!("\u{2212}{rest}"),
        None => s,
    }
}

/// A percentage given as a fraction (0.321 → "32,1%" / "32.1%").
pub fn percent(lang: Lang, fraction: Decimal) -> String {
    format!("{}%", number(lang, fraction * Decimal::ONE_HUNDRED, 1))
}

/// A change in percentage points, signed ("+1,2 п.п.", "-0.4 pp").
pub fn points(lang: Lang, fraction: Decimal) -> String {
    let v = fraction * Decimal::ONE_HUNDRED;
    let s = number(lang, v, 1);
    let sign = if v.round_dp(1) > Decimal::ZERO {
        "+"
    } else {
        ""
    };
    format!("{sign}{s} {}", lang.t(&PP))
}

/// Percentage points.
pub const PP: Msg = Msg {
    kk: "п.т.",
    ru: "п.п.",
    en: "pp",
};

/// The Russian plural form for a count: 1 программа, 2 программы, 5 программ.
pub fn ru_plural(n: u64, one: &'static str, few: &'static str, many: &'static str) -> &'static str {
    let (n10, n100) = (n % 10, n % 100);
    if n10 == 1 && n100 != 11 {
        one
    } else if (2..=4).contains(&n10) && !(12..=14).contains(&n100) {
        few
    } else {
        many
    }
}

/// The text with its first letter upper-case: a phrase begun as a sentence.
pub fn upper_first(text: &str) -> String {
    let mut c = text.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn groups() {
        let g = |s: &str| exact(Lang::En, d(s));
        assert_eq!(g("1234567.5"), "1,234,567.5");
        assert_eq!(g("-100"), "-100");
        assert_eq!(g("-1000"), "-1,000");
        assert_eq!(g("999"), "999");
        assert_eq!(g("41667248800"), "41,667,248,800");
        assert_eq!(exact(Lang::Kk, d("-1234.500")), "-1\u{a0}234,500");
    }

    #[test]
    fn numbers_in_each_language() {
        assert_eq!(
            number(Lang::Ru, d("41667248.84"), 1),
            "41\u{a0}667\u{a0}248,8"
        );
        assert_eq!(number(Lang::En, d("41667248.84"), 1), "41,667,248.8");
        assert_eq!(number(Lang::Kk, d("-1234.55"), 1), "-1\u{a0}234,6");
        assert_eq!(number(Lang::En, d("999.95"), 1), "1,000.0");
        assert_eq!(number(Lang::En, d("-0.04"), 1), "0.0");
        assert_eq!(number(Lang::En, d("12"), 0), "12");
        assert_eq!(number(Lang::En, d("123456"), 0), "123,456");
        assert_eq!(
            amount(Lang::En, d("34001292600"), DisplayUnit::Million),
            "34,001.3"
        );
        assert_eq!(amount(Lang::En, d("1500.5"), DisplayUnit::One), "1,500.50");
        assert_eq!(percent(Lang::Ru, d("0.3214")), "32,1%");
        assert_eq!(points(Lang::En, d("0.0125")), "+1.3 pp");
        assert_eq!(points(Lang::Ru, d("-0.004")), "-0,4 п.п.");
    }

    #[test]
    fn units_resolve_from_the_largest_amount() {
        assert_eq!(DisplayUnit::Auto.resolve(d("999999")), DisplayUnit::One);
        assert_eq!(
            DisplayUnit::Auto.resolve(d("-5000000")),
            DisplayUnit::Thousand
        );
        assert_eq!(
            DisplayUnit::Auto.resolve(d("34001292600")),
            DisplayUnit::Million
        );
        assert_eq!(DisplayUnit::Million.label(Lang::Ru, "KZT"), "млн тенге");
        assert_eq!(DisplayUnit::Thousand.label(Lang::Kk, "KZT"), "мың теңге");
        assert_eq!(DisplayUnit::Billion.short(Lang::En, "KZT"), "bn ₸");
        assert_eq!(DisplayUnit::Million.sign_label(Lang::Kk, "KZT"), "млн ₸");
        assert_eq!(
            DisplayUnit::Million.sign_label(Lang::En, "KZT"),
            "million ₸"
        );
        assert_eq!(DisplayUnit::One.sign_label(Lang::En, "USD"), "$");
        assert_eq!(DisplayUnit::Thousand.label(Lang::En, "USD"), "thousand USD");
    }

    #[test]
    fn russian_plurals() {
        let p = |n| ru_plural(n, "программа", "программы", "программ");
        assert_eq!(
            [1, 2, 5, 11, 12, 21, 22, 25, 111, 104].map(p),
            [
                "программа",
                "программы",
                "программ",
                "программ",
                "программ",
                "программа",
                "программы",
                "программ",
                "программ",
                "программы"
            ]
        );
    }

    #[test]
    fn language_of_a_header() {
        assert_eq!(
            Lang::of_text("Бюджеттік бағдарламалар әкімшісі"),
            Some(Lang::Kk)
        );
        assert_eq!(Lang::of_text("Утвержденный бюджет"), Some(Lang::Ru));
        assert_eq!(Lang::of_text("FY25 Budget"), Some(Lang::En));
        assert_eq!(Lang::of_text("2024"), None);
        assert_eq!(Lang::of_text("Заробітна плата"), None);
        assert_eq!(Lang::of_text("Інші виплати населенню, їх"), None);
        assert_eq!(Lang::of_text("Білім беру"), None);
        assert_eq!(Lang::of_text("Әлеуметтік көмек"), Some(Lang::Kk));
    }
}
