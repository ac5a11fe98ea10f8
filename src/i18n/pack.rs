//! The words of the hearing pack in Kazakh, Russian and English: section
//! titles, sentences, notes.

use super::{Lang, Msg};

/// The pack's title: the city and the year.
pub(crate) const REPORT_TITLE: Msg = Msg {
    kk: "{city} бюджеті: {year} жыл",
    ru: "Бюджет: {city}, {year} год",
    en: "{city} budget, {year}",
};
/// The title of a pack with neither a city config's name nor a title in the file.
pub(crate) const REPORT_TITLE_PLAIN: Msg = Msg {
    kk: "{year} жылғы бюджет",
    ru: "Бюджет на {year} год",
    en: "Budget, {year}",
};
/// Under the title: what the pack is, the direction and the unit.
pub(crate) const SUBTITLE: Msg = Msg {
    kk: "Қоғамдық тыңдауға арналған материалдар · {dir} · {unit}",
    ru: "Материалы к публичным слушаниям · {dir} · {unit}",
    en: "Facts for the public hearing · {dir} · {unit}",
};
/// Section: where the money goes.
pub(crate) const COMES_FROM: Msg = Msg {
    kk: "Ақша қайдан келеді",
    ru: "Откуда деньги",
    en: "Where the money comes from",
};

pub(crate) const FLOW_INTRO: Msg = Msg {
    kk: "Сол жылдың, сол кезеңнің кірістері мен шығыстары бір суретте: не түседі, не жұмсалады және олардың айырмасы. Жолақтардың ені сомаға сай.",
    ru: "Доходы и расходы того же года и той же стадии на одной картинке: что поступает, что расходуется и разница между ними. Ширина полос пропорциональна суммам.",
    en: "Revenue and expenditure of the same year and stage in one picture: what comes in, what goes out, and the gap between them. Band widths are to scale.",
};

pub(crate) const REVENUE_EXECUTED: Msg = Msg {
    kk: "{year} жылғы кірістер жоспары ({stage}) {rate_dat} орындалды: {plan} жоспардан {came} түсті.",
    ru: "План доходов {year} года ({stage}) выполнен на {rate}: поступило {came} из {plan}.",
    en: "The {year} revenue plan ({stage}) came in at {rate}: {came} of {plan}.",
};

pub(crate) const DECISIONS_CHANGED: Msg = Msg {
    kk: "{year} жылғы шығыстар, шешімдер бойынша ({n}): {first} ({first_d}) → {last} ({last_d}), {change}.",
    ru: "Затраты на {year} год по решениям ({n}): {first} ({first_d}) → {last} ({last_d}), {change}.",
    en: "Expenditure for {year} by the decisions ({n}): {first} ({first_d}) → {last} ({last_d}), {change}.",
};

pub(crate) const FLOW_NOT_DRAWN: Msg = Msg {
    kk: "Кірістер мен шығыстар ағынының диаграммасы салынбады: {why}.",
    ru: "Диаграмма потоков доходов и расходов не построена: {why}.",
    en: "The flow of revenue and expenditure is not drawn: {why}.",
};

pub(crate) const COMES_FROM_INTRO: Msg = Msg {
    kk: "Сол жылдың, сол кезеңнің кірістері, түсімдер сыныптамасының санаттары бойынша.",
    ru: "Доходы того же года и той же стадии по категориям классификации поступлений.",
    en: "Revenue of the same year and stage, by category of the receipts classification.",
};

