//! An .xlsb sheet's records, read only to find row headers calamine would
//! stop at without a word: a row past Excel's last (1,048,576) ends its cell
//! reader, and every row after it was dropped with exit 0.

/// Excel's last row, 1-based.
const MAX_ROWS: u32 = 1_048_576;

/// A record's type and body, read as the xlsb format writes them: the type
/// in one or two bytes, the size in one to four, seven bits each.
fn records(part: &[u8]) -> impl Iterator<Item = (u32, &[u8])> {
    let mut at = 0usize;
    std::iter::from_fn(move || {
        let mut varint = |bytes: usize| -> Option<u32> {
            let mut v = 0u32;
            for k in 0..bytes {
                let b = *part.get(at)?;
                at += 1;
                v |= u32::from(b & 0x7F) << (7 * k);
                if b & 0x80 == 0 {
                    break;
                }
            }
            Some(v)
        };
        let typ = varint(2)?;
        let size = varint(4)? as usize;
        let body = part.get(at..at.checked_add(size)?)?;
        at += size;
        Some((typ, body))
    })
}

/// The first row header that is past Excel's last row or comes before the
/// one above it: (its 1-based row, the previous one's).
pub fn bad_row(part: &[u8]) -> Option<(u64, Option<u64>)> {
    let mut last: Option<u32> = None;
    for (typ, body) in records(part) {
        // BrtRowHdr: the row index first.
        if typ != 0 || body.len() < 4 {
            continue;
        }
        let row = u32::from_le_bytes([body[0], body[1], body[2], body[3]]);
        if row >= MAX_ROWS || last.is_some_and(|l| row <= l) {
            return Some((u64::from(row) + 1, last.map(|l| u64::from(l) + 1)));
        }
        last = Some(row);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sheet part of row headers (type 0) for `rows`, each with one real
    /// cell (type 5), written as Excel writes them.
    fn part(rows: &[u32]) -> Vec<u8> {
        let mut out = Vec::new();
        for &r in rows {
            let mut hdr = r.to_le_bytes().to_vec();
            hdr.extend_from_slice(&[0; 13]);
            out.extend_from_slice(&[0x00, hdr.len() as u8]);
            out.extend_from_slice(&hdr);
            let mut cell = vec![1, 0, 0, 0, 0, 0, 0, 0];
            cell.extend_from_slice(&100.5f64.to_le_bytes());
            out.extend_from_slice(&[0x05, cell.len() as u8]);
            out.extend_from_slice(&cell);
        }
        out
    }

    #[test]
    fn rows_past_the_last_or_out_of_order_are_found() {
        assert_eq!(bad_row(&part(&[0, 1, 2, 1_048_575])), None);
        assert_eq!(
            bad_row(&part(&[0, 1, 2, 2_097_152, 10])),
            Some((2_097_153, Some(3)))
        );
        assert_eq!(bad_row(&part(&[0, 5, 3])), Some((4, Some(6))));
        assert_eq!(bad_row(&part(&[0, 5, 5])), Some((6, Some(6))));
        // A record cut short ends the scan without a finding (calamine says what is wrong).
        let mut cut = part(&[0, 1]);
        cut.truncate(cut.len() - 3);
        assert_eq!(bad_row(&cut), None);
    }
}
