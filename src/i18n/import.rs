//! The words of the importer: why a column got its role, what a sheet's
//! reader warns about, why a sheet gave no lines. Said by `inspect`, the
//! warnings on stderr and the pack's data-quality section.

use super::Msg;

// ------------------------------------------------ why a column has its role

pub(crate) const WHY_EMPTY_HEADER: Msg = Msg {
    kk: "тақырыбы бос",
    ru: "заголовок пуст",
    en: "empty header",
};

pub(crate) const WHY_PERCENT: Msg = Msg {
    kk: "пайыз: ешқашан қосылмайды",
    ru: "процент: никогда не суммируется",
    en: "a percentage: never summed",
};

pub(crate) const WHY_PORTAL_STAGE: Msg = Msg {
    kk: "«{w}» — бюджет порталының бағаны: {term} ({stage})",
    ru: "«{w}» — столбец бюджетного портала: {term} ({stage})",
    en: "\"{w}\" is the budget portal's {term} ({stage})",
};

pub(crate) const WHY_PORTAL_LEFT_OUT: Msg = Msg {
    kk: "«{w}» — бюджет порталының бағаны: {term}, {reason}: алынбады",
    ru: "«{w}» — столбец бюджетного портала: {term}, {reason}: не берётся",
    en: "\"{w}\" is the budget portal's {term}, {reason}: left out",
};

pub(crate) const PORTAL_PART_OF_PLAN: Msg = Msg {
    kk: "жылдық жоспардың бір бөлігі",
    ru: "часть годового плана",
    en: "a part of the year's plan",
};

pub(crate) const PORTAL_COMMITMENTS: Msg = Msg {
    kk: "міндеттемелер, бюджет кезеңі емес",
    ru: "обязательства, а не стадия бюджета",
    en: "commitments, not a budget stage",
};

pub(crate) const PORTAL_DIFFERENCE: Msg = Msg {
    kk: "екі бағанның айырмасы",
    ru: "разность двух столбцов",
    en: "a difference of two columns",
};

pub(crate) const WHY_COMPARES: Msg = Msg {
    kk: "«{w}» екі бағанды салыстырады: қатынас, ешқашан қосылмайды",
    ru: "«{w}» сравнивает два столбца: отношение, никогда не суммируется",
    en: "\"{w}\" compares two columns: a ratio, never summed",
};

pub(crate) const WHY_PORTAL_RATE: Msg = Msg {
    kk: "«{w}» — бюджет порталындағы жоспардың атқарылу пайызы: ешқашан қосылмайды",
    ru: "«{w}» — исполнение в процентах к плану на бюджетном портале: никогда не суммируется",
    en: "\"{w}\" is the budget portal's execution in per cent of the plan: never summed",
};

pub(crate) const WHY_PARENT_CODE: Msg = Msg {
    kk: "«{w}» жоғары деңгейдің кодын қайталайды: әр жолдың код жолы кодтардан құрылады",
    ru: "«{w}» повторяет код родителя: путь кода каждой строки строится из кодов",
    en: "\"{w}\" repeats the parent's code: each line's code path is built from the codes",
};

pub(crate) const WHY_ID: Msg = Msg {
    kk: "«{w}» — ағаштағы әр жолдың идентификаторы",
    ru: "«{w}» — идентификатор каждой строки в дереве",
    en: "\"{w}\" is each row's id in a tree",
};

pub(crate) const WHY_PARENT_ID: Msg = Msg {
    kk: "«{w}» ағаштағы әр жолдың жоғары деңгейін атайды",
    ru: "«{w}» называет родителя каждой строки в дереве",
    en: "\"{w}\" names each row's parent in the tree",
};

pub(crate) const WHY_LEVEL: Msg = Msg {
    kk: "«{w}» — әр жолдың деңгейі",
    ru: "«{w}» — уровень каждой строки",
    en: "\"{w}\" is each row's depth",
};

pub(crate) const WHY_PERIOD: Msg = Msg {
    kk: "«{w}» — әр жолдың есепті кезеңі",
    ru: "«{w}» — отчётный период каждой строки",
    en: "\"{w}\" is each row's reporting period",
};

pub(crate) const WHY_ROW_NUMBER: Msg = Msg {
    kk: "«{w}» жолдарды нөмірлейді",
    ru: "«{w}» нумерует строки",
    en: "\"{w}\" numbers the rows",
};

pub(crate) const WHY_YEAR_COLUMN: Msg = Msg {
    kk: "«{w}» — жыл бағаны",
    ru: "«{w}» — столбец года",
    en: "\"{w}\" is a year column",
};

pub(crate) const WHY_STAGE_COLUMN: Msg = Msg {
    kk: "«{w}» — кезең бағаны",
    ru: "«{w}» — столбец стадии",
    en: "\"{w}\" is a stage column",
};

pub(crate) const WHY_YEAR: Msg = Msg {
    kk: "{y} жыл",
    ru: "год {y}",
    en: "year {y}",
};

pub(crate) const WHY_STAGE_WORD: Msg = Msg {
    kk: "«{w}» дегені — {stage}",
    ru: "«{w}» означает: {stage}",
    en: "\"{w}\" means {stage}",
};

pub(crate) const WHY_CODE: Msg = Msg {
    kk: "«{w}» кодты атайды",
    ru: "«{w}» называет код",
    en: "\"{w}\" names a code",
};

pub(crate) const WHY_NAME: Msg = Msg {
    kk: "«{w}» жолдың атауын береді",
    ru: "«{w}» называет строку",
    en: "\"{w}\" names the line",
};

pub(crate) const WHY_AMOUNT: Msg = Msg {
    kk: "«{w}» сомаларды ұстайды",
    ru: "«{w}» содержит суммы",
    en: "\"{w}\" holds amounts",
};

pub(crate) const WHY_NO_WORDS: Msg = Msg {
    kk: "рөл сөздері жоқ: өлшем ретінде алынды",
    ru: "нет слов роли: берётся как измерение",
    en: "no role words: carried as a dimension",
};

pub(crate) const WHY_SET_BY_MAP: Msg = Msg {
    kk: "картада берілген («{key}» = «{role}»)",
    ru: "задано картой («{key}» = «{role}»)",
    en: "set by the map (\"{key}\" = \"{role}\")",
};

pub(crate) const WHY_SET_BY_FLAG: Msg = Msg {
    kk: "{flag} арқылы берілген",
    ru: "задано флагом {flag}",
    en: "set by {flag}",
};

pub(crate) const WHY_FLAG_CHOSE_OTHER: Msg = Msg {
    kk: "{flag} басқа бағанды таңдады",
    ru: "{flag} выбрал другой столбец",
    en: "{flag} chose another column",
};

pub(crate) const WHY_FLOAT_CODES: Msg = Msg {
    kk: "қалқымалы сан ретінде жазылған («1.0»): «1» деп оқылды",
    ru: "записаны как дробные числа («1.0»): читаются как «1»",
    en: "written as floats (\"1.0\"): read as \"1\"",
};

pub(crate) const WHY_CODE_LENGTHS: Msg = Msg {
    kk: "{lens} таңбалы кодтар, әрқайсысы өзінен басталатын ұзынырақ кодтардың жиыны (сомалары сәйкес)",
    ru: "коды из {lens} цифр, каждый возглавляет более длинные, что с него начинаются (их суммы сходятся)",
    en: "codes of {lens} digits, each heading the longer ones that begin with it (their sums agree)",
};

pub(crate) const WHY_CODE_LEVEL: Msg = Msg {
    kk: "код жолының бір деңгейі ({cols} бағандары)",
    ru: "уровень пути кода (столбцы {cols})",
    en: "a level of the code path (columns {cols})",
};

pub(crate) const WHENCE_FLAG_YEAR: Msg = Msg {
    kk: "--year арқылы",
    ru: "по --year",
    en: "by --year",
};

