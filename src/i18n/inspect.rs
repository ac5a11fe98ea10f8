//! The words of `inspect` and of the summary `import` prints.

use super::Msg;

pub(crate) const FILE: Msg = Msg {
    kk: "файл: {file}",
    ru: "файл: {file}",
    en: "file: {file}",
};

pub(crate) const FORMAT: Msg = Msg {
    kk: "  пішімі: {format}",
    ru: "  формат: {format}",
    en: "  format: {format}",
};

pub(crate) const ENCODING: Msg = Msg {
    kk: ", кодтамасы {e}",
    ru: ", кодировка {e}",
    en: ", encoding {e}",
};

pub(crate) const SEPARATOR: Msg = Msg {
    kk: ", бөлгіші {s}",
    ru: ", разделитель {s}",
    en: ", separator {s}",
};

pub(crate) const SHEET: Msg = Msg {
    kk: "«{name}» парағы",
    ru: "лист «{name}»",
    en: "sheet \"{name}\"",
};

pub(crate) const HIDDEN: Msg = Msg {
    kk: " (жасырын)",
    ru: " (скрыт)",
    en: " (hidden)",
};

pub(crate) const USED_RANGE: Msg = Msg {
    kk: ", толтырылған аймағы {r}",
    ru: ", занятый диапазон {r}",
    en: ", used range {r}",
};

pub(crate) const SKIPPED: Msg = Msg {
    kk: "  өткізілді: {why}",
    ru: "  пропущен: {why}",
    en: "  skipped: {why}",
};

pub(crate) const TITLE_ROWS: Msg = Msg {
    kk: "  тақырып үстіндегі атау жолдары: {n}",
    ru: "  строк заголовка над шапкой: {n}",
    en: "  title rows above the header: {n}",
};

pub(crate) const AS_OF: Msg = Msg {
    kk: "  сандар күні (шығарылымдарды ретке келтіреді): {d}",
    ru: "  цифры по состоянию на (упорядочивает выпуски): {d}",
    en: "  figures as of (orders releases): {d}",
};

pub(crate) const TITLE: Msg = Msg {
    kk: "  атауы: {t}",
    ru: "  название: {t}",
    en: "  title: {t}",
};

pub(crate) const HEADER_ROWS: Msg = Msg {
    kk: "  тақырып жолдары: {a}-{b}",
    ru: "  строки шапки: {a}-{b}",
    en: "  header rows: {a}-{b}",
};

pub(crate) const HEADER_ROW: Msg = Msg {
    kk: "  тақырып жолы: {a}",
    ru: "  строка шапки: {a}",
    en: "  header row: {a}",
};

pub(crate) const NUMBER_ROW: Msg = Msg {
    kk: " ({n}-жол тек бағандарды нөмірлейді: өткізілді)",
    ru: " (строка {n} лишь нумерует столбцы: пропущена)",
    en: " (row {n} only numbers the columns: skipped)",
};

pub(crate) const SHAPE: Msg = Msg {
    kk: ", пішіні: {shape}",
    ru: ", форма: {shape}",
    en: ", shape: {shape}",
};

pub(crate) const UNIT: Msg = Msg {
    kk: ", өлшем бірлігі: {label} (× {factor})",
    ru: ", единица: {label} (× {factor})",
    en: ", unit: {label} (× {factor})",
};

pub(crate) const COLUMNS: Msg = Msg {
    kk: "  бағандар:",
    ru: "  столбцы:",
    en: "  columns:",
};

pub(crate) const CURRENCY: Msg = Msg {
    kk: "  валютасы: {c}",
    ru: "  валюта: {c}",
    en: "  currency: {c}",
};

pub(crate) const DECIMAL_MARKS: Msg = Msg {
    kk: "  мәтін ретінде жазылған сандардың ондық белгісі: {marks}",
    ru: "  десятичный знак чисел, записанных текстом: {marks}",
    en: "  decimal mark of numbers written as text: {marks}",
};

pub(crate) const LINES: Msg = Msg {
    kk: "  жолдар: {n} (сомасы жоқ өткізілген жолдар: {skipped})",
    ru: "  строк: {n} (пропущено строк без сумм: {skipped})",
    en: "  lines: {n} (rows without amounts skipped: {skipped})",
};

