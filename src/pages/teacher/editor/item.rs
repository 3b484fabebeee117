//! One item in the editor: its kind, its question in the fields that kind has (the right answer
//! chosen by clicking: a radio or a checkbox beside each option), its explanation with
//! translations, and optionally its own short text or recording.

use super::fields::{
    field_id, number_field, problems, small_button, text_field, translations_field, Look,
};
use super::{stimulus, Ed};
use crate::components::labels::kind_name;
use crate::i18n::tr_label;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::bank::edit::{
    new_form_field, options_mut, remove_option, right_options, set_gap_choice, set_right,
};
use sportello_core::bank::{
    Bank, Content, FieldKind, FormField, Gap, Item, ItemKind, Question, Section, Stimulus,
};

/// The question of item `j` of task `i` in `b`.
fn question_in(b: &mut Bank, i: usize, j: usize) -> Option<&mut Question> {
    b.tasks
        .get_mut(i)?
        .items
        .get_mut(j)
        .map(|it| &mut it.question)
}

/// Where this item is: task `i`, item `j`, and the path of its question.
#[derive(Clone, Copy)]
struct Here {
    ed: Ed,
    i: usize,
    j: usize,
}

impl Here {
    fn path(self, rest: &str) -> String {
        format!("tasks/{}/items/{}/question/{rest}", self.i, self.j)
    }

    /// A text field for a text of the question that `get` finds.
    fn text(
        self,
        rest: &str,
        label: Signal<String>,
        value: String,
        look: Look,
        get: impl Fn(&mut Question) -> Option<&mut String> + Send + Sync + 'static,
    ) -> impl IntoView {
        let Here { ed, i, j } = self;
        text_field(ed, &self.path(rest), label, value, look, move |b, v| {
            if let Some(text) = question_in(b, i, j).and_then(&get) {
                *text = v;
            }
        })
    }

    /// Changes the question and builds the form again, focusing the element `focus`.
    fn restructure(self, change: impl FnOnce(&mut Question), focus: Option<String>) {
        let Here { ed, i, j } = self;
        ed.restructure(
            |d| {
                if let Some(q) = question_in(&mut d.bank, i, j) {
                    change(q);
                }
            },
            focus,
        );
    }
}

/// A list of texts (`options`, `points`, `extra`, accepted answers) with add and remove buttons;
/// `right` puts a radio or a checkbox for the right answer beside each.
fn text_list(
    here: Here,
    rest: &'static str,
    legend: Signal<String>,
    texts: &[String],
    right: Option<(bool, Vec<usize>)>,
    get: fn(&mut Question) -> Option<&mut Vec<String>>,
) -> impl IntoView {
    let name = field_id(&here.path(rest));
    let add_id = format!("{name}-add");
    let marked = right.is_some();
    let rows = texts
        .iter()
        .enumerate()
        .map(|(k, text)| {
            let name = name.clone();
            let add_id = add_id.clone();
            let n = k + 1;
            let label = move_tr!("editor-list-entry", { "n" => n });
            let field = here.text(&format!("{rest}/{k}"), label, text.clone(), Look::Line, move |q| {
                get(q).and_then(|list| list.get_mut(k))
            });
            let mark = right.as_ref().map(|(many, rights)| {
                let checked = rights.contains(&k);
                let many = *many;
                let box_id = format!("{name}-{k}-right");
                let input = if many {
                    view! {
                        <input
                            type="checkbox"
                            id=box_id.clone()
                            data-testid="editor-right"
                            checked=checked
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                here.ed.question(here.i, here.j, |q| set_right(q, k, on));
                            }
                        />
                    }
                    .into_any()
                } else {
                    view! {
                        <input
                            type="radio"
                            id=box_id.clone()
                            name=format!("{name}-right")
                            data-testid="editor-right"
                            checked=checked
                            on:change=move |_| here.ed.question(here.i, here.j, |q| set_right(q, k, true))
                        />
                    }
                    .into_any()
                };
                view! {
                    <label class="choice right-answer" for=box_id>
                        {input}
                        <span>{move_tr!("editor-right-answer", { "n" => n })}</span>
                    </label>
                }
            });
            let remove = small_button(move_tr!("editor-list-remove", { "n" => n }), "editor-list-remove", None, move || {
                here.restructure(
                    |q| {
                        // Options keep their right answers on the same options.
                        if marked {
                            remove_option(q, k);
                        } else if let Some(list) = get(q) {
                            if k < list.len() {
                                list.remove(k);
                            }
                        }
                    },
                    Some(add_id.clone()),
                )
            });
            view! { <li class="list-entry">{field}{mark}{remove}</li> }
        })
        .collect_view();
    let count = texts.len();
    let focus = field_id(&here.path(&format!("{rest}/{count}")));
    view! {
        <fieldset class="editor-list">
            <legend>{legend}</legend>
            <ol>{rows}</ol>
            {small_button(tr_label("editor-list-add"), "editor-list-add", Some(add_id), move || {
                here.restructure(|q| {
                    if let Some(list) = get(q) {
                        list.push(String::new());
                    }
                }, Some(focus.clone()))
            })}
        </fieldset>
        {problems(here.ed, here.path(rest))}
    }
}

