//! Choosing the interface language: a radio group with each language named in itself, and the
//! first-visit gate that asks for it before anything else.

use crate::components::page::focus_main;
use crate::components::radio_group::{RadioGroup, RadioOption};
use crate::i18n;
use leptos::prelude::*;
use leptos_fluent::move_tr;

/// A radio group of every available language; choosing one applies and saves it at once.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let chosen = i18n::chosen_language();
    let unavailable = i18n::unavailable_language();
    let downloading = i18n::downloading_language();
    let options = i18n::LANGUAGES
        .iter()
        .map(|&lang| {
            RadioOption::new(lang, lang.id, lang.name.to_string())
                .in_language(lang.id, lang.dir.as_str())
        })
        .collect();
    view! {
        <RadioGroup
            name="language"
            legend=move_tr!("language-label")
            options
            selected=Signal::derive(move || Some(chosen.get()))
            on_choose=Callback::new(i18n::choose)
            class="language-picker"
            testid="language-picker"
        />
        // Said, and announced, while a slow connection brings the chosen language.
        <div class="language-status" role="status">
            {move || {
                downloading
                    .get()
                    .map(|lang| {
                        view! {
                            <p class="notice" data-testid="language-downloading">
                                {move_tr!("language-downloading", { "language" => lang.name })}
                            </p>
                        }
                    })
            }}
        </div>
        {move || {
            unavailable
                .get()
                .map(|lang| {
                    view! {
                        <p class="notice" role="alert" data-testid="language-unavailable">
                            {move_tr!("language-not-downloaded", { "language" => lang.name })}
                        </p>
                    }
                })
        }}
    }
}

/// Shows the language choice on the first visit, then its children.
#[component]
pub fn LanguageGate(children: ChildrenFn) -> impl IntoView {
    let chosen = RwSignal::new(i18n::language_chosen());
    let confirm = move |_| {
        // Saving happens on change; confirming the preselected language saves it too.
        i18n::confirm_language();
        chosen.set(true);
        // The button is gone with the gate: the keyboard and a screen reader go on from the start
        // of the page's content, not from wherever the browser puts a removed focus.
        request_animation_frame(focus_main);
    };
    view! {
        <Show
            when=move || chosen.get()
            fallback=move || {
                view! {
                    <main id="main" class="language-gate">
                        <h1>{move_tr!("language-choose-title")}</h1>
                        <p>{move_tr!("language-choose-help")}</p>
                        <LanguagePicker />
                        <button
                            type="button"
                            class="button primary"
                            data-testid="language-continue"
                            on:click=confirm
                        >
                            {move_tr!("language-continue")}
                        </button>
                    </main>
                }
            }
        >
            {children()}
        </Show>
    }
}
