//! A text to pass on (an exam link, a class link, a result code): shown read-only and selected
//! whole when focused, with a copy button if asked and its QR code on request, for a phone's
//! camera to read off a projected or a phone's screen.

use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::qr::{self, QrPicture};
use wasm_bindgen::JsCast;

/// The copy button of a [`CopyField`]: its label, its test id and what it says once it copied.
#[derive(Clone, Copy)]
pub struct CopyButton {
    /// The button's label.
    pub label: Signal<String>,
    /// The button's `data-testid`.
    pub testid: &'static str,
    /// Said (politely) once the text is copied, until it changes.
    pub done: Signal<String>,
}

/// The text `value`, labelled `label`, as `data-testid={testid}`: one line, or a box of `rows`
/// lines for a long code; with a copy button and a QR code (`{testid}-qr`) if asked.
#[component]
pub fn CopyField(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    testid: &'static str,
    #[prop(optional)] rows: Option<u32>,
    #[prop(optional)] copy: Option<CopyButton>,
    #[prop(optional)] qr: bool,
) -> impl IntoView {
    let select = |ev: leptos::ev::FocusEvent| {
        if let Some(field) = ev.target() {
            if let Ok(input) = field.clone().dyn_into::<web_sys::HtmlInputElement>() {
                input.select();
            } else if let Ok(area) = field.dyn_into::<web_sys::HtmlTextAreaElement>() {
                area.select();
            }
        }
    };
    let field = match rows {
        Some(rows) => view! {
            <textarea
                readonly
                rows=rows
                dir="ltr"
                class="copy-text"
                data-testid=testid
                prop:value=move || value.get()
                on:focus=select
            ></textarea>
        }
        .into_any(),
        None => view! {
            <input
                type="text"
                readonly
                dir="ltr"
                class="copy-text"
                data-testid=testid
                prop:value=move || value.get()
                on:focus=select
            />
        }
        .into_any(),
    };
    // The text last copied: "copied" is said while the field still shows it.
    let copied = RwSignal::new(None::<String>);
    let button = copy.map(|button| {
        let copy = move |_| {
            let text = value.get_untracked();
            let _ = window().navigator().clipboard().write_text(&text);
            copied.set(Some(text));
        };
        let done = move || copied.get().is_some_and(|text| value.with(|v| *v == text));
        view! {
            <div class="actions">
                <button type="button" class="button" data-testid=button.testid on:click=copy>
                    {button.label}
                </button>
            </div>
            <p role="status">
                <Show when=done>{button.done}</Show>
            </p>
        }
    });
    view! {
        <label class="form-field">
            <span>{label}</span>
            {field}
        </label>
        {button}
        {qr.then(|| view! { <QrCode text=value testid /> })}
    }
}

/// The QR code of `text`, folded away until asked for; a text too long for one says so.
#[component]
fn QrCode(text: Signal<String>, testid: &'static str) -> impl IntoView {
    let picture = Memo::new(move |_| text.with(|t| qr::picture(t)));
    let drawing = move || match picture.get() {
        Some(QrPicture { size, path }) => view! {
            <svg
                class="qr-code"
                xmlns="http://www.w3.org/2000/svg"
                role="img"
                aria-label=move_tr!("qr-label")
                viewBox=format!("0 0 {size} {size}")
                shape-rendering="crispEdges"
                data-testid=format!("{testid}-qr")
                data-modules=size.to_string()
            >
                <rect width="100%" height="100%" fill="#fff"></rect>
                <path d=path fill="#000"></path>
            </svg>
            <p class="hint">{move_tr!("qr-help")}</p>
        }
        .into_any(),
        None => view! { <p class="hint">{move_tr!("qr-too-long")}</p> }.into_any(),
    };
    view! {
        <details class="qr">
            <summary>{move_tr!("qr-show")}</summary>
            {drawing}
        </details>
    }
}
