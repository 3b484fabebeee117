//! `/settings/voice`: the Italian voice check, opened from the settings (it lives in the full
//! app, as the light shell has no room for the speech module).

use crate::components::voice_check::VoiceCheck;
use leptos::prelude::*;
use leptos_fluent::move_tr;

/// The voice check page.
#[component]
pub fn SettingsVoice() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{move_tr!("settings-title")}</h1>
            <VoiceCheck />
            <p>
                <a href="/settings" data-testid="back-to-settings">{move_tr!("help-back-to-settings")}</a>
            </p>
        </section>
    }
}
