//! Command-line flags, parsed straight into domain types.

use crate::i18n::messages::*;
use crate::i18n::Said;
use crate::import::header::Unit;
use crate::import::{ColumnFlags, Options};
use crate::model::{Direction, Stage};
use crate::query::{Adjustments, Filter, Grouping, Query};
use crate::said;
use clap::{Args, Parser, Subcommand, ValueEnum};
use rust_decimal::Decimal;
use std::path::PathBuf;

/// ashyq: open local budgets. Import a government budget spreadsheet, see
/// where the money goes, and trace every number back to its cell.
#[derive(Debug, Parser)]
#[command(
    name = "ashyq",
    version,
    about,
    long_about = None,
    after_help = "Examples:\n  ashyq demo -o hearing                        the hearing pack of the bundled sample\n  ashyq inspect budget.xlsx                    what the file holds and how it is read\n  ashyq breakdown budget.xlsx --year 2024      where the money goes\n  ashyq compare budget.xlsx --from 2023 --to 2024\n  ashyq execution budget.xlsx --threshold 95   what was planned but not spent\n  ashyq report budget.xlsx --config city.toml -o hearing\n\nEach command's options: ashyq COMMAND --help; its manual page: ashyq man COMMAND."
)]
pub struct Cli {
    /// The command.
    #[command(subcommand)]
    pub command: Command,
    /// Print nothing on stderr but errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Say more of what is done (repeat for more).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show what a file holds and every decision the importer makes.
    #[command(
        after_help = "Examples:\n  ashyq inspect data/sample_district_budget.csv\n  ashyq inspect budget.xlsx --sheet \"2024\" --format json"
    )]
    Inspect(InspectArgs),
    /// Import budget files into one set of budget lines (CSV, JSON or Parquet).
    #[command(
        after_help = "Examples:\n  ashyq import data/sample_district_budget.xlsx -o lines.csv\n  ashyq import 2023.xlsx 2024.xlsx -o lines.parquet\n  ashyq import budget.xlsx -o lines-by-year --format parquet --partition year\n  ashyq import budget.xlsx -o fdp-package --format fdp\n  ashyq import boston.csv --column \"FY25 Budget=2025:approved\" -o -"
    )]
    Import(ImportArgs),
    /// Check the publisher's totals (group rows, subtotals, "Итого") against the imported lines.
    #[command(
        after_help = "Examples:\n  ashyq validate data/sample_district_budget_akimat.xlsx\n  ashyq validate budget.xlsx --all --format json"
    )]
    Validate(ValidateArgs),
    /// Where the money goes: amounts and shares by group, level or column.
    #[command(
        after_help = "Examples:\n  ashyq breakdown data/sample_district_budget_akimat.xlsx\n  ashyq breakdown budget.xlsx --year 2024 --stage approved --by program --top 10\n  ashyq breakdown lines.parquet --by \"Department\" --lang en -o breakdown.xlsx"
    )]
    Breakdown(BreakdownArgs),
    /// What changed: one year (and stage) against another, with new and discontinued lines.
    #[command(
        after_help = "Examples:\n  ashyq compare data/sample_district_budget_akimat.xlsx\n  ashyq compare budget.xlsx --from 2023 --to 2024 --stage executed\n  ashyq compare budget.xlsx --from 2024:approved --to 2024:revised\n  ashyq compare budget.xlsx --years 2022..2024 --real 2024 --config city.toml"
    )]
    Compare(CompareArgs),
    /// Was it spent: the plan against executed amounts, lines under a threshold flagged.
    #[command(
        after_help = "Examples:\n  ashyq execution data/sample_district_budget_akimat.xlsx\n  ashyq execution budget.xlsx --year 2023 --threshold 95 --by program"
    )]
    Execution(ExecutionArgs),
    /// Draw a chart for a hearing or a report (PNG or SVG).
    #[command(
        after_help = "Examples:\n  ashyq chart bar data/sample_district_budget_akimat.xlsx -o groups.png\n  ashyq chart treemap budget.xlsx --year 2024 -o programs.svg --size report\n  ashyq chart waterfall budget.xlsx --from 2023 --to 2024 -o change.png --lang kk\n  ashyq chart trend budget.xlsx --real --config city.toml -o trend.png\n  ashyq chart execution budget.xlsx --threshold 95 -o execution.png --scale 2\n  ashyq chart flow budget.csv -o flow.png          revenue in, expenditure out"
    )]
    Chart(ChartArgs),
    /// The hearing pack: a self-contained HTML report, Markdown, charts and tables in one folder.
    #[command(
        after_help = "Examples:\n  ashyq report data/sample_district_budget_akimat.xlsx -o hearing\n  ashyq report 2023.xlsx 2024.xlsx --config city.toml --lang kk -o hearing\n  ashyq report budget.xlsx --year 2024 --lang en -o hearing --force"
    )]
    Report(ReportArgs),
    /// The hearing pack for the bundled sample district budget, to see what ashyq makes.
    #[command(
        after_help = "Examples:\n  ashyq demo -o hearing\n  ashyq demo --lang kk -o hearing-kk"
    )]
    Demo(DemoArgs),
    /// Print a shell completion script: bash, zsh, fish, powershell, elvish.
    #[command(
        after_help = "Examples:\n  ashyq completions bash > ~/.local/share/bash-completion/completions/ashyq\n  ashyq completions zsh > ~/.zfunc/_ashyq\n  ashyq completions fish > ~/.config/fish/completions/ashyq.fish"
    )]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print a manual page (roff): ashyq's, or a command's (the pages "SEE ALSO" names).
    #[command(
        after_help = "Examples:\n  ashyq man > ashyq.1 && man ./ashyq.1\n  ashyq man report > ashyq-report.1"
    )]
    Man {
        /// The command whose page to print (inspect, import, report...); none for ashyq's own.
        #[arg(value_name = "COMMAND")]
        command: Option<String>,
    },
}