pub(crate) const WHENCE_TITLE: Msg = Msg {
    kk: "«{t}» тақырыбынан",
    ru: "из заголовка «{t}»",
    en: "from the title \"{t}\"",
};

pub(crate) const WHENCE_FILE_NAME: Msg = Msg {
    kk: "файл атауынан",
    ru: "из имени файла",
    en: "from the file's name",
};

pub(crate) const WHENCE_DEFAULT: Msg = Msg {
    kk: "әдепкі бойынша",
    ru: "по умолчанию",
    en: "by default",
};

pub(crate) const WHENCE_SHEET_NAME: Msg = Msg {
    kk: "парақ атауы «{sheet}» «{w}» дейді",
    ru: "имя листа «{sheet}» говорит «{w}»",
    en: "the sheet's name \"{sheet}\" says \"{w}\"",
};

pub(crate) const WHENCE_FILE_WORD: Msg = Msg {
    kk: "файл атауы «{w}» дейді",
    ru: "имя файла говорит «{w}»",
    en: "the file's name says \"{w}\"",
};

pub(crate) const WARN_ONE_YEAR: Msg = Msg {
    kk: "жылы бар баған жоқ: {col} бағаны («{header}») {y} жыл, {stage} деп алынды, жыл {whence}; олай болмаса, --year немесе --column \"HEADER=YEAR:STAGE\" беріңіз",
    ru: "нет столбца с годом: столбец {col} («{header}») взят как {y} год, {stage}, год {whence}; если нет, укажите --year или --column \"HEADER=YEAR:STAGE\"",
    en: "no column holds the year: column {col} (\"{header}\") is taken as {y} {stage}, the year {whence}; give --year or --column \"HEADER=YEAR:STAGE\" if not",
};

pub(crate) const WHY_YEAR_WHENCE: Msg = Msg {
    kk: "{y} жыл {whence}",
    ru: "год {y} {whence}",
    en: "year {y} {whence}",
};

pub(crate) const NO_YEAR_COLUMN: Msg = Msg {
    kk: "{col} бағанында («{header}») сомалар бар, бірақ жылы бар баған жоқ; оны --year-col арқылы атаңыз немесе сома бағандарын --column \"HEADER=2024:approved\" арқылы беріңіз",
    ru: "в столбце {col} («{header}») суммы, но нет столбца с годом; назовите его через --year-col или задайте столбцы сумм через --column \"HEADER=2024:approved\"",
    en: "column {col} (\"{header}\") holds amounts but no column holds the year; name it with --year-col, or give the amounts' columns with --column \"HEADER=2024:approved\"",
};

pub(crate) const WARN_NO_STAGE_COLUMN: Msg = Msg {
    kk: "кезең бағаны жоқ: барлық сома {stage} деп алынды ({whence}); олай болмаса, --stage немесе --stage-col беріңіз",
    ru: "нет столбца стадии: все суммы взяты как {stage} ({whence}); если нет, укажите --stage или --stage-col",
    en: "no stage column: every amount is taken as {stage} ({whence}); give --stage or --stage-col if not",
};

pub(crate) const WHY_LONG_NOT_WIDE: Msg = Msg {
    kk: "жылды немесе кезеңді атайды, бірақ кесте ұзын (бір сома бағаны)",
    ru: "называет год или стадию, но таблица длинная (один столбец сумм)",
    en: "names a year or stage, but the table is long (one amount column)",
};

pub(crate) const WHY_PARENT_TOTAL: Msg = Msg {
    kk: "әр жолда өз {key} жиынын қайталайды ({col} бағанының сомалары жанындағы жоғары деңгей жиыны): тексеріледі, ешқашан жол емес",
    ru: "повторяет на каждой строке итог своего {key} (итог родителя рядом с суммами столбца {col}): проверяется, никогда не строка",
    en: "repeats on every row the total of its {key} (a parent's total beside column {col}'s amounts): checked, never a line",
};

pub(crate) const COLUMN_HEADED: Msg = Msg {
    kk: "{col} бағаны («{header}»)",
    ru: "столбец {col} («{header}»)",
    en: "column {col} (\"{header}\")",
};

pub(crate) const QUOTED: Msg = Msg {
    kk: "«{w}»",
    ru: "«{w}»",
    en: "\"{w}\"",
};

pub(crate) const BOTH_HOLD: Msg = Msg {
    kk: "{a} және {b} бағандарының екеуі де {year} {stage} сомасын ұстайды; біреуін --column \"HEADER=YEAR:STAGE\" арқылы беріңіз",
    ru: "столбцы {a} и {b} оба содержат {year} {stage}; задайте один через --column \"HEADER=YEAR:STAGE\"",
    en: "columns {a} and {b} both hold {year} {stage}; set one with --column \"HEADER=YEAR:STAGE\"",
};

pub(crate) const EACH_ROWS_YEAR: Msg = Msg {
    kk: "әр жолдың жылы",
    ru: "год каждой строки",
    en: "each row's year",
};

pub(crate) const WHY_YEAR_FROM_ROWS: Msg = Msg {
    kk: "жыл әр жолдың жыл бағанынан алынады",
    ru: "год берётся из столбца года каждой строки",
    en: "the year comes from each row's year column",
};

pub(crate) const STAGE_NO_YEAR: Msg = Msg {
    kk: "{col} бағаны («{header}») кезеңді атайды, бірақ жылды атамайды; --year немесе --column \"{header}=YEAR:STAGE\" беріңіз",
    ru: "столбец {col} («{header}») называет стадию, но не год; укажите --year или --column \"{header}=YEAR:STAGE\"",
    en: "column {col} (\"{header}\") names a stage but no year; give --year, or --column \"{header}=YEAR:STAGE\"",
};

pub(crate) const WHY_STAGE_BY_FLAG: Msg = Msg {
    kk: "{stage} --stage арқылы",
    ru: "{stage} по --stage",
    en: "{stage} by --stage",
};

pub(crate) const WHY_NO_STAGE_WORD: Msg = Msg {
    kk: "кезең сөзі жоқ: {stage}",
    ru: "нет слова стадии: {stage}",
    en: "no stage word: {stage}",
};

pub(crate) const WARN_YEAR_FROM_FILE: Msg = Msg {
    kk: "бірде-бір тақырып жылды атамайды: {cols} бағандары {y} жыл деп алынды — файл атауындағы жалғыз жыл; олай болмаса, --year беріңіз",
    ru: "ни один заголовок не называет год: столбцы {cols} взяты как {y} год — единственный год в имени файла; если нет, укажите --year",
    en: "no header names a year: columns {cols} are taken as {y}, the one year the file's name holds; give --year if not",
};

pub(crate) const WARN_NO_STAGE_WORD: Msg = Msg {
    kk: "{cols} бағанының тақырыбында кезең сөзі жоқ: {stage} деп алынды ({whence}); олай болмаса, --stage немесе --column \"HEADER=YEAR:STAGE\" беріңіз",
    ru: "в заголовке столбца {cols} нет слова стадии: взят как {stage} ({whence}); если нет, укажите --stage или --column \"HEADER=YEAR:STAGE\"",
    en: "no stage word in the header of column {cols}: taken as {stage} ({whence}); give --stage or --column \"HEADER=YEAR:STAGE\" if not",
};

pub(crate) const WHY_NO_TREE: Msg = Msg {
    kk: "id мен parent_id екеуі болмаса, ағаш жоқ: алынбады",
    ru: "без id и parent_id вместе дерева нет: не берётся",
    en: "no tree without both id and parent_id: left out",
};

pub(crate) const WHY_NOT_A_TREE: Msg = Msg {
    kk: "ағаш емес: алғашқы {n} parent мәнінің {found} ғана жолдардың id-і",
    ru: "не дерево: лишь {found} из первых {n} значений parent — id строк",
    en: "not a tree: {found} of the first {n} parent values are ids of rows",
};

