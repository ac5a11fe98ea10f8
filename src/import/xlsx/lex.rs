//! The small XML tokenizer the workbook's parts are read with: tags with
//! their attributes, text between them, entities and `_xHHHH_` escapes,
//! rich text runs.

use super::{ReadError, R};
use crate::i18n::import::*;
use crate::i18n::Text;
use crate::said;
use memchr::memmem;

/// Writes XML text into `out` with its entities and Excel's `_xHHHH_` escapes
/// replaced, and line ends normalised to LF.
pub(super) fn unescape(raw: &[u8], out: &mut String) -> std::result::Result<(), Text> {
    let text = std::str::from_utf8(raw).map_err(|_| "a text that is not UTF-8".to_string())?;
    if !text.contains(['&', '_', '\r']) {
        out.push_str(text);
        return Ok(());
    }
    let mut rest = text;
    while let Some(i) = rest.find(['&', '_', '\r']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(r) = rest.strip_prefix('\r') {
            out.push('\n');
            rest = r.strip_prefix('\n').unwrap_or(r);
        } else if rest.starts_with('&') {
            let end = rest
                .find(';')
                .filter(|&e| e <= 12)
                .ok_or_else(|| said!(X_ENTITY_UNFINISHED, e = &rest[..rest.len().min(12)]))?;
            let name = &rest[1..end];
            let ch = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .map(|h| u32::from_str_radix(h, 16))
                    .or_else(|| name.strip_prefix('#').map(|d| d.parse::<u32>()))
                    .and_then(|n| n.ok())
                    .and_then(char::from_u32)
                    .ok_or_else(|| said!(X_ENTITY_UNKNOWN, e = name))?,
            };
            out.push(ch);
            rest = &rest[end + 1..];
        } else {
            // `_x000D_`: a character XML cannot hold, written as its code.
            let code = rest
                .get(1..7)
                .filter(|s| s.starts_with('x') && s.ends_with('_'))
                .and_then(|s| u16::from_str_radix(&s[1..5], 16).ok());
            match code {
                Some(u) => {
                    out.push(char::from_u32(u32::from(u)).unwrap_or(char::REPLACEMENT_CHARACTER));
                    rest = &rest[7..];
                }
                None => {
                    out.push('_');
                    rest = &rest[1..];
                }
            }
        }
    }
    out.push_str(rest);
    Ok(())
}

// ---------------------------------------------------------------- tags

/// One start, end or empty-element tag.
pub(in crate::import) struct Tag<'a> {
    /// The local name (any namespace prefix removed).
    pub(in crate::import) name: &'a [u8],
    /// `</name>`.
    pub(in crate::import) close: bool,
    /// `<name/>`.
    pub(in crate::import) empty: bool,
    /// The bytes between the name and the closing `>` or `/>`.
    pub(in crate::import) attrs: &'a [u8],
}

impl Tag<'_> {
    /// An attribute's value by local name, unescaped.
    pub(in crate::import) fn attr(&self, want: &[u8]) -> R<Option<String>> {
        match raw_attr(self.attrs, want) {
            None => Ok(None),
            Some(raw) => {
                let mut s = String::new();
                unescape(raw, &mut s).map_err(ReadError::new)?;
                Ok(Some(s))
            }
        }
    }
}

/// An attribute's raw value by local name.
pub(in crate::import) fn raw_attr<'a>(mut attrs: &'a [u8], want: &[u8]) -> Option<&'a [u8]> {
    loop {
        let eq = memchr::memchr(b'=', attrs)?;
        let name = attrs[..eq].trim_ascii();
        let name = name.rsplit(|&b| b == b':').next().unwrap_or(name);
        let rest = attrs[eq + 1..].trim_ascii_start();
        let quote = *rest.first()?;
        if quote != b'"' && quote != b'\'' {
            return None;
        }
        let end = memchr::memchr(quote, &rest[1..])?;
        if name == want {
            return Some(&rest[1..1 + end]);
        }
        attrs = &rest[end + 2..];
    }
}

/// Where the tag starting at `s[0] == b'<'` ends (the index after `>`), with
/// quotes respected; `None` when it does not end within `s`.
pub(super) fn tag_end(s: &[u8]) -> Option<usize> {
    let mut i = 1;
    loop {
        let j = i + memchr::memchr3(b'>', b'"', b'\'', &s[i..])?;
        if s[j] == b'>' {
            return Some(j + 1);
        }
        i = j + 1 + memchr::memchr(s[j], &s[j + 1..])? + 1;
    }
}

