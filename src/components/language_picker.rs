//! Choosing the interface language: a radio group with each language named in itself, and the
//! first-visit gate that asks for it before anything else.

use crate::components::page::focus_main;
use crate::components::radio_group::{RadioGroup, RadioOption};
use crate::i18n;
use leptos::prelude::*;
use leptos_fluent::{move_tr, I18n};

/// A radio group of every available language; choosing one applies and saves it at once.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let options = i18n
        .languages
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
            selected=Signal::derive(move || Some(i18n.language.get()))
            on_choose=Callback::new(move |lang| i18n.language.set(lang))
            class="language-picker"
            testid="language-picker"
        />
    }
}

/// Shows the language choice on the first visit, then its children.
#[component]
pub fn LanguageGate(children: ChildrenFn) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let chosen = RwSignal::new(i18n::language_chosen());
    let confirm = move |_| {
        // Saving happens on change; confirming the preselected language saves it too.
        let current = i18n.language.get_untracked();
        i18n.language.set(current);
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
