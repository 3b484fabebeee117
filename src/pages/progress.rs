//! `/progress`: the history, statistics and review.

use leptos::prelude::*;
use leptos_fluent::move_tr;

/// The progress page.
#[component]
pub fn Progress() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{move_tr!("progress-title")}</h1>
            <p>{move_tr!("progress-placeholder")}</p>
        </section>
    }
}
