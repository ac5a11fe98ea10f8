//! Writes the bundled samples: an illustrative district budget.
//!
//!     cargo run --example make_sample -- data
//!
//! writes data/sample_district_budget.xlsx (a clean table) and
//! data/sample_district_budget_akimat.xlsx (the same programs in the layout
//! akimats publish: title rows, unit line, merged two-row header, column
//! numbers, group/subgroup/administrator rows with subtotals, a footnote).
//!
//! The amounts are invented (a fixed pseudo-random sequence), in тыс. тенге
//! with one decimal, for three years and three stages. The workbook's second
//! sheet says that it is a sample.

use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, XlsxError};

/// (group, subgroup, administrator, program, name in Russian, name in Kazakh, approved 2022 in tenths of тыс. тенге)
type Program = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    i64,
);

const PROGRAMS: &[Program] = &[
    ("01", "1", "112", "001", "Услуги по обеспечению деятельности маслихата района", "Аудан мәслихатының қызметін қамтамасыз ету жөніндегі қызметтер", 1_052_340),
    ("01", "1", "122", "001", "Услуги по обеспечению деятельности акима района", "Аудан әкімінің қызметін қамтамасыз ету жөніндегі қызметтер", 2_871_455),
    ("01", "1", "123", "001", "Услуги по обеспечению деятельности акима сельского округа", "Ауылдық округ әкімінің қызметін қамтамасыз ету жөніндегі қызметтер", 3_904_118),
    ("01", "2", "452", "001", "Услуги по реализации государственной политики в области исполнения бюджета", "Бюджетті атқару саласындағы мемлекеттік саясатты іске асыру жөніндегі қызметтер", 1_220_907),
    ("01", "9", "458", "001", "Услуги по реализации государственной политики на местном уровне в области жилищно-коммунального хозяйства", "Жергілікті деңгейде тұрғын үй-коммуналдық шаруашылық саласындағы мемлекеттік саясатты іске асыру жөніндегі қызметтер", 987_603),
    ("02", "1", "122", "005", "Мероприятия в рамках исполнения всеобщей воинской обязанности", "Жалпыға бірдей әскери міндетті атқару шеңберіндегі іс-шаралар", 184_226),
    ("03", "1", "458", "021", "Обеспечение безопасности дорожного движения в населенных пунктах", "Елді мекендерде жол жүрісі қауіпсіздігін қамтамасыз ету", 412_950),
    ("04", "1", "464", "009", "Обеспечение деятельности организаций дошкольного воспитания и обучения", "Мектепке дейінгі тәрбие мен оқыту ұйымдарының қызметін қамтамасыз ету", 24_518_664),
    ("04", "2", "464", "003", "Общеобразовательное обучение", "Жалпы білім беру", 98_306_217),
    ("04", "2", "464", "006", "Дополнительное образование для детей", "Балаларға қосымша білім беру", 6_120_345),
    ("04", "9", "464", "005", "Приобретение и доставка учебников, учебно-методических комплексов для государственных учреждений образования", "Мемлекеттік білім беру мекемелері үшін оқулықтар мен оқу-әдістемелік кешендерді сатып алу және жеткізу", 3_480_019),
    ("04", "9", "467", "037", "Строительство и реконструкция объектов образования", "Білім беру объектілерін салу және реконструкциялау", 15_702_880),
    ("06", "2", "451", "002", "Программа занятости", "Еңбекпен қамту бағдарламасы", 7_914_502),
    ("06", "2", "451", "007", "Социальная помощь отдельным категориям нуждающихся граждан по решениям местных представительных органов", "Жергілікті өкілді органдардың шешімдері бойынша мұқтаж азаматтардың жекелеген топтарына әлеуметтік көмек", 4_306_771),
    ("06", "2", "451", "010", "Материальное обеспечение детей с инвалидностью, воспитывающихся и обучающихся на дому", "Үйде тәрбиеленетін және оқытылатын мүгедек балаларды материалдық қамтамасыз ету", 562_084),
    ("06", "9", "451", "050", "Обеспечение прав и улучшение качества жизни лиц с инвалидностью", "Мүгедектердің құқықтарын қамтамасыз ету және өмір сүру сапасын жақсарту", 2_155_690),
    ("07", "1", "467", "003", "Проектирование и (или) строительство, реконструкция жилья коммунального жилищного фонда", "Коммуналдық тұрғын үй қорының тұрғын үйін жобалау және (немесе) салу, реконструкциялау", 18_440_125),
    ("07", "2", "458", "012", "Функционирование системы водоснабжения и водоотведения", "Сумен жабдықтау және су бұру жүйесінің жұмыс істеуі", 5_230_448),
    ("07", "2", "467", "058", "Развитие системы водоснабжения и водоотведения в сельских населенных пунктах", "Ауылдық елді мекендерде сумен жабдықтау және су бұру жүйесін дамыту", 12_806_337),
    ("07", "3", "123", "008", "Освещение улиц в населенных пунктах", "Елді мекендердегі көшелерді жарықтандыру", 1_690_212),
    ("07", "3", "123", "011", "Благоустройство и озеленение населенных пунктов", "Елді мекендерді абаттандыру мен көгалдандыру", 2_745_509),
    ("08", "1", "455", "003", "Поддержка культурно-досуговой работы", "Мәдени-демалыс жұмысын қолдау", 4_875_320),
    ("08", "2", "465", "005", "Развитие массового спорта и национальных видов спорта", "Бұқаралық спортты және ұлттық спорт түрлерін дамыту", 1_345_877),
    ("08", "3", "455", "006", "Функционирование районных (городских) библиотек", "Аудандық (қалалық) кітапханалардың жұмыс істеуі", 1_908_266),
    ("08", "9", "456", "002", "Услуги по проведению государственной информационной политики", "Мемлекеттік ақпараттық саясатты жүргізу жөніндегі қызметтер", 640_118),
    ("10", "1", "462", "006", "Проведение мероприятий для реализации мер социальной поддержки специалистов", "Мамандарды әлеуметтік қолдау шараларын іске асыру үшін іс-шаралар өткізу", 1_026_554),
    ("10", "6", "463", "006", "Землеустройство, проводимое при установлении границ районов", "Аудандардың шекарасын белгілеу кезінде жүргізілетін жерге орналастыру", 233_807),
    ("11", "2", "472", "015", "Разработка схем градостроительного развития территории района", "Аудан аумағының қала құрылысын дамыту схемаларын әзірлеу", 318_645),
    ("12", "1", "458", "023", "Обеспечение функционирования автомобильных дорог", "Автомобиль жолдарының жұмыс істеуін қамтамасыз ету", 6_904_733),
    ("12", "1", "458", "045", "Капитальный и средний ремонт автомобильных дорог районного значения и улиц населенных пунктов", "Аудандық маңызы бар автомобиль жолдарын және елді мекендердің көшелерін күрделі және орташа жөндеу", 14_382_090),
    ("13", "9", "452", "012", "Резерв местного исполнительного органа района (города областного значения)", "Ауданның (облыстық маңызы бар қаланың) жергілікті атқарушы органының резерві", 1_500_000),
    ("14", "1", "452", "013", "Обслуживание долга местных исполнительных органов", "Жергілікті атқарушы органдардың борышына қызмет көрсету", 27_510),
    ("15", "1", "452", "006", "Возврат неиспользованных (недоиспользованных) целевых трансфертов", "Пайдаланылмаған (толық пайдаланылмаған) нысаналы трансферттерді қайтару", 356_402),
    ("15", "1", "452", "038", "Субвенции", "Субвенциялар", 3_120_500),
];

