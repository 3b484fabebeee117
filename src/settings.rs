//! The learner's preferences (core's [`Settings`]), loaded once and shared through the app as a
//! context.

use crate::storage;
use leptos::prelude::*;
use sportello_core::settings::Settings;

/// Whether the last change of the preferences could be saved.
#[derive(Clone, Copy)]
pub struct SettingsSaved(pub RwSignal<bool>);

/// Loads the preferences and makes them available to the app.
pub fn provide_settings() {
    provide_context(RwSignal::new(storage::saved().settings()));
    provide_context(SettingsSaved(RwSignal::new(true)));
}

/// The preferences.
pub fn use_settings() -> RwSignal<Settings> {
    expect_context::<RwSignal<Settings>>()
}

/// Changes and saves the preferences. Whether they could be saved is in [`SettingsSaved`]:
/// the change holds for this visit either way.
pub fn update_settings(change: impl FnOnce(&mut Settings)) {
    let settings = use_settings();
    settings.update(change);
    let ok = storage::saved()
        .save_settings(&settings.get_untracked())
        .is_ok();
    expect_context::<SettingsSaved>().0.set(ok);
}