/// `ashyq report`
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Folder to write (index.html, report.md, charts/, tables/); made whole, then moved in place.
    #[arg(help_heading = "Output", short, long, value_name = "DIR")]
    pub output: PathBuf,
    /// Replace the folder if it exists.
    #[arg(help_heading = "Output", long)]
    pub force: bool,
    /// Execution rate under which lines are flagged.
    #[arg(help_heading = "Selection", long, value_name = "PERCENT", default_value = "90", value_parser = parse_percent)]
    pub threshold: Decimal,
    /// What to report on; real terms and per resident come from --config (or --cpi, --population).
    #[command(flatten)]
    pub query: QueryArgs,
}

/// `ashyq demo`
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Folder to write.
    #[arg(
        help_heading = "Output",
        short,
        long,
        value_name = "DIR",
        default_value = "hearing-pack"
    )]
    pub output: PathBuf,
    /// Replace the folder if it exists.
    #[arg(help_heading = "Output", long)]
    pub force: bool,
    /// Language of the report [default: ru, the sample's].
    #[arg(help_heading = "Display", long, value_enum)]
    pub lang: Option<crate::i18n::Lang>,
}

/// Chart sizes.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum SizeArg {
    /// 1600×900, for projecting in a hall.
    Slide,
    /// 1200×800, for printed reports.
    Report,
}