/// A fixed pseudo-random sequence (64-bit LCG), so the sample is the same on every run.
struct Lcg(u64);

impl Lcg {
    /// A whole number from `lo` to `hi` inclusive.
    fn between(&mut self, lo: i64, hi: i64) -> i64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        lo + ((self.0 >> 33) as i64) % (hi - lo + 1)
    }
}

/// Scales tenths by a per-mille factor, rounding half up.
fn scale(tenths: i64, per_mille: i64) -> i64 {
    (tenths * per_mille + 500) / 1000
}

/// One program's nine amounts (2022-2024 × approved, revised, executed), in tenths of тыс. тенге.
type Amounts = [i64; 9];

fn amounts() -> Vec<Amounts> {
    let mut rng = Lcg(2024);
    PROGRAMS
        .iter()
        .map(|p| {
            let mut v = [0i64; 9];
            let mut approved = p.6;
            for y in 0..3 {
                let revised = scale(approved, rng.between(960, 1120));
                let executed = scale(revised, rng.between(840, 1000));
                v[y * 3] = approved;
                v[y * 3 + 1] = revised;
                v[y * 3 + 2] = executed;
                approved = scale(revised, rng.between(1020, 1150));
            }
            v
        })
        .collect()
}

const YEARS: [i32; 3] = [2022, 2023, 2024];
const STAGES: [&str; 3] = ["Утвержденный бюджет", "Уточненный бюджет", "Исполнение"];
const NOTE: [&str; 4] = [
    "ОБРАЗЕЦ / ҮЛГІ / SAMPLE",
    "Иллюстративный бюджет района, составленный проектом ashyq для примеров и тестов. Суммы вымышлены.",
    "Ауданның үлгі бюджеті: ashyq жобасы мысалдар мен тесттер үшін жасаған. Сомалар ойдан алынған.",
    "An illustrative district budget written by the ashyq project for examples and tests. The amounts are invented.",
];