pub(crate) const WHY_A_TREE: Msg = Msg {
    kk: "ағаш: балалары бар жолдар — өз жапырақтарының жиыны (алғашқы {n} parent-тің {found} табылды)",
    ru: "дерево: строки с детьми — итоги своих листьев (найдено {found} из первых {n} родителей)",
    en: "a tree: rows with children are totals of their leaves ({found} of the first {n} parents found)",
};

pub(crate) const WHY_YEAR_VALUES: Msg = Msg {
    kk: "«{h}» тақырыбында жыл сөзі бар және әр мән — жыл («{v}»)",
    ru: "в «{h}» есть слово года, и каждое значение — год («{v}»)",
    en: "\"{h}\" has a year word and every value is a year (\"{v}\")",
};

pub(crate) const WHY_WORDS_NO_HEADER: Msg = Msg {
    kk: "тақырыбы жоқ, бірақ ұяшықтары сөздер: атаулар",
    ru: "заголовка нет, но в ячейках слова: это названия",
    en: "no header, but its cells are words: the names",
};

pub(crate) const WHY_ONLY_WORDS: Msg = Msg {
    kk: "сөздері бар жалғыз баған, олар түгелге жуық әртүрлі: атаулар",
    ru: "единственный столбец слов, почти все разные: это названия",
    en: "the only column of words, nearly all different: the names",
};

pub(crate) const WHY_DIRECTIONS: Msg = Msg {
    kk: "әр мән бағытты атайды ({values}): әр жолдың өз бағыты",
    ru: "каждое значение называет направление ({values}): у каждой строки своё",
    en: "every value names a direction ({values}): each row's own",
};

pub(crate) const WHY_WORDS_NOT_NUMBERS: Msg = Msg {
    kk: "бірақ алғашқы ұяшықтарының {words} сөз, {numbers} сан: сома емес",
    ru: "но {words} из первых ячеек — слова и {numbers} — числа: это не суммы",
    en: "but {words} of its first cells are words and {numbers} numbers: no amounts",
};

pub(crate) const WHY_MOST_SPECIFIC: Msg = Msg {
    kk: "атау бағандарының ең нақтысы (әртүрлі мәндері ең көп)",
    ru: "самый подробный из столбцов названий (больше всего разных значений)",
    en: "the most specific of the name columns (the most distinct values)",
};

pub(crate) const WHY_OTHER_IS_CODE: Msg = Msg {
    kk: "код — {col} бағаны, сондықтан бұл баған өлшем ретінде алынды",
    ru: "код — столбец {col}, поэтому этот берётся как измерение",
    en: "column {col} is the code, so this one is carried as a dimension",
};

pub(crate) const WHY_OTHER_IS_NAME: Msg = Msg {
    kk: "атау — {col} бағаны, сондықтан бұл баған өлшем ретінде алынды",
    ru: "название — столбец {col}, поэтому этот берётся как измерение",
    en: "column {col} is the name, so this one is carried as a dimension",
};

pub(crate) const WHY_FLAGS_ONLY: Msg = Msg {
    kk: "тек True/False мәндері (көрушінің белгісі): алынбады",
    ru: "только True/False (отметка для просмотра): не берётся",
    en: "holds only True/False (a viewer's flag): left out",
};

// ------------------------------------------- why a sheet holds no budget table

pub(crate) const QUANTITY_UNIT: Msg = Msg {
    kk: "кестенің өлшем бірлігі «{q}» — ақша емес, саны: ashyq бюджеттерді оқиды; егер сандары бәрібір ақша болса, --published-unit беріңіз (one, thousand, «мың теңге»...)",
    ru: "единица таблицы «{q}» — количество, а не деньги: ashyq читает бюджеты; если её числа всё же деньги, укажите --published-unit (one, thousand, «тыс. тенге»...)",
    en: "the table's unit is \"{q}\", a quantity, not money: ashyq reads budgets; give --published-unit (one, thousand, \"тыс. тенге\"...) if its figures are money after all",
};

pub(crate) const NO_AMOUNT_COLUMNS: Msg = Msg {
    kk: "сома бағандары жоқ: бірде-бір тақырып жылды не кезеңді атамайды («2024 Бекітілген бюджет» немесе «FY24 Appropriation» сияқты), жыл бағанының жанында сома бағаны да жоқ",
    ru: "нет столбцов сумм: ни один заголовок не называет год или стадию (как «2024 Утвержденный бюджет» или «FY24 Appropriation»), и нет столбца сумм рядом со столбцом года",
    en: "no amount columns: no header names a year or a stage (like \"2024 Утвержденный бюджет\" or \"FY24 Appropriation\"), and there is no amount column beside a year column",
};

pub(crate) const NO_AMOUNT_COLUMNS_GIVE: Msg = Msg {
    kk: "{base}; оларды --column \"HEADER=2024:approved\" арқылы немесе --amount-col пен --year-col арқылы беріңіз",
    ru: "{base}; задайте их через --column \"HEADER=2024:approved\" или --amount-col с --year-col",
    en: "{base}; give them with --column \"HEADER=2024:approved\", or --amount-col with --year-col",
};

pub(crate) const NO_AMOUNT_COLUMNS_CANDIDATES: Msg = Msg {
    kk: "{base}; сандары бар бағандар: {cols}; әрқайсысына жылы мен кезеңін --column \"{header}=2024:approved\" арқылы беріңіз немесе картаға жазыңыз (--map)",
    ru: "{base}; столбцы с числами: {cols}; задайте каждому год и стадию через --column \"{header}=2024:approved\" или запишите их в карту (--map)",
    en: "{base}; columns holding numbers: {cols}; give each its year and stage with --column \"{header}=2024:approved\", or write them in a map (--map)",
};

pub(crate) const SHEET_EMPTY: Msg = Msg {
    kk: "парақ бос",
    ru: "лист пуст",
    en: "the sheet is empty",
};

pub(crate) const SHEET_EMPTY_NOTHING: Msg = Msg {
    kk: "парақ бос; импорттайтын ештеңе жоқ",
    ru: "лист пуст; импортировать нечего",
    en: "the sheet is empty; nothing to import",
};

pub(crate) const MAP_HEADER_ROW: Msg = Msg {
    kk: "картадағы header_row = {hr} бос немесе алғашқы {n} жолдың ішінде жоқ; header_row-ды түзетіңіз",
    ru: "header_row = {hr} в карте пуст или не среди первых {n} строк; исправьте header_row",
    en: "the map's header_row = {hr} is empty or not among the first {n} rows; fix header_row",
};

pub(crate) const YEAR_EMPTY: Msg = Msg {
    kk: "жылы бос, бірақ жолда сома бар; оны толтырыңыз немесе жолды алып тастаңыз",
    ru: "год пуст, но в строке есть сумма; заполните его или удалите строку",
    en: "the year is empty but the row has an amount; fill it in or remove the row",
};

pub(crate) const EDITION_NOT_IN_MAP: Msg = Msg {
    kk: "«{key}» басылымы картаның [editions] бөлімінде жоқ; \"{key}\" = \"YEAR:STAGE\" жолын қосыңыз",
    ru: "редакции «{key}» нет в [editions] карты; добавьте строку \"{key}\" = \"YEAR:STAGE\"",
    en: "edition \"{key}\" is not in the map's [editions]; add a line \"{key}\" = \"YEAR:STAGE\"",
};

pub(crate) const NOT_A_YEAR_COL: Msg = Msg {
    kk: "«{v}» — жыл емес; жыл бағанында 2024 сияқты жылдар болуы керек (немесе --year-col арқылы басқасын таңдаңыз)",
    ru: "«{v}» — не год; в столбце года должны быть годы вида 2024 (или выберите другой через --year-col)",
    en: "\"{v}\" is not a year; the year column must hold years like 2024 (or choose another with --year-col)",
};

pub(crate) const NOT_A_YEAR: Msg = Msg {
    kk: "«{v}» — жыл емес; жыл бағанында 2024 сияқты жылдар болуы керек",
    ru: "«{v}» — не год; в столбце года должны быть годы вида 2024",
    en: "\"{v}\" is not a year; the year column must hold years like 2024",
};

