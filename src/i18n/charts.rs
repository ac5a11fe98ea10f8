//! The words of the charts: titles, subtitles, legends, axis labels.

use super::Msg;

// Also shown in tables, and worded once there.
pub(crate) use super::tables::{OVER, UNDER};

pub(crate) const SOURCE: Msg = Msg {
    kk: "Дереккөз",
    ru: "Источник",
    en: "Source",
};

pub(crate) const SHEET: Msg = Msg {
    kk: "парақ",
    ru: "лист",
    en: "sheet",
};

/// A bar chart's title when it states its finding: the largest item's share.
pub(crate) const BAR_FINDING: Msg = Msg {
    kk: "{year} жылы барлық {dir_gen} {share_poss} — {name}",
    ru: "{name} — {share} всех {dir_gen} в {year} году",
    en: "{name}: {share} of all {dir_lower} in {year}",
};

/// An execution chart's title when it states its finding: the rate and the money left.
pub(crate) const EXECUTION_FINDING: Msg = Msg {
    kk: "{year}: жоспар {rate_dat} орындалды, {unspent} игерілмеді",
    ru: "{year}: план исполнен на {rate}, не освоено {unspent}",
    en: "{year}: {rate} of the plan spent, {unspent} left unspent",
};

/// A waterfall's title when it states its finding: the total's change.
pub(crate) const WATERFALL_UP: Msg = Msg {
    kk: "{from}–{to} жылдары {dir_lower} {pct_dat} өсті",
    ru: "С {from} по {to} год {dir_lower} выросли на {pct}",
    en: "{dir} grew {pct} from {from} to {to}",
};

/// A waterfall's title when the total fell.
pub(crate) const WATERFALL_DOWN: Msg = Msg {
    kk: "{from}–{to} жылдары {dir_lower} {pct_dat} азайды",
    ru: "С {from} по {to} год {dir_lower} сократились на {pct}",
    en: "{dir} fell {pct} from {from} to {to}",
};

/// What a bar chart shows, leading its subtitle under a finding.
pub(crate) const BAR_DESCRIPTION: Msg = Msg {
    kk: "{dir}, «{by}» бойынша",
    ru: "{dir} в разрезе «{by}»",
    en: "{dir} by {by}",
};

pub(crate) const BAR_TITLE: Msg = Msg {
    kk: "{dir}, «{by}» бойынша, {year}",
    ru: "{dir} в разрезе «{by}», {year}",
    en: "{dir} by {by}, {year}",
};

/// A stacked chart's title when it states its finding: the largest group's share, first year to last.
pub(crate) const STACKED_FINDING: Msg = Msg {
    kk: "{name}: барлық {dir_gen} үлесі {from_share} → {to_share}, {years}",
    ru: "{name}: {from_share} → {to_share} всех {dir_gen}, {years}",
    en: "{name}: {from_share} → {to_share} of all {dir_lower}, {years}",
};

pub(crate) const STACKED_TITLE: Msg = Msg {
    kk: "{dir} құрылымы, «{by}» бойынша, {years}",
    ru: "Структура: {dir_lower} в разрезе «{by}», {years}",
    en: "{dir} by {by}, {years}",
};

/// A treemap whose group names and block names are in two languages.
pub(crate) const NAMES_IN: Msg = Msg {
    kk: "топ атаулары — {g}, ішкі блоктар — файлдағыдай, {n}",
    ru: "названия групп — {g}, блоков внутри — {n}, как в файле",
    en: "group names {g}, the blocks within {n}, as in the file",
};

/// "in Kazakh", "in Russian", "in English", in each language (by [`Lang`] order).
pub(crate) const LANGUAGE_PHRASES: [Msg; 3] = [
    Msg {
        kk: "қазақ тілінде",
        ru: "на казахском",
        en: "in Kazakh",
    },
    Msg {
        kk: "орыс тілінде",
        ru: "на русском",
        en: "in Russian",
    },
    Msg {
        kk: "ағылшын тілінде",
        ru: "на английском",
        en: "in English",
    },
];

/// A trend drawn as an index.
pub(crate) const INDEX_UNIT: Msg = Msg {
    kk: "индекс, {year} = 100; соңында — {year} жылдан бергі өзгеріс",
    ru: "индекс, {year} = 100; в конце линии — изменение с {year} года",
    en: "index, {year} = 100; at each line's end, its change since {year}",
};

/// A trend's title when it states its finding: the line that grew fastest.
pub(crate) const TREND_FINDING: Msg = Msg {
    kk: "Ең ірі баптардың ішінде ең жылдам өскені — {name}: {from}–{to} жылдары {pct_dat}",
    ru: "Быстрее других крупнейших статей росла статья «{name}»: {pct} с {from} по {to} год",
    en: "Of the largest items, {name} grew fastest: {pct} from {from} to {to}",
};

pub(crate) const TREND_TITLE: Msg = Msg {
    kk: "Ең ірі баптар бойынша {dir}, {years}",
    ru: "{dir}: крупнейшие статьи в динамике, {years}",
    en: "{dir} of the largest items over time, {years}",
};

