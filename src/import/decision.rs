//! A maslikhat decision's own text, in Russian or Kazakh: whether it
//! approves a budget or amends the decision that did, its date and number,
//! the years it is for, and the headline figures point 1 states in prose
//! ("1) доходы – 4 123 847,6 тысяч тенге, в том числе по: налоговым
//! поступлениям – 949 727,0 тысяч тенге; ... 2) затраты – ..."; "1)
//! кірістер – 6 624 123 мың теңге: салықтық түсімдер – ..."). Each figure
//! carries its own unit ("0 тенге" beside "тысяч тенге"); a figure whose
//! unit is not written is not taken.

use super::header;
use super::number::{parse_text, DecimalMark, Parsed};
use crate::i18n::import::*;
use crate::i18n::Text;
use crate::model::{Budget, Direction, PublishedTotal, Stage, RULE_STATED};
use crate::said;
use rust_decimal::Decimal;

/// A headline figure of point 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Headline {
    /// Доходы, кірістер.
    Revenue,
    /// Налоговые поступления (category 1).
    Tax,
    /// Неналоговые поступления (category 2).
    NonTax,
    /// Поступления от продажи основного капитала (category 3).
    CapitalSales,
    /// Поступления трансфертов (category 4).
    Transfers,
    /// Затраты, шығындар.
    Expenditure,
    /// Чистое бюджетное кредитование.
    NetLending,
    /// Бюджетные кредиты.
    Loans,
    /// Погашение бюджетных кредитов.
    LoanRepayments,
    /// Сальдо по операциям с финансовыми активами.
    FinancialAssets,
    /// Приобретение финансовых активов.
    AssetPurchases,
    /// Поступления от продажи финансовых активов государства.
    AssetSales,
    /// Дефицит (профицит) бюджета.
    Balance,
    /// Финансирование дефицита (использование профицита).
    Financing,
    /// Поступление займов.
    Borrowing,
    /// Погашение займов.
    Repayment,
    /// Используемые остатки бюджетных средств.
    CashBalances,
}

/// What a decision's text says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Decision {
    /// It amends an earlier decision ("О внесении изменений в решение ...",
    /// "... шешіміне өзгерістер енгізу туралы"); else it approves.
    pub amends: bool,
    /// Its own date, (year, month, day).
    pub date: Option<(i32, u32, u32)>,
    /// Its own number ("12/3", "34-1").
    pub number: Option<String>,
    /// The decision it amends: its date and number, when the text cites them.
    pub amended: Option<((i32, u32, u32), String)>,
    /// The budget's years ("на 2025-2027 годы"), first and last.
    pub years: Option<(i32, i32)>,
    /// The headline figures, in the order written.
    pub figures: Vec<Figure>,
    /// How many budgets' figures the text states (a decision on several
    /// rural districts' budgets states one block each).
    pub blocks: u32,
}

/// One figure of point 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// Which headline it is.
    pub what: Headline,
    /// The year it is for ("в том числе на 2025 год", "2025 жылға").
    pub year: i32,
    /// The block of figures it belongs to, 0 for the first budget.
    pub block: u32,
    /// The amount in tenge (its unit applied).
    pub amount: Decimal,
    /// The phrase as written ("доходы – 4 123 847,6 тысяч тенге").
    pub text: String,
    /// 0-based index of its paragraph in the text.
    pub paragraph: u32,
}

impl Headline {
    /// The lines a figure sums, when the annex holds them: the side, and
    /// the receipts category its codes start with (`None`: every line).
    fn covers(self) -> Option<(Direction, Option<&'static str>)> {
        match self {
            Headline::Revenue => Some((Direction::Revenue, None)),
            Headline::Tax => Some((Direction::Revenue, Some("1"))),
            Headline::NonTax => Some((Direction::Revenue, Some("2"))),
            Headline::CapitalSales => Some((Direction::Revenue, Some("3"))),
            Headline::Transfers => Some((Direction::Revenue, Some("4"))),
            Headline::Expenditure => Some((Direction::Expenditure, None)),
            _ => None,
        }
    }
}