pub(crate) const WHERE: Msg = Msg {
    kk: "Қаржы қайда жұмсалады",
    ru: "Куда идут деньги",
    en: "Where the money goes",
};
/// Section: what changed since the year before.
pub(crate) const CHANGED: Msg = Msg {
    kk: "Не өзгерді",
    ru: "Что изменилось",
    en: "What changed",
};
/// Section: was the plan spent.
pub(crate) const SPENT: Msg = Msg {
    kk: "Бюджет қалай игерілді",
    ru: "Исполнен ли бюджет",
    en: "Was it spent",
};
/// Section: per resident and in real terms.
pub(crate) const REAL: Msg = Msg {
    kk: "Бір тұрғынға және нақты мәнде",
    ru: "На жителя и в реальном выражении",
    en: "Per resident and in real terms",
};
/// Section: the publisher's totals checked, import warnings.
pub(crate) const QUALITY: Msg = Msg {
    kk: "Деректер сапасы",
    ru: "Качество данных",
    en: "Data quality",
};
/// Section: method and sources.
pub(crate) const METHOD: Msg = Msg {
    kk: "Әдіс және дереккөздер",
    ru: "Метод и источники",
    en: "Method and sources",
};
/// The data has no earlier year.
pub(crate) const NO_PREVIOUS: Msg = Msg {
    kk: "Салыстыру үшін алдыңғы жылдың деректері жоқ.",
    ru: "Данных за предыдущий год для сравнения нет.",
    en: "The data has no earlier year to compare with.",
};
/// The data has no executed amounts.
pub(crate) const NO_EXECUTION: Msg = Msg {
    kk: "Деректерде атқарылу сомалары жоқ.",
    ru: "В данных нет сумм исполнения.",
    en: "The data has no executed amounts.",
};
/// Neither population nor price index was given.
pub(crate) const NO_SERIES: Msg = Msg {
    kk: "Халық саны мен баға индексі берілмеген: қала конфигурациясына [population] және [cpi] қосыңыз (--config city.toml).",
    ru: "Численность населения и индекс цен не заданы: добавьте [population] и [cpi] в конфигурацию города (--config city.toml).",
    en: "No population or price index given: add [population] and [cpi] to a city config (--config city.toml).",
};
/// How many published totals the lines reproduce.
pub(crate) const ROUNDED: Msg = Msg {
    kk: "Тағы {k} қорытынды жолдарды дөңгелектеу бере алатыннан аз ерекшеленеді (ең көбі {x}): бұл жариялаушының дөңгелектеуі, қате емес.",
    ru: "Ещё {k} расходятся меньше, чем могло дать округление строк (не более чем на {x}): это округление издателя, а не ошибка.",
    en: "{k} more differ by less than rounding the lines could make (by {x} at most): the publisher's rounding, not an error.",
};

