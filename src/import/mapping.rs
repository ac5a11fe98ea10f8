//! A publisher's layout written down: `ashyq inspect FILE --write-map
//! layout.toml` records what the importer decided; `--map layout.toml`
//! replays it on next year's release. People edit these files by hand, so an
//! unknown key or a bad value is an error that names its line.

use super::header::Role;
use super::Report;
use crate::error::{Error, Result};
use crate::model::{Direction, Stage};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// What a mapped column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColumnRole {
    /// The classification code (repeat for one column per level).
    Code,
    /// The line's name.
    Name,
    /// Each row's fiscal year.
    Year,
    /// Each row's stage.
    Stage,
    /// The amount of each row (long tables).
    Amount,
    /// Each row's edition, mapped to a year and stage by `[editions]`.
    Edition,
    /// Carried through as text.
    Dimension,
    /// Left out.
    Ignore,
    /// Amounts of one year and stage.
    Wide(i32, Stage),
    /// Amounts of one stage; the year comes from the year column.
    StageOnly(Stage),
    /// Each row's id in a tree.
    Id,
    /// Each row's parent's id in a tree.
    ParentId,
    /// Each row's depth.
    Level,
    /// Each row's reporting period.
    Period,
    /// Each row's direction (expenditure or revenue).
    Direction,
}

impl ColumnRole {
    /// Parses "name", "2024:approved", "executed", ...
    pub fn parse(text: &str) -> std::result::Result<Self, String> {
        let t = text.trim().to_lowercase();
        Ok(match t.as_str() {
            "code" => ColumnRole::Code,
            "name" => ColumnRole::Name,
            "year" => ColumnRole::Year,
            "stage" => ColumnRole::Stage,
            "amount" => ColumnRole::Amount,
            "edition" => ColumnRole::Edition,
            "dimension" => ColumnRole::Dimension,
            "ignore" => ColumnRole::Ignore,
            "id" => ColumnRole::Id,
            "parent_id" => ColumnRole::ParentId,
            "level" => ColumnRole::Level,
            "period" => ColumnRole::Period,
            "direction" => ColumnRole::Direction,
            _ => {
                if let Some(st) = Stage::parse(&t) {
                    ColumnRole::StageOnly(st)
                } else {
                    let (y, st) = parse_year_stage(&t)?;
                    ColumnRole::Wide(y, st)
                }
            }
        })
    }

    /// The text written in a map file.
    pub fn to_text(&self) -> String {
        match self {
            ColumnRole::Code => "code".into(),
            ColumnRole::Name => "name".into(),
            ColumnRole::Year => "year".into(),
            ColumnRole::Stage => "stage".into(),
            ColumnRole::Amount => "amount".into(),
            ColumnRole::Edition => "edition".into(),
            ColumnRole::Dimension => "dimension".into(),
            ColumnRole::Ignore => "ignore".into(),
            ColumnRole::Id => "id".into(),
            ColumnRole::ParentId => "parent_id".into(),
            ColumnRole::Level => "level".into(),
            ColumnRole::Period => "period".into(),
            ColumnRole::Direction => "direction".into(),
            ColumnRole::Wide(y, st) => format!("{y}:{}", st.as_str()),
            ColumnRole::StageOnly(st) => st.as_str().into(),
        }
    }
}

/// Parses "2024:approved".
pub fn parse_year_stage(text: &str) -> std::result::Result<(i32, Stage), String> {
    let usage = "write code, name, year, stage, amount, edition, dimension, ignore, id, parent_id, level, period, direction, a stage (approved), or YEAR:STAGE (2024:approved)";
    let (y, st) = text
        .split_once(':')
        .ok_or_else(|| format!("\"{text}\" is not a role; {usage}"))?;
    let year: i32 = y
        .trim()
        .parse()
        .ok()
        .filter(|y| (1900..=2100).contains(y))
        .ok_or_else(|| format!("\"{y}\" is not a year; {usage}"))?;
    let stage = Stage::parse(st).ok_or_else(|| {
        format!("\"{st}\" is not a stage; use proposed, approved, revised, adjusted or executed")
    })?;
    Ok((year, stage))
}

fn de_direction<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<Direction>, D::Error> {
    let s = String::deserialize(d)?;
    Direction::parse(&s).map(Some).ok_or_else(|| {
        serde::de::Error::custom(format!(
            "\"{s}\" is not a direction; use expenditure or revenue"
        ))
    })
}

/// Amounts that are year-to-date running totals: keep each year's last period.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Cumulative {
    /// The column holding each row's period (a date such as 2021-01-31).
    pub period: String,
}

/// Rows whose `column` holds `total` sum the rows holding `parts` (Kyiv's
/// FUND_TYP: T = C + S): they are kept out of the lines and checked.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FundRule {
    /// The column holding the fund.
    pub column: String,
    /// The value marking total rows.
    pub total: String,
    /// The values of the rows it sums.
    pub parts: Vec<String>,
}

