//! What the app holds: the files that could not be used, the totals exams draw from, the files
//! imported on this device (each removable) and the files shipped with the app.

use crate::catalog::{self, Catalog};
use crate::components::bank_errors::BankErrors;
use crate::components::confirm::ConfirmButton;
use crate::components::labels::section_name;
use crate::components::table_head::table_head;
use crate::pages::practice;
use leptos::html;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::bank::stats::Stats;
use sportello_core::bank::validate::Loaded;
use sportello_core::bank::Bank;
use sportello_core::catalog::{is_for_exams, CatalogFile};
use sportello_core::layout::Layout;
use std::sync::Arc;

/// The result of the last removal.
#[derive(Debug, Clone, PartialEq)]
enum Removal {
    Done(String),
    Failed(String),
}

/// The list of files, refreshed whenever the catalog is.
#[component]
pub fn Files(catalog: LocalResource<Arc<Catalog>>) -> impl IntoView {
    let status = RwSignal::new(None::<Removal>);
    let status_node = NodeRef::<html::Div>::new();
    let remove = Callback::new(move |name: String| {
        match catalog::remove_import(&name) {
            Ok(()) => {
                status.set(Some(Removal::Done(name)));
                catalog.refetch();
            }
            Err(_) => status.set(Some(Removal::Failed(name))),
        }
        // The removed file's controls disappear: keep the focus near, on the result.
        if let Some(el) = status_node.get_untracked() {
            let _ = el.focus();
        }
    });
    view! {
        <section aria-labelledby="teacher-files-title">
            <h2 id="teacher-files-title">{move_tr!("teacher-files-title")}</h2>
            <div tabindex="-1" aria-live="polite" node_ref=status_node>
                {move || {
                    status
                        .get()
                        .map(|s| match s {
                            Removal::Done(file) => {
                                view! {
                                    <p class="notice" data-testid="teacher-removed">
                                        {move_tr!("teacher-removed", { "file" => file.clone() })}
                                    </p>
                                }
                                    .into_any()
                            }
                            Removal::Failed(file) => {
                                view! {
                                    <p class="notice warning">
                                        {move_tr!("teacher-remove-failed", { "file" => file.clone() })}
                                    </p>
                                }
                                    .into_any()
                            }
                        })
                }}
            </div>
            <Transition fallback=|| {
                view! { <p role="status">{move_tr!("loading-banks")}</p> }
            }>
                {move || Suspend::new(async move {
                    let catalog = catalog.await;
                    contents(&catalog, remove)
                })}
            </Transition>
        </section>
    }
}

fn contents(catalog: &Catalog, remove: Callback<String>) -> impl IntoView {
    let files = catalog.files();
    let imported: Vec<_> = files
        .iter()
        .filter(|f| f.imported)
        .map(|f| card(f, Some(remove)))
        .collect();
    let shipped: Vec<_> = files
        .iter()
        .filter(|f| !f.imported)
        .map(|f| card(f, None))
        .collect();
    let shipped_count = shipped.len();
    view! {
        <BankErrors errors=catalog.errors().to_vec() />
        {totals(&Stats::of(catalog.banks()))}
        <h3>{move_tr!("teacher-imported-title")}</h3>
        {if imported.is_empty() {
            view! { <p data-testid="teacher-imported-none">{move_tr!("teacher-imported-none")}</p> }
                .into_any()
        } else {
            view! { <ul class="file-list">{imported}</ul> }.into_any()
        }}
        <h3>{move_tr!("teacher-shipped-title")}</h3>
        <details class="shipped-files">
            <summary>{move_tr!("teacher-shipped-summary", { "count" => shipped_count })}</summary>
            <ul class="file-list">{shipped}</ul>
        </details>
    }
}

