//! The hearing pack as one self-contained HTML page (inline SVG charts,
//! inline CSS, no scripts, no network; printable on A4) and as Markdown.

use crate::i18n::page::*;
use crate::i18n::Lang;
use crate::render::facts::Fact;
use crate::render::table::{self, Table};

/// A chart of the pack: its file stem and its SVG.
#[derive(Debug, Clone)]
pub struct Chart {
    /// File stem under charts/ ("1-where-the-money-goes").
    pub name: String,
    /// Title, for alt text.
    pub title: String,
    /// The SVG document.
    pub svg: String,
}

/// A section of the pack.
#[derive(Debug, Clone)]
pub struct Section {
    /// Anchor.
    pub id: &'static str,
    /// Heading.
    pub heading: String,
    /// Paragraphs before the charts.
    pub text: Vec<String>,
    /// Charts.
    pub charts: Vec<Chart>,
    /// Tables.
    pub tables: Vec<Table>,
    /// Preformatted lines (file lists, commands, warnings).
    pub code: Vec<String>,
    /// A line said just above the preformatted lines, after the tables.
    pub code_heading: Option<String>,
}

impl Section {
    /// An empty section with its anchor and heading.
    pub fn new(id: &'static str, heading: &str) -> Section {
        Section {
            id,
            heading: heading.to_string(),
            text: Vec::new(),
            charts: Vec::new(),
            tables: Vec::new(),
            code: Vec::new(),
            code_heading: None,
        }
    }
}

/// The whole pack.
#[derive(Debug, Clone)]
pub struct Pack {
    /// Language.
    pub lang: Lang,
    /// Title.
    pub title: String,
    /// Line under the title.
    pub subtitle: String,
    /// Warnings above the key facts: what the figures cannot be trusted for.
    pub warnings: Vec<String>,
    /// Key facts.
    pub facts: Vec<Fact>,
    /// Sections after the facts.
    pub sections: Vec<Section>,
    /// Footer line.
    pub footer: String,
}

