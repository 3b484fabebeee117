//! The review of one answered item: the learner's answer, the right answer and the explanation,
//! with right or wrong said in words and a symbol (never by colour alone).

use crate::components::learner_language::InLearnerLanguage;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::answer::{describe, is_answered, units_right, Answer};
use sportello_core::bank::Translations;
use sportello_core::exam::ExamQuestion;

/// An explanation in Italian, with the learner's language below when the bank has it.
#[component]
pub fn Explanation(text: String, translations: Translations) -> impl IntoView {
    view! {
        <div class="explanation">
            <p lang="it">
                <strong>{move_tr!("review-why")}</strong>
                " "
                {text}
            </p>
            <InLearnerLanguage translations class="explanation-tr" />
        </div>
    }
}

/// The review of a scored item (forms and messages are reviewed by the writing grade instead).
#[component]
pub fn ItemReview(
    question: ExamQuestion,
    answer: Option<Answer>,
    explanation: String,
    #[prop(optional)] explanation_tr: Translations,
) -> impl IntoView {
    let answered = is_answered(&question, answer.as_ref());
    let right_units = answer
        .as_ref()
        .map(|a| units_right(&question, a))
        .unwrap_or(0);
    let units = question.units();
    let correct = answered && right_units == units;
    let yours = answer
        .as_ref()
        .map(|a| describe(&question, a))
        .filter(|s| !s.is_empty());
    let right = Answer::right_for(&question)
        .map(|a| describe(&question, &a))
        .unwrap_or_default();
    let verdict = if correct {
        view! { <p class="verdict right" data-correct="true">"✓ " {move_tr!("review-right")}</p> }
            .into_any()
    } else if units > 1 && right_units > 0 {
        view! {
            <p class="verdict partly" data-correct="false">
                "◐ " {move_tr!("review-partly", { "right" => right_units, "count" => units })}
            </p>
        }
        .into_any()
    } else {
        view! { <p class="verdict wrong" data-correct="false">"✗ " {move_tr!("review-wrong")}</p> }
            .into_any()
    };
    view! {
        <div class="review" data-testid="review-item">
            <p class="review-prompt" lang="it">{question.prompt().to_string()}</p>
            {verdict}
            <p>
                <strong>{move_tr!("review-your-answer")}</strong>
                " "
                {match yours {
                    Some(y) => view! { <span lang="it">{y}</span> }.into_any(),
                    None => view! { <em>{move_tr!("review-no-answer")}</em> }.into_any(),
                }}
            </p>
            {(!correct)
                .then(|| {
                    view! {
                        <p>
                            <strong>{move_tr!("review-right-answer")}</strong>
                            " "
                            <span lang="it">{right}</span>
                        </p>
                    }
                })}
            <Explanation text=explanation translations=explanation_tr />
        </div>
    }
}

/// The review of a form or a message: the learner's text, the model answer (or the form's
/// examples), the checklist of a complete answer, and the explanation. Writing is graded by the
/// learner against these.
#[component]
pub fn WritingModel(
    question: ExamQuestion,
    answer: Option<Answer>,
    explanation: String,
    #[prop(optional)] explanation_tr: Translations,
) -> impl IntoView {
    let yours = answer
        .as_ref()
        .map(|a| describe(&question, a))
        .filter(|s| !s.trim().is_empty());
    let (model, points) = match &question {
        ExamQuestion::Message { model, points, .. } => (Some(model.clone()), points.clone()),
        ExamQuestion::Form { fields, .. } => (
            None,
            fields
                .iter()
                .map(|f| match &f.example {
                    Some(e) => format!("{}: {e}", f.label),
                    None => f.label.clone(),
                })
                .collect(),
        ),
        _ => (None, Vec::new()),
    };
    view! {
        <p class="review-prompt" lang="it">{question.prompt().to_string()}</p>
        <p><strong>{move_tr!("review-your-answer")}</strong></p>
        {match yours {
            Some(y) => view! { <p class="learner-text" lang="it">{y}</p> }.into_any(),
            None => view! { <p><em>{move_tr!("review-no-answer")}</em></p> }.into_any(),
        }}
        {model
            .map(|m| {
                view! {
                    <p><strong>{move_tr!("writing-model")}</strong></p>
                    <p class="model-text" lang="it">{m}</p>
                }
            })}
        <p><strong>{move_tr!("writing-checklist")}</strong></p>
        <ul class="checklist" lang="it">
            {points.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
        </ul>
        <Explanation text=explanation translations=explanation_tr />
    }
}
