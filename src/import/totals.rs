//! Total rows: found, kept out of the lines, and checked.
//!
//! Governments print subtotals among the lines they add up. A row is a
//! published total when its label says so ("Итого", "Всего", "Барлығы",
//! "Жиыны", "Total", "Subtotal", "II. Затраты"), when its code is the parent of
//! the rows below it (a functional group row before its programs), or, in a
//! table without codes, when every amount equals the sum of the rows just
//! above it. Totals never become lines, so nothing is counted twice; each is
//! kept with its cell and compared with the sum of the lines it covers.
//!
//! Rows stream through a [`Tracker`]: with codes, a row waits until the next
//! one shows whether it has children, so the sheet is still read once.

use rust_decimal::Decimal;

/// One data row, parsed, before it is known to be a line or a total; `T`
/// is what the caller carries along (names, dimensions, cell markers).
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedRow<T = ()> {
    /// 0-based sheet row.
    pub row: u32,
    /// The code path, one part per level (empty when the row has no code).
    pub path: Vec<String>,
    /// The label shown for the row (its name, else its first text).
    pub label: String,
    /// Amounts, one per amount column of the layout (already scaled).
    pub amounts: Vec<Option<Decimal>>,
    /// The caller's data.
    pub data: T,
}

/// How a total was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Its label ("Итого", "Total").
    Label,
    /// Its code heads the codes below it.
    Code,
    /// Its amounts equal the sum of the rows above it.
    Arithmetic,
    /// Set as a heading, its amounts equal the sum of the rows below it, up
    /// to the next heading (a national total above its regions).
    ArithmeticBelow,
    /// Its name heads the names indented below it.
    Indent,
}

impl Rule {
    /// A word for reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Label => "label",
            Rule::Code => "code",
            Rule::Arithmetic => "sum of the rows above",
            Rule::ArithmeticBelow => "sum of the rows below",
            Rule::Indent => "indentation",
        }
    }
}

/// A total row found, with what the lines under it add up to.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundTotal<T = ()> {
    /// The parsed row.
    pub row: ParsedRow<T>,
    /// How it was recognised.
    pub rule: Rule,
    /// Sum of the covered lines, per amount column.
    pub computed: Vec<Decimal>,
    /// Number of lines covered.
    pub lines: u32,
    /// First and last 0-based rows covered, when any.
    pub span: Option<(u32, u32)>,
}

/// The kind of total a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LabelKind {
    /// Covers the lines since the previous subtotal.
    Sub,
    /// Covers every line of the sheet.
    Grand,
}

fn label_kind(label: &str) -> Option<LabelKind> {
    // This runs on every row of every sheet: reject the ordinary label on
    // its first three letters before any word splitting.
    let trimmed = label.trim_start_matches(|c: char| !c.is_alphanumeric());
    let first5: String = trimmed
        .chars()
        .take(5)
        .flat_map(char::to_lowercase)
        .collect();
    const STARTS: &[&str] = &[
        "subto",
        "sub-t",
        "итого",
        "проме",
        "всего",
        "барлы",
        "жиыны",
        "жиынт",
        "total",
        "grand",
        "всьог",
        "разом",
    ];
    let roman = first5
        .split_once('.')
        .is_some_and(|(r, _)| !r.is_empty() && r.chars().all(|c| matches!(c, 'i' | 'v' | 'x')));
    let starts_like = STARTS
        .iter()
        .any(|w| first5.starts_with(w) || w.starts_with(first5.as_str()));
    if !roman && !starts_like && !label.contains("otal") && !label.contains("OTAL") {
        return None;
    }
    let head: String = label
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .take(48)
        .flat_map(char::to_lowercase)
        .collect();
    let t = head.as_str();
    let starts = |w: &str| {
        t.strip_prefix(w)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
    };
    if starts("subtotal")
        || starts("sub-total")
        || starts("итого по")
        || t.starts_with("промежуточн")
    {
        return Some(LabelKind::Sub);
    }
    let words = || {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|s| !s.is_empty())
    };
    if words().any(|w| w == "subtotal") {
        return Some(LabelKind::Sub);
    }
    if starts("итого")
        || starts("всего")
        || starts("барлығы")
        || starts("жиыны")
        || starts("жиынтығы")
        || starts("total")
        || starts("grand total")
        || starts("всього")
        || starts("разом")
        || words().any(|w| w == "total")
    {
        return Some(LabelKind::Grand);
    }
    // Part headings of a maslikhat decision: "II. Затраты", "I. Доходы".
    let roman: String = t
        .chars()
        .take_while(|c| matches!(c, 'i' | 'v' | 'x'))
        .collect();
    if !roman.is_empty() && t[roman.len()..].starts_with(". ") {
        return Some(LabelKind::Grand);
    }
    None
}

