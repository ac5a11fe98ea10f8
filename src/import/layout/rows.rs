//! The turning of one body row into an item's text and amounts: long rows
//! (year and stage in cells), wide rows (year and stage in the header),
//! section rows that switch direction, and codes read into levels.

use super::*;

impl<'a> SheetImport<'a> {
    pub(super) fn body(&mut self, layout: &Layout, row: u32, cells: &[Value]) -> Result<()> {
        match &layout.shape {
            Shape::Long { .. } => self.body_long(layout, row, cells),
            Shape::Wide(cols) => self.body_wide(layout, cols, row, cells),
        }
    }

    /// A row of a long table: one amount, its year (or edition) and stage in
    /// columns of their own. The next rows with the same text share its item.
    fn body_long(&mut self, layout: &Layout, row: u32, cells: &[Value]) -> Result<()> {
        let Shape::Long {
            year,
            edition,
            stage,
            amount,
            factor,
            default_stage,
        } = &layout.shape
        else {
            return Ok(());
        };
        let get = |i: usize| cells.get(i).unwrap_or(&Value::Empty);
        let amount_cell = get(*amount);
        let year_cell = get(*year);
        if year_cell.is_blank() {
            if amount_cell.is_blank() {
                self.report.rows_skipped += 1;
                return Ok(());
            }
            return Err(self.err(&a1(row, *year as u32), said!(YEAR_EMPTY)));
        }
        if *edition {
            let key = year_cell.to_text();
            let editions = self.opts.map.as_ref().map(|m| &m.editions);
            let Some(&(y, st)) = editions.and_then(|e| e.get(&key)) else {
                return Err(self.err(
                    &a1(row, *year as u32),
                    said!(EDITION_NOT_IN_MAP, key = &key),
                ));
            };
            let cell = self.amount(row, *amount, amount_cell, *factor, y, st)?;
            self.note_period(&year_cell.to_text());
            let (_, data) = self.row_data(layout, cells, vec![cell]);
            self.push_item(row, data);
            return Ok(());
        }
        let cumulative = self
            .opts
            .map
            .as_ref()
            .is_some_and(|m| m.cumulative.is_some());
        let y = parse_year(year_cell, layout.period != Some(*year)).ok_or_else(|| {
            self.err(
                &a1(row, *year as u32),
                said!(NOT_A_YEAR_COL, v = year_cell.to_text()),
            )
        })?;
        let st = match stage {
            Some(sc) if !get(*sc).is_blank() => self.stage_of(row, *sc, get(*sc))?,
            _ => *default_stage,
        };
        if !cumulative && self.opts.only.is_some_and(|o| o != (y, st)) {
            return Ok(());
        }
        let cell = self.amount(row, *amount, amount_cell, *factor, y, st)?;
        if cumulative {
            self.note_period(&year_cell.to_text());
            let (_, data) = self.row_data(layout, cells, vec![cell]);
            self.push_item(row, data);
            return Ok(());
        }
        let own = [Some(*year), Some(*amount), *stage];
        if let Some((prev, item)) = &self.last_item {
            let width = cells.len().max(prev.len());
            let same = (0..width).all(|i| {
                own.contains(&Some(i))
                    || cells.get(i).unwrap_or(&Value::Empty) == prev.get(i).unwrap_or(&Value::Empty)
            });
            if same {
                let item = *item;
                self.push_line(item, row, cell);
                return Ok(());
            }
        }
        let (_, data) = self.row_data(layout, cells, vec![cell]);
        let Some(item) = self.push_item(row, data) else {
            self.last_item = None;
            return Ok(());
        };
        let (prev, i) = self.last_item.get_or_insert_with(|| (Vec::new(), item));
        *i = item;
        // Reuse the text buffers of the last item's cells.
        prev.truncate(cells.len());
        for (k, c) in cells.iter().enumerate() {
            match (prev.get_mut(k), c) {
                (Some(Value::Text(p)), Value::Text(t)) => p.clone_from(t),
                (Some(p), _) => *p = c.clone(),
                (None, _) => prev.push(c.clone()),
            }
        }
        Ok(())
    }

