//! Importing a `.ron` file, chosen with a file input or dropped on a box: it is checked with the
//! shipped and the other imported files by the same validator, and saved only without errors.
//! A GIFT or Moodle XML file is first converted into a bank (`bank::import`), grouped into tasks
//! as the teacher chose, and the result is imported the same way and offered as a `.ron` file.

use super::editor::send_to_editor;
use crate::catalog::{self, Catalog, ImportedFile};
use crate::components::bank_errors::diagnostic_text;
use crate::components::labels::topic_options;
use crate::download::Downloads;
use crate::storage::now_ms;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_fluent::move_tr;
use leptos_router::hooks::use_navigate;
use sportello_core::bank::edit::Draft;
use sportello_core::bank::import::{self, Conversion, Format, Options};
use sportello_core::bank::validate::{self, Diagnostic, Source};
use sportello_core::bank::Topic;
use sportello_core::catalog::add_import;
use sportello_core::saved::SaveError;
use std::collections::HashSet;
use std::sync::Arc;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, File, FileList, HtmlInputElement};

/// Larger files are refused unread: the shipped banks are about 20 kB each.
const MAX_BYTES: f64 = 1_000_000.0;

/// What happened to one file.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Outcome {
    /// Saved; `replaced` when an earlier import had the same name.
    Imported {
        file: String,
        replaced: bool,
        warnings: Vec<Diagnostic>,
    },
    /// Not saved: the validator found errors.
    Refused {
        file: String,
        errors: Vec<Diagnostic>,
        warnings: Vec<Diagnostic>,
    },
    /// Valid, but the browser would not store it.
    NotSaved { file: String, error: SaveError },
    /// A shipped file has the same name.
    NameTaken { file: String },
    /// Larger than [`MAX_BYTES`].
    TooBig { file: String },
    /// The browser could not read it.
    Unreadable { file: String },
    /// A GIFT or Moodle XML file converted into the bank `ron` (a file named `conversion.file`),
    /// which was then imported (or not) as `then` says.
    Converted {
        from: String,
        conversion: Conversion,
        ron: String,
        then: Box<Outcome>,
    },
    /// A GIFT or Moodle XML file that gave no bank: broken, or no question could be converted.
    NotConverted {
        from: String,
        conversion: Conversion,
    },
}

/// What importing the file `name` gives: a RON file is checked and saved; a GIFT or Moodle XML
/// file is converted with `options` first; a file in another format is refused with a message
/// naming the formats read.
fn import_file(catalog: &Catalog, name: String, bytes: Vec<u8>, options: &Options) -> Outcome {
    let format = Format::of(&name, &bytes);
    match format {
        Format::Ron => check_and_save(catalog, name, bytes),
        Format::Other(other) => Outcome::Refused {
            errors: vec![import::not_readable(&name, other)],
            warnings: Vec::new(),
            file: name,
        },
        Format::Gift | Format::MoodleXml => {
            let conversion = import::convert(&name, &bytes, format, options);
            match conversion.ron(&name) {
                Some(ron) if conversion.errors.is_empty() => {
                    let then = check_and_save(catalog, conversion.file.clone(), ron.clone().into());
                    Outcome::Converted {
                        from: name,
                        conversion,
                        ron,
                        then: Box::new(then),
                    }
                }
                _ => Outcome::NotConverted {
                    from: name,
                    conversion,
                },
            }
        }
    }
}

/// Checks the file `name` with the shipped files and the other saved imports (an earlier import
/// with the same name is left out: this one replaces it), and saves it when nothing is wrong.
/// Errors are those of the file itself and any new one it causes in other files.
pub(super) fn check_and_save(catalog: &Catalog, name: String, bytes: Vec<u8>) -> Outcome {
    if catalog.is_shipped(&name) {
        return Outcome::NameTaken { file: name };
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            // Not UTF-8: only the file itself can say where.
            let bytes = e.into_bytes();
            let report = validate::check(&[Source::new(&name, &bytes)]);
            return Outcome::Refused {
                errors: report.errors().to_vec(),
                warnings: Vec::new(),
                file: name,
            };
        }
    };
    let file = ImportedFile {
        name: name.clone(),
        text,
        imported_at_ms: now_ms(),
    };
    let mut imported = catalog::imported_files();
    add_import(&mut imported, file.clone());
    let checked = Catalog::build(catalog.shipped.clone(), imported);
    let known: HashSet<String> = catalog.errors().iter().map(ToString::to_string).collect();
    let errors: Vec<Diagnostic> = checked
        .errors()
        .iter()
        .filter(|d| d.file == name || !known.contains(&d.to_string()))
        .cloned()
        .collect();
    let warnings: Vec<Diagnostic> = (checked.report.warnings().iter())
        .filter(|d| d.file == name)
        .cloned()
        .collect();
    if !errors.is_empty() {
        return Outcome::Refused {
            file: name,
            errors,
            warnings,
        };
    }
    match catalog::save_import(file) {
        Ok(replaced) => Outcome::Imported {
            file: name,
            replaced,
            warnings,
        },
        Err(error) => Outcome::NotSaved { file: name, error },
    }
}

