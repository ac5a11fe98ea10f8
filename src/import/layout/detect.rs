//! The detection step of a sheet's layout: from the header's texts and the
//! first data rows, every column's role (header words, then the map, then
//! the flags), the unit, and the shape (long or wide). Pure: it reads the
//! rows, the flags and the map, and returns what it decided with its
//! warnings; the row stream ([`super::SheetImport`]) applies it.

use super::by_values::*;
use super::codes::code_columns;
use super::{AmountCol, Codes, Layout, Shape};
use crate::error::{Error, Result};
use crate::i18n::import::*;
use crate::i18n::why::stage_text;
use crate::i18n::Text;
use crate::import::header::{self, ColumnRole, Role, Unit};
use crate::import::{Options, Value};
use crate::model::{a1, column_letters, Stage};
use crate::said;
use rust_decimal::Decimal;
use std::path::Path;

/// The columns of a long table.
#[derive(Clone, Copy)]
pub(super) struct LongColumns {
    amount: usize,
    year: Option<usize>,
    edition: Option<usize>,
    stage: Option<usize>,
}

/// What the detection reads besides the rows, and what it found.
pub(super) struct Detect<'a> {
    pub(super) path: &'a Path,
    pub(super) sheet: &'a str,
    pub(super) opts: &'a Options,
    /// The unit stated around the header.
    pub(super) sheet_unit: Option<Unit>,
    /// The one year the title rows above the header name, with the title.
    pub(super) title_year: Option<(i32, String)>,
    /// A unit line around the header naming a quantity, not money.
    pub(super) quantity: Option<String>,
    /// The stage the document's own text gives amounts that name none.
    pub(super) document_stage: Option<(Stage, crate::i18n::Text)>,
    /// The unit the amounts are read in, once decided.
    pub(super) unit: Option<Unit>,
    /// Warnings, in order, for the sheet's report.
    pub(super) warnings: Vec<crate::i18n::Text>,
    /// The dimension columns' names; [`Layout::dims`] indexes into these.
    pub(super) dimensions: Vec<String>,
}