/// Parses the tag `s[..end]`; `None` for comments, declarations and
/// processing instructions.
pub(super) fn parse_tag(s: &[u8], end: usize) -> Option<Tag<'_>> {
    let inner = &s[1..end - 1];
    if matches!(inner.first(), Some(b'?' | b'!')) {
        return None;
    }
    let (close, inner) = match inner.strip_prefix(b"/") {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let (empty, inner) = match inner.strip_suffix(b"/") {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name_end = inner
        .iter()
        .position(|b| b.is_ascii_whitespace())
        .unwrap_or(inner.len());
    let qname = &inner[..name_end];
    let name = match memchr::memrchr(b':', qname) {
        Some(i) => &qname[i + 1..],
        None => qname,
    };
    Some(Tag {
        name,
        close,
        empty,
        attrs: &inner[name_end..],
    })
}

/// Where a comment, CDATA section or other markup starting at `s[0] == b'<'`
/// ends, for the kinds whose end is not the first `>`.
pub(super) fn special_end(s: &[u8]) -> Option<Option<usize>> {
    if s.starts_with(b"<!--") {
        return Some(memmem::find(&s[4..], b"-->").map(|i| 4 + i + 3));
    }
    if s.starts_with(b"<![CDATA[") {
        return Some(memmem::find(&s[9..], b"]]>").map(|i| 9 + i + 3));
    }
    None
}

/// The tags of a complete XML text, in order.
pub(in crate::import) struct Tags<'a> {
    pub(super) s: &'a [u8],
    pub(super) pos: usize,
}

impl<'a> Tags<'a> {
    pub(in crate::import) fn new(s: &'a [u8]) -> Self {
        Tags { s, pos: 0 }
    }

    /// The raw text up to `</name>` (CDATA kept as is), moving past it.
    pub(super) fn text_until(&mut self, name: &[u8]) -> R<&'a [u8]> {
        let rest = &self.s[self.pos..];
        let mut i = 0;
        while let Some(j) = memchr::memchr(b'<', &rest[i..]) {
            let at = i + j;
            if rest[at..].starts_with(b"<![CDATA[") {
                return Err(ReadError::new(said!(X_BAD_XML, at = "<![CDATA[ … <t>")));
            }
            let end =
                tag_end(&rest[at..]).ok_or_else(|| ReadError::new(said!(X_XML_ENDS, at = "<…")))?;
            if let Some(t) = parse_tag(&rest[at..], end) {
                if t.close && t.name == name {
                    self.pos += at + end;
                    return Ok(&rest[..at]);
                }
            }
            i = at + end;
        }
        Err(ReadError::new(said!(X_XML_ENDS, at = "<t>…")))
    }
}

impl<'a> Tags<'a> {
    /// The raw markup up to `</name>`, moving past it.
    pub(in crate::import) fn content_until(&mut self, name: &[u8]) -> R<&'a [u8]> {
        let from = self.pos;
        loop {
            let before = self.pos;
            match self.next() {
                Some(Ok(t)) if t.close && t.name == name => return Ok(&self.s[from..before]),
                Some(Ok(_)) => {}
                Some(Err(e)) => return Err(e),
                None => return Err(ReadError::new(said!(X_XML_ENDS, at = "<…>…"))),
            }
        }
    }
}

impl<'a> Iterator for Tags<'a> {
    type Item = R<Tag<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let rest = &self.s[self.pos..];
            let at = memchr::memchr(b'<', rest)?;
            let rest = &rest[at..];
            if let Some(end) = special_end(rest) {
                match end {
                    Some(e) => {
                        self.pos += at + e;
                        continue;
                    }
                    None => {
                        self.pos = self.s.len();
                        return Some(Err(ReadError::new(said!(X_XML_ENDS, at = "<!--…"))));
                    }
                }
            }
            let Some(end) = tag_end(rest) else {
                self.pos = self.s.len();
                return Some(Err(ReadError::new(said!(X_XML_ENDS, at = "<…"))));
            };
            self.pos += at + end;
            if let Some(t) = parse_tag(rest, end) {
                return Some(Ok(t));
            }
        }
    }
}

/// Reads the text runs up to the end of `until` into `out`, as Excel shows
/// them: `<t>` texts joined, phonetic guides (`<rPh>`) left out, each run
/// trimmed of ASCII white space unless it asks to keep it.
pub(super) fn rich_text(tags: &mut Tags<'_>, until: Option<&[u8]>, out: &mut String) -> R<()> {
    let mut phonetic = false;
    while let Some(tag) = tags.next() {
        let tag = tag?;
        match (tag.name, tag.close) {
            (n, true) if Some(n) == until => return Ok(()),
            (b"rPh", close) if !tag.empty => phonetic = !close,
            (b"t", false) if !tag.empty => {
                let keep = tag.attr(b"space")?.as_deref() == Some("preserve");
                let raw = tags.text_until(b"t")?;
                if !phonetic {
                    let start = out.len();
                    unescape(raw, out).map_err(ReadError::new)?;
                    if !keep {
                        const WS: [char; 4] = [' ', '\t', '\r', '\n'];
                        let run = &out[start..];
                        let lead = run.len() - run.trim_start_matches(WS).len();
                        let len = run.trim_matches(WS).len();
                        out.truncate(start + lead + len);
                        out.drain(start..start + lead);
                    }
                }
            }
            _ => {}
        }
    }
    match until {
        None => Ok(()),
        Some(_) => Err(ReadError::new(said!(X_XML_ENDS, at = "<t>…"))),
    }
}