fn files_in(list: Option<FileList>) -> Vec<File> {
    list.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
        .unwrap_or_default()
}

async fn read(file: &File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The file input, the drop box and what happened to the last files.
#[component]
pub fn Import(catalog: LocalResource<Arc<Catalog>>) -> impl IntoView {
    let outcomes = RwSignal::new(Vec::<Outcome>::new());
    let topic = RwSignal::new(Options::default().topic);
    let items = RwSignal::new(Options::default().items_per_task);
    let downloads = Downloads::new();
    let busy = RwSignal::new(false);
    let dragging = RwSignal::new(false);
    let import = move |files: Vec<File>| {
        let Some(current) = catalog.get_untracked() else {
            return;
        };
        if files.is_empty() || busy.get_untracked() {
            return;
        }
        busy.set(true);
        let options = Options {
            topic: topic.get_untracked(),
            items_per_task: items.get_untracked(),
        };
        spawn_local(async move {
            let mut results = Vec::new();
            for file in files {
                let name = file.name();
                let outcome = if file.size() > MAX_BYTES {
                    Outcome::TooBig { file: name }
                } else {
                    match read(&file).await {
                        Some(bytes) => import_file(&current, name, bytes, &options),
                        None => Outcome::Unreadable { file: name },
                    }
                };
                results.push(outcome);
            }
            let changed = results.iter().any(Outcome::saved);
            outcomes.set(results);
            busy.set(false);
            if changed {
                catalog.refetch();
            }
        });
    };
    view! {
        <section aria-labelledby="teacher-import-title">
            <h2 id="teacher-import-title">{move_tr!("teacher-import-title")}</h2>
            <p>{move_tr!("teacher-import-help")}</p>
            <fieldset class="convert-options">
                <legend>{move_tr!("teacher-convert-legend")}</legend>
                <p class="hint">{move_tr!("teacher-convert-help")}</p>
                <div class="field">
                    <label for="teacher-convert-topic">{move_tr!("teacher-convert-topic")}</label>
                    <select
                        id="teacher-convert-topic"
                        data-testid="teacher-convert-topic"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            if let Some(t) = Topic::named(&value) {
                                topic.set(t);
                            }
                        }
                    >
                        {topic_options(move |t| topic.get() == t)}
                    </select>
                </div>
                <div class="field">
                    <label for="teacher-convert-items">{move_tr!("teacher-convert-items")}</label>
                    <input
                        id="teacher-convert-items"
                        type="number"
                        inputmode="numeric"
                        min="1"
                        max="20"
                        data-testid="teacher-convert-items"
                        prop:value=move || items.get().to_string()
                        on:change=move |ev| {
                            let n = event_target_value(&ev).trim().parse::<usize>().ok();
                            items.set(
                                n.filter(|n| (1..=20).contains(n))
                                    .unwrap_or(import::DEFAULT_ITEMS_PER_TASK),
                            );
                        }
                    />
                </div>
            </fieldset>
            <div
                class="drop-zone"
                data-testid="teacher-drop"
                class:dragging=move || dragging.get()
                on:dragover=move |ev: DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=move |ev: DragEvent| {
                    ev.prevent_default();
                    dragging.set(false);
                    import(files_in(ev.data_transfer().and_then(|d| d.files())));
                }
            >
                <label for="teacher-file" class="file-label">
                    {move_tr!("teacher-import-choose")}
                </label>
                <input
                    id="teacher-file"
                    type="file"
                    accept=".ron,.gift,.txt,.xml"
                    multiple
                    data-testid="teacher-file"
                    // While files are checked the input stays enabled (a disabled input would
                    // drop the keyboard focus) and `import` ignores a new choice.
                    disabled=move || catalog.with(Option::is_none)
                    aria-disabled=move || busy.get().to_string()
                    on:change=move |ev| {
                        let input = event_target::<HtmlInputElement>(&ev);
                        let files = files_in(input.files());
                        // Cleared so that choosing the same file again, once fixed, imports it.
                        input.set_value("");
                        import(files);
                    }
                />
                <p class="hint">{move_tr!("teacher-import-drop")}</p>
            </div>
            <div class="import-outcomes" aria-live="polite">
                <Show when=move || busy.get()>
                    <p>{move_tr!("teacher-import-checking")}</p>
                </Show>
                {move || {
                    outcomes
                        .get()
                        .into_iter()
                        .map(|o| outcome_view(o, downloads))
                        .collect_view()
                }}
            </div>
        </section>
    }
}

fn diagnostics(found: Vec<Diagnostic>, testid: &'static str) -> impl IntoView {
    view! {
        <ul class="diagnostics" data-testid=testid>
            {found
                .into_iter()
                .map(|d| view! { <li><code>{diagnostic_text(d)}</code></li> })
                .collect_view()}
        </ul>
    }
}

