//! The one next step that ends the results and `/progress`: review the due mistakes, practise
//! the weakest part of the recent exams (a link to `/practice` with its filters set), or take
//! another exam. Which one is core's rule ([`sportello_core::next_step`]).

use crate::catalog::use_catalog;
use crate::components::labels::{kind_name, section_name, topic_name};
use crate::storage::{self, now_ms, SavedDataChanged};
use leptos::prelude::*;
use leptos_fluent::move_tr;
use leptos_router::components::A;
use sportello_core::next_step::{next_step, NextStep, Part};
use sportello_core::progress::AccuracyReport;

/// The link that starts the review of the due mistakes on `/practice`.
pub const REVIEW_HREF: &str = "/practice?review=due";

/// The name of a part of the exams in the learner's language.
pub fn part_name(part: Part) -> Signal<String> {
    match part {
        Part::Section(s) => section_name(s),
        Part::Topic(t) => topic_name(t),
        Part::Kind(k) => kind_name(k),
    }
}

/// The practice link of a part: `/practice` with the part's filter in the query.
pub fn practice_href(part: Part) -> String {
    format!("/practice{}", part.filter().to_query())
}

/// The next step, from `recent`, the accuracy of the recent exams, and the review items due
/// now (shown once the banks are loaded, to count only items still in them).
#[component]
pub fn NextStepLink(#[prop(into)] recent: Signal<AccuracyReport>) -> impl IntoView {
    let catalog = use_catalog();
    let changed = use_context::<SavedDataChanged>();
    let step = Memo::new(move |_| {
        if let Some(changed) = changed {
            changed.track();
        }
        let catalog = catalog.get()?;
        let queue = storage::saved().review_queue();
        let due = queue.due_among(now_ms(), catalog.tasks()).len();
        Some(recent.with(|r| next_step(due, r)))
    });
    let shown = move |step: NextStep| {
        match step {
        NextStep::Review { due } => view! {
            <p>{move_tr!("next-step-review-lead")}</p>
            <p>
                <A href=REVIEW_HREF attr:class="button primary" attr:data-testid="next-step" attr:data-step="review">
                    {move_tr!("next-step-review", { "count" => due })}
                </A>
            </p>
        }
        .into_any(),
        NextStep::Practise { part, accuracy } => {
            let name = part_name(part);
            view! {
                <p>
                    {move_tr!("next-step-weakest", {
                        "name" => name.get(),
                        "right" => accuracy.right,
                        "units" => accuracy.units,
                    })}
                </p>
                <p>
                    <A
                        href=practice_href(part)
                        attr:class="button primary"
                        attr:data-testid="next-step"
                        attr:data-step="practise"
                    >
                        {move_tr!("next-step-practise", { "name" => name.get() })}
                    </A>
                </p>
            }
            .into_any()
        }
        NextStep::TakeExam => view! {
            <p>{move_tr!("next-step-exam-lead")}</p>
            <p>
                <A href="/exam" attr:class="button primary" attr:data-testid="next-step" attr:data-step="exam">
                    {move_tr!("next-step-exam")}
                </A>
            </p>
        }
        .into_any(),
    }
    };
    view! {
        <Show when=move || step.with(Option::is_some)>
            <section class="next-step" aria-labelledby="next-step-title">
                <h2 id="next-step-title">{move_tr!("next-step-title")}</h2>
                {move || step.get().map(shown)}
            </section>
        </Show>
    }
}