fn options_of(q: &mut Question) -> Option<&mut Vec<String>> {
    options_mut(q)
}

fn points_of(q: &mut Question) -> Option<&mut Vec<String>> {
    match q {
        Question::Message { points, .. } => Some(points),
        _ => None,
    }
}

fn extra_of(q: &mut Question) -> Option<&mut Vec<String>> {
    match q {
        Question::Matching { extra, .. } => Some(extra),
        _ => None,
    }
}

fn accepted_of(q: &mut Question) -> Option<&mut Vec<String>> {
    match q {
        Question::GapFill {
            gap: Gap::Typed { accepted },
            ..
        } => Some(accepted),
        _ => None,
    }
}

/// The prompt of the kinds that have one.
fn prompt_of(q: &mut Question) -> Option<&mut String> {
    match q {
        Question::SingleChoice { prompt, .. }
        | Question::Matching { prompt, .. }
        | Question::TickInfo { prompt, .. }
        | Question::Form { prompt, .. }
        | Question::Message { prompt, .. } => Some(prompt),
        _ => None,
    }
}

/// The fields of the question of `kind`.
fn question_fields(here: Here, question: &Question) -> AnyView {
    let rights = right_options(question);
    let prompt = |value: &String| {
        here.text(
            "prompt",
            tr_label("editor-prompt"),
            value.clone(),
            Look::Area,
            prompt_of,
        )
    };
    match question {
        Question::SingleChoice { prompt: p, options, .. } => view! {
            {prompt(p)}
            {text_list(here, "options", tr_label("editor-options"), options, Some((false, rights)), options_of)}
            {problems(here.ed, here.path("correct"))}
        }
        .into_any(),
        Question::Place { prompt: p, options, .. } => {
            let Here { ed, i, j } = here;
            view! {
                {text_field(ed, &here.path("prompt"), tr_label("editor-place-prompt"), p.clone().unwrap_or_default(), Look::Line, move |b, v| {
                    if let Some(Question::Place { prompt, .. }) = question_in(b, i, j) {
                        *prompt = (!v.trim().is_empty()).then_some(v);
                    }
                })}
                {text_list(here, "options", tr_label("editor-places"), options, Some((false, rights)), options_of)}
                {problems(ed, here.path("correct"))}
            }
            .into_any()
        }
        Question::TickInfo { prompt: p, options, .. } => view! {
            {prompt(p)}
            {text_list(here, "options", tr_label("editor-options-tick"), options, Some((true, rights)), options_of)}
            {problems(here.ed, here.path("correct"))}
        }
        .into_any(),
        Question::TrueFalse { statement, answer } => {
            let name = field_id(&here.path("answer"));
            let answer = *answer;
            let radio = move |value: bool, label: Signal<String>| {
                view! {
                    <label class="choice">
                        <input
                            type="radio"
                            id=format!("{name}-{value}")
                            name=name.clone()
                            data-testid="editor-right"
                            checked=answer == value
                            on:change=move |_| {
                                here.ed.question(here.i, here.j, |q| {
                                    if let Question::TrueFalse { answer, .. } = q {
                                        *answer = value;
                                    }
                                })
                            }
                        />
                        <span>{label}</span>
                    </label>
                }
            };
            view! {
                {here.text("statement", tr_label("editor-statement"), statement.clone(), Look::Area, |q| match q {
                    Question::TrueFalse { statement, .. } => Some(statement),
                    _ => None,
                })}
                <fieldset class="true-false">
                    <legend>{tr_label("editor-statement-is")}</legend>
                    {radio(true, tr_label("editor-true"))}
                    {radio(false, tr_label("editor-false"))}
                </fieldset>
            }
            .into_any()
        }
        Question::Matching { prompt: p, pairs, extra } => {
            let rows = pairs
                .iter()
                .enumerate()
                .map(|(k, (left, right))| {
                    let n = k + 1;
                    view! {
                        <li class="pair">
                            {here.text(&format!("pairs/{k}/0"), move_tr!("editor-pair-left", { "n" => n }), left.clone(), Look::Line, move |q| pair_side(q, k, true))}
                            {here.text(&format!("pairs/{k}/1"), move_tr!("editor-pair-right", { "n" => n }), right.clone(), Look::Line, move |q| pair_side(q, k, false))}
                            {small_button(move_tr!("editor-pair-remove", { "n" => n }), "editor-pair-remove", None, move || here.restructure(|q| {
                                if let Question::Matching { pairs, .. } = q {
                                    if k < pairs.len() {
                                        pairs.remove(k);
                                    }
                                }
                            }, None))}
                        </li>
                    }
                })
                .collect_view();
            let count = pairs.len();
            let focus = field_id(&here.path(&format!("pairs/{count}/0")));
            view! {
                {prompt(p)}
                <fieldset class="editor-list">
                    <legend>{tr_label("editor-pairs")}</legend>
                    <p class="hint">{tr_label("editor-pairs-help")}</p>
                    <ol>{rows}</ol>
                    {small_button(tr_label("editor-pair-add"), "editor-pair-add", None, move || here.restructure(|q| {
                        if let Question::Matching { pairs, .. } = q {
                            pairs.push((String::new(), String::new()));
                        }
                    }, Some(focus.clone())))}
                </fieldset>
                {problems(here.ed, here.path("pairs"))}
                {text_list(here, "extra", tr_label("editor-extra"), extra, None, extra_of)}
            }
            .into_any()
        }
        Question::GapFill { text, gap } => {
            let choice = matches!(gap, Gap::Choice { .. });
            let name = field_id(&here.path("gap"));
            let mode = move |value: bool, label: Signal<String>| {
                let id = format!("{name}-{value}");
                view! {
                    <label class="choice">
                        <input
                            type="radio"
                            id=id.clone()
                            name=name.clone()
                            checked=choice == value
                            on:change=move |_| here.restructure(|q| set_gap_choice(q, value), Some(id.clone()))
                        />
                        <span>{label}</span>
                    </label>
                }
            };
            let answers = match gap {
                Gap::Choice { options, .. } => {
                    text_list(here, "gap/options", tr_label("editor-options"), options, Some((false, rights)), options_of).into_any()
                }
                Gap::Typed { accepted } => {
                    text_list(here, "gap/accepted", tr_label("editor-accepted"), accepted, None, accepted_of).into_any()
                }
            };
            view! {
                {here.text("text", tr_label("editor-gap-text"), text.clone(), Look::Area, |q| match q {
                    Question::GapFill { text, .. } => Some(text),
                    _ => None,
                })}
                <fieldset class="gap-mode">
                    <legend>{tr_label("editor-gap-mode")}</legend>
                    {mode(false, tr_label("editor-gap-typed"))}
                    {mode(true, tr_label("editor-gap-choice"))}
                </fieldset>
                {problems(here.ed, here.path("gap"))}
                {answers}
            }
            .into_any()
        }
        Question::Form { prompt: p, fields } => view! {
            {prompt(p)}
            {form_fields(here, fields)}
        }
        .into_any(),
        Question::Message { prompt: p, min_words, max_words, points, model, sample_sufficient, sample_insufficient, .. } => {
            let Here { ed, i, j } = here;
            let words = move |b: &mut Bank, min: bool, n: u32| {
                if let Some(Question::Message { min_words, max_words, .. }) = question_in(b, i, j) {
                    *(if min { min_words } else { max_words }) = n;
                }
            };
            let sample = move |sufficient: bool| {
                move |b: &mut Bank, v: String| {
                    if let Some(Question::Message { sample_sufficient, sample_insufficient, .. }) = question_in(b, i, j) {
                        let slot = if sufficient { sample_sufficient } else { sample_insufficient };
                        *slot = (!v.trim().is_empty()).then_some(v);
                    }
                }
            };
            view! {
                {prompt(p)}
                <div class="field-row">
                    {number_field(ed, &here.path("min_words"), tr_label("editor-min-words"), *min_words, move |b, n| words(b, true, n))}
                    {number_field(ed, &here.path("max_words"), tr_label("editor-max-words"), *max_words, move |b, n| words(b, false, n))}
                </div>
                {text_list(here, "points", tr_label("editor-points"), points, None, points_of)}
                {here.text("model", tr_label("editor-model"), model.clone(), Look::Area, |q| match q {
                    Question::Message { model, .. } => Some(model),
                    _ => None,
                })}
                {text_field(ed, &here.path("sample_sufficient"), tr_label("editor-sample-sufficient"), sample_sufficient.clone().unwrap_or_default(), Look::Area, sample(true))}
                {text_field(ed, &here.path("sample_insufficient"), tr_label("editor-sample-insufficient"), sample_insufficient.clone().unwrap_or_default(), Look::Area, sample(false))}
            }
            .into_any()
        }
    }
}