/// A total still collecting the lines under it.
#[derive(Debug)]
struct Open<T> {
    total: FoundTotal<T>,
}

/// Most headings waiting at once for the rows below them to add up (a
/// national total, a district, a province: three levels and one to spare).
const MAX_ABOVE: usize = 4;

/// Most rows above a row that are tried as the span of an arithmetic subtotal.
const MAX_RUN: usize = 200;

/// Sorts rows into lines and totals as they stream by.
#[derive(Debug)]
pub struct Tracker<T = ()> {
    ncols: usize,
    /// When rows carry paths (codes or indented names): the rule a row
    /// heading the rows below is found by.
    hierarchy: Option<Rule>,
    pending: Option<ParsedRow<T>>,
    open: Vec<Open<T>>,
    all: (Vec<Decimal>, u32, Option<(u32, u32)>),
    since_sub: (Vec<Decimal>, u32, Option<(u32, u32)>),
    run: Vec<(u32, Vec<Option<Decimal>>)>,
    heading: Option<Open<T>>,
    /// Rows set as headings that may be the totals of the rows below them,
    /// outermost first; each is decided when a heading ends its rows.
    above: Vec<Open<T>>,
    /// Set once capitals turn out to be the sheet's style, not headings.
    no_above: bool,
    /// Totals found, in sheet order of closing.
    pub totals: Vec<FoundTotal<T>>,
    /// Rows kept as lines although their one amount equals the sum of the
    /// rows just above: (row, label, first and last row of those above).
    pub coincidences: Vec<(u32, String, (u32, u32))>,
}

/// Whether a label is set like a heading: words in capitals
/// ("ЦЕНТРАЛЬНЫЙ ФЕДЕРАЛЬНЫЙ ОКРУГ"), or no label at all (a bare sum row).
fn heading_like(label: &str) -> bool {
    let upper = label.chars().filter(|c| c.is_uppercase()).count();
    label.trim().is_empty() || (upper >= 2 && !label.chars().any(char::is_lowercase))
}

fn widen(span: Option<(u32, u32)>, row: u32) -> Option<(u32, u32)> {
    Some(match span {
        None => (row, row),
        Some((a, b)) => (a.min(row), b.max(row)),
    })
}

impl<T> Tracker<T> {
    /// A tracker for `ncols` amount columns; `hierarchy` when rows carry code paths.
    pub fn new(ncols: usize, hierarchy: Option<Rule>) -> Self {
        Tracker {
            ncols,
            hierarchy,
            pending: None,
            open: Vec::new(),
            all: (vec![Decimal::ZERO; ncols], 0, None),
            since_sub: (vec![Decimal::ZERO; ncols], 0, None),
            run: Vec::new(),
            heading: None,
            above: Vec::new(),
            no_above: false,
            totals: Vec::new(),
            coincidences: Vec::new(),
        }
    }

    fn found(
        &self,
        row: ParsedRow<T>,
        rule: Rule,
        acc: &(Vec<Decimal>, u32, Option<(u32, u32)>),
    ) -> FoundTotal<T> {
        FoundTotal {
            row,
            rule,
            computed: acc.0.clone(),
            lines: acc.1,
            span: acc.2,
        }
    }

