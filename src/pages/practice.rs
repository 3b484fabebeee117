//! `/practice`: the untimed practice with explanations.

use leptos::prelude::*;
use leptos_fluent::move_tr;

/// The practice page.
#[component]
pub fn Practice() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{move_tr!("practice-title")}</h1>
            <p>{move_tr!("practice-placeholder")}</p>
        </section>
    }
}
