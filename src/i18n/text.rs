//! A message that is said later, in the language of whoever reads it: the
//! importer and the analysis state what they found as a [`Text`] (a
//! catalogue entry and its arguments), and the command line, `inspect` or
//! the pack put it into words in their language.

use super::{Lang, Msg};

/// A text to be said in any of the three languages.
#[derive(Debug, Clone)]
pub enum Text {
    /// The same in every language: a path, a number, a cell, a name the file gives.
    Verbatim(String),
    /// Only in English: a library's own message, or one not in the catalogue yet.
    English(String),
    /// A catalogue entry and the values of its `{name}` places.
    Said(&'static Msg, Vec<(&'static str, Text)>),
    /// Texts joined by a separator ("; ", ", ").
    Join(Vec<Text>, &'static str),
    /// A text already said in each language (kk, ru, en), by a function
    /// that writes whole sentences itself.
    Each(Box<[String; 3]>),
}

impl Text {
    /// A text said by `f` in each of the three languages.
    pub fn each(f: impl Fn(Lang) -> String) -> Text {
        Text::Each(Box::new([f(Lang::Kk), f(Lang::Ru), f(Lang::En)]))
    }

    /// A catalogue entry with no arguments.
    pub fn of(msg: &'static Msg) -> Text {
        Text::Said(msg, Vec::new())
    }

    /// Adds `more` after the text, with `sep` between ("; ").
    pub fn then(&mut self, sep: &'static str, more: Text) {
        let old = std::mem::replace(self, Text::Verbatim(String::new()));
        *self = match old {
            Text::Join(mut parts, s) if s == sep => {
                parts.push(more);
                Text::Join(parts, s)
            }
            other => Text::Join(vec![other, more], sep),
        };
    }

    /// The text in `lang`.
    pub fn in_(&self, lang: Lang) -> String {
        match self {
            Text::Verbatim(s) | Text::English(s) => s.clone(),
            Text::Said(msg, args) => fill_once(lang.t(msg), args, lang),
            Text::Join(parts, sep) => parts
                .iter()
                .map(|p| p.in_(lang))
                .collect::<Vec<_>>()
                .join(sep),
            Text::Each(said) => match lang {
                Lang::Kk => said[0].clone(),
                Lang::Ru => said[1].clone(),
                Lang::En => said[2].clone(),
            },
        }
    }

    /// The text in English (JSON, logs, `Display` of errors).
    pub fn en(&self) -> String {
        self.in_(Lang::En)
    }

    /// Whether every part has its words in all three languages (no
    /// English-only part).
    pub fn is_localized(&self) -> bool {
        match self {
            Text::Verbatim(_) | Text::Each(_) => true,
            Text::English(_) => false,
            Text::Said(_, args) => args.iter().all(|(_, a)| a.is_localized()),
            Text::Join(parts, _) => parts.iter().all(Text::is_localized),
        }
    }

    /// Whether the text is empty in English.
    pub fn is_empty(&self) -> bool {
        self.en().is_empty()
    }
}

/// `{name}` places filled from `args` said in `lang`.
fn fill_once(template: &str, args: &[(&'static str, Text)], lang: Lang) -> String {
    fill_places(template, |name| {
        args.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.in_(lang))
    })
}

/// `{name}` places filled in one pass by `value`, so that a value holding
/// braces (a sheet named "{n}") is never filled again; a place `value`
/// does not know is left as written.
pub(super) fn fill_places(template: &str, value: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let filled = after
            .find('}')
            .and_then(|c| value(&after[..c]).map(|v| (c, v)));
        match filled {
            Some((c, v)) => {
                out.push_str(&v);
                rest = &after[c + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Texts are equal when they say the same in English.
impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.en() == other.en()
    }
}

impl Eq for Text {}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::English(s)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::English(s.to_string())
    }
}

impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.en())
    }
}

/// A [`Text`] as an error a value parser returns to clap, to be said in the
/// language of messages when clap reports it.
#[derive(Debug)]
pub struct Said(pub Text);

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.en())
    }
}

impl std::error::Error for Said {}

impl From<Text> for Said {
    fn from(t: Text) -> Said {
        Said(t)
    }
}

impl From<String> for Said {
    fn from(s: String) -> Said {
        Said(Text::English(s))
    }
}

/// What can fill a `{name}` place: a [`Text`] as it is, anything else
/// verbatim (numbers, paths shown with `.display()`, names from the file).
pub trait Arg {
    /// The value as a text.
    fn into_text(self) -> Text;
}

impl Arg for Text {
    fn into_text(self) -> Text {
        self
    }
}

impl<T: std::fmt::Display> Arg for T {
    fn into_text(self) -> Text {
        Text::Verbatim(self.to_string())
    }
}

/// A catalogue entry with its arguments as a [`Text`]:
/// `said!(NOT_FOUND, path = p.display())`.
#[macro_export]
macro_rules! said {
    ($msg:expr) => {
        $crate::i18n::Text::of(&$msg)
    };
    ($msg:expr, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::i18n::Text::Said(
            &$msg,
            vec![$((stringify!($k), $crate::i18n::Arg::into_text($v))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    const M: Msg = Msg {
        kk: "{path}: {n} жол",
        ru: "{path}: строк {n}",
        en: "{path}: {n} lines",
    };
    const WRAP: Msg = Msg {
        kk: "себебі: {why}",
        ru: "причина: {why}",
        en: "because {why}",
    };

    #[test]
    fn says_a_message_in_each_language_and_nested() {
        let t = crate::said!(M, path = "a{n}.csv", n = 3);
        assert_eq!(t.in_(Lang::Ru), "a{n}.csv: строк 3");
        assert_eq!(t.in_(Lang::Kk), "a{n}.csv: 3 жол");
        assert_eq!(t.en(), "a{n}.csv: 3 lines");
        assert!(t.is_localized());
        let w = crate::said!(WRAP, why = t.clone());
        assert_eq!(w.in_(Lang::Ru), "причина: a{n}.csv: строк 3");
        let e = crate::said!(WRAP, why = Text::from("disk on fire"));
        assert_eq!(e.in_(Lang::Kk), "себебі: disk on fire");
        assert!(!e.is_localized());
        let j = Text::Join(vec![t, Text::Verbatim("x".into())], "; ");
        assert_eq!(j.in_(Lang::En), "a{n}.csv: 3 lines; x");
    }

    #[test]
    fn an_unknown_place_is_left_as_written() {
        let t = Text::Said(&M, vec![("n", Text::Verbatim("2".into()))]);
        assert_eq!(t.en(), "{path}: 2 lines");
    }
}
