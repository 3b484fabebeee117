//! Where saved data lives: a key–text store (the browser's localStorage in the app, memory in
//! tests), and the one typed list of keys the app uses.

use super::Quarantined;
use std::cell::RefCell;
use std::collections::BTreeMap;

/// Every key the app saves under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum StorageKey {
    /// The UI language chosen by the learner (a plain string, written by the i18n layer).
    Language,
    /// The exam in progress.
    Attempt,
    /// Summaries of finished exams.
    History,
    /// The most recent finished exams in full, for their review.
    Finished,
    /// Learner preferences (speech rate…).
    Settings,
    /// Banks and layouts a teacher imported on this device.
    Imported,
    /// Data that could not be read, kept aside for export.
    Quarantine,
    /// The spaced-review queue of mistakes.
    Review,
    /// Which quarantined data the learner has seen reported and dismissed (a fingerprint).
    QuarantineDismissed,
    /// The question editor's drafts.
    EditorDrafts,
    /// The result codes a teacher pasted (Class results).
    ClassResults,
    /// Whether the app is kept on this device for use with no connection (`boot.js` reads it
    /// before the app starts: `false` registers no service worker).
    KeepOffline,
}

impl StorageKey {
    /// Every key.
    pub const ALL: [StorageKey; 12] = [
        StorageKey::Language,
        StorageKey::Attempt,
        StorageKey::History,
        StorageKey::Finished,
        StorageKey::Settings,
        StorageKey::Imported,
        StorageKey::Quarantine,
        StorageKey::Review,
        StorageKey::QuarantineDismissed,
        StorageKey::EditorDrafts,
        StorageKey::ClassResults,
        StorageKey::KeepOffline,
    ];

    /// The key as stored.
    pub const fn as_str(self) -> &'static str {
        match self {
            StorageKey::Language => "sportello.language",
            StorageKey::Attempt => "sportello.attempt",
            StorageKey::History => "sportello.history",
            StorageKey::Finished => "sportello.finished",
            StorageKey::Settings => "sportello.settings",
            StorageKey::Imported => "sportello.imported",
            StorageKey::Quarantine => "sportello.quarantine",
            StorageKey::Review => "sportello.review",
            StorageKey::QuarantineDismissed => "sportello.quarantine-dismissed",
            StorageKey::EditorDrafts => "sportello.editor-drafts",
            StorageKey::ClassResults => "sportello.class-results",
            StorageKey::KeepOffline => "sportello.offline",
        }
    }

    /// The name of the part of saved data this key holds, as in a backup's `data` and in the
    /// upgrade steps (`"history"`, `"finished"`, …).
    pub const fn part(self) -> &'static str {
        match self {
            StorageKey::Language => "language",
            StorageKey::Attempt => "attempt",
            StorageKey::History => "history",
            StorageKey::Finished => "finished",
            StorageKey::Settings => "settings",
            StorageKey::Imported => "imported",
            StorageKey::Quarantine => "quarantine",
            StorageKey::Review => "review",
            StorageKey::QuarantineDismissed => "quarantine-dismissed",
            StorageKey::EditorDrafts => "editor-drafts",
            StorageKey::ClassResults => "class_results",
            StorageKey::KeepOffline => "offline",
        }
    }
}

/// The prefix of every key of the app.
pub const KEY_PREFIX: &str = "sportello.";

/// Why a value could not be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveError {
    /// The storage is full.
    Full,
    /// The storage is missing or blocked (private mode, settings).
    Unavailable,
}

