//! The one place that reads and writes the browser's localStorage: every key in one typed enum,
//! values in a versioned envelope, and unreadable data moved aside (never deleted).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Version of the envelope's `data` layout for every key. Raise it with a migration.
pub const SCHEMA: u32 = 1;

/// Every localStorage key the app uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
}

impl StorageKey {
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
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    schema: u32,
    data: T,
}

/// One piece of saved data that could not be read, kept as it was.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// Why a value could not be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's storage is full.
    Full,
    /// localStorage is missing or blocked (private mode, settings).
    Unavailable,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Milliseconds since the Unix epoch, from the browser clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Reads a raw value, `None` when absent or when storage is unavailable.
pub fn read(key: StorageKey) -> Option<String> {
    local_storage()?.get_item(key.as_str()).ok().flatten()
}

fn write_raw(key: &str, value: &str) -> Result<(), SaveError> {
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

/// Loads a value. Absent → `None`. Unreadable or of an unknown schema → moved aside under the
/// quarantine key (kept, never deleted) and `None`.
pub fn load<T: DeserializeOwned>(key: StorageKey) -> Option<T> {
    let raw = read(key)?;
    match decode::<T>(&raw) {
        Ok(value) => Some(value),
        Err(reason) => {
            quarantine(key, raw, reason);
            None
        }
    }
}

fn decode<T: DeserializeOwned>(raw: &str) -> Result<T, String> {
    let value: Value = serde_json::from_str(raw).map_err(|e| format!("not JSON: {e}"))?;
    let schema = value.get("schema").and_then(Value::as_u64);
    match schema {
        Some(s) if s == u64::from(SCHEMA) => {}
        Some(s) => return Err(format!("saved with schema {s}, this app reads {SCHEMA}")),
        None => return Err("no schema version".to_string()),
    }
    serde_json::from_value::<Envelope<T>>(value)
        .map(|e| e.data)
        .map_err(|e| format!("unexpected content: {e}"))
}

/// Saves a value in the versioned envelope.
pub fn save<T: Serialize>(key: StorageKey, value: &T) -> Result<(), SaveError> {
    let text = serde_json::to_string(&Envelope {
        schema: SCHEMA,
        data: value,
    })
    .expect("app data serializes to JSON");
    write_raw(key.as_str(), &text)
}

/// Removes a key (used only for data that has been moved elsewhere, e.g. a finished attempt).
pub fn remove(key: StorageKey) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key.as_str());
    }
}

/// Everything kept aside so far.
pub fn quarantined() -> Vec<Quarantined> {
    read(StorageKey::Quarantine)
        .and_then(|raw| serde_json::from_str(&raw).ok())
        .unwrap_or_default()
}

/// Moves `raw` aside under the quarantine key, then frees `key`. If the quarantine cannot be
/// written (storage full), the original is left where it was: nothing is ever lost.
fn quarantine(key: StorageKey, raw: String, reason: String) {
    let mut all = quarantined();
    all.push(Quarantined {
        key: key.as_str().to_string(),
        raw,
        reason,
        at_ms: now_ms(),
    });
    let text = serde_json::to_string(&all).expect("quarantine serializes");
    if write_raw(StorageKey::Quarantine.as_str(), &text).is_ok() {
        remove(key);
    }
    ON_QUARANTINE.with(|hook| {
        if let Some(hook) = hook.borrow().as_ref() {
            hook();
        }
    });
}

thread_local! {
    /// Called after data was moved aside (the saved-data notice uses it to show itself).
    static ON_QUARANTINE: std::cell::RefCell<Option<Box<dyn Fn()>>> =
        std::cell::RefCell::new(None);
}

/// Sets what to call whenever unreadable data is moved aside during this page load.
pub fn on_quarantine(hook: impl Fn() + 'static) {
    ON_QUARANTINE.with(|h| *h.borrow_mut() = Some(Box::new(hook)));
}

/// Replaces everything kept aside (after merging a backup's quarantined data).
pub fn save_quarantined(all: &[Quarantined]) -> Result<(), SaveError> {
    let text = serde_json::to_string(all).expect("quarantine serializes");
    write_raw(StorageKey::Quarantine.as_str(), &text)
}

/// Puts back a raw value read earlier with [`read`] (`None`: the key was absent), to undo a
/// change that could be saved only in part.
pub fn restore(key: StorageKey, raw: Option<&str>) {
    match raw {
        Some(raw) => {
            let _ = write_raw(key.as_str(), raw);
        }
        None => remove(key),
    }
}

/// Whether a `storage` event (another tab changed localStorage) touches one of `keys`; a clear
/// of the whole storage touches every key.
pub fn changed_elsewhere(event: &web_sys::StorageEvent, keys: &[StorageKey]) -> bool {
    match event.key() {
        Some(changed) => keys.iter().any(|k| k.as_str() == changed),
        None => true,
    }
}

/// Deletes every key of the app except `keep`.
pub fn clear_all(keep: &[StorageKey]) {
    let Some(storage) = local_storage() else {
        return;
    };
    let len = storage.length().unwrap_or(0);
    let ours: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with("sportello."))
        .filter(|k| !keep.iter().any(|kept| kept.as_str() == k))
        .collect();
    for key in ours {
        let _ = storage.remove_item(&key);
    }
}