impl Detect<'_> {
    fn warn(&mut self, message: impl Into<crate::i18n::Text>) {
        let message = message.into();
        self.warnings.push(message);
    }

    fn err(&self, cell: &str, message: impl Into<crate::i18n::Text>) -> Error {
        Error::data(self.path, self.sheet, cell, message)
    }

    /// The stage the sheet's name or the file's name gives ("…_Proposed_Policy",
    /// "mayor_proposed_fy2013-15.xlsx"), with where it was read.
    fn context_stage(&self) -> Option<(Stage, Text)> {
        if let Some((st, word)) = header::stage_in(&self.sheet.replace('_', " ")) {
            return Some((st, said!(WHENCE_SHEET_NAME, sheet = self.sheet, w = word)));
        }
        if let Some(stated) = &self.document_stage {
            return Some(stated.clone());
        }
        let stem = self.path.file_stem()?.to_string_lossy().replace('_', " ");
        header::stage_in(&stem).map(|(st, word)| (st, said!(WHENCE_FILE_WORD, w = word)))
    }

    /// The index of a dimension column's name among those found.
    fn dimension(&mut self, name: &str) -> usize {
        match self.dimensions.iter().position(|d| d == name) {
            Some(i) => i,
            None => {
                self.dimensions.push(name.to_string());
                self.dimensions.len() - 1
            }
        }
    }

    fn find_column(&self, flag: &str, wanted: &str, headers: &[String]) -> Result<usize> {
        let w = header::fold(wanted);
        if let Some(i) = headers.iter().position(|h| header::fold(h) == w) {
            return Ok(i);
        }
        if let Some(col) = crate::model::column_index(wanted.trim()) {
            return Ok(col as usize);
        }
        let list: Vec<String> = headers
            .iter()
            .filter(|h| !h.is_empty())
            .map(|h| format!("\"{h}\""))
            .collect();
        Err(Error::usage(
            flag,
            said!(
                crate::i18n::messages::NO_SUCH_COLUMN,
                wanted = wanted,
                file = self.path.display(),
                sheet = if self.sheet.is_empty() {
                    Text::Verbatim(String::new())
                } else {
                    said!(crate::i18n::messages::AT_SHEET, sheet = self.sheet)
                },
                headers = list.join(", ")
            ),
        ))
    }

    /// Roles written in the map win over header words (flags win over both).
    pub(super) fn apply_map(&self, headers: &[String], roles: &mut Vec<ColumnRole>) {
        use crate::import::mapping::ColumnRole as M;
        let Some(map) = &self.opts.map else {
            return;
        };
        for (key, role) in &map.columns {
            let k = header::fold(key);
            let col = headers
                .iter()
                .position(|h| header::fold(h) == k)
                .or_else(|| {
                    // Capitals only: a lowercase key is header text, not a column letter.
                    let letters = key.trim();
                    (letters == letters.to_ascii_uppercase())
                        .then(|| crate::model::column_index(letters))
                        .flatten()
                        .map(|c| c as usize)
                });
            let Some(col) = col else {
                continue;
            };
            if roles.len() <= col {
                roles.resize(col + 1, header::classify(""));
            }
            roles[col].role = match role {
                M::Code => Role::Code,
                M::Name => Role::Name,
                M::Year => Role::Year,
                M::Stage => Role::Stage,
                M::Amount => Role::Amount,
                M::Edition => Role::Edition,
                M::Dimension => Role::Dimension,
                M::Ignore => Role::Ignore,
                M::Id => Role::Id,
                M::ParentId => Role::ParentId,
                M::Level => Role::Level,
                M::Period => Role::Period,
                M::Direction => Role::Direction,
                M::Wide(y, st) => Role::Wide {
                    year: Some(*y),
                    stage: Some(*st),
                },
                M::StageOnly(st) => Role::Wide {
                    year: None,
                    stage: Some(*st),
                },
            };
            roles[col].why = said!(WHY_SET_BY_MAP, key = key, role = role.to_text());
            roles[col].set = true;
        }
    }

    pub(super) fn apply_flags(
        &self,
        headers: &[String],
        roles: &mut Vec<ColumnRole>,
    ) -> Result<()> {
        let c = &self.opts.columns;
        let set = |roles: &mut Vec<ColumnRole>, flag: &str, col: usize, role: Role| {
            if roles.len() <= col {
                roles.resize(col + 1, header::classify(""));
            }
            // The flag's column takes the role; another column that had it by
            // its header words steps back to a dimension.
            let exclusive = !matches!(role, Role::Wide { .. });
            if exclusive {
                for r in roles.iter_mut() {
                    if r.role == role {
                        r.role = Role::Dimension;
                        r.why = said!(WHY_FLAG_CHOSE_OTHER, flag = flag);
                        r.set = false;
                    }
                }
            }
            roles[col].role = role;
            roles[col].why = said!(WHY_SET_BY_FLAG, flag = flag);
            roles[col].set = true;
        };
        let singles: [(&str, &Option<String>, Role); 5] = [
            ("--amount-col", &c.amount, Role::Amount),
            ("--year-col", &c.year, Role::Year),
            ("--stage-col", &c.stage, Role::Stage),
            ("--code-col", &c.code, Role::Code),
            ("--name-col", &c.name, Role::Name),
        ];
        for (flag, value, role) in singles {
            if let Some(v) = value {
                let col = self.find_column(flag, v, headers)?;
                set(roles, flag, col, role);
            }
        }
        for (h, year, stage) in &c.wide {
            let col = self.find_column("--column", h, headers)?;
            set(
                roles,
                "--column",
                col,
                Role::Wide {
                    year: Some(*year),
                    stage: Some(*stage),
                },
            );
        }
        Ok(())
    }

    /// The budget portal's unit (thousand tenge) when its columns are the
    /// amounts and the file states none, said.
    fn portal_unit(&mut self, headers: &[String], roles: &[ColumnRole]) -> Option<Unit> {
        let portal: Vec<&str> = headers
            .iter()
            .zip(roles.iter())
            .filter(|(h, r)| matches!(r.role, Role::Wide { .. }) && header::is_portal_column(h))
            .map(|(h, _)| h.as_str())
            .collect();
        if portal.is_empty() {
            return None;
        }
        let cols = portal.iter().map(|h| said!(QUOTED, w = h)).collect();
        self.warn(said!(WARN_PORTAL_UNIT, cols = Text::Join(cols, ", ")));
        Some(Unit {
            factor: Decimal::from(1000),
            label: "тыс. тенге (budget.egov.kz)".into(),
        })
    }

    /// Decides the layout; `Ok(Err(reason))` when the sheet holds no budget table.
    pub(super) fn decide(
        &mut self,
        row: u32,
        headers: &[String],
        roles: &mut [ColumnRole],
        data: &[Vec<Value>],
    ) -> Result<std::result::Result<Layout, Text>> {
        if let (Some(q), None, None) = (&self.quantity, &self.sheet_unit, &self.opts.unit) {
            return Ok(Err(said!(QUANTITY_UNIT, q = q)));
        }
        year_by_values(headers, roles, data);
        names_without_header(headers, roles, data);
        direction_by_values(roles, data);
        text_is_no_amount(roles, data);
        let (code, name) = one_code_and_name(roles, data);
        let first = |r: &dyn Fn(&Role) -> bool| roles.iter().position(|c| r(&c.role));
        // A period column ("01.2024") gives each row's year when no column is the year's.
        let year_col = first(&|r| *r == Role::Year).or_else(|| first(&|r| *r == Role::Period));
        let period = first(&|r| *r == Role::Period);
        let direction_col = first(&|r| *r == Role::Direction);
        let stage_col = first(&|r| *r == Role::Stage);
        let amount_col = first(&|r| *r == Role::Amount);
        let has_wide = roles.iter().any(|c| matches!(c.role, Role::Wide { .. }));
        let flag_unit = self
            .sheet_unit
            .clone()
            .or_else(|| self.opts.unit.clone())
            .or_else(|| self.portal_unit(headers, roles));
        let edition_col = roles.iter().position(|c| c.role == Role::Edition);
        let mut repeated_cols = Vec::new();
        let shape = if let (Some(amount), true) = (
            amount_col,
            year_col.is_some() || edition_col.is_some() || !has_wide,
        ) {
            let columns = LongColumns {
                amount,
                year: year_col,
                edition: edition_col,
                stage: stage_col,
            };
            match self.long_shape(headers, roles, columns, &flag_unit) {
                Ok(shape) => shape,
                Err(reason) => return Ok(Err(reason)),
            }
        } else if has_wide {
            let mut cols = self.wide_columns(row, headers, roles, year_col, &flag_unit)?;
            let repeated = self.repeated_totals(headers, roles, data, &mut cols);
            self.no_two_alike(row, &cols)?;
            repeated_cols = repeated;
            Shape::Wide(cols)
        } else {
            return Ok(Err(no_amount_columns(headers, roles, data)));
        };
        let tree = self.tree_columns(roles, data);
        ignore_flag_columns(roles, data);
        let codes = if tree.is_some() {
            // A tree's code column holds each node's own code; the path is the tree's.
            code.map_or(Codes::None, Codes::Single)
        } else {
            let levels = self.opts.map.as_ref().and_then(|m| m.code_levels.as_ref());
            match code_columns(headers, roles, data, code, levels) {
                // A map or a flag named the code column: it is the code (a
                // level of the path, or the whole code), whatever the words say.
                Codes::Split(levels)
                    if code.is_some_and(|c| roles[c].set && !levels.contains(&c)) =>
                {
                    code.map_or(Codes::None, Codes::Single)
                }
                other => other,
            }
        };
        let float_codes = code.is_some_and(|c| floats_as_codes(data, c));
        if let (true, Some(c)) = (float_codes, code) {
            roles[c].why.then("; ", said!(WHY_FLOAT_CODES));
        }
        if let Codes::Lengths(c, levels) = &codes {
            let lens: Vec<String> = levels.iter().map(usize::to_string).collect();
            roles[*c]
                .why
                .then("; ", said!(WHY_CODE_LENGTHS, lens = lens.join(", ")));
        }
        if let Codes::Split(cols) = &codes {
            let letters: Vec<String> = cols.iter().map(|&c| column_letters(c as u32)).collect();
            for &c in cols {
                roles[c].role = Role::Code;
                roles[c].why = said!(WHY_CODE_LEVEL, cols = letters.join(", "));
            }
        }
        let split: &[usize] = match &codes {
            Codes::Split(c) => c,
            _ => &[],
        };
        let mut dims = Vec::new();
        for (i, c) in roles.iter().enumerate() {
            if split.contains(&i) {
                continue;
            }
            if c.role == Role::Dimension && Some(i) != code && Some(i) != name {
                let h = headers.get(i).map(String::as_str).unwrap_or("");
                if h.is_empty() {
                    continue;
                }
                dims.push((i, self.dimension(h)));
            }
        }
        let wide_year_col = match &shape {
            Shape::Wide(cols) if cols.iter().any(|c| c.year.is_none()) => year_col,
            _ => None,
        };
        Ok(Ok(Layout {
            year_col: wide_year_col,
            codes,
            code,
            name,
            dims,
            shape,
            period,
            tree,
            float_codes,
            direction: direction_col,
            repeated: repeated_cols,
        }))
    }

    /// The long shape: one amount column, the year (or an edition) and the
    /// stage in columns of their own; `Err(reason)` when no column holds the year.
    fn long_shape(
        &mut self,
        headers: &[String],
        roles: &mut [ColumnRole],
        columns: LongColumns,
        flag_unit: &Option<Unit>,
    ) -> std::result::Result<Shape, Text> {
        let LongColumns {
            amount,
            year: year_col,
            edition: edition_col,
            stage: stage_col,
        } = columns;
        let unit_of =
            |c: &ColumnRole| -> Option<Unit> { c.unit.clone().or_else(|| flag_unit.clone()) };
        // Long shape: one amount column, year and stage per row.
        let Some(year) = edition_col.or(year_col) else {
            // One amount column and no year column: a table of one year,
            // named by --year, the title above the header, or the file's name.
            let named = self
                .opts
                .year
                .map(|y| (y, said!(WHENCE_FLAG_YEAR)))
                .or_else(|| {
                    self.title_year
                        .as_ref()
                        .map(|(y, t)| (*y, said!(WHENCE_TITLE, t = t)))
                })
                .or_else(|| file_year(self.path).map(|y| (y, said!(WHENCE_FILE_NAME))));
            if let Some((y, whence)) = named {
                let stage = match (self.opts.stage, self.context_stage()) {
                    (Some(s), _) => s,
                    (None, Some((s, _))) => s,
                    (None, None) => Stage::Approved,
                };
                let letter = column_letters(amount as u32);
                if self.opts.year.is_none() {
                    self.warn(said!(
                        WARN_ONE_YEAR,
                        col = &letter,
                        header = headers.get(amount).map(String::as_str).unwrap_or(""),
                        y = y,
                        stage = stage_text(stage),
                        whence = whence.clone()
                    ));
                }
                roles[amount]
                    .why
                    .then("; ", said!(WHY_YEAR_WHENCE, y = y, whence = whence));
                roles[amount].role = Role::Wide {
                    year: Some(y),
                    stage: Some(stage),
                };
                let unit = unit_of(&roles[amount]);
                self.unit = unit.clone();
                return Ok(Shape::Wide(vec![AmountCol {
                    col: amount,
                    year: Some(y),
                    stage,
                    factor: unit.map(|u| u.factor).unwrap_or(Decimal::ONE),
                }]));
            }
            return Err(said!(
                NO_YEAR_COLUMN,
                col = column_letters(amount as u32),
                header = headers.get(amount).map(String::as_str).unwrap_or("")
            ));
        };
        let default_stage = match (stage_col, self.opts.stage) {
            (_, Some(s)) => s,
            (Some(_), None) => Stage::Approved,
            (None, None) if edition_col.is_some() => Stage::Approved,
            (None, None) => match self.context_stage() {
                Some((stage, whence)) => {
                    self.warn(said!(
                        WARN_NO_STAGE_COLUMN,
                        stage = stage_text(stage),
                        whence = whence
                    ));
                    stage
                }
                None => {
                    self.warn(said!(
                        WARN_NO_STAGE_COLUMN,
                        stage = stage_text(Stage::Approved),
                        whence = said!(WHENCE_DEFAULT)
                    ));
                    Stage::Approved
                }
            },
        };
        for c in roles.iter_mut() {
            if matches!(c.role, Role::Wide { .. }) {
                c.role = Role::Dimension;
                c.why = said!(WHY_LONG_NOT_WIDE);
            }
        }
        let unit = unit_of(&roles[amount]);
        self.unit = unit.clone();
        Ok(Shape::Long {
            year,
            edition: edition_col.is_some(),
            stage: stage_col,
            amount,
            factor: unit.map(|u| u.factor).unwrap_or(Decimal::ONE),
            default_stage,
        })
    }

    /// Amount columns of one year and stage that differ only by a prefix
    /// (Armenia's state_body_actual, program_actual, subprogram_actual): a
    /// table that repeats its parents' totals on every row. The column with
    /// the most distinct values is the amount; the others are totals of the
    /// rows sharing their prefix's column (state_body), checked, never lines.
    fn repeated_totals(
        &mut self,
        headers: &[String],
        roles: &mut [ColumnRole],
        data: &[Vec<Value>],
        cols: &mut Vec<AmountCol>,
    ) -> Vec<super::Repeated> {
        let mut out = Vec::new();
        let distinct = |c: usize| distinct_values(data, c);
        let mut k = 0;
        while k < cols.len() {
            let a = cols[k].clone();
            let alike: Vec<usize> = (0..cols.len())
                .filter(|&j| cols[j].year == a.year && cols[j].stage == a.stage)
                .collect();
            if alike.len() < 2 || alike[0] != k {
                k += 1;
                continue;
            }
            let folded: Vec<String> = alike
                .iter()
                .map(|&j| header::fold(&headers[cols[j].col]))
                .collect();
            let suffix = common_suffix(&folded);
            let prefixes: Vec<String> = folded
                .iter()
                .map(|h| h[..h.len() - suffix.len()].to_string())
                .collect();
            let split_at_word = suffix.starts_with(['_', ' ']) && suffix.len() > 3;
            if !split_at_word || prefixes.iter().any(String::is_empty) {
                k += 1;
                continue;
            }
            let finest = *alike
                .iter()
                .rev()
                .max_by_key(|&&j| distinct(cols[j].col))
                .unwrap_or(&alike[0]);
            let finest_col = cols[finest].col;
            for (&j, prefix) in alike.iter().zip(&prefixes) {
                if j == finest {
                    continue;
                }
                let col = cols[j].col;
                let key = headers.iter().enumerate().position(|(i, h)| {
                    let f = header::fold(h);
                    i != col
                        && (f == *prefix
                            || f.starts_with(&format!("{prefix}_"))
                            || f.starts_with(&format!("{prefix} ")))
                        && !matches!(roles[i].role, Role::Wide { .. } | Role::Percent)
                });
                roles[col].role = Role::Ignore;
                roles[col].why = said!(
                    WHY_PARENT_TOTAL,
                    key = key
                        .map(|c| said!(
                            COLUMN_HEADED,
                            col = column_letters(c as u32),
                            header = &headers[c]
                        ))
                        .unwrap_or_else(|| said!(QUOTED, w = prefix)),
                    col = column_letters(finest_col as u32)
                );
                out.push(super::Repeated {
                    col,
                    key,
                    year: a.year,
                    stage: a.stage,
                    factor: cols[j].factor,
                    label: headers[col].clone(),
                });
            }
            let drop: Vec<usize> = alike.iter().copied().filter(|&j| j != finest).collect();
            let mut idx = 0;
            cols.retain(|_| {
                let keep = !drop.contains(&idx);
                idx += 1;
                keep
            });
            k = 0;
        }
        out
    }

    /// Two amount columns of the same year and stage are an error.
    fn no_two_alike(&self, row: u32, cols: &[AmountCol]) -> Result<()> {
        for (k, a) in cols.iter().enumerate() {
            if let Some(b) = cols[..k]
                .iter()
                .find(|b| b.year == a.year && b.stage == a.stage)
            {
                return Err(self.err(
                    &a1(row, a.col as u32),
                    said!(
                        BOTH_HOLD,
                        a = column_letters(b.col as u32),
                        b = column_letters(a.col as u32),
                        year = a
                            .year
                            .map(|y| Text::Verbatim(y.to_string()))
                            .unwrap_or_else(|| said!(EACH_ROWS_YEAR)),
                        stage = stage_text(a.stage)
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The wide shape's amount columns, each with its year (from the
    /// header, --year, or each row's year column) and stage.
    fn wide_columns(
        &mut self,
        row: u32,
        headers: &[String],
        roles: &mut [ColumnRole],
        year_col: Option<usize>,
        flag_unit: &Option<Unit>,
    ) -> Result<Vec<AmountCol>> {
        let unit_of =
            |c: &ColumnRole| -> Option<Unit> { c.unit.clone().or_else(|| flag_unit.clone()) };
        let mut cols = Vec::new();
        let mut defaulted = Vec::new();
        let mut from_file_name: Vec<String> = Vec::new();
        let context = self.context_stage();
        for (i, c) in roles.iter_mut().enumerate() {
            let Role::Wide { year, stage } = c.role else {
                continue;
            };
            let letter = column_letters(i as u32);
            let header_year = year;
            // A row's year column beats --year, which is for files that say no year at all.
            let year = if year_col.is_some() {
                year
            } else {
                year.or(self.opts.year).or_else(|| {
                    let y = file_year(self.path)?;
                    from_file_name.push(letter.clone());
                    Some(y)
                })
            };
            if year.is_none() && year_col.is_some() {
                c.why.then("; ", said!(WHY_YEAR_FROM_ROWS));
            }
            if year.is_none() && year_col.is_none() {
                return Err(self.err(
                    &a1(row, i as u32),
                    said!(STAGE_NO_YEAR, col = &letter, header = &headers[i]),
                ));
            }
            if stage.is_none() {
                if let Some(s) = self.opts.stage {
                    c.why
                        .then("; ", said!(WHY_STAGE_BY_FLAG, stage = stage_text(s)));
                }
            }
            if let (None, Some(y)) = (header_year, year) {
                if from_file_name.contains(&letter) {
                    c.why.then(
                        "; ",
                        said!(WHY_YEAR_WHENCE, y = y, whence = said!(WHENCE_FILE_NAME)),
                    );
                } else {
                    c.why.then(
                        "; ",
                        said!(WHY_YEAR_WHENCE, y = y, whence = said!(WHENCE_FLAG_YEAR)),
                    );
                }
            }
            let stage = match stage.or(self.opts.stage) {
                Some(s) => s,
                None => {
                    defaulted.push(format!("{letter} (\"{}\")", headers[i]));
                    let st = context.as_ref().map_or(Stage::Approved, |c| c.0);
                    c.why
                        .then("; ", said!(WHY_NO_STAGE_WORD, stage = stage_text(st)));
                    st
                }
            };
            c.role = Role::Wide {
                year,
                stage: Some(stage),
            };
            let unit = unit_of(c);
            if self.unit.is_none() {
                self.unit = unit.clone();
            }
            cols.push(AmountCol {
                col: i,
                year,
                stage,
                factor: unit.map(|u| u.factor).unwrap_or(Decimal::ONE),
            });
        }
        if let (false, Some(y)) = (from_file_name.is_empty(), file_year(self.path)) {
            self.warn(said!(
                WARN_YEAR_FROM_FILE,
                cols = from_file_name.join(", "),
                y = y
            ));
        }
        if !defaulted.is_empty() {
            let (stage, whence) = context.map_or((Stage::Approved, said!(WHENCE_DEFAULT)), |c| c);
            self.warn(said!(
                WARN_NO_STAGE_WORD,
                cols = defaulted.join(", "),
                stage = stage_text(stage),
                whence = whence
            ));
        }
        Ok(cols)
    }
}

impl Detect<'_> {
    /// The id and parent-id columns of a tree, when the first rows' parents
    /// are ids of rows: a column merely called "parent" that holds names is
    /// carried as a dimension instead.
    fn tree_columns(
        &mut self,
        roles: &mut [ColumnRole],
        data: &[Vec<Value>],
    ) -> Option<(usize, usize)> {
        let id = roles.iter().position(|c| c.role == Role::Id);
        let parent = roles.iter().position(|c| c.role == Role::ParentId);
        let (Some(id), Some(parent)) = (id, parent) else {
            for c in roles.iter_mut() {
                if matches!(c.role, Role::Id | Role::ParentId) {
                    // Row numbers of an export say nothing of the budget.
                    c.role = Role::Ignore;
                    c.why.then("; ", said!(WHY_NO_TREE));
                }
            }
            return None;
        };
        let ids: std::collections::HashSet<String> = data
            .iter()
            .filter_map(|r| r.get(id))
            .map(node_id)
            .filter(|s| !s.is_empty())
            .collect();
        let parents: Vec<String> = data
            .iter()
            .filter_map(|r| r.get(parent))
            .map(node_id)
            .filter(|s| !s.is_empty())
            .collect();
        let found = parents.iter().filter(|p| ids.contains(*p)).count();
        if parents.is_empty() || found * 10 < parents.len() * 9 {
            for c in [id, parent] {
                roles[c].role = Role::Dimension;
                roles[c].why.then(
                    "; ",
                    said!(WHY_NOT_A_TREE, found = found, n = parents.len()),
                );
            }
            return None;
        }
        roles[parent]
            .why
            .then("; ", said!(WHY_A_TREE, found = found, n = parents.len()));
        Some((id, parent))
    }
}