/// `ashyq chart`
#[derive(Debug, Args)]
pub struct ChartArgs {
    /// The kind of chart.
    #[arg(value_enum)]
    pub kind: crate::render::chart::Kind,
    /// Output file: .png or .svg.
    #[arg(help_heading = "Output", short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Replace the output file if it exists.
    #[arg(help_heading = "Output", long)]
    pub force: bool,
    /// Title instead of the one derived from the query.
    #[arg(help_heading = "Display", long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Size preset.
    #[arg(help_heading = "Display", long, value_enum, default_value = "slide")]
    pub size: SizeArg,
    /// Width in pixels, instead of the preset's.
    #[arg(help_heading = "Display", long, value_name = "PX", value_parser = clap::value_parser!(u32).range(300..=8000))]
    pub width: Option<u32>,
    /// Height in pixels, instead of the preset's.
    #[arg(help_heading = "Display", long, value_name = "PX", value_parser = clap::value_parser!(u32).range(200..=8000))]
    pub height: Option<u32>,
    /// Device pixels per pixel for high-DPI PNG (1 to 4).
    #[arg(help_heading = "Display", long, default_value_t = 1.0, value_parser = parse_scale)]
    pub scale: f32,
    /// How many groups to show before gathering the rest (bar 12, stacked and trend 6, waterfall 8, execution 15, flow 8 a side).
    #[arg(help_heading = "Selection", long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=60))]
    pub top: Option<u32>,
    /// Write each bar's share beside its amount (bar).
    #[arg(help_heading = "Display", long)]
    pub shares: bool,
    /// Shares of each year's total instead of amounts (stacked).
    #[arg(help_heading = "Display", long)]
    pub percent: bool,
    /// The earlier side (waterfall): a year, or YEAR:STAGE.
    #[arg(help_heading = "Selection", long, value_name = "YEAR[:STAGE]", value_parser = parse_side)]
    pub from: Option<(i32, Option<Stage>)>,
    /// The later side (waterfall): a year, or YEAR:STAGE.
    #[arg(help_heading = "Selection", long, value_name = "YEAR[:STAGE]", value_parser = parse_side)]
    pub to: Option<(i32, Option<Stage>)>,
    /// Years shown (stacked, trend), first to last.
    #[arg(help_heading = "Selection", long, value_name = "Y1..Y2", value_parser = parse_years)]
    pub years: Option<(i32, i32)>,
    /// Execution rate under which groups are highlighted (execution).
    #[arg(help_heading = "Selection", long, value_name = "PERCENT", default_value = "90", value_parser = parse_percent)]
    pub threshold: Decimal,
    /// What to chart.
    #[command(flatten)]
    pub query: QueryArgs,
}

fn parse_scale(text: &str) -> Result<f32, Said> {
    match text.trim().parse::<f32>() {
        Ok(v) if (1.0..=4.0).contains(&v) => Ok(v),
        _ => Err(said!(V_SCALE, t = text).into()),
    }
}

/// What every analysis command takes: sources, grouping, display, adjustments.
#[derive(Debug, Clone, Args)]
pub struct QueryArgs {
    /// Budget files (xlsx, xls, xlsb, ods, CSV) or a lines file written by `import`.
    #[arg(value_name = "SRC", required = true)]
    pub files: Vec<PathBuf>,
    /// Group by a level (group, subgroup, administrator, program, subprogram), code, name, or a column of the data.
    #[arg(help_heading = "Selection", long, value_name = "LEVEL|COLUMN")]
    pub by: Option<String>,
    /// Group by the first N parts of the code.
    #[arg(help_heading = "Selection", long, value_name = "N", conflicts_with = "by", value_parser = clap::value_parser!(u8).range(1..=9))]
    pub level: Option<u8>,
    /// Keep only lines whose column holds this value (case-insensitive), e.g. CITY=Kyiv; repeat for more.
    #[arg(help_heading = "Selection", long, value_name = "COLUMN=VALUE")]
    pub filter: Vec<String>,
    /// Unit amounts are shown in.
    #[arg(help_heading = "Display", long, value_enum, default_value = "auto")]
    pub unit: crate::i18n::DisplayUnit,
    /// Language of headers, names and numbers [default: the language of the data's names, else en].
    #[arg(help_heading = "Display", long, value_enum)]
    pub lang: Option<crate::i18n::Lang>,
    /// City config (TOML): name, population and price index by year, base year; see examples/city.toml.
    #[arg(help_heading = "Prices and population", long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Price index by year (CSV: year,index), instead of the config's.
    #[arg(help_heading = "Prices and population", long, value_name = "FILE")]
    pub cpi: Option<PathBuf>,
    /// Population by year (CSV: year,residents), instead of the config's.
    #[arg(help_heading = "Prices and population", long, value_name = "FILE")]
    pub population: Option<PathBuf>,
    /// Show amounts in the prices of BASE (default: the config's base year, else the latest year shown).
    #[arg(help_heading = "Prices and population", long, value_name = "BASE", num_args = 0..=1)]
    pub real: Option<Option<i32>>,
    /// Go on when most published totals differ from the sums of their lines (ashyq's reading is then doubtful); every table, chart and the pack say so.
    #[arg(help_heading = "Input", long)]
    pub accept_unreconciled: bool,
    /// Divide amounts by the year's population.
    #[arg(help_heading = "Prices and population", long)]
    pub per_capita: bool,
    /// How to read the sources; --year, --stage and --direction also select what is shown.
    #[command(flatten)]
    pub source: SourceArgs,
}

