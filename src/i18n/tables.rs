//! The words of the tables: titles, column headers, notes, totals.

use super::Msg;

pub(crate) const EXPENDITURE: Msg = Msg {
    kk: "Шығыстар",
    ru: "Расходы",
    en: "Expenditure",
};

pub(crate) const REVENUE: Msg = Msg {
    kk: "Кірістер",
    ru: "Доходы",
    en: "Revenue",
};

pub(crate) const BY_TITLE: Msg = Msg {
    kk: "{dir}, «{by}» бойынша: {year} жыл, {stage}",
    ru: "{dir} в разрезе «{by}»: {year} год, {stage}",
    en: "{dir} by {by}: {year}, {stage}",
};

pub(crate) const COMPARE_TITLE: Msg = Msg {
    kk: "{dir}, «{by}» бойынша: {from} мен {to} салыстыру",
    ru: "{dir} в разрезе «{by}»: {from} против {to}",
    en: "{dir} by {by}: {from} against {to}",
};

pub(crate) const EXECUTION_TITLE: Msg = Msg {
    kk: "{dir} бюджетінің атқарылуы, «{by}» бойынша: {year} жыл",
    ru: "Исполнение бюджета ({dir}) в разрезе «{by}»: {year} год",
    en: "{dir} budget execution by {by}: {year}",
};

pub(crate) const AMOUNT: Msg = Msg {
    kk: "Сомасы",
    ru: "Сумма",
    en: "Amount",
};

pub(crate) const SHARE: Msg = Msg {
    kk: "Үлесі",
    ru: "Доля",
    en: "Share",
};

pub(crate) const LINES: Msg = Msg {
    kk: "Жолдар",
    ru: "Строк",
    en: "Lines",
};

pub(crate) const NAME: Msg = Msg {
    kk: "Атауы",
    ru: "Наименование",
    en: "Name",
};

/// The categories of Kazakhstan's receipts classification, 1 to 4.
pub(crate) const RECEIPT_CATEGORIES: [Msg; 4] = [
    Msg {
        kk: "Салықтық түсімдер",
        ru: "Налоговые поступления",
        en: "Tax revenue",
    },
    Msg {
        kk: "Салықтық емес түсімдер",
        ru: "Неналоговые поступления",
        en: "Non-tax revenue",
    },
    Msg {
        kk: "Негізгі капиталды сатудан түсетін түсімдер",
        ru: "Поступления от продажи основного капитала",
        en: "Sales of fixed capital",
    },
    Msg {
        kk: "Трансферттер түсімі",
        ru: "Поступления трансфертов",
        en: "Transfers received",
    },
];

pub(crate) const REVENUE_TITLE: Msg = Msg {
    kk: "Кірістер санаттар бойынша: {year} жыл, {stage}",
    ru: "Доходы по категориям: {year} год, {stage}",
    en: "Revenue by category: {year} {stage}",
};

/// "Total" in the three languages.
pub(crate) const TOTAL: Msg = Msg {
    kk: "Барлығы",
    ru: "Итого",
    en: "Total",
};

pub(crate) const CHANGE: Msg = Msg {
    kk: "Өзгеріс",
    ru: "Изменение",
    en: "Change",
};

pub(crate) const CHANGE_PCT: Msg = Msg {
    kk: "Өзгеріс, %",
    ru: "Изменение, %",
    en: "Change, %",
};

pub(crate) const CAGR: Msg = Msg {
    kk: "Жылдық орташа өсім",
    ru: "Среднегодовой рост",
    en: "Annual growth (CAGR)",
};

pub(crate) const SHARE_OF: Msg = Msg {
    kk: "Үлесі {side}",
    ru: "Доля {side}",
    en: "Share {side}",
};

pub(crate) const SHARE_CHANGE: Msg = Msg {
    kk: "Үлестің өзгерісі",
    ru: "Изменение доли",
    en: "Share change",
};

pub(crate) const STATUS: Msg = Msg {
    kk: "Күйі",
    ru: "Статус",
    en: "Status",
};

pub(crate) const NEW: Msg = Msg {
    kk: "жаңа",
    ru: "новая",
    en: "new",
};

pub(crate) const DISCONTINUED: Msg = Msg {
    kk: "тоқтатылған",
    ru: "прекращена",
    en: "discontinued",
};

pub(crate) const RENUMBERED: Msg = Msg {
    kk: "коды өзгерген: {code}",
    ru: "код изменен: {code}",
    en: "code changed from {code}",
};

pub(crate) const MOVERS_UP: Msg = Msg {
    kk: "Ең көп өскендер",
    ru: "Наибольший рост",
    en: "Largest increases",
};

pub(crate) const MOVERS_DOWN: Msg = Msg {
    kk: "Ең көп қысқарғандар",
    ru: "Наибольшее сокращение",
    en: "Largest decreases",
};