/// The clean table: header in the first row, one row per program.
fn clean(out: &str, vals: &[Amounts]) -> Result<(), XlsxError> {
    let mut wb = Workbook::new();
    let head = Format::new().set_bold().set_text_wrap();
    let amount = Format::new().set_num_format("# ##0.0");
    let sheet = wb.add_worksheet().set_name("Бюджет 2022-2024")?;
    let mut headers: Vec<String> = [
        "Код бюджетной классификации",
        "Функциональная группа",
        "Функциональная подгруппа",
        "Администратор бюджетных программ",
        "Программа",
        "Наименование",
        "Атауы",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for y in YEARS {
        for s in STAGES {
            headers.push(format!("{y} {s} (тыс. тенге)"));
        }
    }
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, h, &head)?;
    }
    sheet.set_column_width(0, 16)?;
    sheet.set_column_width(5, 60)?;
    sheet.set_column_width(6, 60)?;
    sheet.set_freeze_panes(1, 0)?;
    for (r, (&(g, sg, adm, prog, ru, kk, _), v)) in PROGRAMS.iter().zip(vals).enumerate() {
        let row = r as u32 + 1;
        let code = format!("{g} {sg} {adm} {prog}");
        for (c, text) in [code.as_str(), g, sg, adm, prog, ru, kk].iter().enumerate() {
            sheet.write_string(row, c as u16, *text)?;
        }
        for (k, x) in v.iter().enumerate() {
            sheet.write_number_with_format(row, 7 + k as u16, *x as f64 / 10.0, &amount)?;
        }
    }
    let about = wb.add_worksheet().set_name("О файле")?;
    let more = [
        "Коды: функциональная группа / подгруппа / администратор / программа по Единой бюджетной классификации РК.",
        "Единица: тыс. тенге. Written by: cargo run --example make_sample",
    ];
    for (r, l) in NOTE.iter().chain(more.iter()).enumerate() {
        about.write_string(r as u32, 0, *l)?;
    }
    wb.save(out)
}