impl QueryArgs {
    /// The flags resolved into a typed query, before any file is read.
    pub fn resolve(&self) -> crate::Result<Query> {
        let grouping = match (&self.by, self.level) {
            (Some(b), _) => Some(b.parse::<Grouping>()?),
            (None, Some(n)) => Some(Grouping::Level(n as usize)),
            (None, None) => None,
        };
        let filters = self
            .filter
            .iter()
            .map(|f| f.parse::<Filter>())
            .collect::<crate::Result<Vec<_>>>()?;
        Ok(Query {
            files: self.files.clone(),
            import: self.source.options()?,
            direction: self.source.direction,
            year: self.source.year,
            stage: self.source.stage,
            grouping,
            filters,
            unit: self.unit,
            lang: self.lang,
            accept_unreconciled: self.accept_unreconciled,
            adjust: Adjustments {
                config: self.config.clone(),
                cpi: self.cpi.clone(),
                population: self.population.clone(),
                real: self.real,
                per_capita: self.per_capita,
            },
        })
    }
}

/// Where and how an analysis table is written.
#[derive(Debug, Clone, Args)]
pub struct OutArgs {
    /// Write to a file instead of the terminal; the format follows its extension.
    #[arg(help_heading = "Output", short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format, overriding the extension.
    #[arg(help_heading = "Output", long, value_enum)]
    pub format: Option<crate::render::table::Format>,
    /// Replace the output file if it exists.
    #[arg(help_heading = "Output", long)]
    pub force: bool,
    /// Start CSV output with a UTF-8 BOM so that Excel shows Cyrillic right.
    #[arg(help_heading = "Output", long)]
    pub excel: bool,
    /// Show every column and whole names in the terminal, however wide.
    #[arg(help_heading = "Display", long)]
    pub wide: bool,
}

/// `ashyq breakdown`
#[derive(Debug, Args)]
pub struct BreakdownArgs {
    /// Show the N largest groups and sum the rest as "other".
    #[arg(help_heading = "Selection", long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub top: Option<u32>,
    /// Each file is a budget of its own (a region, a district): set them side by side, each group's amount and share in each.
    #[arg(help_heading = "Selection", long, conflicts_with = "top")]
    pub side_by_side: bool,
    /// What to analyse.
    #[command(flatten)]
    pub query: QueryArgs,
    /// Where to write.
    #[command(flatten)]
    pub out: OutArgs,
}

