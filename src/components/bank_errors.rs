//! The list of bank files that could not be used, each with its `file:line:column` message in
//! the interface language.

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
                        .map(|d| view! { <li><code>{diagnostic_text(d)}</code></li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// A diagnostic as text in the current interface language, following it when it changes (in
/// English while that language's checker messages download: see `i18n::checker_language`).
pub fn diagnostic_text(diagnostic: Diagnostic) -> impl Fn() -> String {
    let lang = crate::i18n::checker_language();
    move || diagnostic.render(lang())
}