pub(crate) const RECONCILED: Msg = Msg {
    kk: "Жарияланған қорытындылар: {m}; жолдар {minor} дейін дәл қайталайтыны: {n}.",
    ru: "Строки воспроизводят {n} из {m} опубликованных итогов с точностью до {minor}.",
    en: "The lines reproduce {n} of the {m} published totals to the {minor}.",
};
/// The files print no totals to check.
pub(crate) const NO_TOTALS: Msg = Msg {
    kk: "Файлдарда тексерілетін жарияланған қорытындылар табылмады.",
    ru: "В файлах не найдено опубликованных итогов для сверки.",
    en: "The files hold no published totals to check.",
};
/// Above the import warnings.
pub(crate) const WARNINGS: Msg = Msg {
    kk: "Импорт ескертулері:",
    ru: "Предупреждения импорта:",
    en: "Import warnings:",
};
/// Above the files and their SHA-256.
pub(crate) const FILES: Msg = Msg {
    kk: "Файлдар (SHA-256):",
    ru: "Файлы (SHA-256):",
    en: "Files (SHA-256):",
};
/// Above the sheets, units and line counts.
pub(crate) const SHEETS: Msg = Msg {
    kk: "Парақтар, бірліктер, жолдар, жолдардан шығарылған жарияланған қорытындылар:",
    ru: "Листы, единицы, строки, опубликованные итоги (исключены из строк):",
    en: "Sheets, units, lines, published totals (kept out of the lines):",
};
/// Above the price index used for amounts in one year's prices.
pub(crate) const PRICE_INDEX: Msg = Msg {
    kk: "Баға индексі ({origin}; бір жылдың бағасындағы сома = сома × сол жылдың индексі / өз жылының индексі):",
    ru: "Индекс цен ({origin}; сумма в ценах года = сумма × индекс этого года / индекс её года):",
    en: "Price index ({origin}; an amount in a year's prices = the amount × that year's index / its own year's):",
};
/// Above the residents used for amounts per resident.
pub(crate) const POPULATION: Msg = Msg {
    kk: "Тұрғындар саны ({origin}; бір тұрғынға = сома / сол жылғы тұрғындар):",
    ru: "Численность жителей ({origin}; на одного жителя = сумма / жители того же года):",
    en: "Residents ({origin}; per resident = the amount / that year's residents):",
};
/// Above the commands that reproduce each table.
pub(crate) const COMMANDS: Msg = Msg {
    kk: "Әр кестені қайта шығаратын командалар (файлдар жатқан қалтада):",
    ru: "Команды, воспроизводящие каждую таблицу (в папке с файлами):",
    en: "Commands that reproduce each table (run in the files' folder):",
};
/// How amounts are summed.
pub(crate) const EXACT: Msg = Msg {
    kk: "Барлық сомалар дерекқордағы ұяшықтардан дәл қосылды (өңделмеген, жуықтаусыз); кестелердегі дөңгелектеу тек көрсету үшін. Әр жолдың ұяшығы tables/ және ashyq import шығысында көрсетілген.",
    ru: "Все суммы сложены точно из ячеек источника (без округления); округление в таблицах — только при показе. Ячейка каждой строки указана в выгрузке ashyq import.",
    en: "Every amount is summed exactly from the source's cells; tables round only when they show a number. Each line's cell is in the output of ashyq import.",
};
/// A long table cut on the page.
pub(crate) const FIRST_ROWS: Msg = Msg {
    kk: "Алғашқы {n} жол көрсетілген ({m} ішінен); толық кесте: tables/{name}.csv.",
    ru: "Показаны первые {n} строк из {m}; полная таблица: tables/{name}.csv.",
    en: "The first {n} of {m} rows are shown; the whole table is tables/{name}.csv.",
};
/// Title of the programs off their plan.
pub(crate) const FLAGGED_TITLE: Msg = Msg {
    kk: "Жоспардан ауытқыған бағдарламалар, {year}",
    ru: "Программы с отклонением от плана, {year}",
    en: "Programs off their plan, {year}",
};
/// Title of the totals the lines do not reproduce.
pub(crate) const DIFFERS_TITLE: Msg = Msg {
    kk: "Жолдар қайталамайтын жарияланған қорытындылар",
    ru: "Опубликованные итоги, не совпадающие с суммой строк",
    en: "Published totals the lines do not reproduce",
};
/// The footer: version and date.
pub(crate) const GENERATED: Msg = Msg {
    kk: "ashyq {version} жасаған, {date}. Әр сан дереккөздің ұяшығына дейін ізделеді.",
    ru: "Подготовлено ashyq {version}, {date}. Каждое число прослеживается до ячейки источника.",
    en: "Made by ashyq {version} on {date}. Every number traces back to a cell of the source.",
};

/// The programs off their plan cut to the largest.
pub(crate) const FLAGGED_CUT: Msg = Msg {
    kk: "Игерілмеген сомасы ең үлкен {n} бағдарлама ({m} ішінен); бәрі: ashyq execution ... --by program -o all.csv",
    ru: "{n} программ с наибольшим неосвоенным остатком из {m}; все: ashyq execution ... --by program -o all.csv",
    en: "The {n} programs with the largest unspent amounts, of {m}; all of them: ashyq execution ... --by program -o all.csv",
};

/// The columns of the table of totals the lines do not reproduce: key and header.
pub(crate) const RECONCILIATION_COLUMNS: [(&str, Msg); 9] = [
    (
        "file",
        Msg {
            kk: "Файл",
            ru: "Файл",
            en: "File",
        },
    ),
    (
        "sheet",
        Msg {
            kk: "Парақ",
            ru: "Лист",
            en: "Sheet",
        },
    ),
    (
        "cell",
        Msg {
            kk: "Ұяшық",
            ru: "Ячейка",
            en: "Cell",
        },
    ),
    (
        "label",
        Msg {
            kk: "Жол",
            ru: "Строка",
            en: "Row",
        },
    ),
    (
        "year",
        Msg {
            kk: "Жыл",
            ru: "Год",
            en: "Year",
        },
    ),
    (
        "stage",
        Msg {
            kk: "Кезең",
            ru: "Стадия",
            en: "Stage",
        },
    ),
    (
        "published",
        Msg {
            kk: "Жарияланған",
            ru: "Опубликовано",
            en: "Published",
        },
    ),
    (
        "computed",
        Msg {
            kk: "Жолдар қосындысы",
            ru: "Сумма строк",
            en: "Sum of lines",
        },
    ),
    (
        "difference",
        Msg {
            kk: "Айырма",
            ru: "Разница",
            en: "Difference",
        },
    ),
];

