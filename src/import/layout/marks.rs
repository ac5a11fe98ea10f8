//! The decimal mark of numbers written as text, decided per column from the
//! column's own values: "2752587.0" or "1785668970.266" shows a decimal
//! point, "41 667 248,8" a decimal comma. A value such as "180.661" reads
//! either way: it follows its column's mark, or the sheet's when the column
//! shows none, and a column whose values never tell is an error naming the
//! `--decimal` flag: a number is never scaled a thousandfold by a guess.

use crate::i18n::import::*;
use crate::i18n::Text;
use crate::import::number::{self, DecimalMark};
use crate::model::{a1, column_letters};
use crate::said;

/// What one column's values have shown so far.
#[derive(Debug, Clone, Default)]
pub(super) struct ColumnMark {
    /// The mark its values show, and the first cell and value that showed it.
    shown: Option<(DecimalMark, String, String)>,
    /// The first value that reads either way, read before the column showed its mark.
    guessed: Option<(String, String)>,
}

/// Every amount column's evidence, and the mark given by flag.
#[derive(Debug, Clone, Default)]
pub(super) struct Marks {
    /// `--decimal`, which decides every column.
    pub(super) given: Option<DecimalMark>,
    /// The sheet's mark for columns that show none: the file's language at
    /// first, then the mark the first rows showed.
    pub(super) sheet: DecimalMark,
    columns: Vec<ColumnMark>,
}

fn shown_as(mark: DecimalMark) -> Text {
    match mark {
        DecimalMark::Point => said!(DECIMAL_POINT),
        DecimalMark::Comma => said!(DECIMAL_COMMA),
    }
}

fn read_as(text: &str, mark: DecimalMark) -> String {
    match number::parse_text(text, mark) {
        number::Parsed::Number(d) => d.to_string(),
        _ => text.to_string(),
    }
}

impl Marks {
    /// No evidence yet; `given` is `--decimal`.
    pub(super) fn new(given: Option<DecimalMark>) -> Self {
        Marks {
            given,
            ..Marks::default()
        }
    }

    fn column(&mut self, col: usize) -> &mut ColumnMark {
        if self.columns.len() <= col {
            self.columns.resize(col + 1, ColumnMark::default());
        }
        &mut self.columns[col]
    }

    /// Takes the first rows' evidence before any row is read: each column's
    /// own, and the sheet's when its columns agree.
    pub(super) fn seed<'v>(&mut self, cells: impl Iterator<Item = (u32, usize, &'v str)>) {
        if self.given.is_some() {
            return;
        }
        for (row, col, text) in cells {
            if let Some(m) = number::mark_evidence(text) {
                let c = self.column(col);
                if c.shown.is_none() {
                    c.shown = Some((m, a1(row, col as u32), text.trim().to_string()));
                }
            }
        }
        let mut shown = self.columns.iter().filter_map(|c| c.shown.as_ref());
        if let Some(first) = shown.next() {
            let mark = first.0;
            if shown.all(|s| s.0 == mark) {
                self.sheet = mark;
            }
        }
    }

    /// The mark to read one text cell with; an error when the value shows
    /// that earlier values of its column were read with the wrong mark.
    pub(super) fn for_cell(
        &mut self,
        row: u32,
        col: usize,
        text: &str,
    ) -> std::result::Result<DecimalMark, Text> {
        if let Some(m) = self.given {
            return Ok(m);
        }
        let sheet = self.sheet;
        let c = self.column(col);
        if let Some((m, _, _)) = &c.shown {
            return Ok(*m);
        }
        if let Some(m) = number::mark_evidence(text) {
            if let Some((cell, value)) = &c.guessed {
                if m != sheet {
                    return Err(said!(
                        MARK_CONTRADICTED,
                        col = column_letters(col as u32),
                        v = value,
                        cell = cell,
                        mark = shown_as(sheet),
                        read = read_as(value, sheet),
                        now = text.trim(),
                        at = a1(row, col as u32),
                        other = shown_as(m),
                        flag = if m == DecimalMark::Point { "." } else { "," },
                    ));
                }
            }
            c.shown = Some((m, a1(row, col as u32), text.trim().to_string()));
            return Ok(m);
        }
        if c.guessed.is_none() && number::is_ambiguous(text) {
            c.guessed = Some((a1(row, col as u32), text.trim().to_string()));
        }
        Ok(sheet)
    }

    /// After the last row: a column whose values all read either way, with
    /// no column of the sheet to tell, is an error.
    pub(super) fn check(&self, header: impl Fn(usize) -> String) -> std::result::Result<(), Text> {
        if self.given.is_some() {
            return Ok(());
        }
        // Other columns that showed the mark the guessed values were read with vouch for it.
        let shown = || {
            self.columns
                .iter()
                .filter_map(|c| c.shown.as_ref().map(|s| s.0))
        };
        let sheet_shown = shown().any(|m| m == self.sheet) && shown().all(|m| m == self.sheet);
        for (col, c) in self.columns.iter().enumerate() {
            let (Some((cell, value)), None) = (&c.guessed, &c.shown) else {
                continue;
            };
            if sheet_shown {
                continue;
            }
            return Err(said!(
                MARK_AMBIGUOUS,
                col = column_letters(col as u32),
                header = header(col),
                v = value,
                cell = cell,
                a = read_as(value, DecimalMark::Point),
                b = read_as(value, DecimalMark::Comma),
            ));
        }
        Ok(())
    }

    /// Which column showed which mark, for the report.
    pub(super) fn decisions(&self) -> Vec<Text> {
        self.columns
            .iter()
            .enumerate()
            .filter_map(|(col, c)| {
                let (m, cell, value) = c.shown.as_ref()?;
                Some(said!(
                    MARK_SHOWN,
                    col = column_letters(col as u32),
                    mark = shown_as(*m),
                    v = value,
                    cell = cell
                ))
            })
            .collect()
    }
}
