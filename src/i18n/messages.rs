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

pub(crate) const WHOLE_ANNEX: Msg = Msg {
    kk: "бүкіл қосымша",
    ru: "всё приложение",
    en: "the annex",
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

pub(crate) const ALL_BUT_ROUNDING: Msg = Msg {
    kk: "жарияланған {n} қорытындының {k} өз жолдарының сомасынан дөңгелектеу бере алатыннан аз ерекшеленеді (ең көбі {x} {cur}): бұл жариялаушының дөңгелектеуі, жоғалған жол емес",
    ru: "{k} из {n} опубликованных итогов расходятся с суммой своих строк меньше, чем могло дать округление (не более чем на {x} {cur}): это округление издателя, а не потерянная строка",
    en: "{k} of {n} published totals differ from the sum of their lines by less than rounding could make (by {x} {cur} at most): the publisher's rounding, not a lost line",
};

pub(crate) const OTHERS_REPRODUCED: Msg = Msg {
    kk: "; қалған {r} жүздік үлеске дейін сәйкес",
    ru: "; остальные {r} совпадают до сотых",
    en: "; the other {r} are reproduced to the cent",
};

pub(crate) const AND_ROUNDING: Msg = Msg {
    kk: "; тағы {k} қорытынды тек дөңгелектеу шегінде ерекшеленеді",
    ru: "; ещё {k} расходятся не больше, чем могло дать округление",
    en: "; {k} more differ by no more than rounding could make",
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

pub(crate) const DOUBT_LINES_FILE: Msg = Msg {
    kk: "; {n} жиынның айырмасын ashyq import осы жолдар файлын жазғанда тапқан: бастапқы файлды оқуды түзетіп, қайта импорттаңыз",
    ru: "; {n} из них расходились, когда ashyq import записал этот файл строк: исправьте прочтение исходного файла и импортируйте заново",
    en: "; {n} of them differed when ashyq import wrote this lines file: fix the reading of the source file and import it again",
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

// -------------------------------------------------------- reading a file

pub(crate) const SPREADSHEETML: Msg = Msg {
    kk: "бұл Excel 2003 XML кестесі (SpreadsheetML), нағыз .xls емес; оны Excel немесе LibreOffice-те ашып, .xlsx ретінде сақтаңыз да, соны импорттаңыз",
    ru: "это таблица Excel 2003 XML (SpreadsheetML), а не настоящий .xls; откройте её в Excel или LibreOffice, сохраните как .xlsx и импортируйте его",
    en: "this is an Excel 2003 XML spreadsheet (SpreadsheetML), not a real .xls; open it in Excel or LibreOffice and save it as .xlsx, then import that",
};

pub(crate) const XML_FILE: Msg = Msg {
    kk: "бұл кесте емес, XML файлы; кестені .xlsx немесе CSV ретінде экспорттаңыз",
    ru: "это XML-файл, а не таблица; выгрузите таблицу как .xlsx или CSV",
    en: "this is an XML file, not a spreadsheet; export the table as .xlsx or CSV",
};

pub(crate) const NOT_A_TABLE: Msg = Msg {
    kk: "кесте де, мәтіндік кесте де емес: байттары xlsx/ods (zip) да, xls (OLE) да, мәтін де емес; файлды қайта жүктеп алыңыз немесе ашып, .xlsx не CSV ретінде сақтаңыз",
    ru: "не таблица и не текстовая таблица: байты не xlsx/ods (zip), не xls (OLE) и не текст; скачайте файл заново или откройте его и сохраните как .xlsx или CSV",
    en: "not a spreadsheet or text table: the bytes are neither xlsx/ods (zip), xls (OLE) nor text; download the file again or open it and save it as .xlsx or CSV",
};

pub(crate) const ZIP_DAMAGED: Msg = Msg {
    kk: "zip контейнері бүлінген немесе толық емес ({e}); файлды қайта жүктеп алыңыз",
    ru: "zip-контейнер повреждён или обрезан ({e}); скачайте файл заново",
    en: "the zip container is damaged or truncated ({e}); download the file again",
};

pub(crate) const TREND_ONE_YEAR: Msg = Msg {
    kk: "үрдіс үшін кемінде екі жыл керек: деректерде тек {y} жыл бар; бір жылды `ashyq chart bar` көрсетеді",
    ru: "для динамики нужно не меньше двух лет: в данных только {y} год; один год покажет `ashyq chart bar`",
    en: "a trend needs two years or more: the data holds {y} only; `ashyq chart bar` shows one year",
};

pub(crate) const ZIP_TWICE: Msg = Msg {
    kk: "zip контейнерінде {part} бөлігі екі рет аталған: файл бүлінген немесе әдейі жасалған, оның екі көшірмесін электрондық кесте бағдарламасы мен ashyq әртүрлі оқуы мүмкін; файлды кесте бағдарламасынан қайта сақтаңыз",
    ru: "в zip-контейнере часть {part} названа дважды: файл повреждён или подделан, и две её копии программа электронных таблиц и ashyq могут прочитать по-разному; сохраните файл заново из программы электронных таблиц",
    en: "the zip container names the part {part} twice: the file is damaged or crafted, and a spreadsheet program and ashyq may read different copies; save it again from the spreadsheet program",
};

pub(crate) const ZIP_ENTRIES: Msg = Msg {
    kk: "zip контейнерінде {n} бөлік бар, кез келген кітапқа қажетінен көп ({max}); ықтимал zip-бомба ретінде қабылданбады",
    ru: "число частей в zip-контейнере — {n}, больше, чем нужно любой книге ({max}); отклонён как возможная zip-бомба",
    en: "the zip container has {n} entries, more than any workbook needs ({max}); refusing it as a possible zip bomb",
};

pub(crate) const ZIP_PASSWORD: Msg = Msg {
    kk: "файл құпиясөзбен қорғалған; оны ашып, құпиясөзді алып тастап, қайта сақтаңыз",
    ru: "файл защищён паролем; откройте его, снимите пароль и сохраните заново",
    en: "the file is password-protected; open it, remove the password and save it again",
};

pub(crate) const ZIP_RATIO: Msg = Msg {
    kk: "кітаптың {part} бөлігі {from} байттан {to} байтқа ашылады, бұл бірге {max} қатынасынан көп; ықтимал zip-бомба ретінде қабылданбады",
    ru: "часть книги {part} распаковывается из {from} в {to} байт, больше чем {max} к одному; отклонён как возможная zip-бомба",
    en: "the workbook's part {part} unpacks from {from} to {to} bytes, more than {max} to one; refusing it as a possible zip bomb",
};

pub(crate) const ZIP_TOTAL: Msg = Msg {
    kk: "кітап {total} байтқа ашылады, бұл {max} шегінен асады; ықтимал zip-бомба ретінде қабылданбады",
    ru: "книга распаковывается в {total} байт, больше {max}; отклонена как возможная zip-бомба",
    en: "the workbook unpacks to {total} bytes, over {max}; refusing it as a possible zip bomb",
};

pub(crate) const ZIP_NOT_WORKBOOK: Msg = Msg {
    kk: "бұл zip мұрағаты, бірақ кітап емес; оны ашып, ішіндегі .xlsx, .ods немесе .csv файлын импорттаңыз",
    ru: "это zip-архив, но не книга; распакуйте его и импортируйте .xlsx, .ods или .csv внутри",
    en: "this is a zip archive but not a workbook; unpack it and import the .xlsx, .ods or .csv inside",
};

pub(crate) const XLS_ENCRYPTED: Msg = Msg {
    kk: "кітап құпиясөзбен қорғалған (шифрланған); оны Excel немесе LibreOffice-те ашып, құпиясөзді алып тастаңыз да, .xlsx ретінде сақтап, соны импорттаңыз",
    ru: "книга защищена паролем (зашифрована); откройте её в Excel или LibreOffice, снимите пароль, сохраните как .xlsx и импортируйте его",
    en: "the workbook is password-protected (encrypted); open it in Excel or LibreOffice, remove the password and save it as .xlsx, then import that",
};

pub(crate) const WORD_DOC: Msg = Msg {
    kk: "бұл кесте емес, Word құжаты; оның кестесін кестеге көшіріп, .xlsx ретінде сақтаңыз",
    ru: "это документ Word, а не таблица; скопируйте его таблицу в электронную таблицу и сохраните как .xlsx",
    en: "this is a Word document, not a spreadsheet; copy its table into a spreadsheet and save it as .xlsx",
};

pub(crate) const PAST_LAST_COLUMN: Msg = Msg {
    kk: "{col}-бағандағы ұяшық Excel-дің соңғы XFD бағанынан әрі тұр; файл бүлінген",
    ru: "ячейка в столбце {col} дальше последнего столбца Excel XFD; файл повреждён",
    en: "a cell at column {col} is past Excel's last column XFD; the file is damaged",
};

pub(crate) const PAST_LAST_ROW: Msg = Msg {
    kk: "{row}-жолдағы ұяшық Excel-дің соңғы жолынан ({max}) әрі тұр; файл бүлінген: оны кесте бағдарламасында ашып, қайта сақтаңыз",
    ru: "ячейка в строке {row} дальше последней строки Excel ({max}); файл повреждён: откройте его в табличной программе и сохраните заново",
    en: "a cell at row {row} is past Excel's last row ({max}); the file is damaged: open it in a spreadsheet program and save it again",
};

pub(crate) const OUT_OF_ORDER: Msg = Msg {
    kk: "{cell} ұяшығы {prev} ұяшығынан кейін келеді (реті бұзылған немесе екі рет берілген): мұны ешбір кесте бағдарламасы жазбайды, қай мәннің есептелетінін білу мүмкін емес; файлды сондай бағдарламада ашып, қайта сақтаңыз",
    ru: "ячейка {cell} идёт после ячейки {prev} (не по порядку или дважды): так не пишет ни одна табличная программа, и какое значение считать, узнать нельзя; откройте файл в такой программе и сохраните заново",
    en: "cell {cell} comes after cell {prev} (out of order, or given twice): no spreadsheet program writes that, and which value counts cannot be known; open the file in one and save it again",
};

pub(crate) const TOO_MANY_CELLS: Msg = Msg {
    kk: "парақта {max} шегінен көп бос емес ұяшық бар; шекті --max-cells арқылы көтеріңіз",
    ru: "на листе больше {max} непустых ячеек, это предел; поднимите его через --max-cells",
    en: "the sheet has more than {max} non-empty cells, the limit; raise it with --max-cells",
};

pub(crate) const CANNOT_READ_WORKBOOK: Msg = Msg {
    kk: "кітап оқылмады ({e}); оны кесте бағдарламасында ашып, .xlsx ретінде қайта сақтаңыз",
    ru: "книга не читается ({e}); откройте её в табличной программе и сохраните заново как .xlsx",
    en: "cannot read the workbook ({e}); open it in a spreadsheet program and save it again as .xlsx",
};

pub(crate) const OVER_MAX_BYTES: Msg = Msg {
    kk: "файл {n} байт, {max} шегінен асады; шекті --max-bytes арқылы көтеріңіз",
    ru: "в файле {n} байт, больше предела {max}; поднимите его через --max-bytes",
    en: "the file is {n} bytes, over the limit of {max}; raise it with --max-bytes",
};

pub(crate) const OTHER_CURRENCY: Msg = Msg {
    kk: "оның сомалары {cur} валютасында, алдыңғы файлдардікі {before}; оларды бөлек импорттаңыз",
    ru: "его суммы в {cur}, а у файлов перед ним в {before}; импортируйте их отдельно",
    en: "its amounts are in {cur}, the files before it in {before}; import them separately",
};

pub(crate) const READER_FAILED: Msg = Msg {
    kk: "файл бүлінген: оны оқушы істен шықты ({what}); оны кесте бағдарламасында ашып, қайта сақтаңыз немесе CSV ретінде экспорттаңыз",
    ru: "файл повреждён: его чтение сорвалось ({what}); откройте его в табличной программе и сохраните заново или выгрузите как CSV",
    en: "the file is damaged: its reader failed ({what}); open it in a spreadsheet program and save it again, or export it as CSV",
};

pub(crate) const WORD_DAMAGED: Msg = Msg {
    kk: "Word құжаты бүлінген ({e}); оны Word немесе LibreOffice-те ашып, қайта сақтаңыз",
    ru: "документ Word повреждён ({e}); откройте его в Word или LibreOffice и сохраните заново",
    en: "the Word document is damaged ({e}); open it in Word or LibreOffice and save it again",
};

pub(crate) const TABLES_NESTED: Msg = Msg {
    kk: "кестелер {max} деңгейден терең салынған",
    ru: "таблицы вложены глубже {max} уровней",
    en: "tables nested over {max} deep",
};

pub(crate) const DOC_TOO_MANY_CELLS: Msg = Msg {
    kk: "оның кестелерінде {max} ұяшықтан көп (--max-cells); азырақ құжат беріңіз немесе шекті көтеріңіз",
    ru: "в его таблицах больше {max} ячеек (--max-cells); дайте документ поменьше или поднимите предел",
    en: "its tables hold more than {max} cells (--max-cells); give a document with fewer, or raise the limit",
};

pub(crate) const PAGE_TOO_MANY_CELLS: Msg = Msg {
    kk: "оның кестелерінде {max} ұяшықтан көп (--max-cells); азырақ бет беріңіз немесе шекті көтеріңіз",
    ru: "в её таблицах больше {max} ячеек (--max-cells); дайте страницу поменьше или поднимите предел",
    en: "its tables hold more than {max} cells (--max-cells); give a page with fewer, or raise the limit",
};

pub(crate) const PAGE_NO_TABLE: Msg = Msg {
    kk: "<table> жоқ HTML беті: ashyq беттің кестелерін оқиды; бюджет кестесі көрсетілген бетті сақтаңыз",
    ru: "HTML-страница без <table>: ashyq читает таблицы страницы; сохраните страницу, на которой видна бюджетная таблица",
    en: "an HTML page with no <table>: ashyq reads the tables of a page; save the page that shows the budget table",
};

pub(crate) const DOC_NO_TABLE: Msg = Msg {
    kk: "кестесі жоқ Word құжаты: ashyq құжаттың кестелерін оқиды (шешімнің қосымшасы); бюджет кестесі бар құжатты беріңіз",
    ru: "документ Word без таблицы: ashyq читает таблицы документа (приложение к решению); дайте документ с бюджетной таблицей",
    en: "a Word document with no table: ashyq reads the tables of a document (the decision's annex); give the document that holds the budget table",
};

pub(crate) const FILE_TOO_MANY_CELLS: Msg = Msg {
    kk: "файлда {max} шегінен көп бос емес ұяшық бар; шекті --max-cells арқылы көтеріңіз",
    ru: "в файле больше {max} непустых ячеек, это предел; поднимите его через --max-cells",
    en: "the file has more than {max} non-empty cells, the limit; raise it with --max-cells",
};

pub(crate) const AT_LINE: Msg = Msg {
    kk: "{line}-жол: {what}",
    ru: "строка {line}: {what}",
    en: "line {line}: {what}",
};

pub(crate) const TOO_WIDE: Msg = Msg {
    kk: "{max} өрістен көп жазба, кестедегі бағандардан көп: бұл жолдар кестесі емес; бөлгішті немесе файлды тексеріңіз",
    ru: "запись из более чем {max} полей, больше столбцов, чем в таблице: это не таблица строк; проверьте разделитель или файл",
    en: "a record of more than {max} fields, more columns than a spreadsheet has: this is no table of rows; check the separator or the file",
};

pub(crate) const RECORD_TOO_LONG: Msg = Msg {
    kk: "бір жазба {mb} МБ-тан асып кетеді де бітпейді, кез келген кесте жолынан ұзын: тырнақша (\") жабылмаған немесе файл кесте емес; оны мәтін редакторында қараңыз",
    ru: "одна запись тянется дальше {mb} МБ, длиннее любой строки таблицы: кавычка (\") не закрыта или файл не таблица; посмотрите его в текстовом редакторе",
    en: "one record runs past {mb} MB without ending, longer than any table's row: a quote (\") never closed, or a file that is not a table; look at it in a text editor",
};

pub(crate) const QUOTE_OPEN: Msg = Msg {
    kk: "тырнақшадағы өріс {n} жол ауысуына созылады ({from}-{to} жолдар): ондағы тырнақша (\") жабылмаған болуы мүмкін; оны жабыңыз немесе алып тастаңыз",
    ru: "поле в кавычках тянется через переводы строки (их {n}, строки {from}-{to}): кавычка (\") там, вероятно, не закрыта; закройте или удалите её",
    en: "a quoted field runs over {n} line breaks (lines {from} to {to}): a quote (\") there is probably never closed; close or remove it",
};

pub(crate) const GRID_TOO_BIG: Msg = Msg {
    kk: "{what}, ashyq осы пішімнің бір парағы үшін орналастыратын {max} ұяшықтан көп; файлды кесте бағдарламасында ашып, кестеден тыс нәрсені өшіріңіз де, .xlsx ретінде сақтаңыз (ұяшық-ұяшықпен оқылады, мұндай шек жоқ)",
    ru: "{what}, больше {max} ячеек, которые ashyq раскладывает для одного листа этого формата; откройте файл в табличной программе, удалите всё вне таблицы и сохраните как .xlsx (читается ячейка за ячейкой, без такого предела)",
    en: "{what}, more than the {max} cells ashyq lays out for one sheet of this format; open the file in a spreadsheet program, delete what is outside the table and save it as .xlsx (read cell by cell, with no such limit)",
};

pub(crate) const SPAN: Msg = Msg {
    kk: "оның ұяшықтары {rows} жол мен {cols} бағанды алады ({cells} ұяшық)",
    ru: "его ячейки занимают строк: {rows}, столбцов: {cols} (ячеек: {cells})",
    en: "its cells span {rows} rows by {cols} columns ({cells} cells)",
};

pub(crate) const SIZE_RECORD_PAST: Msg = Msg {
    kk: "оның өлшем жазбасы соңғы жолдан кейінгі бірінші жолды жариялайды",
    ru: "его запись размера объявляет первую строку после последней",
    en: "its size record declares a first row past its last",
};

pub(crate) const SIZE_RECORD: Msg = Msg {
    kk: "оның өлшем жазбасы {n} ұяшықты жариялайды",
    ru: "его запись размера объявляет ячеек: {n}",
    en: "its size record declares {n} cells",
};

pub(crate) const REPEATED_CELLS: Msg = Msg {
    kk: "оның қайталанатын ұяшықтары {n} ұяшыққа жайылады",
    ru: "его повторяющиеся ячейки разворачиваются в ячейки (их {n})",
    en: "its repeated cells expand to {n} cells",
};

pub(crate) const REPEATED_TEXTS: Msg = Msg {
    kk: "оның қайталанатын мәтіндері {n} байтқа жайылады",
    ru: "его повторяющиеся тексты разворачиваются в {n} байт",
    en: "its repeated texts expand to {n} bytes",
};

pub(crate) const XLS_DAMAGED: Msg = Msg {
    kk: "файл бүлінген: {why}; оны кесте бағдарламасында ашып, .xlsx ретінде қайта сақтаңыз",
    ru: "файл повреждён: {why}; откройте его в табличной программе и сохраните заново как .xlsx",
    en: "the file is damaged: {why}; open it in a spreadsheet program and save it again as .xlsx",
};

pub(crate) const XLS_PART_DAMAGED: Msg = Msg {
    kk: "файл бүлінген: {name} парақ бөлігінде {why}; одан кейінгі жолдар жоғалар еді: оны кесте бағдарламасында ашып, .xlsx ретінде қайта сақтаңыз",
    ru: "файл повреждён: в части листа {name} {why}; строки после неё пропали бы: откройте его в табличной программе и сохраните заново как .xlsx",
    en: "the file is damaged: in its sheet part {name}, {why}; the rows after it would be lost: open it in a spreadsheet program and save it again as .xlsx",
};

pub(crate) const ODS_DAMAGED: Msg = Msg {
    kk: "файл бүлінген: {why}; оны кесте бағдарламасында ашып, қайта сақтаңыз",
    ru: "файл повреждён: {why}; откройте его в табличной программе и сохраните заново",
    en: "the file is damaged: {why}; open it in a spreadsheet program and save it again",
};

pub(crate) const ODS_ZIP: Msg = Msg {
    kk: "оның zip контейнері оқылмайды ({e})",
    ru: "его zip-контейнер не читается ({e})",
    en: "its zip container cannot be read ({e})",
};

pub(crate) const ODS_CONTENT: Msg = Msg {
    kk: "оның content.xml бөлігі ашылмайды ({e})",
    ru: "его content.xml не распаковывается ({e})",
    en: "its content.xml cannot be unpacked ({e})",
};

pub(crate) const MAP_NO_FILE: Msg = Msg {
    kk: "{path}: мұндай файл жоқ",
    ru: "{path}: такого файла нет",
    en: "{path}: no such file",
};

pub(crate) const MAP_BAD: Msg = Msg {
    kk: "{path}: {at}{msg}; карта файлын түзетіңіз",
    ru: "{path}: {at}{msg}; исправьте файл карты",
    en: "{path}: {at}{msg}; fix the map file",
};

pub(crate) const AT_LINE_PREFIX: Msg = Msg {
    kk: "{line}-жол: ",
    ru: "строка {line}: ",
    en: "line {line}: ",
};

pub(crate) const FDP_LEAVES: Msg = Msg {
    kk: "оның ресурс жолы «{rel}» {why}; деректер пакеті тек өз қалтасындағы файлдарды атай алады: CSV файлын сипаттаманың жанына қойып, оны сонда атаңыз немесе CSV-нің өзін импорттаңыз",
    ru: "путь его ресурса «{rel}» {why}; пакет данных может называть только файлы своей папки: положите CSV рядом с описанием и назовите его там или импортируйте сам CSV",
    en: "its resource path \"{rel}\" {why}; a data package may only name files in its own folder: put the CSV beside the descriptor and name it there, or import the CSV itself",
};

pub(crate) const FDP_URL: Msg = Msg {
    kk: "веб-мекенжай (ashyq URL оқымайды)",
    ru: "— веб-адрес (ashyq не читает URL)",
    en: "is a web address (ashyq reads no URLs)",
};

pub(crate) const FDP_ABSOLUTE: Msg = Msg {
    kk: "абсолютті жол",
    ru: "— абсолютный путь",
    en: "is absolute",
};

pub(crate) const FDP_OUTSIDE: Msg = Msg {
    kk: "сипаттаманың қалтасынан шығады",
    ru: "выходит из папки описания",
    en: "leaves the descriptor's folder",
};

pub(crate) const FDP_LINK_OUTSIDE: Msg = Msg {
    kk: "сипаттаманың қалтасынан шығатын сілтеме",
    ru: "— ссылка, выходящая из папки описания",
    en: "is a link that leaves the descriptor's folder",
};

pub(crate) const FDP_NOT_FILE: Msg = Msg {
    kk: "кәдімгі файл емес",
    ru: "— не обычный файл",
    en: "is not a regular file",
};

pub(crate) const FDP_NO_RESOURCES: Msg = Msg {
    kk: "деректер пакетінде ресурстар жоқ",
    ru: "в пакете данных нет ресурсов",
    en: "the data package lists no resources",
};

pub(crate) const FDP_NO_PATH: Msg = Msg {
    kk: "бірінші ресурста \"path\" жоқ; онда CSV файлын атаңыз",
    ru: "у первого ресурса нет \"path\"; назовите там его CSV-файл",
    en: "the first resource has no \"path\"; name its CSV file there",
};

pub(crate) const FDP_JSON_RESOURCE: Msg = Msg {
    kk: "оның «{rel}» ресурсы — кесте емес, JSON құжаты (деректер пакетінің өзі ме?); пакет сипаттайтын CSV файлын атаңыз",
    ru: "его ресурс «{rel}» — документ JSON (сам пакет данных?), а не таблица; назовите CSV-файл, который описывает пакет",
    en: "its resource \"{rel}\" is a JSON document (a data package itself?), not a table; name the CSV file the package describes",
};

pub(crate) const FDP_MISSING: Msg = Msg {
    kk: "оның «{rel}» ресурс жолы жоқ ({at}); CSV файлын сипаттаманың жанындағы сол жолға қойыңыз немесе сипаттамадағы \"path\" мәнін CSV файлының атына түзетіңіз (мысалы, «madrid_municipal_expenditure_2012-2015.csv») немесе CSV-нің өзін импорттаңыз",
    ru: "ресурса по пути «{rel}» нет ({at}); положите CSV по этому пути рядом с описанием, или исправьте \"path\" в описании на имя CSV-файла (например, «madrid_municipal_expenditure_2012-2015.csv»), или импортируйте сам CSV",
    en: "its resource path \"{rel}\" is not there ({at}); put the CSV at that path beside the descriptor, or edit \"path\" in the descriptor to name the CSV file (e.g. \"madrid_municipal_expenditure_2012-2015.csv\"), or import the CSV itself",
};

pub(crate) const FDP_NO_MEASURE: Msg = Msg {
    kk: "mapping ешбір өлшемді атамайды (mapping.measures)",
    ru: "mapping не называет ни одной меры (mapping.measures)",
    en: "the mapping names no measure (mapping.measures)",
};

pub(crate) const FDP_CURRENCY: Msg = Msg {
    kk: "оның өлшемінің валютасы «{c}» валюта коды емес (KZT, USD, EUR сияқты үш әріп); оны сипаттамада түзетіңіз немесе --currency беріңіз",
    ru: "валюта его меры «{c}» — не код валюты (три буквы, как KZT, USD, EUR); исправьте её в описании или укажите --currency",
    en: "its measure's currency \"{c}\" is not a currency code (three letters like KZT, USD, EUR); correct it in the descriptor or give --currency",
};

pub(crate) const FDP_FACTOR: Msg = Msg {
    kk: "оның өлшемінің көбейткіші {f} 0.001-ден 1000000000-ға дейінгі онның дәрежесі емес; ashyq осылай көбейтілген сомаларға кепіл бола алмайды: оны сипаттамада түзетіңіз немесе CSV-нің өзін --published-unit арқылы импорттаңыз",
    ru: "множитель его меры {f} — не степень десяти от 0.001 до 1000000000; ashyq не может ручаться за суммы, умноженные на него: исправьте его в описании или импортируйте сам CSV с --published-unit",
    en: "its measure's factor {f} is not a power of ten from 0.001 to 1000000000; ashyq cannot stand behind amounts scaled by it: correct it in the descriptor, or import the CSV itself with --published-unit",
};

pub(crate) const LINES_BAD_VALUE: Msg = Msg {
    kk: "{row}-жол: «{value}» — жарамды {column} емес; бұл жолдар файлы қолмен өзгертілген немесе бүлінген",
    ru: "строка {row}: «{value}» — недопустимое значение {column}; этот файл строк правили вручную или он повреждён",
    en: "line {row}: \"{value}\" is not a valid {column}; this lines file was edited by hand or is damaged",
};

pub(crate) const LINES_HEADER: Msg = Msg {
    kk: "тақырыбы оқылмады ({e})",
    ru: "не читается заголовок ({e})",
    en: "cannot read the header ({e})",
};

pub(crate) const LINES_CSV: Msg = Msg {
    kk: "{row}-жол: CSV оқылмады ({e})",
    ru: "строка {row}: не читается CSV ({e})",
    en: "line {row}: cannot read the CSV ({e})",
};

pub(crate) const LINES_FIELDS: Msg = Msg {
    kk: "{row}-жол: тақырыпта {h} өріс, мұнда {n}",
    ru: "строка {row}: полей {n}, а в заголовке {h}",
    en: "line {row}: {n} fields where the header has {h}",
};

pub(crate) const NOT_JSON: Msg = Msg {
    kk: "жарамды JSON емес ({e}); кесте, CSV немесе ashyq import жазған файл беріңіз",
    ru: "недопустимый JSON ({e}); дайте таблицу, CSV или файл, записанный ashyq import",
    en: "not valid JSON ({e}); give a spreadsheet, a CSV or a file written by ashyq import",
};

pub(crate) const JSON_TOO_MANY_KEYS: Msg = Msg {
    kk: "жазбаларында {max} кілттен артық (кестенің бағандары)",
    ru: "в его записях больше {max} ключей (столбцов таблицы)",
    en: "its records hold more than {max} keys (the table's columns)",
};

pub(crate) const JSON_TOO_MANY_CELLS: Msg = Msg {
    kk: "жазбаларында {max} ұяшықтан артық (--max-cells)",
    ru: "в его записях больше {max} ячеек (--max-cells)",
    en: "its records hold more than {max} cells (--max-cells)",
};

pub(crate) const FOREIGN_JSON: Msg = Msg {
    kk: "ashyq жазбаған JSON файлы; кесте, CSV немесе ashyq import жазған жолдар файлын беріңіз",
    ru: "JSON-файл, который записал не ashyq; дайте таблицу, CSV или файл строк, записанный ashyq import",
    en: "a JSON file that ashyq did not write; give a spreadsheet, a CSV or a lines file written by ashyq import",
};

pub(crate) const BAD_PARQUET: Msg = Msg {
    kk: "Parquet файлы оқылмады ({e}); ashyq import жазған жолдар файлын беріңіз",
    ru: "не читается файл Parquet ({e}); дайте файл строк, записанный ashyq import",
    en: "cannot read the Parquet file ({e}); give a lines file written by ashyq import",
};

pub(crate) const FOREIGN_PARQUET: Msg = Msg {
    kk: "ashyq жазбаған Parquet файлы; кесте, CSV немесе ashyq import жазған жолдар файлын беріңіз",
    ru: "файл Parquet, который записал не ashyq; дайте таблицу, CSV или файл строк, записанный ashyq import",
    en: "a Parquet file that ashyq did not write; give a spreadsheet, a CSV or a lines file written by ashyq import",
};

pub(crate) const BY_LEVEL: Msg = Msg {
    kk: "«{text}»: level 1 ... level 9 деп жазыңыз",
    ru: "«{text}»: напишите level 1 ... level 9",
    en: "\"{text}\": write level 1 to level 9",
};

pub(crate) const BY_UNKNOWN: Msg = Msg {
    kk: "«{s}» деңгей де, деректердің бағаны да емес; мыналардың бірін алыңыз: {choices}",
    ru: "«{s}» — не уровень и не столбец данных; возьмите одно из: {choices}",
    en: "\"{s}\" is neither a level nor a column of the data; use one of: {choices}",
};

pub(crate) const FILTER_FORM: Msg = Msg {
    kk: "«{text}»: БАҒАН=МӘН деп жазыңыз, мысалы CITY=Kyiv",
    ru: "«{text}»: напишите СТОЛБЕЦ=ЗНАЧЕНИЕ, например CITY=Kyiv",
    en: "\"{text}\": write COLUMN=VALUE, e.g. CITY=Kyiv",
};

pub(crate) const FILTER_NO_COLUMNS: Msg = Msg {
    kk: "деректерде код, атау және сомалардан басқа сүзетін баған жоқ",
    ru: "в данных нет столбцов для фильтра, кроме кода, названия и сумм",
    en: "the data has no columns besides code, name and amounts to filter on",
};

pub(crate) const FILTER_COLUMNS: Msg = Msg {
    kk: "деректердің бағандары: {list}",
    ru: "столбцы данных: {list}",
    en: "the data's columns are: {list}",
};

pub(crate) const FILTER_NO_COLUMN: Msg = Msg {
    kk: "«{c}» деген баған жоқ; {columns}",
    ru: "нет столбца «{c}»; {columns}",
    en: "no column \"{c}\"; {columns}",
};

pub(crate) const FILTER_NO_LINE: Msg = Msg {
    kk: "{col} = «{v}» болатын бірде-бір жол жоқ",
    ru: "нет ни одной строки с {col} = «{v}»",
    en: "no line has {col} = \"{v}\"",
};

pub(crate) const NEEDS_CPI: Msg = Msg {
    kk: "баға индексі керек: --cpi FILE (жыл,индекс) немесе [cpi] не [inflation] бар --config city.toml",
    ru: "нужен индекс цен: --cpi FILE (год,индекс) или --config city.toml с [cpi] или [inflation]",
    en: "needs a price index: --cpi FILE (year,index) or --config city.toml with [cpi] or [inflation]",
};

pub(crate) const NEEDS_POPULATION: Msg = Msg {
    kk: "халық саны керек: --population FILE (жыл,тұрғындар) немесе [population] бар --config city.toml",
    ru: "нужна численность населения: --population FILE (год,жители) или --config city.toml с [population]",
    en: "needs the population: --population FILE (year,residents) or --config city.toml with [population]",
};

pub(crate) const NO_FIGURE: Msg = Msg {
    kk: "{doubt}. Одан бірде-бір сан айтылмайды: жиындарды `ashyq validate` арқылы қараңыз, оқылуын флагпен немесе картамен түзетіңіз (`ashyq inspect` әр шешімді көрсетеді) немесе әр санды «сәйкестендірілмеген» деп белгілеп жалғастыру үшін --accept-unreconciled қосыңыз",
    ru: "{doubt}. Ни одна цифра из этого не приводится: посмотрите итоги через `ashyq validate`, исправьте прочтение флагом или картой (`ashyq inspect` показывает каждое решение) или добавьте --accept-unreconciled, чтобы продолжить с пометкой «не сверено» у каждой цифры",
    en: "{doubt}. No figure is stated from it: see the totals with `ashyq validate`, fix the reading with a flag or a map (`ashyq inspect` shows every decision), or add --accept-unreconciled to go on with every figure marked unreconciled",
};

pub(crate) const NO_DIRECTION_LINES: Msg = Msg {
    kk: "деректерде {d} жолдары жоқ; егер файлда олар айтылмай тұрса, оны `ashyq import --direction {flag}` арқылы импорттап, жолдар файлын талдаңыз",
    ru: "в данных нет строк: {d}; если файл содержит их, не говоря об этом, импортируйте его через `ashyq import --direction {flag}` и анализируйте файл строк",
    en: "the data has no {d} lines; if a file holds them without saying so, import it with `ashyq import --direction {flag}` and analyse the lines file",
};

pub(crate) const NO_BUDGET_LINES: Msg = Msg {
    kk: "дереккөздерде бюджет жолдары жоқ; себебін көру үшін оларға `ashyq inspect` іске қосыңыз",
    ru: "в источниках нет строк бюджета; запустите на них `ashyq inspect`, чтобы увидеть почему",
    en: "the sources hold no budget lines; run `ashyq inspect` on them to see why",
};

pub(crate) const NOT_SUMMED: Msg = Msg {
    kk: "сомалар дәл қосылмады: {e}",
    ru: "суммы не удалось сложить точно: {e}",
    en: "the amounts could not be summed exactly: {e}",
};

pub(crate) const NO_LINES_FOR_YEAR: Msg = Msg {
    kk: "деректерде {y} жылға {d} жолдары жоқ; бар жылдар: {years}",
    ru: "в данных нет строк ({d}) за {y}; есть: {years}",
    en: "the data has no {d} lines for {y}; it has {years}",
};

pub(crate) const NO_LINES_TO_ANALYSE: Msg = Msg {
    kk: "талдайтын жол жоқ; дереккөздерге `ashyq inspect` іске қосыңыз",
    ru: "нет строк для анализа; запустите `ashyq inspect` на источниках",
    en: "no lines to analyse; run `ashyq inspect` on the sources",
};

pub(crate) const YEAR_LACKS_STAGE: Msg = Msg {
    kk: "{year} жылда {stage} сомалары жоқ; бар кезеңдер: {stages}",
    ru: "в {year} нет сумм стадии «{stage}»; есть: {stages}",
    en: "{year} has no {stage} amounts; it has {stages}",
};

pub(crate) const NO_STAGES: Msg = Msg {
    kk: "кезеңдер жоқ",
    ru: "нет стадий",
    en: "no stages",
};

pub(crate) const ONE_YEAR: Msg = Msg {
    kk: "деректерде бір ғана жыл бар ({y}); екі жағын атаңыз, мысалы --from {y}:approved --to {y}:revised",
    ru: "в данных один год ({y}); назовите две стороны, например --from {y}:approved --to {y}:revised",
    en: "the data has one year ({y}); name two sides, e.g. --from {y}:approved --to {y}:revised",
};

pub(crate) const FROM_NEEDS_TO: Msg = Msg {
    kk: "--from үшін --to да керек",
    ru: "--from требует и --to",
    en: "--from needs --to as well",
};

pub(crate) const TO_NEEDS_FROM: Msg = Msg {
    kk: "--to үшін --from да керек",
    ru: "--to требует и --from",
    en: "--to needs --from as well",
};

pub(crate) const NO_LINES_YEAR: Msg = Msg {
    kk: "деректерде {y} жылға жолдар жоқ; бар жылдар: {years}",
    ru: "в данных нет строк за {y}; есть: {years}",
    en: "the data has no lines for {y}; it has {years}",
};

pub(crate) const NO_COMMON_STAGE: Msg = Msg {
    kk: "{a} мен {b} жылдарының ортақ кезеңі жоқ; оларды атаңыз, мысалы --from {a}:approved",
    ru: "у {a} и {b} нет общей стадии; назовите их, например --from {a}:approved",
    en: "{a} and {b} share no stage; name them, e.g. --from {a}:approved",
};

pub(crate) const NO_EXECUTION_YEAR: Msg = Msg {
    kk: "{y} жылда атқарылу сомалары жоқ; атқарылуы бар жылдар: {years}",
    ru: "в {y} нет сумм исполнения; годы с исполнением: {years}",
    en: "{y} has no executed amounts; years with execution: {years}",
};

pub(crate) const NONE: Msg = Msg {
    kk: "жоқ",
    ru: "нет",
    en: "none",
};

pub(crate) const NO_EXECUTION: Msg = Msg {
    kk: "деректерде атқарылу сомалары жоқ: жоспарды салыстыратын ештеңе жоқ",
    ru: "в данных нет сумм исполнения: план не с чем сравнить",
    en: "the data has no executed amounts: nothing to compare the plan with",
};

pub(crate) const NO_PLAN: Msg = Msg {
    kk: "{year} жылда атқарылу сомалары бар, бірақ жоспар жоқ (бекітілген, нақтыланған не түзетілген)",
    ru: "в {year} есть суммы исполнения, но нет плана (утвержденного, уточненного или скорректированного)",
    en: "{year} has executed amounts but no plan (approved, revised or adjusted)",
};

pub(crate) const CFG_NOT_YEAR: Msg = Msg {
    kk: "[{table}]: «{k}» — жыл емес; мысалы 2024 = 123456 деп жазыңыз",
    ru: "[{table}]: «{k}» — не год; напишите, например, 2024 = 123456",
    en: "[{table}]: \"{k}\" is not a year; write e.g. 2024 = 123456",
};

pub(crate) const CFG_NOT_POSITIVE: Msg = Msg {
    kk: "[{table}] {k}: «{v}» — оң сан емес",
    ru: "[{table}] {k}: «{v}» — не положительное число",
    en: "[{table}] {k}: \"{v}\" is not a positive number",
};

pub(crate) const CFG_INFLATION_GAP: Msg = Msg {
    kk: "{origin}: {y} жылға инфляция жоқ; жылдар бірінен соң бірі келуі керек",
    ru: "{origin}: нет инфляции за {y}; годы должны идти подряд",
    en: "{origin}: no inflation for {y}; the years must follow each other",
};

pub(crate) const CFG_BOTH: Msg = Msg {
    kk: "[cpi] немесе [inflation] беріңіз, екеуін бірдей емес",
    ru: "дайте [cpi] или [inflation], но не оба",
    en: "give [cpi] or [inflation], not both",
};

pub(crate) const SERIES_LINE: Msg = Msg {
    kk: "{path} {line}-жол: ЖЫЛ,МӘН деп жазыңыз (мысалы 2024,123456)",
    ru: "{path} строка {line}: напишите ГОД,ЗНАЧЕНИЕ (например, 2024,123456)",
    en: "{path} line {line}: write YEAR,VALUE (e.g. 2024,123456)",
};

pub(crate) const NO_CPI_YEAR: Msg = Msg {
    kk: "{origin} ішінде {y} жылға баға индексі жоқ; сол жылды қосыңыз",
    ru: "в {origin} нет индекса цен за {y}; добавьте этот год",
    en: "no price index for {y} in {origin}; add that year",
};

pub(crate) const NO_POPULATION_YEAR: Msg = Msg {
    kk: "{origin} ішінде {y} жылға халық саны жоқ; сол жылды қосыңыз",
    ru: "в {origin} нет численности населения за {y}; добавьте этот год",
    en: "no population for {y} in {origin}; add that year",
};

pub(crate) const NOT_A_COMMAND: Msg = Msg {
    kk: "«{name}» — команда емес; беттер: {pages}",
    ru: "«{name}» — не команда; страницы: {pages}",
    en: "\"{name}\" is not a command; pages: {pages}",
};

pub(crate) const TABLE_OUTPUT: Msg = Msg {
    kk: "{path}: .txt, .md, .csv, .json, .xlsx немесе .parquet файлын атаңыз немесе --format беріңіз",
    ru: "{path}: назовите файл .txt, .md, .csv, .json, .xlsx или .parquet или укажите --format",
    en: "{path}: name a .txt, .md, .csv, .json, .xlsx or .parquet file, or give --format",
};

pub(crate) const BINARY_STDOUT: Msg = Msg {
    kk: "XLSX пен Parquet — екілік пішімдер: оларды -o FILE арқылы файлға жазыңыз",
    ru: "XLSX и Parquet — двоичные: запишите их в файл через -o FILE",
    en: "XLSX and Parquet are binary: write them to a file with -o FILE",
};

pub(crate) const CHART_OUTPUT: Msg = Msg {
    kk: "{path}: .png немесе .svg файлын атаңыз",
    ru: "{path}: назовите файл .png или .svg",
    en: "{path}: name a .png or .svg file",
};

pub(crate) const TREEMAP_ONE: Msg = Msg {
    kk: "бір блокты тақтакарта ештеңе көрсетпейді: барлық сома бір «{by}» ішіне түседі; --by code, name немесе жолдарды ажырататын деңгейді беріңіз",
    ru: "карта из одного блока ничего не показывает: все суммы попадают в одно «{by}»; укажите --by code, name или уровень, который различает строки",
    en: "a treemap of one block shows nothing: every amount falls in one \"{by}\"; give --by code, name or a level that tells the lines apart",
};

pub(crate) const TREEMAP_ONE_DIMS: Msg = Msg {
    kk: "бір блокты тақтакарта ештеңе көрсетпейді: барлық сома бір «{by}» ішіне түседі; --by арқылы жолдарды ажырататын бағанды беріңіз («{dims}»)",
    ru: "карта из одного блока ничего не показывает: все суммы попадают в одно «{by}»; укажите --by со столбцом, который различает строки («{dims}»)",
    en: "a treemap of one block shows nothing: every amount falls in one \"{by}\"; give --by with a column that tells the lines apart (\"{dims}\")",
};

pub(crate) const NO_LINES_FOR: Msg = Msg {
    kk: "деректерде {y} жылға жолдар жоқ",
    ru: "в данных нет строк за {y}",
    en: "the data has no lines for {y}",
};

pub(crate) const NOTHING_TO_CHART: Msg = Msg {
    kk: "сызатын ештеңе жоқ: таңдауда {kind} диаграммасына сомалар жоқ; --year, --stage, --filter тексеріңіз",
    ru: "рисовать нечего: в выборке нет сумм для диаграммы {kind}; проверьте --year, --stage, --filter",
    en: "nothing to chart: the selection has no amounts for a {kind} chart; check --year, --stage, --filter",
};

pub(crate) const NOT_EVERY_YEAR: Msg = Msg {
    kk: "көрсетілген жылдардың бәрінде {stage} сомалары жоқ; --years ауқымын тарылтыңыз немесе басқа кезең таңдаңыз",
    ru: "не у каждого показанного года есть суммы стадии «{stage}»; сузьте --years или выберите другую стадию",
    en: "not every year shown has {stage} amounts; narrow --years or pick another stage",
};

pub(crate) const NO_SHARED_STAGE: Msg = Msg {
    kk: "көрсетілген жылдардың ортақ кезеңі жоқ; --years немесе --stage беріңіз",
    ru: "у показанных лет нет общей стадии; укажите --years или --stage",
    en: "the years shown share no stage; give --years or --stage",
};

pub(crate) const MAP_UNIT: Msg = Msg {
    kk: "unit = «{text}» ешбір өлшем бірлігін атамайды; мысалы «мың теңге», «thousands» немесе «millions» деп жазыңыз",
    ru: "unit = «{text}» не называет единицу; напишите, например, «тыс. тенге», «thousands» или «millions»",
    en: "unit = \"{text}\" names no unit; write e.g. \"тыс. тенге\", \"thousands\" or \"millions\"",
};

pub(crate) const UNKNOWN_ENCODING: Msg = Msg {
    kk: "«{e}» — ashyq білетін кодтама емес; utf-8, windows-1251, kz-1048, cp866, koi8-r, utf-16le немесе windows-1252 алыңыз",
    ru: "«{e}» — кодировка, которой ashyq не знает; возьмите utf-8, windows-1251, kz-1048, cp866, koi8-r, utf-16le или windows-1252",
    en: "\"{e}\" is not an encoding ashyq knows; use utf-8, windows-1251, kz-1048, cp866, koi8-r, utf-16le or windows-1252",
};

pub(crate) const ALSO_INPUT: Msg = Msg {
    kk: "бұл да кіріс файлы; кірістер ешқашан қайта жазылмайды: басқа -o таңдаңыз",
    ru: "это также входной файл; входные файлы никогда не перезаписываются: выберите другой -o",
    en: "is also an input; inputs are never overwritten: choose another -o",
};

pub(crate) const OUTPUT_IS_DIR: Msg = Msg {
    kk: "бұл қалта; -o арқылы файл атын беріңіз",
    ru: "это папка; дайте имя файла через -o",
    en: "is a directory; give a file name with -o",
};

pub(crate) const APPEARED: Msg = Msg {
    kk: "ashyq оны жазып жатқанда пайда болды (басқа іске қосу ма?); ауыстыру үшін --force қосыңыз",
    ru: "появился, пока ashyq его писал (другой запуск?); добавьте --force, чтобы заменить его",
    en: "appeared while ashyq was writing it (another run?); add --force to replace it",
};

pub(crate) const FOLDER_IS_FILE: Msg = Msg {
    kk: "{dir} — файл; есеп үшін қалтаны атаңыз",
    ru: "{dir} — файл; назовите папку для отчёта",
    en: "{dir} is a file; name a folder for the report",
};

pub(crate) const FOLDER_IS_CWD: Msg = Msg {
    kk: "{dir} — ағымдағы қалта немесе оны қамтиды; жаңа қалтаны атаңыз, мысалы -o hearing-pack",
    ru: "{dir} — текущая папка или содержит её; назовите новую папку, например -o hearing-pack",
    en: "{dir} is the current folder or holds it; name a new folder, e.g. -o hearing-pack",
};

pub(crate) const FOLDER_HOLDS_INPUT: Msg = Msg {
    kk: "{dir} ішінде {input} кіріс файлы бар; басқа қалта таңдаңыз",
    ru: "в {dir} лежит входной файл {input}; выберите другую папку",
    en: "{dir} holds the input {input}; choose another folder",
};

pub(crate) const FOLDER_FOREIGN: Msg = Msg {
    kk: "{dir} ішінде ashyq жазбаған файлдар бар: {names}; ashyq оларды ешқашан өшірмейді: жаңа қалтаны атаңыз",
    ru: "в {dir} есть файлы, которые ashyq не писал: {names}; ashyq их никогда не удаляет: назовите новую папку",
    en: "{dir} holds files ashyq did not write: {names}; ashyq never deletes them: name a new folder",
};

pub(crate) const FOLDER_NOT_ASHYQ: Msg = Msg {
    kk: "{dir} ішінде өз файлдары бар (бұл қалтаны ashyq жазбаған): {names}; ashyq оларды ешқашан өшірмейді: жаңа қалтаны атаңыз",
    ru: "в {dir} есть свои файлы (эту папку писал не ashyq): {names}; ashyq их никогда не удаляет: назовите новую папку",
    en: "{dir} holds files of its own (ashyq did not write this folder): {names}; ashyq never deletes them: name a new folder",
};

pub(crate) const FOLDER_EXISTS: Msg = Msg {
    kk: "{dir} бар (оны ashyq жазған); ауыстыру үшін --force қосыңыз",
    ru: "{dir} уже есть (его записал ashyq); добавьте --force, чтобы заменить его",
    en: "{dir} already exists (ashyq wrote it); add --force to replace it",
};

pub(crate) const CANVAS_SIZE: Msg = Msg {
    kk: "{w}×{h} пиксель: 1×1 мен 100 мегапиксель арасындағы өлшемді беріңіз",
    ru: "{w}×{h} пикселей: дайте размер от 1×1 до 100 мегапикселей",
    en: "{w}×{h} pixels: give a size between 1×1 and 100 megapixels",
};

pub(crate) const AND_N_MORE: Msg = Msg {
    kk: "және тағы {n}",
    ru: "и ещё {n}",
    en: "and {n} more",
};

pub(crate) const UNKNOWN_EXTENSION: Msg = Msg {
    kk: "«{path}» пішімін кеңейтуінен білу мүмкін емес; оны .csv, .json немесе .parquet деп аяқтаңыз немесе --format беріңіз",
    ru: "по расширению «{path}» не понять формат; закончите имя на .csv, .json или .parquet или укажите --format",
    en: "cannot tell the format of \"{path}\" from its extension; end it in .csv, .json or .parquet, or give --format",
};

pub(crate) const PARTITION_PARQUET: Msg = Msg {
    kk: "тек Parquet шығысын бөледі: --format parquet қосыңыз",
    ru: "делит только вывод Parquet: добавьте --format parquet",
    en: "splits Parquet output only: add --format parquet",
};

pub(crate) const FDP_FOLDER: Msg = Msg {
    kk: "fdp қалта жазады",
    ru: "fdp записывает папку",
    en: "fdp writes a folder",
};

pub(crate) const NO_SUCH_COLUMN: Msg = Msg {
    kk: "{file}{sheet} ішінде «{wanted}» бағаны жоқ; тақырыптар: {headers}",
    ru: "в {file}{sheet} нет столбца «{wanted}»; заголовки: {headers}",
    en: "no column \"{wanted}\" in {file}{sheet}; the headers are: {headers}",
};

// ----------------------------------------- progress and what was written

pub(crate) const P_COMPARING: Msg = Msg {
    kk: "бағдарламалар бойынша салыстыру және атқарылуын тексеру",
    ru: "сравнение и проверка исполнения по программам",
    en: "comparing and checking execution by program",
};

pub(crate) const P_COMPUTING: Msg = Msg {
    kk: "кестелерді есептеу және диаграммаларды салу",
    ru: "расчёт таблиц и построение диаграмм",
    en: "computing tables and drawing charts",
};

pub(crate) const P_DRAWING: Msg = Msg {
    kk: "диаграммаларды салу",
    ru: "построение диаграмм",
    en: "drawing charts",
};

pub(crate) const P_FACTS: Msg = Msg {
    kk: "негізгі деректер және бет",
    ru: "ключевые факты и страница",
    en: "key facts and the page",
};

pub(crate) const P_PER_RESIDENT: Msg = Msg {
    kk: "бір тұрғынға және нақты мәнде",
    ru: "на жителя и в реальном выражении",
    en: "per resident and in real terms",
};

pub(crate) const P_READ: Msg = Msg {
    kk: "оқылды",
    ru: "прочитано",
    en: "read",
};

pub(crate) const P_READING: Msg = Msg {
    kk: "бюджетті оқу",
    ru: "чтение бюджета",
    en: "reading the budget",
};

pub(crate) const P_SUMMING: Msg = Msg {
    kk: "бағдарламалар бойынша қосу",
    ru: "суммирование по программам",
    en: "summing by program",
};

pub(crate) const P_SPENT: Msg = Msg {
    kk: "жұмсалды ма",
    ru: "потрачено ли",
    en: "was it spent",
};

pub(crate) const P_CHANGED: Msg = Msg {
    kk: "не өзгерді",
    ru: "что изменилось",
    en: "what changed",
};

pub(crate) const P_WHERE: Msg = Msg {
    kk: "ақша қайда жұмсалады",
    ru: "куда идут деньги",
    en: "where the money goes",
};

pub(crate) const P_TABLES: Msg = Msg {
    kk: "кестелерді жазу",
    ru: "запись таблиц",
    en: "writing tables",
};

pub(crate) const P_FOLDER: Msg = Msg {
    kk: "қалтаны жазу",
    ru: "запись папки",
    en: "writing the folder",
};

pub(crate) const WROTE_FILES: Msg = Msg {
    kk: "{n} файл {dir} ішіне жазылды: {index} файлын ашыңыз",
    ru: "записано файлов: {n} в {dir}: откройте {index}",
    en: "wrote {n} files into {dir}: open {index}",
};

pub(crate) const WROTE_SAMPLE: Msg = Msg {
    kk: "үлгінің тыңдауға арналған жинағы ({n} файл) {dir} ішіне жазылды: {index} файлын ашыңыз",
    ru: "пакет к слушаниям по образцу (файлов: {n}) записан в {dir}: откройте {index}",
    en: "wrote the sample's hearing pack ({n} files) into {dir}: open {index}",
};

pub(crate) const CLAP_UNKNOWN_ARG: Msg = Msg {
    kk: "«{arg}» деген аргумент жоқ",
    ru: "неизвестный аргумент «{arg}»",
    en: "unexpected argument '{arg}' found",
};

pub(crate) const CLAP_UNKNOWN_CMD: Msg = Msg {
    kk: "«{arg}» деген команда жоқ",
    ru: "неизвестная команда «{arg}»",
    en: "unrecognized subcommand '{arg}'",
};

pub(crate) const CLAP_SIMILAR: Msg = Msg {
    kk: "ұқсасы: «{s}»",
    ru: "похожий: «{s}»",
    en: "tip: a similar one exists: '{s}'",
};

pub(crate) const CLAP_INVALID_VALUE: Msg = Msg {
    kk: "{arg} үшін «{v}» мәні жарамсыз: {why}",
    ru: "недопустимое значение «{v}» для {arg}: {why}",
    en: "invalid value '{v}' for '{arg}': {why}",
};

pub(crate) const CLAP_INVALID_CHOICE: Msg = Msg {
    kk: "{arg} үшін «{v}» мәні жарамсыз; мүмкін мәндері: {choices}",
    ru: "недопустимое значение «{v}» для {arg}; возможные: {choices}",
    en: "invalid value '{v}' for '{arg}'; possible values: {choices}",
};

pub(crate) const CLAP_MISSING: Msg = Msg {
    kk: "мына міндетті аргументтер берілмеді: {args}",
    ru: "не заданы обязательные аргументы: {args}",
    en: "the following required arguments were not provided: {args}",
};

pub(crate) const CLAP_NO_VALUE: Msg = Msg {
    kk: "{arg} мәні берілмеді",
    ru: "для {arg} не задано значение",
    en: "a value is required for '{arg}' but none was supplied",
};

pub(crate) const SEE_HELP: Msg = Msg {
    kk: "(--help қараңыз)",
    ru: "(см. --help)",
    en: "(see --help)",
};

pub(crate) const V_SCALE: Msg = Msg {
    kk: "«{t}»: 1-ден 4-ке дейінгі масштабты беріңіз, мысалы жоғары DPI экрандар үшін 2",
    ru: "«{t}»: дайте масштаб от 1 до 4, например 2 для экранов с высоким DPI",
    en: "\"{t}\": give a scale from 1 to 4, e.g. 2 for high-DPI screens",
};

pub(crate) const V_YEARS: Msg = Msg {
    kk: "«{t}»: БІРІНШІ..СОҢҒЫ деп жазыңыз, мысалы 2022..2024",
    ru: "«{t}»: напишите ПЕРВЫЙ..ПОСЛЕДНИЙ, например 2022..2024",
    en: "\"{t}\": write FIRST..LAST, e.g. 2022..2024",
};

pub(crate) const V_YEARS_ORDER: Msg = Msg {
    kk: "«{t}»: бірінші жыл соңғысынан бұрын келуі керек",
    ru: "«{t}»: первый год должен идти раньше последнего",
    en: "\"{t}\": the first year must come before the last",
};

pub(crate) const V_DECIMAL: Msg = Msg {
    kk: "«{t}» — ондық белгі емес; --decimal . (12.5) немесе --decimal , (12,5) деп жазыңыз",
    ru: "«{t}» — не десятичный знак; напишите --decimal . (12.5) или --decimal , (12,5)",
    en: "\"{t}\" is not a decimal mark; write --decimal . (12.5) or --decimal , (12,5)",
};

pub(crate) const V_PERCENT: Msg = Msg {
    kk: "«{t}» — пайыз емес; мысалы 90 деп жазыңыз",
    ru: "«{t}» — не процент; напишите, например, 90",
    en: "\"{t}\" is not a percentage; write e.g. 90",
};

pub(crate) const V_PERCENT_RANGE: Msg = Msg {
    kk: "«{t}»: 0 мен 1000 аралығындағы пайызды жазыңыз",
    ru: "«{t}»: напишите процент от 0 до 1000",
    en: "\"{t}\": write a percentage between 0 and 1000",
};

pub(crate) const V_UNIT: Msg = Msg {
    kk: "«{t}» ешбір өлшем бірлігін атамайды; one, thousand, million, billion немесе мысалы «тыс. тенге», «мың теңге» деп жазыңыз",
    ru: "«{t}» не называет единицу; напишите one, thousand, million, billion или, например, «тыс. тенге», «мың теңге»",
    en: "\"{t}\" names no unit; write one, thousand, million, billion, or e.g. \"тыс. тенге\", \"мың теңге\"",
};

pub(crate) const V_STAGE: Msg = Msg {
    kk: "«{t}» — кезең емес; жоба, бекітілген, нақтыланған, түзетілген, атқарылуы (немесе proposed, approved, revised, adjusted, executed; проект, утвержденный, уточненный, скорректированный, исполнение) алыңыз",
    ru: "«{t}» — не стадия; возьмите проект, утвержденный, уточненный, скорректированный, исполнение (или proposed, approved, revised, adjusted, executed; жоба, бекітілген, нақтыланған, түзетілген, атқарылуы)",
    en: "\"{t}\" is not a stage; use proposed, approved, revised, adjusted or executed (or проект, утвержденный, уточненный, скорректированный, исполнение; жоба, бекітілген, нақтыланған, түзетілген, атқарылуы)",
};

pub(crate) const V_DIRECTION: Msg = Msg {
    kk: "«{t}» — бағыт емес; шығындар не кірістер (expenditure не revenue, расходы не доходы) алыңыз",
    ru: "«{t}» — не направление; возьмите расходы или доходы (expenditure или revenue, шығындар или кірістер)",
    en: "\"{t}\" is not a direction; use expenditure or revenue (расходы or доходы, шығындар or кірістер)",
};

pub(crate) const V_CURRENCY: Msg = Msg {
    kk: "«{t}» — валюта коды емес; KZT, USD, EUR сияқты үш әріп алыңыз",
    ru: "«{t}» — не код валюты; возьмите три буквы, как KZT, USD, EUR",
    en: "\"{t}\" is not a currency code; use three letters like KZT, USD, EUR",
};

pub(crate) const V_COLUMN: Msg = Msg {
    kk: "«{t}»: HEADER=YEAR:STAGE деп жазыңыз, мысалы \"FY25 Budget=2025:approved\"",
    ru: "«{t}»: напишите HEADER=YEAR:STAGE, например \"FY25 Budget=2025:approved\"",
    en: "\"{t}\": write HEADER=YEAR:STAGE, e.g. \"FY25 Budget=2025:approved\"",
};

pub(crate) const V_COLUMN_EMPTY: Msg = Msg {
    kk: "«{t}»: тақырыбы бос; HEADER=YEAR:STAGE деп жазыңыз, мысалы \"FY25 Budget=2025:approved\"",
    ru: "«{t}»: заголовок пуст; напишите HEADER=YEAR:STAGE, например \"FY25 Budget=2025:approved\"",
    en: "\"{t}\": the header is empty; write HEADER=YEAR:STAGE, e.g. \"FY25 Budget=2025:approved\"",
};

pub(crate) const FLOW_NO_COMMON: Msg = Msg {
    kk: "ағын диаграммасы бір жылдың бір кезеңінің кірістері мен шығыстарын қажет етеді, бірақ олардың ортақ жылы мен кезеңі жоқ: кірістер — {revenue}; шығыстар — {expenditure}",
    ru: "диаграмме потоков нужны доходы и расходы одного года и одной стадии, а общих нет: доходы — {revenue}; расходы — {expenditure}",
    en: "a flow chart needs revenue and expenditure of one year and stage, and they share none: revenue has {revenue}; expenditure has {expenditure}",
};

pub(crate) const FLOW_NO_YEAR: Msg = Msg {
    kk: "{y} жылға кірістер де, шығыстар да жоқ; екеуі де бар: {slots}",
    ru: "за {y} нет и доходов, и расходов вместе; они есть вместе за: {slots}",
    en: "{y} does not have both revenue and expenditure; both are there for {slots}",
};

pub(crate) const FLOW_NEGATIVE: Msg = Msg {
    kk: "ағын жолағы теріс бола алмайды: {d} ішінде «{name}» {amount}; оны `ashyq breakdown --direction {flag}` кестесінде қараңыз",
    ru: "полоса потока не может быть отрицательной: в разделе «{d}» у «{name}» {amount}; смотрите таблицу `ashyq breakdown --direction {flag}`",
    en: "a flow band cannot be negative: in {d}, \"{name}\" is {amount}; see the table of `ashyq breakdown --direction {flag}`",
};

pub(crate) const FLOW_NOTHING: Msg = Msg {
    kk: "ағын диаграммасы үшін {d} сомасы нөлден үлкен болуы керек",
    ru: "для диаграммы потоков сумма раздела «{d}» должна быть больше нуля",
    en: "a flow chart needs {d} above zero",
};

pub(crate) const FLOW_ONE_SIDE: Msg = Msg {
    kk: "ағын диаграммасы кірістер мен шығыстарды қатар көрсетеді, бірақ деректерде {d} жолдары жоқ; бір жағын `ashyq chart bar` көрсетеді",
    ru: "диаграмма потоков показывает доходы и расходы вместе, а в данных нет строк раздела «{d}»; одну сторону покажет `ashyq chart bar`",
    en: "a flow chart shows revenue and expenditure together, and the data has no {d} lines; `ashyq chart bar` shows one side",
};

pub(crate) const FLOW_NO_FLAG: Msg = Msg {
    kk: "ағын диаграммасы кірістерді санаттары бойынша, шығыстарды функционалдық топтары бойынша көрсетеді: {flag} бұл жерде қабылданбайды; оны `ashyq chart bar` үшін беріңіз",
    ru: "диаграмма потоков показывает доходы по категориям и расходы по функциональным группам: {flag} здесь не принимается; укажите его для `ashyq chart bar`",
    en: "a flow chart shows revenue by its categories and expenditure by its groups: {flag} is not taken here; give it to `ashyq chart bar`",
};

pub(crate) const SIDE_NO_COMMON: Msg = Msg {
    kk: "бюджеттердің ортақ жылы мен кезеңі жоқ: {each}",
    ru: "у бюджетов нет общего года и стадии: {each}",
    en: "the budgets share no year and stage: {each}",
};

pub(crate) const SIDE_ONE_FILE: Msg = Msg {
    kk: "--side-by-side кемінде екі файлды қатар қояды (әр файл — бір бюджет)",
    ru: "--side-by-side ставит рядом не меньше двух файлов (каждый файл — один бюджет)",
    en: "--side-by-side sets two or more files side by side (each file one budget)",
};

pub(crate) const SIDE_CURRENCY: Msg = Msg {
    kk: "{a} сомалары {ca}, ал {b} сомалары {cb}: әртүрлі валютадағы бюджеттер қатар қойылмайды",
    ru: "суммы {a} в {ca}, а {b} в {cb}: бюджеты в разных валютах рядом не ставятся",
    en: "{a} is in {ca} and {b} in {cb}: budgets in different currencies are not set side by side",
};

pub(crate) const SIDE_NO_ADJUST: Msg = Msg {
    kk: "{flag} бір жердің баға индексін не халқын қолданады, ал --side-by-side бірнеше бюджетті қатар қояды: оны әр бюджетке бөлек беріңіз",
    ru: "{flag} берёт индекс цен или население одного места, а --side-by-side ставит рядом несколько бюджетов: применяйте его к каждому бюджету отдельно",
    en: "{flag} takes one place's price index or population, and --side-by-side sets several budgets together: use it on each budget alone",
};
