//! `/lessons/<id>`: one lesson: its title, the explanation in the learner's language with the
//! Italian one a tap away, Italian examples with their translations, then the practice task,
//! presented and checked by the practice page's own views (answers are not kept).

use crate::components::learner_language::InLearnerLanguage;
use crate::components::lesson_link::LessonTitle;
use crate::lessons::use_lessons;
use crate::pages::practice::task::PracticeTask;
use crate::pages::practice::PracticeState;
use leptos::prelude::*;
use leptos_fluent::{move_tr, I18n};
use leptos_router::hooks::use_params_map;
use sportello_core::exam::present;
use sportello_core::lesson::{Example, Lesson};

/// The seed a lesson's practice options are shuffled with: the same order at every visit.
const PRACTICE_SEED: u64 = 1;

/// The lesson page.
#[component]
pub fn LessonPage() -> impl IntoView {
    provide_context(PracticeState::new(false));
    let params = use_params_map();
    let lessons = use_lessons();
    view! {
        <section class="page lesson">
            <Suspense fallback=|| view! { <p role="status">{move_tr!("lessons-loading")}</p> }>
                {move || Suspend::new(async move {
                    let lessons = lessons.await;
                    let id = params.with(|p| p.get("id")).unwrap_or_default();
                    match lessons.report.lessons.iter().find(|l| l.id == id) {
                        Some(lesson) => view! { <LessonBody lesson=lesson.clone() /> }.into_any(),
                        None => view! {
                            <h1>{move_tr!("lesson-not-found")}</h1>
                            <p><a href="/lessons">{move_tr!("lesson-all")}</a></p>
                        }
                        .into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn LessonBody(lesson: Lesson) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let italian = lesson.explanation.clone();
    let in_italian = move || {
        let text = italian.clone();
        if i18n.language.get().id == "it" {
            view! { <p class="lesson-explanation" lang="it">{text}</p> }.into_any()
        } else {
            view! {
                <details class="lesson-italian">
                    <summary>{move_tr!("lesson-italian")}</summary>
                    <p class="lesson-explanation" lang="it">{text}</p>
                </details>
            }
            .into_any()
        }
    };
    let section = lesson.practice.section;
    let task = present(&lesson.practice, PRACTICE_SEED);
    view! {
        <h1>
            <span class="kicker">{move_tr!("lesson-kicker")}</span>
            " "
            <span class="lesson-title">
                <LessonTitle title=lesson.title title_tr=lesson.title_tr />
            </span>
        </h1>
        <InLearnerLanguage translations=lesson.explanation_tr class="lesson-explanation" />
        {in_italian}
        <h2>{move_tr!("lesson-examples")}</h2>
        <ul class="lesson-examples">
            {lesson.examples.into_iter().map(|e| view! { <ExampleLine example=e /> }).collect_view()}
        </ul>
        <h2>{move_tr!("lesson-practice")}</h2>
        <PracticeTask task section />
        <p class="actions">
            <a class="button" href="/lessons">{move_tr!("lesson-all")}</a>
        </p>
    }
}

/// An Italian example and its translation.
#[component]
fn ExampleLine(example: Example) -> impl IntoView {
    view! {
        <li>
            <p lang="it">{example.it}</p>
            <InLearnerLanguage translations=example.tr class="example-tr" />
        </li>
    }
}
