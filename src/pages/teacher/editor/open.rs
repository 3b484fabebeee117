//! The editor's toolbar: whether the draft is saved in the browser, how many problems it has (all
//! listed), a new bank, a bank opened from a file or from the app's files, the draft it replaced
//! brought back, and the bank downloaded as `.ron`.

use super::super::import::{check_and_save, outcome_view, Outcome};
use super::fields::problem_line;
use super::{saved_text, Ed};
use crate::catalog::{self, Catalog};
use crate::components::bank_errors::diagnostic_text;
use crate::download::Downloads;
use crate::i18n::tr_label;
use crate::pages::practice;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_fluent::move_tr;
use sportello_core::bank::edit::Draft;
use sportello_core::bank::import::{self, Format, Options};
use sportello_core::bank::validate::{Diagnostic, FileKind, Source};
use sportello_core::saved::SaveError;
use std::sync::Arc;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;

/// The draft in the file `name`: a bank file as it is, a GIFT or Moodle XML file converted with
/// the usual options; a file of another kind or with errors gives its located error.
pub(super) fn draft_of(name: &str, bytes: &[u8]) -> Result<Draft, Diagnostic> {
    match Format::of(name, bytes) {
        Format::Ron => Draft::open(name, &String::from_utf8_lossy(bytes)),
        Format::Other(other) => Err(import::not_readable(name, other)),
        format => {
            let conversion = import::convert(name, bytes, format, &Options::default());
            let ron = conversion
                .ron(name)
                .filter(|_| conversion.errors.is_empty());
            match ron {
                Some(ron) => Draft::open(&conversion.file, &ron),
                None => Err((conversion.errors.iter())
                    .chain(&conversion.notes)
                    .next()
                    .cloned()
                    .unwrap_or_else(|| import::not_readable(name, "?"))),
            }
        }
    }
}

/// The bank files of the app (shipped, then imported in this browser), by name and text.
fn app_banks(catalog: &Catalog) -> Vec<(String, String)> {
    let shipped = (catalog.shipped.iter())
        .filter(|(name, bytes)| Source::new(name, bytes).kind() == FileKind::Bank)
        .map(|(name, bytes)| (name.clone(), String::from_utf8_lossy(bytes).into_owned()));
    let imported = catalog::imported_files()
        .into_iter()
        .filter(|f| Source::new(&f.name, &f.text).kind() == FileKind::Bank)
        .map(|f| (f.name, f.text));
    shipped.chain(imported).collect()
}

