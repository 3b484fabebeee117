//! The learner's preferences, saved on this device and shared through the app as a context.

use crate::storage::{self, StorageKey};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Preferences.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Speech rate of the listening recordings (1.0 is the voice's normal speed).
    pub speech_rate: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            speech_rate: sportello_core::speech_plan::DEFAULT_RATE,
        }
    }
}

/// Loads the preferences and makes them available to the app.
pub fn provide_settings() {
    let settings =
        RwSignal::new(storage::load::<Settings>(StorageKey::Settings).unwrap_or_default());
    provide_context(settings);
}

/// The preferences.
pub fn use_settings() -> RwSignal<Settings> {
    expect_context::<RwSignal<Settings>>()
}

/// Changes and saves the preferences.
pub fn update_settings(change: impl FnOnce(&mut Settings)) {
    let settings = use_settings();
    settings.update(change);
    let _ = storage::save(StorageKey::Settings, &settings.get_untracked());
}