pub(crate) const NOT_A_STAGE: Msg = Msg {
    kk: "«{v}» — кезең емес; proposed, approved, revised, adjusted немесе executed деп жазыңыз (не жоба, бекітілген, нақтыланған, түзетілген, атқарылған)",
    ru: "«{v}» — не стадия; напишите proposed, approved, revised, adjusted или executed (или проект, утвержденный, уточненный, скорректированный, исполнение)",
    en: "\"{v}\" is not a stage; write proposed, approved, revised, adjusted or executed",
};

// ------------------------------------------------------ a sheet's warnings

pub(crate) const WARN_EQUALS_SUM: Msg = Msg {
    kk: "{row}-жол ({label}) өзінен жоғарыдағы {from}-{to} жолдарының сомасына тең{more}; ол жол ретінде қалдырылды: егер бұл олардың аралық жиыны болса, файлдың көшірмесінде оған «Жиыны»/«Итого» деп белгі қойыңыз немесе оны өшіріңіз",
    ru: "строка {row} ({label}) равна сумме строк {from}-{to} над ней{more}; она оставлена строкой: если это их подытог, подпишите её «Итого» или удалите в копии файла",
    en: "row {row} ({label}) equals the sum of rows {from}-{to} above it{more}; it is kept as a line: if it is their subtotal, label it \"Итого\"/\"Total\" or delete it in a copy of the file",
};

pub(crate) const MORE_ROWS_LIKE_IT: Msg = Msg {
    kk: " (осындай тағы {n} жол)",
    ru: " (и ещё строк так же: {n})",
    en: " ({n} more rows like it)",
};

pub(crate) const WARN_UNUSABLE_NUMBER: Msg = Msg {
    kk: "{cell} ұяшығы: {v} — пайдалануға келмейтін сома; жоқ деп қалдырылды",
    ru: "ячейка {cell}: {v} — непригодная сумма; оставлена как отсутствующая",
    en: "cell {cell}: {v} is not a usable amount; kept as missing",
};

pub(crate) const WARN_ERROR_VALUE: Msg = Msg {
    kk: "{cell} ұяшығы: {v} қате мәні; жоқ деп қалдырылды",
    ru: "ячейка {cell}: значение ошибки {v}; оставлено как отсутствующее",
    en: "cell {cell}: error value {v}; kept as missing",
};

pub(crate) const WARN_NOT_A_NUMBER: Msg = Msg {
    kk: "{cell} ұяшығы: «{v}» — сан емес; жоқ деп қалдырылды",
    ru: "ячейка {cell}: «{v}» — не число; оставлено как отсутствующее",
    en: "cell {cell}: \"{v}\" is not a number; kept as missing",
};

pub(crate) const WARN_BOOL: Msg = Msg {
    kk: "{cell} ұяшығы: сома тұруы тиіс жерде TRUE/FALSE; жоқ деп қалдырылды",
    ru: "ячейка {cell}: TRUE/FALSE там, где должна быть сумма; оставлено как отсутствующее",
    en: "cell {cell}: a TRUE/FALSE cell where an amount belongs; kept as missing",
};

pub(crate) const WARN_DATE: Msg = Msg {
    kk: "{cell} ұяшығы: сома тұруы тиіс жерде күн; жоқ деп қалдырылды",
    ru: "ячейка {cell}: дата там, где должна быть сумма; оставлено как отсутствующее",
    en: "cell {cell}: a date where an amount belongs; kept as missing",
};

pub(crate) const WARN_TOO_LARGE: Msg = Msg {
    kk: "{cell} ұяшығы: сома өлшем бірлігіне көбейтуге тым үлкен",
    ru: "ячейка {cell}: сумма слишком велика, чтобы умножить её на единицу",
    en: "cell {cell}: the amount is too large to scale by the unit",
};

pub(crate) const WARN_NO_DIRECTION: Msg = Msg {
    kk: "{n} жол алынбады: бағыт ұяшығы кірісті де, шығысты да атамайды",
    ru: "не взято строк: {n}; их ячейка направления не называет ни доходы, ни расходы",
    en: "{n} rows left out: their direction cell names neither revenue nor expenditure",
};

pub(crate) const WARN_RESIDUE: Msg = Msg {
    kk: "{n} сома ұяшығында миллионнан бір бөліктен кіші қалқымалы нүктелі қалдық бар (біріншісі: {first}): {d} ондық таңбаға дейін дөңгелектелді, бұл бірде-бір соманы тиынға дейін өзгертпейді",
    ru: "в ячейках сумм ({n}) остаток чисел с плавающей точкой меньше миллионной (первая: {first}): округлено до {d} знаков, что не меняет ни одной суммы до тиына или цента",
    en: "{n} amount cell(s) hold floating-point residue below a millionth (the first: {first}): rounded to {d} decimals, which changes no amount to the tiyn or cent",
};

pub(crate) const WARN_MORE: Msg = Msg {
    kk: "… және осындай тағы {n} ескерту",
    ru: "… и ещё предупреждений такого рода: {n}",
    en: "… and {n} more warnings like these",
};

// ------------------------------------------------- sheets, files, releases

pub(crate) const SHEET_HIDDEN: Msg = Msg {
    kk: "жасырын: өткізілді (импорттау үшін оны --sheet арқылы атаңыз)",
    ru: "скрыт: пропущен (чтобы импортировать, назовите его через --sheet)",
    en: "hidden: skipped (name it with --sheet to import it)",
};

pub(crate) const SHEET_NOT_WORKSHEET: Msg = Msg {
    kk: "жұмыс парағы емес (диаграмма немесе макрос парағы)",
    ru: "не рабочий лист (лист диаграммы или макросов)",
    en: "not a worksheet (a chart or macro sheet)",
};

pub(crate) const SHEET_UNREADABLE: Msg = Msg {
    kk: "оқылмады: {why}",
    ru: "не прочитан: {why}",
    en: "could not be read: {why}",
};

pub(crate) const SHEET_UNREADABLE_AT: Msg = Msg {
    kk: "оқылмады ({cell} ұяшығы): {why}",
    ru: "не прочитан (ячейка {cell}): {why}",
    en: "could not be read (cell {cell}): {why}",
};

pub(crate) const SHEET_BALANCE: Msg = Msg {
    kk: "бюджеттің тұтас кірістері, шығыстары және олардың сальдосы (тапшылық/профицит) бар, жолдар емес: бұл басқа парақтардың жиындары, оларға қосылса бюджет екі рет саналар еді; оны оқу үшін --sheet беріңіз",
    ru: "содержит доходы и расходы бюджета целиком и их сальдо (дефицит/профицит), а не строки: это итоги других листов, и вместе с ними бюджет был бы посчитан дважды; чтобы прочитать его, укажите --sheet",
    en: "holds the budget's whole revenue, expenditure and their balance (surplus/shortfall), not lines: totals of the other sheets, which added to them would count the budget twice; give --sheet to read it",
};

pub(crate) const SHEETS_SAME_LINES: Msg = Msg {
    kk: "«{first}» және «{later}» парақтарында бірдей жолдар бар ({n} жолдың {shared}, атауы, жылы және кезеңі бойынша): олардың сомалары бір бюджеттің бөліктері ретінде қосылды; егер біреуі екіншісінің бөлігі не көшірмесі болса (барлық қорлардың ішіндегі жалпы қор), біреуін оқу үшін --sheet беріңіз",
    ru: "листы «{first}» и «{later}» содержат одни и те же строки ({shared} из {n} по названию, году и стадии): их суммы сложены как части одного бюджета; если один лист — часть или копия другого (общий фонд внутри всех фондов), укажите --sheet, чтобы прочитать один",
    en: "sheets \"{first}\" and \"{later}\" hold the same lines ({shared} of {n} by label, year and stage): their amounts are added together as parts of one budget; if one is a part or a copy of the other (a general fund within all funds), give --sheet to read one",
};

