//! Saved data that could not be read, kept aside as it was (never deleted) under one key, so
//! the learner can be told and can download it. If that key itself cannot be read, its text is
//! moved aside under a key of its own (`sportello.quarantine.1`, `.2`, …) before anything else
//! is put aside, so nothing kept aside is ever overwritten.

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

/// Why the list of data kept aside is itself kept aside.
const UNREADABLE_QUARANTINE: &str = "the list of data kept aside could not be read";

/// The prefix of the keys an unreadable quarantine is moved to.
fn overflow_prefix() -> String {
    format!("{}.", StorageKey::Quarantine.as_str())
}

/// The number `n` of an overflow key `sportello.quarantine.<n>`.
fn overflow_number(key: &str) -> Option<u32> {
    key.strip_prefix(&overflow_prefix())?.parse().ok()
}

impl<S: Store> SavedData<S> {
    /// Everything kept aside so far (stored as plain JSON, outside the versioned envelope, so
    /// that it stays readable whatever the version): the quarantine's entries (or, if it cannot
    /// be read, its text as one entry), then each earlier quarantine moved aside.
    pub fn quarantined(&self) -> Vec<Quarantined> {
        let mut all = match self.read(StorageKey::Quarantine) {
            None => Vec::new(),
            Some(raw) => serde_json::from_str(&raw).unwrap_or_else(|_| {
                vec![Quarantined {
                    key: StorageKey::Quarantine.as_str().to_string(),
                    raw,
                    reason: UNREADABLE_QUARANTINE.to_string(),
                    at_ms: self.now_ms,
                }]
            }),
        };
        all.extend(self.overflow().into_iter().map(|(_, entry)| entry));
        all
    }

    /// The earlier quarantines moved aside, by key number: each as the entry saved there, or
    /// as its raw text if that was changed since.
    fn overflow(&self) -> Vec<(u32, Quarantined)> {
        let mut found: Vec<(u32, Quarantined)> = self
            .store()
            .keys()
            .into_iter()
            .filter_map(|key| {
                let n = overflow_number(&key)?;
                let raw = self.store().get(&key)?;
                let entry = serde_json::from_str(&raw).unwrap_or(Quarantined {
                    key: key.clone(),
                    raw,
                    reason: UNREADABLE_QUARANTINE.to_string(),
                    at_ms: self.now_ms,
                });
                Some((n, entry))
            })
            .collect();
        found.sort_by_key(|(n, _)| *n);
        found
    }

    /// Replaces everything kept aside (after merging a backup's quarantined data). Entries kept
    /// under keys of their own stay there; the others are saved in the quarantine.
    pub fn save_quarantined(&self, all: &[Quarantined]) -> Result<(), SaveError> {
        self.set_aside_unreadable_quarantine()?;
        let elsewhere: Vec<Quarantined> = self.overflow().into_iter().map(|(_, e)| e).collect();
        let here: Vec<&Quarantined> = all.iter().filter(|q| !elsewhere.contains(q)).collect();
        let text = serde_json::to_string(&here).expect("the quarantine serializes");
        self.store().set(StorageKey::Quarantine.as_str(), &text)
    }

    /// If the quarantine holds text that cannot be read, moves it (as one entry) to the first
    /// free key `sportello.quarantine.<n>`, so that writing the quarantine loses nothing.
    fn set_aside_unreadable_quarantine(&self) -> Result<(), SaveError> {
        let Some(raw) = self.read(StorageKey::Quarantine) else {
            return Ok(());
        };
        if serde_json::from_str::<Vec<Quarantined>>(&raw).is_ok() {
            return Ok(());
        }
        let n = self
            .overflow()
            .last()
            .map_or(1, |(n, _)| n.saturating_add(1));
        let entry = Quarantined {
            key: StorageKey::Quarantine.as_str().to_string(),
            raw,
            reason: UNREADABLE_QUARANTINE.to_string(),
            at_ms: self.now_ms,
        };
        let text = serde_json::to_string(&entry).expect("an entry serializes");
        self.store()
            .set(&format!("{}{n}", overflow_prefix()), &text)?;
        self.remove(StorageKey::Quarantine);
        Ok(())
    }

    /// Adds `entries` (each a raw text read under `key` and why it cannot be used) to the
    /// quarantine, each once. If the quarantine cannot be written (storage full), returns the
    /// entries that were not saved.
    pub(super) fn put_aside(
        &self,
        key: StorageKey,
        entries: Vec<(String, String)>,
    ) -> Result<(), Vec<Quarantined>> {
        let mut all: Vec<Quarantined> = self
            .read(StorageKey::Quarantine)
            .and_then(|raw| serde_json::from_str(&raw).ok())
            .unwrap_or_default();
        let mut added = Vec::new();
        for (raw, reason) in entries {
            if !all.iter().any(|q| q.key == key.as_str() && q.raw == raw) {
                let entry = Quarantined {
                    key: key.as_str().to_string(),
                    raw,
                    reason,
                    at_ms: self.now_ms,
                };
                added.push(entry.clone());
                all.push(entry);
            }
        }
        self.save_quarantined(&all).map_err(|_| added)
    }

