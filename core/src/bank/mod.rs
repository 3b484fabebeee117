//! Question banks: the format (model), reading RON with located errors (parse), semantic checks
//! (validate) and counts (stats).

mod model;
pub mod parse;
pub mod stats;
pub mod validate;

pub use model::*;