/// A map file as written, values with their places in the text.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMapping {
    sheet: Option<String>,
    header_row: Option<u32>,
    header_rows: Option<u32>,
    unit: Option<String>,
    currency: Option<String>,
    #[serde(default, deserialize_with = "de_direction")]
    direction: Option<Direction>,
    encoding: Option<String>,
    code_levels: Option<Vec<usize>>,
    #[serde(default)]
    columns: BTreeMap<String, toml::Spanned<String>>,
    #[serde(default)]
    editions: BTreeMap<String, toml::Spanned<String>>,
    cumulative: Option<Cumulative>,
    #[serde(default)]
    fund_rule: Vec<FundRule>,
    through: Option<String>,
}

/// A layout map.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mapping {
    /// The sheet to read.
    pub sheet: Option<String>,
    /// 1-based first row of the header.
    pub header_row: Option<u32>,
    /// How many rows the header spans.
    pub header_rows: Option<u32>,
    /// The published unit ("тыс. тенге", "thousands").
    pub unit: Option<String>,
    /// Currency code.
    pub currency: Option<String>,
    /// Expenditure or revenue.
    pub direction: Option<Direction>,
    /// Text encoding of a CSV file.
    pub encoding: Option<String>,
    /// Prefix codes: the number of digits at each level ([1, 2, 3, 4]: 2 / 22 / 224 / 2240).
    pub code_levels: Option<Vec<usize>>,
    /// Column roles by header text (as `inspect` shows it) or column letter.
    pub columns: BTreeMap<String, ColumnRole>,
    /// Edition values to year and stage.
    pub editions: BTreeMap<String, (i32, Stage)>,
    /// Year-to-date amounts.
    pub cumulative: Option<Cumulative>,
    /// Fund total rules.
    pub fund_rule: Vec<FundRule>,
    /// The last month the amounts cover ("2017-09"), when not the year's end.
    pub through: Option<(i32, u32)>,
}

impl Mapping {
    /// Reads and checks a map file.
    pub fn load(path: &Path) -> Result<Mapping> {
        let text = std::fs::read_to_string(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::usage(
                "--map",
                crate::said!(crate::i18n::messages::MAP_NO_FILE, path = path.display()),
            ),
            _ => Error::io(path, e),
        })?;
        Self::parse(path, &text)
    }

    /// Parses a map's text.
    pub fn parse(path: &Path, text: &str) -> Result<Mapping> {
        let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        let fail = |line: Option<usize>, msg: String| {
            let at = line
                .map(|l| crate::said!(crate::i18n::messages::AT_LINE_PREFIX, line = l))
                .unwrap_or(crate::i18n::Text::Verbatim(String::new()));
            Error::usage(
                "--map",
                crate::said!(
                    crate::i18n::messages::MAP_BAD,
                    path = path.display(),
                    at = at,
                    msg = msg.replace('\n', " ")
                ),
            )
        };
        let raw: RawMapping = toml::from_str(text)
            .map_err(|e| fail(e.span().map(|s| line_of(s.start)), e.message().to_string()))?;
        let mut columns = BTreeMap::new();
        for (k, v) in raw.columns {
            let role = ColumnRole::parse(v.get_ref())
                .map_err(|m| fail(Some(line_of(v.span().start)), m))?;
            columns.insert(k, role);
        }
        let mut editions = BTreeMap::new();
        for (k, v) in raw.editions {
            let ys = parse_year_stage(v.get_ref())
                .map_err(|m| fail(Some(line_of(v.span().start)), m))?;
            editions.insert(k, ys);
        }
        let through = match &raw.through {
            None => None,
            Some(t) => Some(
                t.trim()
                    .split_once('-')
                    .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u32>().ok()?)))
                    .filter(|(y, m)| (1900..=2200).contains(y) && (1..=12).contains(m))
                    .ok_or_else(|| {
                        fail(
                            None,
                            format!("through = {t:?} is not a month like \"2017-09\""),
                        )
                    })?,
            ),
        };
        Ok(Mapping {
            through,
            sheet: raw.sheet,
            header_row: raw.header_row,
            header_rows: raw.header_rows,
            unit: raw.unit,
            currency: raw.currency,
            direction: raw.direction,
            encoding: raw.encoding,
            code_levels: raw.code_levels,
            columns,
            editions,
            cumulative: raw.cumulative,
            fund_rule: raw.fund_rule,
        })
    }
}

