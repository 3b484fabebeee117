//! Saved data that could not be read, kept aside as it was (never deleted) under one key, so
//! the learner can be told and can download it.

use super::{SaveError, SavedData, StorageKey, Store};
use serde::{Deserialize, Serialize};

/// One piece of saved data that could not be read, kept as it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quarantined {
    /// The key it was stored under.
    pub key: String,
    /// The stored text, unchanged.
    pub raw: String,
    /// Why it could not be read.
    pub reason: String,
    /// When it was moved aside (ms since the Unix epoch).
    pub at_ms: u64,
}

impl<S: Store> SavedData<S> {
    /// Everything kept aside so far (stored as plain JSON, outside the versioned envelope, so
    /// that it stays readable whatever the version).
    pub fn quarantined(&self) -> Vec<Quarantined> {
        self.read(StorageKey::Quarantine)
            .and_then(|raw| serde_json::from_str(&raw).ok())
            .unwrap_or_default()
    }

    /// Replaces everything kept aside (after merging a backup's quarantined data).
    pub fn save_quarantined(&self, all: &[Quarantined]) -> Result<(), SaveError> {
        let text = serde_json::to_string(all).expect("the quarantine serializes");
        self.store().set(StorageKey::Quarantine.as_str(), &text)
    }

    /// Moves `raw` (read under `key`) aside with the reason, then frees `key`. If the
    /// quarantine cannot be written (storage full), the original stays where it was: nothing
    /// is ever lost. The store is told either way, so the learner hears of it.
    pub(super) fn keep_aside(&self, key: StorageKey, raw: String, reason: String) {
        let mut all = self.quarantined();
        all.push(Quarantined {
            key: key.as_str().to_string(),
            raw,
            reason,
            at_ms: self.now_ms,
        });
        if self.save_quarantined(&all).is_ok() {
            self.remove(key);
        }
        self.store().kept_aside(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::saved::MemoryStore;

    #[test]
    fn when_the_quarantine_cannot_be_written_the_original_stays() {
        let store = MemoryStore::new();
        store.set("sportello.history", "{oops").unwrap();
        let mut store = store;
        store.set_quota(Some(40));
        let saved = SavedData::new(&store, 1);
        assert_eq!(saved.load::<u32>(StorageKey::History), None);
        assert_eq!(store.get("sportello.history").as_deref(), Some("{oops"));
        assert_eq!(saved.quarantined(), []);
        assert_eq!(store.kept_aside_keys(), [StorageKey::History]);
    }

    #[test]
    fn each_piece_put_aside_is_added_to_the_earlier_ones() {
        let store = MemoryStore::new();
        let saved = SavedData::new(&store, 5);
        store.set("sportello.history", "1").unwrap();
        store
            .set("sportello.review", r#"{"schema":9,"data":[]}"#)
            .unwrap();
        assert_eq!(saved.load::<u32>(StorageKey::History), None);
        assert_eq!(saved.load::<Vec<u32>>(StorageKey::Review), None);
        let keys: Vec<_> = saved.quarantined().into_iter().map(|q| q.key).collect();
        assert_eq!(keys, ["sportello.history", "sportello.review"]);
    }
}