/// Headline names as stems of the folded label, most specific first: the
/// first entry all of whose stems the label holds names it.
const HEADLINES: &[(&[&str], Headline)] = &[
    (&["ненал"], Headline::NonTax),
    (&["салықтық емес"], Headline::NonTax),
    (&["основного капитала"], Headline::CapitalSales),
    (&["негізгі капитал"], Headline::CapitalSales),
    (&["продажи финансовых активов"], Headline::AssetSales),
    (&["активтерін сату"], Headline::AssetSales),
    (
        &["приобретение финансовых активов"],
        Headline::AssetPurchases,
    ),
    (&["активтерін сатып алу"], Headline::AssetPurchases),
    (&["сальдо"], Headline::FinancialAssets),
    (&["налог", "поступ"], Headline::Tax),
    (&["салықтық", "түсім"], Headline::Tax),
    (&["трансферт"], Headline::Transfers),
    (&["погашение бюджетных кредитов"], Headline::LoanRepayments),
    (&["кредиттерді өтеу"], Headline::LoanRepayments),
    (&["чистое бюджетное кредитование"], Headline::NetLending),
    (&["таза бюджеттік кредит"], Headline::NetLending),
    (&["бюджетные кредиты"], Headline::Loans),
    (&["бюджеттік кредиттер"], Headline::Loans),
    (&["финансирование дефицита"], Headline::Financing),
    (&["использование профицита"], Headline::Financing),
    (&["тапшылығын қаржыландыру"], Headline::Financing),
    (&["профицитін пайдалану"], Headline::Financing),
    (&["дефицит"], Headline::Balance),
    (&["профицит"], Headline::Balance),
    (&["тапшылығы"], Headline::Balance),
    (&["погашение займов"], Headline::Repayment),
    (&["қарыздарды өтеу"], Headline::Repayment),
    (&["займов"], Headline::Borrowing),
    (&["қарыздар түсім"], Headline::Borrowing),
    (&["остатки бюджетных средств"], Headline::CashBalances),
    (&["қаражатының қалдықтары"], Headline::CashBalances),
    (&["доход"], Headline::Revenue),
    (&["кіріс"], Headline::Revenue),
    (&["затрат"], Headline::Expenditure),
    (&["расход"], Headline::Expenditure),
    (&["шығын"], Headline::Expenditure),
    (&["шығыс"], Headline::Expenditure),
];

/// A label longer than this many words is prose, not a headline.
const MAX_LABEL_WORDS: usize = 9;

/// Reads a decision's paragraphs (the text outside its tables, in order).
/// `None` when the text is no budget decision: it names no budget and
/// states no headline figure.
pub fn read(paragraphs: &[String]) -> Option<Decision> {
    let mut d = Decision::default();
    let mut title_seen = false;
    for p in paragraphs.iter().take(40) {
        let f = header::fold(p);
        if !f.contains("бюджет") {
            continue;
        }
        let amending = [
            "внесении изменени",
            "внесение изменени",
            "өзгерістер енгізу",
            "өзгеріс енгізу",
            "өзгерістер мен толықтырулар енгізу",
        ]
        .iter()
        .any(|w| f.contains(w));
        if amending {
            d.amends = true;
            if d.amended.is_none() {
                d.amended = dated_number(&f);
            }
        }
        if !title_seen && (f.contains("туралы") || f.starts_with("о ") || amending) {
            title_seen = true;
            d.years = d.years.or_else(|| years_range(&f));
        }
    }
    // Its own date and number: the first dated number that is not the one
    // it amends.
    d.date_and_number(paragraphs);
    let (mut year, mut block, mut seen) = (None::<i32>, 0u32, Vec::<Headline>::new());
    for (i, p) in paragraphs.iter().enumerate() {
        for clause in p.split([';', ':', '\n']) {
            let f = header::fold(clause);
            if let Some(y) = single_year(&f) {
                if figure(clause).is_none() {
                    year = Some(y);
                }
            }
            if d.years.is_none() {
                d.years = years_range(&f);
            }
            let Some((what, amount, text)) = figure(clause) else {
                continue;
            };
            let Some(y) = year.or(d.years.map(|(a, _)| a)) else {
                continue;
            };
            if seen.contains(&what) {
                block += 1;
                seen.clear();
            }
            seen.push(what);
            d.figures.push(Figure {
                what,
                year: y,
                block,
                amount,
                text,
                paragraph: i as u32,
            });
        }
    }
    d.blocks = d.figures.last().map_or(0, |f| f.block + 1);
    let names_budget = title_seen || d.date.is_some();
    (names_budget || !d.figures.is_empty()).then_some(d)
}

