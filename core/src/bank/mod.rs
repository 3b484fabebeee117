//! Question banks: the format (model), reading RON with located errors (parse), semantic checks
//! of banks and layouts, and the one rule telling them apart (validate), and counts (stats).

mod model;
pub mod parse;
pub mod stats;
pub mod translations;
pub mod validate;

pub use model::*;
