//! The `ashyq` commands that reproduce each table and chart of the pack,
//! listed in its method section in the order the pack makes them.

use crate::analysis::{Cube, Pick};
use crate::i18n::Lang;
use crate::model::{Budget, Stage};
use crate::query::Query;
use rust_decimal::Decimal;

/// The commands, with the words every one of them shares.
pub struct Commands {
    /// The sources as shell words.
    files: String,
    /// "--lang kk", with " --accept-unreconciled" when the pack was made so.
    lang: String,
    /// " --config FILE", or "" without a config.
    config: String,
    /// The commands so far.
    pub list: Vec<String>,
}

/// A file as the pack's commands name it: by its name, run in its folder
/// (a public document does not say where files sit on the author's disk).
fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// One side of a comparison as `--from`/`--to` take it.
fn side((year, stage): (i32, Stage)) -> String {
    format!("{year}:{}", stage.as_str())
}

impl Commands {
    /// The shared words of the query's commands.
    pub fn new(query: &Query, lang: Lang) -> Commands {
        Commands {
            files: query
                .files
                .iter()
                .map(|f| shell_quote(&file_name(f)))
                .collect::<Vec<_>>()
                .join(" "),
            lang: format!(
                "--lang {}{}",
                lang.code(),
                if query.accept_unreconciled {
                    " --accept-unreconciled"
                } else {
                    ""
                }
            ),
            config: query
                .adjust
                .config
                .as_ref()
                .map(|c| format!(" --config {}", shell_quote(&file_name(c))))
                .unwrap_or_default(),
            list: Vec::new(),
        }
    }

    /// The breakdown of the year and stage shown.
    pub fn breakdown(&mut self, pick: &Pick) {
        self.list.push(format!(
            "ashyq breakdown {} --year {} --stage {} {}",
            self.files,
            pick.year,
            pick.stage.as_str(),
            self.lang
        ));
    }

    /// A chart of the year and stage shown: `kind` with its `extra` flags
    /// (" --shares"), into `file`.
    pub fn chart_of_year(&mut self, kind: &str, pick: &Pick, extra: &str, file: &str) {
        self.list.push(format!(
            "ashyq chart {kind} {} --year {} --stage {}{extra} {} -o {file}",
            self.files,
            pick.year,
            pick.stage.as_str(),
            self.lang
        ));
    }

    /// The comparison of two sides; `by` adds a grouping flag.
    pub fn compare(&mut self, from: (i32, Stage), to: (i32, Stage), by: Option<String>) {
        let by = by.map(|b| format!(" {b}")).unwrap_or_default();
        self.list.push(format!(
            "ashyq compare {} --from {} --to {}{by} {}",
            self.files,
            side(from),
            side(to),
            self.lang
        ));
    }

    /// The waterfall chart of a comparison.
    pub fn waterfall(&mut self, from: (i32, Stage), to: (i32, Stage)) {
        self.list.push(format!(
            "ashyq chart waterfall {} --from {} --to {} {} -o what-changed.png",
            self.files,
            side(from),
            side(to),
            self.lang
        ));
    }

    /// The execution table of a year; `by` adds a grouping flag.
    pub fn execution(&mut self, year: i32, threshold: Decimal, by: Option<String>) {
        let by = by.map(|b| format!(" {b}")).unwrap_or_default();
        self.list.push(format!(
            "ashyq execution {} --year {year} --threshold {}{by} {}",
            self.files,
            threshold.normalize(),
            self.lang
        ));
    }

    /// The execution of a year's revenue plan.
    pub fn revenue_execution(&mut self, year: i32, threshold: Decimal) {
        self.list.push(format!(
            "ashyq execution {} --direction revenue --year {year} --threshold {} {}",
            self.files,
            threshold.normalize(),
            self.lang
        ));
    }

    /// The execution chart of a year.
    pub fn execution_chart(&mut self, year: i32, threshold: Decimal) {
        self.list.push(format!(
            "ashyq chart execution {} --year {year} --threshold {} {} -o execution.png",
            self.files,
            threshold.normalize(),
            self.lang
        ));
    }

    /// The breakdown per resident.
    pub fn per_capita(&mut self, pick: &Pick) {
        self.list.push(format!(
            "ashyq breakdown {} --year {} --stage {}{} --per-capita --unit one {}",
            self.files,
            pick.year,
            pick.stage.as_str(),
            self.config,
            self.lang
        ));
    }

    /// The comparison in the prices of `base`.
    pub fn real(&mut self, from: (i32, Stage), to: (i32, Stage), base: i32) {
        self.list.push(format!(
            "ashyq compare {} --from {} --to {}{} --real {base} {}",
            self.files,
            side(from),
            side(to),
            self.config,
            self.lang
        ));
    }

    /// The nominal and real trend over `years`.
    pub fn trend_real(&mut self, years: &[i32], stage: Stage, base: i32) {
        let (Some(first), Some(last)) = (years.first(), years.last()) else {
            return;
        };
        self.list.push(format!(
            "ashyq chart trend {} --years {first}..{last} --stage {}{} --real {base} {} -o trend-real.png",
            self.files,
            stage.as_str(),
            self.config,
            self.lang
        ));
    }

    /// The check of the publisher's totals.
    pub fn validate(&mut self) {
        self.list.push(format!("ashyq validate {}", self.files));
    }
}

/// The `--by` flag that gives a cube's grouping.
pub fn by_flag(c: &Cube, budget: &Budget) -> String {
    format!("--by {}", c.by.flag(budget))
}

/// A path as a shell word: bare when safe, else in single quotes.
fn shell_quote(text: &str) -> String {
    if !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./:=@+,".contains(c))
    {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}
