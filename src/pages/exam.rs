//! `/exam`: the timed exam simulation.

use leptos::prelude::*;
use leptos_fluent::move_tr;

/// The exam page.
#[component]
pub fn Exam() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{move_tr!("exam-title")}</h1>
            <p>{move_tr!("exam-placeholder")}</p>
        </section>
    }
}
