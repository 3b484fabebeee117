//! Translated names of domain values (sections, topics, item kinds), for the interface.

use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::bank::{ItemKind, Section, Topic};

/// The name of a section in the learner's language.
pub fn section_name(section: Section) -> Signal<String> {
    match section {
        Section::Listening => move_tr!("section-listening"),
        Section::Reading => move_tr!("section-reading"),
        Section::Writing => move_tr!("section-writing"),
    }
}

/// An `<option>` for every topic, valued by its name in bank files; `selected` tells the chosen.
pub fn topic_options(
    selected: impl Fn(Topic) -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    Topic::ALL
        .into_iter()
        .map(|t| {
            view! {
                <option value=t.as_str() prop:selected=move || selected(t)>
                    {topic_name(t)}
                </option>
            }
        })
        .collect_view()
}

/// The name of a topic in the learner's language.
pub fn topic_name(topic: Topic) -> Signal<String> {
    match topic {
        Topic::Casa => move_tr!("practice-topic-casa"),
        Topic::Famiglia => move_tr!("practice-topic-famiglia"),
        Topic::Lavoro => move_tr!("practice-topic-lavoro"),
        Topic::Salute => move_tr!("practice-topic-salute"),
        Topic::Scuola => move_tr!("practice-topic-scuola"),
        Topic::Trasporti => move_tr!("practice-topic-trasporti"),
        Topic::Acquisti => move_tr!("practice-topic-acquisti"),
        Topic::UfficiPubblici => move_tr!("practice-topic-uffici-pubblici"),
        Topic::TempoLibero => move_tr!("practice-topic-tempo-libero"),
        Topic::CittaServizi => move_tr!("practice-topic-citta-servizi"),
    }
}

/// The name of an item kind in the learner's language.
pub fn kind_name(kind: ItemKind) -> Signal<String> {
    match kind {
        ItemKind::SingleChoice => move_tr!("practice-kind-single-choice"),
        ItemKind::TrueFalse => move_tr!("practice-kind-true-false"),
        ItemKind::Matching => move_tr!("practice-kind-matching"),
        ItemKind::Place => move_tr!("practice-kind-place"),
        ItemKind::TickInfo => move_tr!("practice-kind-tick-info"),
        ItemKind::GapFill => move_tr!("practice-kind-gap-fill"),
        ItemKind::Form => move_tr!("practice-kind-form"),
        ItemKind::Message => move_tr!("practice-kind-message"),
    }
}