/// A place that keeps text under string keys, like the browser's localStorage.
pub trait Store {
    /// The text saved under `key`, if any.
    fn get(&self, key: &str) -> Option<String>;
    /// Saves `value` under `key`.
    fn set(&self, key: &str, value: &str) -> Result<(), SaveError>;
    /// Removes `key` (nothing happens if it is absent).
    fn remove(&self, key: &str);
    /// Every key saved.
    fn keys(&self) -> Vec<String>;
    /// Told after data saved under `key` was found unreadable and moved aside (the app shows a
    /// notice); `unsaved` lists what could not be written to the quarantine (storage full),
    /// for the store to hold for the session (see [`Store::held_aside`]).
    fn kept_aside(&self, _key: StorageKey, _unsaved: &[Quarantined]) {}
    /// What the store holds of data that could not be put aside (told to
    /// [`Store::kept_aside`]), so the learner hears of it even when storage is full.
    fn held_aside(&self) -> Vec<Quarantined> {
        Vec::new()
    }
}

impl<T: Store + ?Sized> Store for &T {
    fn get(&self, key: &str) -> Option<String> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) {
        (**self).remove(key)
    }
    fn keys(&self) -> Vec<String> {
        (**self).keys()
    }
    fn kept_aside(&self, key: StorageKey, unsaved: &[Quarantined]) {
        (**self).kept_aside(key, unsaved)
    }
    fn held_aside(&self) -> Vec<Quarantined> {
        (**self).held_aside()
    }
}

/// Adds `unsaved` to `held`, each text once.
pub fn hold_aside(held: &mut Vec<Quarantined>, unsaved: &[Quarantined]) {
    for entry in unsaved {
        if !held
            .iter()
            .any(|h| h.key == entry.key && h.raw == entry.raw)
        {
            held.push(entry.clone());
        }
    }
}

/// A [`Store`] in memory, with an optional size limit (to test a full storage).
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, String>>,
    /// At most this many characters in all (keys and values), if set.
    quota: Option<usize>,
    kept_aside: RefCell<Vec<StorageKey>>,
    held: RefCell<Vec<Quarantined>>,
}

impl MemoryStore {
    /// An empty store without limit.
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// An empty store that holds at most `chars` characters (keys and values).
    pub fn with_quota(chars: usize) -> MemoryStore {
        MemoryStore {
            quota: Some(chars),
            ..MemoryStore::default()
        }
    }

    /// Changes the size limit (`None`: no limit).
    pub fn set_quota(&mut self, chars: Option<usize>) {
        self.quota = chars;
    }

    /// The keys reported as kept aside, in order.
    pub fn kept_aside_keys(&self) -> Vec<StorageKey> {
        self.kept_aside.borrow().clone()
    }

    fn used_without(&self, key: &str) -> usize {
        self.entries
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.chars().count() + v.chars().count())
            .sum()
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.entries.borrow().get(key).cloned()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        if let Some(quota) = self.quota {
            let size = self.used_without(key) + key.chars().count() + value.chars().count();
            if size > quota {
                return Err(SaveError::Full);
            }
        }
        self.entries
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) {
        self.entries.borrow_mut().remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.entries.borrow().keys().cloned().collect()
    }

    fn kept_aside(&self, key: StorageKey, unsaved: &[Quarantined]) {
        self.kept_aside.borrow_mut().push(key);
        hold_aside(&mut self.held.borrow_mut(), unsaved);
    }

    fn held_aside(&self) -> Vec<Quarantined> {
        self.held.borrow().clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_distinct_and_prefixed() {
        let names: std::collections::BTreeSet<_> =
            StorageKey::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(names.len(), StorageKey::ALL.len());
        assert!(names.iter().all(|n| n.starts_with(KEY_PREFIX)));
    }

    #[test]
    fn a_memory_store_refuses_what_exceeds_its_quota_and_keeps_the_old_value() {
        let store = MemoryStore::with_quota(20);
        assert_eq!(store.set("k", "0123456789"), Ok(()));
        assert_eq!(
            store.set("k", "0123456789012345678901"),
            Err(SaveError::Full)
        );
        assert_eq!(store.get("k").as_deref(), Some("0123456789"));
        // Replacing a value counts only the new one.
        assert_eq!(store.set("k", "0123456789012345678"), Ok(()));
        store.remove("k");
        assert_eq!(store.keys(), Vec::<String>::new());
    }
}
