//! The exam's intro: the rules in the learner's language, the layout to take, and the start.

use super::query::{ExamQuery, ShareProblem};
use super::ExamState;
use crate::catalog::Catalog;
use crate::components::bank_errors::BankErrors;
use crate::components::labels::section_name;
use crate::components::learner_language::InLearnerLanguage;
use crate::components::radio_group::{RadioGroup, RadioOption};
use crate::components::table_head::table_head;
use crate::components::voice_check::VoiceCheck;
use crate::storage::{self, now_ms};
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::attempt::Attempt;
use sportello_core::exam::generate;
use sportello_core::result_code::ClassExam;
use std::sync::Arc;

/// A fresh seed for a new exam.
fn random_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64
}

/// Rules, layout choice and the start button. A teacher's link (`shared`) fixes the exam; a
/// link that cannot be followed says why (`data-testid="share-problem"`) and the learner can
/// start a new exam instead.
#[component]
pub fn Intro(
    catalog: Arc<Catalog>,
    /// The page's query.
    shared: ExamQuery,
    /// Set when the query's code could not be read.
    bad_code: Option<ShareProblem>,
) -> impl IntoView {
    let state = expect_context::<ExamState>();
    let catalog = StoredValue::new(catalog);
    let class_banks = shared.class_banks();
    let only = shared.only();
    let share_problem = bad_code
        .or_else(|| {
            shared
                .layout
                .clone()
                .filter(|id| catalog.with_value(|c| c.layout(id).is_none()))
                .map(ShareProblem::UnknownLayout)
        })
        .or_else(|| {
            let missing: Vec<String> = class_banks
                .iter()
                .flatten()
                .filter(|id| catalog.with_value(|c| c.bank(id).is_none()))
                .cloned()
                .collect();
            (!missing.is_empty()).then(|| ShareProblem::MissingBanks(missing.join(", ")))
        });
    // Only a link that can be followed as it is fixes the exam.
    let shared_seed = shared.seed.filter(|_| share_problem.is_none());
    let default_layout = shared
        .layout
        .filter(|id| catalog.with_value(|c| c.layout(id).is_some()))
        .or_else(|| {
            catalog.with_value(|c| {
                c.layout(sportello_core::layout::DEFAULT_LAYOUT)
                    .or_else(|| c.layouts().first())
                    .map(|l| l.id.clone())
            })
        });
    let chosen = RwSignal::new(default_layout);
    let problem = RwSignal::new(None::<String>);
    let layout = move || {
        chosen
            .get()
            .and_then(|id| catalog.with_value(|c| c.layout(&id).cloned()))
    };
    let start = move |_| {
        let Some(layout) = layout() else { return };
        let seed = shared_seed.unwrap_or_else(random_seed);
        // A shared link ignores the history, so the whole class gets the same exam.
        let seen = if shared_seed.is_some() {
            Default::default()
        } else {
            storage::saved().history().seen_task_ids()
        };
        let class = class_banks.as_deref().filter(|_| shared_seed.is_some());
        let result = catalog.with_value(|c| match class {
            // A class set's exam: its banks only, or with the shipped ones.
            Some(banks) => generate(&layout, c.class_tasks(banks, only), seed, |_| false),
            None => generate(&layout, c.tasks(), seed, |id| seen.contains(id)),
        });
        match result {
            Ok(exam) => {
                problem.set(None);
                let attempt = match class {
                    // Its result goes back to the teacher as a code naming the set's versions.
                    Some(banks) => {
                        let banks = catalog.with_value(|c| {
                            (banks.iter())
                                .filter_map(|id| c.bank(id).map(|b| (b.id.clone(), b.version)))
                                .collect()
                        });
                        let class = ClassExam {
                            layout: layout.id.clone(),
                            seed,
                            banks,
                            only,
                        };
                        Attempt::start_class(exam, class, now_ms())
                    }
                    None => Attempt::start(exam, now_ms()),
                };
                state.attempt.set(Some(attempt));
                state.save();
                window().scroll_to_with_x_and_y(0.0, 0.0);
            }
            Err(e) => problem.set(Some(e.to_string())),
        }
    };
    let layouts = catalog.with_value(|c| c.layouts().to_vec());
    let several = layouts.len() > 1;
    view! {
        <h1>{move_tr!("exam-title")}</h1>
        <p>{move_tr!("exam-intro-lead")}</p>
        <p><a href="/guide">{move_tr!("guide-link")}</a></p>
        <BankErrors errors=catalog.with_value(|c| c.errors().to_vec()) />
        {shared_seed
            .map(|seed| {
                view! { <p class="notice">{move_tr!("exam-shared", { "seed" => seed.to_string() })}</p> }
            })}
        {share_problem
            .map(|problem| {
                let message = match problem {
                    ShareProblem::BadCode(code) => {
                        move_tr!("exam-share-bad-code", { "code" => code.clone() })
                    }
                    ShareProblem::UnknownLayout(layout) => {
                        move_tr!("exam-share-unknown-layout", { "layout" => layout.clone() })
                    }
                    ShareProblem::MissingBanks(banks) => {
                        move_tr!("exam-share-missing-banks", { "banks" => banks.clone() })
                    }
                };
                view! {
                    <p class="notice warning" role="alert" data-testid="share-problem">
                        <bdi>{message}</bdi>
                    </p>
                }
            })}
        <Show when=move || several>
            <RadioGroup
                name="layout"
                legend=move_tr!("exam-layout-label")
                options=layouts
                    .iter()
                    .map(|l| RadioOption::new(l.id.clone(), l.id.clone(), l.title.clone()))
                    .collect()
                selected=chosen
                on_choose=Callback::new(move |id| chosen.set(Some(id)))
                text_lang="it"
            />
        </Show>
        {move || {
            layout()
                .map(|l| {
                    let pass = l.pass_mark.to_string();
                    let max = l.max_points().to_string();
                    let parts = l.sections.len();
                    view! {
                        <p class="layout-description" lang="it" dir="ltr">{l.description.clone()}</p>
                        <InLearnerLanguage translations=l.description_tr.clone() class="instructions-tr" />
                        <h2>{move_tr!("exam-rules-title")}</h2>
                        <table class="sections-table">
                            {table_head([move_tr!("exam-col-section"), move_tr!("exam-col-time"), move_tr!("exam-col-points")])}
                            <tbody>
                                {l
                                    .sections
                                    .iter()
                                    .map(|s| {
                                        let minutes = (s.seconds() as f64 / 60.0).to_string();
                                        let points = s.max_points().to_string();
                                        view! {
                                            <tr>
                                                <th scope="row">{section_name(s.section)}</th>
                                                <td>{move_tr!("exam-minutes", { "minutes" => minutes.clone() })}</td>
                                                <td>{points}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                        <ul class="rules">
                            <li>{move_tr!("exam-rule-sections", { "count" => parts })}</li>
                            <li>{move_tr!("exam-rule-pass", { "pass" => pass.clone(), "max" => max.clone() })}</li>
                            <li>{move_tr!("exam-rule-twice")}</li>
                            <li>{move_tr!("exam-rule-timeout")}</li>
                            <li>{move_tr!("exam-rule-no-back")}</li>
                            <li>{move_tr!("exam-rule-saved")}</li>
                        </ul>
                        <VoiceCheck />
                    }
                })
        }}
        {move || {
            problem
                .get()
                .map(|p| {
                    view! {
                        <div class="notice warning" role="alert">
                            <p>{move_tr!("exam-cannot-generate")}</p>
                            <p class="technical">{p}</p>
                        </div>
                    }
                })
        }}
        <div class="actions">
            <button
                type="button"
                class="button primary"
                data-testid="exam-start"
                disabled=move || layout().is_none()
                on:click=start
            >
                {move_tr!("exam-start")}
            </button>
        </div>
    }
}