/// Tasks and questions per section, over every bank the exams draw from.
fn totals(stats: &Stats) -> impl IntoView {
    let rows = stats
        .sections
        .iter()
        .map(|(&section, count)| {
            view! {
                <tr data-section=section.as_str()>
                    <th scope="row">{section_name(section)}</th>
                    <td>{count.tasks}</td>
                    <td>{count.items}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="totals" data-testid="teacher-totals">
            <caption>{move_tr!("teacher-totals")}</caption>
            {table_head([move_tr!("teacher-col-section"), move_tr!("teacher-col-tasks"), move_tr!("teacher-col-items")])}
            <tbody>{rows}</tbody>
        </table>
    }
}

/// One file: its bank or layout, where it comes from, and a remove control when imported.
fn card(file: &CatalogFile<'_>, remove: Option<Callback<String>>) -> AnyView {
    let name = file.outcome.name.to_string();
    let origin = if file.imported {
        move_tr!("teacher-origin-imported")
    } else {
        move_tr!("teacher-origin-shipped")
    };
    let remove = remove.map(|r| remove_control(name.clone(), r));
    match file.outcome.loaded {
        Loaded::Bank(bank) => bank_card(bank, name, origin, file.imported, remove).into_any(),
        Loaded::Layout(layout) => layout_card(layout, name, origin, remove).into_any(),
        Loaded::Broken => view! {
            <li class="file-card broken" data-testid="teacher-broken" data-file=name.clone()>
                <p class="meta">
                    <span class="badge">{origin}</span>
                    " "
                    <code>{name.clone()}</code>
                </p>
                <p>{move_tr!("teacher-file-broken")}</p>
                {remove}
            </li>
        }
        .into_any(),
    }
}

fn meta(id: &str, file: &str, origin: Signal<String>) -> impl IntoView {
    let (id, file) = (id.to_string(), file.to_string());
    view! {
        <p class="meta">
            <span class="badge">{origin}</span>
            " "
            <span>{move_tr!("teacher-code", { "id" => id.clone() })}</span>
            " · "
            <span>{move_tr!("teacher-file", { "file" => file.clone() })}</span>
        </p>
    }
}

fn bank_card(
    bank: &Bank,
    name: String,
    origin: Signal<String>,
    imported: bool,
    remove: Option<impl IntoView + 'static>,
) -> impl IntoView {
    let stats = Stats::of([bank]);
    let counts = stats
        .sections
        .iter()
        .filter(|(_, c)| c.tasks > 0)
        .map(|(&section, c)| {
            let section = section_name(section);
            let (tasks, items) = (c.tasks, c.items);
            let text = move_tr!("teacher-bank-counts", {
                "section" => section.get(),
                "tasks" => tasks,
                "items" => items,
            });
            view! { <li>{text}</li> }
        })
        .collect_view();
    let template = !is_for_exams(bank);
    view! {
        <li
            class="file-card"
            data-testid="teacher-bank"
            data-bank-id=bank.id.clone()
            data-file=name.clone()
            data-origin=if imported { "imported" } else { "shipped" }
        >
            <h4 lang="it">{bank.title.clone()}</h4>
            {meta(&bank.id, &name, origin)}
            <ul class="counts">{counts}</ul>
            {template.then(|| view! { <p class="hint">{move_tr!("teacher-template-unused")}</p> })}
            {(imported && !template)
                .then(|| {
                    view! {
                        <p>
                            <a
                                href=practice::bank_href(&bank.id)
                                data-testid="teacher-practise-bank"
                            >
                                {move_tr!("teacher-practise-bank")}
                            </a>
                        </p>
                    }
                })}
            {remove}
        </li>
    }
}

fn layout_card(
    layout: &Layout,
    name: String,
    origin: Signal<String>,
    remove: Option<impl IntoView + 'static>,
) -> impl IntoView {
    let pass = layout.pass_mark.to_string();
    let max = layout.max_points().to_string();
    let parts = layout.sections.len();
    let summary = move_tr!("teacher-layout-summary", {
        "parts" => parts,
        "pass" => pass.clone(),
        "max" => max.clone(),
    });
    view! {
        <li
            class="file-card"
            data-testid="teacher-layout"
            data-layout-id=layout.id.clone()
            data-file=name.clone()
        >
            <h4 lang="it">{layout.title.clone()}</h4>
            {meta(&layout.id, &name, origin)}
            <p>{summary}</p>
            {remove}
        </li>
    }
}

/// A remove button that asks first.
fn remove_control(name: String, remove: Callback<String>) -> impl IntoView {
    let label = {
        let name = name.clone();
        move_tr!("teacher-remove-file", { "file" => name.clone() })
    };
    let message = {
        let name = name.clone();
        move_tr!("teacher-remove-confirm", { "file" => name.clone() })
    };
    view! {
        <ConfirmButton
            label=move_tr!("teacher-remove")
            testid="teacher-remove"
            button_class="button"
            class="remove"
            aria_label=label
            stays=true
            message
            confirm_label=move_tr!("teacher-remove")
            on_confirm=Callback::new(move |()| remove.run(name.clone()))
        />
    }
}
