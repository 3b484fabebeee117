//! The backup of everything saved on this device: export to a JSON file (documented in
//! `docs/backup-format.md`), import with validation and merge (nothing changes unless all of it
//! can be saved), and deleting everything after a confirmation that first offers the export.

use super::Saved;
use crate::catalog::use_catalog;
use crate::components::confirm::ConfirmButton;
use crate::download::{file_date, Downloads};
use crate::settings::use_settings;
use crate::storage::{self, now_ms, SavedDataChanged};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_fluent::{move_tr, tr};
use sportello_core::layout::Layout;
use sportello_core::saved::backup::{Backup, BackupError, ImportError, MergeReport};
use sportello_core::saved::version::UpgradeError;
use sportello_core::saved::{SaveError, StorageKey};
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;

/// Larger files are refused unread: a full backup is well under the browser's storage quota.
const MAX_BYTES: f64 = 20_000_000.0;

/// What happened to the last file chosen for import.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    /// Merged and saved.
    Imported(MergeReport),
    /// Not a Sportello backup.
    NotABackup,
    /// Made by a newer version of the app.
    Newer,
    /// A backup whose content cannot be read.
    Damaged,
    /// Larger than [`MAX_BYTES`].
    TooBig,
    /// The browser could not read the file.
    Unreadable,
    /// Valid, but it could not be saved.
    NotSaved(SaveError),
}

impl Outcome {
    fn reason(&self) -> &'static str {
        match self {
            Outcome::Imported(_) => "imported",
            Outcome::NotABackup => "not-a-backup",
            Outcome::Newer => "newer",
            Outcome::Damaged => "damaged",
            Outcome::TooBig => "too-big",
            Outcome::Unreadable => "unreadable",
            Outcome::NotSaved(SaveError::Full) => "full",
            Outcome::NotSaved(SaveError::Unavailable) => "unavailable",
        }
    }
}

/// Validates a backup file's text and merges it into what this device holds; `layouts` are
/// the layouts this device knows, to check the maximum of each imported exam.
fn import(text: &str, layouts: &[Layout]) -> Outcome {
    match storage::saved().import_backup(text, layouts) {
        Ok(report) => Outcome::Imported(report),
        Err(ImportError::Refused(BackupError::NotJson(_) | BackupError::NotABackup)) => {
            Outcome::NotABackup
        }
        Err(ImportError::Refused(BackupError::Version(UpgradeError::Newer(_)))) => Outcome::Newer,
        Err(ImportError::Refused(BackupError::Version(_) | BackupError::Content(_))) => {
            Outcome::Damaged
        }
        Err(ImportError::NotSaved(e)) => Outcome::NotSaved(e),
    }
}

/// The message of an import outcome.
fn outcome_message(outcome: &Outcome) -> Signal<String> {
    match outcome.clone() {
        Outcome::Imported(r) => Signal::derive(move || {
            let mut text = tr!("backup-imported", { "count" => r.added });
            if r.updated > 0 {
                text.push(' ');
                text.push_str(&tr!("backup-imported-updated", { "count" => r.updated }));
            }
            if r.files > 0 {
                text.push(' ');
                text.push_str(&tr!("backup-imported-files", { "count" => r.files }));
            }
            if r.results > 0 {
                text.push(' ');
                text.push_str(&tr!("backup-imported-results", { "count" => r.results }));
            }
            if !r.refused.is_empty() {
                text.push(' ');
                text.push_str(&tr!("backup-imported-refused", { "count" => r.refused.len() }));
            }
            text
        }),
        Outcome::NotABackup => move_tr!("backup-not-a-backup"),
        Outcome::Newer => move_tr!("backup-newer"),
        Outcome::Damaged => move_tr!("backup-damaged"),
        Outcome::TooBig => move_tr!("backup-too-big"),
        Outcome::Unreadable => move_tr!("backup-unreadable"),
        Outcome::NotSaved(SaveError::Full) => move_tr!("backup-full"),
        Outcome::NotSaved(SaveError::Unavailable) => move_tr!("backup-unavailable"),
    }
}

