//! Real terms and per capita: a city's population and price index by year,
//! from a city config (TOML) or two-column CSV files, applied to a [`Cube`].

use super::Cube;
use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::i18n::Lang;
use crate::i18n::Text;
use crate::said;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// A value per year, and where it came from (for error messages).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Series {
    /// Values by year.
    pub values: BTreeMap<i32, Decimal>,
    /// "city.toml [cpi]", "cpi.csv".
    pub origin: String,
}

/// Names of the city in the three languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    /// Kazakh.
    pub kk: Option<String>,
    /// Russian.
    pub ru: Option<String>,
    /// English.
    pub en: Option<String>,
}

impl Names {
    /// The name in a language, else in any.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        let first = match lang {
            Lang::Kk => &self.kk,
            Lang::Ru => &self.ru,
            Lang::En => &self.en,
        };
        first
            .as_deref()
            .or(self.en.as_deref())
            .or(self.ru.as_deref())
            .or(self.kk.as_deref())
    }
}

/// A city config (`--config city.toml`), see examples/city.toml.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct City {
    /// The city's name.
    pub name: Names,
    /// Currency of the budget, when the config says it.
    pub currency: Option<String>,
    /// The year whose prices `--real` uses by default.
    pub base_year: Option<i32>,
    /// Residents by year.
    pub population: Series,
    /// Consumer price index by year (any base).
    pub cpi: Series,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCity {
    #[serde(default)]
    name: Names,
    currency: Option<String>,
    base_year: Option<i32>,
    #[serde(default)]
    population: BTreeMap<String, toml::Value>,
    #[serde(default)]
    cpi: BTreeMap<String, toml::Value>,
    #[serde(default)]
    inflation: BTreeMap<String, toml::Value>,
}

fn number(v: &toml::Value) -> Option<Decimal> {
    match v {
        toml::Value::Integer(i) => Some(Decimal::from(*i)),
        toml::Value::Float(f) => Decimal::from_str(&f.to_string()).ok(),
        toml::Value::String(s) => Decimal::from_str(s.trim()).ok(),
        _ => None,
    }
}

fn series(path: &Path, table: &str, raw: &BTreeMap<String, toml::Value>) -> Result<Series> {
    let mut values = BTreeMap::new();
    for (k, v) in raw {
        let year: i32 = k
            .trim()
            .parse()
            .ok()
            .filter(|y| (1900..=2100).contains(y))
            .ok_or_else(|| Error::format(path, said!(CFG_NOT_YEAR, table = table, k = k)))?;
        let n = number(v)
            .filter(|n| *n > Decimal::ZERO || table == "inflation")
            .ok_or_else(|| {
                Error::format(path, said!(CFG_NOT_POSITIVE, table = table, k = k, v = v))
            })?;
        values.insert(year, n);
    }
    Ok(Series {
        values,
        origin: format!("{} [{table}]", path.display()),
    })
}

/// A price index from yearly inflation in percent: the year before the
/// first is 100, each year the one before times (1 + inflation/100).
fn index_from_inflation(inflation: &Series) -> Result<Series> {
    let mut values = BTreeMap::new();
    let Some((&first, _)) = inflation.values.iter().next() else {
        return Ok(Series::default());
    };
    let mut level = Decimal::ONE_HUNDRED;
    values.insert(first - 1, level);
    let mut expect = first;
    for (&y, &pct) in &inflation.values {
        if y != expect {
            return Err(Error::usage(
                "--config",
                said!(CFG_INFLATION_GAP, origin = &inflation.origin, y = expect),
            ));
        }
        level *= Decimal::ONE + pct / Decimal::ONE_HUNDRED;
        values.insert(y, level);
        expect = y + 1;
    }
    Ok(Series {
        values,
        origin: inflation.origin.clone(),
    })
}

