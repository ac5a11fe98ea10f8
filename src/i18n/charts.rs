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

pub(crate) const BAR_TITLE: Msg = Msg {
    kk: "{dir}, «{by}» бойынша, {year}",
    ru: "{dir} в разрезе «{by}», {year}",
    en: "{dir} by {by}, {year}",
};

pub(crate) const STACKED_TITLE: Msg = Msg {
    kk: "{dir} құрылымы, «{by}» бойынша, {years}",
    ru: "Структура: {dir_lower} в разрезе «{by}», {years}",
    en: "{dir} by {by}, {years}",
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
