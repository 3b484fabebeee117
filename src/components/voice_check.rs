//! A check of the Italian voice before the timer starts: a short Italian sentence is spoken,
//! the learner says whether they heard it, and without a voice they learn how to get one (or
//! that recordings will be shown as text). It never counts as a play of an exam recording.
//! One component for the exam intro and the `/settings/voice` page.

use crate::settings::use_settings;
use crate::speech;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::speech_plan::Line;

/// The sentence spoken by the check.
const SAMPLE: &str = "Buongiorno. Questa è la voce italiana del test.";

/// Where the check is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Not tried yet.
    Ready,
    /// The sentence is being spoken.
    Playing,
    /// Spoken: did the learner hear it?
    Asking,
    /// Heard.
    Heard,
    /// No Italian voice, or nothing heard.
    NoVoice,
}

/// The voice check (`data-testid="voice-check"`).
#[component]
pub fn VoiceCheck() -> impl IntoView {
    let settings = use_settings();
    let step = RwSignal::new(Step::Ready);
    let play = move |_| {
        let line = Line {
            speaker: None,
            female: true,
            text: SAMPLE.to_string(),
        };
        let rate = settings.get_untracked().speech_rate;
        step.set(Step::Playing);
        let started = speech::speak(vec![line], rate, move || {
            step.try_update(|s| {
                if *s == Step::Playing {
                    *s = Step::Asking;
                }
            });
        });
        if started.is_err() {
            step.set(Step::NoVoice);
        }
    };
    view! {
        <section class="voice-check" data-testid="voice-check" data-step=move || format!("{:?}", step.get())
            aria-labelledby="voice-check-title">
            <h2 id="voice-check-title">{move_tr!("voice-check-title")}</h2>
            <p>{move_tr!("voice-check-lead")}</p>
            <button
                type="button"
                class="button"
                data-testid="voice-check-play"
                prop:disabled=move || step.get() == Step::Playing
                on:click=play
            >
                {move_tr!("voice-check-play")}
            </button>
            <div role="status" aria-live="polite">
                {move || match step.get() {
                    Step::Ready | Step::Playing => ().into_any(),
                    Step::Asking => view! {
                        <p>{move_tr!("voice-check-question")}</p>
                        <div class="actions">
                            <button type="button" class="button" data-testid="voice-check-yes"
                                on:click=move |_| step.set(Step::Heard)>
                                {move_tr!("voice-check-yes")}
                            </button>
                            <button type="button" class="button" data-testid="voice-check-no"
                                on:click=move |_| step.set(Step::NoVoice)>
                                {move_tr!("voice-check-no")}
                            </button>
                        </div>
                    }
                    .into_any(),
                    Step::Heard => view! { <p data-testid="voice-check-ok">"✓ "{move_tr!("voice-check-ok")}</p> }.into_any(),
                    Step::NoVoice => view! {
                        <div class="notice warning" data-testid="voice-check-none">
                            <p>{move_tr!("voice-check-none")}</p>
                            <ul>
                                <li>{move_tr!("voice-check-android")}</li>
                                <li>{move_tr!("voice-check-iphone")}</li>
                                <li>{move_tr!("voice-check-windows")}</li>
                                <li>{move_tr!("voice-check-computer")}</li>
                            </ul>
                            <p>{move_tr!("voice-check-continue")}</p>
                        </div>
                    }
                    .into_any(),
                }}
            </div>
        </section>
    }
}