impl City {
    /// Reads a city config.
    pub fn load(path: &Path) -> Result<City> {
        let text = std::fs::read_to_string(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::NotFound(path.to_path_buf()),
            _ => Error::io(path, e),
        })?;
        City::parse(&text, path)
    }

    /// Parses a city config's text; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<City> {
        let raw: RawCity = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start].lines().count().max(1))
                .unwrap_or(1);
            Error::format(
                path,
                said!(
                    AT_LINE,
                    line = line,
                    what = Text::English(e.message().to_string())
                ),
            )
        })?;
        let cpi = series(path, "cpi", &raw.cpi)?;
        let inflation = series(path, "inflation", &raw.inflation)?;
        if !cpi.values.is_empty() && !inflation.values.is_empty() {
            return Err(Error::format(path, said!(CFG_BOTH)));
        }
        let cpi = if cpi.values.is_empty() {
            index_from_inflation(&inflation)?
        } else {
            cpi
        };
        Ok(City {
            name: raw.name,
            currency: raw.currency,
            base_year: raw.base_year,
            population: series(path, "population", &raw.population)?,
            cpi,
        })
    }

    /// Reads a two-column CSV (year, value; a header row is allowed).
    pub fn read_series(path: &PathBuf, flag: &str) -> Result<Series> {
        let bytes = std::fs::read(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::NotFound(path.clone()),
            _ => Error::io(path, e),
        })?;
        let text = String::from_utf8_lossy(&bytes);
        let mut values = BTreeMap::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim().trim_start_matches('\u{feff}');
            if line.is_empty() {
                continue;
            }
            let mut parts = line.split([',', ';', '\t']);
            let (y, v) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            let year = y
                .trim()
                .parse::<i32>()
                .ok()
                .filter(|y| (1900..=2100).contains(y));
            let value = Decimal::from_str(&v.trim().replace(' ', "").replace(',', "."))
                .ok()
                .filter(|v| *v > Decimal::ZERO);
            match (year, value) {
                (Some(y), Some(v)) => {
                    values.insert(y, v);
                }
                _ if i == 0 => continue, // a header
                _ => {
                    return Err(Error::usage(
                        flag,
                        said!(SERIES_LINE, path = path.display(), line = i + 1),
                    ))
                }
            }
        }
        Ok(Series {
            values,
            origin: path.display().to_string(),
        })
    }
}

impl Cube {
    /// Deflates the amounts of `years` to `base`-year prices: amount × CPI(base)
    /// / CPI(year), to the cent; the other years are dropped.
    pub fn deflate(&mut self, cpi: &Series, base: i32, years: &[i32]) -> Result<()> {
        let get = |y: i32| {
            cpi.values.get(&y).copied().ok_or_else(|| {
                Error::usage("--real", said!(NO_CPI_YEAR, y = y, origin = &cpi.origin))
            })
        };
        let b = get(base)?;
        self.keep_years(years);
        let mut factors = BTreeMap::new();
        for y in self.years() {
            factors.insert(y, get(y)?);
        }
        for (y, sum) in self.sums_mut() {
            if let Some(a) = sum.amount {
                sum.amount = Some((a * b / factors[&y]).round_dp(2));
            }
        }
        self.adjustments.push(super::Adjustment::InPrices(base));
        Ok(())
    }

    /// Divides the amounts of `years` by that year's population, to the
    /// cent; the other years are dropped.
    pub fn per_capita(&mut self, population: &Series, years: &[i32]) -> Result<()> {
        self.keep_years(years);
        let mut pop = BTreeMap::new();
        for y in self.years() {
            let p = population.values.get(&y).copied().ok_or_else(|| {
                Error::usage(
                    "--per-capita",
                    said!(NO_POPULATION_YEAR, y = y, origin = &population.origin),
                )
            })?;
            pop.insert(y, p);
        }
        for (y, sum) in self.sums_mut() {
            if let Some(a) = sum.amount {
                sum.amount = Some((a / pop[&y]).round_dp(2));
            }
        }
        self.adjustments.push(super::Adjustment::PerResident);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflation_chains_into_an_index() {
        let mut inf = Series::default();
        inf.values.insert(2023, Decimal::from(10));
        inf.values.insert(2024, Decimal::from(20));
        let idx = index_from_inflation(&inf).unwrap();
        assert_eq!(idx.values[&2022], Decimal::from(100));
        assert_eq!(idx.values[&2023], Decimal::from(110));
        assert_eq!(idx.values[&2024], Decimal::from(132));
        inf.values.insert(2026, Decimal::from(5));
        assert!(index_from_inflation(&inf).is_err());
    }
}
