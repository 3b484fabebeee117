//! Tells the learner when saved data could not be read and was put aside (never deleted), with
//! a button to download it and one to hide the notice until something else is put aside.

use crate::components::page::focus_main;
use crate::download::{file_date, Downloads};
use crate::storage::{self, SavedDataChanged};
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::saved::{Quarantined, StorageKey};

/// Identifies what is in quarantine now, so a dismissal holds only for that content.
fn fingerprint(all: &[Quarantined]) -> String {
    let last = all.iter().map(|q| q.at_ms).max().unwrap_or(0);
    format!("{}-{last}", all.len())
}

/// The notice, shown while unreadable data is kept aside and not dismissed.
#[component]
pub fn SavedDataNotice() -> impl IntoView {
    let changes = expect_context::<SavedDataChanged>();
    // Read the history at start, so damaged results are put aside and reported before the
    // learner needs them (the values themselves are not needed here).
    let saved = storage::saved();
    saved.history();
    saved.finished();
    let listener = window_event_listener(leptos::ev::storage, move |ev| {
        if storage::changed_elsewhere(
            &ev,
            &[StorageKey::Quarantine, StorageKey::QuarantineDismissed],
        ) {
            changes.notify();
        }
    });
    on_cleanup(move || listener.remove());
    let quarantined = Memo::new(move |_| {
        changes.track();
        // Also what could not be put aside for lack of room: the learner is told all the same.
        storage::saved().all_aside()
    });
    let dismissed = Memo::new(move |_| {
        changes.track();
        storage::saved().load::<String>(StorageKey::QuarantineDismissed)
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
    let downloads = Downloads::new();
    let export = move |_| {
        let text = quarantined.with_untracked(|all| {
            serde_json::to_string_pretty(all).expect("quarantine serializes")
        });
        let name = format!("sportello-saved-data-aside-{}.json", file_date());
        export_failed.set(!downloads.offer(&name, &text));
    };
    let dismiss = move |_| {
        let print = quarantined.with_untracked(|all| fingerprint(all));
        // Hidden at once even if the choice cannot be saved: the notice comes back on the next
        // visit, which loses nothing.
        storage::saved()
            .save(StorageKey::QuarantineDismissed, &print)
            .ok();
        hidden_now.set(Some(print));
        // The buttons are gone: keep the keyboard in the page.
        focus_main();
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
