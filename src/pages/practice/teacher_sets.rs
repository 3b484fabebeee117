//! The question sets a teacher sent to this phone (a class link or a class file), on the practice
//! page: each to practise alone, or to remove from the phone after asking.

use crate::catalog::{self, Catalog};
use crate::components::confirm::ConfirmButton;
use leptos::html;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::bank::validate::Loaded;
use std::sync::Arc;

/// One set on this phone: its file, its bank and how many exercises it has.
#[derive(Clone)]
struct Held {
    file: String,
    id: String,
    title: String,
    tasks: usize,
}

/// The imported banks that load, in the order they were kept.
fn held(catalog: &Catalog) -> Vec<Held> {
    catalog
        .files()
        .into_iter()
        .filter(|f| f.imported)
        .filter_map(|f| match f.outcome.loaded {
            Loaded::Bank(bank) => Some(Held {
                file: f.outcome.name.to_string(),
                id: bank.id.clone(),
                title: bank.title.clone(),
                tasks: bank.tasks.len(),
            }),
            _ => None,
        })
        .collect()
}

/// What the last removal did, by the set's title.
#[derive(Clone)]
enum Removal {
    Done(String),
    Failed(String),
}

/// The teacher's sets on this phone, shown when there are some, and what removing one did.
#[component]
pub fn TeacherSets(catalog: LocalResource<Arc<Catalog>>) -> impl IntoView {
    let status = RwSignal::new(None::<Removal>);
    let status_node = NodeRef::<html::P>::new();
    let remove = Callback::new(move |(file, title): (String, String)| {
        match catalog::remove_import(&file) {
            Ok(()) => {
                status.set(Some(Removal::Done(title)));
                catalog.refetch();
            }
            Err(_) => status.set(Some(Removal::Failed(title))),
        }
        // The removed set's controls disappear: the focus goes to what happened.
        if let Some(el) = status_node.get_untracked() {
            let _ = el.focus();
        }
    });
    let said = move || {
        status.get().map(|s| match s {
            Removal::Done(title) => move_tr!("practice-set-removed", { "title" => title.clone() }),
            Removal::Failed(title) => {
                move_tr!("practice-set-remove-failed", { "title" => title.clone() })
            }
        })
    };
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                let sets = held(&*catalog.await);
                (!sets.is_empty()).then(|| view! {
                    <section class="teacher-sets" aria-labelledby="teacher-sets-title">
                        <h2 id="teacher-sets-title">{move_tr!("practice-sets-title")}</h2>
                        <ul class="teacher-set-list">
                            {sets.into_iter().map(|set| set_entry(set, remove)).collect_view()}
                        </ul>
                    </section>
                })
            })}
        </Transition>
        // Outside the list, which is drawn again once a set is removed: the focus stays here.
        <p tabindex="-1" role="status" node_ref=status_node data-testid="practice-set-status">
            {said}
        </p>
    }
}

/// One set: its title and size, "practise" and "remove".
fn set_entry(set: Held, remove: Callback<(String, String)>) -> impl IntoView {
    let Held {
        file,
        id,
        title,
        tasks,
    } = set;
    let practise = super::bank_href(&id);
    let (ask, named) = {
        let (a, b) = (title.clone(), title.clone());
        (
            move_tr!("practice-set-remove-ask", { "title" => a.clone() }),
            move_tr!("practice-set-remove-named", { "title" => b.clone() }),
        )
    };
    let shown_title = title.clone();
    view! {
        <li data-testid="practice-set">
            <p>
                <strong lang="it" dir="ltr">{shown_title}</strong>
                " "
                <span>{move_tr!("class-tasks", { "count" => tasks })}</span>
            </p>
            <div class="actions">
                // A full load: the page reads its link once, when it opens.
                <a class="button secondary" href=practise rel="external" data-testid="practice-set-practise">
                    {move_tr!("practice-set-practise")}
                </a>
                <ConfirmButton
                    label=move_tr!("practice-set-remove")
                    testid="practice-set-remove"
                    button_class="button"
                    class="remove"
                    aria_label=named
                    stays=true
                    message=ask
                    confirm_label=move_tr!("practice-set-remove")
                    on_confirm=Callback::new(move |()| remove.run((file.clone(), title.clone())))
                />
            </div>
        </li>
    }
}