/// Writes a map file's text: the sheet, header rows, unit, direction and every column's role.
#[allow(clippy::too_many_arguments)]
pub fn write(
    file: &str,
    sheet: &str,
    header_row: u32,
    header_rows: usize,
    unit: Option<&str>,
    direction: Option<&str>,
    encoding: Option<&str>,
    columns: &[(String, String)],
) -> String {
    let q = |s: &str| toml::Value::String(s.to_string()).to_string();
    let mut o = String::new();
    o.push_str(&format!(
        "# ashyq layout map, written by `ashyq inspect {file} --write-map`.\n"
    ));
    o.push_str("# Replay it with `--map`; edit by hand. Roles: code, name, year, stage, amount, edition,\n");
    o.push_str("# dimension, ignore, a stage (approved) or YEAR:STAGE (2024:approved).\n");
    if !sheet.is_empty() {
        o.push_str(&format!("sheet = {}\n", q(sheet)));
    }
    o.push_str(&format!(
        "header_row = {header_row}\nheader_rows = {header_rows}\n"
    ));
    if let Some(u) = unit {
        o.push_str(&format!("unit = {}\n", q(u)));
    }
    if let Some(d) = direction {
        o.push_str(&format!("direction = {}\n", q(d)));
    }
    if let Some(e) = encoding {
        o.push_str(&format!("encoding = {}\n", q(e)));
    }
    o.push_str("\n[columns]\n");
    for (h, r) in columns {
        o.push_str(&format!("{} = {}\n", q(h), q(r)));
    }
    o
}

/// The layout of the first sheet that gave lines, as a map file's text
/// (`inspect --write-map`).
pub fn from_report(report: &Report) -> Option<String> {
    let (f, s) = report
        .files
        .iter()
        .flat_map(|f| f.sheets.iter().map(move |s| (f, s)))
        .find(|(_, s)| s.lines > 0 && s.header_row.is_some())?;
    let columns: Vec<(String, String)> = s
        .columns
        .iter()
        .map(|c| {
            let role = match &c.role.role {
                Role::Code => "code".to_string(),
                Role::Name => "name".into(),
                Role::Year => "year".into(),
                Role::Stage => "stage".into(),
                Role::Amount => "amount".into(),
                Role::Edition => "edition".into(),
                Role::Dimension => "dimension".into(),
                Role::Percent | Role::RowNumber | Role::Ignore => "ignore".into(),
                Role::Id => "id".into(),
                Role::ParentId => "parent_id".into(),
                Role::Level => "level".into(),
                Role::Period => "period".into(),
                Role::Direction => "direction".into(),
                Role::Wide {
                    year: Some(y),
                    stage: Some(st),
                } => format!("{y}:{}", st.as_str()),
                Role::Wide {
                    stage: Some(st), ..
                } => st.as_str().into(),
                Role::Wide { .. } => "ignore".into(),
            };
            (c.header.clone(), role)
        })
        .collect();
    // Only a sheet's one direction is a map's: "each row's, by column D" is not.
    let direction = s
        .direction
        .as_ref()
        .map(|d| d.en())
        .filter(|d| d == "expenditure" || d == "revenue");
    let encoding = f
        .encoding
        .as_deref()
        .map(|e| e.split(' ').next().unwrap_or(e))
        .filter(|e| *e != "UTF-8");
    Some(write(
        &f.file,
        &s.name,
        s.header_row.unwrap_or(1),
        s.header_depth.max(1),
        s.unit.as_ref().map(|u| u.label.as_str()),
        direction.as_deref(),
        encoding,
        &columns,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_map() {
        let m = Mapping::parse(
            Path::new("m.toml"),
            r#"
sheet = "Расходы"
header_row = 4
header_rows = 2
unit = "тыс. тенге"
direction = "revenue"
[columns]
"Наименование" = "name"
"ZAT_AMT" = "approved"
"2024 год Исполнено" = "2024:executed"
[editions]
"2014-09-09T00:00:00" = "2014:revised"
[cumulative]
period = "REP_PERIOD"
[[fund_rule]]
column = "FUND_TYP"
total = "T"
parts = ["C", "S"]
"#,
        )
        .unwrap();
        assert_eq!(m.columns["ZAT_AMT"], ColumnRole::StageOnly(Stage::Approved));
        assert_eq!(
            m.columns["2024 год Исполнено"],
            ColumnRole::Wide(2024, Stage::Executed)
        );
        assert_eq!(m.editions["2014-09-09T00:00:00"], (2014, Stage::Revised));
        assert_eq!(m.direction, Some(Direction::Revenue));
        assert_eq!(m.fund_rule[0].parts, vec!["C", "S"]);
    }

    #[test]
    fn errors_name_the_line() {
        let e = Mapping::parse(Path::new("m.toml"), "header_row = 4\nheaders = 2\n").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("--map: m.toml: line 2: unknown field `headers`"),
            "{e}"
        );
        let e = Mapping::parse(
            Path::new("m.toml"),
            "[columns]\n\"A\" = \"name\"\n\"B\" = \"2024:spent\"\n",
        )
        .unwrap_err();
        assert!(e.to_string().contains("\"spent\" is not a stage"), "{e}");
        assert!(e.to_string().contains("line 3: "), "{e}");
    }
}
