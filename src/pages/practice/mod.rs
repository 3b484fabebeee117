//! `/practice`: untimed practice by section, topic and item kind, with right/wrong and the
//! explanation after each answer; every mistake (here or in a finished exam) goes to the spaced
//! review ("Ripasso"), whose due items can be reviewed from this page.
//!
//! A link can set the filters, `/practice?section=reading&topic=casa&kind=true_false` (values
//! as in bank files; one that names nothing is ignored with a note), practise the tasks of one
//! bank only, `/practice?bank=ID` (a teacher's set), or start the review of the due items,
//! `/practice?review=due`.

pub(crate) mod task;
mod teacher_sets;

use crate::catalog::{use_catalog, Catalog};
use crate::components::labels::{kind_name, section_name, topic_options};
use crate::components::page::Page;
use crate::components::radio_group::{RadioGroup, RadioOption};
use crate::storage::{self, now_ms};
use leptos::prelude::*;
use leptos_fluent::move_tr;
use leptos_router::hooks::use_query_map;
use sportello_core::bank::{ItemKind, Section, Topic};
use sportello_core::practice::{kinds_in, Filter, Mode, Served, Session};
use sportello_core::review::{ItemKey, ReviewQueue};
use std::sync::Arc;
use std::time::Duration;
use task::PracticeTask;
use teacher_sets::TeacherSets;

/// How often the number of due items is brought up to date while the page is open.
const DUE_REFRESH: Duration = Duration::from_secs(30);

/// What the page shares with its task views; a lesson page shares it too, to present its
/// practice with the same views.
#[derive(Clone, Copy)]
pub(crate) struct PracticeState {
    /// The review queue as last saved.
    queue: RwSignal<ReviewQueue>,
    /// True while the last save failed (storage full or blocked).
    save_failed: RwSignal<bool>,
    /// Whether recordings use the slowest speech rate.
    slower: RwSignal<bool>,
    /// The time the due count is computed at.
    now: RwSignal<u64>,
    /// True in a practice session, whose answers go to the spaced review and whose tasks take
    /// focus as they are served; false in a lesson, which only checks answers.
    in_session: bool,
}

impl PracticeState {
    /// The state of a page: a practice session's, or a lesson's (`in_session` false).
    pub(crate) fn new(in_session: bool) -> Self {
        PracticeState {
            queue: RwSignal::new(storage::saved().review_queue()),
            save_failed: RwSignal::new(false),
            slower: RwSignal::new(false),
            now: RwSignal::new(now_ms()),
            in_session,
        }
    }

    /// Notes a checked answer in the review queue and saves it. The queue is read again first,
    /// so an exam finished in another tab is not overwritten.
    fn answered(&self, key: ItemKey, right: bool) {
        if !self.in_session {
            return;
        }
        let now = now_ms();
        let mut queue = storage::saved().review_queue();
        queue.answered(key, right, now);
        self.save_failed
            .set(storage::saved().save_review_queue(&queue).is_err());
        self.queue.set(queue);
        self.now.set(now);
    }
}

/// The link that practises the tasks of the bank `id` alone.
pub fn bank_href(id: &str) -> String {
    format!(
        "/practice?bank={}",
        String::from(js_sys::encode_uri_component(id))
    )
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
        <Page class="practice" title=move_tr!("practice-title")>
            <Suspense fallback=|| view! { <p role="status">{move_tr!("loading-banks")}</p> }>
                {move || Suspend::new(async move {
                    let catalog = catalog.await;
                    view! { <PracticeBody catalog /> }
                })}
            </Suspense>
            <TeacherSets catalog />
            <p>
                <a href="/class" data-testid="practice-class">{move_tr!("class-open-file-label")}</a>
            </p>
        </Page>
    }
}