    /// A row of a wide table: an amount per year and stage column, sorted
    /// into lines and published totals by the tracker.
    fn body_wide(
        &mut self,
        layout: &Layout,
        cols: &[AmountCol],
        row: u32,
        cells: &[Value],
    ) -> Result<()> {
        let get = |i: usize| cells.get(i).unwrap_or(&Value::Empty);
        if let Some(p) = layout.period {
            let period = get(p).to_text();
            if period != self.block_period {
                // Each period's table is a block: its totals cover its rows alone.
                if let Some(t) = self.tracker.as_mut() {
                    t.end_block(&mut self.ready);
                }
                self.drain_ready();
                self.block_period.clone_from(&period);
            }
            self.note_period(&period);
        }
        let row_year = match layout.year_col {
            Some(yc) if cols.iter().any(|c| c.year.is_none()) => {
                let cell = get(yc);
                if layout.period.is_none() {
                    self.note_period(&cell.to_text());
                }
                if cell.is_blank() {
                    self.report.rows_skipped += 1;
                    return Ok(());
                }
                Some(parse_year(cell, layout.period != Some(yc)).ok_or_else(|| {
                    self.err(&a1(row, yc as u32), said!(NOT_A_YEAR, v = cell.to_text()))
                })?)
            }
            _ => None,
        };
        if self.section_row(cells, cols.iter().map(|c| c.col)) {
            return Ok(());
        }
        if self.in_outside {
            if let Some(part) = self.outside.last_mut() {
                part.1 += 1;
            }
            self.report.rows_skipped += 1;
            return Ok(());
        }
        let mut parsed = Vec::with_capacity(cols.len());
        let mut any = false;
        for c in cols {
            let cell = get(c.col);
            if !cell.is_blank() {
                any = true;
            }
            let year = c.year.or(row_year).unwrap_or_default();
            parsed.push(self.amount(row, c.col, cell, c.factor, year, c.stage)?);
        }
        if !any {
            self.report.rows_skipped += 1;
            return Ok(());
        }
        let amounts: Vec<Option<Decimal>> = parsed.iter().map(|c| c.value).collect();
        let mut repeated = Vec::with_capacity(layout.repeated.len());
        for r in &layout.repeated {
            let year = r.year.or(row_year).unwrap_or_default();
            let cell = self.amount(row, r.col, get(r.col), r.factor, year, r.stage)?;
            let key = r.key.map(|k| get(k).to_text()).unwrap_or_default();
            repeated.push((key, cell.value));
        }
        let (path, mut data) = self.row_data(layout, cells, parsed);
        data.repeated = repeated;
        let label = if data.name.is_empty() {
            cells
                .iter()
                .enumerate()
                .filter(|(i, _)| !cols.iter().any(|c| c.col == *i))
                .find_map(|(_, v)| match v {
                    Value::Text(t) if !t.trim().is_empty() => Some(crate::import::clean_text(t)),
                    _ => None,
                })
                .unwrap_or_default()
        } else {
            data.name.clone()
        };
        let parsed_row = ParsedRow {
            row,
            path,
            label,
            amounts,
            data,
        };
        match self.tracker.as_mut() {
            Some(t) => t.push(parsed_row, &mut self.ready),
            // A tree's rows are sorted into lines and totals once all are read.
            None if layout.tree.is_some() => self.ready.push(parsed_row),
            None => {}
        }
        self.drain_ready();
        Ok(())
    }

