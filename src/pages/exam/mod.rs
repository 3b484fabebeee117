//! `/exam`: the timed simulation. Intro (rules, layout) → one section at a time → results.
//! A shared link `/exam?seed=N&layout=ID` gives a whole class the same exam.

mod intro;
pub mod query;
mod result_code;
pub mod results;
mod running;
mod time_up;

use crate::catalog::use_catalog;
use crate::storage::{self, now_ms};
use leptos::html;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use leptos_router::hooks::{use_query, use_query_map};
use query::{ExamQuery, ShareProblem};
use sportello_core::attempt::Attempt;
use sportello_core::saved::StorageKey;
use std::cell::RefCell;
use std::time::Duration;

/// Which attempt the page shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ExamMode {
    /// The learner's current exam: saved as the attempt in progress, and recorded in the history
    /// (with its mistakes in the review queue) once finished.
    Current,
    /// A finished attempt reviewed from the history: changes (a writing grade) update the
    /// history only, never the exam in progress.
    FromHistory,
}

/// The learner's exam, shared by the views of this page.
#[derive(Clone, Copy)]
pub struct ExamState {
    /// The attempt in progress or just finished; `None` before starting.
    pub attempt: RwSignal<Option<Attempt>>,
    /// True while the last save failed (storage full): the attempt stays in memory and saving
    /// is retried on the next change.
    pub save_failed: RwSignal<bool>,
    /// Which attempt this is.
    pub mode: ExamMode,
    /// Whether sections closed while the page was closed (their time ran out meanwhile).
    pub closed_while_away: RwSignal<bool>,
    /// The heading of the view shown (the running section's, or the results'): it takes the
    /// focus when the learner moves on.
    pub heading: NodeRef<html::H1>,
}

impl ExamState {
    /// The state for reviewing a finished attempt from the history.
    pub fn from_history(attempt: Attempt) -> Self {
        ExamState {
            attempt: RwSignal::new(Some(attempt)),
            save_failed: RwSignal::new(false),
            mode: ExamMode::FromHistory,
            closed_while_away: RwSignal::new(false),
            heading: NodeRef::new(),
        }
    }

    /// Changes the attempt, then saves it (and records it in the history once finished).
    pub fn update(&self, change: impl FnOnce(&mut Attempt)) {
        self.attempt.update(|a| {
            if let Some(a) = a {
                change(a);
            }
        });
        self.save();
    }

    /// Saves the attempt as it is now. If that fails (storage full), the learner's current
    /// exam is also kept in memory for the session, so leaving the page and coming back does
    /// not lose it, and the browser asks before the page is left or reloaded; saving is tried
    /// again on every change and every [`RETRY_SAVE`].
    pub fn save(&self) {
        let from_history = self.mode == ExamMode::FromHistory;
        let ok = self.attempt.with_untracked(|a| match a {
            Some(a) if from_history => storage::saved().record_finished(a).is_ok(),
            Some(a) if a.is_finished() => {
                storage::saved().save_attempt(a).is_ok()
                    && storage::saved().record_finished(a).is_ok()
                    && storage::saved().record_exam_mistakes(a).is_ok()
            }
            Some(a) => storage::saved().save_attempt(a).is_ok(),
            None => true,
        });
        if self.mode == ExamMode::Current {
            let unsaved = if ok {
                None
            } else {
                self.attempt.get_untracked()
            };
            // The exam is its own module: leaving for another page is a page load.
            crate::leave_guard::ask_before_leaving(unsaved.is_some());
            UNSAVED.with(|u| *u.borrow_mut() = unsaved);
        }
        self.save_failed.set(!ok);
    }
}

/// How often saving is tried again while it fails.
const RETRY_SAVE: Duration = Duration::from_secs(10);

thread_local! {
    /// The learner's current exam while it cannot be saved, for the rest of the session.
    static UNSAVED: RefCell<Option<Attempt>> = const { RefCell::new(None) };
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Intro,
    Running,
    Results,
}

