//! Words that change with the number before them: the name of the groups
//! gathered into one ("Остальные 9 групп", "Басқа 9 топ", "9 other
//! groups"), named so that it can never be mistaken for a real category
//! called «Прочие» or "Other"; and Kazakh case endings after a word or a
//! number, by rule: the ending follows the last word as it is read aloud
//! ("94,0%" is read "...пайыз": 94,0%-ға, 62,0%-ы; "2024" ends in "төрт":
//! 2024-ке), its last vowel (back а о ұ ы, front ә е ө ү і) and its last
//! sound (vowel, л р у й, м н ң, voiced, voiceless).

use super::{ru_plural, Lang};
use crate::analysis::By;
use crate::model::Direction;

/// What one item of a grouping is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Noun {
    /// A functional group.
    Group,
    /// A functional subgroup.
    Subgroup,
    /// A budget program's administrator.
    Administrator,
    /// A budget program.
    Program,
    /// A subprogram.
    Subprogram,
    /// A revenue category.
    Category,
    /// A revenue class.
    Class,
    /// A revenue subclass.
    Subclass,
    /// Anything else: a department, a fund, a line.
    #[default]
    Item,
}

impl Noun {
    /// What one key of a grouping is.
    pub fn of_grouping(by: &By, direction: Direction) -> Noun {
        match by {
            By::Level(n) => Noun::of_level(*n, direction == Direction::Revenue),
            _ => Noun::Item,
        }
    }

    /// The item of a level of the classification (1 = group), expenditure or revenue.
    pub fn of_level(level: usize, revenue: bool) -> Noun {
        match (revenue, level) {
            (false, 1) => Noun::Group,
            (false, 2) => Noun::Subgroup,
            (false, 3) => Noun::Administrator,
            (false, 4) => Noun::Program,
            (false, 5) => Noun::Subprogram,
            (true, 1) => Noun::Category,
            (true, 2) => Noun::Class,
            (true, 3) => Noun::Subclass,
            _ => Noun::Item,
        }
    }

    /// Russian forms after a number: one, few, many.
    fn ru(self) -> [&'static str; 3] {
        match self {
            Noun::Group => ["группа", "группы", "групп"],
            Noun::Subgroup => ["подгруппа", "подгруппы", "подгрупп"],
            Noun::Administrator => ["администратор", "администратора", "администраторов"],
            Noun::Program => ["программа", "программы", "программ"],
            Noun::Subprogram => ["подпрограмма", "подпрограммы", "подпрограмм"],
            Noun::Category => ["категория", "категории", "категорий"],
            Noun::Class => ["класс", "класса", "классов"],
            Noun::Subclass => ["подкласс", "подкласса", "подклассов"],
            Noun::Item => ["статья", "статьи", "статей"],
        }
    }

    /// Kazakh: a noun after a number takes no plural ending.
    fn kk(self) -> &'static str {
        match self {
            Noun::Group => "топ",
            Noun::Subgroup => "кіші функция",
            Noun::Administrator => "әкімші",
            Noun::Program => "бағдарлама",
            Noun::Subprogram => "кіші бағдарлама",
            Noun::Category => "санат",
            Noun::Class => "сынып",
            Noun::Subclass => "кіші сынып",
            Noun::Item => "бап",
        }
    }

    /// English: one, many.
    fn en(self) -> [&'static str; 2] {
        match self {
            Noun::Group => ["group", "groups"],
            Noun::Subgroup => ["subgroup", "subgroups"],
            Noun::Administrator => ["administrator", "administrators"],
            Noun::Program => ["program", "programs"],
            Noun::Subprogram => ["subprogram", "subprograms"],
            Noun::Category => ["category", "categories"],
            Noun::Class => ["class", "classes"],
            Noun::Subclass => ["subclass", "subclasses"],
            Noun::Item => ["item", "items"],
        }
    }
}

/// The name of `n` items gathered into one row.
pub fn others(lang: Lang, noun: Noun, n: usize) -> String {
    match lang {
        Lang::Kk => format!("Басқа {n} {}", noun.kk()),
        Lang::Ru => {
            // "Остальные 21 программа": the adjective stays plural, the noun follows the number.
            let [one, few, many] = noun.ru();
            format!("Остальные {n} {}", ru_plural(n as u64, one, few, many))
        }
        Lang::En => {
            let w = noun.en();
            format!("{n} other {}", if n == 1 { w[0] } else { w[1] })
        }
    }
}

