//! Translation layer: Fluent files in `locales/`, the active language kept in localStorage and
//! mirrored to `<html lang dir>`.

use crate::storage::{self, StorageKey};
use fluent_templates::static_loader;
use leptos::prelude::*;
use leptos_fluent::leptos_fluent;

static_loader! {
    static TRANSLATIONS = {
        locales: "./locales",
        fallback_language: "it",
    };
}

/// Provides the translation context to its children.
#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: children(),
        translations: [TRANSLATIONS],
        locales: "./locales",
        languages: "./locales/languages.json",
        default_language: "it",
        sync_html_tag_lang: true,
        sync_html_tag_dir: true,
        local_storage_key: StorageKey::Language.as_str(),
        initial_language_from_local_storage: true,
        set_language_to_local_storage: true,
        initial_language_from_navigator: true,
    }
}

/// Whether the learner has already chosen a language (false on the very first visit).
pub fn language_chosen() -> bool {
    storage::read(StorageKey::Language).is_some()
}
