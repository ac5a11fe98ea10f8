//! The words of the key facts: one sentence per finding.

use super::{ru_plural, stage_name, Lang, Msg};
use crate::model::Direction;

pub(crate) const TOTAL_UP: Msg = Msg {
    kk: "{year} жылы {dir} ({stage}) {total} болды, бұл {prev} жылғы деңгейден ({prev_total}) {pct_dat} жоғары.",
    ru: "В {year} году {dir} ({stage}) составили {total} — на {pct} больше, чем в {prev} году ({prev_total}).",
    en: "In {year}, {dir} ({stage}) came to {total}, {pct} more than in {prev} ({prev_total}).",
};

pub(crate) const TOTAL_DOWN: Msg = Msg {
    kk: "{year} жылы {dir} ({stage}) {total} болды, бұл {prev} жылғы деңгейден ({prev_total}) {pct_dat} төмен.",
    ru: "В {year} году {dir} ({stage}) составили {total} — на {pct} меньше, чем в {prev} году ({prev_total}).",
    en: "In {year}, {dir} ({stage}) came to {total}, {pct} less than in {prev} ({prev_total}).",
};

pub(crate) const TOTAL_ONLY: Msg = Msg {
    kk: "{year} жылы {dir} ({stage}) {total} болды.",
    ru: "В {year} году {dir} ({stage}) составили {total}.",
    en: "In {year}, {dir} ({stage}) came to {total}.",
};

pub(crate) const TRANSFER_SHARE: Msg = Msg {
    kk: "{year} жылғы барлық кірістердің {share_poss} — трансферттер түсімі ({r} ішінен {t}).",
    ru: "{share} всех доходов {year} года — поступления трансфертов ({t} из {r}).",
    en: "Transfers received are {share} of all {year} revenue ({t} of {r}).",
};

pub(crate) const LARGEST: Msg = Msg {
    kk: "Ең ірі бап — {name}: барлық {dir_gen} {share_poss}, {amount}{change}.",
    ru: "Крупнейшая статья — {name}: {share} всех {dir_gen}, {amount}{change}.",
    en: "{name} is the largest item: {share} of {dir_gen}, {amount}{change}.",
};

pub(crate) const LARGEST_UP: Msg = Msg {
    kk: ", {prev} жылмен салыстырғанда {pct_dat} өсім",
    ru: ", рост на {pct} к {prev} году",
    en: ", up {pct} from {prev}",
};

pub(crate) const LARGEST_DOWN: Msg = Msg {
    kk: ", {prev} жылмен салыстырғанда {pct_dat} кему",
    ru: ", снижение на {pct} к {prev} году",
    en: ", down {pct} from {prev}",
};

pub(crate) const TOP3: Msg = Msg {
    kk: "Ең ірі үш бап бірге барлық {dir_gen} {share_acc} құрайды.",
    ru: "Три крупнейшие статьи вместе составляют {share} всех {dir_gen}.",
    en: "The three largest items together take {share} of {dir_gen}.",
};

pub(crate) const UP: Msg = Msg {
    kk: "Ең көп өсім — {name}: +{amount} ({pct}).",
    ru: "Наибольший рост — {name}: +{amount} ({pct}).",
    en: "The largest increase is in {name}: +{amount} ({pct}).",
};

pub(crate) const FROM_ZERO: Msg = Msg {
    kk: "{prev} жылы нөл еді",
    ru: "в {prev} году было ноль",
    en: "from nothing in {prev}",
};

pub(crate) const DOWN: Msg = Msg {
    kk: "Ең көп қысқару — {name}: {amount} ({pct}).",
    ru: "Наибольшее сокращение — {name}: {amount} ({pct}).",
    en: "The largest cut is in {name}: {amount} ({pct}).",
};

pub(crate) const NO_DOWN: Msg = Msg {
    kk: "{prev} жылмен салыстырғанда бірде-бір бап қысқармады.",
    ru: "По сравнению с {prev} годом ни одна статья не сократилась.",
    en: "No item was cut from {prev} to {year}.",
};

pub(crate) const EXEC: Msg = Msg {
    kk: "{year} жылы {plan} жоспар {rate_dat} орындалды; {unspent} игерілмей қалды.",
    ru: "В {year} году {plan} план исполнен на {rate}; не освоено {unspent}.",
    en: "In {year}, {rate} of the {plan} plan was spent and {unspent} was left unspent.",
};

pub(crate) const PROGRAMS: Msg = Msg {
    kk: "Бюджетте {m} бағдарлама бар; олардың ішінде жоспардың {t} пайызынан азы орындалғандары: {n}.",
    ru: "В бюджете {m} {noun}; менее {t}% плана исполнено у {n} из них.",
    en: "The budget has {m} {noun}; {n} of them spent less than {t}% of their plan.",
};

pub(crate) const REAL_UP: Msg = Msg {
    kk: "{base} жылғы бағамен {dir} {prev}–{year} жылдары {pct_dat} өсті.",
    ru: "В ценах {base} года {dir} выросли на {pct} с {prev} по {year} год.",
    en: "In {base} prices, {dir} grew by {pct} from {prev} to {year}.",
};

