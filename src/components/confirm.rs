//! A confirmation asked in place (no browser pop-up): a message, a confirm and a cancel button.

use leptos::prelude::*;
use leptos_fluent::move_tr;

/// Asks to confirm an action. Focus moves to it when it opens.
#[component]
pub fn Confirm(
    /// The question.
    #[prop(into)]
    message: Signal<String>,
    /// Label of the confirm button.
    #[prop(into)]
    confirm_label: Signal<String>,
    on_confirm: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            let _ = el.focus();
        }
    });
    view! {
        <div class="confirm" role="alertdialog" aria-modal="false" tabindex="-1" node_ref=node>
            <p>{message}</p>
            <div class="actions">
                <button
                    type="button"
                    class="button primary"
                    data-testid="confirm"
                    on:click=move |_| on_confirm.run(())
                >
                    {confirm_label}
                </button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>
                    {move_tr!("cancel")}
                </button>
            </div>
        </div>
    }
}
