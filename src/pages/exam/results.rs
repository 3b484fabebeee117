//! The result of a finished exam: total, verdict, points per section, the learner's own grading
//! of the writing, the review of every item with transcripts (all items, only the mistakes or
//! only the unanswered ones), and the next step.

use super::result_code::ResultCodeBox;
use super::time_up::TimedOut;
use super::{ExamMode, ExamState};
use crate::catalog::use_catalog;
use crate::components::item_review::ItemReview;
use crate::components::labels::section_name;
use crate::components::learner_language::InLearnerLanguage;
use crate::components::lesson_link::LessonLinks;
use crate::components::next_step::NextStepLink;
use crate::components::review_filter::ReviewFilterChoice;
use crate::components::stimulus::{ReadingStimulus, Transcript};
use crate::components::writing_guide::{GradedItem, WritingGuide};
use crate::download::{file_date, Downloads};
use crate::lessons::use_lessons;
use crate::storage::{self, now_ms};
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::answer::Answers;
use sportello_core::attempt::Attempt;
use sportello_core::bank::Section;
use sportello_core::exam::{ExamSection, ExamTask};
use sportello_core::layout::Scoring;
use sportello_core::outcome::{exam_outcomes, Outcome, ReviewFilter};
use sportello_core::progress::recent_accuracy;
use sportello_core::saved::backup::{Backup, BackupData};
use sportello_core::score::WritingGrade;

/// The results of the attempt in the exam state (provide an [`ExamState`] as context; use
/// [`ExamState::from_history`] to review an attempt from the history).
#[component]
pub fn Results() -> impl IntoView {
    let state = expect_context::<ExamState>();
    let report = Memo::new(move |_| state.attempt.with(|a| a.as_ref().map(Attempt::score)));
    // Shown only while the state holds a finished attempt (see the page's phase).
    let attempt = state.attempt.get_untracked().expect("finished attempt");
    let read_not_heard = attempt.read_not_heard().clone();
    let sections = attempt.exam().sections.clone();
    let writing: Vec<ExamTask> = sections
        .iter()
        .filter(|s| matches!(s.scoring, Scoring::Bands { .. }))
        .flat_map(|s| s.tasks.iter().cloned())
        .collect();
    let writing_title = (!writing.is_empty()).then(|| {
        view! {
            <h2>{move_tr!("writing-grading-title")}</h2>
            <p>{move_tr!("writing-grading-lead")}</p>
        }
    });
    let outcomes = exam_outcomes(attempt.exam(), attempt.answers());
    let recent = {
        let mut finished = storage::saved().finished();
        if !finished.iter().any(|a| a.id() == attempt.id()) {
            finished.push(attempt.clone());
        }
        recent_accuracy(&finished)
    };
    // Each reviewed task links its lessons: the review waits for them (and for the banks they
    // are matched against), so that nothing moves under the learner's finger when they arrive.
    let (lessons, catalog) = (use_lessons(), use_catalog());
    let ready = move || lessons.get().is_some() && catalog.get().is_some();
    let total = move || {
        report
            .get()
            .map(|r| r.total.to_string())
            .unwrap_or_default()
    };
    let passed = move || report.get().is_some_and(|r| r.passed);
    let complete = move || report.get().is_some_and(|r| r.complete());
    // A class set's exam: its result goes back to the teacher as a code.
    let class = attempt.class().cloned();
    let max = attempt.exam().max_points().to_string();
    let pass_mark = attempt.exam().pass_mark.to_string();
    view! {
        <h1 tabindex="-1" node_ref=state.heading>
            {move_tr!("results-title")}
        </h1>
        <div class="result-summary">
            // Polite live regions: grading the writing announces the new total and verdict.
            <p class="score" role="status">
                <span data-testid="result-total">{total}</span>
                " / "
                {max.clone()}
            </p>
            // Until every writing task is graded the verdict is provisional, never "not passed".
            <p
                class="verdict-big"
                role="status"
                data-testid="result-verdict"
                data-passed=move || passed().to_string()
                data-final=move || complete().to_string()
            >
                {move || {
                    if !complete() {
                        view! { <span>"… " {move_tr!("results-provisional")}</span> }.into_any()
                    } else if passed() {
                        view! { <span>"✓ " {move_tr!("results-passed")}</span> }.into_any()
                    } else {
                        view! { <span>"✗ " {move_tr!("results-failed")}</span> }.into_any()
                    }
                }}
            </p>
            <p>{move_tr!("results-pass-mark", { "pass" => pass_mark.clone(), "max" => max.clone() })}</p>
            <Show when=move || !complete()>
                <p class="notice">{move_tr!("results-grade-writing-first")}</p>
            </Show>
        </div>
        <TimedOut />
        <ul class="section-results">
            {move || {
                report
                    .get()
                    .map(|r| {
                        r.sections
                            .into_iter()
                            .map(|s| {
                                let read = s.section == Section::Listening && !read_not_heard.is_empty();
                                view! {
                                    <li data-testid="result-section" data-section=s.section.as_str()>
                                        <strong>{section_name(s.section)}</strong>
                                        ": "
                                        {move_tr!("results-section-points", {
                                            "points" => s.points.to_string(),
                                            "max" => s.max.to_string(),
                                        })}
                                        {(!s.graded).then(|| view! { " — " {move_tr!("results-ungraded")} })}
                                        {read.then(|| view! { " — " {move_tr!("results-read-not-heard")} })}
                                    </li>
                                }
                            })
                            .collect_view()
                    })
            }}
        </ul>
        // The writing is graded first: the verdict waits for it.
        {writing_title}
        {writing
            .into_iter()
            .map(|task| view! { <WritingGrading task /> })
            .collect_view()}
        {class.map(|class| view! { <ResultCodeBox class /> })}
        <h2>{move_tr!("results-review-title")}</h2>
        <Show
            when=ready
            fallback=|| view! { <p role="status" data-testid="review-loading">{move_tr!("results-review-loading")}</p> }
        >
            <ReviewAndActions sections=sections.clone() outcomes=outcomes.clone() />
        </Show>
        <NextStepLink recent=Signal::derive(move || recent.clone()) />
    }
}

