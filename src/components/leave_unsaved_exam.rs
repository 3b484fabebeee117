//! The question asked before another module's page is loaded while the exam is not saved. Only
//! the exam's module can hold an unsaved exam, so its messages are the app's (`locales/app`),
//! not the light shell's.

use leptos::prelude::*;
use leptos_fluent::move_tr;

/// Asks before another module's page is loaded while the exam is not saved: loading it would
/// lose the exam. Staying goes back to the exam's page, where the exam still is.
#[component]
pub fn LeaveUnsavedExam(leave: impl Fn(leptos::ev::MouseEvent) + 'static) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H1>::new();
    // The link that led here is still focused: the question takes the focus, so that it is read.
    request_animation_frame(move || {
        if let Some(h) = heading.get_untracked() {
            let _ = h.focus();
        }
    });
    let stay = move |_| {
        let _ = window().history().and_then(|h| h.back());
    };
    view! {
        <section class="notice warning" data-testid="leave-unsaved">
            <h1 tabindex="-1" node_ref=heading>{move_tr!("leave-unsaved-title")}</h1>
            <p>{move_tr!("leave-unsaved-text")}</p>
            <div class="actions">
                <button type="button" class="button primary" data-testid="leave-unsaved-stay" on:click=stay>
                    {move_tr!("leave-unsaved-stay")}
                </button>
                <button type="button" class="button" data-testid="leave-unsaved-go" on:click=leave>
                    {move_tr!("leave-unsaved-go")}
                </button>
            </div>
        </section>
    }
}