pub(crate) const NEW_LINES: Msg = Msg {
    kk: "Жаңа жолдар",
    ru: "Новые строки",
    en: "New lines",
};

pub(crate) const GONE_LINES: Msg = Msg {
    kk: "Тоқтатылған жолдар",
    ru: "Прекращенные строки",
    en: "Discontinued lines",
};

pub(crate) const PLAN: Msg = Msg {
    kk: "Жоспар ({stage})",
    ru: "План ({stage})",
    en: "Plan ({stage})",
};

pub(crate) const EXECUTED: Msg = Msg {
    kk: "Атқарылуы",
    ru: "Исполнение",
    en: "Executed",
};

pub(crate) const RATE: Msg = Msg {
    kk: "Атқарылу, %",
    ru: "Исполнение, %",
    en: "Execution rate",
};

/// A revenue plan's part that did not come in.
pub(crate) const SHORTFALL: Msg = Msg {
    kk: "Түспегені",
    ru: "Недопоступило",
    en: "Shortfall",
};

pub(crate) const UNSPENT: Msg = Msg {
    kk: "Игерілмеген",
    ru: "Неосвоено",
    en: "Unspent",
};

pub(crate) const FLAG: Msg = Msg {
    kk: "Белгі",
    ru: "Отметка",
    en: "Flag",
};

pub(crate) const UNDER: Msg = Msg {
    kk: "{t}%-дан төмен",
    ru: "ниже {t}%",
    en: "under {t}%",
};

pub(crate) const OVER: Msg = Msg {
    kk: "100%-дан жоғары",
    ru: "свыше 100%",
    en: "over 100%",
};

pub(crate) const FLAGGED: Msg = Msg {
    kk: "{n} жол белгіленді: {t}%-дан төмен немесе 100%-дан жоғары",
    ru: "отмечено строк: {n} (ниже {t}% или свыше 100%)",
    en: "{n} flagged: under {t}% or over 100%",
};

/// The status of a row with an amount on one side only.
pub(crate) const NO_AMOUNT: Msg = Msg {
    kk: "сомасы жоқ: {side}",
    ru: "нет суммы: {side}",
    en: "no amount in {side}",
};

/// A short header over codes, when the table must fit a terminal.
pub(crate) const CODE: Msg = Msg {
    kk: "Код",
    ru: "Код",
    en: "Code",
};

/// Columns a terminal table left out.
pub(crate) const LEFT_OUT: Msg = Msg {
    kk: "тар терезеге сыймаған бағандар: {cols} (--wide барлығын көрсетеді)",
    ru: "не вместились по ширине: {cols} (--wide покажет все столбцы)",
    en: "left out to fit the width: {cols} (--wide shows every column)",
};

pub(crate) const DECISIONS_TITLE: Msg = Msg {
    kk: "Бюджет туралы шешімдер: 1-тармақ және қосымша",
    ru: "Решения о бюджете: пункт 1 и приложение",
    en: "The decisions on the budget: point 1 and the annex",
};

/// The decisions' columns: decision, year, stage, then each side as point 1
/// states it and as its annex's lines add up.
pub(crate) const DECISION_COLS: [Msg; 7] = [
    Msg {
        kk: "Шешім",
        ru: "Решение",
        en: "Decision",
    },
    Msg {
        kk: "Жыл",
        ru: "Год",
        en: "Year",
    },
    Msg {
        kk: "Кезең",
        ru: "Стадия",
        en: "Stage",
    },
    Msg {
        kk: "Кірістер, 1-тармақ",
        ru: "Доходы, пункт 1",
        en: "Revenue, point 1",
    },
    Msg {
        kk: "Кірістер, қосымша",
        ru: "Доходы, приложение",
        en: "Revenue, annex",
    },
    Msg {
        kk: "Шығыстар, 1-тармақ",
        ru: "Затраты, пункт 1",
        en: "Expenditure, point 1",
    },
    Msg {
        kk: "Шығыстар, қосымша",
        ru: "Затраты, приложение",
        en: "Expenditure, annex",
    },
];

pub(crate) const SIDE_TITLE: Msg = Msg {
    kk: "{dir}, «{by}» бойынша, бюджеттер қатар ({n}): {year} жыл, {stage}",
    ru: "{dir} в разрезе «{by}», бюджеты рядом ({n}): {year} год, {stage}",
    en: "{dir} by {by}, {n} budgets side by side: {year} {stage}",
};

pub(crate) const SIDE_NOTE: Msg = Msg {
    kk: "әр бюджеттің үлесі — өз жиынының үлесі: өлшемі әртүрлі бюджеттер үлестерімен салыстырылады",
    ru: "доля — от итога своего бюджета: бюджеты разного размера сравнивают по долям",
    en: "each share is of its own budget's total: budgets of different sizes compare by their shares",
};
