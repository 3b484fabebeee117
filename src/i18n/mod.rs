//! Translation layer: Fluent files in `locales/`, the active language kept in localStorage and
//! mirrored to `<html lang dir>`. The messages of the light first-load shell (`locales/shell`)
//! are apart from the rest of the app's (`locales/app`), so the shell does not carry them, and
//! the teachers' pages' (`locales/teacher`: import, class link and results, printing, editor) are
//! only in the teachers' module.
//!
//! A module carries only Italian, the default language and the fallback of a missing message;
//! another language's messages are downloaded (`/messages/SET/LANG.ftl`, written at build time by
//! `scripts/message-files.sh`, kept offline by the service workers) before the module shows
//! anything, and when the learner chooses that language. The checker's messages (a broken bank's
//! `file:line:column` explanations, `sportello_core::bank::message`) carry English only: the
//! teachers' module downloads the interface language's with its own, a learners' module when it
//! first shows one.

mod messages;

use crate::storage;
use fluent_templates::StaticLoader;
use leptos::prelude::*;
use leptos_fluent::{I18n, Language, WritingDirection};
pub use messages::Messages;
use messages::{add_italian, download, has_interface, is_loaded, loader};
use sportello_core::saved::{StorageKey, Store};
use std::sync::LazyLock;

/// The interface languages, each named in itself; Italian first (the default).
pub static LANGUAGES: [&Language; 10] = [
    &language("it", "Italiano", &WritingDirection::Ltr),
    &language("en", "English", &WritingDirection::Ltr),
    &language("fr", "Français", &WritingDirection::Ltr),
    &language("es", "Español", &WritingDirection::Ltr),
    &language("ar", "العربية", &WritingDirection::Rtl),
    &language("sq", "Shqip", &WritingDirection::Ltr),
    &language("uk", "Українська", &WritingDirection::Ltr),
    &language("zh", "中文（简体）", &WritingDirection::Ltr),
    &language("bn", "বাংলা", &WritingDirection::Ltr),
    &language("ur", "اردو", &WritingDirection::Rtl),
];

const fn language(
    id: &'static str,
    name: &'static str,
    dir: &'static WritingDirection,
) -> Language {
    Language {
        id,
        name,
        dir,
        flag: None,
        script: None,
    }
}

fn italian() -> &'static Language {
    LANGUAGES[0]
}

/// The language the learner chose earlier, else the first of the browser's languages the app
/// speaks, else Italian.
fn preferred_language() -> &'static Language {
    let by_id = |id: &str| {
        let id = id.to_ascii_lowercase();
        let primary = id.split(['-', '_']).next().unwrap_or_default().to_string();
        LANGUAGES
            .iter()
            .find(|l| l.id == id)
            .or_else(|| LANGUAGES.iter().find(|l| l.id == primary))
            .copied()
    };
    let saved = storage::saved().read(StorageKey::Language);
    let browser = web_sys::window()
        .map(|w| w.navigator().languages().to_vec())
        .unwrap_or_default()
        .into_iter()
        .filter_map(|v| v.as_string());
    saved
        .into_iter()
        .chain(browser)
        .find_map(|id| by_id(&id))
        .unwrap_or_else(italian)
}

/// Calls `mount` once the messages of `set` in the learner's language are there: at once in
/// Italian, else when they are downloaded (if they cannot be, the module starts in Italian, and
/// the language can be chosen again).
pub fn load_then(set: Messages, mount: impl FnOnce() + 'static) {
    add_italian(set);
    let lang = preferred_language();
    if is_loaded(lang, set) {
        mount();
        return;
    }
    // Not Leptos's `spawn_local`: its executor starts with the mount.
    wasm_bindgen_futures::spawn_local(async move {
        download(lang, set).await;
        mount();
    });
}

/// What changes the interface language: the set of messages to download, the loaders'
/// signal, and the language last chosen (shown as chosen while its messages download).
#[derive(Clone, Copy)]
struct Chooser {
    set: Messages,
    translations: RwSignal<Vec<&'static LazyLock<StaticLoader>>>,
    chosen: RwSignal<&'static Language>,
    /// A language whose messages could not be downloaded, to say so.
    unavailable: RwSignal<Option<&'static Language>>,
    /// Changed when the checker's messages of a language arrive.
    checker_arrived: RwSignal<u32>,
}

/// Provides the messages of `set` to the children, in the learner's language if its messages
/// are there (see [`load_then`]), else in Italian.
fn provide(set: Messages) {
    add_italian(set);
    let preferred = preferred_language();
    let start = if has_interface(preferred, set) {
        preferred
    } else {
        italian()
    };
    let language = RwSignal::new(start);
    let translations = RwSignal::new(vec![loader(set)]);
    provide_context(I18n::new(language, &LANGUAGES, translations.into()));
    provide_context(Chooser {
        set,
        translations,
        chosen: RwSignal::new(start),
        unavailable: RwSignal::new(None),
        checker_arrived: RwSignal::new(0),
    });
    show_language_on_page(start);
    Effect::new(move |_| show_language_on_page(language.get()));
}

