//! Kazakhstan's functional classification of expenditures, built in: the
//! names of the 15 functional groups in kk/ru/en with their COFOG division,
//! from data/classification/functional_groups.csv.

use crate::i18n::Lang;
use std::sync::OnceLock;

/// One functional group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Two-digit code, "01" to "15".
    pub code: String,
    /// Kazakh name.
    pub kk: String,
    /// Russian name.
    pub ru: String,
    /// English name.
    pub en: String,
    /// COFOG division.
    pub cofog: String,
}

impl Group {
    /// The name in a language.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.kk,
            Lang::Ru => &self.ru,
            Lang::En => &self.en,
        }
    }
}

const CSV: &str = include_str!("../../data/classification/functional_groups.csv");

/// The 15 groups.
pub fn groups() -> &'static [Group] {
    static GROUPS: OnceLock<Vec<Group>> = OnceLock::new();
    GROUPS.get_or_init(|| {
        let mut r = csv::Reader::from_reader(CSV.as_bytes());
        r.records()
            .filter_map(|rec| rec.ok())
            .map(|rec| Group {
                code: rec[0].to_string(),
                kk: rec[1].to_string(),
                ru: rec[2].to_string(),
                en: rec[3].to_string(),
                cofog: rec[4].to_string(),
            })
            .collect()
    })
}

/// The group with a code ("04", or "4").
pub fn group(code: &str) -> Option<&'static Group> {
    let c = code.trim();
    let c = if c.len() == 1 {
        format!("0{c}")
    } else {
        c.to_string()
    };
    groups().iter().find(|g| g.code == c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifteen_groups_with_three_names_each() {
        assert_eq!(groups().len(), 15);
        for g in groups() {
            assert!(
                !g.kk.is_empty() && !g.ru.is_empty() && !g.en.is_empty(),
                "{g:?}"
            );
            assert_ne!(g.kk, g.ru, "{g:?}");
        }
        assert_eq!(group("4").map(|g| g.en.as_str()), Some("Education"));
        assert_eq!(group("04").map(|g| g.name(Lang::Kk)), Some("Білім беру"));
        assert_eq!(group("16"), None);
    }
}
