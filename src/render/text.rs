//! Tables as aligned text for a terminal, fitted to its width.
//!
//! Numbers are never cut or wrapped. When a table is wider than the width
//! given, in this order: a long header over short codes becomes "Код"/"Code",
//! headers wrap onto two lines at spaces, secondary columns (line counts,
//! shares beside a change) are left out, with a note saying so, and names
//! are shortened at a word boundary with "…". `None` (`--wide`, or a file)
//! shows everything.

use super::table::{Cell, Table};
use crate::i18n::tables::{CODE, LEFT_OUT};
use crate::i18n::{self};

/// Names are never shortened below this many characters.
const NAME_MIN: usize = 16;
/// ... unless nothing else makes the table fit.
const NAME_FLOOR: usize = 10;
/// Names are shortened to this before a secondary column is left out.
const NAME_ROOMY: usize = 40;

/// Columns that can go when the table does not fit, the first to go first.
fn secondary(key: &str) -> Option<u8> {
    match key {
        "lines" => Some(0),
        k if k.starts_with("share_") && k != "share_change_points" => Some(1),
        "cagr_ratio" => Some(2),
        "share_change_points" => Some(3),
        // The rate beside it says the same, and the note counts the flagged.
        "flag" => Some(4),
        _ => None,
    }
}

/// Cuts text to at most `max` characters with "…", at a word boundary when
/// one is near, never inside a character.
pub fn shorten_words(text: &str, max: usize) -> String {
    let n = text.chars().count();
    if n <= max {
        return text.to_string();
    }
    let keep = max.saturating_sub(1);
    let head: String = text.chars().take(keep).collect();
    // Back to the last space when it keeps at least two thirds of the room.
    let cut = head
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .map(|(i, _)| i)
        .next_back()
        .filter(|&i| head[..i].chars().count() * 3 >= keep * 2)
        .map_or(head.as_str(), |i| &head[..i]);
    let mut t = cut
        .trim_end_matches(|c: char| c.is_whitespace() || ",;:-–".contains(c))
        .to_string();
    t.push('…');
    t
}

/// Words of a header on at most two lines, each no wider than `room` where
/// the words allow.
fn wrap_header(header: &str, room: usize) -> Vec<String> {
    let words: Vec<&str> = header.split_whitespace().collect();
    if header.chars().count() <= room || words.len() < 2 {
        return vec![header.to_string()];
    }
    // The split that makes the wider line narrowest.
    let best = (1..words.len())
        .map(|k| (words[..k].join(" "), words[k..].join(" ")))
        .min_by_key(|(a, b)| a.chars().count().max(b.chars().count()))
        .unwrap_or_default();
    vec![best.0, best.1]
}

fn width_of(lines: &[String]) -> usize {
    lines.iter().map(|l| l.chars().count()).max().unwrap_or(0)
}

/// One table laid out: which columns show, their header lines and cells.
struct Layout {
    show: Vec<usize>,
    headers: Vec<Vec<String>>,
    cells: Vec<Vec<String>>,
    left_out: Vec<String>,
}

impl Layout {
    fn widths(&self) -> Vec<usize> {
        self.show
            .iter()
            .map(|&c| {
                let w = self.cells.iter().map(|r| r[c].chars().count()).max();
                width_of(&self.headers[c]).max(w.unwrap_or(0))
            })
            .collect()
    }

    /// The widest value of column `c` (None for a table with no rows).
    fn value_width(&self, c: usize) -> Option<usize> {
        self.cells.iter().map(|r| r[c].chars().count()).max()
    }

    fn total(&self) -> usize {
        let w = self.widths();
        w.iter().sum::<usize>() + 2 * w.len().saturating_sub(1)
    }
}

fn layout(t: &Table, width: Option<usize>) -> Layout {
    let cells: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|r| r.iter().map(|c| t.show(c)).collect())
        .collect();
    let mut l = Layout {
        show: (0..t.cols.len()).collect(),
        headers: t.cols.iter().map(|c| vec![c.header.clone()]).collect(),
        cells,
        left_out: Vec::new(),
    };
    let names: Vec<usize> = (0..t.cols.len())
        .filter(|&c| t.rows.iter().all(|r| matches!(r[c], Cell::Text(_))))
        .filter(|&c| t.cols[c].key != "code" && t.cols[c].key != "status")
        .collect();
    let Some(width) = width else {
        return l;
    };
    // A column with nothing in it (no status to tell) takes room for nothing.
    let filled: Vec<usize> = (0..t.cols.len())
        .filter(|&c| l.value_width(c).unwrap_or(0) > 0 || t.rows.is_empty())
        .collect();
    l.show = filled;
    // A long header over short codes.
    for c in 0..t.cols.len() {
        let v = l.value_width(c).unwrap_or(0);
        if t.cols[c].key == "code" && t.cols[c].header.chars().count() > v.max(4) + 2 {
            l.headers[c] = vec![t.lang.t(&CODE).to_string()];
        }
    }
    if l.total() <= width {
        return l;
    }
    // Headers on two lines over narrower values.
    for c in 0..t.cols.len() {
        let v = l.value_width(c).unwrap_or(0);
        l.headers[c] = wrap_header(&t.cols[c].header, v);
        if t.cols[c].key == "code" && width_of(&l.headers[c]) > v.max(4) + 2 {
            l.headers[c] = vec![t.lang.t(&CODE).to_string()];
        }
    }
    // Secondary columns, least needed first.
    let mut order: Vec<(u8, usize)> = (0..t.cols.len())
        .filter_map(|c| secondary(&t.cols[c].key).map(|p| (p, c)))
        .collect();
    order.sort();
    for (_, c) in order {
        if l.total() <= width {
            break;
        }
        // Only while the names could not make the room alone.
        let over = l.total() - width;
        let slack: usize = names
            .iter()
            .map(|&n| l.value_width(n).unwrap_or(0).saturating_sub(NAME_ROOMY))
            .sum();
        if slack >= over {
            break;
        }
        l.show.retain(|&x| x != c);
        l.left_out.push(t.cols[c].header.clone());
    }
    shorten_names(&mut l, &names, width, NAME_MIN);
    // Still too wide: shorter names still.
    shorten_names(&mut l, &names, width, NAME_FLOOR);
    l
}