/// `<html lang dir>`: what the browser, a screen reader and the style sheets follow.
fn show_language_on_page(lang: &Language) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        root.set_attribute("lang", lang.id).ok();
        root.set_attribute("dir", lang.dir.as_str()).ok();
    }
}

/// Saves `lang` as the learner's choice.
fn save(lang: &Language) {
    // Not saved (storage blocked or full): the language still applies to this visit.
    storage::saved()
        .store()
        .set(StorageKey::Language.as_str(), lang.id)
        .ok();
}

/// Chooses `lang` as the interface language and saves it: at once if its messages are there,
/// else once they are downloaded (the choice then shows as made). If they cannot be downloaded,
/// the language stays as it was and [`unavailable_language`] says which could not be had.
pub fn choose(lang: &'static Language) {
    let chooser = expect_context::<Chooser>();
    let i18n = expect_context::<I18n>();
    chooser.chosen.set(lang);
    chooser.unavailable.set(None);
    let apply = move || {
        chooser.translations.set(vec![loader(chooser.set)]);
        i18n.language.set(lang);
        save(lang);
    };
    if is_loaded(lang, chooser.set) {
        apply();
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let downloaded = download(lang, chooser.set).await;
        // A later choice wins over this one.
        if chooser.chosen.get_untracked() != lang {
            return;
        }
        if downloaded {
            apply();
        } else {
            chooser.chosen.set(i18n.language.get_untracked());
            chooser.unavailable.set(Some(lang));
        }
    });
}

/// The language last chosen: the interface language, or one whose messages are downloading.
pub fn chosen_language() -> Signal<&'static Language> {
    expect_context::<Chooser>().chosen.into()
}

/// A language chosen whose messages are still downloading, if any: the chosen language while it
/// is not yet the interface language (one that could not be downloaded is chosen no more).
pub fn downloading_language() -> Signal<Option<&'static Language>> {
    let chosen = expect_context::<Chooser>().chosen;
    let i18n = expect_context::<I18n>();
    Signal::derive(move || {
        let chosen = chosen.get();
        (chosen.id != i18n.language.get().id).then_some(chosen)
    })
}

/// A language chosen whose messages could not be downloaded (no connection), if any.
pub fn unavailable_language() -> Signal<Option<&'static Language>> {
    expect_context::<Chooser>().unavailable.into()
}

/// The language to show the checker's messages in (`sportello_core::bank::message`), read where
/// it is called (a view that calls it follows it): the interface language once its checker
/// messages are there — downloaded the first time they are asked for — and English, built in,
/// until then or if they cannot be downloaded.
pub fn checker_language() -> impl Fn() -> &'static str + Copy {
    let i18n = expect_context::<I18n>();
    let arrived = expect_context::<Chooser>().checker_arrived;
    move || {
        arrived.track();
        let lang = i18n.language.get().id;
        if sportello_core::bank::message::has_language(lang) {
            return lang;
        }
        download_checker_once(lang, arrived);
        "en"
    }
}

/// Starts downloading the checker's messages in `lang`, unless already asked for in this page;
/// `arrived` changes when they are there.
fn download_checker_once(lang: &'static str, arrived: RwSignal<u32>) {
    static ASKED: std::sync::Mutex<Vec<&str>> = std::sync::Mutex::new(Vec::new());
    let asked = || ASKED.lock().unwrap_or_else(|e| e.into_inner());
    if asked().contains(&lang) {
        return;
    }
    asked().push(lang);
    wasm_bindgen_futures::spawn_local(async move {
        if messages::download_checker(lang).await {
            arrived.update(|n| *n += 1);
        } else {
            // Asked again the next time a view shows one (the connection may be back).
            asked().retain(|l| *l != lang);
        }
    });
}

/// Saves the language last chosen (see [`chosen_language`]) as the learner's choice: the first
/// visit's language page, whose preselected language is saved only when confirmed.
pub fn confirm_language() {
    save(expect_context::<Chooser>().chosen.get_untracked());
}

/// A translation provider over the given message set.
macro_rules! provider {
    ($(#[$doc:meta])* $name:ident, $set:expr) => {
        $(#[$doc])*
        #[component]
        pub fn $name(children: Children) -> impl IntoView {
            provide($set);
            children()
        }
    };
}

provider!(
    /// Provides the learners' messages (the shell's included) to its children.
    I18nProvider,
    Messages::APP
);

provider!(
    /// Provides every message of the app and the teachers' pages' to its children (the
    /// teachers' module).
    TeacherI18nProvider,
    Messages::TEACHER
);

provider!(
    /// Provides the messages of the light first-load shell only.
    ShellI18nProvider,
    Messages::SHELL
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