    /// Moves `raw` (read under `key`) aside with the reason, then frees `key`. If the
    /// quarantine cannot be written (storage full), the original stays where it was: nothing
    /// is ever lost. The store is told either way (with what it could not save, to hold for
    /// the session), so the learner hears of it.
    pub(super) fn keep_aside(&self, key: StorageKey, raw: String, reason: String) {
        match self.put_aside(key, vec![(raw, reason)]) {
            Ok(()) => {
                self.remove(key);
                self.store().kept_aside(key, &[]);
            }
            Err(unsaved) => self.store().kept_aside(key, &unsaved),
        }
    }

    /// Everything to tell the learner about: what is kept aside ([`SavedData::quarantined`])
    /// and what could not be put aside for lack of room, held by the store for the session
    /// (see [`Store::held_aside`]; the data itself stays under its key).
    pub fn all_aside(&self) -> Vec<Quarantined> {
        let mut all = self.quarantined();
        for held in self.store().held_aside() {
            if !all.iter().any(|q| q.key == held.key && q.raw == held.raw) {
                all.push(held);
            }
        }
        all
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
        // Held for the session, so the learner is told all the same.
        let told = saved.all_aside();
        assert_eq!(told.len(), 1);
        assert_eq!(told[0].raw, "{oops");
        assert_eq!(saved.load::<u32>(StorageKey::History), None);
        assert_eq!(saved.all_aside().len(), 1, "held once");
        // Once there is room, it is put aside for good and told once.
        store.set_quota(None);
        let saved = SavedData::new(&store, 2);
        assert_eq!(saved.load::<u32>(StorageKey::History), None);
        assert_eq!(store.get("sportello.history"), None);
        assert_eq!(saved.quarantined().len(), 1);
        assert_eq!(saved.all_aside().len(), 1);
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

    #[test]
    fn an_unreadable_quarantine_is_itself_kept_aside_and_never_overwritten() {
        let store = MemoryStore::new();
        let saved = SavedData::new(&store, 9);
        store.set("sportello.quarantine", "[{broken").unwrap();
        // Reported even before anything else is put aside.
        let aside = saved.quarantined();
        assert_eq!(aside.len(), 1);
        assert_eq!(aside[0].raw, "[{broken");
        // Putting something else aside moves the unreadable text to a key of its own.
        store.set("sportello.history", "{oops").unwrap();
        assert_eq!(saved.load::<u32>(StorageKey::History), None);
        let moved: Quarantined =
            serde_json::from_str(&store.get("sportello.quarantine.1").unwrap()).unwrap();
        assert_eq!(moved.key, "sportello.quarantine");
        assert_eq!(moved.raw, "[{broken");
        let aside = saved.quarantined();
        let raws: Vec<_> = aside.iter().map(|q| q.raw.as_str()).collect();
        assert_eq!(raws, ["{oops", "[{broken"]);
        // A second unreadable quarantine goes to the next free key.
        store.set("sportello.quarantine", "also broken").unwrap();
        store.set("sportello.review", "{").unwrap();
        assert_eq!(saved.load::<u32>(StorageKey::Review), None);
        assert!(store
            .get("sportello.quarantine.2")
            .unwrap()
            .contains("also broken"));
        let raws: Vec<_> = saved.quarantined().into_iter().map(|q| q.raw).collect();
        assert_eq!(raws, ["{", "[{broken", "also broken"]);
    }

    #[test]
    fn an_unreadable_quarantine_stays_where_it_is_when_it_cannot_be_moved() {
        let mut store = MemoryStore::new();
        store.set("sportello.quarantine", "[{broken").unwrap();
        store.set("sportello.history", "{oops").unwrap();
        store.set_quota(Some(60));
        let saved = SavedData::new(&store, 1);
        assert_eq!(saved.load::<u32>(StorageKey::History), None);
        assert_eq!(
            store.get("sportello.quarantine").as_deref(),
            Some("[{broken")
        );
        assert_eq!(store.get("sportello.history").as_deref(), Some("{oops"));
        assert_eq!(saved.quarantined().len(), 1);
    }

    #[test]
    fn saving_a_merged_quarantine_keeps_the_moved_entries_in_their_keys() {
        let store = MemoryStore::new();
        let saved = SavedData::new(&store, 4);
        store.set("sportello.quarantine", "nope").unwrap();
        let mut all = saved.quarantined();
        all.push(Quarantined {
            key: "sportello.review".into(),
            raw: "x".into(),
            reason: "not JSON".into(),
            at_ms: 2,
        });
        saved.save_quarantined(&all).unwrap();
        // The quarantine's own entries first, then those kept under keys of their own.
        assert_eq!(saved.quarantined(), [all[1].clone(), all[0].clone()]);
        assert!(store.get("sportello.quarantine.1").is_some());
        let main: Vec<Quarantined> =
            serde_json::from_str(&store.get("sportello.quarantine").unwrap()).unwrap();
        assert_eq!(main, all[1..]);
    }
}
