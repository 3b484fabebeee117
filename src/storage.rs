//! The one place that names what Sportello keeps in the browser's localStorage.

/// Every localStorage key the app uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageKey {
    /// The UI language chosen by the learner (written by the i18n layer).
    Language,
}

impl StorageKey {
    /// The key as stored.
    pub const fn as_str(self) -> &'static str {
        match self {
            StorageKey::Language => "sportello.language",
        }
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads a raw value, `None` when absent or when storage is unavailable.
pub fn read(key: StorageKey) -> Option<String> {
    local_storage()?.get_item(key.as_str()).ok().flatten()
}
