//! The words of messages on stderr: errors, and the words that frame them.

use super::Msg;

pub(crate) const ERROR: Msg = Msg {
    kk: "қате",
    ru: "ошибка",
    en: "error",
};

pub(crate) const WARNING: Msg = Msg {
    kk: "ескерту",
    ru: "предупреждение",
    en: "warning",
};

pub(crate) const FLAG_SAYS: Msg = Msg {
    kk: "{flag}: {message}",
    ru: "{flag}: {message}",
    en: "{flag}: {message}",
};

pub(crate) const PATH_SAYS: Msg = Msg {
    kk: "{path}: {message}",
    ru: "{path}: {message}",
    en: "{path}: {message}",
};

pub(crate) const AT_SHEET: Msg = Msg {
    kk: ", «{sheet}» парағы",
    ru: ", лист «{sheet}»",
    en: ", sheet \"{sheet}\"",
};

pub(crate) const AT_CELL: Msg = Msg {
    kk: ", {cell} ұяшығы",
    ru: ", ячейка {cell}",
    en: ", cell {cell}",
};

pub(crate) const IO_PERMISSION: Msg = Msg {
    kk: "рұқсат жоқ ({detail}); файлға немесе қалтаға қол жеткізуге құқығыңызды тексеріңіз",
    ru: "нет доступа ({detail}); проверьте права на файл или папку",
    en: "permission denied ({detail}); check your rights to the file or folder",
};

pub(crate) const IO_FULL: Msg = Msg {
    kk: "дискіде орын жоқ ({detail}); орын босатып, қайталаңыз",
    ru: "на диске нет места ({detail}); освободите место и повторите",
    en: "the disk is full ({detail}); free some space and try again",
};

pub(crate) const IO_READ_ONLY: Msg = Msg {
    kk: "диск тек оқуға арналған ({detail}); басқа -o таңдаңыз",
    ru: "диск только для чтения ({detail}); выберите другой -o",
    en: "the disk is read-only ({detail}); choose another -o",
};

pub(crate) const INTERNAL: Msg = Msg {
    kk: "ashyq-тың ішкі қатесі: {what}; оны тудырған командамен бірге хабарлаңыз",
    ru: "внутренняя ошибка ashyq: {what}; сообщите о ней вместе с командой, которая её вызвала",
    en: "internal error: {what}; please report it with the command that caused it",
};

pub(crate) const NO_LAYOUT_TO_WRITE: Msg = Msg {
    kk: "бірде-бір парақ бюджет жолдарын бермеді, сондықтан жазатын құрылым жоқ",
    ru: "ни один лист не дал строк бюджета, так что записывать нечего",
    en: "no sheet gave budget lines, so there is no layout to write",
};

pub(crate) const NOT_FOUND: Msg = Msg {
    kk: "{path}: мұндай файл жоқ; жолды тексеріңіз",
    ru: "{path}: такого файла нет; проверьте путь",
    en: "{path}: no such file; check the path",
};

pub(crate) const IS_DIRECTORY: Msg = Msg {
    kk: "{path}: бұл қалта; оның ішіндегі кесте немесе CSV файлын атаңыз",
    ru: "{path}: это папка; укажите файл таблицы или CSV внутри неё",
    en: "{path}: is a directory; name a spreadsheet or CSV file inside it",
};

pub(crate) const EMPTY_FILE: Msg = Msg {
    kk: "{path}: файл бос (0 байт); оны қайта жүктеп алыңыз",
    ru: "{path}: файл пуст (0 байт); скачайте его заново",
    en: "{path}: the file is empty (0 bytes); download it again",
};

pub(crate) const NO_SHEET: Msg = Msg {
    kk: "{path}: «{sheet}» деген парақ жоқ (--sheet); кітаптағы парақтар: {available}",
    ru: "{path}: нет листа «{sheet}» (--sheet); в книге есть: {available}",
    en: "{path}: no sheet named \"{sheet}\" (--sheet); the workbook has: {available}",
};

pub(crate) const OUTPUT_EXISTS: Msg = Msg {
    kk: "{path}: файл бар; ауыстыру үшін --force қосыңыз",
    ru: "{path}: файл уже есть; добавьте --force, чтобы заменить его",
    en: "{path}: already exists; add --force to replace it",
};

pub(crate) const NO_FOLDER: Msg = Msg {
    kk: "{path}: {dir} қалтасы жоқ; алдымен оны жасаңыз немесе басқа -o таңдаңыз",
    ru: "{path}: папки {dir} нет; сначала создайте её или выберите другой -o",
    en: "{path}: the folder {dir} does not exist; create it first or choose another -o",
};