#[component]
fn PracticeBody(catalog: Arc<Catalog>) -> impl IntoView {
    let state = PracticeState::new(true);
    provide_context(state);
    let refresh = set_interval_with_handle(move || state.now.set(now_ms()), DUE_REFRESH).ok();
    on_cleanup(move || {
        if let Some(h) = refresh {
            h.clear();
        }
    });
    let catalog = StoredValue::new(catalog);
    // Due items whose task is still in the banks: the ones a review serves.
    let due = Memo::new(move |_| {
        let now = state.now.get();
        state
            .queue
            .with(|q| catalog.with_value(|c| q.due_among(now, c.tasks()).len()))
    });
    let waiting = Memo::new(move |_| {
        let now = state.now.get();
        state.queue.with(|q| q.waiting(now))
    });

    let query = use_query_map().get_untracked();
    let (asked, mut ignored) = Filter::from_query(
        query.get_str("section"),
        query.get_str("topic"),
        query.get_str("kind"),
    );
    let review_asked = query.get_str("review").is_some();
    // One bank only, when the link names a bank that is there.
    let bank: Option<(String, String)> = query.get_str("bank").and_then(|id| {
        let found = catalog.with_value(|c| c.bank(id).map(|b| (b.id.clone(), b.title.clone())));
        if found.is_none() {
            ignored.push(id.to_string());
        }
        found
    });
    let bank = StoredValue::new(bank);
    let bank_id = move || bank.with_value(|b| b.as_ref().map(|(id, _)| id.clone()));
    let section = RwSignal::new(asked.section);
    let topic = RwSignal::new(asked.topic);
    let kind = RwSignal::new(asked.kind);
    let filter = move || Filter {
        section: section.get(),
        topic: topic.get(),
        kind: kind.get(),
    };
    let available = Memo::new(move |_| {
        let f = filter();
        let id = bank_id();
        catalog.with_value(|c| f.count(c.tasks_of(id.as_deref())))
    });
    let kinds = Memo::new(move |_| {
        let s = section.get();
        let id = bank_id();
        catalog.with_value(|c| kinds_in(c.tasks_of(id.as_deref()), s))
    });
    // A kind asked for that the section's tasks do not use is ignored like an unknown one.
    if let Some(k) = asked.kind.filter(|k| !kinds.get_untracked().contains(k)) {
        kind.set(None);
        ignored.push(k.as_str().to_string());
    }

    // What the page shows (the filters or a session), and the session's own state.
    let mode = RwSignal::new(None::<Mode>);
    let session = StoredValue::new(None::<Session>);
    let served = RwSignal::new(None::<Served>);
    let serve_next = move || {
        // A review serves what is due now, and the due count is brought up to date with it.
        if mode.get_untracked() == Some(Mode::Review) {
            state.now.set(now_ms());
        }
        let now = state.now.get_untracked();
        // A review serves due items of every bank; practice, the chosen bank's tasks.
        let id = bank_id().filter(|_| mode.get_untracked() != Some(Mode::Review));
        let next = session
            .try_update_value(|s| {
                let s = s.as_mut()?;
                catalog.with_value(|c| {
                    state.queue.with_untracked(|q| {
                        s.next(c.tasks_of(id.as_deref()), q, now, random_seed())
                    })
                })
            })
            .flatten();
        served.set(next);
    };
    let start = move |m: Mode| {
        session.set_value(Some(Session::new(m)));
        mode.set(Some(m));
        serve_next();
    };
    let stop = move |_| {
        session.set_value(None);
        mode.set(None);
        served.set(None);
    };

    // A kind the newly chosen section lacks is dropped.
    let choose_section = Callback::new(move |s: Option<Section>| {
        section.set(s);
        let usable = kinds.get_untracked();
        if kind.get_untracked().is_some_and(|k| !usable.contains(&k)) {
            kind.set(None);
        }
    });
    let filters = move || {
        view! {
            <form
                class="practice-filters"
                on:submit=move |ev| {
                    ev.prevent_default();
                    start(Mode::Practice(filter()));
                }
            >
                <RadioGroup
                    name="practice-section"
                    legend=move_tr!("practice-section-legend")
                    options=std::iter::once(
                            RadioOption::new(None, "mixed", move_tr!("practice-all-sections")),
                        )
                        .chain(
                            Section::ALL
                                .into_iter()
                                .map(|s| RadioOption::new(Some(s), s.as_str(), section_name(s))),
                        )
                        .collect()
                    selected=Signal::derive(move || Some(section.get()))
                    on_choose=choose_section
                />
                <div class="field">
                    <label for="practice-topic">{move_tr!("practice-topic-label")}</label>
                    <select
                        id="practice-topic"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            topic.set(Topic::named(&value));
                        }
                    >
                        <option value="" prop:selected=move || topic.get().is_none()>
                            {move_tr!("practice-all-topics")}
                        </option>
                        {topic_options(move |t| topic.get() == Some(t))}
                    </select>
                </div>
                <div class="field">
                    <label for="practice-kind">{move_tr!("practice-kind-label")}</label>
                    <select
                        id="practice-kind"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            kind.set(ItemKind::named(&value));
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

    if review_asked && due.get_untracked() > 0 {
        start(Mode::Review);
    }
    let ignored = ignored.join(", ");
    let choosing = move || mode.with(Option::is_none);
    view! {
        <Show when=choosing>
            <p>{move_tr!("practice-intro")}</p>
        </Show>
        {bank
            .get_value()
            .map(|(_, title)| {
                view! {
                    <p class="notice" data-testid="practice-bank">
                        {move_tr!("practice-bank-only")}
                        " "
                        <span lang="it" dir="ltr">{title}</span>
                        " · "
                        // A full load: the page reads its link once, when it opens.
                        <a href="/practice" rel="external">
                            {move_tr!("practice-bank-all")}
                        </a>
                    </p>
                }
            })}
        {(!ignored.is_empty())
            .then(|| {
                view! {
                    <p class="notice warning" data-testid="practice-query-ignored">
                        {move_tr!("practice-query-ignored", { "values" => ignored.clone() })}
                    </p>
                }
            })}
        // A polite live region, always present: the failure is announced without moving focus.
        <div role="status" data-testid="save-status">
            <Show when=move || state.save_failed.get()>
                <p class="notice warning">{move_tr!("practice-save-failed")}</p>
            </Show>
        </div>
        <section class="review-queue" aria-label=move_tr!("review-queue-title")>
            <p class="review-queue-count">
                {move || move_tr!("review-queue-due", { "count" => due.get() }).get()}
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
                data-count=move || due.get().to_string()
                disabled=move || due.get() == 0
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
