//! Integration tests: the real `ashyq` binary, run in a fresh temporary
//! folder. On failure each assertion prints the command, stdout and stderr.
//!
//! Expected figures are computed here from the raw inputs (a plain CSV parse,
//! calamine's own cells) or written by hand for small fixtures, never taken
//! from ashyq's output.

#![allow(clippy::unwrap_used)] // a test fails by panicking

#[path = "cli/harness.rs"]
mod harness;
use harness::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

#[path = "cli/analysis.rs"]
mod analysis;
#[path = "cli/browser.rs"]
mod browser;
#[path = "cli/charts.rs"]
mod charts;
#[path = "cli/decision.rs"]
mod decision;
#[path = "cli/docx.rs"]
mod docx;
#[path = "cli/flow.rs"]
mod flow;
#[path = "cli/hostile.rs"]
mod hostile;
#[path = "cli/html.rs"]
mod html;
#[path = "cli/import.rs"]
mod import;
#[path = "cli/languages.rs"]
mod languages;
#[path = "cli/missing.rs"]
mod missing;
#[path = "cli/outputs.rs"]
mod outputs;
#[path = "cli/releases.rs"]
mod releases;
#[path = "cli/report.rs"]
mod report;
#[path = "cli/trust.rs"]
mod trust;
#[path = "cli/unseen.rs"]
mod unseen;
