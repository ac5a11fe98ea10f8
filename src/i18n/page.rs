//! The words of the page around the pack's sections.

use super::Msg;

pub(crate) const KEY_FACTS: Msg = Msg {
    kk: "Негізгі деректер",
    ru: "Главное",
    en: "Key facts",
};

pub(crate) const CONTENTS: Msg = Msg {
    kk: "Мазмұны",
    ru: "Содержание",
    en: "Contents",
};

pub(crate) const SEE_TABLE: Msg = Msg {
    kk: "кесте",
    ru: "таблица",
    en: "table",
};
