//! The choice of which items the review of a finished exam shows: all, only the mistakes, or
//! only the unanswered ones, each with how many items it shows.

use crate::components::radio_group::{RadioGroup, RadioOption};
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::outcome::{Outcome, ReviewFilter};

/// The filter as radios; `outcomes` are those of every item scored per item, for the counts.
#[component]
pub fn ReviewFilterChoice(filter: RwSignal<ReviewFilter>, outcomes: Vec<Outcome>) -> impl IntoView {
    let options = ReviewFilter::ALL
        .into_iter()
        .map(|f| {
            let count = f.count(outcomes.iter().copied());
            let label = match f {
                ReviewFilter::All => move_tr!("review-filter-all", { "count" => count }),
                ReviewFilter::Mistakes => move_tr!("review-filter-mistakes", { "count" => count }),
                ReviewFilter::Unanswered => {
                    move_tr!("review-filter-unanswered", { "count" => count })
                }
            };
            RadioOption::new(f, f.as_str(), label)
        })
        .collect();
    let nothing = move || filter.get().count(outcomes.iter().copied()) == 0;
    view! {
        <RadioGroup
            name="review-filter"
            legend=move_tr!("review-filter-legend")
            options
            selected=Signal::derive(move || Some(filter.get()))
            on_choose=Callback::new(move |f| filter.set(f))
            class="review-filter"
            testid="review-filter"
        />
        <Show when=nothing>
            <p class="notice" role="status" data-testid="review-filter-none">
                {move_tr!("review-filter-none")}
            </p>
        </Show>
    }
}
