//! `/teacher`: the teachers' tools: banks, printing, sharing.

use leptos::prelude::*;
use leptos_fluent::move_tr;

/// The teacher page.
#[component]
pub fn Teacher() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{move_tr!("teacher-title")}</h1>
            <p>{move_tr!("teacher-placeholder")}</p>
        </section>
    }
}
