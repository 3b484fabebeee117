//! Question banks: the format (model), reading RON with located errors (parse), semantic checks
//! of banks and layouts, and the one rule telling them apart (validate), counts (stats), and the
//! A2 word list (vocabulary).

mod model;
pub mod parse;
pub mod stats;
pub mod translations;
pub mod validate;
pub mod vocabulary;

pub use model::*;
