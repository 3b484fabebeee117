//! One task in the editor: its section, topic, code and instructions (with translations), its
//! stimulus, its items, a preview as the exam shows it, and buttons to move or remove it.

use super::fields::{field_id, problems, small_button, text_field, translations_field, Look};
use super::{item, preview, stimulus, Ed};
use crate::components::labels::{kind_name, section_name, topic_options};
use crate::i18n::tr_label;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::bank::edit::first_kind;
use sportello_core::bank::{ItemKind, Section, Task, Topic};

/// The task at position `i` of `count`, as it was when the form was built.
pub(super) fn task_view(ed: Ed, i: usize, task: &Task, count: usize) -> impl IntoView {
    let path = format!("tasks/{i}");
    let heading_id = format!("task-{i}-heading");
    let labelled = heading_id.clone();
    let number = i + 1;
    let section = task.section;
    let section_id = field_id(&format!("{path}/section"));
    let topic_id = field_id(&format!("{path}/topic"));
    let items = task
        .items
        .iter()
        .enumerate()
        .map(|(j, it)| item::item_view(ed, i, j, it, section))
        .collect_view();
    let next_kind = RwSignal::new(
        task.items
            .last()
            .map_or(first_kind(section), |it| it.question.kind()),
    );
    let kind_id = format!("task-{i}-new-kind");
    let add_item = move || {
        let kind = next_kind.get_untracked();
        let focus = ed.drafts.with_untracked(|d| {
            let n = (d.current.as_ref())
                .and_then(|c| c.bank.tasks.get(i))
                .map_or(0, |t| t.items.len());
            format!("item-{i}-{n}")
        });
        ed.restructure(
            |d| {
                d.add_item(i, kind);
            },
            Some(focus),
        );
    };
    let moves = view! {
        <div class="task-tools">
            {(i > 0)
                .then(|| {
                    small_button(
                        tr_label("editor-task-up"),
                        "editor-task-up",
                        Some(format!("task-{i}-up")),
                        move || ed.restructure(|d| d.move_task(i, -1), Some(format!("task-{}", i - 1))),
                    )
                })}
            {(i + 1 < count)
                .then(|| {
                    small_button(
                        tr_label("editor-task-down"),
                        "editor-task-down",
                        Some(format!("task-{i}-down")),
                        move || ed.restructure(|d| d.move_task(i, 1), Some(format!("task-{}", i + 1))),
                    )
                })}
            {small_button(
                tr_label("editor-task-remove"),
                "editor-task-remove",
                None,
                move || {
                    ed.restructure(
                        |d| {
                            d.bank.tasks.remove(i);
                        },
                        Some("editor-add".to_string()),
                    )
                },
            )}
        </div>
    };
    view! {
        <section class="editor-task" id=format!("task-{i}") tabindex="-1" aria-labelledby=labelled data-testid="editor-task">
            <h2 id=heading_id>
                {move_tr!("editor-task-heading", { "n" => number })}
                " · "
                {section_name(section)}
            </h2>
            {moves}
            {problems(ed, path.clone())}
            <div class="field-row">
                <div class="field">
                    <label for=section_id.clone()>{tr_label("editor-task-section")}</label>
                    <select
                        id=section_id
                        data-testid="editor-task-section"
                        on:change=move |ev| {
                            let chosen = Section::named(&event_target_value(&ev));
                            if let Some(s) = chosen {
                                ed.restructure(|d| {
                                    if let Some(t) = d.bank.tasks.get_mut(i) {
                                        t.section = s;
                                    }
                                }, Some(format!("ed-tasks-{i}-section")));
                            }
                        }
                    >
                        {Section::ALL
                            .into_iter()
                            .map(|s| {
                                view! {
                                    <option value=s.as_str() selected=s == section>
                                        {section_name(s)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=topic_id.clone()>{tr_label("editor-task-topic")}</label>
                    <select
                        id=topic_id
                        on:change=move |ev| {
                            if let Some(topic) = Topic::named(&event_target_value(&ev)) {
                                ed.task(i, |t| t.topic = topic);
                            }
                        }
                    >
                        {
                            let topic = task.topic;
                            topic_options(move |t| t == topic)
                        }
                    </select>
                </div>
            </div>
            {text_field(ed, &format!("{path}/id"), tr_label("editor-task-id"), task.id.clone(), Look::Code, move |b, v| {
                if let Some(t) = b.tasks.get_mut(i) {
                    t.id = v;
                }
            })}
            {text_field(ed, &format!("{path}/instructions"), tr_label("editor-task-instructions"), task.instructions.clone(), Look::Area, move |b, v| {
                if let Some(t) = b.tasks.get_mut(i) {
                    t.instructions = v;
                }
            })}
            {translations_field(
                ed,
                &format!("{path}/instructions_tr"),
                tr_label("editor-task-instructions-tr"),
                &task.instructions_tr,
                move |b| b.tasks.get_mut(i).map(|t| &mut t.instructions_tr),
            )}
            {stimulus::stimulus_view(ed, &format!("{path}/stimulus"), &task.stimulus, section, move |b| {
                b.tasks.get_mut(i).map(|t| &mut t.stimulus)
            })}
            <div class="editor-items">
                {problems(ed, format!("{path}/items"))}
                {items}
            </div>
            <div class="editor-add-item">
                <label for=kind_id.clone()>{tr_label("editor-item-new-kind")}</label>
                <select
                    id=kind_id
                    data-testid="editor-new-kind"
                    on:change=move |ev| {
                        if let Some(k) = ItemKind::named(&event_target_value(&ev)) {
                            next_kind.set(k);
                        }
                    }
                >
                    {ItemKind::ALL
                        .into_iter()
                        .map(|k| view! {
                            <option value=k.as_str() selected=move || next_kind.get() == k>
                                {kind_name(k)}
                            </option>
                        })
                        .collect_view()}
                </select>
                {small_button(tr_label("editor-item-add"), "editor-item-add", Some(format!("task-{i}-add-item")), add_item)}
            </div>
            {preview::preview_view(ed, i)}
        </section>
    }
}
