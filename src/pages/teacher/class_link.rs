//! The class link: the teacher's imported banks (all by default) travel in the link itself, with
//! the layout and the exam's code, so that every learner's phone builds the exam from them. A set
//! too long for a link is offered as a class file to send instead.

use crate::catalog::Catalog;
use crate::components::copy_field::{CopyButton, CopyField};
use crate::components::labels::section_name;
use crate::download::Downloads;
use crate::pages::exam::query::ExamQuery;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::bank::validate::Loaded;
use sportello_core::class_link::{ClassSet, SetFile};
use sportello_core::exam::generate;
use std::sync::Arc;

/// One imported file that can go in the set.
#[derive(Clone)]
struct Offer {
    /// The bank's or the layout's id.
    id: String,
    /// Its title, in Italian.
    title: String,
    file: SetFile,
}

/// The imported banks and layouts of this device, as files for a set.
fn offers(catalog: &Catalog) -> (Vec<Offer>, Vec<Offer>) {
    let (mut banks, mut layouts) = (Vec::new(), Vec::new());
    for file in catalog.files().into_iter().filter(|f| f.imported) {
        let name = file.outcome.name;
        let Some(text) = catalog.imported.iter().find(|f| f.name == name) else {
            continue;
        };
        let set_file = SetFile {
            name: name.to_string(),
            text: text.text.clone(),
        };
        match file.outcome.loaded {
            Loaded::Bank(bank) => banks.push(Offer {
                id: bank.id.clone(),
                title: bank.title.clone(),
                file: set_file,
            }),
            Loaded::Layout(layout) => layouts.push(Offer {
                id: layout.id.clone(),
                title: layout.title.clone(),
                file: set_file,
            }),
            Loaded::Broken => {}
        }
    }
    (banks, layouts)
}

/// The teacher's choice of banks, "only the set" or mixed, and the class link or file for the
/// layout `layout` and the code `seed` chosen above.
#[component]
pub fn ClassLink(
    catalog: Arc<Catalog>,
    layout: Memo<String>,
    seed: RwSignal<u64>,
) -> impl IntoView {
    let (banks, layouts) = offers(&catalog);
    let all: Vec<String> = banks.iter().map(|b| b.id.clone()).collect();
    let chosen = RwSignal::new(all);
    // `None` until the teacher chooses: then "only the set" whenever it can fill the layout.
    let only_choice = RwSignal::new(None::<bool>);
    let catalog = StoredValue::new(catalog);
    // Whether the chosen banks alone fill the layout, or the reason they cannot.
    let fills = Memo::new(move |_| {
        let layout = layout.get();
        chosen.with(|ids| {
            catalog.with_value(|c| {
                let Some(layout) = c.layout(&layout) else {
                    return Ok(());
                };
                generate(layout, c.class_tasks(ids, true), seed.get(), |_| false)
                    .map(|_| ())
                    .map_err(|e| (e.section, e.slot + 1, e.items))
            })
        })
    });
    let only = Memo::new(move |_| only_choice.get().unwrap_or(fills.with(Result::is_ok)));
    let offered_banks = banks.clone();
    let set = Memo::new(move |_| {
        let layout = layout.get();
        let mut files: Vec<SetFile> = chosen.with(|ids| {
            offered_banks
                .iter()
                .filter(|b| ids.contains(&b.id))
                .map(|b| b.file.clone())
                .collect()
        });
        files.extend(
            layouts
                .iter()
                .filter(|l| l.id == layout)
                .map(|l| l.file.clone()),
        );
        ClassSet {
            files,
            layout,
            seed: seed.get(),
            only: only.get(),
        }
    });
    let encoded = Memo::new(move |_| set.with(ClassSet::encode));
    let origin = window().location().origin().unwrap_or_default();
    let link = Memo::new(move |_| encoded.with(|e| ClassSet::link(&origin, e)));
    let preview = Memo::new(move |_| {
        set.with(|s| {
            let ids = chosen.get();
            ExamQuery::class(s.seed, &s.layout, &ids, s.only).href()
        })
    });
    let downloads = Downloads::new();
    let boxes = banks
        .into_iter()
        .map(|bank| {
            let id = bank.id.clone();
            let box_id = format!("class-bank-{}", bank.id);
            let label_for = box_id.clone();
            let checked = {
                let id = id.clone();
                move || chosen.with(|ids| ids.contains(&id))
            };
            view! {
                <label class="choice" for=label_for>
                    <input
                        type="checkbox"
                        id=box_id
                        data-testid="class-bank"
                        prop:checked=checked
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            chosen.update(|ids| {
                                ids.retain(|i| *i != id);
                                if on {
                                    ids.push(id.clone());
                                }
                            });
                        }
                    />
                    <span lang="it">{bank.title}</span>
                </label>
            }
        })
        .collect_view();
    let problem = move || {
        let (section, task, items) = fills.get().err()?;
        only.get().then(|| {
            view! {
                <p class="notice warning" role="alert" data-testid="class-problem">
                    {move_tr!("class-cannot-fill", {
                        "section" => section_name(section).get(),
                        "task" => task,
                        "items" => items,
                    })}
                </p>
            }
        })
    };
    let empty = move || chosen.with(Vec::is_empty);
    let usable = move || !empty() && (fills.with(Result::is_ok) || !only.get());
    let fits = move || encoded.with(|e| ClassSet::fits_a_link(e));
    let set_radio = move |value: bool, label: Signal<String>, testid: &'static str| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="class-only"
                    data-testid=testid
                    prop:checked=move || only.get() == value
                    on:change=move |_| only_choice.set(Some(value))
                />
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <section aria-labelledby="class-link-title" class="class-link">
            <h3 id="class-link-title">{move_tr!("class-link-title")}</h3>
            <p>{move_tr!("class-link-help")}</p>
            <fieldset>
                <legend>{move_tr!("class-banks")}</legend>
                {boxes}
            </fieldset>
            <fieldset>
                <legend>{move_tr!("class-mix")}</legend>
                {set_radio(true, move_tr!("class-only"), "class-only")}
                {set_radio(false, move_tr!("class-mixed"), "class-mixed")}
            </fieldset>
            {problem}
            <Show when=empty>
                <p class="notice warning" role="alert">{move_tr!("class-none-chosen")}</p>
            </Show>
            <Show when=move || usable() && fits()>
                <CopyField
                    label=move_tr!("class-link-label")
                    value=link
                    testid="class-link"
                    copy=CopyButton {
                        label: move_tr!("class-copy"),
                        testid: "class-copy",
                        done: move_tr!("class-copied"),
                    }
                    qr=true
                />
                <div class="actions">
                    <a class="button secondary" data-testid="class-preview" href=move || preview.get()>
                        {move_tr!("class-preview")}
                    </a>
                </div>
            </Show>
            <Show when=move || usable() && !fits()>
                <p class="notice">{move_tr!("class-too-long")}</p>
                <div class="actions">
                    <button
                        type="button"
                        class="button"
                        data-testid="class-file"
                        on:click=move |_| {
                            set.with_untracked(|s| downloads.offer(&s.file_name(), &encoded.get_untracked()));
                        }
                    >
                        {move_tr!("class-file")}
                    </button>
                    <a class="button secondary" data-testid="class-preview" href=move || preview.get()>
                        {move_tr!("class-preview")}
                    </a>
                </div>
            </Show>
        </section>
    }
}
