//! One practice task: instructions, stimulus (recordings with unlimited plays and an optional
//! slower voice), and each item with its own "check" button and feedback.

use super::PracticeState;
use crate::components::item_input::ItemInput;
use crate::components::item_review::ItemReview;
use crate::components::labels::{section_name, topic_name};
use crate::components::learner_language::InLearnerLanguage;
use crate::components::lesson_link::LessonLinks;
use crate::components::stimulus::{ReadingStimulus, Recording, Transcript};
use crate::components::writing_guide::{GradedItem, WritingGuide};
use crate::settings::use_settings;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use sportello_core::answer::{is_answered, is_correct, Answer};
use sportello_core::bank::{Section, Stimulus};
use sportello_core::exam::{ExamItem, ExamQuestion, ExamTask};
use sportello_core::review::ItemKey;
use sportello_core::score::WritingGrade;
use sportello_core::speech_plan;

/// A task to practise. In a practice session, the heading takes focus when the task appears.
#[component]
pub fn PracticeTask(task: ExamTask, section: Section) -> impl IntoView {
    let listening = section == Section::Listening;
    let checked_any = RwSignal::new(false);
    let heading = NodeRef::<leptos::html::H2>::new();
    let in_session = expect_context::<PracticeState>().in_session;
    Effect::new(move |_| {
        if let Some(h) = heading.get().filter(|_| in_session) {
            let _ = h.focus();
        }
    });
    let heard_any = task.recording.is_some() || task.items.iter().any(|i| i.recording.is_some());
    let slower = (listening && heard_any).then(|| view! { <SlowerVoice /> });
    let main_stimulus = if listening {
        task.recording.is_some().then(|| {
            let content = task.stimulus.content.clone();
            view! {
                <Heard stimulus=task.stimulus.clone() />
                <Show when=move || checked_any.get()>
                    <Transcript content=content.clone() />
                </Show>
            }
            .into_any()
        })
    } else {
        Some(view! { <ReadingStimulus stimulus=task.stimulus.clone() /> }.into_any())
    };
    let task_id = task.id.clone();
    view! {
        <section class="task practice-task" data-task-id=task.id.clone()>
            <h2 tabindex="-1" node_ref=heading>
                {section_name(section)}
                " · "
                {topic_name(task.topic)}
            </h2>
            <p class="instructions" lang="it">{task.instructions.clone()}</p>
            <InLearnerLanguage translations=task.instructions_tr.clone() class="instructions-tr" />
            {slower}
            {main_stimulus}
            {task
                .items
                .into_iter()
                .map(|item| {
                    view! { <PracticeItem task_id=task_id.clone() item listening checked_any /> }
                })
                .collect_view()}
        </section>
    }
}

/// The "slower voice" checkbox (kept for the whole visit of the page).
#[component]
fn SlowerVoice() -> impl IntoView {
    let state = expect_context::<PracticeState>();
    view! {
        <label class="choice slower">
            <input
                type="checkbox"
                data-testid="practice-slower"
                prop:checked=move || state.slower.get()
                on:change=move |ev| state.slower.set(event_target_checked(&ev))
            />
            <span>{move_tr!("practice-slower")}</span>
        </label>
    }
}

/// A recording with unlimited plays, at the slowest rate when asked, else at the learner's.
#[component]
fn Heard(stimulus: Stimulus) -> impl IntoView {
    let state = expect_context::<PracticeState>();
    let settings = use_settings();
    let rate = Signal::derive(move || {
        if state.slower.get() {
            speech_plan::RATES[0]
        } else {
            settings.get().speech_rate
        }
    });
    view! {
        <Recording
            stimulus
            plays_left=Signal::derive(|| None)
            rate
            on_play=Callback::new(|()| true)
            on_read=Callback::new(|()| ())
        />
    }
}