impl Decision {
    /// The stage of the amounts its annexes give with no stage of their
    /// own: approved, or revised by an amending decision.
    pub fn stage(&self) -> Stage {
        if self.amends {
            Stage::Revised
        } else {
            Stage::Approved
        }
    }

    /// "№ 15/2 of 14.03.2025" as the decision names itself; "" when it
    /// gives neither.
    pub fn name(&self) -> String {
        let date = self.date.map(super::releases::date_text);
        match (&self.number, date) {
            (Some(n), Some(d)) => format!("№ {n}, {d}"),
            (Some(n), None) => format!("№ {n}"),
            (None, Some(d)) => d,
            (None, None) => String::new(),
        }
    }

    /// Whence the stage of its annexes' amounts, for the reasons shown.
    pub fn whence(&self) -> Text {
        match self.amends {
            true => said!(WHENCE_DECISION_AMENDS, d = self.name()),
            false => said!(WHENCE_DECISION_APPROVES, d = self.name()),
        }
    }

    /// Checks point 1's figures against the lines the file's annexes gave
    /// (`budget.lines[first_line..]`): each figure that sums lines becomes a
    /// published total in a sheet of its own named for the decision.
    /// Returns what the import says about it.
    pub fn check(&self, budget: &mut Budget, first_line: usize) -> Vec<Text> {
        let mut said = vec![match (self.amends, &self.amended) {
            (true, Some((date, n))) => said!(
                DECISION_AMENDS,
                d = self.name(),
                of = format!("№ {n}, {}", super::releases::date_text(*date))
            ),
            (true, None) => said!(DECISION_AMENDS_ONE, d = self.name()),
            (false, _) => said!(
                DECISION_APPROVES,
                d = self.name(),
                years = self
                    .years
                    .map(|(a, z)| format!("{a}-{z}"))
                    .unwrap_or_default()
            ),
        }];
        if self.blocks > 1 {
            said.push(said!(DECISION_BLOCKS, n = self.blocks));
            return said;
        }
        said.extend(self.arithmetic());
        let stage = self.stage();
        let source = budget.sources.len().saturating_sub(1) as u32;
        let sheet = budget.sheets.len() as u32;
        let mut totals = Vec::new();
        let mut unchecked: Vec<i32> = Vec::new();
        for f in &self.figures {
            let Some((direction, category)) = f.what.covers() else {
                continue;
            };
            let mut any_side = false;
            let (mut sum, mut n) = (Decimal::ZERO, 0u32);
            for l in &budget.lines[first_line..] {
                let item = &budget.items[l.item as usize];
                if (l.year, l.stage) != (f.year, stage) {
                    continue;
                }
                any_side |= item.direction == direction;
                let in_category = category.is_none_or(|c| {
                    item.code
                        .split(' ')
                        .next()
                        .map(|p| p.trim_start_matches('0'))
                        == Some(c)
                });
                if item.direction == direction && in_category {
                    sum = sum.saturating_add(l.amount.unwrap_or_default());
                    n += 1;
                }
            }
            if !any_side {
                if !unchecked.contains(&f.year) {
                    unchecked.push(f.year);
                }
                continue;
            }
            totals.push(PublishedTotal {
                direction,
                source,
                sheet,
                label: f.text.clone(),
                code: category.unwrap_or_default().to_string(),
                rule: RULE_STATED,
                year: f.year,
                stage,
                published: f.amount,
                computed: sum,
                lines: n,
                row: f.paragraph,
                col: 0,
                span: None,
            });
        }
        for y in unchecked {
            said.push(said!(
                DECISION_NO_LINES,
                y = y,
                stage = crate::i18n::why::stage_text(stage)
            ));
        }
        for t in totals.iter().filter(|t| t.differs()) {
            let (p, c) = (t.published, t.computed);
            said.push(said!(
                DECISION_DIFFERS,
                label = t.label.as_str(),
                p = Text::each(move |l| crate::i18n::exact(l, p)),
                c = Text::each(move |l| crate::i18n::exact(l, c)),
                n = t.lines,
                d = Text::each(move |l| crate::i18n::exact(l, p - c))
            ));
        }
        if !totals.is_empty() {
            // The decision's text is a "sheet" of its own, named for it.
            budget.sheets.push(self.name());
            budget.totals.extend(totals);
        }
        said
    }

