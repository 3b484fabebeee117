//! `/class`: a class link (or a class file) from the teacher. The set is read from the link's
//! fragment, checked on this phone like any import, kept here under its own names (a new version
//! only after asking), and then the teacher's exam starts from it.

use crate::catalog::{self, use_catalog, Catalog};
use crate::components::bank_errors::BankErrors;
use crate::components::labels::section_name;
use crate::components::page::Page;
use crate::pages::exam::query::ExamQuery;
use crate::pages::practice;
use crate::storage::now_ms;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::class_link::{Arrival, ClassSet, LinkProblem, Refusal};
use std::sync::Arc;
use web_sys::HtmlInputElement;

/// The class page.
#[component]
pub fn Class() -> impl IntoView {
    let catalog = use_catalog();
    let fragment = window().location().hash().unwrap_or_default();
    // The encoded set: the link's fragment, or the text of a class file.
    let source = RwSignal::new((!fragment.trim_start_matches('#').is_empty()).then_some(fragment));
    let open_file = move |ev: leptos::ev::Event| {
        let input = event_target::<HtmlInputElement>(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
            let bytes = buffer
                .map(|b| js_sys::Uint8Array::new(&b).to_vec())
                .unwrap_or_default();
            source.set(Some(String::from_utf8_lossy(&bytes).into_owned()));
        });
    };
    view! {
        <Page class="class" title=move_tr!("class-title") lead=move_tr!("class-lead")>
            <Transition fallback=|| view! { <p role="status">{move_tr!("loading-banks")}</p> }>
                {move || Suspend::new(async move {
                    let device = catalog.await;
                    source.get().map(|text| received(device, text))
                })}
            </Transition>
            <section aria-labelledby="class-file-title">
                <h2 id="class-file-title">{move_tr!("class-open-file")}</h2>
                <label class="form-field">
                    <span>{move_tr!("class-open-file-label")}</span>
                    <input type="file" data-testid="class-file-input" on:change=open_file />
                </label>
            </section>
        </Page>
    }
}

/// What the set in `text` gives on this device: the teacher's questions and the exam, or why not.
fn received(device: Arc<Catalog>, text: String) -> AnyView {
    let set = match ClassSet::decode(&text) {
        Ok(set) => set,
        Err(problem) => {
            let message = match problem {
                LinkProblem::Foreign => move_tr!("class-not-a-set"),
                LinkProblem::NewerFormat(_) => move_tr!("class-newer"),
                LinkProblem::Damaged => move_tr!("class-damaged"),
            };
            return problem_view(message, Vec::new());
        }
    };
    match set.arrive(&device) {
        Ok(arrival) => arrived(device, set, arrival),
        Err(Refusal::Errors(errors)) => problem_view(move_tr!("class-has-errors"), errors),
        Err(Refusal::UnknownLayout(layout)) => problem_view(
            move_tr!("exam-share-unknown-layout", { "layout" => layout.clone() }),
            Vec::new(),
        ),
        Err(Refusal::CannotFill(e)) => {
            let (section, task) = (e.section, e.slot + 1);
            problem_view(
                move_tr!("class-too-small", {
                    "section" => section_name(section).get(),
                    "task" => task,
                }),
                Vec::new(),
            )
        }
    }
}

fn problem_view(
    message: Signal<String>,
    errors: Vec<sportello_core::bank::validate::Diagnostic>,
) -> AnyView {
    view! {
        <p class="notice warning" role="alert" data-testid="share-problem">{message}</p>
        <BankErrors errors />
    }
    .into_any()
}

/// The set checked: its banks, the exam, keeping it on this phone and the start.
fn arrived(device: Arc<Catalog>, set: ClassSet, arrival: Arrival) -> AnyView {
    let catalog = use_catalog();
    let kept = RwSignal::new(arrival.held);
    let failed = RwSignal::new(false);
    let keep = {
        let set = set.clone();
        let arrival = arrival.clone();
        move || {
            let mut files = device.imported.clone();
            set.keep(&arrival, &mut files, now_ms());
            match catalog::save_imported(&files) {
                Ok(()) => {
                    kept.set(true);
                    catalog.refetch();
                }
                Err(_) => failed.set(true),
            }
        }
    };
    // Nothing to ask: kept once the page shows it (held already, it is not saved again).
    let ask = !arrival.differing.is_empty() && !arrival.held;
    if !ask && !arrival.held {
        let keep = keep.clone();
        Effect::new(move |_| keep());
    }
    let banks = arrival
        .banks
        .iter()
        .map(|bank| {
            let authors = bank.authors.join(", ");
            let tasks = bank.tasks.len();
            view! {
                <li data-testid="class-set-bank">
                    <strong lang="it" dir="ltr">{bank.title.clone()}</strong>
                    {(!authors.is_empty()).then(|| view! { " — " <span lang="it" dir="ltr">{authors}</span> })}
                    " · "
                    <span>{move_tr!("class-tasks", { "count" => tasks })}</span>
                </li>
            }
        })
        .collect_view();
    // The banks the link would replace, as text: drawn again each time the question shows.
    let differing: Vec<(String, String, String)> = arrival
        .differing
        .iter()
        .map(|d| {
            (
                d.title.clone(),
                d.held.map_or_else(|| "?".to_string(), |v| v.to_string()),
                d.incoming
                    .map_or_else(|| "?".to_string(), |v| v.to_string()),
            )
        })
        .collect();
    let differing = move || {
        differing
            .iter()
            .map(|(title, held, incoming)| {
                let (title, held, incoming) = (title.clone(), held.clone(), incoming.clone());
                view! {
                    <li>
                        {move_tr!("class-replace-one", {
                            "title" => title.clone(),
                            "held" => held.clone(),
                            "incoming" => incoming.clone(),
                        })}
                    </li>
                }
            })
            .collect_view()
    };
    let start = ExamQuery::class(set.seed, &set.layout, &arrival.bank_ids(), set.only).href();
    // One bank is practised alone; several with the rest.
    let practise = match arrival.banks.as_slice() {
        [bank] => practice::bank_href(&bank.id),
        _ => "/practice".to_string(),
    };
    let layout_title = arrival.layout.title.clone();
    let seed = set.seed.to_string();
    let mix = if set.only {
        move_tr!("class-only-note")
    } else {
        move_tr!("class-mixed-note")
    };
    view! {
        <section aria-labelledby="class-set-title">
            <h2 id="class-set-title">{move_tr!("class-set-title")}</h2>
            <ul class="class-set">{banks}</ul>
            <p>
                {move_tr!("class-exam", { "seed" => seed.clone() })} " "
                <span lang="it" dir="ltr">{layout_title}</span>
            </p>
            <p>{mix}</p>
            <Show when=move || ask && !kept.get()>
                <div class="notice" role="alert">
                    <p>{move_tr!("class-replace")}</p>
                    <ul>{differing.clone()}</ul>
                    <button type="button" class="button" data-testid="class-replace" on:click={
                        let keep = keep.clone();
                        move |_| keep()
                    }>
                        {move_tr!("class-replace-button")}
                    </button>
                </div>
            </Show>
            <Show when=move || failed.get()>
                <p class="notice warning" role="alert">{move_tr!("save-failed")}</p>
            </Show>
            <Show when=move || kept.get()>
                <p role="status" data-testid="class-kept">{move_tr!("class-kept")}</p>
                <p>
                    <a class="button" href=start.clone() data-testid="class-start">
                        {move_tr!("class-start")}
                    </a>
                    " "
                    <a class="button secondary" href=practise.clone()>{move_tr!("class-practise")}</a>
                </p>
            </Show>
        </section>
    }
    .into_any()
}
