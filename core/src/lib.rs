//! Sportello's domain, with no web dependency, one module per concept: question banks and their
//! validation (`bank`), exam layouts (`layout`), the catalog of shipped and imported files
//! (`catalog`), the exam as presented and its seeded generation (`exam`), answers, exact
//! scoring and attempts in progress (`answer`, `score`, `attempt`), guidance for grading the
//! writing (`writing_check`), progress, spaced review
//! and practice (`progress`, `review`, `practice`), everything saved on the device (`saved`),
//! preferences (`settings`), speech plans (`speech_plan`), the sentence splitter (`text`) and
//! the test paper's fixed words (`wording`).
//! Time is always passed in. Tested with plain `cargo test`.

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
pub mod writing_check;
