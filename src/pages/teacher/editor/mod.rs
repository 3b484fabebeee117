//! `/teacher/editor`: a question bank written in a form. The draft is kept in the browser as it
//! is typed; the validator runs on every change and each problem is shown next to its field;
//! each task has a preview as the exam shows it; the bank is downloaded as a `.ron` file and
//! any bank (a file, a file of the app, a converted Moodle file) can be opened for editing.
//! The bank's own fields and the editor's widgets are in [`fields`], a task and its stimulus in
//! [`task`] and [`stimulus`], the items of every kind in [`item`], the learner's view in
//! [`preview`], and opening, saving and downloading in [`open`].

mod fields;
mod item;
mod open;
mod preview;
mod stimulus;
mod task;

use crate::catalog::use_catalog;
use crate::components::page::Page;
use crate::download::Downloads;
use crate::i18n::tr_label;
use crate::storage;
use leptos::either::Either;
use leptos::prelude::*;
use sportello_core::bank::edit::{Draft, Drafts};
use sportello_core::bank::validate::{FieldProblem, FileKind, Source};
use sportello_core::bank::{Bank, Item, Question, Section, Task};
use sportello_core::saved::{SaveError, StorageKey};

/// The editor's state, shared by its parts.
#[derive(Clone, Copy)]
pub(super) struct Ed {
    drafts: RwSignal<Drafts>,
    /// Bumped when the form must be built again: a task, item, option… added or removed, a kind
    /// changed, another bank opened. Typing changes the draft only.
    generation: RwSignal<u64>,
    /// The draft's problems, by the field that shows them.
    problems: Memo<Vec<FieldProblem>>,
}

impl Ed {
    /// The draft's bank as it is now (read once, when the form is built).
    fn bank(self) -> Bank {
        self.drafts
            .with_untracked(|d| d.current.clone().unwrap_or_default().bank)
    }

    /// Changes the draft without building the form again (typing, a choice).
    fn edit(self, change: impl FnOnce(&mut Bank)) {
        self.drafts.update(|d| {
            if let Some(draft) = &mut d.current {
                change(&mut draft.bank);
            }
        });
    }

    /// Changes the draft and builds the form again, then moves the focus to the element with the
    /// id `focus` (the field just added, or the button that stays).
    fn restructure(self, change: impl FnOnce(&mut Draft), focus: Option<String>) {
        self.drafts.update(|d| {
            if let Some(draft) = &mut d.current {
                change(draft);
            }
        });
        self.rebuild(focus);
    }

    /// Builds the form again and focuses `focus` once it is there.
    fn rebuild(self, focus: Option<String>) {
        self.generation.update(|g| *g += 1);
        if let Some(id) = focus {
            request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(&id) {
                    use wasm_bindgen::JsCast;
                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
            });
        }
    }

    /// Changes task `i` (nothing when it is gone).
    fn task(self, i: usize, change: impl FnOnce(&mut Task)) {
        self.edit(|b| {
            if let Some(t) = b.tasks.get_mut(i) {
                change(t);
            }
        });
    }

    /// Changes item `j` of task `i`.
    fn item(self, i: usize, j: usize, change: impl FnOnce(&mut Item)) {
        self.task(i, |t| {
            if let Some(item) = t.items.get_mut(j) {
                change(item);
            }
        });
    }

    /// Changes the question of item `j` of task `i`.
    fn question(self, i: usize, j: usize, change: impl FnOnce(&mut Question)) {
        self.item(i, j, |item| change(&mut item.question));
    }

    /// Whether the field at `anchor` has an error now.
    fn has_error(self, anchor: &str) -> bool {
        self.problems
            .with(|all| all.iter().any(|p| p.error && p.path == anchor))
    }
}

/// The drafts saved in this browser, with a draft to write in.
fn load_drafts() -> Drafts {
    let mut drafts = storage::saved()
        .load_as(StorageKey::EditorDrafts, Drafts::from_saved)
        .unwrap_or_default();
    if drafts.current.is_none() {
        drafts.current = Some(Draft::new());
    }
    drafts
}

