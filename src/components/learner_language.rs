//! A bank text's translation into the learner's interface language, shown under the Italian.

use leptos::prelude::*;
use leptos_fluent::I18n;
use sportello_core::bank::Translations;

/// The translation for the current interface language, if the bank has one and the language is
/// not Italian (the Italian text is always shown above it). Renders nothing otherwise.
#[component]
pub fn InLearnerLanguage(
    translations: Translations,
    /// CSS class of the paragraph.
    class: &'static str,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    move || {
        let lang = i18n.language.get().id;
        (lang != "it")
            .then(|| translations.get(lang).cloned())
            .flatten()
            .map(|t| view! { <p class=class lang=lang>{t}</p> })
    }
}
