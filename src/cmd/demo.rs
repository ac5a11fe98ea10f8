//! `ashyq demo -o DIR`: the hearing pack of the bundled sample district
//! budget (embedded in the binary), to see what ashyq makes.

use crate::cli::DemoArgs;
use crate::error::Result;
use crate::i18n::DisplayUnit;
use crate::import;
use crate::output;
use crate::query::{self, Adjustments, Loaded, Query};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};

/// The sample akimat workbook, as in data/.
const SAMPLE: &[u8] = include_bytes!("../../data/sample_district_budget_akimat.xlsx");
const SAMPLE_NAME: &str = "sample_district_budget_akimat.xlsx";
/// Its city config: name, residents, inflation (examples/city.toml).
const CITY: &str = include_str!("../../examples/city.toml");

/// Runs `demo`.
pub fn run(args: DemoArgs) -> Result<()> {
    output::check_folder(&args.output, &[], args.force)?;
    let q = Query {
        files: vec![PathBuf::from(SAMPLE_NAME)],
        import: import::Options::default(),
        direction: None,
        year: None,
        stage: None,
        grouping: None,
        filters: Vec::new(),
        unit: DisplayUnit::Auto,
        lang: args.lang,
        accept_unreconciled: false,
        adjust: Adjustments {
            config: Some(PathBuf::from("city.toml")),
            ..Adjustments::default()
        },
    };
    let (budget, file) = import::load_bytes(Path::new(SAMPLE_NAME), SAMPLE.to_vec(), &q.import)?;
    let lang = q.lang.unwrap_or_else(|| query::language_of(&budget));
    let city = crate::analysis::adjust::City::parse(CITY, Path::new("city.toml"))?;
    let trust = crate::analysis::trust::trust(&budget);
    let l = Loaded {
        budget,
        lang,
        city: Some(city),
        report: import::Report {
            files: vec![file],
            releases: Vec::new(),
            order: None,
        },
        trust,
    };
    let progress = crate::ui::Progress::start(&crate::i18n::messages::P_COMPUTING);
    let files = crate::pack::build(&q, &l, Decimal::from(90), &progress)?;
    drop(progress);
    output::write_folder(&args.output, args.force, &files)?;
    let said = crate::said!(
        crate::i18n::messages::WROTE_SAMPLE,
        n = files.len(),
        dir = args.output.display(),
        index = args.output.join("index.html").display()
    );
    crate::ui::note(&format!("{}\n", said.in_(crate::ui::lang())));
    Ok(())
}
