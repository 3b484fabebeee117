//! Everything the app saves on the device, as typed values: the keys and the store they live
//! in ([`store`]), the versioned envelope and its upgrades ([`version`]), data put aside when it
//! cannot be read ([`quarantine`]), the learner's records ([`records`]), the backup file
//! ([`backup`]) and what an imported backup's exams must satisfy ([`plausible`]). The app
//! supplies the store (the browser's localStorage) and the time.

pub mod backup;
pub mod plausible;
pub mod quarantine;
pub mod records;
pub mod store;
pub mod version;

pub use quarantine::Quarantined;
pub use store::{MemoryStore, SaveError, StorageKey, Store, KEY_PREFIX};
pub use version::SCHEMA;

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Saved data in a [`Store`], read and written as typed values at one moment (`now_ms`, the
/// time written on anything put aside).
#[derive(Clone, Copy)]
pub struct SavedData<S: Store> {
    store: S,
    now_ms: u64,
}

impl<S: Store> SavedData<S> {
    /// The data in `store` (a store or a reference to one), at `now_ms` (ms since the Unix
    /// epoch).
    pub fn new(store: S, now_ms: u64) -> Self {
        SavedData { store, now_ms }
    }

    /// The store.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// The raw text under `key`, `None` when absent.
    pub fn read(&self, key: StorageKey) -> Option<String> {
        self.store.get(key.as_str())
    }

    /// The value under `key`. Absent → `None`. Unreadable, or saved by a newer version → put
    /// aside in the quarantine (kept, never deleted) and `None`. Data of an earlier version is
    /// upgraded.
    pub fn load<T: DeserializeOwned>(&self, key: StorageKey) -> Option<T> {
        let raw = self.read(key)?;
        match version::decode::<T>(key.part(), &raw) {
            Ok(value) => Some(value),
            Err(reason) => {
                self.keep_aside(key, raw, reason);
                None
            }
        }
    }

    /// The value under `key`, made by `read` from what was saved: as [`SavedData::load`], and
    /// what `read` refuses (with its reason) is put aside too.
    pub fn load_as<T: DeserializeOwned, U>(
        &self,
        key: StorageKey,
        read: impl FnOnce(T) -> Result<U, String>,
    ) -> Option<U> {
        let raw = self.read(key)?;
        match version::decode::<T>(key.part(), &raw).and_then(read) {
            Ok(value) => Some(value),
            Err(reason) => {
                self.keep_aside(key, raw, reason);
                None
            }
        }
    }

    /// Saves `value` under `key` in the versioned envelope.
    pub fn save<T: Serialize + ?Sized>(&self, key: StorageKey, value: &T) -> Result<(), SaveError> {
        self.store.set(key.as_str(), &version::encode(value))
    }

    /// Removes `key` (only for data that has been moved elsewhere, e.g. a finished attempt).
    pub fn remove(&self, key: StorageKey) {
        self.store.remove(key.as_str());
    }

    /// Puts back a raw text read earlier with [`SavedData::read`] (`None`: the key was absent),
    /// to undo a change that could be saved only in part.
    pub fn restore(&self, key: StorageKey, raw: Option<&str>) {
        match raw {
            Some(raw) => {
                // The earlier text fitted before; if the store refuses it even so, there is
                // nothing else to put back.
                self.store.set(key.as_str(), raw).ok();
            }
            None => self.remove(key),
        }
    }

    /// Deletes every key of the app except `keep`.
    pub fn clear_all(&self, keep: &[StorageKey]) {
        for key in self.store.keys() {
            if key.starts_with(KEY_PREFIX) && !keep.iter().any(|k| k.as_str() == key) {
                self.store.remove(&key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_value_loads_back_and_unreadable_data_is_put_aside() {
        let store = MemoryStore::new();
        let saved = SavedData::new(&store, 7);
        saved.save(StorageKey::Review, &vec![1u32, 2]).unwrap();
        assert_eq!(saved.load::<Vec<u32>>(StorageKey::Review), Some(vec![1, 2]));
        store.set("sportello.history", "{oops").unwrap();
        assert_eq!(saved.load::<Vec<u32>>(StorageKey::History), None);
        assert_eq!(store.get("sportello.history"), None);
        let aside = saved.quarantined();
        assert_eq!(aside.len(), 1);
        assert_eq!(aside[0].key, "sportello.history");
        assert_eq!(aside[0].raw, "{oops");
        assert_eq!(aside[0].at_ms, 7);
        assert!(aside[0].reason.starts_with("not JSON"));
        assert_eq!(store.kept_aside_keys(), [StorageKey::History]);
    }

    #[test]
    fn what_the_reader_refuses_is_put_aside_with_its_reason() {
        let store = MemoryStore::new();
        let saved = SavedData::new(&store, 9);
        saved.save(StorageKey::EditorDrafts, &"(id: ").unwrap();
        let read = |text: String| {
            text.parse::<u32>()
                .map_err(|e| format!("not a number: {e}"))
        };
        assert_eq!(saved.load_as(StorageKey::EditorDrafts, read), None);
        assert_eq!(store.get("sportello.editor-drafts"), None);
        let aside = saved.quarantined();
        assert_eq!(aside[0].key, "sportello.editor-drafts");
        assert!(aside[0].raw.contains("(id: "));
        assert!(aside[0].reason.starts_with("not a number"));
        saved.save(StorageKey::EditorDrafts, &"7").unwrap();
        assert_eq!(saved.load_as(StorageKey::EditorDrafts, read), Some(7));
    }

    #[test]
    fn clearing_keeps_the_keys_asked_for_and_other_apps_keys() {
        let store = MemoryStore::new();
        let saved = SavedData::new(&store, 0);
        for key in StorageKey::ALL {
            store.set(key.as_str(), "x").unwrap();
        }
        store.set("other.app", "y").unwrap();
        saved.clear_all(&[StorageKey::Language]);
        assert_eq!(store.keys(), ["other.app", "sportello.language"]);
    }

    #[test]
    fn restore_puts_back_the_earlier_text_or_absence() {
        let store = MemoryStore::new();
        let saved = SavedData::new(&store, 0);
        store.set("sportello.history", "before").unwrap();
        let before = saved.read(StorageKey::History);
        let absent = saved.read(StorageKey::Review);
        saved.save(StorageKey::History, &1).unwrap();
        saved.save(StorageKey::Review, &2).unwrap();
        saved.restore(StorageKey::History, before.as_deref());
        saved.restore(StorageKey::Review, absent.as_deref());
        assert_eq!(store.get("sportello.history").as_deref(), Some("before"));
        assert_eq!(store.get("sportello.review"), None);
    }
}