    /// Takes a row; rows known to be lines are appended to `out`.
    pub fn push(&mut self, r: ParsedRow<T>, out: &mut Vec<ParsedRow<T>>) {
        if let Some(kind) = label_kind(&r.label) {
            self.decide_above(out, true);
            // A labelled total ends any code group waiting for children.
            self.flush_pending(out);
            self.close_open(&[], true);
            if kind == LabelKind::Grand && self.all.1 == 0 {
                // A total printed above the lines it sums ("II. Затраты" at
                // the top of a maslikhat decision): it covers what follows.
                self.close_heading();
                self.heading = Some(Open {
                    total: FoundTotal {
                        row: r,
                        rule: Rule::Label,
                        computed: vec![Decimal::ZERO; self.ncols],
                        lines: 0,
                        span: None,
                    },
                });
                return;
            }
            self.close_heading();
            let t = match kind {
                LabelKind::Sub => self.found(r, Rule::Label, &self.since_sub),
                LabelKind::Grand => self.found(r, Rule::Label, &self.all),
            };
            self.totals.push(t);
            self.since_sub = (vec![Decimal::ZERO; self.ncols], 0, None);
            self.run.clear();
            return;
        }
        if let (Some(rule), false) = (self.hierarchy, r.path.is_empty()) {
            if let Some(p) = self.pending.take() {
                if r.path.len() > p.path.len() && r.path.starts_with(&p.path) {
                    self.close_open(&p.path, false);
                    self.open.push(Open {
                        total: FoundTotal {
                            row: p,
                            rule,
                            computed: vec![Decimal::ZERO; self.ncols],
                            lines: 0,
                            span: None,
                        },
                    });
                } else {
                    self.close_open(&p.path, false);
                    self.leaf(p, out);
                }
            }
            self.close_open(&r.path, false);
            self.pending = Some(r);
            return;
        }
        let heading = self.hierarchy.is_none()
            && heading_like(&r.label)
            && r.amounts.iter().any(|a| a.is_some_and(|a| !a.is_zero()));
        if heading {
            // A heading ends the rows of the headings above it that it is
            // not part of: those whose sums are now reached are totals.
            self.decide_above(out, false);
        }
        if self.hierarchy.is_none() {
            if let Some(k) = self.arithmetic_span(&r) {
                let start = self.run.len() - k;
                // One amount equal to a sum of the rows above is as often
                // chance (100, 50, 150) as a subtotal: only a row set like
                // a heading is taken for one; the others stay lines, said.
                let one = r.amounts.iter().filter(|a| a.is_some()).count() == 1;
                // (Not when capitals are the sheet's style: see `no_above`.)
                if one && (!heading_like(&r.label) || self.no_above) {
                    let from = self.run[start].0;
                    let to = self.run[self.run.len() - 1].0;
                    self.coincidences.push((r.row, r.label.clone(), (from, to)));
                    self.flush_pending(out);
                    self.leaf(r, out);
                    return;
                }
                let covered: Vec<(u32, Vec<Option<Decimal>>)> = self.run.drain(start..).collect();
                let mut computed = vec![Decimal::ZERO; self.ncols];
                let mut span = None;
                for (row, amounts) in &covered {
                    for (j, a) in amounts.iter().enumerate() {
                        if let Some(a) = a {
                            computed[j] = computed[j].saturating_add(*a);
                        }
                    }
                    span = widen(span, *row);
                }
                self.run.clear();
                self.totals.push(FoundTotal {
                    row: r,
                    rule: Rule::Arithmetic,
                    computed,
                    lines: covered.len() as u32,
                    span,
                });
                return;
            }
        }
        if heading && self.above.len() >= MAX_ABOVE {
            // Headings over headings with no lines between: names set in
            // capitals throughout, not headings. They are lines.
            self.no_above = true;
            for o in std::mem::take(&mut self.above) {
                self.leaf(o.total.row, out);
            }
        }
        if heading && !self.no_above && !r.label.trim().is_empty() {
            // Perhaps the total of the rows below: decided when they end.
            self.run.clear();
            self.above.push(Open {
                total: FoundTotal {
                    row: r,
                    rule: Rule::ArithmeticBelow,
                    computed: vec![Decimal::ZERO; self.ncols],
                    lines: 0,
                    span: None,
                },
            });
            return;
        }
        self.flush_pending(out);
        self.leaf(r, out);
    }

