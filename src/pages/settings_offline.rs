//! `/settings/offline`, "Use with no connection": how much the app keeps on this phone, and the
//! choice not to keep it (to save space or data). The keeping itself is `boot.js`'s (the service
//! worker); this page saves the choice and asks `boot.js` to apply it at once. A page of the full
//! app, linked from `/settings`: measuring and asking wait on promises, whose machinery would take
//! the light shell over its size budget.

use crate::components::page::Page;
use crate::storage;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::saved::StorageKey;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The function `boot.js` sets on `window`: keeps the app (true) or forgets it (false).
const KEEP: &str = "sportelloKeepOffline";

/// Whether the learner keeps the app for offline use (the default).
fn kept() -> bool {
    storage::saved()
        .load::<bool>(StorageKey::KeepOffline)
        .unwrap_or(true)
}

/// What this site stores on the phone, in bytes (the browser's estimate), once known.
async fn stored_bytes() -> Option<f64> {
    let storage =
        js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("storage")).ok()?;
    let estimate: js_sys::Function = js_sys::Reflect::get(&storage, &JsValue::from_str("estimate"))
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = estimate.call0(&storage).ok()?.dyn_into().ok()?;
    let estimate = JsFuture::from(promise).await.ok()?;
    js_sys::Reflect::get(&estimate, &JsValue::from_str("usage"))
        .ok()?
        .as_f64()
}

/// Asks `boot.js` to keep or forget the app now, and waits until it has.
async fn apply(keep: bool) {
    let Ok(function) = js_sys::Reflect::get(&window(), &JsValue::from_str(KEEP)) else {
        return;
    };
    let Ok(function) = function.dyn_into::<js_sys::Function>() else {
        return;
    };
    if let Ok(promise) = function.call1(&JsValue::NULL, &JsValue::from_bool(keep)) {
        if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
            let _ = JsFuture::from(promise).await;
        }
    }
}

/// Megabytes with one decimal, as the learner reads them ("12.3").
fn megabytes(bytes: f64) -> String {
    format!("{:.1}", bytes / 1_000_000.0)
}

/// The page.
#[component]
pub fn SettingsOffline() -> impl IntoView {
    let keep = RwSignal::new(kept());
    let saved = RwSignal::new(true);
    // Measured again after each change.
    let stored = LocalResource::new(move || {
        keep.track();
        stored_bytes()
    });
    let change = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        keep.set(on);
        saved.set(storage::saved().save(StorageKey::KeepOffline, &on).is_ok());
        leptos::task::spawn_local(async move {
            apply(on).await;
            stored.refetch();
        });
    };
    let size = move || {
        stored
            .get()
            .flatten()
            .map(|bytes| move_tr!("settings-offline-stored", { "size" => megabytes(bytes) }))
    };
    view! {
        <Page class="settings-offline" title=move_tr!("settings-offline-title")>
            <label class="choice">
                <input
                    type="checkbox"
                    data-testid="settings-offline"
                    prop:checked=move || keep.get()
                    on:change=change
                />
                <span>{move_tr!("settings-offline-keep")}</span>
            </label>
            <p class="note">
                {move || if keep.get() {
                    move_tr!("settings-offline-on")
                } else {
                    move_tr!("settings-offline-off")
                }}
            </p>
            <p role="status" data-testid="settings-offline-stored">{size}</p>
            <Show when=move || !saved.get()>
                <p class="notice warning" role="alert">{move_tr!("settings-not-saved")}</p>
            </Show>
            <p>
                <a href="/settings">{move_tr!("settings-title")}</a>
            </p>
        </Page>
    }
}
