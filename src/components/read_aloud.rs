//! A button that reads a shown translation aloud in its language, at the learner's speech rate
//! (issue #13 §3), for learners who read little; a short note instead when the device has no
//! voice for that language.
//!
//! Reading help never counts as a play of a recording and never interrupts one: while a
//! recording (or the voice check) plays, the button is disabled. Pressing a recording's Listen
//! button while help is read stops the help (as any new playback does) and plays the recording.

use crate::settings::use_settings;
use crate::speech;
use leptos::prelude::*;
use leptos_fluent::{move_tr, I18n};

/// The app's view of the speech module, as signals: a count bumped when the browser's voices
/// change, and whether something plays.
#[derive(Clone)]
struct SpeechSignals {
    voices: ArcRwSignal<u32>,
    playing: ArcRwSignal<bool>,
}

thread_local! {
    /// Created, and hooked to the speech module, on first use.
    static SIGNALS: SpeechSignals = {
        let signals = SpeechSignals {
            voices: ArcRwSignal::new(0),
            playing: ArcRwSignal::new(speech::is_speaking()),
        };
        let voices = signals.voices.clone();
        speech::on_voices_changed(move || voices.update(|n| *n += 1));
        let playing = signals.playing.clone();
        speech::on_playback_change(move || playing.set(speech::is_speaking()));
        signals
    };
}

/// Reads `text`, shown in `locale`, aloud on request (`data-testid="read-aloud"`), or says
/// that this device has no voice for `locale` (`data-testid="read-aloud-none"`).
#[component]
pub fn ReadAloud(
    /// The translation as shown.
    text: String,
    /// Its language (an interface locale such as `ar`).
    locale: String,
) -> impl IntoView {
    let settings = use_settings();
    let i18n = expect_context::<I18n>();
    let SpeechSignals { voices, playing } = SIGNALS.with(SpeechSignals::clone);
    let reading = RwSignal::new(false);
    let language = i18n
        .languages
        .iter()
        .find(|l| l.id == locale)
        .map_or(locale.clone(), |l| l.name.to_string());
    let locale = StoredValue::new(locale);
    let text = StoredValue::new(text);
    let has_voice = move || {
        voices.track();
        locale.with_value(|l| speech::has_voice_for(l))
    };
    let toggle = move |_| {
        if reading.get_untracked() {
            speech::stop();
            return;
        }
        let rate = settings.get_untracked().speech_rate;
        let done = move || {
            reading.try_set(false);
        };
        let started =
            text.with_value(|t| locale.with_value(|l| speech::read_aloud(t, l, rate, done)));
        if started.is_ok() {
            reading.set(true);
        }
    };
    on_cleanup(move || {
        if reading.try_get_untracked() == Some(true) {
            speech::stop();
        }
    });
    move || {
        let language = language.clone();
        if has_voice() {
            let playing = playing.clone();
            view! {
                <button
                    type="button"
                    class="button read-aloud"
                    data-testid="read-aloud"
                    aria-pressed=move || reading.get().to_string()
                    disabled=move || playing.get() && !reading.get()
                    on:click=toggle
                >
                    <span aria-hidden="true">"🔊 "</span>
                    {move_tr!("help-read-aloud", { "language" => language.clone() })}
                </button>
            }
            .into_any()
        } else {
            view! {
                <p class="note read-aloud-none" data-testid="read-aloud-none">
                    {move_tr!("help-no-voice", { "language" => language.clone() })}
                    " "
                    {move_tr!("help-no-voice-hint")}
                </p>
            }
            .into_any()
        }
    }
}