/// `ashyq compare`
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The earlier side: a year, or YEAR:STAGE.
    #[arg(help_heading = "Selection", long, value_name = "YEAR[:STAGE]", value_parser = parse_side, conflicts_with = "years")]
    pub from: Option<(i32, Option<Stage>)>,
    /// The later side: a year, or YEAR:STAGE.
    #[arg(help_heading = "Selection", long, value_name = "YEAR[:STAGE]", value_parser = parse_side)]
    pub to: Option<(i32, Option<Stage>)>,
    /// A range of years, first to last, with the compound annual growth between.
    #[arg(help_heading = "Selection", long, value_name = "Y1..Y2", value_parser = parse_years, conflicts_with = "to")]
    pub years: Option<(i32, i32)>,
    /// How many of the largest increases and decreases to list.
    #[arg(
        help_heading = "Selection",
        long,
        value_name = "N",
        default_value_t = 5
    )]
    pub movers: usize,
    /// What to analyse.
    #[command(flatten)]
    pub query: QueryArgs,
    /// Where to write.
    #[command(flatten)]
    pub out: OutArgs,
}

/// `ashyq execution`
#[derive(Debug, Args)]
pub struct ExecutionArgs {
    /// Flag lines executed below this percentage of the plan.
    #[arg(help_heading = "Selection", long, value_name = "PERCENT", default_value = "90", value_parser = parse_percent)]
    pub threshold: Decimal,
    /// What to analyse.
    #[command(flatten)]
    pub query: QueryArgs,
    /// Where to write.
    #[command(flatten)]
    pub out: OutArgs,
}

fn parse_side(text: &str) -> Result<(i32, Option<Stage>), Said> {
    // A stage word of any language after the colon: "2024:исполнение".
    if let Some((year, stage)) = text.split_once(':') {
        let (year, _) = crate::analysis::compare::parse_side(year)?;
        return Ok((year, Some(parse_stage(stage)?)));
    }
    Ok(crate::analysis::compare::parse_side(text)?)
}

fn parse_years(text: &str) -> Result<(i32, i32), Said> {
    let usage = || Said(said!(V_YEARS, t = text));
    let (a, b) = text.split_once("..").ok_or_else(usage)?;
    let (a, b): (i32, i32) = (
        a.trim().parse().map_err(|_| usage())?,
        b.trim().parse().map_err(|_| usage())?,
    );
    if a >= b || !(1900..=2100).contains(&a) || !(1900..=2100).contains(&b) {
        return Err(said!(V_YEARS_ORDER, t = text).into());
    }
    Ok((a, b))
}

fn parse_decimal_mark(text: &str) -> Result<crate::import::number::DecimalMark, Said> {
    use crate::import::number::DecimalMark;
    match text.trim() {
        "." | "point" | "dot" => Ok(DecimalMark::Point),
        "," | "comma" => Ok(DecimalMark::Comma),
        _ => Err(said!(V_DECIMAL, t = text).into()),
    }
}

fn parse_percent(text: &str) -> Result<Decimal, Said> {
    use std::str::FromStr;
    let d = Decimal::from_str(text.trim().trim_end_matches('%'))
        .map_err(|_| Said(said!(V_PERCENT, t = text)))?;
    if d <= Decimal::ZERO || d > Decimal::from(1000) {
        return Err(said!(V_PERCENT_RANGE, t = text).into());
    }
    Ok(d)
}

