//! A bank text's translation into the learner's interface language, shown under the Italian:
//! the learner's language, else English with a short note (core's `for_learner` rule), with a
//! button that reads it aloud.

use crate::components::read_aloud::ReadAloud;
use leptos::prelude::*;
use leptos_fluent::{move_tr, I18n};
use sportello_core::bank::translations::for_learner;
use sportello_core::bank::Translations;

/// The translation for the current interface language (or the English one, with a note, when
/// the bank has none in it), and a [`ReadAloud`] button for it; nothing for Italian or when the
/// bank has neither.
#[component]
pub fn InLearnerLanguage(
    translations: Translations,
    /// CSS class of the paragraph.
    class: &'static str,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    move || {
        let lang = i18n.language.get().id;
        for_learner(&translations, lang).map(|shown| {
            let text = shown.text.to_string();
            let locale = shown.locale.to_string();
            let note = shown.fallback.then(|| {
                view! { <span class="fallback-note" lang=lang>{move_tr!("translation-fallback")}" "</span> }
            });
            view! {
                <p class=class>
                    {note}
                    <span lang=locale.clone() dir="auto">{text.clone()}</span>
                </p>
                <ReadAloud text locale />
            }
        })
    }
}
