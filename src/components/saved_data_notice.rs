//! Tells the learner when saved data could not be read and was put aside (never deleted), with
//! a button to download it and one to hide the notice until something else is put aside.

use crate::records;
use crate::storage::{self, Quarantined, StorageKey};
use leptos::prelude::*;
use leptos_fluent::move_tr;
use std::cell::Cell;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// Bumped whenever the quarantine may have changed; the mounted notice re-reads it then.
    static CHANGES: Cell<Option<RwSignal<u32>>> = const { Cell::new(None) };
}

/// Makes the notice re-read the quarantine (after an import or a reset of the saved data).
pub fn refresh() {
    CHANGES.with(|c| {
        if let Some(changes) = c.get() {
            changes.try_update(|n| *n += 1);
        }
    });
}

/// Identifies what is in quarantine now, so a dismissal holds only for that content.
fn fingerprint(all: &[Quarantined]) -> String {
    let last = all.iter().map(|q| q.at_ms).max().unwrap_or(0);
    format!("{}-{last}", all.len())
}

/// Offers `text` as a file named `file_name` to download. Returns false if the browser refused.
pub fn download(file_name: &str, text: &str) -> bool {
    let start = || -> Result<(), JsValue> {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let blob = web_sys::Blob::new_with_str_sequence(&parts)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let anchor: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
        anchor.set_href(&url);
        anchor.set_download(file_name);
        // In the document while clicked: some browsers ignore clicks on detached links.
        let body = document().body().ok_or(JsValue::NULL)?;
        body.append_child(&anchor)?;
        anchor.click();
        anchor.remove();
        // Give the browser time to start the download before freeing the URL.
        set_timeout(
            move || {
                let _ = web_sys::Url::revoke_object_url(&url);
            },
            Duration::from_secs(30),
        );
        Ok(())
    };
    start().is_ok()
}

/// Today's date as `YYYY-MM-DD`, for file names.
pub fn file_date() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// The notice, shown while unreadable data is kept aside and not dismissed.
#[component]
pub fn SavedDataNotice() -> impl IntoView {
    let changes = RwSignal::new(0u32);
    CHANGES.with(|c| c.set(Some(changes)));
    // Data can be put aside while a page loads it: show the notice then, outside that load.
    storage::on_quarantine(|| queue_microtask(refresh));
    // Check the history at start, so damaged results are reported before the learner needs them.
    let _ = records::history();
    let _ = records::finished();
    let listener = window_event_listener(leptos::ev::storage, move |ev| {
        if storage::changed_elsewhere(
            &ev,
            &[StorageKey::Quarantine, StorageKey::QuarantineDismissed],
        ) {
            refresh();
        }
    });
    on_cleanup(move || listener.remove());
    let quarantined = Memo::new(move |_| {
        changes.track();
        storage::quarantined()
    });
    let dismissed = Memo::new(move |_| {
        changes.track();
        storage::load::<String>(StorageKey::QuarantineDismissed)
    });
    // Hidden at once on dismissal, even if the choice cannot be saved (storage full).
    let hidden_now = RwSignal::new(None::<String>);
    let shown = move || {
        quarantined.with(|all| {
            let print = fingerprint(all);
            !all.is_empty()
                && dismissed.with(|d| d.as_deref() != Some(print.as_str()))
                && hidden_now.with(|h| h.as_deref() != Some(print.as_str()))
        })
    };
    let export_failed = RwSignal::new(false);
    let export = move |_| {
        let text = quarantined.with_untracked(|all| {
            serde_json::to_string_pretty(all).expect("quarantine serializes")
        });
        let name = format!("sportello-saved-data-aside-{}.json", file_date());
        export_failed.set(!download(&name, &text));
    };
    let dismiss = move |_| {
        let print = quarantined.with_untracked(|all| fingerprint(all));
        let _ = storage::save(StorageKey::QuarantineDismissed, &print);
        hidden_now.set(Some(print));
        // The buttons are gone: keep the keyboard in the page.
        if let Some(main) = document().get_element_by_id("main") {
            let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };
    view! {
        <Show when=shown>
            <div class="notice warning saved-data-notice" role="status" data-testid="saved-data-notice">
                <p>{move_tr!("saved-notice-text")}</p>
                <div class="actions">
                    <button type="button" class="button" data-testid="saved-data-export" on:click=export>
                        {move_tr!("saved-notice-export")}
                    </button>
                    <button type="button" class="button" data-testid="saved-data-dismiss" on:click=dismiss>
                        {move_tr!("saved-notice-dismiss")}
                    </button>
                </div>
                <Show when=move || export_failed.get()>
                    <p role="alert">{move_tr!("saved-notice-export-failed")}</p>
                </Show>
            </div>
        </Show>
    }
}
