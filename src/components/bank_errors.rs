//! The list of bank files that could not be used, each with its `file:line:column` message.

use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::bank::validate::Diagnostic;

/// Shows nothing when there are no errors.
#[component]
pub fn BankErrors(errors: Vec<Diagnostic>) -> impl IntoView {
    (!errors.is_empty()).then(|| {
        view! {
            <div class="notice warning" data-testid="bank-errors" role="status">
                <p>{move_tr!("bank-errors-lead")}</p>
                <ul class="diagnostics">
                    {errors
                        .into_iter()
                        .map(|d| view! { <li><code>{d.to_string()}</code></li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