/// Field `k` of the form question of item `j` of task `i`.
fn form_field_in(b: &mut Bank, i: usize, j: usize, k: usize) -> Option<&mut FormField> {
    match question_in(b, i, j) {
        Some(Question::Form { fields, .. }) => fields.get_mut(k),
        _ => None,
    }
}

/// One side of pair `k` of a matching question.
fn pair_side(q: &mut Question, k: usize, left: bool) -> Option<&mut String> {
    match q {
        Question::Matching { pairs, .. } => {
            pairs
                .get_mut(k)
                .map(|p| if left { &mut p.0 } else { &mut p.1 })
        }
        _ => None,
    }
}

/// The fields of a form question: label, kind, required, example, and the choices of a choice.
fn form_fields(here: Here, fields: &[FormField]) -> impl IntoView {
    let Here { ed, i, j } = here;
    let rows = fields
        .iter()
        .enumerate()
        .map(|(k, field)| {
            let n = k + 1;
            let path = here.path(&format!("fields/{k}"));
            let kind_id = field_id(&format!("{path}/kind"));
            let required_id = field_id(&format!("{path}/required"));
            let kind = match &field.kind {
                FieldKind::Text => "text",
                FieldKind::Date => "date",
                FieldKind::Number => "number",
                FieldKind::Phone => "phone",
                FieldKind::Email => "email",
                FieldKind::Choice(_) => "choice",
            };
            let choices = match &field.kind {
                FieldKind::Choice(options) => Some(text_field(ed, &format!("{path}/choices"), tr_label("editor-form-choices"), options.join(", "), Look::Line, move |b, v| {
                    if let Some(f) = form_field_in(b, i, j, k) {
                        f.kind = FieldKind::Choice(v.split(',').map(|o| o.trim().to_string()).filter(|o| !o.is_empty()).collect());
                    }
                })),
                _ => None,
            };
            let kind_focus = kind_id.clone();
            let required_for = required_id.clone();
            view! {
                <li>
                    <fieldset class="editor-form-field">
                        <legend>{move_tr!("editor-form-field", { "n" => n })}</legend>
                        {text_field(ed, &format!("{path}/label"), tr_label("editor-form-label"), field.label.clone(), Look::Line, move |b, v| {
                            if let Some(f) = form_field_in(b, i, j, k) {
                                f.label = v;
                            }
                        })}
                        <div class="field">
                            <label for=kind_id.clone()>{tr_label("editor-form-kind")}</label>
                            <select
                                id=kind_id
                                on:change=move |ev| {
                                    let new = match event_target_value(&ev).as_str() {
                                        "date" => FieldKind::Date,
                                        "number" => FieldKind::Number,
                                        "phone" => FieldKind::Phone,
                                        "email" => FieldKind::Email,
                                        "choice" => FieldKind::Choice(Vec::new()),
                                        _ => FieldKind::Text,
                                    };
                                    ed.restructure(|d| {
                                        if let Some(f) = form_field_in(&mut d.bank, i, j, k) {
                                            f.kind = new;
                                        }
                                    }, Some(kind_focus.clone()))
                                }
                            >
                                {[
                                    ("text", tr_label("editor-form-text")),
                                    ("date", tr_label("editor-form-date")),
                                    ("number", tr_label("editor-form-number")),
                                    ("phone", tr_label("editor-form-phone")),
                                    ("email", tr_label("editor-form-email")),
                                    ("choice", tr_label("editor-form-choice")),
                                ]
                                    .into_iter()
                                    .map(|(value, label)| view! { <option value=value selected=value == kind>{label}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                        {problems(ed, format!("{path}/kind"))}
                        {choices}
                        <label class="choice" for=required_for>
                            <input
                                type="checkbox"
                                id=required_id
                                checked=field.required
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    ed.edit(|b| {
                                        if let Some(f) = form_field_in(b, i, j, k) {
                                            f.required = on;
                                        }
                                    })
                                }
                            />
                            <span>{tr_label("editor-form-required")}</span>
                        </label>
                        {text_field(ed, &format!("{path}/example"), tr_label("editor-form-example"), field.example.clone().unwrap_or_default(), Look::Line, move |b, v| {
                            if let Some(f) = form_field_in(b, i, j, k) {
                                f.example = (!v.trim().is_empty()).then_some(v);
                            }
                        })}
                        {small_button(move_tr!("editor-form-remove", { "n" => n }), "editor-form-remove", None, move || here.restructure(|q| {
                            if let Question::Form { fields, .. } = q {
                                if k < fields.len() {
                                    fields.remove(k);
                                }
                            }
                        }, None))}
                    </fieldset>
                </li>
            }
        })
        .collect_view();
    let focus = field_id(&here.path(&format!("fields/{}/label", fields.len())));
    view! {
        <ol class="form-fields">{rows}</ol>
        {small_button(tr_label("editor-form-add"), "editor-form-add", None, move || here.restructure(|q| {
            if let Question::Form { fields, .. } = q {
                fields.push(new_form_field());
            }
        }, Some(focus.clone())))}
        {problems(ed, here.path("fields"))}
    }
}

/// Item `j` of task `i`, as it was when the form was built.
pub(super) fn item_view(
    ed: Ed,
    i: usize,
    j: usize,
    item: &Item,
    section: Section,
) -> impl IntoView {
    let here = Here { ed, i, j };
    let path = format!("tasks/{i}/items/{j}");
    let kind = item.question.kind();
    let kind_id = field_id(&format!("{path}/kind"));
    let own_id = field_id(&format!("{path}/own-stimulus"));
    let heading_id = format!("item-{i}-{j}-heading");
    let n = j + 1;
    let own = item.stimulus.is_some();
    let own_stimulus = item.stimulus.as_ref().map(|s| {
        stimulus::stimulus_view(ed, &format!("{path}/stimulus"), s, section, move |b| {
            b.tasks.get_mut(i)?.items.get_mut(j)?.stimulus.as_mut()
        })
    });
    let kind_focus = kind_id.clone();
    let own_focus = own_id.clone();
    let own_for = own_id.clone();
    let labelled = heading_id.clone();
    view! {
        <section class="editor-item" id=format!("item-{i}-{j}") tabindex="-1" aria-labelledby=labelled data-testid="editor-item">
            <h3 id=heading_id>{move_tr!("editor-item-heading", { "n" => n })} " · " {kind_name(kind)}</h3>
            {problems(ed, path.clone())}
            <div class="field-row">
                <div class="field">
                    <label for=kind_id.clone()>{tr_label("editor-item-kind")}</label>
                    <select
                        id=kind_id
                        data-testid="editor-item-kind"
                        on:change=move |ev| {
                            if let Some(k) = ItemKind::named(&event_target_value(&ev)) {
                                ed.restructure(|d| d.set_kind(i, j, k), Some(kind_focus.clone()));
                            }
                        }
                    >
                        {ItemKind::ALL
                            .into_iter()
                            .map(|k| view! { <option value=k.as_str() selected=k == kind>{kind_name(k)}</option> })
                            .collect_view()}
                    </select>
                </div>
                {text_field(ed, &format!("{path}/id"), tr_label("editor-item-id"), item.id.clone(), Look::Code, move |b, v| {
                    if let Some(it) = b.tasks.get_mut(i).and_then(|t| t.items.get_mut(j)) {
                        it.id = v;
                    }
                })}
            </div>
            <label class="choice" for=own_for>
                <input
                    type="checkbox"
                    id=own_id
                    checked=own
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        ed.restructure(|d| {
                            if let Some(it) = d.bank.tasks.get_mut(i).and_then(|t| t.items.get_mut(j)) {
                                it.stimulus = on.then(|| Stimulus {
                                    content: Content::Text { title: None, body: String::new() },
                                    picture: None,
                                    audio: None,
                                });
                            }
                        }, Some(own_focus.clone()))
                    }
                />
                <span>{tr_label("editor-item-own-stimulus")}</span>
            </label>
            {own_stimulus}
            {question_fields(here, &item.question)}
            {problems(ed, format!("{path}/question"))}
            {text_field(ed, &format!("{path}/explanation"), tr_label("editor-explanation"), item.explanation.clone(), Look::Area, move |b, v| {
                if let Some(it) = b.tasks.get_mut(i).and_then(|t| t.items.get_mut(j)) {
                    it.explanation = v;
                }
            })}
            {translations_field(
                ed,
                &format!("{path}/explanation_tr"),
                tr_label("editor-explanation-tr"),
                &item.explanation_tr,
                move |b| b.tasks.get_mut(i)?.items.get_mut(j).map(|it| &mut it.explanation_tr),
            )}
            {small_button(tr_label("editor-item-remove"), "editor-item-remove", None, move || {
                ed.restructure(|d| {
                    if let Some(t) = d.bank.tasks.get_mut(i) {
                        if j < t.items.len() {
                            t.items.remove(j);
                        }
                    }
                }, Some(format!("task-{i}-add-item")))
            })}
        </section>
    }
}
