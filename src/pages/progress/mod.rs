//! `/progress`: the history of finished exams with their review, statistics (readiness, days in
//! a row, score over time, accuracy per section, topic and item kind), the backup of everything
//! saved, and the next step.
//! `/progress?attempt=ID` reviews one exam of the history.

mod backup;
mod history;
mod stats;

use crate::components::next_step::NextStepLink;
use crate::pages::exam::results::Results;
use crate::pages::exam::ExamState;
use crate::storage;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use sportello_core::attempt::Attempt;
use sportello_core::progress::{recent_accuracy, History};
use sportello_core::saved::StorageKey;

/// What the page shows of the saved results, re-read when they change (here or in another tab).
#[derive(Clone, Copy)]
pub(crate) struct Saved {
    /// Summaries of every finished exam.
    pub history: RwSignal<History>,
    /// The finished exams kept in full.
    pub finished: RwSignal<Vec<Attempt>>,
}

impl Saved {
    fn load() -> Saved {
        Saved {
            history: RwSignal::new(storage::saved().history()),
            finished: RwSignal::new(storage::saved().finished()),
        }
    }

    /// Reads the saved results again.
    pub fn refresh(&self) {
        self.history.set(storage::saved().history());
        self.finished.set(storage::saved().finished());
    }
}

/// The progress page.
#[component]
pub fn Progress() -> impl IntoView {
    let saved = Saved::load();
    let listener = window_event_listener(leptos::ev::storage, move |ev| {
        if storage::changed_elsewhere(&ev, &[StorageKey::History, StorageKey::Finished]) {
            saved.refresh();
        }
    });
    on_cleanup(move || listener.remove());
    let query = use_query_map();
    let attempt_id = Memo::new(move |_| query.with(|q| q.get("attempt")));
    view! {
        <section class="page progress">
            {move || match attempt_id.get() {
                Some(id) => view! { <PastAttempt id saved /> }.into_any(),
                None => view! { <Overview saved /> }.into_any(),
            }}
        </section>
    }
}

/// The history, the statistics and the backup.
#[component]
fn Overview(saved: Saved) -> impl IntoView {
    let empty = move || saved.history.with(|h| h.attempts.is_empty());
    view! {
        <h1>{move_tr!("progress-title")}</h1>
        <Show
            when=move || !empty()
            fallback=|| {
                view! {
                    <p data-testid="progress-empty">{move_tr!("progress-empty")}</p>
                    <p>
                        <A href="/exam" attr:class="button primary">
                            {move_tr!("progress-take-exam")}
                        </A>
                    </p>
                }
            }
        >
            <stats::Summary saved />
            <history::AttemptList saved />
            <stats::ScoreOverTime saved />
            <stats::AccuracyTables saved />
        </Show>
        <backup::BackupPanel saved />
        <Show when=move || !empty()>
            <NextStepLink recent=Signal::derive(move || saved.finished.with(|f| recent_accuracy(f))) />
        </Show>
    }
}

/// The review of one exam of the history, if it is still kept in full.
#[component]
fn PastAttempt(id: String, saved: Saved) -> impl IntoView {
    // A writing grade given here changes the history shown when going back.
    on_cleanup(move || saved.refresh());
    let back = view! {
        <p>
            <A href="/progress" attr:data-testid="progress-back">
                "← "
                {move_tr!("progress-back")}
            </A>
        </p>
    };
    match storage::saved().finished_attempt(&id) {
        Some(attempt) => {
            let state = ExamState::from_history(attempt);
            provide_context(state);
            view! {
                {back}
                // A polite live region, always present: announced without moving the focus.
                <div role="status" data-testid="save-status">
                    <Show when=move || state.save_failed.get()>
                        <p class="notice warning">{move_tr!("progress-save-failed")}</p>
                    </Show>
                </div>
                <Results />
            }
            .into_any()
        }
        None => view! {
            {back}
            <h1>{move_tr!("progress-review-title")}</h1>
            <p data-testid="progress-review-gone">{move_tr!("progress-details-gone")}</p>
        }
        .into_any(),
    }
}
