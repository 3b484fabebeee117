//! Question banks: the format (model), reading RON with located errors (parse) worded for
//! teachers (syntax), semantic checks of banks and layouts, and the one rule telling them apart
//! (validate), the checker's messages in ten languages (message), counts (stats), the A2 word
//! list (vocabulary), questions from Moodle (import), writing a bank as RON (write) and the
//! question editor's drafts (edit).

pub mod edit;
pub mod import;
pub mod message;
mod model;
pub mod parse;
pub mod stats;
mod syntax;
pub mod translations;
pub mod validate;
pub mod vocabulary;
pub mod write;

pub use model::*;
