//! A task as a learner sees it in the exam, built from the draft as it is typed: instructions
//! (with the learner's language), the recording or the text, and each item's controls. Answers
//! given in the preview are not kept.

use super::Ed;
use crate::components::item_input::ItemInput;
use crate::components::learner_language::InLearnerLanguage;
use crate::components::stimulus::{ReadingStimulus, Recording, Transcript};
use crate::i18n::tr_label;
use crate::settings::use_settings;
use leptos::prelude::*;
use sportello_core::answer::Answer;
use sportello_core::bank::edit::previewable;
use sportello_core::bank::{Section, Stimulus};
use sportello_core::exam::{present, ExamTask};

/// A recording with as many plays as wanted, its transcript below.
fn heard(stimulus: Stimulus) -> impl IntoView {
    let rate = Signal::derive(move || use_settings().get().speech_rate);
    let content = stimulus.content.clone();
    view! {
        <Recording
            stimulus
            plays_left=Signal::stored(None)
            rate
            on_play=Callback::new(|()| true)
            on_read=Callback::new(|()| ())
        />
        <Transcript content />
    }
}

/// The task as the exam shows it (options in the order of seed 1).
fn learner_view(task: ExamTask, listening: bool) -> impl IntoView {
    let main = if listening {
        task.recording
            .is_some()
            .then(|| heard(task.stimulus.clone()).into_any())
    } else {
        Some(view! { <ReadingStimulus stimulus=task.stimulus.clone() /> }.into_any())
    };
    let items = task
        .items
        .into_iter()
        .map(|item| {
            let answer = RwSignal::new(None::<Answer>);
            let own = item.stimulus.map(|s| match (listening, item.recording.is_some()) {
                (true, true) => heard(s).into_any(),
                _ => view! { <ReadingStimulus stimulus=s /> }.into_any(),
            });
            let key = format!("preview--{}--{}", task.id, item.id);
            view! {
                <div class="item" data-testid="item">
                    {own}
                    <ItemInput key question=item.question answer on_answer=Callback::new(move |a| answer.set(Some(a))) />
                </div>
            }
        })
        .collect_view();
    view! {
        <p class="instructions" lang="it">{task.instructions.clone()}</p>
        <InLearnerLanguage translations=task.instructions_tr.clone() class="instructions-tr" />
        {main}
        {items}
    }
}

/// The preview of task `i`, built when unfolded and again at every change while it is open.
pub(super) fn preview_view(ed: Ed, i: usize) -> impl IntoView {
    let open = RwSignal::new(false);
    let shown = move || {
        if !open.get() {
            return None;
        }
        let task = ed
            .drafts
            .with(|d| (d.current.as_ref()).and_then(|c| c.bank.tasks.get(i).cloned()))?;
        let listening = task.section == Section::Listening;
        Some(learner_view(present(&previewable(&task), 1), listening))
    };
    view! {
        <details class="editor-preview" data-testid="editor-preview" on:toggle=move |ev| {
            use wasm_bindgen::JsCast;
            let details = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok());
            open.set(details.is_some_and(|d| d.open()));
        }>
            <summary>{tr_label("editor-preview")}</summary>
            <div class="task exam-preview">
                {shown}
            </div>
        </details>
    }
}
