//! `/about`: what Sportello is, the real test in brief, privacy.

use leptos::prelude::*;
use leptos_fluent::move_tr;

/// The about page.
#[component]
pub fn About() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{move_tr!("about-title")}</h1>
            <p>{move_tr!("about-text")}</p>
            <p>{move_tr!("about-test")}</p>
            <p><a href="/guide">{move_tr!("guide-link")}</a></p>
            <p>{move_tr!("about-privacy")}</p>
        </section>
    }
}
