//! Any unknown path.

use leptos::prelude::*;
use leptos_fluent::move_tr;
use leptos_router::components::A;

/// The not-found page.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page" data-testid="not-found">
            <h1>{move_tr!("not-found-title")}</h1>
            <p>{move_tr!("not-found-text")}</p>
            <A href="/" attr:class="button">{move_tr!("not-found-home")}</A>
        </section>
    }
}
