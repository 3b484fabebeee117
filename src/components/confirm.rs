//! A confirmation asked in place (no browser pop-up): a dialog named by its question, with a
//! confirm and a cancel button, and the button that opens it.

use leptos::html;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::JsCast;

/// Numbers the dialogs' questions, so each dialog is named by its own (`aria-labelledby`).
static NEXT_QUESTION: AtomicUsize = AtomicUsize::new(0);

/// The elements inside `root` that Tab stops on, in order.
fn tab_stops(root: &web_sys::HtmlElement) -> Vec<web_sys::HtmlElement> {
    let all = root.get_elements_by_tag_name("*");
    (0..all.length())
        .filter_map(|i| all.item(i))
        .filter_map(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|e| e.tab_index() >= 0 && !e.has_attribute("disabled") && !e.hidden())
        .collect()
}

/// Asks to confirm an action. Focus moves into it when it opens and Tab stays inside it while
/// open; Escape cancels.
#[component]
pub fn Confirm(
    /// The question; it names the dialog.
    #[prop(into)]
    message: Signal<String>,
    /// Label of the confirm button.
    #[prop(into)]
    confirm_label: Signal<String>,
    on_confirm: Callback<()>,
    /// Run by the cancel button and by Escape.
    on_cancel: Callback<()>,
    /// What else the dialog shows and offers, above the question.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let question_id = format!(
        "confirm-question-{}",
        NEXT_QUESTION.fetch_add(1, Ordering::Relaxed)
    );
    let dialog_name = question_id.clone();
    let node = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            let _ = el.focus();
        }
    });
    let on_keydown = move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
        "Escape" => {
            ev.prevent_default();
            on_cancel.run(());
        }
        "Tab" => {
            let Some(dialog) = node.get_untracked() else {
                return;
            };
            let stops = tab_stops(&dialog);
            let (Some(first), Some(last)) = (stops.first(), stops.last()) else {
                return;
            };
            let active = document().active_element();
            let on = |el: &web_sys::HtmlElement| {
                active.as_ref().is_some_and(|a| a.is_same_node(Some(el)))
            };
            // From the dialog itself (where focus lands on opening) Shift+Tab wraps as well.
            let wrap_to = if ev.shift_key() && (on(first) || on(&dialog)) {
                Some(last)
            } else if !ev.shift_key() && on(last) {
                Some(first)
            } else {
                None
            };
            if let Some(el) = wrap_to {
                ev.prevent_default();
                let _ = el.focus();
            }
        }
        _ => {}
    };
    view! {
        <div
            class="confirm"
            role="alertdialog"
            aria-modal="false"
            aria-labelledby=dialog_name
            tabindex="-1"
            node_ref=node
            on:keydown=on_keydown
        >
            {children.map(|c| c())}
            <p id=question_id>{message}</p>
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

/// A button whose action is confirmed first: pressing it opens a [`Confirm`]; cancelling (or
/// Escape) closes it and gives the focus back to the button.
#[component]
pub fn ConfirmButton(
    /// What the button says.
    #[prop(into)]
    label: Signal<String>,
    /// The button's `data-testid`.
    testid: &'static str,
    /// The button's classes (`button`, `button primary`, `button danger`).
    button_class: &'static str,
    /// Classes of the element holding the button and the dialog.
    class: &'static str,
    /// The question asked.
    #[prop(into)]
    message: Signal<String>,
    /// What the dialog's confirm button says.
    #[prop(into)]
    confirm_label: Signal<String>,
    /// The action, run once confirmed.
    on_confirm: Callback<()>,
    /// Run when the button is pressed, before asking.
    #[prop(optional)]
    on_ask: Option<Callback<()>>,
    /// The button's accessible name, when its label alone is ambiguous (one per file in a list).
    #[prop(optional, into)]
    aria_label: Option<Signal<String>>,
    /// The button stays shown while asking (marked `aria-expanded`), the dialog below it;
    /// otherwise the dialog takes its place.
    #[prop(optional)]
    stays: bool,
    /// What else the dialog shows and offers, above the question.
    #[prop(optional)]
    children: Option<ChildrenFn>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let button = NodeRef::<html::Button>::new();
    let ask = move |_| {
        if let Some(f) = on_ask {
            f.run(());
        }
        asking.set(true);
    };
    let confirm = Callback::new(move |()| {
        asking.set(false);
        on_confirm.run(());
    });
    let cancel = Callback::new(move |()| {
        asking.set(false);
        // The button is shown again once the page has been redrawn.
        request_animation_frame(move || {
            if let Some(el) = button.get_untracked() {
                let _ = el.focus();
            }
        });
    });
    let children = StoredValue::new(children);
    view! {
        <div class=class>
            <Show when=move || stays || !asking.get()>
                <button
                    type="button"
                    class=button_class
                    data-testid=testid
                    aria-label=move || aria_label.map(|l| l.get())
                    aria-expanded=move || stays.then(|| asking.get().to_string())
                    node_ref=button
                    on:click=ask
                >
                    {label}
                </button>
            </Show>
            <Show when=move || asking.get()>
                <Confirm
                    message
                    confirm_label
                    on_confirm=confirm
                    on_cancel=cancel
                >
                    {children.with_value(|c| c.as_ref().map(|c| c()))}
                </Confirm>
            </Show>
        </div>
    }
}
