//! A section in progress: all its tasks on one scrollable page, as on paper, under a countdown
//! whose deadline is a stored timestamp (right after a reload, a background tab or a sleep).

use super::time_up::{time_up, TimeUpNotice, TIME_UP_ID};
use super::ExamState;
use crate::components::confirm::ConfirmButton;
use crate::components::item_input::ItemInput;
use crate::components::labels::section_name;
use crate::components::learner_language::InLearnerLanguage;
use crate::components::stimulus::{ReadingStimulus, Recording};
use crate::settings::use_settings;
use crate::storage::now_ms;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::answer::Answer;
use sportello_core::attempt::{format_mm_ss, TimerWarning};
use sportello_core::bank::Section;
use sportello_core::exam::ExamTask;
use std::time::Duration;

/// The open section of the attempt.
#[component]
pub fn Running() -> impl IntoView {
    let state = expect_context::<ExamState>();
    let now = RwSignal::new(now_ms());
    let warning = RwSignal::new(None::<TimerWarning>);
    let tick = move || {
        let t = now_ms();
        now.set(t);
        let Some((deadline, expired)) = state.attempt.with_untracked(|a| {
            a.as_ref()
                .filter(|a| !a.is_finished())
                .map(|a| (a.section_deadline_ms(), a.remaining_ms(t) == 0))
        }) else {
            return;
        };
        // Set only when it changes, so the polite live region announces each warning once.
        let due = TimerWarning::at(deadline, t);
        if warning.get_untracked() != due {
            warning.set(due);
        }
        if expired {
            // Closed now, with the page open.
            state.closed_while_away.set(false);
            state.update(|a| {
                a.sync(t);
            });
        }
    };
    let handle = set_interval_with_handle(tick, Duration::from_millis(250)).ok();
    on_cleanup(move || {
        if let Some(h) = handle {
            h.clear();
        }
    });
    let section = Memo::new(move |_| {
        state
            .attempt
            .with(|a| a.as_ref().and_then(|a| a.current_section()))
    });
    view! {
        {move || section.get().map(|index| view! { <SectionView index now warning /> })}
    }
}

