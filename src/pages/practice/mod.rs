//! `/practice`: untimed practice by section, topic and item kind, with right/wrong and the
//! explanation after each answer; every mistake (here or in a finished exam) goes to the spaced
//! review ("Ripasso"), whose due items can be reviewed from this page.

mod task;

use crate::catalog::{use_catalog, Catalog};
use crate::components::labels::{kind_name, section_name, topic_name};
use crate::records;
use crate::storage::now_ms;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::bank::{ItemKind, Section, Task, Topic};
use sportello_core::exam::ExamTask;
use sportello_core::practice::{kinds_in, next_task, present_item, Filter};
use sportello_core::review::{ItemKey, ReviewQueue};
use std::sync::Arc;
use std::time::Duration;
use task::PracticeTask;

/// How often the number of due items is brought up to date while the page is open.
const DUE_REFRESH: Duration = Duration::from_secs(30);

/// What the page shares with its task views.
#[derive(Clone, Copy)]
struct PracticeState {
    /// The review queue as last saved.
    queue: RwSignal<ReviewQueue>,
    /// True while the last save failed (storage full or blocked).
    save_failed: RwSignal<bool>,
    /// Whether recordings use the slowest speech rate.
    slower: RwSignal<bool>,
    /// The time the due count is computed at.
    now: RwSignal<u64>,
}

impl PracticeState {
    /// Notes a checked answer in the review queue and saves it. The queue is read again first,
    /// so an exam finished in another tab is not overwritten.
    fn answered(&self, key: ItemKey, right: bool) {
        let now = now_ms();
        let mut queue = records::review_queue();
        queue.answered(key, right, now);
        self.save_failed
            .set(records::save_review_queue(&queue).is_err());
        self.queue.set(queue);
        self.now.set(now);
    }
}

/// What is being practised.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    /// Tasks fitting the filter, one after another.
    Practice(Filter),
    /// The due items of the review queue, one at a time.
    Review,
}

/// The task on screen.
#[derive(Clone)]
struct Served {
    task: ExamTask,
    section: Section,
}

/// A fresh seed for shuffling a task's options.
fn random_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64
}