/// A Kazakh case, as an ending written after a word or a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Барыс септік: -ға/-ге/-қа/-ке.
    Dative,
    /// Шығыс септік: -дан/-ден/-нан/-нен/-тан/-тен.
    Ablative,
    /// Жатыс септік: -да/-де/-та/-те.
    Locative,
    /// Ілік септік: -ның/-нің/-дың/-дің/-тың/-тің.
    Genitive,
    /// Табыс септік: -ны/-ні/-ды/-ді/-ты/-ті.
    Accusative,
    /// Third-person possessive: -ы/-і/-сы/-сі ("шығыстардың 62,0%-ы").
    Possessive,
    /// Possessive then accusative: -ын/-ін/-сын/-сін ("62,0%-ын құрайды").
    PossessiveAccusative,
}

/// How a word ends, for the ending that follows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sound {
    Vowel,
    /// л р у й.
    Sonorant,
    /// м н ң.
    Nasal,
    /// з ж and the voiced consonants of loans (б в г ғ д).
    Voiced,
    /// к қ п с т ф х һ ц ч ш щ.
    Voiceless,
}

fn sound(c: char) -> Sound {
    match c {
        'л' | 'р' | 'у' | 'й' => Sound::Sonorant,
        'м' | 'н' | 'ң' => Sound::Nasal,
        'з' | 'ж' | 'б' | 'в' | 'г' | 'ғ' | 'д' => Sound::Voiced,
        'к' | 'қ' | 'п' | 'с' | 'т' | 'ф' | 'х' | 'һ' | 'ц' | 'ч' | 'ш' | 'щ' => {
            Sound::Voiceless
        }
        _ => Sound::Vowel,
    }
}

/// Front (ә е ө ү і э) or back (а о ұ ы я ё) by the last vowel that tells;
/// у, и, ю say nothing and the one before decides.
fn front(word: &str) -> bool {
    word.chars()
        .rev()
        .find_map(|c| match c {
            'ә' | 'е' | 'ө' | 'ү' | 'і' | 'э' => Some(true),
            'а' | 'о' | 'ұ' | 'ы' | 'я' | 'ё' => Some(false),
            _ => None,
        })
        .unwrap_or(false)
}

/// The ending of `case` after `word` (lower-case Kazakh).
pub fn kk_ending(word: &str, case: Case) -> &'static str {
    let Some(last) = word.chars().last() else {
        return "";
    };
    let (f, s) = (front(word), sound(last));
    let pick = |back: &'static str, fr: &'static str| if f { fr } else { back };
    use Sound::*;
    match case {
        Case::Dative => match s {
            Voiceless => pick("қа", "ке"),
            _ => pick("ға", "ге"),
        },
        Case::Ablative => match s {
            Nasal => pick("нан", "нен"),
            Voiceless => pick("тан", "тен"),
            _ => pick("дан", "ден"),
        },
        Case::Locative => match s {
            Voiceless => pick("та", "те"),
            _ => pick("да", "де"),
        },
        Case::Genitive => match s {
            Vowel | Nasal => pick("ның", "нің"),
            Voiceless => pick("тың", "тің"),
            _ => pick("дың", "дің"),
        },
        Case::Accusative => match s {
            Vowel => pick("ны", "ні"),
            Voiceless => pick("ты", "ті"),
            _ => pick("ды", "ді"),
        },
        Case::Possessive => match s {
            Vowel => pick("сы", "сі"),
            _ => pick("ы", "і"),
        },
        Case::PossessiveAccusative => match s {
            Vowel => pick("сын", "сін"),
            _ => pick("ын", "ін"),
        },
    }
}

/// The last word of a whole number read aloud: 2024 "...төрт", 2020 "...жиырма", 1000 "мың".
fn number_word(n: u64) -> &'static str {
    const UNITS: [&str; 10] = [
        "нөл",
        "бір",
        "екі",
        "үш",
        "төрт",
        "бес",
        "алты",
        "жеті",
        "сегіз",
        "тоғыз",
    ];
    const TENS: [&str; 10] = [
        "",
        "он",
        "жиырма",
        "отыз",
        "қырық",
        "елу",
        "алпыс",
        "жетпіс",
        "сексен",
        "тоқсан",
    ];
    if n == 0 {
        "нөл"
    } else if !n.is_multiple_of(10) {
        UNITS[(n % 10) as usize]
    } else if !n.is_multiple_of(100) {
        TENS[((n % 100) / 10) as usize]
    } else if !n.is_multiple_of(1000) {
        "жүз"
    } else if !n.is_multiple_of(1_000_000) {
        "мың"
    } else if !n.is_multiple_of(1_000_000_000) {
        "миллион"
    } else {
        "миллиард"
    }
}