pub(crate) const SHEET_LEFT_OUT: Msg = Msg {
    kk: "алынбады, басқа парақтар импортталды: {why}",
    ru: "не взят, остальные листы импортированы: {why}",
    en: "left out, the other sheets imported: it {why}",
};

pub(crate) const NO_LINES: Msg = Msg {
    kk: "жолдар жоқ",
    ru: "нет строк",
    en: "no lines",
};

pub(crate) const SHEETS_WHY: Msg = Msg {
    kk: "{names}{more}: {why}",
    ru: "{names}{more}: {why}",
    en: "{names}{more}: {why}",
};

pub(crate) const NO_SHEET_HOLDS_TABLE: Msg = Msg {
    kk: "бірде-бір парақта бюджет кестесі жоқ ({reasons})",
    ru: "ни на одном листе нет бюджетной таблицы ({reasons})",
    en: "no sheet holds a budget table ({reasons})",
};

pub(crate) const LINES_NOT_UTF8: Msg = Msg {
    kk: "{which} қалғаны сияқты UTF-8 емес: {enc} ретінде оқылды; сол жолдарды тексеріңіз",
    ru: "{which} не в UTF-8, как остальное: прочитано как {enc}; проверьте эти строки",
    en: "{which} not UTF-8 like the rest: read as {enc}; check those lines",
};

pub(crate) const LINE_N: Msg = Msg {
    kk: "{n}-жол",
    ru: "строка {n}",
    en: "line {n} is",
};

pub(crate) const LINES_N: Msg = Msg {
    kk: "{n} жол (біріншісі: {first}-жол)",
    ru: "строки ({n}, первая: {first})",
    en: "{n} lines (the first: line {first}) are",
};

pub(crate) const BYTES_REPLACED: Msg = Msg {
    kk: "кейбір байттар жарамды {enc} емес: олар \u{fffd} белгісімен ауыстырылды; --encoding беріңіз",
    ru: "некоторые байты — не {enc}: они заменены на \u{fffd}; укажите --encoding",
    en: "some bytes are not valid {enc}: they were replaced with \u{fffd}; give --encoding",
};

pub(crate) const PART_OF_YEAR_MAP: Msg = Msg {
    kk: "{y} — жылдың бір бөлігі: оның сомалары жыл соңына дейін емес, тек {y}-{m} дейін (картадағы through)",
    ru: "{y} — часть года: суммы идут только до {y}-{m} (through в карте), а не до конца года",
    en: "{y} is a part of the year: its amounts run to {y}-{m} only (the map's through), not to the year's end",
};

pub(crate) const NO_CURRENCY: Msg = Msg {
    kk: "файл валютаны атамайды: оның сомалары {cur} деп белгіленді; олай болмаса, --currency беріңіз (USD, EUR, RUB...)",
    ru: "файл не называет валюту: суммы помечены как {cur}; если это не так, укажите --currency (USD, EUR, RUB...)",
    en: "the file names no currency: its amounts are labelled {cur}; give --currency (USD, EUR, RUB...) if they are not",
};

pub(crate) const NO_CURRENCY_AT_ALL: Msg = Msg {
    kk: "файл валютаны атамайды және Қазақстанды көрсететін ештеңе жоқ (қазақ әріптері, бюджеттік сыныптама кодтары): сомалар валютасыз көрсетіледі; валютаны --currency арқылы беріңіз (KZT, USD, EUR...)",
    ru: "файл не называет валюту, и ничто в нём не указывает на Казахстан (казахские буквы, коды бюджетной классификации): суммы показаны без валюты; укажите её через --currency (KZT, USD, EUR...)",
    en: "the file names no currency and nothing in it points to Kazakhstan (Kazakh letters, budget classification codes): its amounts are shown with no currency; give it with --currency (KZT, USD, EUR...)",
};

pub(crate) const OVERLAP: Msg = Msg {
    kk: "{year} {stage} {direction} {earlier} және {later} файлдарының екеуінде де бар: кейінгі файлдың сомалары алдыңғының {n} жолын ауыстырады (ешқашан қосылмайды)",
    ru: "{year} {stage} {direction} есть и в {earlier}, и в {later}: суммы более позднего файла заменяют строки более раннего (строк: {n}) (никогда не складываются)",
    en: "{year} {stage} {direction} is in both {earlier} and {later}: the later file's amounts replace {n} lines of the earlier (never added up)",
};

pub(crate) const OVERLAP_SAME: Msg = Msg {
    kk: "; сомалары бірдей",
    ru: "; суммы одинаковы",
    en: "; the amounts are the same",
};

pub(crate) const OVERLAP_AMENDED: Msg = Msg {
    kk: "; {n} өзгертілген: {shown}{more}",
    ru: "; изменено {n}: {shown}{more}",
    en: "; {n} amended: {shown}{more}",
};

pub(crate) const OVERLAP_MORE: Msg = Msg {
    kk: "; және тағы {n} (ashyq inspect --format json барлығын көрсетеді)",
    ru: "; и ещё {n} (ashyq inspect --format json покажет все)",
    en: "; and {n} more (ashyq inspect --format json lists them all)",
};

pub(crate) const NO_AMOUNT: Msg = Msg {
    kk: "сома жоқ",
    ru: "нет суммы",
    en: "no amount",
};

pub(crate) const KEPT_FILES: Msg = Msg {
    kk: "{dir} ауыстырылған кезде онда ashyq жазбаған файлдар болды; олар {old} ішінде сақталды",
    ru: "в {dir} к моменту замены были файлы, которые ashyq не писал; они сохранены в {old}",
    en: "{dir} held files ashyq did not write by the time it was replaced; they are kept in {old}",
};

// ------------------------------------------------------------ decimal marks

pub(crate) const DECIMAL_POINT: Msg = Msg {
    kk: "ондық нүкте",
    ru: "десятичная точка",
    en: "a decimal point",
};

pub(crate) const DECIMAL_COMMA: Msg = Msg {
    kk: "ондық үтір",
    ru: "десятичная запятая",
    en: "a decimal comma",
};

pub(crate) const MARK_SHOWN: Msg = Msg {
    kk: "{col} бағаны: {mark} ({cell} ұяшығындағы «{v}»)",
    ru: "столбец {col}: {mark} («{v}» в {cell})",
    en: "column {col}: {mark} (\"{v}\" in {cell})",
};

pub(crate) const MARK_CONTRADICTED: Msg = Msg {
    kk: "{col} бағаны: «{v}» ({cell}) {mark} бойынша {read} деп оқылды, бірақ «{now}» ({at}) {other} көрсетеді; бағанды солай оқу үшін --decimal {flag} беріңіз",
    ru: "столбец {col}: «{v}» ({cell}) прочитано с учётом, что это {mark}, как {read}, но «{now}» ({at}) показывает: {other}; укажите --decimal {flag}, чтобы читать столбец так",
    en: "column {col}: \"{v}\" ({cell}) was read with {mark} as {read}, but \"{now}\" ({at}) shows {other}; give --decimal {flag} to read the column so",
};

pub(crate) const MARK_AMBIGUOUS: Msg = Msg {
    kk: "{col} бағаны («{header}»): «{v}» ({cell}) {a} немесе {b} деп оқылады, ал парақтың бірде-бір мәні қай белгі қолданылатынын көрсетпейді; онда ондық бөлікті нүкте белгілесе --decimal . , үтір белгілесе --decimal , беріңіз",
    ru: "столбец {col} («{header}»): «{v}» ({cell}) читается как {a} или как {b}, и ни одно значение листа не показывает, какой знак в нём; укажите --decimal . если дробную часть отделяет точка, или --decimal , если запятая",
    en: "column {col} (\"{header}\"): \"{v}\" ({cell}) reads as {a} or as {b}, and no value of the sheet shows which mark it uses; give --decimal . if a point marks decimals there, or --decimal , if a comma does",
};

