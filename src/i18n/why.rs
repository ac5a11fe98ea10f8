//! The words for what the analysis decided: why a year or stage was
//! chosen, how amounts were adjusted, the names of stages and groupings.
//! The analysis returns these as typed facts ([`Reason`], [`Adjustment`],
//! [`By`]) and knows no language; this is where they become sentences.

use super::{fill, Lang, Msg};
use crate::analysis::{classification, Adjustment, By, Cube, Reason};
use crate::model::{Budget, Stage};

/// Why a year or stage was chosen, as a sentence.
pub fn why(lang: Lang, reason: &Reason) -> String {
    let year = |m: &Msg, y: i32| fill(lang.t(m), &[("year", y.to_string())]);
    let stage = |m: &Msg, s: Stage| fill(lang.t(m), &[("stage", stage_name(s, lang).to_string())]);
    match *reason {
        Reason::LatestYear(y) => year(&LATEST_YEAR, y),
        Reason::FinalStage { stage: s, year: y } => fill(
            lang.t(&FINAL_STAGE),
            &[
                ("stage", stage_name(s, lang).to_string()),
                ("year", y.to_string()),
            ],
        ),
        Reason::LatestTwoYears { from, to } => fill(
            lang.t(&DEFAULT_YEARS),
            &[("from", from.to_string()), ("to", to.to_string())],
        ),
        Reason::CommonStage(s) => stage(&COMMON_STAGE, s),
        Reason::PlansOfOneYear { year: y, from, to } => fill(
            lang.t(&PLANS_OF_ONE_YEAR),
            &[
                ("year", y.to_string()),
                ("from", stage_name(from, lang).to_string()),
                ("to", stage_name(to, lang).to_string()),
            ],
        ),
        Reason::LatestExecuted(y) => year(&LATEST_EXECUTED, y),
        Reason::PlanOfPartialYear {
            stage: st,
            year: y,
            month,
        } => fill(
            lang.t(&PLAN_OF_PARTIAL),
            &[
                ("stage", stage_name(st, lang).to_string()),
                ("year", y.to_string()),
                ("to", format!("{month:02}.{y}")),
            ],
        ),
        Reason::LatestWholeExecuted {
            year: y,
            partial,
            month,
        } => fill(
            lang.t(&LATEST_WHOLE_EXECUTED),
            &[
                ("year", y.to_string()),
                ("partial", partial.to_string()),
                ("to", format!("{month:02}.{partial}")),
            ],
        ),
        Reason::PlanStage(s) => stage(&PLAN_STAGE, s),
    }
}

/// Every reason, as sentences.
pub fn whys(lang: Lang, reasons: &[Reason]) -> Vec<String> {
    reasons.iter().map(|r| why(lang, r)).collect()
}

/// The reasons as a reader of the pack takes them: the usual pair (the
/// latest year, its most final stage) as one plain sentence, the rest as
/// [`whys`] gives them.
pub fn whys_plain(lang: Lang, reasons: &[Reason]) -> Vec<String> {
    match reasons {
        [Reason::LatestYear(y), Reason::FinalStage { stage, year }, rest @ ..] if y == year => {
            let mut out = vec![fill(
                lang.t(&LATEST_AND_FINAL),
                &[
                    ("year", y.to_string()),
                    (
                        "stage",
                        super::facts::stage_phrase(*stage, lang).to_string(),
                    ),
                ],
            )];
            out.extend(whys(lang, rest));
            out
        }
        _ => whys(lang, reasons),
    }
}

const LATEST_AND_FINAL: Msg = Msg {
    kk: "Көрсетілгені — {year} жыл, деректердегі соңғы жыл, оның ең соңғы сандары: {stage}.",
    ru: "Показан {year} год — последний в данных — и самые окончательные его цифры: {stage}.",
    en: "Shown: {year}, the latest year in the data, at its most final figures: {stage}.",
};

/// How amounts were adjusted, as words for a title ("in 2024 prices").
pub fn adjustment(lang: Lang, a: &Adjustment) -> String {
    match *a {
        Adjustment::InPrices(y) => fill(lang.t(&IN_PRICES), &[("year", y.to_string())]),
        Adjustment::PerResident => lang.t(&PER_RESIDENT).to_string(),
        Adjustment::CurrentPrices => lang.t(&CURRENT_PRICES).to_string(),
        Adjustment::Unreconciled { differ, checked } => fill(
            lang.t(&UNRECONCILED),
            &[
                ("differ", differ.to_string()),
                ("checked", checked.to_string()),
            ],
        ),
        Adjustment::PartialYear { year, month } => fill(
            lang.t(&PARTIAL_YEAR),
            &[
                ("year", year.to_string()),
                ("to", format!("{month:02}.{year}")),
            ],
        ),
    }
}