/// The review of every item (filtered), then, for the exam just finished, what keeps it and the
/// way to a new exam.
#[component]
fn ReviewAndActions(sections: Vec<ExamSection>, outcomes: Vec<Outcome>) -> impl IntoView {
    let state = expect_context::<ExamState>();
    let filter = RwSignal::new(ReviewFilter::All);
    let refused = RwSignal::new(false);
    let new_exam = move |_| {
        // One more try: a new exam replaces this one, which must be saved first.
        state.save();
        if state.save_failed.get_untracked() {
            refused.set(true);
            return;
        }
        state.closed_while_away.set(false);
        // The attempt is in the history: dismissing it loses nothing.
        storage::saved().clear_attempt();
        state.attempt.set(None);
    };
    view! {
        <ReviewFilterChoice filter outcomes />
        {sections
            .into_iter()
            .filter(|s| !matches!(s.scoring, Scoring::Bands { .. }))
            .map(|section| view! { <SectionReview section filter /> })
            .collect_view()}
        <Show when=move || state.mode == ExamMode::Current>
            <Unsaved refused />
            <div class="actions">
                <button type="button" class="button primary" data-testid="new-exam" on:click=new_exam>
                    {move_tr!("results-new-exam")}
                </button>
            </div>
        </Show>
    }
}

/// While the finished exam cannot be saved (storage full): what is at risk, and two ways out:
/// download the exam as a backup file, or free space by deleting the full record of older
/// exams (their summaries stay). `refused` is set when a new exam was asked for meanwhile.
#[component]
fn Unsaved(refused: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<ExamState>();
    let downloads = Downloads::new();
    let downloaded = RwSignal::new(None::<(String, bool)>);
    let still_full = RwSignal::new(false);
    let saved_now = RwSignal::new(false);
    // Shown once saved after being unsaved, so the learner knows the way out worked.
    Effect::new(move |was_unsaved: Option<bool>| {
        let unsaved = state.save_failed.get();
        if was_unsaved == Some(true) && !unsaved {
            saved_now.set(true);
            refused.set(false);
        }
        unsaved
    });
    let download = move |_| {
        let Some(attempt) = state.attempt.get_untracked() else {
            return;
        };
        let text = Backup::new(BackupData::of_attempt(&attempt), now_ms()).to_json();
        let name = format!("sportello-exam-{}.json", file_date());
        let ok = downloads.offer(&name, &text);
        downloaded.set(Some((name, ok)));
    };
    let free_space = move |_| {
        // Deleting can fail only if the shorter list cannot be written; saving then fails too,
        // which the message below says.
        storage::saved().drop_finished_in_full(0).ok();
        state.save();
        still_full.set(state.save_failed.get_untracked());
    };
    view! {
        <Show when=move || saved_now.get() && !state.save_failed.get()>
            <p class="notice" role="status" data-testid="exam-saved-now">
                {move_tr!("results-saved-now")}
            </p>
        </Show>
        <Show when=move || state.save_failed.get()>
            <div class="notice warning" data-testid="unsaved-exam">
                <p>{move_tr!("results-unsaved")}</p>
                <Show when=move || refused.get()>
                    <p role="alert" data-testid="new-exam-refused">
                        {move_tr!("results-new-exam-refused")}
                    </p>
                </Show>
                <div class="actions">
                    <button
                        type="button"
                        class="button primary"
                        data-testid="unsaved-download"
                        on:click=download
                    >
                        {move_tr!("results-unsaved-download")}
                    </button>
                    <button
                        type="button"
                        class="button"
                        data-testid="unsaved-free-space"
                        on:click=free_space
                    >
                        {move_tr!("results-unsaved-free")}
                    </button>
                </div>
                {move || {
                    downloaded
                        .get()
                        .map(|(file, ok)| {
                            if ok {
                                view! {
                                    <p role="status" data-testid="unsaved-downloaded">
                                        {move_tr!("results-unsaved-downloaded", { "file" => file.clone() })}
                                    </p>
                                }
                                .into_any()
                            } else {
                                view! {
                                    <p role="alert">{move_tr!("results-unsaved-download-failed")}</p>
                                }
                                .into_any()
                            }
                        })
                }}
                <Show when=move || still_full.get()>
                    <p role="alert" data-testid="unsaved-still-full">
                        {move_tr!("results-unsaved-still-full")}
                    </p>
                </Show>
            </div>
        </Show>
    }
}