    /// Point 1's own arithmetic, for each year it states: revenue is its
    /// four categories; net lending is loans less repayments; the balance
    /// is revenue less expenditure, net lending and financial assets; the
    /// financing is the balance turned round, and borrowing less repayment
    /// plus balances used. A sum that does not hold is said with both
    /// numbers; one whose figures are not all stated is not checked.
    fn arithmetic(&self) -> Vec<Text> {
        use Headline::*;
        const SUMS: &[(Headline, &[(Headline, i8)])] = &[
            (
                Revenue,
                &[(Tax, 1), (NonTax, 1), (CapitalSales, 1), (Transfers, 1)],
            ),
            (NetLending, &[(Loans, 1), (LoanRepayments, -1)]),
            (FinancialAssets, &[(AssetPurchases, 1), (AssetSales, -1)]),
            (
                Balance,
                &[
                    (Revenue, 1),
                    (Expenditure, -1),
                    (NetLending, -1),
                    (FinancialAssets, -1),
                ],
            ),
            (Financing, &[(Balance, -1)]),
            (
                Financing,
                &[(Borrowing, 1), (Repayment, -1), (CashBalances, 1)],
            ),
        ];
        let mut years: Vec<i32> = self.figures.iter().map(|f| f.year).collect();
        years.dedup();
        let mut out = Vec::new();
        for y in years {
            let of = |h: Headline| {
                self.figures
                    .iter()
                    .find(|f| f.year == y && f.block == 0 && f.what == h)
            };
            for (whole, parts) in SUMS {
                let Some(w) = of(*whole) else { continue };
                let Some(sum) = parts.iter().try_fold(Decimal::ZERO, |s, &(h, sign)| {
                    of(h).map(|f| s + f.amount * Decimal::from(sign))
                }) else {
                    continue;
                };
                if sum != w.amount {
                    let (stated, made) = (w.amount, sum);
                    out.push(said!(
                        DECISION_ARITHMETIC,
                        label = w.text.as_str(),
                        p = Text::each(move |l| crate::i18n::exact(l, stated)),
                        c = Text::each(move |l| crate::i18n::exact(l, made))
                    ));
                }
            }
        }
        out
    }

    fn date_and_number(&mut self, paragraphs: &[String]) {
        for p in paragraphs.iter().take(40) {
            let f = header::fold(p);
            let mut from = 0;
            while let Some(at) = f[from..].find('№').map(|i| i + from) {
                if let Some(found) = dated_number_at(&f, at) {
                    if self.amended.as_ref() != Some(&found) {
                        self.date = Some(found.0);
                        self.number = Some(found.1);
                        return;
                    }
                }
                from = at + '№'.len_utf8();
            }
        }
    }
}

