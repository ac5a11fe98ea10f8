//! ashyq: participatory local-budget analysis.
//!
//! Data walks one way: source file → sheet rows → detected layout → budget
//! lines ([`model`]) → analysis → table / chart / report ([`render`]).
//! [`import::load`] is the one door every command comes in by.

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
