//! The result of a class set's exam as a code to send to the teacher, signed with a nickname.
//! The code carries the answers (not the texts written), never a total: the teacher's device
//! scores it again.

use super::ExamState;
use crate::components::copy_field::{CopyButton, CopyField};
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::result_code::{ClassExam, ResultCode};

/// The nickname, the code, a copy button and the code's QR code.
#[component]
pub fn ResultCodeBox(class: ClassExam) -> impl IntoView {
    let state = expect_context::<ExamState>();
    let name = RwSignal::new(String::new());
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
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
            </label>
            <CopyField
                label=move_tr!("result-code-label")
                value=code
                testid="result-code"
                rows=4
                copy=CopyButton {
                    label: move_tr!("result-code-copy"),
                    testid: "result-code-copy",
                    done: move_tr!("result-code-copied"),
                }
                qr=true
            />
        </section>
    }
}