pub(crate) const TREEMAP_TITLE: Msg = Msg {
    kk: "{dir}, «{by}» бойынша, {year}: әр тіктөртбұрыш сомаға сай",
    ru: "{dir} в разрезе «{by}», {year}: площадь пропорциональна сумме",
    en: "{dir} by {by}, {year}: each block sized by its amount",
};

pub(crate) const WATERFALL_STAGES_TITLE: Msg = Msg {
    kk: "{year}: {from} → {to}, {dir} қалай өзгерді",
    ru: "{year}: {from} → {to}, как изменились {dir_lower}",
    en: "{year}: {from} → {to}, how {dir_lower} changed",
};

pub(crate) const NOT_FROM_ZERO: Msg = Msg {
    kk: "шкала нөлден емес",
    ru: "шкала не от нуля",
    en: "axis not from zero",
};

pub(crate) const WATERFALL_TITLE: Msg = Msg {
    kk: "{from} жылдан {to} жылға: {dir} қалай өзгерді",
    ru: "От {from} к {to}: как изменились {dir_lower}",
    en: "From {from} to {to}: how {dir_lower} changed",
};

pub(crate) const EXECUTION_TITLE: Msg = Msg {
    kk: "{year} жылғы бюджет атқарылуы, «{by}» бойынша",
    ru: "Исполнение бюджета за {year} год в разрезе «{by}»",
    en: "Budget execution in {year} by {by}",
};

pub(crate) const SHARE_UNIT: Msg = Msg {
    kk: "жылдық сомадағы үлесі, %",
    ru: "доля в сумме года, %",
    en: "share of the year's total, %",
};

pub(crate) const NEGATIVE_LEFT_OUT: Msg = Msg {
    kk: "теріс немесе нөлдік {n} жол көрсетілмеген",
    ru: "не показано строк с отрицательной или нулевой суммой: {n}",
    en: "{n} lines with negative or zero amounts left out",
};

pub(crate) const PLAN: Msg = Msg {
    kk: "жоспар ({stage})",
    ru: "план ({stage})",
    en: "plan ({stage})",
};

pub(crate) const THRESHOLD_MARK: Msg = Msg {
    kk: "{t}% шегі",
    ru: "порог {t}%",
    en: "{t}% mark",
};

pub(crate) const UNSPENT: Msg = Msg {
    kk: "игерілмеген {amount}",
    ru: "не исполнено {amount}",
    en: "{amount} unspent",
};

pub(crate) const EXECUTED: Msg = Msg {
    kk: "атқарылуы",
    ru: "исполнено",
    en: "executed",
};

pub(crate) const NOMINAL: Msg = Msg {
    kk: "Номиналды",
    ru: "В текущих ценах",
    en: "Nominal",
};

/// A flow chart's title when it states its finding: each side's largest group.
pub(crate) const FLOW_FINDING: Msg = Msg {
    kk: "{year} жылы кірістердің {rev_share_poss} — «{rev_name}», шығыстардың {exp_share_poss} — «{exp_name}»",
    ru: "«{rev_name}» — {rev_share} доходов, «{exp_name}» — {exp_share} расходов в {year} году",
    en: "{rev_name}: {rev_share} of revenue; {exp_name}: {exp_share} of expenditure in {year}",
};

pub(crate) const FLOW_DESCRIPTION: Msg = Msg {
    kk: "{year}: кірістер «{rev_by}» бойынша → шығыстар «{exp_by}» бойынша",
    ru: "{year}: доходы в разрезе «{rev_by}» → расходы в разрезе «{exp_by}»",
    en: "{year}: revenue by {rev_by} → expenditure by {exp_by}",
};

pub(crate) const FLOW_TITLE: Msg = Msg {
    kk: "{year} жылғы бюджет: ақша қайдан келеді және қайда кетеді",
    ru: "Бюджет {year} года: откуда деньги и куда они идут",
    en: "The {year} budget: where the money comes from and where it goes",
};

/// The band on the revenue side when spending exceeds revenue (met by
/// borrowing and balances: the file's lines do not say which).
pub(crate) const FLOW_DEFICIT: Msg = Msg {
    kk: "Шығыстардың кірістерден асуы",
    ru: "Расходы сверх доходов",
    en: "Spending above revenue",
};

/// The band on the expenditure side when revenue exceeds spending.
pub(crate) const FLOW_SURPLUS: Msg = Msg {
    kk: "Кірістердің шығыстардан асуы",
    ru: "Доходы сверх расходов",
    en: "Revenue above spending",
};

/// A flow chart whose names are all in another language than the chart's.
pub(crate) const FLOW_NAMES_IN: Msg = Msg {
    kk: "атаулар — файлдағыдай, {n}",
    ru: "названия — {n}, как в файле",
    en: "names {n}, as in the file",
};

/// A flow chart whose two sides' names are in different languages.
pub(crate) const FLOW_SIDES_IN: Msg = Msg {
    kk: "кірістер атаулары — {r}, шығыстар атаулары — {e}",
    ru: "названия доходов — {r}, расходов — {e}",
    en: "revenue names {r}, expenditure names {e}",
};
