//! The list of bank files that could not be used, each with its `file:line:column` message in
//! the interface language.

use leptos::prelude::*;
use leptos_fluent::{move_tr, I18n};
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
                        .map(|d| view! { <li><code>{diagnostic_text(d)}</code></li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// A diagnostic as text in the current interface language, following it when it changes.
pub fn diagnostic_text(diagnostic: Diagnostic) -> impl Fn() -> String {
    let i18n = expect_context::<I18n>();
    move || diagnostic.render(i18n.language.get().id)
}