fn warnings_view(file: &str, warnings: Vec<Diagnostic>) -> Option<impl IntoView> {
    let file = file.to_string();
    (!warnings.is_empty()).then(|| {
        view! {
            <p>{move_tr!("teacher-warnings-lead", { "file" => file.clone() })}</p>
            {diagnostics(warnings, "teacher-warnings")}
        }
    })
}

impl Outcome {
    /// Whether a file was saved (the catalog must be built again).
    pub(super) fn saved(&self) -> bool {
        match self {
            Outcome::Imported { .. } => true,
            Outcome::Converted { then, .. } => then.saved(),
            _ => false,
        }
    }
}

/// The questions a conversion left out, and advice on the others.
fn notes_view(c: &Conversion) -> Option<impl IntoView> {
    (!c.notes.is_empty()).then(|| {
        view! {
            <p>{move_tr!("teacher-convert-notes")}</p>
            {diagnostics(c.notes.clone(), "teacher-convert-notes")}
        }
    })
}

/// What a conversion gave and left out, and the converted file to download.
fn conversion_view(
    from: String,
    c: &Conversion,
    ron: String,
    downloads: Downloads,
) -> impl IntoView {
    let (converted, found, file) = (c.converted, c.found, c.file.clone());
    let summary = move_tr!("teacher-converted", {
        "from" => from.clone(),
        "converted" => converted,
        "found" => found,
        "file" => file.clone(),
    });
    let notes = notes_view(c);
    let file = c.file.clone();
    let label = {
        let file = file.clone();
        move_tr!("teacher-convert-download", { "file" => file.clone() })
    };
    let edit_failed = RwSignal::new(false);
    let edit = {
        let (file, ron) = (file.clone(), ron.clone());
        move |_| {
            let sent = Draft::open(&file, &ron).ok().map(send_to_editor);
            match sent {
                Some(Ok(())) => use_navigate()("/teacher/editor", Default::default()),
                _ => edit_failed.set(true),
            }
        }
    };
    let download = view! {
        <p class="convert-actions">
            <button
                type="button"
                class="button"
                data-testid="teacher-convert-download"
                on:click=move |_| {
                    downloads.offer(&file, &ron);
                }
            >
                {label}
            </button>
            " "
            <button type="button" class="button secondary" data-testid="teacher-convert-edit" on:click=edit>
                {move_tr!("teacher-convert-edit")}
            </button>
        </p>
        <Show when=move || edit_failed.get()>
            <p class="notice warning">{move_tr!("teacher-convert-edit-failed")}</p>
        </Show>
    };
    view! {
        <p data-testid="teacher-converted">{summary}</p>
        {notes}
        {download}
    }
}

pub(super) fn outcome_view(outcome: Outcome, downloads: Downloads) -> AnyView {
    match outcome {
        Outcome::Converted {
            from,
            conversion,
            ron,
            then,
        } => view! {
            <div class="conversion">
                {conversion_view(from, &conversion, ron, downloads)}
                {outcome_view(*then, downloads)}
            </div>
        }
        .into_any(),
        Outcome::NotConverted { from, conversion } => view! {
            <div class="notice warning" data-testid="teacher-refused">
                <p>{move_tr!("teacher-convert-failed", { "file" => from.clone() })}</p>
                {diagnostics(conversion.errors.clone(), "teacher-errors")}
                {notes_view(&conversion)}
            </div>
        }
        .into_any(),
        Outcome::Imported {
            file,
            replaced,
            warnings,
        } => {
            let more = warnings_view(&file, warnings);
            let message = if replaced {
                move_tr!("teacher-replaced", { "file" => file.clone() })
            } else {
                move_tr!("teacher-imported", { "file" => file.clone() })
            };
            view! {
                <div class="notice" data-testid="teacher-imported">
                    <p>{message}</p>
                    {more}
                </div>
            }
            .into_any()
        }
        Outcome::Refused {
            file,
            errors,
            warnings,
        } => {
            let more = warnings_view(&file, warnings);
            view! {
                <div class="notice warning" data-testid="teacher-refused">
                    <p>{move_tr!("teacher-refused", { "file" => file.clone() })}</p>
                    {diagnostics(errors, "teacher-errors")}
                    {more}
                </div>
            }
            .into_any()
        }
        Outcome::NotSaved { file, error } => {
            let message = match error {
                SaveError::Full => move_tr!("teacher-save-full", { "file" => file.clone() }),
                SaveError::Unavailable => {
                    move_tr!("teacher-save-unavailable", { "file" => file.clone() })
                }
            };
            problem(message)
        }
        Outcome::NameTaken { file } => {
            problem(move_tr!("teacher-name-taken", { "file" => file.clone() }))
        }
        Outcome::TooBig { file } => {
            problem(move_tr!("teacher-too-big", { "file" => file.clone() }))
        }
        Outcome::Unreadable { file } => {
            problem(move_tr!("teacher-unreadable", { "file" => file.clone() }))
        }
    }
}

fn problem(message: Signal<String>) -> AnyView {
    view! { <p class="notice warning" data-testid="teacher-import-problem">{message}</p> }
        .into_any()
}