    /// Decides the headings waiting above, innermost first: one whose every
    /// amount equals the sum of two or more lines below it is a total; the
    /// first that is not stops the rest waiting, unless `last` (the rows end
    /// here), when it is a line.
    fn decide_above(&mut self, out: &mut Vec<ParsedRow<T>>, last: bool) {
        while let Some(o) = self.above.last() {
            let t = &o.total;
            let given: Vec<(usize, Decimal)> = t
                .row
                .amounts
                .iter()
                .enumerate()
                .filter_map(|(j, a)| a.map(|a| (j, a)))
                .collect();
            let reached = t.lines >= 2 && given.iter().all(|(j, a)| t.computed[*j] == *a);
            if !reached && !last {
                return;
            }
            let Some(o) = self.above.pop() else { return };
            if reached {
                // Its rows are its own: no row after sums them again.
                self.run.clear();
                self.totals.push(o.total);
            } else {
                self.leaf(o.total.row, out);
            }
        }
    }

    /// The number of rows just above whose sums equal every amount of `r`.
    fn arithmetic_span(&self, r: &ParsedRow<T>) -> Option<usize> {
        let given: Vec<(usize, Decimal)> = r
            .amounts
            .iter()
            .enumerate()
            .filter_map(|(j, a)| a.map(|a| (j, a)))
            .collect();
        if given.is_empty() || given.iter().all(|(_, a)| a.is_zero()) {
            return None;
        }
        let mut sums = vec![Decimal::ZERO; self.ncols];
        let mut counts = vec![0usize; self.ncols];
        for (k, (_, prev)) in self.run.iter().rev().take(MAX_RUN).enumerate() {
            for (j, a) in prev.iter().enumerate() {
                if let Some(a) = a {
                    sums[j] = sums[j].saturating_add(*a);
                    counts[j] += 1;
                }
            }
            // A sum needs two amounts: a row equal to the one row above it is
            // a repeat, not a subtotal.
            if k >= 1 && given.iter().all(|(j, _)| counts[*j] >= 2) {
                // Every amount equals the sum above; or, over several columns,
                // every one is within 1% of it (publishers round forecasts):
                // then it is a subtotal whose difference `validate` shows.
                let exact = given.iter().filter(|(j, a)| sums[*j] == *a).count();
                let near = given
                    .iter()
                    .filter(|(j, a)| {
                        sums[*j]
                            .saturating_sub(*a)
                            .abs()
                            .saturating_mul(Decimal::from(100))
                            <= a.abs()
                    })
                    .count();
                let n = given.len();
                if exact == n || (near == n && ((n >= 2 && exact >= 1) || n >= 3)) {
                    return Some(k + 1);
                }
            }
        }
        None
    }

    fn leaf(&mut self, r: ParsedRow<T>, out: &mut Vec<ParsedRow<T>>) {
        let add = |acc: &mut (Vec<Decimal>, u32, Option<(u32, u32)>), r: &ParsedRow<T>| {
            for (j, a) in r.amounts.iter().enumerate() {
                if let Some(a) = a {
                    acc.0[j] = acc.0[j].saturating_add(*a);
                }
            }
            acc.1 += 1;
            acc.2 = widen(acc.2, r.row);
        };
        for o in self
            .open
            .iter_mut()
            .chain(self.heading.as_mut())
            .chain(self.above.iter_mut())
        {
            let t = &mut o.total;
            let mut acc = (std::mem::take(&mut t.computed), t.lines, t.span);
            add(&mut acc, &r);
            (t.computed, t.lines, t.span) = acc;
        }
        add(&mut self.all, &r);
        add(&mut self.since_sub, &r);
        if self.hierarchy.is_none() {
            self.run.push((r.row, r.amounts.clone()));
            if self.run.len() > MAX_RUN {
                self.run.remove(0);
            }
        }
        out.push(r);
    }

    fn flush_pending(&mut self, out: &mut Vec<ParsedRow<T>>) {
        if let Some(p) = self.pending.take() {
            self.close_open(&p.path, false);
            self.leaf(p, out);
        }
    }

    /// Closes the open code totals that do not head `path` (all when `all`).
    fn close_open(&mut self, path: &[String], all: bool) {
        while let Some(o) = self.open.last() {
            let heads =
                !all && path.len() > o.total.row.path.len() && path.starts_with(&o.total.row.path);
            if heads {
                break;
            }
            if let Some(o) = self.open.pop() {
                self.totals.push(o.total);
            }
        }
    }

    fn close_heading(&mut self) {
        if let Some(h) = self.heading.take() {
            self.totals.push(h.total);
        }
    }