/// How the importer reads sources; shared by every command that takes files.
#[derive(Debug, Clone, Args)]
pub struct SourceArgs {
    /// Read only this sheet (hidden sheets too); trailing spaces and case are forgiven.
    #[arg(help_heading = "Input", long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Currency of the amounts (ISO 4217 code).
    #[arg(help_heading = "Input", long, value_name = "CODE", value_parser = parse_currency)]
    pub currency: Option<String>,
    /// Spending or receipts: the side shown, and the side of lines whose sheet does not say [default: from the sheet's words, else expenditure].
    #[arg(help_heading = "Selection", long, value_parser = parse_direction)]
    pub direction: Option<Direction>,
    /// The year shown [default: chosen from the data, and said under the table]; also the year of amounts whose header names none.
    #[arg(help_heading = "Selection", long, value_name = "YEAR", value_parser = clap::value_parser!(i32).range(1900..=2100))]
    pub year: Option<i32>,
    /// Stage of amounts whose header or row names none (and the stage shown): proposed, approved, revised, adjusted, executed, or their names in Russian or Kazakh (исполнение, атқарылуы).
    #[arg(help_heading = "Selection", long, value_name = "STAGE", value_parser = parse_stage)]
    pub stage: Option<Stage>,
    /// Published unit of the amounts when the file does not say it: one, thousand, million, billion, or the words a file prints ("тыс. тенге", "мың теңге", "млн тенге", "thousands").
    #[arg(help_heading = "Input", 
        long = "published-unit",
        id = "published_unit",
        value_parser = parse_unit,
        value_name = "UNIT"
    )]
    pub unit: Option<Unit>,
    /// The column holding amounts (long tables): its header text or letter.
    #[arg(help_heading = "Input", long, value_name = "COLUMN")]
    pub amount_col: Option<String>,
    /// The column holding the fiscal year (long tables).
    #[arg(help_heading = "Input", long, value_name = "COLUMN")]
    pub year_col: Option<String>,
    /// The column holding the stage (long tables).
    #[arg(help_heading = "Input", long, value_name = "COLUMN")]
    pub stage_col: Option<String>,
    /// The column holding the classification code.
    #[arg(help_heading = "Input", long, value_name = "COLUMN")]
    pub code_col: Option<String>,
    /// The column holding the line's name.
    #[arg(help_heading = "Input", long, value_name = "COLUMN")]
    pub name_col: Option<String>,
    /// An amount column with its year and stage, e.g. "FY25 Budget=2025:approved"; repeat for more.
    #[arg(help_heading = "Input", long = "column", value_name = "HEADER=YEAR:STAGE", value_parser = parse_column)]
    pub columns: Vec<(String, i32, Stage)>,
    /// A layout map written by `inspect --write-map` (edited by hand or not); flags win over it.
    #[arg(help_heading = "Input", long, value_name = "FILE")]
    pub map: Option<PathBuf>,
    /// Text encoding of CSV files, instead of detecting it: utf-8, windows-1251, kz-1048, cp866, koi8-r, utf-16le...
    #[arg(help_heading = "Input", long, value_name = "NAME")]
    pub encoding: Option<String>,
    /// Code page of old .xls workbooks that do not say theirs (Cyrillic reads as Ã...: try 1251).
    #[arg(help_heading = "Input", long, value_name = "N")]
    pub codepage: Option<u16>,
    /// The decimal mark of numbers written as text, "." or ",", when a column's values cannot tell (ashyq decides it per column and says so when it cannot).
    #[arg(help_heading = "Input", long, value_name = "MARK", value_parser = parse_decimal_mark)]
    pub decimal: Option<crate::import::number::DecimalMark>,
    /// Which year a fiscal year spanning two names ("FY2013-14", "2013/14"): "end" (2014, the default: the year it ends in, as US cities and most budget offices count) or "start" (2013).
    #[arg(help_heading = "Input", long, value_name = "WHICH", value_enum, default_value_t = FiscalYear::End)]
    pub fiscal_year: FiscalYear,
    /// Largest input file read, in bytes.
    #[arg(help_heading = "Input", long, default_value_t = 2 << 30, value_name = "BYTES")]
    pub max_bytes: u64,
    /// Most non-empty cells read from one sheet.
    #[arg(
        help_heading = "Input",
        long,
        default_value_t = 50_000_000,
        value_name = "CELLS"
    )]
    pub max_cells: u64,
}

/// A published unit given by flag: a plain word, or the words a file prints.
fn parse_unit(text: &str) -> Result<Unit, Said> {
    let t = text.trim();
    let factor: i64 = match t.to_lowercase().as_str() {
        "one" | "1" | "units" | "base" => 1,
        "thousand" | "thousands" | "1000" => 1_000,
        "million" | "millions" | "1000000" => 1_000_000,
        "billion" | "billions" | "1000000000" => 1_000_000_000,
        _ => {
            return crate::import::header::unit_in(t)
                .map(|u| Unit {
                    factor: u.factor,
                    label: format!("{} (--published-unit)", u.label),
                })
                .ok_or_else(|| Said(said!(V_UNIT, t = text)))
        }
    };
    Ok(Unit {
        factor: Decimal::from(factor),
        label: format!("{} (--published-unit)", t.to_lowercase()),
    })
}