pub(crate) const EACH_ROWS_DIRECTION: Msg = Msg {
    kk: "әр жолдың өз бағыты, {col} бағаны бойынша",
    ru: "у каждой строки своё, по столбцу {col}",
    en: "each row's, by column {col}",
};

pub(crate) const TREE_DIRECTIONS: Msg = Msg {
    kk: "кірістер мен шығыстар (ағаштың бөліктері бойынша)",
    ru: "доходы и расходы (по частям дерева)",
    en: "revenue and expenditure (by the tree's parts)",
};

pub(crate) const YTD_MAP: Msg = Msg {
    kk: "карта: cumulative",
    ru: "карта: cumulative",
    en: "map: cumulative",
};

pub(crate) const YTD_EQUAL: Msg = Msg {
    kk: "{pairs} жоспар сомасының {equal} кезеңнен кезеңге өзгермейді",
    ru: "{equal} из {pairs} плановых сумм не меняются от периода к периоду",
    en: "{equal} of {pairs} plan amounts stay the same from period to period",
};

pub(crate) const YTD_ONE: Msg = Msg {
    kk: "жылына бір кезең",
    ru: "один период в год",
    en: "one period a year",
};

pub(crate) const YTD_UNKNOWN: Msg = Msg {
    kk: "«{column}» бағанында {year} жылдың {n} кезеңі бар ({first} … {last}), ал сомалар әр кезеңдікі жыл басынан бергі ме, әлде кезеңнің өзінікі ме, көрсетпейді ({why}); егер жыл басынан бергі болса, [cumulative] period = \"{column}\" бар карта жазып, оны --map арқылы беріңіз",
    ru: "в столбце «{column}» периоды {year} ({first} … {last}; всего: {n}), и суммы не показывают, нарастающие ли они с начала года или собственные у каждого периода ({why}); если нарастающие, напишите карту с [cumulative] period = \"{column}\" и дайте её через --map",
    en: "column \"{column}\" holds {n} periods of {year} ({first} … {last}), and the amounts do not show whether each period's are the year to date or the period's own ({why}); if they are year to date, write a map with [cumulative] period = \"{column}\" and give it with --map",
};

pub(crate) const YTD_NO_PLAN: Msg = Msg {
    kk: "салыстыратын бекітілген не нақтыланған сома жоқ",
    ru: "нет утвержденных или уточненных сумм для сравнения",
    en: "no approved or revised amount to compare",
};

pub(crate) const YTD_SAME: Msg = Msg {
    kk: "{pairs} жоспар сомасының {equal} өзгермейді",
    ru: "{equal} из {pairs} плановых сумм не меняются",
    en: "{equal} of {pairs} plan amounts stay the same",
};

pub(crate) const WARN_YTD: Msg = Msg {
    kk: "сомалар жыл басынан бергі ({why}): әр жылдың соңғы кезеңі алынды ({kept}); алдыңғы кезеңдердің {dropped} жолы алынбады",
    ru: "суммы нарастающим итогом ({why}): взят последний период каждого года ({kept}); не взято строк более ранних периодов: {dropped}",
    en: "amounts are year-to-date ({why}): kept each year's last period ({kept}); {dropped} lines of earlier periods left out",
};

pub(crate) const WARN_PART_OF_YEAR_TITLE: Msg = Msg {
    kk: "{y} — жылдың бір бөлігі: тақырып сандар {date} күнгі жағдай бойынша екенін айтады, сондықтан атқарылуы тек {p} дейін",
    ru: "{y} — часть года: заголовок говорит, что цифры даны по состоянию на {date}, так что исполнение идёт только до {p}",
    en: "{y} is a part of the year: the title says the figures stand at {date}, so its execution runs to {p} only",
};

pub(crate) const WARN_PART_OF_YEAR: Msg = Msg {
    kk: "{y} — жылдың бір бөлігі: оның сомалары жыл соңына дейін емес, тек {p} дейін",
    ru: "{y} — часть года: суммы идут только до {p}, а не до конца года",
    en: "{y} is a part of the year: its amounts run to {p} only, not to the year's end",
};

pub(crate) const WARN_REPEATED: Msg = Msg {
    kk: "{cols} бағандары әр жолда өз жоғары деңгейлерінің жиындарын қайталайды: {n} жиын ең ұсақ сомалармен тексерілді, жол ретінде алынбайды",
    ru: "столбцы {cols} повторяют на каждой строке итоги своих родителей: {n} итогов проверены по самым мелким суммам, строками не берутся",
    en: "columns {cols} repeat their parents' totals on every row: {n} parents' totals checked against the finest amounts, never lines",
};

pub(crate) const WARN_UNEQUAL: Msg = Msg {
    kk: "барлық жолында бірдей болмаған қайталанатын жиын тексерілмеді: {list}",
    ru: "повторяющийся итог, не одинаковый на всех своих строках, не проверен: {list}",
    en: "a repeated total that is not the same on all its rows was not checked: {list}",
};

pub(crate) const UNEQUAL_FOR: Msg = Msg {
    kk: "«{key}» үшін {col}",
    ru: "{col} для «{key}»",
    en: "{col} for \"{key}\"",
};

pub(crate) const WARN_FUND_RULE: Msg = Msg {
    kk: "қор ережесі: {col} = {total} болатын жолдар {parts} жиыны: {n} жол бөлек алынып, тексерілді",
    ru: "правило фондов: строки с {col} = {total} — итоги {parts}: вынесены и проверены (строк: {n})",
    en: "fund rule: rows with {col} = {total} are totals of {parts}: {n} lines kept out and checked",
};

pub(crate) const WARN_TREE: Msg = Msg {
    kk: "ағаш (id, parent id): {leaves} жапырақ жол — бюджет жолдары; балалары бар {parents} жол — өз жапырақтарының жиыны, тексерілді ({checked} сома); {dropped} жол бөлек алынды",
    ru: "дерево (id, parent id): строки-листья (их {leaves}) — это строки бюджета; строки с детьми (их {parents}) — итоги своих листьев, проверены (сумм: {checked}); вынесено строк: {dropped}",
    en: "a tree (id, parent id): {leaves} leaf rows are the lines; {parents} rows with children are totals of their leaves, checked ({checked} amounts); {dropped} lines kept out",
};

pub(crate) const WARN_NEITHER: Msg = Msg {
    kk: "кіріс те, шығыс та болмағандықтан алынбады: {parts}",
    ru: "не взяты, так как это ни доходы, ни расходы: {parts}",
    en: "left out, being neither revenue nor expenditure: {parts}",
};

pub(crate) const WHENCE_DECISION_AMENDS: Msg = Msg {
    kk: "бюджетке өзгерістер енгізетін {d} шешімі бойынша",
    ru: "по решению {d}, вносящему изменения в бюджет",
    en: "by decision {d}, which amends the budget",
};

pub(crate) const WHENCE_DECISION_APPROVES: Msg = Msg {
    kk: "бюджетті бекітетін {d} шешімі бойынша",
    ru: "по решению {d}, утверждающему бюджет",
    en: "by decision {d}, which approves the budget",
};

pub(crate) const DECISION_APPROVES: Msg = Msg {
    kk: "мәтін — {years} жылдарға арналған бюджетті бекітетін {d} шешімі: қосымшалардағы сомалар бекітілген деп алынды",
    ru: "текст — решение {d}, утверждающее бюджет на {years} годы: суммы приложений взяты как утверждённые",
    en: "the text is decision {d}, approving the budget for {years}: its annexes' amounts are taken as approved",
};

pub(crate) const DECISION_AMENDS: Msg = Msg {
    kk: "мәтін — {of} шешіміне өзгерістер енгізетін {d} шешімі: қосымшалардағы сомалар нақтыланған деп алынды",
    ru: "текст — решение {d}, вносящее изменения в решение {of}: суммы приложений взяты как уточнённые",
    en: "the text is decision {d}, amending decision {of}: its annexes' amounts are taken as revised",
};