/// Puts `draft` in the editor (the draft there is kept as the previous one) for the editor page
/// to open.
pub fn send_to_editor(draft: Draft) -> Result<(), SaveError> {
    let mut drafts = load_drafts();
    drafts.replace(draft);
    storage::saved().save(StorageKey::EditorDrafts, &drafts.to_saved())
}

/// The editor page.
#[component]
pub fn Editor() -> impl IntoView {
    let catalog = use_catalog();
    let drafts = RwSignal::new(load_drafts());
    let problems = Memo::new(move |_| {
        let catalog = catalog.get();
        let layouts: Vec<Source<'_>> = catalog
            .iter()
            .flat_map(|c| c.shipped.iter())
            .map(|(name, bytes)| Source::new(name, bytes))
            .filter(|s| s.kind() == FileKind::Layout)
            .collect();
        drafts.with(|d| {
            d.current
                .as_ref()
                .map(|draft| draft.check(&layouts))
                .unwrap_or_default()
        })
    });
    let ed = Ed {
        drafts,
        generation: RwSignal::new(0),
        problems,
    };
    let saved = RwSignal::new(Ok(()));
    Effect::new(move |_| {
        let result =
            drafts.with(|d| storage::saved().save(StorageKey::EditorDrafts, &d.to_saved()));
        saved.set(result);
    });
    let downloads = Downloads::new();
    let form = move || {
        let generation = ed.generation.get();
        let bank = ed.bank();
        let form = view! {
            {fields::bank_fields(ed, &bank)}
            <div class="editor-tasks">
                {bank
                    .tasks
                    .iter()
                    .enumerate()
                    .map(|(i, t)| task::task_view(ed, i, t, bank.tasks.len()))
                    .collect_view()}
            </div>
        };
        anew(generation, form)
    };
    let add_task = move |section: Section| {
        let focus = ed.drafts.with_untracked(|d| {
            let n = d.current.as_ref().map_or(0, |c| c.bank.tasks.len());
            format!("task-{n}")
        });
        ed.restructure(
            |d| {
                d.add_task(section);
            },
            Some(focus),
        );
    };
    let add_buttons = Section::ALL
        .into_iter()
        .map(|section| {
            let label = match section {
                Section::Listening => tr_label("editor-add-listening"),
                Section::Reading => tr_label("editor-add-reading"),
                Section::Writing => tr_label("editor-add-writing"),
            };
            view! {
                <button
                    type="button"
                    class="button"
                    id=(section == Section::Listening).then_some("editor-add")
                    data-testid=format!("editor-add-{}", section.as_str())
                    on:click=move |_| add_task(section)
                >
                    {label}
                </button>
            }
        })
        .collect_view();
    view! {
        <Page class="teacher editor" title=tr_label("editor-title") lead=tr_label("editor-lead")>
            <p>
                <a href="/teacher">{tr_label("editor-back")}</a>
            </p>
            <open::Toolbar ed catalog downloads saved />
            <form class="editor-form" on:submit=|ev| ev.prevent_default()>
                {form}
            </form>
            <div class="editor-add" role="group" aria-label=tr_label("editor-add-label")>
                {add_buttons}
            </div>
        </Page>
    }
}

/// The form of `generation`, built anew rather than diffed with the one before: a diff keeps the
/// browser's own state of each control (a tick given, a text typed) on the element at the same
/// place, so after an option is removed the tick and the texts would stay where the option was.
/// The two sides of an `Either` are never diffed with each other.
fn anew<V>(generation: u64, form: V) -> Either<V, V> {
    if generation.is_multiple_of(2) {
        Either::Left(form)
    } else {
        Either::Right(form)
    }
}

/// What saving the draft in the browser gave, in words.
fn saved_text(result: Result<(), SaveError>) -> Signal<String> {
    match result {
        Ok(()) => tr_label("editor-saved"),
        Err(SaveError::Full) => tr_label("editor-save-full"),
        Err(SaveError::Unavailable) => tr_label("editor-save-unavailable"),
    }
}