/// The toolbar.
#[component]
pub(super) fn Toolbar(
    ed: Ed,
    catalog: LocalResource<Arc<Catalog>>,
    downloads: Downloads,
    saved: RwSignal<Result<(), SaveError>>,
) -> impl IntoView {
    let opened_error = RwSignal::new(None::<Diagnostic>);
    let open = move |result: Result<Draft, Diagnostic>| match result {
        Ok(draft) => {
            opened_error.set(None);
            ed.drafts.update(|d| d.replace(draft));
            ed.rebuild(Some("editor-status".to_string()));
        }
        Err(e) => opened_error.set(Some(e)),
    };
    let counts = move || {
        ed.problems.with(|all| {
            let errors = all.iter().filter(|p| p.error).count();
            (errors, all.len() - errors)
        })
    };
    let status = move || {
        let (errors, advice) = counts();
        if errors == 0 {
            move_tr!("editor-ready", { "advice" => advice }).get()
        } else {
            move_tr!("editor-not-ready", { "errors" => errors, "advice" => advice }).get()
        }
    };
    let all_problems = move || {
        ed.problems
            .get()
            .into_iter()
            .map(problem_line)
            .collect_view()
    };
    let download = move |_| {
        let file = ed
            .drafts
            .with_untracked(|d| d.current.as_ref().map(|c| (c.file_name(), c.ron())));
        if let Some((name, ron)) = file {
            downloads.offer(&name, &ron);
        }
    };
    let used = RwSignal::new(None::<Outcome>);
    let practise = RwSignal::new(None::<String>);
    let use_here = move |_| {
        let Some(current) = catalog.get_untracked() else {
            return;
        };
        let file = ed.drafts.with_untracked(|d| {
            (d.current.as_ref()).map(|c| (c.file_name(), c.ron(), c.bank.id.clone()))
        });
        if let Some((name, ron, id)) = file {
            let outcome = check_and_save(&current, name, ron.into_bytes());
            let saved = outcome.saved();
            practise.set(saved.then_some(id));
            used.set(Some(outcome));
            if saved {
                catalog.refetch();
            }
        }
    };
    let file_name = move || {
        ed.drafts
            .with(|d| d.current.as_ref().map(Draft::file_name).unwrap_or_default())
    };
    let previous = move || {
        ed.drafts.with(|d| {
            d.previous.as_ref().map(|p| {
                if p.bank.title.trim().is_empty() {
                    p.bank.id.clone()
                } else {
                    p.bank.title.clone()
                }
            })
        })
    };
    let chosen = RwSignal::new(String::new());
    let open_from_app = move |_| {
        let Some(current) = catalog.get_untracked() else {
            return;
        };
        let banks = app_banks(&current);
        // Nothing chosen yet: the first file, which the list shows.
        let name = chosen.get_untracked();
        let file = (banks.iter()).find(|(n, _)| *n == name).or(banks.first());
        if let Some((name, text)) = file {
            open(Draft::open(name, text));
        }
    };
    let app_options = move || {
        catalog.get().map(|c| {
            app_banks(&c)
                .into_iter()
                .map(|(name, _)| {
                    let value = name.clone();
                    view! { <option value=value>{name}</option> }
                })
                .collect_view()
        })
    };
    view! {
        <div class="editor-toolbar">
            <div id="editor-status" tabindex="-1" role="status" class="editor-status" data-testid="editor-status">
                <p data-testid="editor-saved">{move || saved_text(saved.get()).get()}</p>
                <p data-testid="editor-count">{status}</p>
            </div>
            <details class="editor-all-problems">
                <summary>{tr_label("editor-all-problems")}</summary>
                <ul class="field-problems">{all_problems}</ul>
            </details>
            <p class="editor-actions">
                <button type="button" class="button" data-testid="editor-download" on:click=download>
                    {move || move_tr!("editor-download", { "file" => file_name() }).get()}
                </button>
                <button
                    type="button"
                    class="button secondary"
                    data-testid="editor-use"
                    on:click=use_here
                >
                    {tr_label("editor-use")}
                </button>
                <button
                    type="button"
                    class="button secondary"
                    data-testid="editor-new"
                    on:click=move |_| open(Ok(Draft::new()))
                >
                    {tr_label("editor-new")}
                </button>
            </p>
            <p class="hint">{tr_label("editor-use-help")}</p>
            <div class="import-outcomes" aria-live="polite">
                {move || used.get().map(|o| outcome_view(o, downloads))}
                {move || {
                    practise
                        .get()
                        .map(|id| {
                            view! {
                                <p>
                                    <a href=practice::bank_href(&id) data-testid="editor-practise">
                                        {tr_label("editor-practise")}
                                    </a>
                                </p>
                            }
                        })
                }}
            </div>
            {move || {
                previous()
                    .map(|title| {
                        view! {
                            <p class="notice" data-testid="editor-previous">
                                {move_tr!("editor-previous", { "title" => title.clone() })}
                                " "
                                <button
                                    type="button"
                                    class="small"
                                    data-testid="editor-bring-back"
                                    on:click=move |_| {
                                        ed.drafts.update(|d| d.bring_back());
                                        ed.rebuild(Some("editor-status".to_string()));
                                    }
                                >
                                    {tr_label("editor-bring-back")}
                                </button>
                            </p>
                        }
                    })
            }}
            <details class="editor-open">
                <summary>{tr_label("editor-open")}</summary>
                <p class="hint">{tr_label("editor-open-help")}</p>
                <div class="field">
                    <label for="editor-file">{tr_label("editor-open-file")}</label>
                    <input
                        id="editor-file"
                        type="file"
                        accept=".ron,.gift,.txt,.xml"
                        data-testid="editor-file"
                        on:change=move |ev| {
                            let input = event_target::<HtmlInputElement>(&ev);
                            let Some(file) = input.files().and_then(|l| l.get(0)) else {
                                return;
                            };
                            input.set_value("");
                            spawn_local(async move {
                                let name = file.name();
                                let buffer = JsFuture::from(file.array_buffer()).await;
                                match buffer {
                                    Ok(buffer) => {
                                        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                                        open(draft_of(&name, &bytes));
                                    }
                                    Err(_) => open(Err(import::not_readable(&name, "?"))),
                                }
                            });
                        }
                    />
                </div>
                <div class="field">
                    <label for="editor-app-file">{tr_label("editor-open-app")}</label>
                    <select
                        id="editor-app-file"
                        data-testid="editor-app-file"
                        on:change=move |ev| chosen.set(event_target_value(&ev))
                    >
                        {app_options}
                    </select>
                    <button type="button" class="small" data-testid="editor-open-app" on:click=open_from_app>
                        {tr_label("editor-open-app-button")}
                    </button>
                </div>
            </details>
            {move || {
                opened_error
                    .get()
                    .map(|e| {
                        view! {
                            <div class="notice warning" role="alert" data-testid="editor-open-problem">
                                <p>{tr_label("editor-open-failed")}</p>
                                <p><code>{diagnostic_text(e)}</code></p>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