/// Text made safe inside HTML elements and attributes.
pub fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const CSS: &str = r#"
:root { --ink: #222; --muted: #666; --rule: #ddd; --accent: #0072b2; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1100px; padding: 24px 32px 48px; line-height: 1.45; }
h1 { font-size: 2em; margin: 0.2em 0 0.1em; }
h2 { font-size: 1.45em; margin-top: 2em; border-bottom: 2px solid var(--ink); padding-bottom: 0.2em; }
.sub { color: var(--muted); margin-top: 0; }
.warning { border: 3px solid #b00020; background: #fff4f4; color: #222; padding: 0.7em 1em; font-weight: bold; font-size: 1.1em; }
nav ol { columns: 2; color: var(--muted); }
nav a, .facts a { color: inherit; }
ol.facts { font-size: 1.15em; padding-left: 1.4em; }
ol.facts li { margin: 0.45em 0; }
ol.facts a.src { color: var(--accent); font-size: 0.8em; text-decoration: none; margin-left: 0.3em; }
figure { margin: 1.2em 0; }
figure svg { width: 100%; height: auto; display: block; border: 1px solid var(--rule); }
.table { overflow-x: auto; margin: 1.2em 0; }
table { border-collapse: collapse; font-size: 0.86em; width: 100%; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.4em; }
caption small { font-weight: normal; color: var(--muted); }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { text-align: left; border-bottom: 2px solid var(--ink); }
.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
/* Names keep a readable width beside the figures (never one word a line). */
td:not(.n) { min-width: 6em; }
td:nth-child(2):not(.n) { min-width: 16em; }
th.n { white-space: normal; }
tfoot td { font-weight: bold; border-top: 2px solid var(--ink); }
pre { background: #f6f6f6; padding: 10px; overflow-x: auto; font-size: 0.8em; white-space: pre-wrap; word-break: break-all; }
footer { margin-top: 3em; color: var(--muted); font-size: 0.85em; border-top: 1px solid var(--rule); padding-top: 0.6em; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  h2 { break-before: page; }
  /* Page 1 holds the key facts and, where it fits, the first chart: no empty page. */
  #facts h2, #where h2 { break-before: avoid; }
  /* On paper a link goes nowhere: the facts' table links are left out. */
  a.src { display: none; }
  /* The total once, under the table's last row, not after every page's part. */
  tfoot { display: table-row-group; }
  figure, tr, .facts li { break-inside: avoid; }
  figure svg { border: none; }
  a { text-decoration: none; color: inherit; }
  .table { overflow: visible; }
  table { font-size: 7.5pt; }
  th, td { padding: 2px 4px; }
}
"#;

/// The page: title, contents, key facts linked to their tables, sections with inline SVG charts.
pub fn html(pack: &Pack) -> String {
    let lang = pack.lang;
    let mut o = String::new();
    o.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
        lang.code(),
        esc(&pack.title),
        CSS
    ));
    o.push_str(&format!(
        "<header>\n<h1>{}</h1>\n<p class=\"sub\">{}</p>\n</header>\n",
        esc(&pack.title),
        esc(&pack.subtitle)
    ));
    for w in &pack.warnings {
        o.push_str(&format!(
            "<p class=\"warning\" role=\"alert\">{}</p>\n",
            esc(w)
        ));
    }
    o.push_str(&format!("<nav><strong>{}</strong><ol>", lang.t(&CONTENTS)));
    o.push_str(&format!(
        "<li><a href=\"#facts\">{}</a></li>",
        lang.t(&KEY_FACTS)
    ));
    for s in &pack.sections {
        o.push_str(&format!(
            "<li><a href=\"#{}\">{}</a></li>",
            s.id,
            esc(&s.heading)
        ));
    }
    o.push_str("</ol></nav>\n");
    o.push_str(&format!(
        "<section id=\"facts\">\n<h2>{}</h2>\n<ol class=\"facts\">\n",
        lang.t(&KEY_FACTS)
    ));
    for f in &pack.facts {
        o.push_str(&format!(
            "<li><span class=\"fact\">{}</span><a class=\"src\" href=\"#t-{}\">[{}]</a></li>\n",
            esc(&f.text),
            f.table,
            lang.t(&SEE_TABLE)
        ));
    }
    o.push_str("</ol>\n</section>\n");
    for s in &pack.sections {
        o.push_str(&format!(
            "<section id=\"{}\">\n<h2>{}</h2>\n",
            s.id,
            esc(&s.heading)
        ));
        for t in &s.text {
            o.push_str(&format!("<p>{}</p>\n", esc(t)));
        }
        for c in &s.charts {
            // The SVG's own XML declaration-free root is valid inline HTML.
            o.push_str(&format!(
                "<figure id=\"c-{}\">\n{}</figure>\n",
                esc(&c.name),
                c.svg
            ));
        }
        for t in &s.tables {
            o.push_str(&table::html(t));
        }
        if !s.code.is_empty() {
            if let Some(h) = &s.code_heading {
                o.push_str(&format!("<p>{}</p>\n", esc(h)));
            }
            o.push_str(&format!("<pre>{}</pre>\n", esc(&s.code.join("\n"))));
        }
        o.push_str("</section>\n");
    }
    o.push_str(&format!(
        "<footer>{}</footer>\n</body>\n</html>\n",
        esc(&pack.footer)
    ));
    o
}

use super::table::md_text as md;

/// The same facts and tables in Markdown, the charts linked as PNG.
pub fn markdown(pack: &Pack) -> String {
    let lang = pack.lang;
    let mut o = format!("# {}\n\n{}\n\n", md(&pack.title), md(&pack.subtitle));
    for w in &pack.warnings {
        o.push_str(&format!("> **{}**\n\n", md(w)));
    }
    o.push_str(&format!("## {}\n\n", lang.t(&KEY_FACTS)));
    for (i, f) in pack.facts.iter().enumerate() {
        o.push_str(&format!(
            "{}. {} ([{}](#t-{}))\n",
            i + 1,
            md(&f.text),
            lang.t(&SEE_TABLE),
            f.table
        ));
    }
    for s in &pack.sections {
        o.push_str(&format!("\n## {}\n\n", md(&s.heading)));
        for t in &s.text {
            o.push_str(&format!("{}\n\n", md(t)));
        }
        for c in &s.charts {
            o.push_str(&format!("![{}](charts/{}.png)\n\n", md(&c.title), c.name));
        }
        for t in &s.tables {
            o.push_str(&format!("<a id=\"t-{}\"></a>\n\n", t.name));
            o.push_str(&table::markdown(std::slice::from_ref(t)));
        }
        if !s.code.is_empty() {
            if let Some(h) = &s.code_heading {
                o.push_str(&format!("{}\n\n", md(h)));
            }
            // A fence inside would end the block early.
            let code = s.code.join("\n").replace("```", "'''");
            o.push_str(&format!("```\n{code}\n```\n\n"));
        }
    }
    o.push_str(&format!("\n---\n{}\n", md(&pack.footer)));
    o
}