/// Every adjustment, as words.
pub fn adjustments(lang: Lang, list: &[Adjustment]) -> Vec<String> {
    list.iter().map(|a| adjustment(lang, a)).collect()
}

/// The adjustments but the warning, which a chart draws on its own line.
pub fn adjustments_but_warnings(lang: Lang, list: &[Adjustment]) -> Vec<String> {
    list.iter()
        .filter(|a| !matches!(a, Adjustment::Unreconciled { .. }))
        .map(|a| adjustment(lang, a))
        .collect()
}

/// The warning among the adjustments (an unreconciled reading), as words.
pub fn warning(lang: Lang, list: &[Adjustment]) -> Option<String> {
    list.iter()
        .find(|a| matches!(a, Adjustment::Unreconciled { .. }))
        .map(|a| adjustment(lang, a))
}

/// Names a cube's functional groups with Kazakhstan's names for them in
/// `lang`, only where the file follows Kazakhstan's functional
/// classification of expenditure: tenge, expenditure, grouped by the first
/// level, every group code one of the classification's, and every group
/// name the file gives agreeing with the classification's (then the name is
/// the same group's in the language shown). A file whose own names disagree
/// (a COFOG table's "09 Education") keeps every name as published; revenue
/// is never named by the expenditure classification.
pub fn name_groups(cube: &mut Cube, budget: &Budget, lang: Lang) {
    if !matches!(cube.by, By::Level(1)) || cube.currency != "KZT" {
        return;
    }
    if cube.direction == crate::model::Direction::Revenue {
        name_categories(cube, budget, lang);
        return;
    }
    let mut groups = Vec::with_capacity(cube.keys.len());
    for key in &cube.keys {
        let code = key.code.trim();
        let Some(g) = (code.len() <= 2)
            .then(|| classification::group(code))
            .flatten()
        else {
            return;
        };
        let own = key.name.trim();
        if !own.is_empty() && own != code && !agrees(own, |l| g.name(l)) {
            return;
        }
        groups.push(g);
    }
    for (key, g) in cube.keys.iter_mut().zip(groups) {
        key.name = g.name(lang).to_string();
    }
}

/// Revenue by the receipts classification's categories (1 tax, 2 non-tax,
/// 3 sales of fixed capital, 4 transfers received) takes their names in
/// the reader's language, when every revenue code is shaped as that
/// classification's (category of one digit, class of two, subclass of
/// one: "1 01 1", or "1 1 1" as the portal writes it), every key is such a category and every name the file
/// gives agrees with it.
fn name_categories(cube: &mut Cube, budget: &Budget, lang: Lang) {
    use super::tables::RECEIPT_CATEGORIES;
    // The portal writes the class without its leading zero ("1 1 1").
    let shaped = |code: &str| {
        let parts = crate::analysis::code_parts(code);
        let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
        };
        [1..=1, 1..=2, 1..=1]
            .into_iter()
            .zip(&parts)
            .all(|(n, p)| digits(p, n))
            && !parts.is_empty()
    };
    if !budget
        .items
        .iter()
        .filter(|i| i.direction == crate::model::Direction::Revenue)
        .all(|i| shaped(&i.code))
    {
        return;
    }
    let mut names = Vec::with_capacity(cube.keys.len());
    for key in &cube.keys {
        let code = key.code.trim();
        let Some(m) = code
            .parse::<usize>()
            .ok()
            .filter(|c| (1..=4).contains(c) && code.len() == 1)
            .map(|c| &RECEIPT_CATEGORIES[c - 1])
        else {
            return;
        };
        let own = key.name.trim();
        if !own.is_empty() && own != code && !agrees(own, |l| l.t(m)) {
            return;
        }
        names.push(lang.t(m));
    }
    for (key, name) in cube.keys.iter_mut().zip(names) {
        key.name = name.to_string();
    }
}

