//! HTML tables: a saved web page, a maslikhat decision published as a page,
//! or HTML that a portal saved with an .xls name. Every `<table>` is a sheet
//! of cells, parsed by html5ever as a browser would (unclosed tags, entities,
//! `<br>`), with `colspan`/`rowspan` laid out the way merged cells are in a
//! workbook: the value in the top-left cell, the rest empty. A table inside
//! a cell is a sheet of its own, and its text is not the outer cell's.

use super::tables::{tidy, TextTable, TextTables};
use super::text::{self, Enc};
use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::said;
use scraper::{ElementRef, Html, Node};
use std::path::Path;

/// A colspan or rowspan beyond the HTML standard's own limits is read as these.
const MAX_COLSPAN: usize = 1000;
const MAX_ROWSPAN: usize = 65_534;
/// Columns of one table, at most (a sheet's 16,384).
const MAX_COLUMNS: usize = 16_384;

/// The tables of a page.
pub struct HtmlSource;

/// Whether the bytes are an HTML page or fragment holding a table.
pub fn is_html(head: &str) -> bool {
    let lower = head.trim_start().to_lowercase();
    lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.starts_with("<table")
        || (lower.starts_with('<') && lower.contains("<table"))
}

/// The encoding a page declares in its first bytes (`<meta charset=...>`).
fn declared(bytes: &[u8]) -> Option<Enc> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    text::encoding_for(&label)
}

impl HtmlSource {
    /// Parses the page into its tables and the encoding it was read in;
    /// `forced` is `--encoding`. Fails when there are more than `max_cells`
    /// cells, or no table at all.
    pub fn parse(
        path: &Path,
        bytes: &[u8],
        forced: Option<Enc>,
        max_cells: u64,
    ) -> Result<(TextTables, String)> {
        let mut decoded = text::decode(bytes, forced.or_else(|| declared(bytes)));
        if forced.is_none() {
            decoded.encoding = decoded
                .encoding
                .replace("(--encoding)", "(the page's charset)");
        }
        let doc = Html::parse_document(&decoded.text);
        let mut tables = Vec::new();
        let mut cells = 0u64;
        for (i, t) in doc
            .tree
            .nodes()
            .filter_map(ElementRef::wrap)
            .filter(|e| e.value().name() == "table")
            .enumerate()
        {
            let rows = grid(t, &mut cells, max_cells)
                .ok_or_else(|| Error::format(path, said!(PAGE_TOO_MANY_CELLS, max = max_cells)))?;
            let caption = t
                .children()
                .filter_map(ElementRef::wrap)
                .find(|c| c.value().name() == "caption")
                .map(|c| cell_text(c))
                .filter(|c| !c.is_empty());
            let name = match caption {
                Some(c) => format!(
                    "table {} ({})",
                    i + 1,
                    c.chars().take(60).collect::<String>()
                ),
                None => format!("table {}", i + 1),
            };
            tables.push(TextTable { name, rows });
        }
        if tables.is_empty() {
            return Err(Error::format(path, said!(PAGE_NO_TABLE)));
        }
        let mark = text::decimal_mark(',', &decoded.text);
        let paragraphs = paragraphs(&doc);
        Ok((TextTables::new(tables, mark, paragraphs), decoded.encoding))
    }
}

/// Whether `table` is the nearest `<table>` above an element.
fn is_of(e: ElementRef<'_>, table: ElementRef<'_>) -> bool {
    e.ancestors()
        .filter_map(ElementRef::wrap)
        .find(|a| a.value().name() == "table")
        .is_some_and(|a| a.id() == table.id())
}

/// A table's rows as a grid: spans laid out, the value in the top-left
/// cell. None past `max` cells in all.
fn grid(table: ElementRef<'_>, cells: &mut u64, max: u64) -> Option<Vec<Vec<String>>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    // Columns still covered by a rowspan from above: (column, rows left).
    let mut covered: Vec<usize> = Vec::new();
    let rows = table
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "tr" && is_of(*e, table));
    for tr in rows {
        let mut row: Vec<String> = Vec::new();
        let mut col = 0usize;
        for td in tr
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|c| matches!(c.value().name(), "td" | "th"))
        {
            while covered.get(col).is_some_and(|&n| n > 0) {
                col += 1;
            }
            let span = |name: &str, cap: usize| {
                td.value()
                    .attr(name)
                    .and_then(|v| v.trim().parse::<usize>().ok())
                    .map_or(1, |n| n.clamp(1, cap))
            };
            let (cs, rs) = (span("colspan", MAX_COLSPAN), span("rowspan", MAX_ROWSPAN));
            if col + cs > MAX_COLUMNS {
                break;
            }
            if row.len() < col + cs {
                row.resize(col + cs, String::new());
            }
            let text = cell_text(td);
            if !text.is_empty() {
                *cells += 1;
                if *cells > max {
                    return None;
                }
            }
            row[col] = text;
            if covered.len() < col + cs {
                covered.resize(col + cs, 0);
            }
            for c in &mut covered[col..col + cs] {
                *c = (*c).max(rs);
            }
            col += cs;
        }
        // The row's own cells are placed: a rowspan counts this row off.
        for c in covered.iter_mut() {
            *c = c.saturating_sub(1);
        }
        out.push(row);
    }
    // Rows a rowspan reaches past the last <tr> add nothing.
    Some(out)
}

