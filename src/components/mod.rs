//! Reusable pieces of the interface.

pub mod language_picker;
pub mod nav;
