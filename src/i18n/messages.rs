//! The messages there are in this page, per language: Italian built in, the others downloaded
//! (`/messages/SET/LANG.ftl`, one file per folder of `locales/`; the checker's
//! `/messages/checker/LANG.ftl`) — those of the learner's language asked for by `boot.js` while
//! the module downloads — parsed once and kept for the life of the page.

use super::{italian, LANGUAGES};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use fluent_templates::{LanguageIdentifier, StaticLoader};
use futures::future::LocalBoxFuture;
use leptos_fluent::Language;
use sportello_core::bank::message as checker;
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

/// One folder of `locales/`: its name, the version of its files, its Italian text.
struct Part {
    name: &'static str,
    version: u64,
    italian: &'static str,
}

const SHELL: Part = Part {
    name: "shell",
    version: generated::SHELL_VERSION,
    italian: generated::SHELL_ITALIAN,
};
const APP: Part = Part {
    name: "app",
    version: generated::APP_VERSION,
    italian: generated::APP_ITALIAN,
};
const TEACHER: Part = Part {
    name: "teacher",
    version: generated::TEACHER_VERSION,
    italian: generated::TEACHER_ITALIAN,
};

/// The messages a module shows: its folders of `locales/` (only the Italian text of those is
/// built into it), and, for the teachers' pages, the checker's on every page (the learners'
/// show them only for a broken bank, and download them then: `checker_language`).
#[derive(Clone, Copy)]
pub struct Messages {
    parts: &'static [Part],
    checker: Option<Checker>,
}

/// The checker's messages, as a set that shows them on every page reaches them: through
/// function pointers, so that a module whose set has none carries none of their code.
#[derive(Clone, Copy)]
struct Checker {
    /// Whether they are there in a language.
    has: fn(&str) -> bool,
    /// Downloads them in a language; false if they could not be.
    download: fn(&'static str) -> LocalBoxFuture<'static, bool>,
}

impl Messages {
    /// The light first-load shell's.
    pub const SHELL: Messages = Messages {
        parts: &[SHELL],
        checker: None,
    };
    /// The learners' pages' (the shell's included).
    pub const APP: Messages = Messages {
        parts: &[SHELL, APP],
        checker: None,
    };
    /// The teachers' pages' (the learners' included) and the checker's.
    pub const TEACHER: Messages = Messages {
        parts: &[SHELL, APP, TEACHER],
        checker: Some(Checker {
            has: checker::has_language,
            download: |lang| Box::pin(download_checker(lang)),
        }),
    };

    /// The set's name: its last folder's (each set adds one to the one before).
    fn name(self) -> &'static str {
        self.parts.last().map_or("", |part| part.name)
    }
}

/// The parsed messages of each language there is so far, with the name of the set they are of.
type Loaded = Vec<(&'static str, &'static str, Vec<&'static FluentResource>)>;
static LOADED: Mutex<Loaded> = Mutex::new(Vec::new());

fn loaded() -> std::sync::MutexGuard<'static, Loaded> {
    LOADED.lock().unwrap_or_else(|e| e.into_inner())
}

/// Whether the interface messages of `set` in `lang` are there.
pub(super) fn has_interface(lang: &Language, set: Messages) -> bool {
    loaded()
        .iter()
        .any(|(id, s, _)| *id == lang.id && *s == set.name())
}

/// Whether all the messages of `set` in `lang` are there.
pub(super) fn is_loaded(lang: &Language, set: Messages) -> bool {
    has_interface(lang, set) && set.checker.is_none_or(|c| (c.has)(lang.id))
}

/// Keeps `resources` as `lang`'s messages of `set` for the life of the page.
fn add(lang: &'static Language, set: Messages, resources: Vec<FluentResource>) {
    let resources = resources
        .into_iter()
        .map(|resource| &*Box::leak(Box::new(resource)))
        .collect();
    let mut loaded = loaded();
    loaded.retain(|(id, s, _)| !(*id == lang.id && *s == set.name()));
    loaded.push((lang.id, set.name(), resources));
}

/// Makes the built-in Italian messages of `set` ready (once).
pub(super) fn add_italian(set: Messages) {
    if !has_interface(italian(), set) {
        let resources = set.parts.iter().map(|part| {
            // A broken message keeps the others (tests/locales.rs checks every file).
            FluentResource::try_new(part.italian.to_string()).unwrap_or_else(|(partial, _)| partial)
        });
        add(italian(), set, resources.collect());
    }
}

