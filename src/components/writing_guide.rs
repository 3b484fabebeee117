//! Grading one's own writing with guidance: for each form or message, the learner's text, the
//! checks the app made (word count, key words, form fields), a translated checklist to tick,
//! then the grade the app proposes, the model and sample answers, and the grade the learner
//! confirms. "Complete" is not offered for a message outside its word range.

use crate::components::item_input::problem_text;
use crate::components::item_review::Explanation;
use crate::components::learner_language::InLearnerLanguage;
use crate::components::radio_group::{RadioGroup, RadioOption};
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::answer::{describe, Answer};
use sportello_core::bank::Translations;
use sportello_core::exam::ExamQuestion;
use sportello_core::score::WritingGrade;
use sportello_core::writing_check::{content_points, AutoCheck, FieldFault, Guidance};

/// A form or a message to grade, with the learner's answer.
#[derive(Clone)]
pub struct GradedItem {
    /// The question.
    pub question: ExamQuestion,
    /// What the learner wrote, if anything.
    pub answer: Option<Answer>,
    /// Why the model answer is good, in Italian.
    pub explanation: String,
    /// The explanation in other languages.
    pub explanation_tr: Translations,
}

/// The guided grading of `items` (one task, or one practice item): the grade chosen follows
/// `grade` and is reported through `on_grade`.
#[component]
pub fn WritingGuide(
    /// The forms and messages graded together.
    items: Vec<GradedItem>,
    /// The grade given so far.
    #[prop(into)]
    grade: Signal<Option<WritingGrade>>,
    /// Called with the grade the learner confirms.
    on_grade: Callback<WritingGrade>,
    /// A name unique on the page, for the radios and checkboxes.
    name: String,
    /// The grade group's `data-testid`.
    testid: &'static str,
) -> impl IntoView {
    let guidance = StoredValue::new(Guidance::of_items(
        items.iter().map(|i| (&i.question, i.answer.as_ref())),
    ));
    let ticked = RwSignal::new(0usize);
    let proposed = Memo::new(move |_| guidance.with_value(|g| g.propose(ticked.get())));
    let complete_allowed = guidance.with_value(|g| g.allows(WritingGrade::Complete));
    let range = items.iter().find_map(|i| match &i.question {
        ExamQuestion::Message {
            min_words,
            max_words,
            ..
        } => Some((*min_words, *max_words)),
        _ => None,
    });
    let parts = items
        .iter()
        .enumerate()
        .map(|(n, item)| view! { <GuidedItem item=item.clone() name=format!("{name}-{n}") ticked /> })
        .collect_view();
    let samples = items
        .iter()
        .map(|item| view! { <Samples item=item.clone() /> })
        .collect_view();
    let options = [
        (WritingGrade::Complete, move_tr!("writing-grade-complete")),
        (
            WritingGrade::Sufficient,
            move_tr!("writing-grade-sufficient"),
        ),
        (
            WritingGrade::Insufficient,
            move_tr!("writing-grade-insufficient"),
        ),
    ]
    .into_iter()
    .map(|(g, label)| {
        let marked = Signal::derive(move || {
            if proposed.get() == g {
                format!(
                    "{} {}",
                    label.get(),
                    move_tr!("writing-proposed-mark").get()
                )
            } else {
                label.get()
            }
        });
        let option = RadioOption::new(g, format!("{g:?}"), marked);
        if g == WritingGrade::Complete {
            option.disabled_when(!complete_allowed)
        } else {
            option
        }
    })
    .collect();
    let refused = (!complete_allowed).then(|| {
        let (min, max) = range.unwrap_or_default();
        view! {
            <p class="notice" data-testid="writing-complete-refused">
                {move_tr!("writing-complete-refused", { "min" => min, "max" => max })}
            </p>
        }
    });
    view! {
        <div class="writing-guide">
            {parts}
            <p class="proposed" data-testid="writing-proposed" data-grade=move || format!("{:?}", proposed.get())>
                <strong>{move_tr!("writing-proposed")}</strong>
                " "
                {move || grade_name(proposed.get()).get()}
            </p>
            {samples}
            {refused}
            <RadioGroup
                name=format!("{name}-grade")
                legend=move_tr!("writing-grade-legend")
                options
                selected=grade
                on_choose=on_grade
                testid
            />
        </div>
    }
}

