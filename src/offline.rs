//! What `boot.js` tells the app about keeping it for use with no connection (see its comments):
//! the choice in effect, whether this visit starts keeping it, and how many bytes the site
//! stores once it is kept. Read from `window` without promises, so the light shell can say it.

use leptos::prelude::*;
use sportello_core::settings::Keeping;
use wasm_bindgen::JsValue;

/// A property `boot.js` sets on `window`.
fn from_boot(name: &str) -> JsValue {
    js_sys::Reflect::get(&window(), &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// The choice `boot.js` applies on this visit (saved, or decided from the connection), if it
/// has decided (never with no service workers).
pub fn keeping() -> Option<Keeping> {
    Keeping::from_name(&from_boot("sportelloKeeping").as_string()?)
}

/// Whether the whole app, every bank in every language with it, is kept on the phone and serves
/// this page (`boot.js`: the full copy's service worker controls it).
pub fn whole_app_kept() -> bool {
    from_boot("sportelloWholeKept").as_bool() == Some(true)
}

/// The choice being applied, when no copy kept the page yet: the first visit.
pub fn first_keep() -> Option<Keeping> {
    Keeping::from_name(&from_boot("sportelloFirstKeep").as_string()?)
}

/// The bytes the site stores, once `boot.js` has kept the app on this visit (it says so with the
/// event `sportello-kept`).
pub fn kept_bytes() -> ReadSignal<Option<u64>> {
    let read = || {
        from_boot("sportelloKept")
            .as_f64()
            .map(|bytes| bytes as u64)
    };
    let (bytes, set_bytes) = signal(read());
    let listener = window_event_listener_untyped("sportello-kept", move |_| set_bytes.set(read()));
    on_cleanup(move || listener.remove());
    bytes
}