/// The currency's smallest unit as "to the ..." takes it: тиын for tenge,
/// копейка for hryvnia and rouble, лума for dram, дени for denar, else cent;
/// in Kazakh with the dative ending by rule (тиынға, копейкаға, центке).
pub(crate) fn minor_unit(lang: Lang, currency: &str) -> String {
    let (kk, ru, en) = match currency {
        "KZT" => ("тиын", "тиына", "tiyn"),
        "UAH" => ("копейка", "копейки", "kopiyka"),
        "RUB" | "BYN" => ("копейка", "копейки", "kopeck"),
        "AMD" => ("лума", "лумы", "luma"),
        "MKD" => ("дени", "дени", "deni"),
        crate::model::NO_CURRENCY => ("ең кіші бірлік", "наименьшей единицы", "smallest unit"),
        _ => ("цент", "цента", "cent"),
    };
    match lang {
        Lang::Kk => super::grammar::kk_inflect(kk, super::grammar::Case::Dative),
        Lang::Ru => ru.into(),
        Lang::En => en.into(),
    }
}

/// Above which file each year and stage came from (several files).
pub(crate) const BY_FILE: Msg = Msg {
    kk: "Жылдар мен кезеңдер қай файлдан алынды:",
    ru: "Из какого файла взяты годы и стадии:",
    en: "Which file each year and stage came from:",
};

/// Page 1 of a pack made with --accept-unreconciled.
pub(crate) const STATED_DIFFERS: Msg = Msg {
    kk: "Шешімнің 1-тармағында: «{label}», ал оның қосымшасының жолдары {c} құрайды: айырмасы {d}.",
    ru: "В пункте 1 решения: «{label}», а строки его приложения дают {c}: разница {d}.",
    en: "Point 1 of the decision states «{label}», but its annex's lines add up to {c}: a difference of {d}.",
};

pub(crate) const UNRECONCILED_PACK: Msg = Msg {
    kk: "Назар аударыңыз: файлда жарияланған {checked} қорытындының {differ} ashyq оқыған жолдардың сомасымен сәйкес келмейді. Төмендегі сандар — файлдың өз қорытындылары растамайтын оқылым: оқылым түзетілмейінше (ashyq validate), оларды тыңдауда дерек ретінде айтпаңыз.",
    ru: "Внимание: {differ} из {checked} итогов, опубликованных в файле, не сходятся с суммой строк, прочитанных ashyq. Цифры ниже — прочтение, которое собственные итоги файла не подтверждают: не называйте их на слушаниях как факт, пока прочтение не исправлено (ashyq validate).",
    en: "Warning: {differ} of the {checked} totals the file publishes differ from the sum of the lines ashyq read. The figures below are a reading the file's own totals do not bear out: do not state them at a hearing as fact until the reading is fixed (ashyq validate).",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_to_the_currency_s_own_smallest_unit() {
        let cases = [
            ("KZT", ["тиынға", "тиына", "tiyn"]),
            ("UAH", ["копейкаға", "копейки", "kopiyka"]),
            ("AMD", ["лумаға", "лумы", "luma"]),
            ("MKD", ["дениге", "дени", "deni"]),
            ("USD", ["центке", "цента", "cent"]),
            (
                "XXX",
                ["ең кіші бірлікке", "наименьшей единицы", "smallest unit"],
            ),
        ];
        for (currency, want) in cases {
            let got = [Lang::Kk, Lang::Ru, Lang::En].map(|l| minor_unit(l, currency));
            assert_eq!(got, want.map(String::from), "{currency}");
        }
    }
}