/// One form or message: the prompt, the learner's text, the checks and the points to tick.
#[component]
fn GuidedItem(item: GradedItem, name: String, ticked: RwSignal<usize>) -> impl IntoView {
    let GradedItem {
        question,
        answer,
        explanation,
        explanation_tr,
    } = item;
    let yours = answer
        .as_ref()
        .map(|a| describe(&question, a))
        .filter(|s| !s.trim().is_empty());
    let checks = Guidance::of_item(&question, answer.as_ref())
        .checks
        .into_iter()
        .map(|check| view! { <CheckLine check /> })
        .collect_view();
    let points = content_points(&question)
        .into_iter()
        .enumerate()
        .map(|(i, point)| {
            let id = format!("{name}-point-{i}");
            view! {
                <div class="tick">
                    <input
                        type="checkbox"
                        id=id.clone()
                        data-testid="writing-point"
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            ticked.update(|n| if on { *n += 1 } else { *n = n.saturating_sub(1) });
                        }
                    />
                    <label for=id lang="it" dir="ltr">{point.text}</label>
                    <InLearnerLanguage translations=point.translations class="point-tr" />
                </div>
            }
        })
        .collect_view();
    view! {
        <p class="review-prompt" lang="it" dir="ltr">{question.prompt().to_string()}</p>
        <p><strong>{move_tr!("review-your-answer")}</strong></p>
        {match yours {
            Some(y) => view! { <p class="learner-text" lang="it" dir="ltr">{y}</p> }.into_any(),
            None => view! { <p><em>{move_tr!("review-no-answer")}</em></p> }.into_any(),
        }}
        <p><strong>{move_tr!("writing-checks-title")}</strong></p>
        <ul class="auto-checks" data-testid="writing-checks">{checks}</ul>
        <fieldset class="ticks">
            <legend>{move_tr!("writing-ticks-legend")}</legend>
            {points}
        </fieldset>
        <Explanation text=explanation translations=explanation_tr />
    }
}

/// One automatic check, passed or not said in words and a symbol (never by colour alone).
#[component]
fn CheckLine(check: AutoCheck) -> impl IntoView {
    let passed = check.passed();
    let mark = if passed { "✓ " } else { "✗ " };
    let text = match check {
        AutoCheck::WordCount { words, min, max } => {
            let key = if words < min {
                move_tr!("writing-check-too-few", { "words" => words, "min" => min })
            } else if words > max {
                move_tr!("writing-check-too-many", { "words" => words, "max" => max })
            } else {
                move_tr!("writing-check-words", { "words" => words, "min" => min, "max" => max })
            };
            view! { {key} }.into_any()
        }
        AutoCheck::KeyWords { found, missing } => {
            let (label, words) = if passed {
                (move_tr!("writing-check-key-words"), found)
            } else {
                (move_tr!("writing-check-off-topic"), missing)
            };
            view! { {label} " " <span lang="it" dir="ltr">{words.join(", ")}</span> }.into_any()
        }
        AutoCheck::Field { label, fault } => {
            let what = match fault {
                None => move_tr!("writing-check-field-ok"),
                Some(FieldFault::Problem(p)) => problem_text(p),
                Some(FieldFault::NotAName) => move_tr!("writing-check-not-a-name"),
            };
            view! { <span lang="it" dir="ltr">{label}</span> ": " {what} }.into_any()
        }
    };
    view! {
        <li class="auto-check" data-passed=passed.to_string()>
            <span aria-hidden="true">{mark}</span>
            <span class="sr-only">
                {if passed { move_tr!("review-right") } else { move_tr!("review-wrong") }} ": "
            </span>
            {text}
        </li>
    }
}

/// The model answer and the sample answers of a message, when the bank has them; a form's
/// example values.
#[component]
fn Samples(item: GradedItem) -> impl IntoView {
    let (model, sample_sufficient, sample_insufficient) = match item.question {
        ExamQuestion::Message {
            model,
            sample_sufficient,
            sample_insufficient,
            ..
        } => (model, sample_sufficient, sample_insufficient),
        ExamQuestion::Form { fields, .. } => {
            let examples = fields
                .into_iter()
                .filter_map(|f| Some(format!("{}: {}", f.label, f.example?)))
                .collect::<Vec<_>>();
            (examples.join("\n"), None, None)
        }
        _ => return ().into_any(),
    };
    if model.is_empty() {
        return ().into_any();
    }
    let sample = |title: Signal<String>, text: Option<String>, testid: &'static str| {
        text.map(|text| {
            view! {
                <p><strong>{title}</strong></p>
                <p class="model-text" lang="it" dir="ltr" data-testid=testid>{text}</p>
            }
        })
    };
    view! {
        <p><strong>{move_tr!("writing-model")}</strong></p>
        <p class="model-text" lang="it" dir="ltr" data-testid="writing-model">{model}</p>
        {sample(move_tr!("writing-sample-sufficient"), sample_sufficient, "writing-sample-sufficient")}
        {sample(move_tr!("writing-sample-insufficient"), sample_insufficient, "writing-sample-insufficient")}
    }
    .into_any()
}

/// A grade's short name.
fn grade_name(grade: WritingGrade) -> Signal<String> {
    match grade {
        WritingGrade::Complete => move_tr!("writing-band-complete"),
        WritingGrade::Sufficient => move_tr!("writing-band-sufficient"),
        WritingGrade::Insufficient => move_tr!("writing-band-insufficient"),
    }
}
