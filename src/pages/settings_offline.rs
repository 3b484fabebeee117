//! `/settings/offline`, "Use with no connection": how much the app keeps on this phone, and what
//! to keep: all of it, only what is opened (to save mobile data), or nothing (to save space). The
//! keeping itself is `boot.js`'s (the service workers); this page saves the choice and asks
//! `boot.js` to apply it at once. A page of the full app, linked from `/settings`: measuring and
//! asking wait on promises, whose machinery would take the light shell over its size budget.

use crate::components::offline_notice::kept_size;
use crate::components::page::Page;
use crate::components::radio_group::{RadioGroup, RadioOption};
use crate::storage;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::saved::StorageKey;
use sportello_core::settings::Keeping;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The function `boot.js` sets on `window`: applies a choice ("all", "used", "none").
const KEEP: &str = "sportelloKeepOffline";

/// The learner's choice, or the one `boot.js` made for them (everything, unless on mobile data).
fn chosen() -> Keeping {
    storage::saved()
        .load::<Keeping>(StorageKey::KeepOffline)
        .or_else(crate::offline::keeping)
        .unwrap_or(Keeping::All)
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

/// Asks `boot.js` to apply `keeping` now, and waits until it has.
async fn apply(keeping: Keeping) {
    let Ok(function) = js_sys::Reflect::get(&window(), &JsValue::from_str(KEEP)) else {
        return;
    };
    let Ok(function) = function.dyn_into::<js_sys::Function>() else {
        return;
    };
    if let Ok(promise) = function.call1(&JsValue::NULL, &JsValue::from_str(keeping.as_str())) {
        if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
            let _ = JsFuture::from(promise).await;
        }
    }
}

/// The page.
#[component]
pub fn SettingsOffline() -> impl IntoView {
    let keeping = RwSignal::new(chosen());
    let saved = RwSignal::new(true);
    // Measured again after each change.
    let stored = LocalResource::new(move || {
        keeping.track();
        stored_bytes()
    });
    let choose = Callback::new(move |choice: Keeping| {
        keeping.set(choice);
        saved.set(
            storage::saved()
                .save(StorageKey::KeepOffline, &choice)
                .is_ok(),
        );
        leptos::task::spawn_local(async move {
            apply(choice).await;
            stored.refetch();
        });
    });
    let label = |choice: Keeping| match choice {
        Keeping::All => move_tr!("settings-offline-all"),
        Keeping::Used => move_tr!("settings-offline-used"),
        Keeping::Nothing => move_tr!("settings-offline-none"),
    };
    let size = move || {
        stored
            .get()
            .flatten()
            .and_then(|bytes| kept_size(Some(bytes as u64)))
    };
    view! {
        <Page class="settings-offline" title=move_tr!("settings-offline-title")>
            <RadioGroup
                name="keep-offline"
                legend=move_tr!("settings-offline-legend")
                options=Keeping::ALL
                    .into_iter()
                    .map(|choice| RadioOption::new(choice, choice.as_str(), label(choice)))
                    .collect()
                selected=Signal::derive(move || Some(keeping.get()))
                on_choose=choose
                testid="settings-offline"
            />
            <p class="note" data-testid="settings-offline-note">
                {move || match keeping.get() {
                    Keeping::All => move_tr!("settings-offline-on"),
                    Keeping::Used => move_tr!("settings-offline-as-used"),
                    Keeping::Nothing => move_tr!("settings-offline-off"),
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
