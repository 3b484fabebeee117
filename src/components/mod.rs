//! Reusable pieces of the interface.

pub mod bank_errors;
pub mod confirm;
pub mod copy_field;
pub mod item_input;
pub mod item_review;
pub mod labels;
pub mod language_picker;
pub mod learner_language;
pub mod leave_unsaved_exam;
pub mod lesson_link;
pub mod nav;
pub mod next_step;
pub mod offline_notice;
pub mod page;
pub mod radio_group;
pub mod read_aloud;
pub mod review_filter;
pub mod saved_data_notice;
pub mod stimulus;
pub mod table_head;
pub mod update_banner;
pub mod voice_check;
pub mod writing_guide;
