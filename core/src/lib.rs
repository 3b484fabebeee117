//! Sportello's domain, with no web dependency: question banks and their validation, the catalog
//! of shipped and imported files, exam layouts, seeded generation, exact scoring and attempts in
//! progress. Tested with plain `cargo test`.

pub mod answer;
pub mod attempt;
pub mod bank;
pub mod catalog;
pub mod exam;
pub mod layout;
pub mod points;
pub mod practice;
pub mod progress;
pub mod review;
pub mod saved;
pub mod score;
pub mod settings;
pub mod speech_plan;
pub mod text;
pub mod wording;