/// Names shortened, the widest first, down to `floor` characters.
fn shorten_names(l: &mut Layout, names: &[usize], width: usize, floor: usize) {
    while l.total() > width {
        let Some(&n) = names
            .iter()
            .filter(|&&n| l.show.contains(&n))
            .max_by_key(|&&n| l.value_width(n).unwrap_or(0))
        else {
            break;
        };
        let now = l.value_width(n).unwrap_or(0);
        let target = now
            .saturating_sub(l.total() - width)
            .max(floor)
            .max(width_of(&l.headers[n]));
        if target >= now {
            break;
        }
        for r in &mut l.cells {
            r[n] = shorten_words(&r[n], target);
        }
    }
}

/// Text wrapped at spaces to `width` characters, continued lines indented by `indent`.
fn wrap(text: &str, width: Option<usize>, indent: &str) -> String {
    let Some(width) = width else {
        return text.to_string();
    };
    let body = text.trim_start_matches(' ');
    let lead = &text[..text.len() - body.len()];
    let mut out = String::new();
    let mut line = lead.to_string();
    for word in body.split(' ') {
        let n = line.chars().count();
        let fresh = line.len() == lead.len() || line == indent;
        if !fresh && n + 1 + word.chars().count() > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = indent.to_string();
        } else if !fresh {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(&line);
    out
}

/// Aligned text: numbers right, text left; fitted to `width` characters when given.
pub fn text(tables: &[Table], width: Option<usize>) -> String {
    let mut out = String::new();
    for (ti, t) in tables.iter().enumerate() {
        if ti > 0 {
            out.push('\n');
        }
        let l = layout(t, width);
        out.push_str(&wrap(&t.title, width, "  "));
        out.push('\n');
        let mut notes = t.notes.clone();
        if !l.left_out.is_empty() {
            let cols = l
                .left_out
                .iter()
                .map(|h| format!("«{h}»"))
                .collect::<Vec<_>>();
            notes.push(i18n::fill(
                t.lang.t(&LEFT_OUT),
                &[("cols", cols.join(", "))],
            ));
        }
        for n in &notes {
            out.push_str(&wrap(&format!("  {n}"), width, "    "));
            out.push('\n');
        }
        out.push('\n');
        let widths = l.widths();
        let right: Vec<bool> = l
            .show
            .iter()
            .map(|&c| t.rows.iter().any(|r| !matches!(r[c], Cell::Text(_))))
            .collect();
        let line = |vals: &[&str]| {
            let mut s = String::new();
            for (i, v) in vals.iter().enumerate() {
                let pad = widths[i].saturating_sub(v.chars().count());
                if i > 0 {
                    s.push_str("  ");
                }
                if right[i] {
                    s.push_str(&" ".repeat(pad));
                    s.push_str(v);
                } else {
                    s.push_str(v);
                    s.push_str(&" ".repeat(pad));
                }
            }
            s.trim_end().to_string() + "\n"
        };
        let depth = l
            .show
            .iter()
            .map(|&c| l.headers[c].len())
            .max()
            .unwrap_or(1);
        for k in 0..depth {
            // A header of one line sits on the last line of a deeper one.
            let vals: Vec<&str> = l
                .show
                .iter()
                .map(|&c| {
                    let h = &l.headers[c];
                    let skip = depth - h.len();
                    if k < skip {
                        ""
                    } else {
                        h[k - skip].as_str()
                    }
                })
                .collect();
            out.push_str(&line(&vals));
        }
        let rule: usize = widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
        out.push_str(&"─".repeat(rule));
        out.push('\n');
        for (i, r) in l.cells.iter().enumerate() {
            if i == t.totals_from && i > 0 {
                out.push_str(&"─".repeat(rule));
                out.push('\n');
            }
            let vals: Vec<&str> = l.show.iter().map(|&c| r[c].as_str()).collect();
            out.push_str(&line(&vals));
        }
    }
    out
}

/// The width text tables are fitted to on stdout: `COLUMNS` when set, else
/// the terminal's, else 100.
pub fn stdout_width() -> usize {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n >= 20)
    {
        return n;
    }
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
            return usize::from(w).max(20);
        }
    }
    100
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cut_at_a_word_with_an_ellipsis() {
        let s = "Сельское, водное, лесное, рыбное хозяйство";
        assert_eq!(shorten_words(s, 30), "Сельское, водное, лесное…");
        assert_eq!(shorten_words("Образование", 30), "Образование");
        // No space in reach: cut inside the word.
        assert_eq!(shorten_words("Жилищно-коммунальное", 10), "Жилищно-к…");
    }

    #[test]
    fn a_header_wraps_where_its_lines_are_most_even() {
        assert_eq!(
            wrap_header("2023 исполнение против", 8),
            vec!["2023 исполнение".to_string(), "против".to_string()]
        );
        assert_eq!(wrap_header("Сумма", 3), vec!["Сумма".to_string()]);
    }
}
