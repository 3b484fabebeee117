//! How the learner answers one item: native form controls for every kind of question (radio
//! groups in fieldsets with legends, selects, checkboxes, text fields). Test content is rendered
//! as text, never as HTML.

use crate::components::radio_group::{RadioGroup, RadioOption};
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::answer::{form_problems, word_count, Answer, FieldProblem};
use sportello_core::bank::{FieldKind, FormField};
use sportello_core::exam::{ExamGap, ExamQuestion};
use sportello_core::wording;
use std::collections::BTreeSet;

/// The controls for one item. `key` must be unique on the page (it names the radio groups).
#[component]
pub fn ItemInput(
    key: String,
    question: ExamQuestion,
    #[prop(into)] answer: Signal<Option<Answer>>,
    on_answer: Callback<Answer>,
) -> impl IntoView {
    match question {
        ExamQuestion::SingleChoice {
            prompt, options, ..
        } => choice_view(key, prompt, options, answer, on_answer).into_any(),
        ExamQuestion::Place {
            prompt, options, ..
        } => choice_view(
            key,
            prompt.unwrap_or_else(|| wording::PLACE_PROMPT.to_string()),
            options,
            answer,
            on_answer,
        )
        .into_any(),
        ExamQuestion::TrueFalse { statement, .. } => {
            true_false_view(key, statement, answer, on_answer).into_any()
        }
        ExamQuestion::Matching {
            prompt,
            left,
            right,
            ..
        } => matching_view(key, prompt, left, right, answer, on_answer).into_any(),
        ExamQuestion::TickInfo {
            prompt, options, ..
        } => tick_view(key, prompt, options, answer, on_answer).into_any(),
        ExamQuestion::GapFill { text, gap } => {
            gap_view(key, text, gap, answer, on_answer).into_any()
        }
        ExamQuestion::Form { prompt, fields } => {
            form_view(key, prompt, fields, answer, on_answer).into_any()
        }
        ExamQuestion::Message {
            prompt,
            min_words,
            max_words,
            ..
        } => message_view(key, prompt, min_words, max_words, answer, on_answer).into_any(),
    }
}

/// The option chosen in a single-choice answer.
fn chosen(answer: Signal<Option<Answer>>) -> Signal<Option<usize>> {
    Signal::derive(move || match answer.get() {
        Some(Answer::Choice(i)) => Some(i),
        _ => None,
    })
}

fn choice_view(
    key: String,
    prompt: String,
    options: Vec<String>,
    answer: Signal<Option<Answer>>,
    on_answer: Callback<Answer>,
) -> impl IntoView {
    let options = options
        .into_iter()
        .enumerate()
        .map(|(i, text)| RadioOption::new(i, i.to_string(), text))
        .collect();
    let on_choose = move |i| on_answer.run(Answer::Choice(i));
    question_radios(key, prompt, options, chosen(answer), on_choose, false)
}

fn true_false_view(
    key: String,
    statement: String,
    answer: Signal<Option<Answer>>,
    on_answer: Callback<Answer>,
) -> impl IntoView {
    let value = move || match answer.get() {
        Some(Answer::TrueFalse(b)) => Some(b),
        _ => None,
    };
    let options = vec![
        RadioOption::new(true, "true", wording::TRUE.to_string()),
        RadioOption::new(false, "false", wording::FALSE.to_string()),
    ];
    let on_choose = move |b| on_answer.run(Answer::TrueFalse(b));
    question_radios(
        key,
        statement,
        options,
        Signal::derive(value),
        on_choose,
        true,
    )
}

/// A question in Italian answered with one of `options`: side by side (true/false), or one
/// per line, each with its letter.
fn question_radios<T>(
    key: String,
    legend: String,
    options: Vec<RadioOption<T>>,
    selected: Signal<Option<T>>,
    on_choose: impl Fn(T) + Send + Sync + 'static,
    side_by_side: bool,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    view! {
        <RadioGroup
            name=key
            legend
            options
            selected
            on_choose=Callback::new(on_choose)
            class="question"
            lang="it"
            inline=side_by_side
            letters=!side_by_side
        />
    }
}

