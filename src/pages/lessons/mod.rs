//! `/lessons`: the list of short lessons on what the test needs at A2, each title in the
//! learner's language and in Italian; `/lessons/<id>` is one lesson ([`lesson`]).

pub mod lesson;

use crate::components::bank_errors::BankErrors;
use crate::components::lesson_link::LessonTitle;
use crate::components::page::Page;
use crate::lessons::use_lessons;
use leptos::prelude::*;
use leptos_fluent::move_tr;

/// The list of lessons.
#[component]
pub fn LessonList() -> impl IntoView {
    let lessons = use_lessons();
    view! {
        <Page class="lessons" title=move_tr!("lessons-title") lead=move_tr!("lessons-intro")>
            <Suspense fallback=|| view! { <p role="status">{move_tr!("lessons-loading")}</p> }>
                {move || Suspend::new(async move {
                    let lessons = lessons.await;
                    let errors = lessons.errors();
                    view! {
                        <ul class="lesson-list" data-testid="lesson-list">
                            {lessons
                                .report
                                .lessons
                                .iter()
                                .map(|l| {
                                    view! {
                                        <li>
                                            <a href=format!("/lessons/{}", l.id) data-lesson-id=l.id.clone()>
                                                <LessonTitle title=l.title.clone() title_tr=l.title_tr.clone() />
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                        <BankErrors errors />
                    }
                })}
            </Suspense>
        </Page>
    }
}
