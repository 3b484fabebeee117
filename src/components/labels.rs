//! Translated names of domain values (sections, topics, item kinds), for the interface.

use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::bank::Section;

/// The name of a section in the learner's language.
pub fn section_name(section: Section) -> Signal<String> {
    match section {
        Section::Listening => move_tr!("section-listening"),
        Section::Reading => move_tr!("section-reading"),
        Section::Writing => move_tr!("section-writing"),
    }
}
