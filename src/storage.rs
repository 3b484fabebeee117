//! The browser side of saved data: the localStorage [`Store`] that core's [`SavedData`] reads
//! and writes, the clock, and the trigger that tells the app when data was put aside.

use leptos::prelude::*;
use sportello_core::saved::store::hold_aside;
use sportello_core::saved::{Quarantined, SaveError, SavedData, StorageKey, Store};
use std::cell::RefCell;

/// Bumped whenever saved data was put aside or the quarantine changed (an import, a reset):
/// the saved-data notice reads the quarantine again then. Provided at the app's root.
#[derive(Clone, Copy)]
pub struct SavedDataChanged(Trigger);

impl SavedDataChanged {
    /// Tells whoever shows the saved data that it changed.
    pub fn notify(self) {
        self.0.notify();
    }

    /// Makes the calling reactive scope run again when the saved data changes.
    pub fn track(self) {
        self.0.track();
    }
}

/// Makes [`SavedDataChanged`] available to the whole app.
pub fn provide_saved_data_changed() {
    provide_context(SavedDataChanged(Trigger::new()));
}

/// The browser's localStorage, for this page.
#[derive(Clone, Copy)]
pub struct LocalStore {
    changed: Option<SavedDataChanged>,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

impl Store for LocalStore {
    fn get(&self, key: &str) -> Option<String> {
        local_storage()?.get_item(key).ok().flatten()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        let storage = local_storage().ok_or(SaveError::Unavailable)?;
        storage.set_item(key, value).map_err(|e| {
            let name = js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            if name.contains("Quota") {
                SaveError::Full
            } else {
                SaveError::Unavailable
            }
        })
    }

    fn remove(&self, key: &str) {
        if let Some(storage) = local_storage() {
            // Removing cannot fail for lack of room; a blocked storage has nothing to remove.
            storage.remove_item(key).ok();
        }
    }

    fn keys(&self) -> Vec<String> {
        let Some(storage) = local_storage() else {
            return Vec::new();
        };
        let len = storage.length().unwrap_or(0);
        (0..len)
            .filter_map(|i| storage.key(i).ok().flatten())
            .collect()
    }

    fn held_aside(&self) -> Vec<Quarantined> {
        HELD_ASIDE.with(|held| held.borrow().clone())
    }

    fn kept_aside(&self, _key: StorageKey, unsaved: &[Quarantined]) {
        HELD_ASIDE.with(|held| hold_aside(&mut held.borrow_mut(), unsaved));
        if let Some(changed) = self.changed {
            // Data can be put aside while a view reads it: tell the notice outside that read.
            queue_microtask(move || changed.notify());
        }
    }
}

thread_local! {
    /// Unreadable data that could not be put aside (storage full), held for the session so
    /// that the notice shows all the same.
    static HELD_ASIDE: RefCell<Vec<Quarantined>> = const { RefCell::new(Vec::new()) };
}

/// The data saved in this browser, now.
pub fn saved() -> SavedData<LocalStore> {
    SavedData::new(
        LocalStore {
            changed: use_context::<SavedDataChanged>(),
        },
        now_ms(),
    )
}

/// Milliseconds since the Unix epoch, from the browser clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Whether a `storage` event (another tab changed localStorage) touches one of `keys`; a clear
/// of the whole storage touches every key.
pub fn changed_elsewhere(event: &web_sys::StorageEvent, keys: &[StorageKey]) -> bool {
    match event.key() {
        Some(changed) => keys.iter().any(|k| k.as_str() == changed),
        None => true,
    }
}