/// Export, import and delete-everything.
#[component]
pub(super) fn BackupPanel(saved: Saved) -> impl IntoView {
    let settings = use_settings();
    let changed = expect_context::<SavedDataChanged>();
    let downloads = Downloads::new();
    let owner = StoredValue::new_local(Owner::current().expect("inside the app"));
    // After a change to the saved data, everything the app shows of it is read again.
    let reload = move |files_changed: bool| {
        saved.refresh();
        settings.set(storage::saved().settings());
        changed.notify();
        if files_changed {
            owner.with_value(|o| o.with(|| use_catalog().refetch()));
        }
    };

    let exported = RwSignal::new(None::<(String, bool)>);
    let json_text = RwSignal::new(String::new());
    let export = move |_| {
        let json = Backup::new(storage::saved().gather(), now_ms()).to_json();
        let file = format!("sportello-backup-{}.json", file_date());
        let ok = downloads.offer(&file, &json);
        exported.set(Some((file, ok)));
        json_text.set(json);
    };

    let outcome = RwSignal::new(None::<Outcome>);
    let busy = RwSignal::new(false);
    let on_file = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|l| l.get(0)) else {
            return;
        };
        input.set_value("");
        busy.set(true);
        spawn_local(async move {
            let result = if file.size() > MAX_BYTES {
                Outcome::TooBig
            } else {
                match JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string())
                {
                    Some(text) => {
                        let catalog = owner.with_value(|o| o.with(use_catalog)).await;
                        import(&text, catalog.layouts())
                    }
                    None => Outcome::Unreadable,
                }
            };
            if let Outcome::Imported(report) = &result {
                reload(report.files > 0);
            }
            outcome.set(Some(result));
            busy.set(false);
        });
    };

    let reset_done = RwSignal::new(false);
    let reset = Callback::new(move |()| {
        let saved = storage::saved();
        let had_files = !saved.imported_files().is_empty();
        saved.clear_all(&[StorageKey::Language]);
        outcome.set(None);
        exported.set(None);
        json_text.set(String::new());
        reset_done.set(true);
        reload(had_files);
    });

    view! {
        <section class="backup" aria-labelledby="backup-title">
            <h2 id="backup-title">{move_tr!("backup-title")}</h2>
            <p>{move_tr!("backup-lead")}</p>

            <h3>{move_tr!("backup-export-title")}</h3>
            <button type="button" class="button" data-testid="backup-export" on:click=export>
                {move_tr!("backup-export")}
            </button>
            {move || {
                exported
                    .get()
                    .map(|(file, ok)| {
                        if ok {
                            view! {
                                <p role="status" data-testid="backup-exported">
                                    {move_tr!("backup-exported", { "file" => file.clone() })}
                                </p>
                            }
                            .into_any()
                        } else {
                            view! {
                                <p class="notice warning" role="alert">
                                    {move_tr!("backup-export-failed")}
                                </p>
                            }
                            .into_any()
                        }
                    })
            }}
            <Show when=move || !json_text.with(String::is_empty)>
                <details class="backup-text">
                    <summary>{move_tr!("backup-show-json")}</summary>
                    <label for="backup-json">{move_tr!("backup-json-label")}</label>
                    <textarea
                        id="backup-json"
                        data-testid="backup-json"
                        readonly
                        rows="8"
                        prop:value=move || json_text.get()
                    ></textarea>
                </details>
            </Show>

            <h3>{move_tr!("backup-import-title")}</h3>
            <label for="backup-file">{move_tr!("backup-import-label")}</label>
            <input
                id="backup-file"
                type="file"
                accept=".json,application/json"
                data-testid="backup-file"
                prop:disabled=move || busy.get()
                on:change=on_file
            />
            {move || {
                outcome
                    .get()
                    .map(|o| {
                        let reason = o.reason();
                        let message = outcome_message(&o);
                        if let Outcome::Imported(report) = &o {
                            let refused = report.refused.clone();
                            let count = refused.len();
                            view! {
                                <div
                                    class="notice"
                                    role="status"
                                    data-testid="backup-imported"
                                    data-refused=count
                                >
                                    <p>"✓ " {message}</p>
                                    {(count > 0)
                                        .then(move || {
                                            view! {
                                                <ul class="technical" lang="en" dir="ltr">
                                                    {refused
                                                        .into_iter()
                                                        .map(|r| view! { <li>{format!("{}: {}", r.id, r.reason)}</li> })
                                                        .collect_view()}
                                                </ul>
                                            }
                                        })}
                                </div>
                            }
                            .into_any()
                        } else {
                            view! {
                                <p
                                    class="notice warning"
                                    role="alert"
                                    data-testid="backup-refused"
                                    data-reason=reason
                                >
                                    "✗ "
                                    {message}
                                </p>
                            }
                            .into_any()
                        }
                    })
            }}

            <h3>{move_tr!("backup-reset-title")}</h3>
            <ConfirmButton
                label=move_tr!("backup-reset")
                testid="reset-all"
                button_class="button danger"
                class="reset-ask"
                message=move_tr!("backup-reset-confirm")
                confirm_label=move_tr!("backup-reset-confirm-button")
                on_confirm=reset
                on_ask=Callback::new(move |()| reset_done.set(false))
            >
                <p>{move_tr!("backup-reset-export-first")}</p>
                <button type="button" class="button" data-testid="reset-export" on:click=export>
                    {move_tr!("backup-export")}
                </button>
            </ConfirmButton>
            <Show when=move || reset_done.get()>
                <p class="notice" role="status" data-testid="reset-done">
                    {move_tr!("backup-reset-done")}
                </p>
            </Show>
        </section>
    }
}