pub(crate) const DECISION_AMENDS_ONE: Msg = Msg {
    kk: "мәтін — бұрынғы шешімге өзгерістер енгізетін {d} шешімі: қосымшалардағы сомалар нақтыланған деп алынды",
    ru: "текст — решение {d}, вносящее изменения в прежнее решение: суммы приложений взяты как уточнённые",
    en: "the text is decision {d}, amending an earlier decision: its annexes' amounts are taken as revised",
};

pub(crate) const DECISION_BLOCKS: Msg = Msg {
    kk: "шешім {n} бюджеттің көрсеткіштерін келтіреді; қай қосымша кімдікі екені анық емес, сондықтан олар қосымшалармен салыстырылмады",
    ru: "решение приводит показатели {n} бюджетов; какое приложение чьё, не определить, поэтому с приложениями они не сверены",
    en: "the decision states the figures of {n} budgets; which annex is whose cannot be told, so they are not checked against the annexes",
};

pub(crate) const DECISION_NO_LINES: Msg = Msg {
    kk: "1-тармақтың {y} жылғы көрсеткіштері тексерілмеді: қосымшаларда {y} жылғы {stage} сомалар жоқ",
    ru: "показатели пункта 1 на {y} год не сверены: в приложениях нет сумм «{y} {stage}»",
    en: "point 1's figures for {y} are not checked: no annex holds {y} {stage} amounts",
};

pub(crate) const DECISION_DIFFERS: Msg = Msg {
    kk: "шешімнің 1-тармағында «{label}» ({p}), ал қосымшаның {n} жолы {c} құрайды: айырмасы {d}",
    ru: "в пункте 1 решения «{label}» ({p}), а {n} строк приложения дают {c}: разница {d}",
    en: "point 1 of the decision states \"{label}\" ({p}), but the annex's {n} lines add up to {c}: a difference of {d}",
};

pub(crate) const DECISION_ARITHMETIC: Msg = Msg {
    kk: "шешімнің 1-тармағы өз-өзімен сәйкес келмейді: «{label}» ({p}), ал оның құрамдас бөліктері {c} құрайды",
    ru: "пункт 1 решения не сходится сам с собой: «{label}» ({p}), а его составляющие дают {c}",
    en: "point 1 of the decision does not add up: \"{label}\" ({p}), but its parts make {c}",
};

pub(crate) const TWO_BUDGETS: Msg = Msg {
    kk: "бұл файл мен {earlier} екеуі де {date} дейін жеткізілген және {y} жылғы {stage} сомаларды береді, бірақ ортақ {m} жолдың {n} сомасы әртүрлі: бұл бір бюджеттің екі басылымы емес, екі бюджет (екі өңір не аудан); оларды бөлек импорттаңыз, әрқайсысына бөлек есеп, не `ashyq breakdown --side-by-side` арқылы қатар қойыңыз",
    ru: "этот файл и {earlier} оба доведены до {date} и дают суммы «{y} {stage}», но из {m} общих строк различаются {n}: это не два выпуска одного бюджета, а два бюджета (два региона или района); импортируйте их по отдельности, по отчёту на каждый, или поставьте рядом: `ashyq breakdown --side-by-side`",
    en: "this file and {earlier} both run to {date} and hold {y} {stage} amounts, yet {n} of the {m} lines they share differ: two budgets (two regions or districts), not two releases of one; import them apart, one report each, or set them side by side with `ashyq breakdown --side-by-side`",
};

pub(crate) const PART_ROWS: Msg = Msg {
    kk: "«{n}» ({k} жол)",
    ru: "«{n}» (строк: {k})",
    en: "\"{n}\" ({k} rows)",
};

pub(crate) const LEAF_ROWS: Msg = Msg {
    kk: "«{n}» ({k} жапырақ жол)",
    ru: "«{n}» (строк-листьев: {k})",
    en: "\"{n}\" ({k} leaf rows)",
};

pub(crate) const WARN_PORTAL_UNIT: Msg = Msg {
    kk: "өлшем бірлігі айтылмаған: {cols} бағандары бюджет порталынікі (budget.egov.kz), ол мың теңгемен есеп береді, сондықтан сомалар × 1000; файлда басқаша жазылса, --published-unit беріңіз",
    ru: "единица не указана: столбцы {cols} — бюджетного портала (budget.egov.kz), который даёт отчёты в тысячах тенге, поэтому суммы × 1000; если в файле сказано иное, укажите --published-unit",
    en: "no unit stated: columns {cols} are the budget portal's (budget.egov.kz), which reports in thousand tenge, so amounts are × 1000; give --published-unit if the file says otherwise",
};

pub(crate) const FUND_RULE_COLUMN: Msg = Msg {
    kk: "картаның fund_rule ережесі «{col}» бағанын атайды, ал парақ оны өлшем ретінде ұстамайды",
    ru: "fund_rule карты называет столбец «{col}», которого на листе нет среди измерений",
    en: "the map's fund_rule names column \"{col}\", which the sheet does not carry as a dimension",
};

pub(crate) const X_ENTITY_UNFINISHED: Msg = Msg {
    kk: "аяқталмаған «{e}» мнемоникасы; файл бүлінген",
    ru: "незаконченная сущность «{e}»; файл повреждён",
    en: "an unfinished entity \"{e}\"; the file is damaged",
};

pub(crate) const X_ENTITY_UNKNOWN: Msg = Msg {
    kk: "белгісіз &{e}; мнемоникасы; файл бүлінген",
    ru: "неизвестная сущность &{e};; файл повреждён",
    en: "an unknown entity &{e};; the file is damaged",
};

pub(crate) const X_XML_ENDS: Msg = Msg {
    kk: "кітаптың XML-і аяқталмай үзіледі ({at}); файл толық емес немесе бүлінген",
    ru: "XML книги обрывается ({at}); файл обрезан или повреждён",
    en: "the workbook's XML ends early ({at}); the file is truncated or damaged",
};

pub(crate) const X_ZIP: Msg = Msg {
    kk: "zip контейнері бүлінген ({e})",
    ru: "zip-контейнер повреждён ({e})",
    en: "the zip container is damaged ({e})",
};

pub(crate) const X_PART_MISSING: Msg = Msg {
    kk: "кітаптың {part} бөлігі жоқ",
    ru: "нет части книги {part}",
    en: "the workbook part {part} is missing",
};

pub(crate) const X_SHEET_NO_NAME: Msg = Msg {
    kk: "кітап бөлігінде атауы жоқ парақ бар",
    ru: "в части книги лист без имени",
    en: "a sheet without a name in the workbook part",
};

pub(crate) const X_TWO_SHEETS: Msg = Msg {
    kk: "онда «{name}» деген екі парақ бар, мұны ешбір кесте бағдарламасы жазбайды",
    ru: "в ней два листа с именем «{name}», так не пишет ни одна табличная программа",
    en: "it lists two sheets named \"{name}\", which no spreadsheet program writes",
};

pub(crate) const X_ONE_PART: Msg = Msg {
    kk: "оның «{a}» және «{b}» парақтары — бір бөлік ({path}): олардың ұяшықтары екі рет есептелер еді",
    ru: "её листы «{a}» и «{b}» — одна часть ({path}): их ячейки посчитались бы дважды",
    en: "its sheets \"{a}\" and \"{b}\" are one part ({path}): their cells would be counted twice",
};

pub(crate) const X_UNPACK: Msg = Msg {
    kk: "{name} ашылмайды ({e})",
    ru: "не распаковывается {name} ({e})",
    en: "cannot unpack {name} ({e})",
};

pub(crate) const X_SHEET_PART: Msg = Msg {
    kk: "парақтың «{path}» бөлігі ашылмайды ({e})",
    ru: "часть листа «{path}» не открывается ({e})",
    en: "the sheet's part \"{path}\" cannot be opened ({e})",
};

