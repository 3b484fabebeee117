//! Translation layer: Fluent files in `locales/`, the active language kept in localStorage and
//! mirrored to `<html lang dir>`. The messages of the light first-load shell (`locales/shell`)
//! are apart from the rest of the app's (`locales/app`), so the shell does not carry them, and
//! the teachers' pages' (`locales/teacher`: import, class link and results, printing, editor) are
//! only in the teachers' module.

use crate::storage;
use fluent_templates::static_loader;
use leptos::prelude::*;
use leptos_fluent::leptos_fluent;
use sportello_core::saved::StorageKey;

static_loader! {
    static SHELL = {
        locales: "./locales/shell",
        fallback_language: "it",
    };
}

static_loader! {
    static APP = {
        locales: "./locales/app",
        fallback_language: "it",
    };
}

static_loader! {
    static TEACHER = {
        locales: "./locales/teacher",
        fallback_language: "it",
    };
}

/// A translation provider over the given message sets, with the app's language settings.
macro_rules! provider {
    ($(#[$doc:meta])* $name:ident, [$($loader:ident),+]) => {
        $(#[$doc])*
        #[component]
        pub fn $name(children: Children) -> impl IntoView {
            leptos_fluent! {
                children: children(),
                translations: [$($loader),+],
                locales: "./locales/shell",
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
    };
}

provider!(
    /// Provides every message of the app to its children.
    I18nProvider,
    [SHELL, APP]
);

provider!(
    /// Provides every message of the app and the teachers' pages' to its children (the
    /// teachers' module).
    TeacherI18nProvider,
    [SHELL, APP, TEACHER]
);

provider!(
    /// Provides the messages of the light first-load shell only.
    ShellI18nProvider,
    [SHELL]
);

/// Whether the learner has already chosen a language (false on the very first visit).
pub fn language_chosen() -> bool {
    storage::saved().read(StorageKey::Language).is_some()
}

/// The message `key` in the interface language, following it when it changes. Pages with many
/// labels (the question editor) use it instead of `move_tr!`, which builds a new closure type,
/// and so new code, for every message.
pub fn tr_label(key: &'static str) -> Signal<String> {
    let i18n = expect_context::<leptos_fluent::I18n>();
    Signal::derive(move || i18n.tr(key))
}