/// One item: its controls and a check button, then the feedback in their place.
#[component]
fn PracticeItem(
    task_id: String,
    item: ExamItem,
    listening: bool,
    checked_any: RwSignal<bool>,
) -> impl IntoView {
    let state = expect_context::<PracticeState>();
    let answer = RwSignal::new(None::<Answer>);
    let checked = RwSignal::new(false);
    let question = StoredValue::new(item.question.clone());
    let scored = Answer::right_for(&item.question).is_some();
    let answered = move || question.with_value(|q| is_answered(q, answer.get().as_ref()));
    let key = StoredValue::new(ItemKey::new(&task_id, &item.id));
    let check = move |_| {
        if checked.get_untracked() || !answered() {
            return;
        }
        if scored {
            let right = answer.with_untracked(|a| {
                a.as_ref()
                    .is_some_and(|a| question.with_value(|q| is_correct(q, a)))
            });
            state.answered(key.get_value(), right);
        }
        checked.set(true);
        checked_any.set(true);
    };
    let own = item
        .stimulus
        .clone()
        .map(|s| match (listening, item.recording.is_some()) {
            (true, true) => view! { <Heard stimulus=s /> }.into_any(),
            _ => view! { <ReadingStimulus stimulus=s /> }.into_any(),
        });
    let own_transcript = item.stimulus.clone().filter(|_| listening);
    let input_key = format!("practice-{task_id}--{}", item.id);
    let explanation = StoredValue::new((item.explanation.clone(), item.explanation_tr.clone()));
    let feedback = move || {
        let node = NodeRef::<leptos::html::Div>::new();
        Effect::new(move |_| {
            if let Some(el) = node.get() {
                let _ = el.focus();
            }
        });
        let (text, translations) = explanation.get_value();
        let given = answer.get_untracked();
        let wrong = scored
            && !given
                .as_ref()
                .is_some_and(|a| question.with_value(|q| is_correct(q, a)));
        let lessons =
            wrong.then(|| view! { <LessonLinks task_id=key.with_value(|k| k.task_id.clone()) /> });
        let body = if scored {
            view! {
                <ItemReview
                    question=question.get_value()
                    answer=given
                    explanation=text
                    explanation_tr=translations
                />
            }
            .into_any()
        } else {
            view! {
                <WritingFeedback
                    key=key.with_value(|k| format!("{}--{}", k.task_id, k.item_id))
                    question=question.get_value()
                    answer=given
                    explanation=text
                    explanation_tr=translations
                />
            }
            .into_any()
        };
        let transcript = own_transcript
            .clone()
            .map(|s| view! { <Transcript content=s.content /> });
        view! {
            <div class="feedback" data-testid="feedback" tabindex="-1" node_ref=node>
                {body}
                {lessons}
                {transcript}
            </div>
        }
    };
    view! {
        <div class="item practice-item" data-testid="item" data-item-id=format!("{task_id}/{}", item.id)>
            {own}
            <Show when=move || !checked.get() fallback=feedback>
                <ItemInput
                    key=input_key.clone()
                    question=question.get_value()
                    answer=answer
                    on_answer=Callback::new(move |a| answer.set(Some(a)))
                />
                <button
                    type="button"
                    class="button primary"
                    data-testid="check-answer"
                    disabled=move || !answered()
                    on:click=check
                >
                    {move_tr!("practice-check")}
                </button>
            </Show>
        </div>
    }
}

/// The feedback on a form or a message: the learner's text, the model answer or the examples,
/// the checklist, and the learner's own grade (not stored: practice keeps no score).
#[component]
fn WritingFeedback(
    key: String,
    question: ExamQuestion,
    answer: Option<Answer>,
    explanation: String,
    explanation_tr: sportello_core::bank::Translations,
) -> impl IntoView {
    // Not stored: practice keeps no score.
    let grade = RwSignal::new(None::<WritingGrade>);
    let items = vec![GradedItem {
        question,
        answer,
        explanation,
        explanation_tr,
    }];
    view! {
        <div class="review writing-review">
            <WritingGuide
                items
                grade
                on_grade=Callback::new(move |g| grade.set(Some(g)))
                name=format!("practice-grade-{key}")
                testid="practice-self-grade"
            />
        </div>
    }
}
