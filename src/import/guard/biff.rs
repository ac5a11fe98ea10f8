//! The BIFF records of an .xls workbook stream, read only to bound what
//! calamine will allocate for each sheet: it reserves the cells a sheet's
//! DIMENSIONS record declares, and lays every sheet out as a dense grid from
//! its first cell to its last. A lie in DIMENSIONS (a million rows by 16,384
//! columns in a 3 KB file) or two cells far apart would take gigabytes.

use super::Span;

/// A record's type and body, with the offset of its header in the stream.
struct Record<'a> {
    at: usize,
    typ: u16,
    data: &'a [u8],
}

fn records(stream: &[u8]) -> impl Iterator<Item = Record<'_>> {
    let mut at = 0usize;
    std::iter::from_fn(move || {
        let head = stream.get(at..at + 4)?;
        let typ = u16::from_le_bytes([head[0], head[1]]);
        let len = u16::from_le_bytes([head[2], head[3]]) as usize;
        let data = stream.get(at + 4..(at + 4 + len).min(stream.len()))?;
        let r = Record { at, typ, data };
        at += 4 + len;
        Some(r)
    })
}

fn u16_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u16::from_le_bytes([*b.get(at)?, *b.get(at + 1)?]) as u32)
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// A sheet as the workbook lists it: where its records start, its name.
fn sheet_names(stream: &[u8]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for r in records(stream) {
        if r.typ == 0x000A {
            break; // the globals' EOF
        }
        if r.typ != 0x0085 || r.data.len() < 8 {
            continue;
        }
        let at = u32_at(r.data, 0).unwrap_or(0) as usize;
        let cch = r.data[6] as usize;
        let name = if r.data.len() >= 8 + cch && r.data[7] & 1 == 0 {
            r.data[8..8 + cch].iter().map(|&b| b as char).collect()
        } else if r.data.len() >= 8 + 2 * cch {
            let units: Vec<u16> = r.data[8..8 + 2 * cch]
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16_lossy(&units)
        } else {
            // BIFF5 names carry no flag byte.
            r.data[7..].iter().take(cch).map(|&b| b as char).collect()
        };
        out.push((at, name));
    }
    out
}

/// Each sheet's name, the cells its DIMENSIONS declares, and the span of
/// its cell records (the grid calamine will lay out).
pub fn sheets(stream: &[u8]) -> Vec<(String, u64, Span)> {
    let names = sheet_names(stream);
    let mut out: Vec<(String, u64, Span)> = Vec::new();
    let mut depth = 0usize;
    for r in records(stream) {
        match r.typ {
            0x0809 => {
                if depth == 0 {
                    let name = names
                        .iter()
                        .find(|(at, _)| *at == r.at)
                        .map(|(_, n)| n.clone())
                        .unwrap_or_else(|| format!("sheet {}", out.len()));
                    out.push((name, 0, Span::default()));
                }
                depth += 1;
            }
            0x000A => depth = depth.saturating_sub(1),
            _ => {}
        }
        let Some((_, declared, span)) = out.last_mut() else {
            continue;
        };
        match r.typ {
            0x0200 => *declared = (*declared).max(declared_cells(r.data)),
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 => {
                if let (Some(row), Some(col)) = (u16_at(r.data, 0), u16_at(r.data, 2)) {
                    span.add(row, col);
                }
            }
            0x00BD if r.data.len() >= 6 => {
                if let (Some(row), Some(first)) = (u16_at(r.data, 0), u16_at(r.data, 2)) {
                    // calamine places a MulRk's values from its first column on.
                    let n = ((r.data.len() - 6) / 6) as u32;
                    span.add(row, first);
                    span.add(row, first + n.saturating_sub(1));
                }
            }
            _ => {}
        }
    }
    // The globals substream holds no cells.
    if !out.is_empty() {
        out.remove(0);
    }
    out
}

/// The cells a DIMENSIONS record declares, read as calamine reads it.
fn declared_cells(r: &[u8]) -> u64 {
    let (rf, rl, mut cf, cl) = match r.len() {
        10 => (
            u16_at(r, 0).unwrap_or(0),
            u16_at(r, 2).unwrap_or(0),
            u16_at(r, 4).unwrap_or(0),
            u16_at(r, 6).unwrap_or(0),
        ),
        14 | 16 => (
            u32_at(r, 0).unwrap_or(0),
            u32_at(r, 4).unwrap_or(0),
            u16_at(r, 8).unwrap_or(0),
            u16_at(r, 10).unwrap_or(0),
        ),
        _ => return 0,
    };
    if 0xFF < cf || cl < cf {
        cf = 0;
    }
    if rl < 1 || cl < 1 {
        return 1;
    }
    // calamine computes `last - first + 1` in u32: a first row past the
    // last one wraps to four billion rows.
    if rf > rl {
        return u64::MAX;
    }
    u64::from(rl - rf).saturating_mul(u64::from(cl - cf))
}
