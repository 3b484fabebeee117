//! One module per route.

pub mod about;
pub mod class;
pub mod exam;
pub mod guide;
pub mod home;
pub mod lessons;
pub mod not_found;
pub mod practice;
pub mod progress;
pub mod settings;
pub mod settings_offline;
pub mod settings_voice;
pub mod teacher;