pub(crate) const REAL_DOWN: Msg = Msg {
    kk: "{base} жылғы бағамен {dir} {prev}–{year} жылдары {pct_dat} азайды.",
    ru: "В ценах {base} года {dir} сократились на {pct} с {prev} по {year} год.",
    en: "In {base} prices, {dir} fell by {pct} from {prev} to {year}.",
};

pub(crate) const PER_CAPITA: Msg = Msg {
    kk: "{year} жылы бір тұрғынға шаққанда {dir} {amount} болды.",
    ru: "В {year} году {dir_gen} на одного жителя пришлось {amount}.",
    en: "In {year}, {dir} came to {amount} per resident.",
};

/// "programs" agreeing with a count: 1 программа, 2 программы, 5 программ.
pub(crate) fn programs_noun(lang: Lang, n: u64) -> &'static str {
    match lang {
        Lang::Ru => ru_plural(n, "программа", "программы", "программ"),
        Lang::Kk => "бағдарлама",
        Lang::En if n == 1 => "program",
        Lang::En => "programs",
    }
}

/// A direction as a noun: (nominative, genitive).
pub(crate) fn dir_words(direction: Direction, lang: Lang) -> (&'static str, &'static str) {
    match (direction, lang) {
        (Direction::Expenditure, Lang::Kk) => ("шығыстар", "шығыстардың"),
        (Direction::Expenditure, Lang::Ru) => ("расходы", "расходов"),
        (Direction::Expenditure, Lang::En) => ("expenditure", "expenditure"),
        (Direction::Revenue, Lang::Kk) => ("кірістер", "кірістердің"),
        (Direction::Revenue, Lang::Ru) => ("доходы", "доходов"),
        (Direction::Revenue, Lang::En) => ("revenue", "revenue"),
    }
}

/// A stage as words that stand alone in brackets: "утвержденный бюджет", not "утвержденный".
pub(crate) fn stage_phrase(stage: crate::model::Stage, lang: Lang) -> &'static str {
    use crate::model::Stage::*;
    match (stage, lang) {
        (Proposed, Lang::Kk) => "бюджет жобасы",
        (Proposed, Lang::Ru) => "проект бюджета",
        (Proposed, Lang::En) => "proposed budget",
        (Approved, Lang::Kk) => "бекітілген бюджет",
        (Approved, Lang::Ru) => "утвержденный бюджет",
        (Approved, Lang::En) => "approved budget",
        (Revised, Lang::Kk) => "нақтыланған бюджет",
        (Revised, Lang::Ru) => "уточненный бюджет",
        (Revised, Lang::En) => "revised budget",
        (Adjusted, Lang::Kk) => "түзетілген бюджет",
        (Adjusted, Lang::Ru) => "скорректированный бюджет",
        (Adjusted, Lang::En) => "adjusted budget",
        (Executed, _) => stage_name(Executed, lang),
    }
}

/// The change like for like, after the total's.
pub(crate) const LIKE_FOR_LIKE: Msg = Msg {
    kk: "Екі жылда да сомасы бар {n} жол бойынша салыстырғанда: {pct}; {m} жолда сома тек бір жылда бар, олар өсім де, қысқарту да емес.",
    ru: "В сопоставимом круге — по {n} {lines} с суммами за оба года — {pct}; у {m} {m_lines} сумма есть только за один год, это не рост и не сокращение.",
    en: "Like for like, over the {n} {lines} with amounts in both years: {pct}; {m} have an amount in one year only, which is neither growth nor a cut.",
};

/// "строки" in the genitive agreeing with a count ("у 1 строки", "у 5 строк");
/// the other languages need no form of their own there.
pub(crate) fn lines_genitive(n: u64) -> &'static str {
    ru_plural(n, "строки", "строк", "строк")
}

/// "lines" agreeing with a count, as "over the N lines" takes it.
pub(crate) fn lines_noun(lang: Lang, n: u64) -> &'static str {
    match lang {
        Lang::Ru => ru_plural(n, "строке", "строкам", "строкам"),
        Lang::Kk => "жол",
        Lang::En if n == 1 => "line",
        Lang::En => "lines",
    }
}

/// No item was cut, when a price index says prices moved.
pub(crate) const NO_DOWN_NOMINAL: Msg = Msg {
    kk: "{prev} жылмен салыстырғанда ағымдағы бағамен бірде-бір бап қысқармады.",
    ru: "По сравнению с {prev} годом в текущих ценах ни одна статья не сократилась.",
    en: "In current prices, no item was cut from {prev} to {year}.",
};

/// The largest cut in real terms, after the nominal sentence.
pub(crate) const REAL_CUT: Msg = Msg {
    kk: "{base} жылғы бағамен ең көп қысқарған — {name}: {pct}.",
    ru: "В ценах {base} года сильнее всего сократилась статья {name}: {pct}.",
    en: "In {base} prices, {name} was cut most: {pct}.",
};

/// No cut in real terms either.
pub(crate) const REAL_NO_CUT: Msg = Msg {
    kk: "{base} жылғы бағамен де бірде-бір бап қысқармады.",
    ru: "И в ценах {base} года ни одна статья не сократилась.",
    en: "In {base} prices, none was cut either.",
};
