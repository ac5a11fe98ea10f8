//! ashyq: participatory local-budget analysis.
//!
//! Data walks one way: source file → sheets of cells ([`import::source`]) →
//! detected layout → budget lines ([`model`]) → [`analysis`] → table /
//! chart / pack ([`render`], [`pack`]). [`import::load`] is the one door
//! every command comes in by; [`query`] is what the user asked, typed;
//! [`i18n`] holds every word shown to a person. README.md has the module map.

#![deny(missing_docs)]

pub mod analysis;
pub mod cli;
pub mod cmd;
pub mod error;
pub mod i18n;
pub mod import;
pub mod lines_format;
pub mod model;
pub mod output;
pub mod pack;
pub mod query;
pub mod render;
pub mod ui;

pub use error::{Error, Result};
