//! Translated names of topics and item kinds, for the practice filters and task headings.

use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::bank::{ItemKind, Topic};

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
