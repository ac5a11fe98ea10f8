//! Words that change with the number before them: the name of the groups
//! gathered into one ("Остальные 9 групп", "Басқа 9 топ", "9 other
//! groups"), Russian plural forms. A gathered row is named so that it can
//! never be mistaken for a real category called «Прочие» or "Other".

use super::Lang;
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

/// Russian plural forms of `n`: 0 for 1, 21, 101 (not 11); 1 for 2–4, 22–24
/// (not 12–14); 2 for the rest.
pub fn ru_plural(n: usize) -> usize {
    let (d, h) = (n % 10, n % 100);
    if d == 1 && h != 11 {
        0
    } else if (2..=4).contains(&d) && !(12..=14).contains(&h) {
        1
    } else {
        2
    }
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
            format!("Остальные {n} {}", noun.ru()[ru_plural(n)])
        }
        Lang::En => {
            let w = noun.en();
            format!("{n} other {}", if n == 1 { w[0] } else { w[1] })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_plural_forms() {
        let forms: Vec<usize> = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112, 122]
            .iter()
            .map(|n| ru_plural(*n))
            .collect();
        assert_eq!(forms, [0, 1, 1, 2, 2, 2, 2, 0, 1, 2, 0, 2, 2, 1]);
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