impl SourceArgs {
    /// The importer's options: flags, then the map for what flags leave unsaid.
    pub fn options(&self) -> crate::Result<Options> {
        crate::import::header::set_span_year_is_start(self.fiscal_year == FiscalYear::Start);
        let unit = self.unit.clone();
        let map = match &self.map {
            Some(p) => Some(crate::import::mapping::Mapping::load(p)?),
            None => None,
        };
        let m = map.clone().unwrap_or_default();
        let unit = match (unit, &m.unit) {
            (Some(u), _) => Some(u),
            (None, Some(text)) => Some(crate::import::header::unit_in(text).ok_or_else(|| {
                crate::Error::usage(
                    "--map",
                    crate::said!(crate::i18n::messages::MAP_UNIT, text = text),
                )
            })?),
            (None, None) => None,
        };
        let currency_given = self.currency.is_some() || m.currency.is_some();
        let currency = match (&self.currency, &m.currency) {
            (Some(c), _) => c.clone(),
            (None, Some(mc)) => {
                parse_currency(mc).map_err(|e| crate::Error::usage("--map", e.0))?
            }
            (None, None) => "KZT".to_string(),
        };
        let encoding = self.encoding.clone().or(m.encoding.clone());
        if let Some(e) = &encoding {
            if crate::import::text::encoding_for(e).is_none() {
                return Err(crate::Error::usage(
                    "--encoding",
                    crate::said!(crate::i18n::messages::UNKNOWN_ENCODING, e = e),
                ));
            }
        }
        Ok(Options {
            sheet: self.sheet.clone().or(m.sheet.clone()),
            currency,
            currency_given,
            direction: self.direction.or(m.direction),
            year: self.year,
            stage: self.stage,
            unit,
            columns: ColumnFlags {
                amount: self.amount_col.clone(),
                year: self.year_col.clone(),
                stage: self.stage_col.clone(),
                code: self.code_col.clone(),
                name: self.name_col.clone(),
                wide: self.columns.clone(),
            },
            max_bytes: self.max_bytes,
            max_cells: self.max_cells,
            map,
            encoding,
            codepage: self.codepage,
            only: None,
            decimal: self.decimal,
        })
    }
}

/// Output format of `inspect`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum InspectFormat {
    /// Text for people.
    Text,
    /// JSON for programs.
    Json,
}

/// `ashyq inspect`
#[derive(Debug, Args)]
pub struct InspectArgs {
    /// The budget file: xlsx, xls, xlsb, ods, CSV, or a lines file.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Output format.
    #[arg(help_heading = "Output", long, value_enum, default_value = "text")]
    pub format: InspectFormat,
    /// Write what the importer decided (header rows, column roles, unit) as a map to replay with --map.
    #[arg(help_heading = "Output", long, value_name = "MAP.toml")]
    pub write_map: Option<PathBuf>,
    /// Replace the --write-map file if it exists.
    #[arg(help_heading = "Output", long)]
    pub force: bool,
    /// How to read the file.
    #[command(flatten)]
    pub source: SourceArgs,
    /// Language of error messages [default: from LC_ALL, LC_MESSAGES or LANG, else en].
    #[arg(help_heading = "Display", long, value_enum)]
    pub lang: Option<crate::i18n::Lang>,
}

/// `ashyq validate`
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Budget files: xlsx, xls, xlsb, ods or CSV.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// List every total, not only those that differ.
    #[arg(help_heading = "Output", long)]
    pub all: bool,
    /// Output format.
    #[arg(help_heading = "Output", long, value_enum, default_value = "text")]
    pub format: InspectFormat,
    /// How to read the files.
    #[command(flatten)]
    pub source: SourceArgs,
    /// Language of the report and of error messages [default: from LC_ALL, LC_MESSAGES or LANG, else en].
    #[arg(help_heading = "Display", long, value_enum)]
    pub lang: Option<crate::i18n::Lang>,
}