/// The last word of `text` as it is read: "пайыз" after a percent sign,
/// the number's last word after digits (of the decimals, where they are not
/// all zero: 13,5 is read "...бес"), else the text's own last word.
fn spoken_last_word(text: &str) -> String {
    let t = text.trim_end();
    if t.ends_with('%') {
        return "пайыз".into();
    }
    if t.chars().last().is_some_and(|c| c.is_ascii_digit()) {
        let digits: String = t
            .chars()
            .rev()
            .take_while(|c| {
                c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}')
            })
            .collect::<String>()
            .chars()
            .rev()
            .filter(|c| !c.is_whitespace() && *c != '\u{202f}')
            .collect();
        let (int, frac) = match digits.rsplit_once([',', '.']) {
            Some((i, f)) => (i.to_string(), f.to_string()),
            None => (digits.clone(), String::new()),
        };
        let whole = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        let f = whole(&frac);
        let n = if !f.is_empty() && f.chars().any(|c| c != '0') {
            f.trim_start_matches('0').parse().unwrap_or(0)
        } else {
            whole(&int).parse().unwrap_or(0)
        };
        return number_word(n).into();
    }
    t.split_whitespace().last().unwrap_or("").to_lowercase()
}

/// `text` with the Kazakh ending of `case`: after a number or a percentage
/// with a hyphen (94,0%-ға, 2024-ке), after a word joined (бюджетке).
pub fn kk_inflect(text: &str, case: Case) -> String {
    let word = spoken_last_word(text);
    let ending = kk_ending(&word, case);
    let t = text.trim_end();
    if t.ends_with('%') || t.chars().last().is_some_and(|c| c.is_ascii_digit()) {
        format!("{t}-{ending}")
    } else {
        format!("{t}{ending}")
    }
}

/// `text` with the ending of `case` in Kazakh; the other languages take none.
pub fn inflect(lang: Lang, text: String, case: Case) -> String {
    if lang == Lang::Kk {
        kk_inflect(&text, case)
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kazakh_endings_follow_the_last_word_read_aloud() {
        use Case::*;
        let cases = [
            ("94,0%", Dative, "94,0%-ға"),
            ("62,0%", Possessive, "62,0%-ы"),
            ("13,0%", Dative, "13,0%-ға"),
            ("62,0%", PossessiveAccusative, "62,0%-ын"),
            ("90%", Ablative, "90%-дан"),
            ("2024", Dative, "2024-ке"),
            ("2020", Dative, "2020-ға"),
            ("100", Dative, "100-ге"),
            ("1000", Locative, "1000-да"),
            ("40", Dative, "40-қа"),
            ("50", Accusative, "50-ді"),
            ("6", Genitive, "6-ның"),
            ("3", Ablative, "3-тен"),
            ("10", Ablative, "10-нан"),
            ("7", Accusative, "7-ні"),
            ("13,5", Dative, "13,5-ке"),
            ("2\u{a0}000\u{a0}000", Genitive, "2\u{a0}000\u{a0}000-ның"),
            ("бюджет", Dative, "бюджетке"),
            ("жоспар", Possessive, "жоспары"),
            ("қала", Genitive, "қаланың"),
            ("аудан", Ablative, "ауданнан"),
            ("мектеп", Locative, "мектепте"),
            ("елу", Accusative, "елуді"),
        ];
        for (text, case, want) in cases {
            assert_eq!(kk_inflect(text, case), want, "{text} {case:?}");
        }
    }

    #[test]
    fn gathered_rows_are_named_for_what_they_gather() {
        assert_eq!(others(Lang::Ru, Noun::Group, 9), "Остальные 9 групп");
        assert_eq!(others(Lang::Ru, Noun::Group, 4), "Остальные 4 группы");
        assert_eq!(
            others(Lang::Ru, Noun::Program, 21),
            "Остальные 21 программа"
        );
        assert_eq!(
            others(Lang::Ru, Noun::Administrator, 588),
            "Остальные 588 администраторов"
        );
        assert_eq!(others(Lang::Kk, Noun::Group, 9), "Басқа 9 топ");
        assert_eq!(others(Lang::Kk, Noun::Program, 12), "Басқа 12 бағдарлама");
        assert_eq!(others(Lang::En, Noun::Group, 9), "9 other groups");
        assert_eq!(others(Lang::En, Noun::Class, 5), "5 other classes");
        // Never the word a real category is called by.
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let s = others(lang, Noun::Item, 7);
            assert!(!s.contains("Прочие") && !s.starts_with("Other") && !s.contains("Басқалары"));
        }
    }
}