/// The message file at `path` of the version `version`, if it could be downloaded: the copy
/// `boot.js` asked for while the module downloaded, else the host's.
async fn text_at(path: String, version: u64) -> Option<String> {
    if let Some(text) = asked_by_boot(&path).await {
        return Some(text);
    }
    let bytes = crate::catalog::fetch_bytes(&format!("{path}?v={version:x}"))
        .await
        .ok()?;
    String::from_utf8(bytes).ok()
}

/// The text of `path` that `boot.js` asked for (`sportelloMessages`), if it did and it came.
/// Taken once: a later download of it asks the host.
async fn asked_by_boot(path: &str) -> Option<String> {
    let window: js_sys::Object = web_sys::window()?.into();
    let asked = js_sys::Reflect::get(&window, &"sportelloMessages".into()).ok()?;
    let asked: js_sys::Object = asked.dyn_into().ok()?;
    let text = js_sys::Reflect::get(&asked, &path.into()).ok()?;
    let text: js_sys::Promise = text.dyn_into().ok()?;
    js_sys::Reflect::delete_property(&asked, &path.into()).ok();
    JsFuture::from(text).await.ok()?.as_string()
}

/// Downloads what is missing of `set`'s messages in `lang` and adds it; false if the interface
/// messages could not be downloaded (or what came is not messages, such as a host's page for a
/// missing file). Without the checker's, its messages read in English, and are asked for again
/// when one is shown (`checker_language`).
pub(super) async fn download(lang: &'static Language, set: Messages) -> bool {
    let interface = async {
        if has_interface(lang, set) {
            return true;
        }
        let texts = futures::future::join_all(set.parts.iter().map(|part| {
            text_at(
                format!("/messages/{}/{}.ftl", part.name, lang.id),
                part.version,
            )
        }))
        .await;
        let resources = texts
            .into_iter()
            .map(|text| FluentResource::try_new(text?).ok())
            .collect::<Option<Vec<_>>>();
        let Some(resources) = resources else {
            return false;
        };
        add(lang, set, resources);
        true
    };
    let checker = async {
        if let Some(checker) = set.checker {
            (checker.download)(lang.id).await;
        }
    };
    futures::future::join(interface, checker).await.0
}

/// Downloads the checker's messages in `lang` if they are not there; false if they could not be.
pub(super) async fn download_checker(lang: &str) -> bool {
    if checker::has_language(lang) {
        return true;
    }
    let path = format!("/messages/checker/{lang}.ftl");
    match text_at(path, generated::CHECKER_VERSION).await {
        Some(text) => checker::add_language(lang, &text),
        None => false,
    }
}

/// The loader that `leptos_fluent` reads from, built with every language of `set` there is.
/// `leptos_fluent` takes only `&'static LazyLock<StaticLoader>`: each new one is made, filled
/// and leaked here (once per language added, so a few per visit at most).
pub(super) fn loader(set: Messages) -> &'static LazyLock<StaticLoader> {
    static NEXT: Mutex<Option<StaticLoader>> = Mutex::new(None);
    fn take_next() -> StaticLoader {
        let mut next = NEXT.lock().unwrap_or_else(|e| e.into_inner());
        next.take().expect("a loader made by `loader`")
    }
    let bundles: HashMap<LanguageIdentifier, FluentBundle<&'static FluentResource>> = loaded()
        .iter()
        .filter(|(_, s, _)| *s == set.name())
        .map(|(id, _, resources)| {
            let id: LanguageIdentifier = id.parse().expect("a language tag");
            let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
            for &resource in resources {
                // A message defined twice keeps its first text (tests/locales.rs checks it).
                bundle.add_resource(resource).ok();
            }
            (id, bundle)
        })
        .collect();
    let fallback: LanguageIdentifier = LANGUAGES[0].id.parse().expect("a language tag");
    let made = StaticLoader::new(
        Box::leak(Box::new(bundles)),
        Box::leak(Box::new(HashMap::new())),
        fallback,
    );
    *NEXT.lock().unwrap_or_else(|e| e.into_inner()) = Some(made);
    let lock: &'static LazyLock<StaticLoader> =
        Box::leak(Box::new(LazyLock::new(take_next as fn() -> StaticLoader)));
    LazyLock::force(lock);
    lock
}