pub(crate) const X_SHEET_ENDS: Msg = Msg {
    kk: "парақтың XML-і деректерінің ортасында бітеді; файл толық емес немесе бүлінген",
    ru: "XML листа кончается посреди данных; файл обрезан или повреждён",
    en: "the sheet's XML ends in the middle of its data; the file is truncated or damaged",
};

pub(crate) const X_ELEMENT_HUGE: Msg = Msg {
    kk: "парақ XML-інің бір элементі {mb} МиБ-тан асады; файл бүлінген немесе нағыз кітап емес",
    ru: "один элемент XML листа больше {mb} МиБ; файл повреждён или это не настоящая книга",
    en: "one element of the sheet's XML is over {mb} MiB; the file is damaged or not a real workbook",
};

pub(crate) const X_UNPACK_SHEET: Msg = Msg {
    kk: "парақ ашылмайды ({e})",
    ru: "лист не распаковывается ({e})",
    en: "cannot unpack the sheet ({e})",
};

pub(crate) const X_CELL_TWICE: Msg = Msg {
    kk: "ұяшық парақтың XML-інде екі рет берілген: мұны ешбір кесте бағдарламасы жазбайды, қай мәннің есептелетінін білу мүмкін емес; файлды кесте бағдарламасында ашып, ұяшықты тексеріңіз де, қайта сақтаңыз",
    ru: "ячейка дана дважды в XML листа: так не пишет ни одна табличная программа, и какое значение считать, узнать нельзя; откройте файл в табличной программе, проверьте ячейку и сохраните заново",
    en: "the cell is given twice in the sheet's XML: no spreadsheet program writes that, and which value counts cannot be known; open the file in a spreadsheet program, check the cell and save it again",
};

pub(crate) const X_CELL_ORDER: Msg = Msg {
    kk: "ұяшық парақтың XML-інде {prev} ұяшығынан кейін келеді (реті бұзылған): мұны ешбір кесте бағдарламасы жазбайды, қай мәннің есептелетінін білу мүмкін емес; файлды кесте бағдарламасында ашып, ұяшықты тексеріңіз де, қайта сақтаңыз",
    ru: "ячейка идёт после ячейки {prev} в XML листа (не по порядку): так не пишет ни одна табличная программа, и какое значение считать, узнать нельзя; откройте файл в табличной программе, проверьте ячейку и сохраните заново",
    en: "the cell comes after cell {prev} in the sheet's XML (out of order): no spreadsheet program writes that, and which value counts cannot be known; open the file in a spreadsheet program, check the cell and save it again",
};

pub(crate) const X_BAD_REF: Msg = Msg {
    kk: "«{r}» ұяшық сілтемесі ұяшық емес; файл бүлінген",
    ru: "ссылка «{r}» — не ячейка; файл повреждён",
    en: "the cell reference \"{r}\" is not a cell; the file is damaged",
};

pub(crate) const X_SHARED: Msg = Msg {
    kk: "ұяшық кітапта жоқ {i} ортақ жолына сілтейді; файл бүлінген",
    ru: "ячейка ссылается на общую строку {i}, которой в книге нет; файл повреждён",
    en: "the cell points to shared string {i}, which the workbook does not have; the file is damaged",
};

pub(crate) const X_BOOL: Msg = Msg {
    kk: "true/false ұяшығында 0 не 1 емес, «{v}» тұр; файл бүлінген",
    ru: "в ячейке true/false стоит «{v}», а не 0 или 1; файл повреждён",
    en: "a true/false cell holds \"{v}\", not 0 or 1; the file is damaged",
};

pub(crate) const X_NUMBER_BYTES: Msg = Msg {
    kk: "мәтін емес сан; файл бүлінген",
    ru: "число, которое не текст; файл повреждён",
    en: "a number that is not text; the file is damaged",
};

pub(crate) const X_NOT_NUMBER: Msg = Msg {
    kk: "сан ұяшығында «{s}» тұр, бұл сан емес; файл бүлінген",
    ru: "в числовой ячейке «{s}», это не число; файл повреждён",
    en: "the number cell holds \"{s}\", which is not a number; the file is damaged",
};

pub(crate) const X_TYPE: Msg = Msg {
    kk: "ұяшықтың t=«{t}» түрі белгісіз; файл бүлінген",
    ru: "у ячейки неизвестный тип t=«{t}»; файл повреждён",
    en: "the cell has the unknown type t=\"{t}\"; the file is damaged",
};

pub(crate) const X_BAD_XML: Msg = Msg {
    kk: "кітаптың XML-і бүлінген ({at}); файл бүлінген",
    ru: "XML книги повреждён ({at}); файл повреждён",
    en: "the workbook's XML is broken ({at}); the file is damaged",
};

pub(crate) const C_SHORT_HEADER: Msg = Msg {
    kk: "файл составной файл тақырыбынан қысқа",
    ru: "файл короче заголовка составного файла",
    en: "the file is shorter than a compound file's header",
};

pub(crate) const C_SECTOR_SIZE: Msg = Msg {
    kk: "оның 2^{s} сектор өлшемі 512 не 4096 байт емес",
    ru: "размер его сектора 2^{s} — не 512 и не 4096 байт",
    en: "its sector size 2^{s} is not 512 or 4096 bytes",
};

pub(crate) const C_SHORTER: Msg = Msg {
    kk: "файл өз тақырыбынан қысқа",
    ru: "файл короче своего заголовка",
    en: "the file is shorter than its header",
};

pub(crate) const C_DIFAT_LOOPS: Msg = Msg {
    kk: "оның секторларды бөлу кестесі (DIFAT) тұйықталады",
    ru: "его таблица размещения секторов (DIFAT) зациклена",
    en: "its sector allocation table (DIFAT) loops",
};

pub(crate) const C_FAT_LONG: Msg = Msg {
    kk: "оның секторларды бөлу кестесі файлдан ұзын",
    ru: "его таблица размещения секторов длиннее файла",
    en: "its sector allocation table is longer than the file",
};

pub(crate) const C_DIR_EMPTY: Msg = Msg {
    kk: "оның каталогы бос",
    ru: "его каталог пуст",
    en: "its directory is empty",
};

pub(crate) const C_SECTOR_PAST: Msg = Msg {
    kk: "{id} секторы файлдың соңынан әрі жатыр",
    ru: "сектор {id} лежит за концом файла",
    en: "sector {id} lies past the end of the file",
};

pub(crate) const C_CHAIN_LOOPS: Msg = Msg {
    kk: "оның «{what}» тізбегі тұйықталады",
    ru: "его цепочка «{what}» зациклена",
    en: "its {what} chain loops",
};

pub(crate) const C_MINI_PAST: Msg = Msg {
    kk: "оның «{name}» ағыны шағын ағыннан әрі сілтейді",
    ru: "его поток «{name}» указывает за пределы мини-потока",
    en: "its {name} stream points past the mini stream",
};

pub(crate) const B_ROW_ORDER: Msg = Msg {
    kk: "{row}-жолдың тақырыбы {p}-жолдан кейін келеді (реті бұзылған)",
    ru: "заголовок строки {row} идёт после строки {p} (не по порядку)",
    en: "a row header for row {row} comes after row {p} (out of order)",
};

pub(crate) const B_ROW_PAST: Msg = Msg {
    kk: "{row}-жолдың тақырыбы Excel-дің соңғы жолынан ({max}) әрі",
    ru: "заголовок строки {row} дальше последней строки Excel ({max})",
    en: "a row header for row {row}, past Excel's last row ({max})",
};

pub(crate) const RELEASES_BY_DATE: Msg = Msg {
    kk: "шығарылымдар файлдардың өздері көрсеткен күндер ретімен алынды, берілген ретпен емес (кейінгісі басым): {files}",
    ru: "выпуски взяты в порядке дат, которые называют сами файлы, а не в порядке перечисления (более поздний главнее): {files}",
    en: "releases taken in the order of the dates the files state, not the order given (the later one wins): {files}",
};