/// A cell's text as a person reads it: `<br>` and block boundaries become
/// spaces, runs of white space one space (no-break spaces kept: they group
/// digits), a nested table's text left out.
fn cell_text(cell: ElementRef<'_>) -> String {
    let mut s = String::new();
    let mut stack = vec![cell.id()];
    let tree = cell.tree();
    while let Some(id) = stack.pop() {
        let Some(node) = tree.get(id) else { continue };
        match node.value() {
            Node::Text(t) => s.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if id != cell.id() && name == "table" {
                    continue;
                }
                if matches!(name, "br" | "p" | "div" | "li" | "tr") {
                    s.push(' ');
                }
                // Children in order: pushed last first.
                let kids: Vec<_> = node.children().map(|c| c.id()).collect();
                stack.extend(kids.into_iter().rev());
            }
            _ => {}
        }
    }
    tidy(&s)
}

/// The page's text outside its tables, one entry per paragraph (a block
/// element or a `<br>` ends one): a decision's preamble and point 1.
fn paragraphs(doc: &Html) -> Vec<String> {
    let (mut out, mut current) = (Vec::new(), String::new());
    let end = |current: &mut String, out: &mut Vec<String>| {
        let t = tidy(current);
        if !t.is_empty() {
            out.push(t);
        }
        current.clear();
    };
    // (node, closing): each element is visited on the way in and out.
    let mut stack = vec![(doc.tree.root().id(), false)];
    while let Some((id, closing)) = stack.pop() {
        let Some(node) = doc.tree.get(id) else {
            continue;
        };
        match node.value() {
            Node::Text(t) => current.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if is_block(name) {
                    end(&mut current, &mut out);
                }
                if closing || matches!(name, "table" | "script" | "style" | "head") {
                    continue;
                }
                stack.push((id, true));
                let kids: Vec<_> = node.children().map(|c| (c.id(), false)).collect();
                stack.extend(kids.into_iter().rev());
            }
            Node::Document | Node::Fragment => {
                let kids: Vec<_> = node.children().map(|c| (c.id(), false)).collect();
                stack.extend(kids.into_iter().rev());
            }
            _ => {}
        }
    }
    end(&mut current, &mut out);
    out
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "br"
            | "li"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "section"
            | "article"
            | "blockquote"
            | "pre"
            | "body"
            | "center"
            | "ol"
            | "ul"
            | "table"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(html: &str) -> Vec<Vec<Vec<String>>> {
        let (s, _) = HtmlSource::parse(Path::new("t.html"), html.as_bytes(), None, 1000).unwrap();
        s.tables.into_iter().map(|t| t.rows).collect()
    }

    #[test]
    fn spans_are_laid_out_as_merged_cells() {
        let t = tables(
            "<table><tr><th rowspan=2>Код</th><th colspan=2>2024 год</th></tr>\
             <tr><th>план</th><th>факт</th></tr>\
             <tr><td>01</td><td>1&nbsp;000,5</td><td>900</td></tr></table>",
        );
        let want: Vec<Vec<String>> = vec![
            vec!["Код".into(), "2024 год".into(), "".into()],
            vec!["".into(), "план".into(), "факт".into()],
            vec!["01".into(), "1\u{a0}000,5".into(), "900".into()],
        ];
        assert_eq!(t, vec![want]);
    }

    #[test]
    fn breaks_paragraphs_and_nested_tables() {
        let t = tables(
            "<table><tr><td><p>Образование</p><p>и наука</p></td>\
             <td>12<br>345<table><tr><td>inner</td></tr></table></td></tr></table>",
        );
        assert_eq!(t.len(), 2);
        assert_eq!(
            t[0],
            vec![vec!["Образование и наука".to_string(), "12 345".into()]]
        );
        assert_eq!(t[1], vec![vec!["inner".to_string()]]);
    }

    #[test]
    fn spans_beyond_the_standard_are_capped() {
        let t = tables("<table><tr><td colspan=99999999>a</td><td>b</td></tr></table>");
        assert_eq!(t[0][0].len(), MAX_COLSPAN + 1);
        assert_eq!(t[0][0][MAX_COLSPAN], "b");
    }
}
