//! Results → bytes: tables, charts, reports. Pure: writers
//! take any `Write`; where the bytes go is decided by the caller.

pub mod analysis;
pub mod chart;
pub mod decisions;
pub mod facts;
pub mod inspect;
pub mod report;
pub mod side_by_side;
pub mod table;
pub mod text;
pub mod validate;