/// Whether a name a file gives a group is the classification's name for it
/// (`name` in each language), in any language (case, spacing, a leading
/// code and a shortened end aside).
fn agrees<'a>(own: &str, name: impl Fn(Lang) -> &'a str) -> bool {
    let fold = |s: &str| {
        crate::model::normalise_name(
            s.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' '),
        )
    };
    let own = fold(own);
    let head = |s: &str| s.chars().take(15).collect::<String>();
    [Lang::Kk, Lang::Ru, Lang::En].iter().any(|l| {
        let name = fold(name(*l));
        own == name || own.starts_with(&head(&name)) || name.starts_with(&head(&own))
    })
}

/// The grouping as words inside a title: "functional group", "Department".
pub fn grouping_in_title(
    by: &By,
    direction: crate::model::Direction,
    budget: &Budget,
    lang: Lang,
) -> String {
    let l = grouping_label(by, direction, budget, lang);
    match by {
        By::Dimension(_) => l,
        _ => {
            let mut c = l.chars();
            match c.next() {
                Some(f) => f.to_lowercase().chain(c).collect(),
                None => l,
            }
        }
    }
}

/// What the key column of a grouping is called in a table.
pub fn grouping_label(
    by: &By,
    direction: crate::model::Direction,
    budget: &Budget,
    lang: Lang,
) -> String {
    let revenue = direction == crate::model::Direction::Revenue;
    match by {
        // Revenue's levels are Kazakhstan's receipts classification
        // (category, class, subclass, specific), never the functions'.
        By::Level(n) => match (lang, n) {
            (_, 1..=4) if revenue && budget.currency == "KZT" => {
                lang.t(&RECEIPT_LEVEL_NAMES[n - 1]).to_string()
            }
            (_, 1..=5) if !revenue => lang.t(&LEVEL_NAMES[n - 1]).to_string(),
            (Lang::Kk, n) => format!("{n}-деңгей"),
            (Lang::Ru, n) => format!("уровень {n}"),
            (Lang::En, n) => format!("level {n}"),
        },
        By::Dimension(i) => budget.dimensions[*i].clone(),
        By::Code => lang.t(&CODE).to_string(),
        By::Name => lang.t(&NAME).to_string(),
    }
}

/// The name of a stage in a language.
pub fn stage_name(stage: Stage, lang: Lang) -> &'static str {
    lang.t(&STAGE_NAMES[stage as usize])
}

/// The name of a direction, to be said in any language.
pub fn direction_text(direction: crate::model::Direction) -> super::Text {
    static NAMES: [Msg; 2] = [
        Msg {
            kk: "шығыстар",
            ru: "расходы",
            en: "expenditure",
        },
        Msg {
            kk: "кірістер",
            ru: "доходы",
            en: "revenue",
        },
    ];
    super::Text::of(match direction {
        crate::model::Direction::Expenditure => &NAMES[0],
        crate::model::Direction::Revenue => &NAMES[1],
    })
}

/// The name of a stage, to be said in any language.
pub fn stage_text(stage: Stage) -> super::Text {
    super::Text::of(&STAGE_NAMES[stage as usize])
}

static STAGE_NAMES: [Msg; 5] = [
    Msg {
        kk: "жоба",
        ru: "проект",
        en: "proposed",
    },
    Msg {
        kk: "бекітілген",
        ru: "утвержденный",
        en: "approved",
    },
    Msg {
        kk: "нақтыланған",
        ru: "уточненный",
        en: "revised",
    },
    Msg {
        kk: "түзетілген",
        ru: "скорректированный",
        en: "adjusted",
    },
    Msg {
        kk: "атқарылуы",
        ru: "исполнение",
        en: "executed",
    },
];