// ---------------------------------------------------------------- validate

pub(crate) const NO_TOTALS: Msg = Msg {
    kk: "жарияланған қорытындылар табылмады (дереккөздерде қорытынды, топ немесе аралық жиын жолдары жоқ)",
    ru: "опубликованных итогов не найдено (в источниках нет строк итогов, групп или подытогов)",
    en: "no published totals found (no total rows, group rows or subtotals in the sources)",
};

pub(crate) const OF_SHEET: Msg = Msg {
    kk: "{file}, «{sheet}» парағы:",
    ru: "{file}, лист «{sheet}»:",
    en: "{file}, sheet \"{sheet}\":",
};

pub(crate) const ROW: Msg = Msg {
    kk: "{a}-жол",
    ru: "строка {a}",
    en: "row {a}",
};

pub(crate) const ROWS: Msg = Msg {
    kk: "{a}-{b} жолдар",
    ru: "строки {a}-{b}",
    en: "rows {a}-{b}",
};

pub(crate) const NO_ROWS: Msg = Msg {
    kk: "жол жоқ",
    ru: "нет строк",
    en: "no rows",
};

pub(crate) const COVERED_NONE: Msg = Msg {
    kk: "жолдар жоқ, сомасы",
    ru: "строк нет, их сумма",
    en: "no lines add up to",
};

pub(crate) const COVERED_ONE: Msg = Msg {
    kk: "жолдар: 1 ({rows}), сомасы",
    ru: "строк: 1 ({rows}), их сумма",
    en: "the 1 line of {rows} adds up to",
};

pub(crate) const COVERED: Msg = Msg {
    kk: "жолдар: {n} ({rows}), сомасы",
    ru: "строк: {n} ({rows}), их сумма",
    en: "the {n} lines of {rows} add up to",
};

pub(crate) const PUBLISHED: Msg = Msg {
    kk: "жарияланғаны {p}, {covered} {c}",
    ru: "опубликовано {p}, {covered} {c}",
    en: "published {p}, {covered} {c}",
};

pub(crate) const EXACTLY: Msg = Msg {
    kk: ": дәл сәйкес",
    ru: ": совпадает точно",
    en: ": reproduced exactly",
};

pub(crate) const NOISE: Msg = Msg {
    kk: ": жүздік үлеске дейін сәйкес (дереккөз ұяшықтарында қалқымалы нүктелі сандардың {x} қателігі бар)",
    ru: ": совпадает до сотых (в ячейках источника погрешность чисел с плавающей точкой: {x})",
    en: ": reproduced to the cent (the source's cells carry {x} of floating-point noise)",
};

pub(crate) const DIFFERS: Msg = Msg {
    kk: ": {d} {cur} АЙЫРМАШЫЛЫҚ",
    ru: ": РАСХОДИТСЯ на {d} {cur}",
    en: ": DIFFERS by {d} {cur}",
};

pub(crate) const WITHIN_ROUNDING: Msg = Msg {
    kk:
        ", бұл {n} жолдың әрқайсысын және қорытындыны {u} {cur} дейін дөңгелектеу бере алатыннан аз",
    ru: ", меньше, чем могло дать округление каждой из {n} строк и итога до {u} {cur}",
    en: ", less than rounding each of its {n} lines and the total to {u} {cur} could make",
};

pub(crate) const ALL_REPRODUCED: Msg = Msg {
    kk: "жарияланған {n} қорытындының барлығы импортталған жолдар сомасымен жүздік үлеске дейін сәйкес",
    ru: "все {n} опубликованных итогов совпадают с суммой импортированных строк до сотых",
    en: "all {n} published totals are reproduced by the imported lines, to the cent",
};

pub(crate) const SOME_DIFFER: Msg = Msg {
    kk: "жарияланған {n} қорытындының {differ} өз жолдарының сомасымен сәйкес емес: бұл жариялаушының есебі немесе ashyq импорттамаған жолдар; ұяшықтар жоғарыда",
    ru: "{differ} из {n} опубликованных итогов не сходятся с суммой своих строк: это арифметика издателя или строки, которые ashyq не импортировал; ячейки указаны выше",
    en: "{differ} of {n} published totals differ from the sum of their lines: the publisher's arithmetic, or lines ashyq did not import; see the cells above",
};