/// The first "от 25 декабря 2024 года № 12/3" / "2024 жылғы 25
/// желтоқсандағы № 12/3" of a folded text.
fn dated_number(folded: &str) -> Option<((i32, u32, u32), String)> {
    dated_number_at(folded, folded.find('№')?)
}

/// The date and number the "№" at byte `at` of a folded text closes.
fn dated_number_at(folded: &str, at: usize) -> Option<((i32, u32, u32), String)> {
    let number: String = folded[at + '№'.len_utf8()..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '/' | '-' | '.'))
        .collect();
    let number = number.trim_end_matches(['.', '-']).to_string();
    if number.is_empty() || !number.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // The 60 characters before the "№" (walked back, not the whole text:
    // a text of many "№" stays linear).
    let start = folded[..at]
        .char_indices()
        .rev()
        .nth(59)
        .map_or(0, |(i, _)| i);
    let window = &folded[start..at];
    // The date closest to the number: after the last " от ", or from the
    // year of "2024 жылғы".
    let date_text = match (window.rfind(" от "), window.rfind("жылғы")) {
        (Some(i), _) => window[i..].to_string(),
        (None, Some(j)) => {
            let head = &window[..j];
            let start = head
                .trim_end()
                .rfind(|c: char| !c.is_ascii_digit())
                .map_or(0, |k| k + 1);
            window[start..].to_string()
        }
        _ => return None,
    };
    let date = super::probe::date_in(&date_text)?;
    Some((date, number))
}

/// "2025-2027" (годы, жылдарға) in a folded text.
fn years_range(folded: &str) -> Option<(i32, i32)> {
    let b = folded.as_bytes();
    (0..b.len().saturating_sub(8)).find_map(|i| {
        let a = folded.get(i..i + 4)?;
        let sep = b[i + 4];
        let z = folded.get(i + 5..i + 9)?;
        let ok = |s: &str| s.bytes().all(|c| c.is_ascii_digit());
        let bounded = i == 0 || !b[i - 1].is_ascii_digit();
        let after = b.get(i + 9).is_none_or(|c| !c.is_ascii_digit());
        if bounded && after && (sep == b'-' || sep == b'/') && ok(a) && ok(z) {
            let (a, z): (i32, i32) = (a.parse().ok()?, z.parse().ok()?);
            ((1990..2100).contains(&a) && z > a && z - a <= 5).then_some((a, z))
        } else {
            None
        }
    })
}

/// The one year a folded clause is for: "на 2025 год", "2025 жылға".
fn single_year(folded: &str) -> Option<i32> {
    let words: Vec<&str> = folded.split_whitespace().collect();
    words.windows(2).find_map(|w| {
        let y = w[0].trim_start_matches(['(', '«', '"']);
        let next = w[1];
        let year_word = ["год", "году", "жылға", "жылы", "жылғы"]
            .iter()
            .any(|g| next.trim_end_matches([',', '.', ')']) == *g);
        (y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit()) && year_word)
            .then(|| y.parse().ok())
            .flatten()
            .filter(|y| (1990..2100).contains(y))
    })
}

