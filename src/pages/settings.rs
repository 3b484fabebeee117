//! `/settings`: language and listening preferences, and links to keeping the app for use offline
//! (`/settings/offline`) and to the Italian voice check
//! (`/settings/voice`, in the full app: with the speech module it would take the light shell
//! over its size budget).

use crate::components::language_picker::LanguagePicker;
use crate::components::radio_group::{RadioGroup, RadioOption};
use crate::settings::{update_settings, use_settings, SettingsSaved};
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::speech_plan::RATES;

/// The settings page.
#[component]
pub fn Settings() -> impl IntoView {
    let settings = use_settings();
    let SettingsSaved(saved) = expect_context::<SettingsSaved>();
    let rate_label = |i: usize| match i {
        0 => move_tr!("settings-rate-slow"),
        1 => move_tr!("settings-rate-calm"),
        _ => move_tr!("settings-rate-normal"),
    };
    view! {
        <section class="page">
            <h1>{move_tr!("settings-title")}</h1>
            <LanguagePicker />
            <RadioGroup
                name="speech-rate"
                legend=move_tr!("settings-rate-legend")
                options=RATES
                    .iter()
                    .enumerate()
                    .map(|(i, &rate)| RadioOption::new(rate, rate.to_string(), rate_label(i)))
                    .collect()
                selected=Signal::derive(move || Some(settings.get().speech_rate))
                on_choose=Callback::new(move |rate| update_settings(|s| s.speech_rate = rate))
                testid="speech-rate"
            />
            <p class="note">{move_tr!("settings-rate-help")}</p>
            <p>
                <a class="button" href="/settings/voice" data-testid="voice-check-link">
                    {move_tr!("settings-voice-check-link")}
                </a>
            </p>
            <Show when=move || !saved.get()>
                <p class="notice warning" role="alert" data-testid="settings-not-saved">
                    {move_tr!("settings-not-saved")}
                </p>
            </Show>
            <h2>{move_tr!("settings-offline-title")}</h2>
            <p>
                <a class="button" href="/settings/offline" data-testid="settings-offline-link">
                    {move_tr!("settings-offline-link")}
                </a>
            </p>
        </section>
    }
}
