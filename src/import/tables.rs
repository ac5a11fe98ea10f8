//! Tables of text from a document (an HTML page's `<table>`s, a Word
//! document's `w:tbl`s), each a sheet of text cells with spans already laid
//! out as merged cells: the value in the top-left cell, the rest empty.

use super::decision::Decision;
use super::layout::SheetImport;
use super::number::DecimalMark;
use super::source::{SheetInfo, SheetSource};
use super::Value;
use crate::error::Result;

/// One table: its sheet name and its grid of texts.
pub struct TextTable {
    /// "table 2", or with its caption.
    pub name: String,
    /// Rows of cell texts ("" for an empty or covered cell).
    pub rows: Vec<Vec<String>>,
}

/// A document's tables, with the decimal mark its text suggests.
pub struct TextTables {
    /// In document order.
    pub tables: Vec<TextTable>,
    /// The mark numbers written as text most likely use.
    pub mark: DecimalMark,
    /// What the document's text outside the tables says, when it is a
    /// budget decision.
    pub decision: Option<Decision>,
}

impl TextTables {
    /// The tables, and the decision the paragraphs outside them make.
    pub fn new(tables: Vec<TextTable>, mark: DecimalMark, paragraphs: Vec<String>) -> Self {
        TextTables {
            tables,
            mark,
            decision: super::decision::read(&paragraphs),
        }
    }
}

/// A cell's text: white space runs as one space, trimmed; no-break spaces
/// kept between digits (they group them: "1 000,5"), elsewhere a space
/// ("I.&nbsp;Доходы" is "I. Доходы").
pub fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let grouping = matches!(c, '\u{a0}' | '\u{202f}')
            && !space
            && out.ends_with(|p: char| p.is_ascii_digit())
            && chars.peek().is_some_and(|n| n.is_ascii_digit());
        if c.is_whitespace() && !grouping {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

impl SheetSource for TextTables {
    fn decision(&self) -> Option<&Decision> {
        self.decision.as_ref()
    }

    fn sheets(&self) -> Vec<SheetInfo> {
        self.tables
            .iter()
            .map(|t| SheetInfo {
                name: t.name.clone(),
                hidden: false,
                worksheet: true,
            })
            .collect()
    }

    fn read(
        &mut self,
        name: &str,
        sheet: &mut SheetImport<'_>,
        _max: u64,
    ) -> Result<Option<String>> {
        sheet.guess_decimal_mark(self.mark);
        let Some(t) = self.tables.iter().find(|t| t.name == name) else {
            return Ok(None);
        };
        let mut values: Vec<Value> = Vec::new();
        for (r, row) in t.rows.iter().enumerate() {
            if row.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            values.clear();
            values.extend(row.iter().map(|c| {
                if c.is_empty() {
                    Value::Empty
                } else {
                    Value::Text(c.clone())
                }
            }));
            sheet.row(r as u32, &values)?;
            if sheet.is_done() {
                break;
            }
        }
        let width = t.rows.iter().map(Vec::len).max().unwrap_or(0);
        Ok((width > 0 && !t.rows.is_empty()).then(|| {
            format!(
                "A1:{}",
                crate::model::a1(t.rows.len() as u32 - 1, width as u32 - 1)
            )
        }))
    }
}
