//! "A new version is ready — reload": shown when `boot.js` says that the service worker holds a
//! new version of the app, waiting. The app never reloads by itself: an exam in progress goes on
//! (its answers and deadline are saved anyway) until the learner asks.

use leptos::prelude::*;
use leptos_fluent::move_tr;
use wasm_bindgen::{JsCast, JsValue};

/// The function `boot.js` sets on `window` once a new version waits: it moves to it.
const UPDATE: &str = "sportelloUpdate";

/// The function that moves to the waiting version, if one waits.
fn waiting_update() -> Option<js_sys::Function> {
    js_sys::Reflect::get(&window(), &JsValue::from_str(UPDATE))
        .ok()?
        .dyn_into()
        .ok()
}

/// The banner, in a polite live region that is always there.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    // A version may have been found before the app started, or while it runs.
    let ready = RwSignal::new(waiting_update().is_some());
    let listener = window_event_listener_untyped("sportello-update", move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    let reload = move |_| {
        if let Some(update) = waiting_update() {
            let _ = update.call0(&JsValue::NULL);
        }
    };
    view! {
        <div role="status" class="update-region">
            <Show when=move || ready.get()>
                <div class="update-banner notice" data-testid="update-banner">
                    <p>{move_tr!("update-ready")}</p>
                    <button type="button" class="button" data-testid="update-reload" on:click=reload>
                        {move_tr!("update-reload")}
                    </button>
                </div>
            </Show>
        </div>
    }
}
