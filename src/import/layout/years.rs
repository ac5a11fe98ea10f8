//! Years from cells: a number, a text, a fiscal year's label or a date.

use super::header;
use super::Value;

/// A year from a cell: 2024, "2024", "2024-01-31", "2024 год", or a date.
pub(super) fn parse_year(value: &Value, spans: bool) -> Option<i32> {
    let ok = |y: i64| (1900..=2100).contains(&y).then_some(y as i32);
    match value {
        Value::Number(n) if n.fract() == 0.0 => ok(*n as i64),
        Value::Date(serial) => ok(i64::from(civil_of_serial(*serial).0)),
        Value::Text(t) => {
            let t = t.trim();
            let digits = &t[..t.bytes().take_while(u8::is_ascii_digit).count()];
            let rest = &t[digits.len()..];
            if digits.len() == 4
                && (rest.is_empty()
                    || rest.starts_with('-')
                    || rest.starts_with('.')
                    || rest.starts_with(' ')
                    || rest.starts_with('/'))
            {
                let y: i64 = digits.parse().ok()?;
                // A fiscal year's label ("2013/14", "2013-2014") in a year
                // column names the year it ends; a period column's "2013-10" is October.
                if spans {
                    if let Some(end) = header::year_in(t).map(i64::from) {
                        if end == y + 1 {
                            return ok(end);
                        }
                    }
                }
                return ok(y);
            }
            header::year_in(t).and_then(|y| ok(y as i64))
        }
        _ => None,
    }
}

/// The date of an Excel serial day (1900 date system): (year, month, day).
pub(super) fn civil_of_serial(serial: f64) -> (i32, u32, u32) {
    // Excel's day 25569 is 1970-01-01.
    let (y, m, d) = crate::model::civil_from_days(serial.floor() as i64 - 25569);
    (y as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Value;

    #[test]
    fn years_from_cells() {
        assert_eq!(parse_year(&Value::Number(2024.0), true), Some(2024));
        assert_eq!(parse_year(&Value::Text("2012".into()), true), Some(2012));
        assert_eq!(
            parse_year(&Value::Text("2021-01-31".into()), true),
            Some(2021)
        );
        assert_eq!(
            parse_year(&Value::Text("2014-01-01T00:00:00".into()), true),
            Some(2014)
        );
        assert_eq!(
            parse_year(&Value::Text("2024 год".into()), true),
            Some(2024)
        );
        assert_eq!(parse_year(&Value::Date(45322.0), true), Some(2024)); // 2024-01-31
        assert_eq!(parse_year(&Value::Text("FY25".into()), true), Some(2025));
        assert_eq!(parse_year(&Value::Text("Образование".into()), true), None);
        assert_eq!(parse_year(&Value::Number(24.5), true), None);
        // A fiscal year's label, in a year column; a month, in a period column.
        assert_eq!(parse_year(&Value::Text("2013/14".into()), true), Some(2014));
        assert_eq!(parse_year(&Value::Text("FY13-14".into()), true), Some(2014));
        assert_eq!(
            parse_year(&Value::Text("2013-10".into()), false),
            Some(2013)
        );
    }
}