const LATEST_YEAR: Msg = Msg {
    kk: "{year}: деректердегі соңғы жыл",
    ru: "{year}: последний год в данных",
    en: "{year}: the latest year in the data",
};
const FINAL_STAGE: Msg = Msg {
    kk: "{stage}: {year} жылғы ең соңғы кезең (атқарылуы > түзетілген > нақтыланған > бекітілген > жоба)",
    ru: "{stage}: самая поздняя стадия за {year} год (исполнение > скорректированный > уточненный > утвержденный > проект)",
    en: "{stage}: the most final stage for {year} (executed > adjusted > revised > approved > proposed)",
};
const PLANS_OF_ONE_YEAR: Msg = Msg {
    kk: "{year}: деректердегі жалғыз жыл, оның алғашқы жоспары ({from}) соңғысымен ({to}) салыстырылады",
    ru: "{year}: единственный год в данных, его первый план ({from}) сравнивается с последним ({to})",
    en: "{year}: the only year in the data, its first plan ({from}) against its latest ({to})",
};
const DEFAULT_YEARS: Msg = Msg {
    kk: "{from} және {to}: деректердегі соңғы екі жыл",
    ru: "{from} и {to}: два последних года в данных",
    en: "{from} and {to}: the two latest years in the data",
};
const COMMON_STAGE: Msg = Msg {
    kk: "{stage}: екі жылда да бар ең соңғы кезең",
    ru: "{stage}: самая поздняя стадия, имеющаяся в обоих годах",
    en: "{stage}: the most final stage present in both years",
};
const LATEST_EXECUTED: Msg = Msg {
    kk: "{year}: атқарылуы бар соңғы жыл",
    ru: "{year}: последний год с данными об исполнении",
    en: "{year}: the latest year with executed amounts",
};
const PLAN_STAGE: Msg = Msg {
    kk: "жоспар: {stage} бюджет (нақтыланған немесе түзетілгеннің ең соңғысы, болмаса бекітілген)",
    ru: "план: {stage} бюджет (последний из уточненного и скорректированного, иначе утвержденный)",
    en: "plan: the {stage} budget (the latest of revised and adjusted, else approved)",
};
const IN_PRICES: Msg = Msg {
    kk: "{year} жылғы бағамен",
    ru: "в ценах {year} года",
    en: "in {year} prices",
};
const PLAN_OF_PARTIAL: Msg = Msg {
    kk: "{year} жыл: жоспар ({stage}), себебі атқарылуы тек {to} дейін",
    ru: "{year} год: план ({stage}), так как исполнение только по {to}",
    en: "{year}: the plan ({stage}), its execution running to {to} only",
};
const LATEST_WHOLE_EXECUTED: Msg = Msg {
    kk: "{year}: атқарылуы бар соңғы толық жыл ({partial} жыл тек {to} дейін; оны --year {partial} көрсетеді)",
    ru: "{year}: последний полный год с исполнением ({partial} год только по {to}; его покажет --year {partial})",
    en: "{year}: the latest whole year with executed amounts ({partial} runs to {to} only; --year {partial} shows it)",
};
const UNRECONCILED: Msg = Msg {
    kk: "САЛЫСТЫРЫЛМАҒАН: жарияланған {checked} қорытындының {differ} жолдар сомасымен сәйкес емес",
    ru: "НЕ СВЕРЕНО: {differ} из {checked} опубликованных итогов не сходятся с суммой строк",
    en: "UNRECONCILED: {differ} of {checked} published totals differ from the sum of their lines",
};

const PARTIAL_YEAR: Msg = Msg {
    kk: "{year} жылдың атқарылуы тек {to} дейін: толық жыл емес",
    ru: "исполнение {year} года только по {to}: не за весь год",
    en: "{year} executed to {to} only: not a whole year",
};
const CURRENT_PRICES: Msg = Msg {
    kk: "ағымдағы бағамен",
    ru: "в текущих ценах",
    en: "in current prices",
};
const PER_RESIDENT: Msg = Msg {
    kk: "бір тұрғынға",
    ru: "на одного жителя",
    en: "per resident",
};
const RECEIPT_LEVEL_NAMES: [Msg; 4] = [
    Msg {
        kk: "Санат",
        ru: "Категория",
        en: "Category",
    },
    Msg {
        kk: "Сынып",
        ru: "Класс",
        en: "Class",
    },
    Msg {
        kk: "Кіші сынып",
        ru: "Подкласс",
        en: "Subclass",
    },
    Msg {
        kk: "Ерекшелік",
        ru: "Специфика",
        en: "Specific",
    },
];

const LEVEL_NAMES: [Msg; 5] = [
    Msg {
        kk: "Функционалдық топ",
        ru: "Функциональная группа",
        en: "Functional group",
    },
    Msg {
        kk: "Кіші функция",
        ru: "Функциональная подгруппа",
        en: "Subgroup",
    },
    Msg {
        kk: "Бюджеттік бағдарламалар әкімшісі",
        ru: "Администратор программ",
        en: "Administrator",
    },
    Msg {
        kk: "Бағдарлама",
        ru: "Программа",
        en: "Program",
    },
    Msg {
        kk: "Кіші бағдарлама",
        ru: "Подпрограмма",
        en: "Subprogram",
    },
];
const CODE: Msg = Msg {
    kk: "Код",
    ru: "Код",
    en: "Code",
};
const NAME: Msg = Msg {
    kk: "Атауы",
    ru: "Наименование",
    en: "Name",
};
