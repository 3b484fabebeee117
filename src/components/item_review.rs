//! The review of one answered item: the learner's answer, the right answer and the explanation,
//! with right or wrong said in words and a symbol (never by colour alone); a matching as a table.

use crate::components::learner_language::InLearnerLanguage;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::answer::{describe, Answer};
use sportello_core::bank::Translations;
use sportello_core::exam::ExamQuestion;
use sportello_core::outcome::{match_rows, MatchRow, Outcome};

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
/// A matching is reviewed as a small table: each text, the learner's choice and the right one.
#[component]
pub fn ItemReview(
    question: ExamQuestion,
    answer: Option<Answer>,
    explanation: String,
    #[prop(optional)] explanation_tr: Translations,
) -> impl IntoView {
    let outcome = Outcome::of(&question, answer.as_ref());
    let rows = match_rows(&question, answer.as_ref());
    let yours = answer
        .as_ref()
        .map(|a| describe(&question, a))
        .filter(|s| !s.is_empty());
    let right = Answer::right_for(&question)
        .map(|a| describe(&question, &a))
        .unwrap_or_default();
    let verdict = match outcome {
        Outcome::Right => {
            view! { <p class="verdict right" data-correct="true">"✓ " {move_tr!("review-right")}</p> }
                .into_any()
        }
        Outcome::Partly => {
            let (right_units, units) = (rows.iter().filter(|r| r.correct).count(), rows.len());
            view! {
                <p class="verdict partly" data-correct="false">
                    "◐ " {move_tr!("review-partly", { "right" => right_units, "count" => units })}
                </p>
            }
            .into_any()
        }
        Outcome::Wrong | Outcome::Unanswered => {
            view! { <p class="verdict wrong" data-correct="false">"✗ " {move_tr!("review-wrong")}</p> }
                .into_any()
        }
    };
    let answers = if rows.is_empty() {
        view! {
            <p>
                <strong>{move_tr!("review-your-answer")}</strong>
                " "
                {match yours {
                    Some(y) => view! { <span lang="it">{y}</span> }.into_any(),
                    None => view! { <em>{move_tr!("review-no-answer")}</em> }.into_any(),
                }}
            </p>
            {(outcome != Outcome::Right)
                .then(|| {
                    view! {
                        <p>
                            <strong>{move_tr!("review-right-answer")}</strong>
                            " "
                            <span lang="it">{right}</span>
                        </p>
                    }
                })}
        }
        .into_any()
    } else {
        view! { <MatchTable rows /> }.into_any()
    };
    view! {
        <div class="review" data-testid="review-item" data-outcome=outcome_name(outcome)>
            <p class="review-prompt" lang="it">{question.prompt().to_string()}</p>
            {verdict}
            {answers}
            <Explanation text=explanation translations=explanation_tr />
        </div>
    }
}

/// The outcome's name in `data-outcome`, for tests and styles.
fn outcome_name(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Right => "right",
        Outcome::Partly => "partly",
        Outcome::Wrong => "wrong",
        Outcome::Unanswered => "unanswered",
    }
}

/// A matching's answers side by side: text → your answer → right answer, each row marked right
/// or wrong with a symbol.
#[component]
fn MatchTable(rows: Vec<MatchRow>) -> impl IntoView {
    view! {
        <table class="match-review" data-testid="match-review">
            <thead>
                <tr>
                    <th scope="col">{move_tr!("review-match-text")}</th>
                    <th scope="col">{move_tr!("review-match-yours")}</th>
                    <th scope="col">{move_tr!("review-match-right")}</th>
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|row| {
                        let mark = if row.correct { "✓ " } else { "✗ " };
                        view! {
                            <tr data-match-correct=row.correct.to_string()>
                                <th scope="row" lang="it">{row.left}</th>
                                <td>
                                    {mark}
                                    {match row.yours {
                                        Some(y) => view! { <span lang="it">{y}</span> }.into_any(),
                                        None => view! { <em>{move_tr!("review-no-answer")}</em> }.into_any(),
                                    }}
                                </td>
                                <td lang="it">{row.right}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