fn subgroup_name(g: &str, sg: &str) -> &'static str {
    match (g, sg) {
        ("01", "1") => "Представительные, исполнительные и другие органы, выполняющие общие функции государственного управления",
        ("01", "2") => "Финансовая деятельность",
        ("01", "9") => "Прочие государственные услуги общего характера",
        ("02", "1") => "Военные нужды",
        ("03", "1") => "Правоохранительная деятельность",
        ("04", "1") => "Дошкольное воспитание и обучение",
        ("04", "2") => "Начальное, основное среднее и общее среднее образование",
        ("04", "9") => "Прочие услуги в области образования",
        ("06", "2") => "Социальная помощь",
        ("06", "9") => "Прочие услуги в области социальной помощи и социального обеспечения",
        ("07", "1") => "Жилищное хозяйство",
        ("07", "2") => "Коммунальное хозяйство",
        ("07", "3") => "Благоустройство населенных пунктов",
        ("08", "1") => "Деятельность в области культуры",
        ("08", "2") => "Спорт",
        ("08", "3") => "Информационное пространство",
        ("08", "9") => "Прочие услуги по организации культуры, спорта, туризма и информационного пространства",
        ("10", "1") => "Сельское хозяйство",
        ("10", "6") => "Земельные отношения",
        ("11", "2") => "Архитектурная, градостроительная и строительная деятельность",
        ("12", "1") => "Автомобильный транспорт",
        ("13", "9") => "Прочие",
        ("14", "1") => "Обслуживание долга",
        _ => "Трансферты",
    }
}

fn administrator_name(adm: &str) -> &'static str {
    match adm {
        "112" => "Аппарат маслихата района",
        "122" => "Аппарат акима района",
        "123" => "Аппарат акима сельского округа",
        "451" => "Отдел занятости и социальных программ района",
        "452" => "Отдел финансов района",
        "455" => "Отдел культуры и развития языков района",
        "456" => "Отдел внутренней политики района",
        "458" => "Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог района",
        "462" => "Отдел сельского хозяйства района",
        "463" => "Отдел земельных отношений района",
        "464" => "Отдел образования района",
        "465" => "Отдел физической культуры и спорта района",
        "467" => "Отдел строительства района",
        _ => "Отдел строительства, архитектуры и градостроительства района",
    }
}

/// Functional group names in Russian, from the project's classification file.
fn group_names() -> Vec<(String, String)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/classification/functional_groups.csv"
    );
    let mut rdr = match csv::Reader::from_path(path) {
        Ok(r) => r,
        Err(e) => panic!("{path}: {e}"),
    };
    rdr.records()
        .filter_map(Result::ok)
        .map(|r| (r[0].to_string(), r[2].to_string()))
        .collect()
}

fn add(a: &mut Amounts, b: &Amounts) {
    for (x, y) in a.iter_mut().zip(b) {
        *x += y;
    }
}