pub(crate) const DOUBT: Msg = Msg {
    kk: "ashyq бұл құрылымды дұрыс оқығаны күмәнді: жарияланған {checked} қорытындының {differ} өз жолдарының сомасымен сәйкес емес",
    ru: "прочтение этой разметки ashyq сомнительно: {differ} из {checked} опубликованных итогов не сходятся с суммами своих строк",
    en: "ashyq's reading of this layout is doubtful: {differ} of {checked} published totals differ from the sums of their lines",
};

pub(crate) const DOUBT_MULTIPLE: Msg = Msg {
    kk: "; жолдар сомасы қорытындылардан шамамен {k} есе көп: өзі жиынтық болып табылатын жолдар (топ, кіші топ, әкімші жолдары) бюджет жолы ретінде оқылған болуы мүмкін (код бағанын тексеріңіз: --code-col)",
    ru: "; строки в сумме дают примерно в {k} раза больше итогов: вероятно, строки, которые сами являются суммами (группы, подгруппы, администраторы), прочитаны как строки бюджета (проверьте столбец кода: --code-col)",
    en: "; the lines add up to about {k} times their totals: rows that are themselves sums (group, subgroup or administrator rows) were likely read as lines (check the code column: --code-col)",
};

pub(crate) const DOUBT_COLUMNS: Msg = Msg {
    kk: "; {cols} бағандарында барлық қорытынды сәйкес емес, ал қалғандарында сәйкес: бұл сомалар қай жыл мен кезең ретінде оқылғанын тексеріңіз (--column немесе карта)",
    ru: "; в столбцах {cols} расходятся все итоги, а в остальных сходятся: проверьте год и стадию, которыми прочитаны эти суммы (--column или карта)",
    en: "; every total differs in column{s} {cols} while other columns agree: check the year and stage those amounts are read as (--column, or the map)",
};

pub(crate) const AND_MORE: Msg = Msg {
    kk: " және тағы {n}",
    ru: " и ещё {n}",
    en: " and {n} more",
};

pub(crate) const DOUBT_EMPTY: Msg = Msg {
    kk: "; олардың {n} жолдар сомасы нөлге тең (қорытындыларда сома бар жерде жол ұяшықтары бос немесе 0)",
    ru: "; у {n} из них сумма строк равна нулю (ячейки строк пусты или 0 там, где у итогов есть суммы)",
    en: "; {n} of them have lines that add up to nothing (the lines' cells are 0 or empty where the totals hold amounts)",
};

pub(crate) const DOUBT_FILES: Msg = Msg {
    kk: "; қайсысы қате оқылғанын көру үшін әр файлды бөлек тексеріңіз",
    ru: "; проверьте каждый файл отдельно, чтобы увидеть, какой прочитан неверно",
    en: "; validate each file alone to see which is read wrong",
};

pub(crate) const FINDING_TITLES: [Msg; 5] = [
    Msg {
        kk: "қайталанған жолдар",
        ru: "повторяющиеся строки",
        en: "duplicate lines",
    },
    Msg {
        kk: "теріс сомалар",
        ru: "отрицательные суммы",
        en: "negative amounts",
    },
    Msg {
        kk: "жоспардың 100%-ынан асып атқарылғандар",
        ru: "исполнено больше 100% плана",
        en: "executed over 100% of the plan",
    },
    Msg {
        kk: "келесі жылы жоғалатын жолдар",
        ru: "строки, исчезающие на следующий год",
        en: "lines that vanish the next year",
    },
    Msg {
        kk: "бекітілген сомадан ±20%-дан артық түзетулер",
        ru: "изменения больше ±20% утвержденной суммы",
        en: "revisions beyond ±20% of the approved amount",
    },
];

pub(crate) const MORE_FINDINGS: Msg = Msg {
    kk: "  ... және тағы {n} (--all барлығын көрсетеді)",
    ru: "  ... и ещё {n} (--all покажет все)",
    en: "  ... and {n} more (--all lists them)",
};

pub(crate) const NO_FINDINGS: Msg = Msg {
    kk: "қайталанған жолдар, теріс сомалар, 100%-дан асқан атқарылу, жоғалған жолдар немесе ±20%-дан асқан түзетулер жоқ",
    ru: "нет повторяющихся строк, отрицательных сумм, исполнения свыше 100%, исчезнувших строк и изменений больше ±20%",
    en: "no duplicate lines, negative amounts, execution over 100%, vanished lines or revisions beyond ±20%",
};