pub(crate) const TOTALS_FOUND: Msg = Msg {
    kk: "  табылған және жолдардан бөлек қалдырылған жарияланған жиын сомалары: {n}",
    ru: "  найдено опубликованных итоговых сумм, не вошедших в строки: {n}",
    en: "  published total amounts found and kept out of the lines: {n}",
};

pub(crate) const YEARS_STAGES: Msg = Msg {
    kk: "  жылдар мен кезеңдер: {list}",
    ru: "  годы и стадии: {list}",
    en: "  years and stages: {list}",
};

pub(crate) const WARNINGS: Msg = Msg {
    kk: "  ескертулер:",
    ru: "  предупреждения:",
    en: "  warnings:",
};

pub(crate) const TOTALS: Msg = Msg {
    kk: "жиындар ({n} жол):",
    ru: "итоги (строк: {n}):",
    en: "totals ({n} lines):",
};

pub(crate) const N_LINES: Msg = Msg {
    kk: "{n} жол",
    ru: "строк: {n}",
    en: "{n} lines",
};

pub(crate) const WITHOUT_AMOUNT: Msg = Msg {
    kk: ", {n} жолда сома жоқ",
    ru: ", без суммы: {n}",
    en: ", {n} without an amount",
};

pub(crate) const PART_OF_YEAR: Msg = Msg {
    kk: "; тек {to}.{year} дейін, жылдың бір бөлігі",
    ru: "; только до {to}.{year}, часть года",
    en: "; to {to}.{year} only, a part of the year",
};

pub(crate) const BY_FILE: Msg = Msg {
    kk: "жылдар мен кезеңдер файлдар бойынша:",
    ru: "годы и стадии по файлам:",
    en: "years and stages by file:",
};

pub(crate) const IMPORTED: Msg = Msg {
    kk: "{files} файлдан {n} жол {out} ішіне импортталды",
    ru: "импортировано строк: {n} из файлов: {files} в {out}",
    en: "imported {n} lines from {files} file(s) into {out}",
};

pub(crate) const IMPORTED_FOLDER: Msg = Msg {
    kk: "{files} файлдан {n} жол {out} қалтасына импортталды",
    ru: "импортировано строк: {n} из файлов: {files} в папку {out}",
    en: "imported {n} lines from {files} file(s) into the folder {out}",
};

pub(crate) const WROTE_MAP: Msg = Msg {
    kk: "құрылым картасы жазылды: {path}",
    ru: "записана карта разметки {path}",
    en: "wrote the layout map {path}",
};

pub(crate) const TOTALS_ALL: Msg = Msg {
    kk: "жарияланған жиындар: {n} жиынның барлығы тиынға дейін сәйкес (жолдарға кірмейді)",
    ru: "опубликованные итоги: все {n} совпадают до тиына (в строки не входят)",
    en: "published totals: all {n} reproduced to the cent (kept out of the lines)",
};

pub(crate) const TOTALS_DOUBT: Msg = Msg {
    kk: "жарияланған жиындар: {doubt}; breakdown, compare, execution, chart және report бұл жолдарды --accept-unreconciled берілмесе қабылдамайды",
    ru: "опубликованные итоги: {doubt}; breakdown, compare, execution, chart и report отказываются от этих строк без --accept-unreconciled",
    en: "published totals: {doubt}; breakdown, compare, execution, chart and report refuse these lines unless given --accept-unreconciled",
};

pub(crate) const TOTALS_SOME: Msg = Msg {
    kk: "жарияланған жиындар: {n} жиынның {differ} өз жолдарының сомасынан өзгеше; қайсысы екенін көру үшін ashyq validate іске қосыңыз",
    ru: "опубликованные итоги: {differ} из {n} расходятся с суммой своих строк; запустите ashyq validate, чтобы увидеть какие",
    en: "published totals: {differ} of {n} differ from the sum of their lines; run ashyq validate to see which",
};

pub(crate) const TOTALS_ROUNDING: Msg = Msg {
    kk: "жарияланған жиындар: {n} жиынның барлығы тиынға дейін не жариялаушының дөңгелектеуі шегінде сәйкес ({k} жиын, ең көбі {x} {cur} айырмамен) (жолдарға кірмейді)",
    ru: "опубликованные итоги: все {n} совпадают до тиына или в пределах округления издателя ({k} из них, не более чем на {x} {cur}) (в строки не входят)",
    en: "published totals: all {n} reproduced to the cent or within the publisher's rounding ({k} of them, by {x} {cur} at most) (kept out of the lines)",
};