/// The layout akimats publish: title rows, the unit line, a two-row header
/// with merged year groups, the column-number row, the grand total on top,
/// group / subgroup / administrator rows carrying the sums of their
/// programs, and a footnote.
fn akimat(out: &str, vals: &[Amounts]) -> Result<(), XlsxError> {
    let mut wb = Workbook::new();
    let title = Format::new().set_bold().set_align(FormatAlign::Center);
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_border(FormatBorder::Thin);
    let amount = Format::new()
        .set_num_format("# ##0.0")
        .set_border(FormatBorder::Thin);
    let amount_bold = Format::new()
        .set_num_format("# ##0.0")
        .set_bold()
        .set_border(FormatBorder::Thin);
    let cell = Format::new().set_border(FormatBorder::Thin).set_text_wrap();
    let cell_bold = Format::new()
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_bold();
    let sheet = wb.add_worksheet().set_name("Приложение 1")?;
    let last_col = 13u16;
    sheet.write_string(
        0,
        last_col,
        "Приложение 1 к решению маслихата района (ОБРАЗЕЦ)",
    )?;
    sheet.merge_range(
        1,
        0,
        1,
        last_col,
        "Бюджет района на 2022-2024 годы: затраты по бюджетным программам",
        &title,
    )?;
    sheet.merge_range(
        2,
        0,
        2,
        last_col,
        "ОБРАЗЕЦ / ҮЛГІ / SAMPLE: суммы вымышлены (ashyq)",
        &title,
    )?;
    sheet.write_string(3, last_col, "(тыс. тенге)")?;
    let keys = [
        "Функциональная группа",
        "Функциональная подгруппа",
        "Администратор бюджетных программ",
        "Программа",
        "Наименование",
    ];
    for (c, k) in keys.iter().enumerate() {
        sheet.merge_range(4, c as u16, 5, c as u16, k, &head)?;
    }
    for (i, y) in YEARS.iter().enumerate() {
        let c = 5 + 3 * i as u16;
        sheet.merge_range(4, c, 4, c + 2, &format!("{y} год"), &head)?;
        for (k, s) in STAGES.iter().enumerate() {
            sheet.write_string_with_format(5, c + k as u16, *s, &head)?;
        }
    }
    for c in 0..=last_col {
        sheet.write_number_with_format(6, c, f64::from(c + 1), &head)?;
    }
    sheet.set_column_width(4, 60)?;
    sheet.set_column_width(0, 8)?;
    sheet.set_column_width(1, 8)?;
    sheet.set_column_width(2, 8)?;
    sheet.set_column_width(3, 8)?;
    let mut row = 7u32;
    let write_amounts = |sheet: &mut rust_xlsxwriter::Worksheet,
                         row: u32,
                         v: &Amounts,
                         f: &Format|
     -> Result<(), XlsxError> {
        for (k, x) in v.iter().enumerate() {
            sheet.write_number_with_format(row, 5 + k as u16, *x as f64 / 10.0, f)?;
        }
        Ok(())
    };
    let mut grand = [0i64; 9];
    for v in vals {
        add(&mut grand, v);
    }
    sheet.write_string_with_format(row, 4, "II. ЗАТРАТЫ", &cell_bold)?;
    write_amounts(sheet, row, &grand, &amount_bold)?;
    row += 1;
    let groups = group_names();
    let sum_where = |f: &dyn Fn(&Program) -> bool| -> Amounts {
        let mut s = [0i64; 9];
        for (p, v) in PROGRAMS.iter().zip(vals) {
            if f(p) {
                add(&mut s, v);
            }
        }
        s
    };
    let (mut last_g, mut last_sg, mut last_adm) = ("", "", "");
    for (p, v) in PROGRAMS.iter().zip(vals) {
        let &(g, sg, adm, prog, ru, _, _) = p;
        if g != last_g {
            let name = groups
                .iter()
                .find(|(c, _)| c == g)
                .map(|(_, n)| n.as_str())
                .unwrap_or("");
            sheet.write_string_with_format(row, 0, g, &cell_bold)?;
            sheet.write_string_with_format(row, 4, name, &cell_bold)?;
            write_amounts(sheet, row, &sum_where(&|q| q.0 == g), &amount_bold)?;
            row += 1;
            (last_sg, last_adm) = ("", "");
        }
        if sg != last_sg {
            sheet.write_string_with_format(row, 1, sg, &cell)?;
            sheet.write_string_with_format(row, 4, subgroup_name(g, sg), &cell)?;
            write_amounts(sheet, row, &sum_where(&|q| q.0 == g && q.1 == sg), &amount)?;
            row += 1;
            last_adm = "";
        }
        if adm != last_adm {
            sheet.write_string_with_format(row, 2, adm, &cell)?;
            sheet.write_string_with_format(row, 4, administrator_name(adm), &cell)?;
            write_amounts(
                sheet,
                row,
                &sum_where(&|q| q.0 == g && q.1 == sg && q.2 == adm),
                &amount,
            )?;
            row += 1;
        }
        sheet.write_string_with_format(row, 3, prog, &cell)?;
        sheet.write_string_with_format(row, 4, ru, &cell)?;
        write_amounts(sheet, row, v, &amount)?;
        row += 1;
        (last_g, last_sg, last_adm) = (g, sg, adm);
    }
    row += 1;
    sheet.merge_range(
        row,
        0,
        row,
        last_col,
        "* Образец, составленный проектом ashyq: суммы вымышлены. Коды по Единой бюджетной классификации РК.",
        &Format::new().set_italic(),
    )?;
    wb.save(out)
}

fn main() -> Result<(), XlsxError> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "data".into());
    let vals = amounts();
    let a = format!("{dir}/sample_district_budget.xlsx");
    clean(&a, &vals)?;
    println!("wrote {a}");
    let b = format!("{dir}/sample_district_budget_akimat.xlsx");
    akimat(&b, &vals)?;
    println!("wrote {b}");
    Ok(())
}