#[component]
fn SectionView(
    index: usize,
    now: RwSignal<u64>,
    warning: RwSignal<Option<TimerWarning>>,
) -> impl IntoView {
    let state = expect_context::<ExamState>();
    // A loaded attempt was checked against its exam, so the section exists; were it gone
    // (the attempt replaced meanwhile), the section shows no tasks rather than failing.
    let (section, tasks, count) = state.attempt.with_untracked(|a| {
        a.as_ref()
            .and_then(|a| {
                let exam = a.exam();
                let s = exam.sections.get(index)?;
                Some((s.section, s.tasks.clone(), exam.sections.len()))
            })
            .unwrap_or((Section::Listening, Vec::new(), index + 1))
    });
    let last = index + 1 == count;
    let remaining = move || {
        state
            .attempt
            .with(|a| a.as_ref().map(|a| a.remaining_ms(now.get())).unwrap_or(0))
    };
    let unanswered = move || {
        state.attempt.with(|a| {
            a.as_ref()
                .map(|a| a.unanswered_in_current_section())
                .unwrap_or(0)
        })
    };
    let leave = Callback::new(move |()| {
        let t = now_ms();
        state.update(|a| {
            if last {
                a.submit(t);
            } else {
                // Refused only when the exam has already finished (its time ran out while the
                // learner confirmed): the page then shows the results, which is what was asked.
                a.next_section(t).ok();
            }
        });
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    // Said in the heading's description too, as the heading takes the focus.
    let up = time_up(state);
    let described_by = up.is_some().then_some(TIME_UP_ID);
    view! {
        <div class="exam-bar">
            <h1 tabindex="-1" node_ref=state.heading aria-describedby=described_by>
                {section_name(section)}
                " "
                <span class="part">{move_tr!("exam-part", { "n" => index + 1, "count" => count })}</span>
            </h1>
            <p
                class="timer"
                class:last-minute=move || warning.get() == Some(TimerWarning::OneMinute)
                data-testid="timer"
                role="timer"
                aria-label=move_tr!("exam-time-left")
            >
                {move || format_mm_ss(remaining())}
            </p>
        </div>
        {up.map(|up| view! { <TimeUpNotice up /> })}
        // Shown and announced politely (never moving the focus) as the warning changes.
        <p class="notice timer-warning" aria-live="polite" data-testid="timer-warning">
            {move || match warning.get() {
                Some(TimerWarning::FiveMinutes) => move_tr!("exam-five-minutes").get(),
                Some(TimerWarning::OneMinute) => move_tr!("exam-one-minute").get(),
                None => String::new(),
            }}
        </p>
        {tasks
            .into_iter()
            .enumerate()
            .map(|(n, task)| view! { <TaskView task number=n + 1 listening=section == Section::Listening /> })
            .collect_view()}
        <ConfirmButton
            label=if last { move_tr!("exam-submit") } else { move_tr!("exam-next-section") }
            testid=if last { "submit-exam" } else { "next-section" }
            button_class="button primary"
            class="exam-footer"
            message=Signal::derive(move || {
                let n = unanswered();
                if last {
                    move_tr!("exam-confirm-submit", { "count" => n }).get()
                } else {
                    move_tr!("exam-confirm-next", { "count" => n }).get()
                }
            })
            confirm_label=if last { move_tr!("exam-submit") } else { move_tr!("exam-next-section") }
            on_confirm=leave
        />
    }
}

/// One task: instructions (Italian, with the learner's language below), stimulus and items.
#[component]
pub fn TaskView(task: ExamTask, number: usize, listening: bool) -> impl IntoView {
    let state = expect_context::<ExamState>();
    let rate = Signal::derive(move || use_settings().get().speech_rate);
    let recording = move |stimulus: sportello_core::bank::Stimulus, id: String| {
        let rec = id.clone();
        let rec2 = id.clone();
        let plays_left = Signal::derive(move || {
            state
                .attempt
                .with(|a| a.as_ref().map(|a| a.plays_left(&rec)))
        });
        let on_play = Callback::new(move |()| {
            let mut allowed = false;
            state.update(|a| allowed = a.record_play(&id, now_ms()).is_ok());
            allowed
        });
        let on_read = Callback::new(move |()| {
            state.update(|a| {
                // The recording id comes from this exam's own task, so it is always known.
                a.mark_read_not_heard(&rec2).ok();
            })
        });
        view! { <Recording stimulus plays_left rate on_play on_read /> }
    };
    let task_id = task.id.clone();
    let main_stimulus = if listening {
        task.recording
            .clone()
            .map(|id| recording(task.stimulus.clone(), id).into_any())
    } else {
        Some(view! { <ReadingStimulus stimulus=task.stimulus.clone() /> }.into_any())
    };
    view! {
        <section class="task" data-task-id=task.id.clone()>
            <h2>{move_tr!("exam-task", { "n" => number })}</h2>
            <p class="instructions" lang="it">{task.instructions.clone()}</p>
            <InLearnerLanguage translations=task.instructions_tr.clone() class="instructions-tr" />
            {main_stimulus}
            {task
                .items
                .into_iter()
                .map(|item| {
                    let tid = task_id.clone();
                    let iid = item.id.clone();
                    let (t2, i2) = (tid.clone(), iid.clone());
                    let answer = Signal::derive(move || {
                        state
                            .attempt
                            .with(|a| a.as_ref().and_then(|a| a.answers().get(&t2, &i2).cloned()))
                    });
                    let on_answer = Callback::new({
                        let (tid, iid) = (tid.clone(), iid.clone());
                        move |value: Answer| {
                            state.update(|a| {
                                // Refused only when the section closed a moment ago (time ran
                                // out): the next tick of the timer shows the next section, and
                                // the answers saved until then stay saved.
                                a.answer(&tid, &iid, value, now_ms()).ok();
                            })
                        }
                    });
                    let own = item.stimulus.clone().map(|s| match (listening, item.recording.clone()) {
                        (true, Some(id)) => recording(s, id).into_any(),
                        _ => view! { <ReadingStimulus stimulus=s /> }.into_any(),
                    });
                    let key = format!("{tid}--{iid}");
                    view! {
                        <div class="item" data-testid="item" data-item-id=format!("{tid}/{iid}")>
                            {own}
                            <ItemInput key question=item.question answer on_answer />
                        </div>
                    }
                })
                .collect_view()}
        </section>
    }
}
