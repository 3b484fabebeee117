//! The result of a class set's exam as a code to send to the teacher, signed with a nickname.
//! The code carries the answers (not the texts written), never a total: the teacher's device
//! scores it again.

use super::ExamState;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::result_code::{ClassExam, ResultCode};
use web_sys::HtmlTextAreaElement;

/// The nickname, the code and a copy button.
#[component]
pub fn ResultCodeBox(class: ClassExam) -> impl IntoView {
    let state = expect_context::<ExamState>();
    let name = RwSignal::new(String::new());
    let copied = RwSignal::new(false);
    let code = Memo::new(move |_| {
        let name = name.get();
        state.attempt.with(|a| {
            a.as_ref()
                .map(|a| {
                    ResultCode::new(&name, class.clone(), a.answers(), a.writing_grades()).encode()
                })
                .unwrap_or_default()
        })
    });
    let copy = move |_| {
        let _ = window()
            .navigator()
            .clipboard()
            .write_text(&code.get_untracked());
        copied.set(true);
    };
    view! {
        <section class="result-code" aria-labelledby="result-code-title">
            <h2 id="result-code-title">{move_tr!("result-code-title")}</h2>
            <p>{move_tr!("result-code-help")}</p>
            <label class="form-field">
                <span>{move_tr!("result-code-name")}</span>
                <input
                    type="text"
                    data-testid="result-name"
                    autocomplete="nickname"
                    maxlength="40"
                    prop:value=move || name.get()
                    on:input=move |ev| {
                        name.set(event_target_value(&ev));
                        copied.set(false);
                    }
                />
            </label>
            <label class="form-field">
                <span>{move_tr!("result-code-label")}</span>
                <textarea
                    readonly
                    rows="4"
                    dir="ltr"
                    class="share-url"
                    data-testid="result-code"
                    prop:value=move || code.get()
                    on:focus=move |ev| {
                        event_target::<HtmlTextAreaElement>(&ev).select();
                    }
                ></textarea>
            </label>
            <div class="actions">
                <button type="button" class="button" data-testid="result-code-copy" on:click=copy>
                    {move_tr!("result-code-copy")}
                </button>
            </div>
            <p role="status">
                <Show when=move || copied.get()>{move_tr!("result-code-copied")}</Show>
            </p>
        </section>
    }
}
