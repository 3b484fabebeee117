//! Sportello's domain, with no web dependency, one module per concept: question banks and their
//! validation (`bank`), exam layouts (`layout`), the catalog of shipped and imported files
//! (`catalog`), the exam as presented and its seeded generation (`exam`), answers, exact
//! scoring and attempts in progress (`answer`, `score`, `attempt`), guidance for grading the
//! writing (`writing_check`), how each item came out (`outcome`), progress, spaced review,
//! practice and the next step (`progress`, `review`, `practice`, `next_step`), short lessons
//! (`lesson`), everything saved on the device (`saved`), preferences (`settings`), speech plans
//! (`speech_plan`), reading help aloud in the learner's language (`read_aloud`), the sentence
//! splitter (`text`) and the test paper's fixed words (`wording`).
//! Time is always passed in. Tested with plain `cargo test`.

pub mod answer;
pub mod attempt;
pub mod bank;
pub mod catalog;
pub mod class_link;
pub mod exam;
pub mod layout;
pub mod lesson;
pub mod next_step;
pub mod outcome;
pub mod packed;
pub mod points;
pub mod practice;
pub mod progress;
pub mod qr;
pub mod read_aloud;
pub mod result_code;
pub mod review;
pub mod saved;
pub mod score;
pub mod settings;
pub mod speech_plan;
pub mod text;
pub mod wording;
pub mod writing_check;