/// A clause "1) доходы – 4 123 847,6 тысяч тенге, в том числе по" as a
/// headline, its amount in tenge and the phrase.
fn figure(clause: &str) -> Option<(Headline, Decimal, String)> {
    // No-break spaces are spaces here ("доходы&nbsp;– 1&nbsp;300,0").
    let clause = clause.replace(['\u{a0}', '\u{202f}'], " ");
    let clause = clause.trim().trim_start_matches(['"', '«', '“']);
    // "1) ", "2. " before the label.
    let body = match clause.find([')', '.']) {
        Some(i) if i <= 3 && clause[..i].bytes().all(|b| b.is_ascii_digit()) => {
            clause[i + 1..].trim_start()
        }
        _ => clause,
    };
    let (at, dash) = body
        .char_indices()
        .find(|&(i, c)| matches!(c, '–' | '—' | '-') && body[..i].ends_with(' '))?;
    let label = header::fold(&body[..at]);
    let label = label.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let words = label.split_whitespace().count();
    if words == 0 || words > MAX_LABEL_WORDS {
        return None;
    }
    let what = HEADLINES
        .iter()
        .find(|(stems, _)| stems.iter().all(|s| label.contains(s)))
        .map(|(_, h)| *h)?;
    let rest = body[at + dash.len_utf8()..].trim_start();
    // A second dash right after the first is the minus sign: "– –555,7".
    let (minus, rest) = match rest.chars().next() {
        Some(c @ ('–' | '—' | '−' | '-')) => (true, &rest[c.len_utf8()..]),
        _ => (false, rest),
    };
    let end = rest
        .find(|c: char| {
            !(c.is_ascii_digit() || matches!(c, ' ' | '\u{a0}' | '\u{202f}' | ',' | '.'))
        })
        .unwrap_or(rest.len());
    let digits = rest[..end].trim_end_matches([' ', '\u{a0}', '\u{202f}', ',', '.']);
    let unit_text = &rest[digits.len()..];
    let unit_text = unit_text.split(',').next().unwrap_or("");
    let factor = match header::unit_in(unit_text) {
        Some(u) => u.factor,
        None if ["тенге", "теңге", "тг"]
            .iter()
            .any(|w| header::fold(unit_text).split_whitespace().next() == Some(w)) =>
        {
            Decimal::ONE
        }
        None => return None,
    };
    let Parsed::Number(n) = parse_text(digits, DecimalMark::Comma) else {
        return None;
    };
    let amount = if minus { -n } else { n }.checked_mul(factor)?.normalize();
    // The phrase: the label, the amount and its unit, not "в том числе".
    // `rest` is the tail of `body`: the phrase ends after the unit.
    let end = body.len() - rest.len() + digits.len() + unit_text.len();
    let text: String = body[..end].trim().chars().take(120).collect();
    Some((what, amount, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(text: &str) -> Vec<String> {
        text.lines()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect()
    }

    #[test]
    fn an_approving_decision_in_russian() {
        let d = read(&paras(
            "О бюджете Сарыаркинского района на 2025-2027 годы\n\
             Решение маслихата Сарыаркинского района от 25 декабря 2024 года № 12/3\n\
             Маслихат района РЕШИЛ:\n\
             1. Утвердить районный бюджет на 2025-2027 годы согласно приложениям 1, 2 и 3 соответственно, в том числе на 2025 год в следующих объемах:\n\
             1) доходы – 4 123 847,6 тысяч тенге, в том числе по:\n\
             налоговым поступлениям – 949 727,0 тысяч тенге;\n\
             неналоговым поступлениям – 12 000 тысяч тенге;\n\
             поступлениям от продажи основного капитала – 0 тенге;\n\
             поступлениям трансфертов – 3 162 120,6 тысяч тенге;\n\
             2) затраты – 4 953 926,9 тысяч тенге;\n\
             5) дефицит (профицит) бюджета – -830 079,3 тысяч тенге;",
        ))
        .unwrap();
        assert!(!d.amends);
        assert_eq!(d.date, Some((2024, 12, 25)));
        assert_eq!(d.number.as_deref(), Some("12/3"));
        assert_eq!(d.years, Some((2025, 2027)));
        let got: Vec<(Headline, i32, Decimal)> = d
            .figures
            .iter()
            .map(|f| (f.what, f.year, f.amount))
            .collect();
        let k = |s: &str| s.parse::<Decimal>().unwrap() * Decimal::from(1000);
        assert_eq!(
            got,
            vec![
                (Headline::Revenue, 2025, k("4123847.6")),
                (Headline::Tax, 2025, k("949727.0")),
                (Headline::NonTax, 2025, k("12000")),
                (Headline::CapitalSales, 2025, Decimal::ZERO),
                (Headline::Transfers, 2025, k("3162120.6")),
                (Headline::Expenditure, 2025, k("4953926.9")),
                (Headline::Balance, 2025, -k("830079.3")),
            ]
        );
        assert_eq!(d.figures[0].text, "доходы – 4 123 847,6 тысяч тенге");
        assert_eq!(d.figures[0].paragraph, 4);
        assert_eq!(d.blocks, 1);
    }

    #[test]
    fn an_amending_decision_in_kazakh() {
        let d = read(&paras(
            "Аудандық мәслихаттың 2024 жылғы 25 желтоқсандағы № 12/3 \"2025-2027 жылдарға арналған аудандық бюджет туралы\" шешіміне өзгерістер енгізу туралы\n\
             Қарағанды облысы аудандық мәслихатының 2025 жылғы 14 наурыздағы № 15/2 шешімі\n\
             1. 2025-2027 жылдарға арналған аудандық бюджет тиісінше 1, 2 және 3-қосымшаларға сәйкес, оның ішінде 2025 жылға мынадай көлемдерде бекітілсін:\n\
             1) кірістер – 6 624 123 мың теңге, оның ішінде:\n\
             салықтық түсімдер – 1 000 000 мың теңге;\n\
             салықтық емес түсімдер – 24 123 мың теңге;\n\
             негізгі капиталды сатудан түсетін түсімдер – 100 000 мың теңге;\n\
             трансферттер түсімі – 5 500 000 мың теңге;\n\
             2) шығындар – 6 900 000,5 мың теңге;\n\
             3) таза бюджеттік кредиттеу – 0 теңге;\n\
             6) бюджет тапшылығын қаржыландыру (профицитін пайдалану) – 275 877,5 мың теңге.",
        ))
        .unwrap();
        assert!(d.amends);
        assert_eq!(d.amended, Some(((2024, 12, 25), "12/3".to_string())));
        assert_eq!(d.date, Some((2025, 3, 14)));
        assert_eq!(d.number.as_deref(), Some("15/2"));
        assert_eq!(d.years, Some((2025, 2027)));
        let whats: Vec<Headline> = d.figures.iter().map(|f| f.what).collect();
        assert_eq!(
            whats,
            [
                Headline::Revenue,
                Headline::Tax,
                Headline::NonTax,
                Headline::CapitalSales,
                Headline::Transfers,
                Headline::Expenditure,
                Headline::NetLending,
                Headline::Financing
            ]
        );
        assert_eq!(
            d.figures[5].amount,
            "6900000500".parse::<Decimal>().unwrap()
        );
        assert!(d.figures.iter().all(|f| f.year == 2025));
    }

    #[test]
    fn prose_and_unitless_figures_are_not_headlines() {
        let d = read(&paras(
            "О бюджете города на 2025-2027 годы\n\
             2. Учесть, что в бюджете города на 2025 год предусмотрены поступления трансфертов из областного бюджета – 300 000 тысяч тенге.\n\
             1) доходы – 4 123 847,6;\n\
             2) затраты – 100 тысяч тенге;\n\
             3) затраты – 200 тысяч тенге;",
        ))
        .unwrap();
        // The prose clause is too long a label; the revenue figure names no
        // unit; a second "затраты" starts a second budget's block.
        let got: Vec<(Headline, u32)> = d.figures.iter().map(|f| (f.what, f.block)).collect();
        assert_eq!(
            got,
            [(Headline::Expenditure, 0), (Headline::Expenditure, 1)]
        );
        assert_eq!(d.blocks, 2);
        assert!(read(&paras("Протокол заседания\nПрисутствовали 12 человек")).is_none());
        // A text of many "№" and dashes is read in linear time, and names no decision.
        let noise = format!("О бюджете {}", "от 1 мая 2024 года № – 5 ".repeat(100_000));
        let d = read(&[noise]).unwrap();
        assert_eq!((d.number, d.figures.len()), (None, 0));
    }
}
