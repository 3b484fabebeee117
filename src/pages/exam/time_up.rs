//! What the learner is told when time runs out: in the next section, which sections closed and
//! that their answers were saved; at the results, that the exam ended by itself, with the choice
//! to keep it out of the readiness estimate.

use super::ExamState;
use crate::components::labels::section_name;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::attempt::{Attempt, TimeUp};

/// The id of the time-up notice, which describes the heading that takes the focus.
pub const TIME_UP_ID: &str = "time-up";

/// The sections whose time ran out just before the open one, if any.
pub fn time_up(state: ExamState) -> Option<TimeUp> {
    state
        .attempt
        .with_untracked(|a| a.as_ref().and_then(Attempt::time_up))
}

/// "Time is up for Listening: your answers were saved. Now: Reading." (and, when the page was
/// closed meanwhile, that it ran out while away).
#[component]
pub fn TimeUpNotice(up: TimeUp) -> impl IntoView {
    let state = expect_context::<ExamState>();
    let next = up.now.map(|s| {
        let name = section_name(s);
        view! { " " {move_tr!("time-up-next", { "section" => name.get() })} }
    });
    let away = state.closed_while_away;
    let sections = Signal::derive(move || {
        up.to_tell(away.get())
            .iter()
            .map(|s| section_name(*s).get())
            .collect::<Vec<_>>()
            .join(", ")
    });
    view! {
        <div class="notice time-up" id=TIME_UP_ID data-testid="time-up">
            <p>
                {move_tr!("time-up", { "sections" => sections.get() })}
                {next}
            </p>
            <Show when=move || away.get()>
                <p>{move_tr!("time-up-away")}</p>
            </Show>
        </div>
    }
}

/// At the results of an exam whose time ran out: what happened, and the choice to keep this
/// exam out of the readiness estimate.
#[component]
pub fn TimedOut() -> impl IntoView {
    let state = expect_context::<ExamState>();
    let ran_out = state
        .attempt
        .with_untracked(|a| a.as_ref().is_some_and(Attempt::ran_out_of_time));
    let excluded = move || {
        state
            .attempt
            .with(|a| a.as_ref().is_some_and(Attempt::excluded_from_readiness))
    };
    let toggle = move |ev| {
        let keep_out = event_target_checked(&ev);
        state.update(|a| {
            // Offered only for an exam whose time ran out, so it holds.
            a.set_excluded_from_readiness(keep_out).ok();
        });
    };
    ran_out.then(|| {
        view! {
            <div class="timed-out" data-testid="timed-out">
                {time_up(state).map(|up| view! { <TimeUpNotice up /> })}
                <p>{move_tr!("results-timed-out")}</p>
                <label class="choice">
                    <input
                        type="checkbox"
                        data-testid="exclude-from-readiness"
                        prop:checked=excluded
                        on:change=toggle
                    />
                    <span>{move_tr!("results-exclude-readiness")}</span>
                </label>
            </div>
        }
    })
}