/// The review of one section scored per item, hidden while `filter` shows none of its items.
#[component]
fn SectionReview(section: ExamSection, filter: RwSignal<ReviewFilter>) -> impl IntoView {
    let listening = section.section == Section::Listening;
    let state = expect_context::<ExamState>();
    let outcomes: Vec<Outcome> = state
        .attempt
        .with_untracked(|a| {
            a.as_ref().map(|a| {
                section
                    .tasks
                    .iter()
                    .flat_map(|t| task_outcomes(t, a.answers()))
                    .collect()
            })
        })
        .unwrap_or_default();
    let shown = move || filter.with(|f| outcomes.iter().any(|o| f.shows(*o)));
    view! {
        <section class="section-review" hidden=move || !shown()>
            <h3>{section_name(section.section)}</h3>
            {section
                .tasks
                .into_iter()
                .map(|task| view! { <TaskReview task listening filter /> })
                .collect_view()}
        </section>
    }
}

/// How each item of `task` came out.
fn task_outcomes(task: &ExamTask, answers: &Answers) -> Vec<Outcome> {
    task.items
        .iter()
        .map(|i| Outcome::of(&i.question, answers.get(&task.id, &i.id)))
        .collect()
}

/// The review of a task scored per item: its instructions, its text or transcript, and each
/// item `filter` shows (the task is hidden while it shows none).
#[component]
fn TaskReview(task: ExamTask, listening: bool, filter: RwSignal<ReviewFilter>) -> impl IntoView {
    let state = expect_context::<ExamState>();
    let answers = state
        .attempt
        .with_untracked(|a| a.as_ref().map(|a| a.answers().clone()))
        .unwrap_or_default();
    let stimulus = |s: sportello_core::bank::Stimulus| {
        if !listening {
            view! { <ReadingStimulus stimulus=s /> }.into_any()
        } else if s.content.spoken_text().is_some() {
            view! { <Transcript content=s.content /> }.into_any()
        } else {
            // "Where are they" tasks have a recording per item and none of their own.
            ().into_any()
        }
    };
    let outcomes = task_outcomes(&task, &answers);
    let any_shown = {
        let outcomes = outcomes.clone();
        move || filter.with(|f| outcomes.iter().any(|o| f.shows(*o)))
    };
    view! {
        <article class="task-review" hidden=move || !any_shown()>
            <p class="instructions" lang="it">{task.instructions.clone()}</p>
            {stimulus(task.stimulus.clone())}
            {task
                .items
                .into_iter()
                .zip(outcomes)
                .map(|(item, outcome)| {
                    let answer = answers.get(&task.id, &item.id).cloned();
                    view! {
                        <div class="item-review" hidden=move || !filter.get().shows(outcome)>
                            {item.stimulus.clone().map(stimulus)}
                            <ItemReview
                                question=item.question
                                answer
                                explanation=item.explanation
                                explanation_tr=item.explanation_tr
                            />
                        </div>
                    }
                })
                .collect_view()}
            <LessonLinks task_id=task.id.clone() />
        </article>
    }
}

/// A writing task graded with guidance; the learner's grade updates the total.
#[component]
fn WritingGrading(task: ExamTask) -> impl IntoView {
    let state = expect_context::<ExamState>();
    let task_id = task.id.clone();
    let grade = {
        let id = task_id.clone();
        move || {
            state.attempt.with(|a| {
                a.as_ref()
                    .and_then(|a| a.writing_grades().get(&id).copied())
            })
        }
    };
    let answers = state
        .attempt
        .with_untracked(|a| a.as_ref().map(|a| a.answers().clone()))
        .unwrap_or_default();
    let items = task
        .items
        .iter()
        .map(|item| GradedItem {
            question: item.question.clone(),
            answer: answers.get(&task.id, &item.id).cloned(),
            explanation: item.explanation.clone(),
            explanation_tr: item.explanation_tr.clone(),
        })
        .collect();
    let choose = Callback::new(move |g: WritingGrade| {
        state.update(|a| {
            // Offered only for this finished exam's own band-graded tasks, and "complete" only
            // within the word range, so it holds.
            a.set_writing_grade(&task_id, g).ok();
        })
    });
    view! {
        <article class="task-review writing-review" data-testid="writing-review">
            <p class="instructions" lang="it" dir="ltr">{task.instructions.clone()}</p>
            <InLearnerLanguage translations=task.instructions_tr.clone() class="instructions-tr" />
            <WritingGuide
                items
                grade=Signal::derive(grade)
                on_grade=choose
                name=format!("grade-{}", task.id)
                testid="writing-grade"
            />
        </article>
    }
}