/// Format of a lines file.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum LinesFormat {
    /// Comma-separated, UTF-8.
    Csv,
    /// JSON with exact numbers.
    Json,
    /// Apache Parquet, amounts as Decimal.
    Parquet,
    /// A Fiscal Data Package: OUT is a folder with budget-lines.csv and datapackage.json.
    Fdp,
}

/// How Parquet output is split.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Partition {
    /// One folder per fiscal year: OUT/year=2024/part-0.parquet (Hive style).
    Year,
}

/// `ashyq import`
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Budget files: xlsx, xls, xlsb, ods, CSV, or lines files; several merge into one set.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// Output file; the format follows its extension (.csv, .json, .parquet); "-" writes CSV to stdout.
    #[arg(help_heading = "Output", short, long, value_name = "OUT")]
    pub output: PathBuf,
    /// Output format, overriding the extension.
    #[arg(help_heading = "Output", long, value_enum)]
    pub format: Option<LinesFormat>,
    /// Write Parquet into the folder OUT, split Hive-style (OUT/year=2024/part-0.parquet).
    #[arg(help_heading = "Output", long, value_enum)]
    pub partition: Option<Partition>,
    /// Replace OUT if it exists.
    #[arg(help_heading = "Output", long)]
    pub force: bool,
    /// Start CSV output with a UTF-8 BOM so that Excel shows Cyrillic right.
    #[arg(help_heading = "Output", long)]
    pub excel: bool,
    /// How to read the files.
    #[command(flatten)]
    pub source: SourceArgs,
    /// Language of the summary and of error messages [default: from LC_ALL, LC_MESSAGES or LANG, else en].
    #[arg(help_heading = "Display", long, value_enum)]
    pub lang: Option<crate::i18n::Lang>,
}

/// A stage in any of the three languages, by the names ashyq prints
/// ("executed", "исполнение", "атқарылуы"), case aside. Only whole names: a
/// flag is not a header to be guessed at.
fn parse_stage(text: &str) -> Result<Stage, Said> {
    use crate::i18n::{stage_name, Lang};
    let folded = text.trim().to_lowercase();
    Stage::parse(&folded)
        .or_else(|| {
            Stage::ALL.into_iter().find(|st| {
                [Lang::Kk, Lang::Ru, Lang::En]
                    .iter()
                    .any(|l| stage_name(*st, *l) == folded)
            })
        })
        .ok_or_else(|| Said(said!(V_STAGE, t = text)))
}

/// A direction in any of the three languages: expenditure, расходы,
/// затраты, шығындар; revenue, доходы, поступления, кірістер.
fn parse_direction(text: &str) -> Result<Direction, Said> {
    Direction::parse(text)
        .or_else(|| crate::import::probe::direction_in(text))
        .ok_or_else(|| Said(said!(V_DIRECTION, t = text)))
}

/// Which calendar year names a fiscal year that spans two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FiscalYear {
    /// The year it begins in.
    Start,
    /// The year it ends in.
    End,
}

fn parse_currency(text: &str) -> Result<String, Said> {
    crate::model::currency_code(text).ok_or_else(|| Said(said!(V_CURRENCY, t = text)))
}

fn parse_column(text: &str) -> Result<(String, i32, Stage), Said> {
    let (h, rest) = text
        .rsplit_once('=')
        .ok_or_else(|| Said(said!(V_COLUMN, t = text)))?;
    if h.trim().is_empty() {
        return Err(said!(V_COLUMN_EMPTY, t = text).into());
    }
    let (year, stage) = crate::import::mapping::parse_year_stage(rest)?;
    Ok((h.trim().to_string(), year, stage))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