    /// Ends a block of rows (one period of a report that repeats its table
    /// for each month): totals close, and the next rows are a table of their
    /// own, so a total printed above them covers them alone.
    pub fn end_block(&mut self, out: &mut Vec<ParsedRow<T>>) {
        self.finish(out);
        self.all = (vec![Decimal::ZERO; self.ncols], 0, None);
        self.since_sub = (vec![Decimal::ZERO; self.ncols], 0, None);
        self.run.clear();
    }

    /// Ends the sheet: the last waiting row is a line; open totals close.
    pub fn finish(&mut self, out: &mut Vec<ParsedRow<T>>) {
        self.decide_above(out, true);
        self.flush_pending(out);
        self.close_open(&[], true);
        self.close_heading();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(r: u32, path: &[&str], label: &str, amounts: &[Option<i64>]) -> ParsedRow {
        ParsedRow {
            row: r,
            path: path.iter().map(|s| s.to_string()).collect(),
            label: label.into(),
            amounts: amounts.iter().map(|a| a.map(Decimal::from)).collect(),
            data: (),
        }
    }

    /// Each total found: its row, rule, first column's computed sum and lines.
    fn found(t: &Tracker) -> Vec<(u32, Rule, Decimal, u32)> {
        t.totals
            .iter()
            .map(|f| (f.row.row, f.rule, f.computed[0], f.lines))
            .collect()
    }

    fn run(t: &mut Tracker, rows: Vec<ParsedRow>) -> Vec<u32> {
        let mut out = Vec::new();
        for r in rows {
            t.push(r, &mut out);
        }
        t.finish(&mut out);
        out.iter().map(|r| r.row).collect()
    }

    #[test]
    fn code_parents_are_totals_and_are_checked() {
        let mut t = Tracker::new(2, Some(Rule::Code));
        let lines = run(
            &mut t,
            vec![
                row(4, &["01"], "Государственные услуги", &[Some(30), Some(3)]),
                row(5, &["01", "1", "112", "001"], "a", &[Some(10), Some(1)]),
                row(6, &["01", "1", "122", "001"], "b", &[Some(20), Some(2)]),
                row(7, &["04"], "Образование", &[Some(100), Some(9)]),
                row(8, &["04", "2"], "Общее", &[Some(100), Some(9)]),
                row(9, &["04", "2", "464", "003"], "c", &[Some(60), Some(5)]),
                row(10, &["04", "2", "464", "006"], "d", &[Some(40), Some(5)]),
                row(11, &[], "Всего расходов", &[Some(130), Some(12)]),
            ],
        );
        assert_eq!(lines, vec![5, 6, 9, 10]);
        let got: Vec<(u32, Rule, Vec<Decimal>, u32)> = t
            .totals
            .iter()
            .map(|f| (f.row.row, f.rule, f.computed.clone(), f.lines))
            .collect();
        let d = |a: i64, b: i64| vec![Decimal::from(a), Decimal::from(b)];
        assert_eq!(
            got,
            vec![
                (4, Rule::Code, d(30, 3), 2),
                (8, Rule::Code, d(100, 10), 2),
                (7, Rule::Code, d(100, 10), 2),
                (11, Rule::Label, d(130, 13), 4),
            ]
        );
    }

    #[test]
    fn subtotals_without_codes_by_arithmetic_and_labels() {
        // Oakland's shape: unlabelled subtotals, then labelled ones, in two
        // year columns (the second twice the first).
        let mut t = Tracker::new(2, None);
        let lines = run(
            &mut t,
            vec![
                row(3, &[], "Civilian salaries", &[Some(170), Some(340)]),
                row(4, &[], "Civilian fringe", &[Some(56), Some(112)]),
                row(5, &[], "Personnel - civilian", &[Some(226), Some(452)]),
                row(6, &[], "Services", &[Some(70), Some(140)]),
                row(7, &[], "Contracts", &[Some(98), Some(196)]),
                row(8, &[], "Operations", &[Some(168), Some(336)]),
                row(9, &[], "Subtotal Non-Deferred", &[Some(394), Some(788)]),
                row(10, &[], "Equipment", &[Some(5), Some(10)]),
                row(11, &[], "Subtotal Deferred", &[Some(5), Some(10)]),
                row(
                    12,
                    &[],
                    "Grand Total Including Deferred",
                    &[Some(400), Some(800)],
                ),
            ],
        );
        assert_eq!(lines, vec![3, 4, 6, 7, 10]);
        assert_eq!(
            found(&t),
            vec![
                (5, Rule::Arithmetic, Decimal::from(226), 2),
                (8, Rule::Arithmetic, Decimal::from(168), 2),
                (9, Rule::Label, Decimal::from(394), 4),
                (11, Rule::Label, Decimal::from(5), 1),
                (12, Rule::Label, Decimal::from(399), 5),
            ]
        );
    }

    #[test]
    fn one_amount_equal_to_the_rows_above_is_a_subtotal_only_when_set_as_a_heading() {
        let mut t = Tracker::new(1, None);
        let lines = run(
            &mut t,
            vec![
                row(2, &[], "Образование", &[Some(100)]),
                row(3, &[], "Культура", &[Some(50)]),
                row(4, &[], "Здравоохранение", &[Some(150)]),
                row(5, &[], "Спорт", &[Some(4)]),
                row(6, &[], "Туризм", &[Some(6)]),
                row(7, &[], "СОЦИАЛЬНАЯ СФЕРА", &[Some(10)]),
                row(8, &[], "Дороги", &[Some(3)]),
                row(9, &[], "Мосты", &[Some(2)]),
                row(10, &[], "", &[Some(5)]),
                row(11, &[], "Связь", &[Some(1)]),
                row(12, &[], "Почта", &[Some(3)]),
                row(13, &[], "12", &[Some(4)]),
            ],
        );
        // 150 = 100 + 50 by chance, and "12" is a code, not a heading: lines;
        // the capitals row and the bare one are subtotals.
        assert_eq!(lines, vec![2, 3, 4, 5, 6, 8, 9, 11, 12, 13]);
        let got: Vec<(u32, Decimal)> = t
            .totals
            .iter()
            .map(|f| (f.row.row, f.computed[0]))
            .collect();
        assert_eq!(got, vec![(7, Decimal::from(10)), (10, Decimal::from(5))]);
        assert_eq!(
            t.coincidences,
            vec![
                (4, "Здравоохранение".to_string(), (2, 3)),
                (13, "12".to_string(), (11, 12))
            ]
        );
    }

    #[test]
    fn headings_in_capitals_that_sum_the_rows_below_are_totals() {
        // Form 1-НМ's shape: the country above its districts, each district
        // above its regions, two amount columns; a capitals row that sums
        // nothing below is a line.
        let mut t = Tracker::new(2, None);
        let lines = run(
            &mut t,
            vec![
                row(10, &[], "РОССИЙСКАЯ ФЕДЕРАЦИЯ", &[Some(60), Some(6)]),
                row(
                    12,
                    &[],
                    "ЦЕНТРАЛЬНЫЙ ФЕДЕРАЛЬНЫЙ ОКРУГ",
                    &[Some(30), Some(3)],
                ),
                row(13, &[], "Белгородская область", &[Some(10), Some(1)]),
                row(14, &[], "Брянская область", &[Some(20), Some(2)]),
                row(
                    15,
                    &[],
                    "СЕВЕРО-ЗАПАДНЫЙ ФЕДЕРАЛЬНЫЙ ОКРУГ",
                    &[Some(25), Some(3)],
                ),
                row(16, &[], "Республика Карелия", &[Some(5), Some(1)]),
                row(17, &[], "Республика Коми", &[Some(20), Some(2)]),
                row(18, &[], "ПРОЧИЕ ПОСТУПЛЕНИЯ", &[Some(5), Some(0)]),
            ],
        );
        // The last capitals row sums nothing below it: a line, and the
        // country's total is then reached.
        assert_eq!(lines, vec![13, 14, 16, 17, 18]);
        assert_eq!(
            found(&t),
            vec![
                (12, Rule::ArithmeticBelow, Decimal::from(30), 2),
                (15, Rule::ArithmeticBelow, Decimal::from(25), 2),
                (10, Rule::ArithmeticBelow, Decimal::from(60), 5),
            ]
        );
    }

    #[test]
    fn names_all_in_capitals_are_lines() {
        let mut t = Tracker::new(1, None);
        let names = [
            "ШКОЛЫ",
            "БОЛЬНИЦЫ",
            "ДОРОГИ",
            "ПАРКИ",
            "МОСТЫ",
            "КЛУБЫ",
            "СВЯЗЬ",
        ];
        let rows: Vec<ParsedRow> = names
            .iter()
            .enumerate()
            .map(|(i, n)| row(i as u32, &[], n, &[Some([9, 4, 5, 1, 2, 3, 7][i])]))
            .collect();
        // 9 = 4 + 5 below it: but every name is in capitals, so none is a heading.
        assert_eq!(run(&mut t, rows), vec![0, 1, 2, 3, 4, 5, 6]);
        assert!(t.totals.is_empty(), "{:?}", t.totals);
    }

    #[test]
    fn a_total_above_the_lines_covers_what_follows() {
        let mut t = Tracker::new(1, Some(Rule::Code));
        let lines = run(
            &mut t,
            vec![
                row(5, &[], "II. Затраты", &[Some(30)]),
                row(6, &["01"], "Группа", &[Some(30)]),
                row(7, &["01", "1"], "a", &[Some(10)]),
                row(8, &["01", "2"], "b", &[Some(20)]),
            ],
        );
        assert_eq!(lines, vec![7, 8]);
        let got: Vec<(u32, Decimal, u32)> = t
            .totals
            .iter()
            .map(|f| (f.row.row, f.computed[0], f.lines))
            .collect();
        assert_eq!(
            got,
            vec![(6, Decimal::from(30), 2), (5, Decimal::from(30), 2)]
        );
    }

    #[test]
    fn totals_above_each_block_cover_their_block_alone() {
        let mut t = Tracker::new(1, Some(Rule::Code));
        let mut out = Vec::new();
        for r in [
            row(1, &["0"], "Итого", &[Some(30)]),
            row(2, &["1"], "a", &[Some(10)]),
            row(3, &["2"], "b", &[Some(20)]),
        ] {
            t.push(r, &mut out);
        }
        t.end_block(&mut out);
        for r in [
            row(4, &["0"], "Итого", &[Some(70)]),
            row(5, &["1"], "a", &[Some(30)]),
            row(6, &["2"], "b", &[Some(41)]),
        ] {
            t.push(r, &mut out);
        }
        t.finish(&mut out);
        let lines: Vec<u32> = out.iter().map(|r| r.row).collect();
        assert_eq!(lines, vec![2, 3, 5, 6]);
        let got: Vec<(u32, Decimal, u32)> = t
            .totals
            .iter()
            .map(|f| (f.row.row, f.computed[0], f.lines))
            .collect();
        assert_eq!(
            got,
            vec![(1, Decimal::from(30), 2), (4, Decimal::from(71), 2)]
        );
        let spans: Vec<Option<(u32, u32)>> = t.totals.iter().map(|f| f.span).collect();
        assert_eq!(spans, vec![Some((2, 3)), Some((5, 6))]);
    }

    #[test]
    fn a_row_equal_to_the_one_above_is_not_a_subtotal() {
        let mut t = Tracker::new(1, None);
        let lines = run(
            &mut t,
            vec![
                row(2, &[], "a", &[Some(5)]),
                row(3, &[], "b", &[None]),
                row(4, &[], "c", &[Some(5)]),
            ],
        );
        assert_eq!(lines, vec![2, 3, 4]);
        assert!(t.totals.is_empty());
    }

    #[test]
    fn total_labels() {
        for l in [
            "Итого",
            "ВСЕГО РАСХОДОВ",
            "Барлығы",
            "Жиыны:",
            "Grand Total",
            "Total expenditures",
            "II. Затраты",
        ] {
            assert_eq!(label_kind(l), Some(LabelKind::Grand), "{l}");
        }
        for l in ["Subtotal Revenue", "Итого по группе 04"] {
            assert_eq!(label_kind(l), Some(LabelKind::Sub), "{l}");
        }
        for l in [
            "Образование",
            "Totalitarian studies",
            "Civilian salaries",
            "Исполнение",
        ] {
            assert_eq!(label_kind(l), None, "{l}");
        }
    }
}