fn matching_view(
    key: String,
    prompt: String,
    left: Vec<String>,
    right: Vec<String>,
    answer: Signal<Option<Answer>>,
    on_answer: Callback<Answer>,
) -> impl IntoView {
    let n = left.len();
    let current = move || match answer.get() {
        Some(Answer::Matching(v)) if v.len() == n => v,
        _ => vec![None; n],
    };
    let right = StoredValue::new(right);
    view! {
        <fieldset class="question matching">
            <legend lang="it">{prompt}</legend>
            <ol class="match-targets" lang="it">
                {right
                    .get_value()
                    .into_iter()
                    .enumerate()
                    .map(|(i, text)| {
                        view! {
                            <li>
                                <span class="letter">{wording::letter(i).to_string()}</span>
                                " "
                                {text}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            {left
                .into_iter()
                .enumerate()
                .map(|(l, text)| {
                    let id = format!("{key}-m{l}");
                    view! {
                        <div class="match-row">
                            <label for=id.clone() lang="it">{text}</label>
                            <select
                                id=id
                                prop:value=move || {
                                    current()[l].map(|r| r.to_string()).unwrap_or_default()
                                }
                                on:change=move |ev| {
                                    let mut v = current();
                                    v[l] = event_target_value(&ev).parse().ok();
                                    on_answer.run(Answer::Matching(v));
                                }
                            >
                                <option value="">"—"</option>
                                {right
                                    .get_value()
                                    .into_iter()
                                    .enumerate()
                                    .map(|(r, _)| {
                                        view! {
                                            <option value=r.to_string()>
                                                {wording::letter(r).to_string()}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

fn tick_view(
    key: String,
    prompt: String,
    options: Vec<String>,
    answer: Signal<Option<Answer>>,
    on_answer: Callback<Answer>,
) -> impl IntoView {
    let ticks = move || match answer.get() {
        Some(Answer::Ticks(t)) => t,
        _ => BTreeSet::new(),
    };
    view! {
        <fieldset class="question">
            <legend lang="it">{prompt}</legend>
            {options
                .into_iter()
                .enumerate()
                .map(|(i, text)| {
                    view! {
                        <label class="choice" lang="it">
                            <input
                                type="checkbox"
                                name=key.clone()
                                value=i.to_string()
                                prop:checked=move || ticks().contains(&i)
                                on:change=move |ev| {
                                    let mut t = ticks();
                                    if event_target_checked(&ev) {
                                        t.insert(i);
                                    } else {
                                        t.remove(&i);
                                    }
                                    on_answer.run(Answer::Ticks(t));
                                }
                            />
                            <span>{text}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

fn gap_view(
    key: String,
    text: String,
    gap: ExamGap,
    answer: Signal<Option<Answer>>,
    on_answer: Callback<Answer>,
) -> impl IntoView {
    let (before, after) = match text.split_once("___") {
        Some((b, a)) => (b.to_string(), a.to_string()),
        None => (text, String::new()),
    };
    let control = match gap {
        ExamGap::Choice { options, .. } => {
            let selected = chosen(answer);
            view! {
                <select
                    id=key.clone()
                    aria-label=move_tr!("item-gap-label")
                    prop:value=move || selected.get().map(|i| i.to_string()).unwrap_or_default()
                    on:change=move |ev| {
                        if let Ok(i) = event_target_value(&ev).parse() {
                            on_answer.run(Answer::Choice(i));
                        }
                    }
                >
                    <option value="">"……"</option>
                    {options
                        .into_iter()
                        .enumerate()
                        .map(|(i, o)| view! { <option value=i.to_string()>{o}</option> })
                        .collect_view()}
                </select>
            }
            .into_any()
        }
        ExamGap::Typed { .. } => {
            let typed = move || match answer.get() {
                Some(Answer::Typed(t)) => t,
                _ => String::new(),
            };
            view! {
                <input
                    type="text"
                    id=key.clone()
                    class="gap"
                    autocomplete="off"
                    autocapitalize="off"
                    spellcheck="false"
                    aria-label=move_tr!("item-gap-label")
                    prop:value=typed
                    on:input=move |ev| on_answer.run(Answer::Typed(event_target_value(&ev)))
                />
            }
            .into_any()
        }
    };
    view! {
        <div class="question gap-fill" lang="it">
            <p>{before} {control} {after}</p>
        </div>
    }
}

/// What is wrong with a form field's value, in the learner's language.
pub(crate) fn problem_text(problem: FieldProblem) -> Signal<String> {
    match problem {
        FieldProblem::Missing => move_tr!("form-missing"),
        FieldProblem::NotADate => move_tr!("form-not-a-date"),
        FieldProblem::NotANumber => move_tr!("form-not-a-number"),
        FieldProblem::NotAPhone => move_tr!("form-not-a-phone"),
        FieldProblem::NotAnEmail => move_tr!("form-not-an-email"),
        FieldProblem::NotAnOption => move_tr!("form-not-an-option"),
    }
}

fn form_view(
    key: String,
    prompt: String,
    fields: Vec<FormField>,
    answer: Signal<Option<Answer>>,
    on_answer: Callback<Answer>,
) -> impl IntoView {
    let n = fields.len();
    let values = move || match answer.get() {
        Some(Answer::Form(v)) if v.len() == n => v,
        _ => vec![String::new(); n],
    };
    let fields = StoredValue::new(fields);
    // Problems of fields the learner has filled in (empty required ones are counted at the end).
    let problems = move || {
        let v = values();
        fields.with_value(|f| form_problems(f, &v))
    };
    let set = move |i: usize, value: String| {
        let mut v = values();
        v[i] = value;
        on_answer.run(Answer::Form(v));
    };
    let rows = fields
        .get_value()
        .into_iter()
        .enumerate()
        .map(|(i, field)| {
            let id = format!("{key}-f{i}");
            let hint_id = format!("{id}-hint");
            let current = move || values()[i].clone();
            let problem = move || {
                problems()
                    .into_iter()
                    .find(|(f, p)| *f == i && *p != FieldProblem::Missing)
                    .map(|(_, p)| p)
            };
            let (input_type, mode, placeholder) = match field.kind {
                FieldKind::Date => ("text", "numeric", "gg/mm/aaaa"),
                FieldKind::Number => ("text", "numeric", ""),
                FieldKind::Phone => ("tel", "tel", ""),
                FieldKind::Email => ("email", "email", ""),
                FieldKind::Text | FieldKind::Choice(_) => ("text", "text", ""),
            };
            let control = match field.kind.clone() {
                FieldKind::Choice(options) => view! {
                    <select
                        id=id.clone()
                        aria-describedby=hint_id.clone()
                        prop:value=current
                        on:change=move |ev| set(i, event_target_value(&ev))
                    >
                        <option value="">"—"</option>
                        {options
                            .into_iter()
                            .map(|o| view! { <option value=o.clone()>{o.clone()}</option> })
                            .collect_view()}
                    </select>
                }
                .into_any(),
                _ => view! {
                    <input
                        id=id.clone()
                        type=input_type
                        inputmode=mode
                        placeholder=placeholder
                        aria-describedby=hint_id.clone()
                        aria-invalid=move || problem().is_some().to_string()
                        prop:value=current
                        on:input=move |ev| set(i, event_target_value(&ev))
                    />
                }
                .into_any(),
            };
            view! {
                <div class="form-field">
                    <label for=id lang="it">
                        {field.label.clone()}
                        {field.required.then(|| view! { <span aria-hidden="true">" *"</span> })}
                    </label>
                    {control}
                    <p class="hint" id=hint_id>
                        {field.required.then(|| view! { <span>{move_tr!("form-required")}</span> })}
                        {move || {
                            problem()
                                .map(|p| {
                                    view! {
                                        <span class="problem" role="status">
                                            "⚠ "
                                            {problem_text(p)}
                                        </span>
                                    }
                                })
                        }}
                    </p>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="question form">
            <legend lang="it">{prompt}</legend>
            {rows}
        </fieldset>
    }
}

fn message_view(
    key: String,
    prompt: String,
    min_words: u32,
    max_words: u32,
    answer: Signal<Option<Answer>>,
    on_answer: Callback<Answer>,
) -> impl IntoView {
    let text = move || match answer.get() {
        Some(Answer::Message(t)) => t,
        _ => String::new(),
    };
    let count = move || word_count(&text());
    let counter_id = format!("{key}-count");
    let status = move || {
        let n = count();
        if n == 0 {
            None
        } else if n < min_words {
            Some(move_tr!("message-too-short"))
        } else if n > max_words {
            Some(move_tr!("message-too-long"))
        } else {
            Some(move_tr!("message-length-ok"))
        }
    };
    view! {
        <div class="question message">
            <label for=key.clone() class="prompt" lang="it">{prompt}</label>
            <textarea
                id=key
                rows="7"
                lang="it"
                aria-describedby=counter_id.clone()
                prop:value=text
                on:input=move |ev| on_answer.run(Answer::Message(event_target_value(&ev)))
            ></textarea>
            <p class="hint" id=counter_id data-testid="word-count">
                {move_tr!("message-words", {
                    "count" => count(),
                    "min" => min_words,
                    "max" => max_words,
                })}
                " "
                {move || status().map(|s| view! { <strong>{s}</strong> })}
            </p>
        </div>
    }
}
