//! `/settings`: language and listening preferences.

use crate::components::language_picker::LanguagePicker;
use leptos::prelude::*;
use leptos_fluent::move_tr;

/// The settings page.
#[component]
pub fn Settings() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{move_tr!("settings-title")}</h1>
            <LanguagePicker />
            <p>{move_tr!("settings-placeholder")}</p>
        </section>
    }
}