    /// The row's code path and text.
    /// A row that repeats the header (a second part of the table under its
    /// own header: "Функциональная группа | Администратор ..." after the
    /// revenue's "Категория | Класс ...") or heads a section ("I. Доходы",
    /// "II. Затраты"): it sets the direction of the rows below and ends the
    /// block the totals cover. True when the row is a header, to be skipped.
    fn section_row(&mut self, cells: &[Value], amounts: impl Iterator<Item = usize>) -> bool {
        if self.opts.direction.is_some() {
            return false;
        }
        let amounts: Vec<usize> = amounts.collect();
        fn text(v: &Value) -> &str {
            match v {
                Value::Text(t) => t.trim(),
                _ => "",
            }
        }
        // Any amount cell that is a number (or a marker like "-") makes a data row.
        let numbers = amounts.iter().any(|&c| match cells.get(c) {
            Some(Value::Number(_)) => true,
            Some(Value::Text(t)) => match number::parse_text(t, DecimalMark::Comma) {
                Parsed::Number(_) => true,
                Parsed::Missing(m) => !m.is_empty(),
                Parsed::Text => false,
            },
            _ => false,
        });
        if !numbers {
            // A repeated header: several cells, header words in most (rare
            // rows, so the words are looked at only here).
            let texts: Vec<String> = cells.iter().map(|v| text(v).to_string()).collect();
            let filled: Vec<&String> = texts.iter().filter(|t| !t.is_empty()).collect();
            let header_like = filled
                .iter()
                .filter(|t| {
                    self.header_texts.contains(&header::fold(t))
                        || matches!(
                            header::classify(t).role,
                            header::Role::Code
                                | header::Role::Name
                                | header::Role::Amount
                                | header::Role::Wide { .. }
                        )
                })
                .count();
            let levels = probe::direction_of_levels(&texts);
            if filled.len() >= 2 && (header_like * 3 >= filled.len() * 2 || levels.is_some()) {
                // Under a part of neither side, a header over its rows
                // ("Категория | Класс" over the repayment of loans) does
                // not end the part: only a heading naming a side does.
                if let (Some(d), false) = (levels, self.in_outside) {
                    self.switch_section(d);
                }
                self.report.rows_skipped += 1;
                return true;
            }
        }
        // A section heading: the row's one text (amounts aside) names a
        // direction and reads as a heading.
        let mut words = cells
            .iter()
            .enumerate()
            .filter(|(i, v)| !amounts.contains(i) && !text(v).is_empty())
            .map(|(_, v)| text(v));
        if let (Some(label), None) = (words.next(), words.next()) {
            let roman = label
                .split_once('.')
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| "IVX".contains(c)));
            let capitals = label
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
            let words = label.split_whitespace().count();
            if words <= 4 && (roman || capitals) {
                if let Some(d) = probe::direction_in(label) {
                    self.in_outside = false;
                    self.switch_section(d);
                    return false;
                }
            }
            if words <= 10 && roman && probe::neither_side(label) {
                // Its rows are no revenue or expenditure line, nor are
                // they covered by the totals above.
                if let Some(t) = self.tracker.as_mut() {
                    t.end_block(&mut self.ready);
                }
                self.drain_ready();
                self.in_outside = true;
                self.outside.push((crate::import::clean_text(label), 0));
                self.report.rows_skipped += 1;
                return true;
            }
        }
        false
    }

    /// The rows below belong to `d`; totals above do not reach across.
    fn switch_section(&mut self, d: crate::model::Direction) {
        if self.section != Some(d) {
            if self.section.is_some() || d != self.direction {
                if let Some(t) = self.tracker.as_mut() {
                    t.end_block(&mut self.ready);
                }
                self.drain_ready();
            }
            self.section = Some(d);
        }
    }

    fn row_data(
        &mut self,
        layout: &Layout,
        cells: &[Value],
        amounts: Vec<AmountCell>,
    ) -> (Vec<String>, RowData) {
        let text = |i: usize| cells.get(i).map(Value::to_text).unwrap_or_default();
        let ndims = self.budget.dimensions.len();
        let mut dims = vec![String::new(); ndims];
        for &(col, di) in &layout.dims {
            dims[di] = text(col);
        }
        let name = layout.name.map(text).unwrap_or_default();
        let code_text = |c: usize| {
            let t = text(c);
            match t.strip_suffix(".0") {
                Some(int) if layout.float_codes => int.to_string(),
                _ => t,
            }
        };
        let (path, code, parent) = match &layout.codes {
            // A tree's codes are each node's own; the path is built from the tree.
            Codes::Single(c) if layout.tree.is_some() => (Vec::new(), code_text(*c), String::new()),
            Codes::None => (
                Vec::new(),
                layout.code.map(text).unwrap_or_default(),
                String::new(),
            ),
            Codes::Single(c)
                if self
                    .opts
                    .map
                    .as_ref()
                    .is_some_and(|m| m.code_levels.is_some()) =>
            {
                let levels = self
                    .opts
                    .map
                    .as_ref()
                    .and_then(|m| m.code_levels.clone())
                    .unwrap_or_default();
                level_path(text(*c), &levels)
            }
            Codes::Lengths(c, levels) => level_path(text(*c), levels),
            Codes::Single(c) => {
                let code = code_text(*c);
                let path: Vec<String> = code
                    .split(|ch: char| ch.is_whitespace() || ch == '.')
                    .filter(|p| !p.is_empty())
                    .map(str::to_string)
                    .collect();
                let parent = match code
                    .trim_end()
                    .rfind(|ch: char| ch.is_whitespace() || ch == '.')
                {
                    Some(p) if path.len() > 1 => code[..p].trim_end_matches(['.', ' ']).to_string(),
                    _ => String::new(),
                };
                (path, code, parent)
            }
            Codes::Prefix(c) => {
                let code = code_text(*c);
                let path: Vec<String> = code
                    .trim()
                    .trim_end_matches('0')
                    .chars()
                    .map(String::from)
                    .collect();
                (path, code, String::new())
            }
            Codes::Indent(c) => {
                let depth = cells.get(*c).map(indent_of).unwrap_or(0);
                let name = text(*c);
                while self.indents.last().is_some_and(|(d, _)| *d >= depth) {
                    self.indents.pop();
                }
                let mut path: Vec<String> = self.indents.iter().map(|(_, n)| n.clone()).collect();
                path.push(name.clone());
                self.indents.push((depth, name));
                (path, String::new(), String::new())
            }
            Codes::Split(cols) => {
                let part = |c: usize| cells.get(c).filter(|v| !v.is_blank());
                match cols.iter().rposition(|&c| part(c).is_some()) {
                    None => (Vec::new(), String::new(), String::new()),
                    Some(last) => {
                        self.carry.resize(cols.len(), String::new());
                        for (k, &c) in cols.iter().enumerate().take(last + 1) {
                            match part(c) {
                                Some(Value::Text(t)) => {
                                    crate::import::clean_text_into(&mut self.carry[k], t)
                                }
                                Some(v) => self.carry[k] = v.to_text(),
                                None => {}
                            }
                        }
                        for c in self.carry.iter_mut().skip(last + 1) {
                            c.clear();
                        }
                        let path: Vec<String> = self.carry[..=last].to_vec();
                        let parent = path[..last].join(" ");
                        let code = path.join(" ");
                        (path, code, parent)
                    }
                }
            }
        };
        let level = (!path.is_empty()).then(|| path.len().min(255) as u8);
        (
            path,
            RowData {
                period: std::mem::take(&mut self.row_period),
                direction: layout
                    .direction
                    .map(|c| super::probe::direction_in(&text(c)))
                    .or(self.section.map(Some)),
                repeated: Vec::new(),
                node: layout.tree.map(|(id, parent)| {
                    let get = |c: usize| cells.get(c).map(by_values::node_id).unwrap_or_default();
                    (get(id), get(parent))
                }),
                code,
                level,
                parent,
                name,
                dims,
                amounts,
            },
        )
    }
}

/// The path of a code whose digits' count gives its level (`levels`, the
/// lengths of the levels: [2, 4, 6] puts "0101" under "01"): the path, the
/// code and its parent's code; a code of no level's length has no path.
fn level_path(code: String, levels: &[usize]) -> (Vec<String>, String, String) {
    let digits = code.trim();
    match levels.iter().position(|&n| n == digits.len()) {
        Some(k) if digits.chars().all(|ch| ch.is_ascii_digit()) => {
            let path: Vec<String> = levels[..=k]
                .iter()
                .map(|&n| digits[..n].to_string())
                .collect();
            let parent = if k > 0 {
                path[k - 1].clone()
            } else {
                String::new()
            };
            (path, code, parent)
        }
        _ => (Vec::new(), code, String::new()),
    }
}