/// The exam page.
#[component]
pub fn Exam() -> impl IntoView {
    // An exam that could not be saved earlier in this session comes before the saved one.
    let unsaved = UNSAVED.with(|u| u.borrow().clone());
    let had_unsaved = unsaved.is_some();
    let mut saved = unsaved.or_else(|| storage::saved().current_attempt());
    // Time passed while the page was closed: close the sections whose deadline is gone.
    let closed = saved.as_mut().map_or(0, |a| a.sync(now_ms()));
    let state = ExamState {
        attempt: RwSignal::new(saved),
        save_failed: RwSignal::new(false),
        mode: ExamMode::Current,
        closed_while_away: RwSignal::new(closed > 0),
        heading: NodeRef::new(),
    };
    // Save (and record in the history, if that finished it) only what the catch-up changed.
    if closed > 0 || had_unsaved {
        state.save();
    }
    provide_context(state);
    // Another tab changed the exam: take its version, so two tabs never overwrite each other
    // (unless this one is unsaved: it would be lost).
    let listener = window_event_listener(leptos::ev::storage, move |ev| {
        if storage::changed_elsewhere(&ev, &[StorageKey::Attempt])
            && !state.save_failed.get_untracked()
        {
            state.attempt.set(storage::saved().current_attempt());
        }
    });
    on_cleanup(move || listener.remove());
    // While saving fails, try again now and then: space may have been freed meanwhile.
    let retry = set_interval_with_handle(
        move || {
            if state.save_failed.get_untracked() {
                state.save();
            }
        },
        RETRY_SAVE,
    )
    .ok();
    on_cleanup(move || {
        if let Some(retry) = retry {
            retry.clear();
        }
    });
    let query = use_query::<ExamQuery>();
    let raw_query = use_query_map();
    let catalog = use_catalog();
    // Re-render the page only when the phase changes, not on every answer.
    let phase = Memo::new(move |_| {
        state.attempt.with(|a| match a {
            None => Phase::Intro,
            Some(a) if a.is_finished() => Phase::Results,
            Some(_) => Phase::Running,
        })
    });
    // Moving on (the start, the next section, the hand-in, a section's time running out) puts the
    // focus on the new view's heading, so keyboard and screen-reader users need not travel
    // through the menu again.
    let place = Memo::new(move |_| {
        state
            .attempt
            .with(|a| a.as_ref().map(|a| (a.is_finished(), a.current_section())))
    });
    Effect::new(move |before: Option<Option<(bool, Option<usize>)>>| {
        let now = place.get();
        if now.is_some() && before.is_some_and(|b| b != now) {
            // The new view is drawn by then.
            request_animation_frame(move || {
                if let Some(h) = state.heading.get_untracked() {
                    let _ = h.focus();
                }
            });
        }
        now
    });
    view! {
        <section class="page exam">
            // A polite live region, always present, so the failure is announced without
            // interrupting or moving the focus.
            <div role="status" data-testid="save-status">
                <Show when=move || state.save_failed.get()>
                    <p class="notice warning">{move_tr!("save-failed")}</p>
                </Show>
            </div>
            {move || match phase.get() {
                Phase::Results => view! { <results::Results /> }.into_any(),
                Phase::Running => view! { <running::Running /> }.into_any(),
                Phase::Intro => {
                    // A code that is not a number makes the whole query unreadable: say which.
                    let (shared, bad_code) = match query.get() {
                        Ok(q) => (q, None),
                        Err(_) => (
                            ExamQuery {
                                seed: None,
                                layout: raw_query.with(|q| q.get("layout")),
                                ..ExamQuery::default()
                            },
                            raw_query.with(|q| q.get("seed")).map(ShareProblem::BadCode),
                        ),
                    };
                    view! {
                        <Suspense fallback=|| {
                            view! {
                                <h1>{move_tr!("exam-title")}</h1>
                                <p role="status">{move_tr!("loading-banks")}</p>
                            }
                        }>
                            {move || {
                                let shared = shared.clone();
                                let bad_code = bad_code.clone();
                                Suspend::new(async move {
                                    let catalog = catalog.await;
                                    view! { <intro::Intro catalog shared bad_code /> }
                                })
                            }}
                        </Suspense>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
