//! `/`: what the test is and where to start.

use leptos::prelude::*;
use leptos_fluent::move_tr;
use leptos_router::components::A;

/// The home page.
#[component]
pub fn Home() -> impl IntoView {
    view! {
        <section class="page home">
            <h1>{move_tr!("home-title")}</h1>
            <p class="lead">{move_tr!("app-tagline")}</p>
            <p>{move_tr!("home-intro")}</p>
            <div class="actions">
                <A href="/exam" attr:class="button primary">{move_tr!("home-exam-cta")}</A>
                <A href="/practice" attr:class="button">{move_tr!("home-practice-cta")}</A>
            </div>
            <p><A href="/guide">{move_tr!("guide-link")}</A></p>
            <p class="note">{move_tr!("home-privacy")}</p>
        </section>
    }
}