/// The practice page.
#[component]
pub fn Practice() -> impl IntoView {
    let catalog = use_catalog();
    view! {
        <section class="page practice">
            <h1>{move_tr!("practice-title")}</h1>
            <Suspense fallback=|| view! { <p role="status">{move_tr!("loading-banks")}</p> }>
                {move || Suspend::new(async move {
                    let catalog = catalog.await;
                    view! { <PracticeBody catalog /> }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn PracticeBody(catalog: Arc<Catalog>) -> impl IntoView {
    let state = PracticeState {
        queue: RwSignal::new(records::review_queue()),
        save_failed: RwSignal::new(false),
        slower: RwSignal::new(false),
        now: RwSignal::new(now_ms()),
    };
    provide_context(state);
    let refresh = set_interval_with_handle(move || state.now.set(now_ms()), DUE_REFRESH).ok();
    on_cleanup(move || {
        if let Some(h) = refresh {
            h.clear();
        }
    });
    let catalog = StoredValue::new(catalog);
    let find_task = move |id: &str| -> Option<Task> {
        catalog.with_value(|c| c.tasks().find(|t| t.id == id).cloned())
    };
    // Due items whose task is still in the banks, longest due first.
    let due = Memo::new(move |_| {
        let now = state.now.get();
        state.queue.with(|q| {
            q.due(now)
                .into_iter()
                .map(|c| c.key.clone())
                .filter(|k| {
                    catalog.with_value(|c| {
                        c.tasks()
                            .any(|t| t.id == k.task_id && t.items.iter().any(|i| i.id == k.item_id))
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    let waiting = Memo::new(move |_| {
        let now = state.now.get();
        state
            .queue
            .with(|q| q.cards().iter().filter(|c| !c.is_due(now)).count())
    });

    let section = RwSignal::new(None::<Section>);
    let topic = RwSignal::new(None::<Topic>);
    let kind = RwSignal::new(None::<ItemKind>);
    let filter = move || Filter {
        section: section.get(),
        topic: topic.get(),
        kind: kind.get(),
    };
    let available = Memo::new(move |_| {
        let f = filter();
        catalog.with_value(|c| f.count(c.tasks()))
    });
    let kinds = Memo::new(move |_| {
        let s = section.get();
        catalog.with_value(|c| kinds_in(c.tasks(), s))
    });

    let mode = RwSignal::new(None::<Mode>);
    let served = RwSignal::new(None::<Served>);
    // Tasks done in this practice, items served in this review.
    let done = StoredValue::new(Vec::<String>::new());
    let reviewed = StoredValue::new(Vec::<ItemKey>::new());
    let serve_next = move || {
        let next = match mode.get_untracked() {
            Some(Mode::Practice(f)) => {
                let task = catalog.with_value(|c| {
                    done.with_value(|d| next_task(c.tasks(), &f, d, random_seed()))
                });
                if let Some(t) = &task {
                    done.update_value(|d| d.push(t.id.clone()));
                }
                task
            }
            Some(Mode::Review) => {
                state.now.set(now_ms());
                let key = due
                    .get_untracked()
                    .into_iter()
                    .find(|k| reviewed.with_value(|r| !r.contains(k)));
                key.and_then(|k| {
                    let task = present_item(&find_task(&k.task_id)?, &k.item_id, random_seed());
                    reviewed.update_value(|r| r.push(k));
                    task
                })
            }
            None => None,
        };
        served.set(next.map(|task| {
            let section = find_task(&task.id).map_or(Section::Reading, |t| t.section);
            Served { task, section }
        }));
    };
    let start = move |m: Mode| {
        done.set_value(Vec::new());
        reviewed.set_value(Vec::new());
        mode.set(Some(m));
        serve_next();
    };
    let stop = move |_| {
        mode.set(None);
        served.set(None);
    };

    let filters = move || {
        view! {
            <form
                class="practice-filters"
                on:submit=move |ev| {
                    ev.prevent_default();
                    start(Mode::Practice(filter()));
                }
            >
                <fieldset>
                    <legend>{move_tr!("practice-section-legend")}</legend>
                    <label class="choice">
                        <input
                            type="radio"
                            name="practice-section"
                            value="mixed"
                            prop:checked=move || section.get().is_none()
                            on:change=move |_| section.set(None)
                        />
                        <span>{move_tr!("practice-all-sections")}</span>
                    </label>
                    {Section::ALL
                        .into_iter()
                        .map(|s| {
                            view! {
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name="practice-section"
                                        value=s.as_str()
                                        prop:checked=move || section.get() == Some(s)
                                        on:change=move |_| {
                                            section.set(Some(s));
                                            let usable = kinds.get_untracked();
                                            if kind.get_untracked().is_some_and(|k| !usable.contains(&k)) {
                                                kind.set(None);
                                            }
                                        }
                                    />
                                    <span>{section_name(s)}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <div class="field">
                    <label for="practice-topic">{move_tr!("practice-topic-label")}</label>
                    <select
                        id="practice-topic"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            topic.set(Topic::ALL.into_iter().find(|t| t.as_str() == value));
                        }
                    >
                        <option value="" prop:selected=move || topic.get().is_none()>
                            {move_tr!("practice-all-topics")}
                        </option>
                        {Topic::ALL
                            .into_iter()
                            .map(|t| {
                                view! {
                                    <option value=t.as_str() prop:selected=move || topic.get() == Some(t)>
                                        {topic_name(t)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="practice-kind">{move_tr!("practice-kind-label")}</label>
                    <select
                        id="practice-kind"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            kind.set(ItemKind::ALL.into_iter().find(|k| k.as_str() == value));
                        }
                    >
                        <option value="" prop:selected=move || kind.get().is_none()>
                            {move_tr!("practice-all-kinds")}
                        </option>
                        <For each=move || kinds.get() key=|k| *k let:k>
                            <option value=k.as_str() prop:selected=move || kind.get() == Some(k)>
                                {kind_name(k)}
                            </option>
                        </For>
                    </select>
                </div>
                <p role="status" data-testid="practice-available">
                    {move || move_tr!("practice-available", { "count" => available.get() }).get()}
                </p>
                <button
                    type="submit"
                    class="button primary"
                    data-testid="practice-start"
                    disabled=move || available.get() == 0
                >
                    {move_tr!("practice-start")}
                </button>
            </form>
        }
    };

    let session = move || {
        let reviewing = mode.get() == Some(Mode::Review);
        view! {
            {move || match served.get() {
                Some(Served { task, section }) => view! { <PracticeTask task section /> }.into_any(),
                None if reviewing => view! {
                    <p class="notice" role="status" data-testid="review-queue-done">
                        {move_tr!("review-queue-done")}
                    </p>
                }
                .into_any(),
                None => view! { <p class="notice" role="status">{move_tr!("practice-none")}</p> }
                    .into_any(),
            }}
            <div class="actions">
                <Show when=move || served.with(Option::is_some)>
                    <button
                        type="button"
                        class="button primary"
                        data-testid="practice-next"
                        on:click=move |_| {
                            serve_next();
                            window().scroll_to_with_x_and_y(0.0, 0.0);
                        }
                    >
                        {if reviewing { move_tr!("review-queue-next") } else { move_tr!("practice-next") }}
                    </button>
                </Show>
                <button type="button" class="button" data-testid="practice-stop" on:click=stop>
                    {move_tr!("practice-stop")}
                </button>
            </div>
        }
    };

    let choosing = move || mode.with(Option::is_none);
    view! {
        <Show when=choosing>
            <p>{move_tr!("practice-intro")}</p>
        </Show>
        <Show when=move || state.save_failed.get()>
            <p class="notice warning" role="alert">{move_tr!("practice-save-failed")}</p>
        </Show>
        <section class="review-queue" aria-label=move_tr!("review-queue-title")>
            <p class="review-queue-count">
                {move || move_tr!("review-queue-due", { "count" => due.with(Vec::len) }).get()}
                {move || {
                    let n = waiting.get();
                    (n > 0 && choosing())
                        .then(|| view! { " " {move_tr!("review-queue-waiting", { "count" => n })} })
                }}
            </p>
            <button
                type="button"
                class="button"
                data-testid="review-due"
                data-count=move || due.with(Vec::len).to_string()
                disabled=move || due.with(Vec::is_empty)
                on:click=move |_| start(Mode::Review)
            >
                {move_tr!("review-queue-start")}
            </button>
            <Show when=choosing>
                <p class="hint">{move_tr!("review-queue-help")}</p>
            </Show>
        </section>
        {move || match mode.get() {
            None => filters().into_any(),
            Some(_) => session().into_any(),
        }}
    }
}
