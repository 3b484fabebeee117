//! Links to the lessons that help with a task (`data-testid="lesson-link"`), shown with the
//! feedback on a wrong practice answer and with a task's review on the results; and a lesson's
//! title as the learner reads it (their language, then the Italian).

use crate::catalog::use_catalog;
use crate::lessons::use_lessons;
use leptos::prelude::*;
use leptos_fluent::{move_tr, I18n};
use sportello_core::bank::translations::for_learner;
use sportello_core::bank::Translations;
use sportello_core::lesson::{lessons_for, Lesson};

/// At most this many lessons are linked from one task, the ones it names first.
const MAX_LINKS: usize = 3;

/// A lesson's title: in the learner's language (or English) when the interface is not Italian,
/// then the Italian title.
#[component]
pub fn LessonTitle(title: String, title_tr: Translations) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    move || {
        let lang = i18n.language.get().id;
        let translated = for_learner(&title_tr, lang).map(|t| {
            let (text, locale) = (t.text.to_string(), t.locale.to_string());
            view! { <span class="title-tr" lang=locale dir="auto">{text}</span> " · " }
        });
        view! {
            {translated}
            <span class="title-it" lang="it">{title.clone()}</span>
        }
    }
}

/// The lessons that help with the task `task_id` of the banks (nothing while they load, and
/// nothing when the task is not in the banks or no lesson helps with it).
#[component]
pub fn LessonLinks(task_id: String) -> impl IntoView {
    let catalog = use_catalog();
    let lessons = use_lessons();
    move || {
        let (catalog, lessons) = (catalog.get()?, lessons.get()?);
        let task = catalog.tasks().find(|t| t.id == task_id)?;
        let found: Vec<Lesson> = lessons_for(task, &lessons.report.lessons)
            .into_iter()
            .take(MAX_LINKS)
            .cloned()
            .collect();
        (!found.is_empty()).then(|| {
            view! {
                <div class="lesson-links">
                    <p>{move_tr!("lesson-links-lead")}</p>
                    <ul>
                        {found
                            .into_iter()
                            .map(|l| {
                                view! {
                                    <li>
                                        <a href=format!("/lessons/{}", l.id) data-testid="lesson-link">
                                            <LessonTitle title=l.title title_tr=l.title_tr />
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