pub(crate) const TOTALS_SOME_ROUNDING: Msg = Msg {
    kk: "жарияланған жиындар: {n} жиынның {differ} өз жолдарының сомасынан өзгеше, тағы {k} тек дөңгелектеу шегінде; қайсысы екенін көру үшін ashyq validate іске қосыңыз",
    ru: "опубликованные итоги: {differ} из {n} расходятся с суммой своих строк, ещё {k} — только в пределах округления; запустите ashyq validate, чтобы увидеть какие",
    en: "published totals: {differ} of {n} differ from the sum of their lines, {k} more within rounding only; run ashyq validate to see which",
};

/// The shape words, as `inspect` shows them.
pub(crate) const SHAPES: [(&str, Msg); 4] = [
    (
        "long",
        Msg {
            kk: "ұзын (жыл мен кезең әр жолда)",
            ru: "длинная (год и стадия в каждой строке)",
            en: "long",
        },
    ),
    (
        "wide",
        Msg {
            kk: "кең (жыл мен кезең бағандарда)",
            ru: "широкая (год и стадия в столбцах)",
            en: "wide",
        },
    ),
    (
        "lines",
        Msg {
            kk: "ashyq жолдар файлы",
            ru: "файл строк ashyq",
            en: "lines",
        },
    ),
    (
        "tree",
        Msg {
            kk: "ағаш",
            ru: "дерево",
            en: "tree",
        },
    ),
];

pub(crate) const ROLE_AMOUNT_OF: Msg = Msg {
    kk: "сома {year} {stage}",
    ru: "сумма {year} {stage}",
    en: "amount {year} {stage}",
};

pub(crate) const ROW_YEAR: Msg = Msg {
    kk: "(жол жылы)",
    ru: "(год строки)",
    en: "(row year)",
};

/// The role names, by the JSON name of the role.
pub(crate) const ROLES: [(&str, Msg); 16] = [
    (
        "code",
        Msg {
            kk: "код",
            ru: "код",
            en: "code",
        },
    ),
    (
        "name",
        Msg {
            kk: "атауы",
            ru: "название",
            en: "name",
        },
    ),
    (
        "year",
        Msg {
            kk: "жыл",
            ru: "год",
            en: "year",
        },
    ),
    (
        "stage",
        Msg {
            kk: "кезең",
            ru: "стадия",
            en: "stage",
        },
    ),
    (
        "amount",
        Msg {
            kk: "сома",
            ru: "сумма",
            en: "amount",
        },
    ),
    (
        "percent",
        Msg {
            kk: "пайыз",
            ru: "процент",
            en: "percent",
        },
    ),
    (
        "row_number",
        Msg {
            kk: "жол нөмірі",
            ru: "номер строки",
            en: "row number",
        },
    ),
    (
        "dimension",
        Msg {
            kk: "өлшем",
            ru: "измерение",
            en: "dimension",
        },
    ),
    (
        "edition",
        Msg {
            kk: "басылым",
            ru: "редакция",
            en: "edition",
        },
    ),
    (
        "ignore",
        Msg {
            kk: "алынбады",
            ru: "не берётся",
            en: "ignore",
        },
    ),
    (
        "id",
        Msg {
            kk: "id",
            ru: "id",
            en: "id",
        },
    ),
    (
        "parent_id",
        Msg {
            kk: "parent id",
            ru: "parent id",
            en: "parent id",
        },
    ),
    (
        "level",
        Msg {
            kk: "деңгей",
            ru: "уровень",
            en: "level",
        },
    ),
    (
        "period",
        Msg {
            kk: "кезең (ай)",
            ru: "период",
            en: "period",
        },
    ),
    (
        "direction",
        Msg {
            kk: "бағыт",
            ru: "направление",
            en: "direction",
        },
    ),
    (
        "wide",
        Msg {
            kk: "сома",
            ru: "сумма",
            en: "amount",
        },
    ),
];

pub(crate) const SEPARATORS_OTHER: Msg = Msg {
    kk: "басқа",
    ru: "другой",
    en: "other",
};

pub(crate) const STDOUT: Msg = Msg {
    kk: "стандартты шығыс",
    ru: "стандартный вывод",
    en: "standard output",
};
