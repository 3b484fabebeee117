//! `/teacher/print?seed=N&layout=ID`: the whole exam of a code and a layout as a paper test, the
//! same exam `/exam?seed=N&layout=ID` gives on this device: a header with lines for the name,
//! the date and the class, each section with its time and points, boxes to tick and lines to
//! write on. `&sheet=teacher` gives the teacher's sheet instead: the key in the printed letters,
//! the listening transcripts to read aloud twice, the writing checklists and the points.

use crate::catalog::{use_catalog, Catalog};
use crate::components::labels::section_name;
use crate::components::stimulus::{ContentText, PictureView, ReadingStimulus};
use leptos::prelude::*;
use leptos_fluent::{move_tr, I18n};
use leptos_router::hooks::use_query;
use leptos_router::params::Params;
use sportello_core::answer::{describe, Answer};
use sportello_core::bank::{Content, Section};
use sportello_core::exam::{generate, Exam, ExamGap, ExamItem, ExamQuestion, ExamTask};
use sportello_core::layout::{Scoring, DEFAULT_LAYOUT};
use sportello_core::wording;
use std::sync::Arc;

/// What `/teacher/print` asks for.
#[derive(Params, Debug, Clone, PartialEq, Eq, Default)]
pub struct PrintQuery {
    /// The exam's code.
    pub seed: Option<u64>,
    /// The layout's id.
    pub layout: Option<String>,
    /// `teacher` for the teacher's sheet.
    pub sheet: Option<String>,
}

impl PrintQuery {
    /// The path of the paper test of exam `seed` in `layout`, or of its teacher's sheet.
    pub fn href(seed: u64, layout: &str, teacher: bool) -> String {
        let layout = String::from(js_sys::encode_uri_component(layout));
        let sheet = if teacher { "&sheet=teacher" } else { "" };
        format!("/teacher/print?seed={seed}&layout={layout}{sheet}")
    }
}

/// Lines to write a message on.
const MESSAGE_LINES: usize = 8;

/// The print page.
#[component]
pub fn Print() -> impl IntoView {
    let query = use_query::<PrintQuery>();
    let catalog = use_catalog();
    view! {
        <section class="page print">
            <Suspense fallback=|| view! { <p role="status">{move_tr!("loading-banks")}</p> }>
                {move || {
                    let query = query.get().unwrap_or_default();
                    Suspend::new(async move {
                        let catalog = catalog.await;
                        paper(&catalog, query)
                    })
                }}
            </Suspense>
        </section>
    }
}

fn paper(catalog: &Arc<Catalog>, query: PrintQuery) -> AnyView {
    let layout_id = query.layout.unwrap_or_else(|| DEFAULT_LAYOUT.to_string());
    let seed = query.seed.unwrap_or(1);
    let teacher = query.sheet.as_deref() == Some("teacher");
    let Some(layout) = catalog.layout(&layout_id) else {
        return view! {
            <h1>{move_tr!("print-title")}</h1>
            <p class="notice warning" role="alert" data-testid="print-problem">
                {move_tr!("exam-share-unknown-layout", { "layout" => layout_id.clone() })}
            </p>
        }
        .into_any();
    };
    // As a shared link does: the history plays no part, so the paper is the on-screen exam.
    let Ok(exam) = generate(layout, catalog.tasks(), seed, |_| false) else {
        return view! {
            <h1>{move_tr!("print-title")}</h1>
            <p class="notice warning" role="alert" data-testid="print-problem">
                {move_tr!("exam-cannot-generate")}
            </p>
        }
        .into_any();
    };
    let other = PrintQuery::href(seed, &layout_id, !teacher);
    let exam_link = format!(
        "/exam?seed={seed}&layout={}",
        String::from(js_sys::encode_uri_component(&layout_id))
    );
    view! {
        <div class="print-controls no-print">
            <p>{move_tr!("print-lead")}</p>
            <div class="actions">
                <button
                    type="button"
                    class="button primary"
                    data-testid="print-now"
                    on:click=move |_| {
                        let _ = window().print();
                    }
                >
                    {move_tr!("print-now")}
                </button>
                <a class="button" href=other data-testid="print-other">
                    {if teacher { move_tr!("print-show-test") } else { move_tr!("print-show-sheet") }}
                </a>
            </div>
            <p><a href=exam_link>{move_tr!("print-on-screen")}</a></p>
        </div>
        <article class="paper" data-testid="paper" data-sheet=if teacher { "teacher" } else { "test" }>
            <PaperHead exam=exam.clone() teacher />
            {exam
                .sections
                .into_iter()
                .map(|section| {
                    let minutes = section.seconds.div_ceil(60);
                    let points = match section.scoring {
                        Scoring::PerItem(p) => {
                            move_tr!("print-points-per-item", { "points" => p.to_string() })
                        }
                        Scoring::Bands { complete, sufficient } => {
                            move_tr!("print-points-bands", {
                                "complete" => complete.to_string(),
                                "sufficient" => sufficient.to_string(),
                            })
                        }
                    };
                    let listening = section.section == Section::Listening;
                    view! {
                        <section class="paper-section">
                            <h2>
                                {section_name(section.section)}
                                " · "
                                {move_tr!("exam-minutes", { "minutes" => minutes })}
                            </h2>
                            <p class="paper-points">{points}</p>
                            {section
                                .tasks
                                .into_iter()
                                .enumerate()
                                .map(|(n, task)| {
                                    if teacher {
                                        view! { <KeyTask task number=n + 1 listening /> }.into_any()
                                    } else {
                                        view! { <PaperTask task number=n + 1 listening /> }.into_any()
                                    }
                                })
                                .collect_view()}
                        </section>
                    }
                })
                .collect_view()}
        </article>
    }
    .into_any()
}

/// The title, the code, and the lines for the learner's name, the date and the class (or, on
/// the teacher's sheet, what the sheet is).
#[component]
fn PaperHead(exam: Exam, teacher: bool) -> impl IntoView {
    let seed = exam.seed.to_string();
    view! {
        <header class="paper-head">
            <h1>
                <span lang="it">{exam.layout_title.clone()}</span>
                {teacher.then(|| view! { " · " {move_tr!("print-sheet-title")} })}
            </h1>
            <p data-testid="print-code">{move_tr!("print-code", { "seed" => seed.clone() })}</p>
            {(!teacher)
                .then(|| {
                    view! {
                        <p class="paper-line">{move_tr!("print-name")}<span class="blank"></span></p>
                        <div class="paper-row">
                            <p class="paper-line">{move_tr!("print-date")}<span class="blank"></span></p>
                            <p class="paper-line">{move_tr!("print-class")}<span class="blank"></span></p>
                        </div>
                    }
                })}
        </header>
    }
}

/// A task as printed for the learners.
#[component]
fn PaperTask(task: ExamTask, number: usize, listening: bool) -> impl IntoView {
    let stimulus = if listening {
        view! { <p class="paper-hint">{move_tr!("print-listen-twice")}</p> }.into_any()
    } else {
        view! { <ReadingStimulus stimulus=task.stimulus.clone() /> }.into_any()
    };
    view! {
        <div class="paper-task">
            <h3>{move_tr!("exam-task", { "n" => number })}</h3>
            <p class="instructions" lang="it" dir="ltr">{task.instructions.clone()}</p>
            {stimulus}
            <ol class="paper-items" lang="it" dir="ltr">
                {task
                    .items
                    .into_iter()
                    .map(|item| view! { <li class="paper-item"><PaperItem item listening /></li> })
                    .collect_view()}
            </ol>
        </div>
    }
}

/// One item with boxes to tick, a grid to fill or lines to write on.
#[component]
fn PaperItem(item: ExamItem, listening: bool) -> impl IntoView {
    let own = item
        .stimulus
        .clone()
        .map(|s| match (listening, &s.picture) {
            // A recording of its own: read aloud by the teacher, only its picture printed.
            (true, Some(picture)) => view! { <PictureView picture=picture.clone() /> }.into_any(),
            (true, None) => ().into_any(),
            (false, _) => view! { <ReadingStimulus stimulus=s /> }.into_any(),
        });
    let body = match item.question {
        ExamQuestion::SingleChoice {
            prompt, options, ..
        } => view! { <p>{prompt}</p> {boxes(options)} }.into_any(),
        ExamQuestion::Place {
            prompt, options, ..
        } => view! { <p>{prompt}</p> {boxes(options)} }.into_any(),
        ExamQuestion::TickInfo {
            prompt, options, ..
        } => view! { <p>{prompt}</p> {boxes(options)} }.into_any(),
        ExamQuestion::TrueFalse { statement, .. } => view! {
            <p>{statement}</p>
            <p class="paper-tf">
                <span class="box" aria-hidden="true">"☐"</span>" "{wording::TRUE}"   "
                <span class="box" aria-hidden="true">"☐"</span>" "{wording::FALSE}
            </p>
        }
        .into_any(),
        ExamQuestion::Matching {
            prompt, left, right, ..
        } => view! {
            <p>{prompt}</p>
            <div class="paper-matching">
                <ol class="paper-left">
                    {left
                        .into_iter()
                        .map(|l| view! { <li>{l}" → "<span class="blank short"></span></li> })
                        .collect_view()}
                </ol>
                <ul class="paper-right">
                    {right
                        .into_iter()
                        .enumerate()
                        .map(|(i, r)| view! { <li>{format!("{}. {r}", wording::letter(i))}</li> })
                        .collect_view()}
                </ul>
            </div>
        }
        .into_any(),
        ExamQuestion::GapFill { text, gap } => {
            let text = text.replace("___", "__________");
            match gap {
                ExamGap::Choice { options, .. } => view! { <p>{text}</p> {boxes(options)} }.into_any(),
                ExamGap::Typed { .. } => view! { <p>{text}</p> }.into_any(),
            }
        }
        ExamQuestion::Form { prompt, fields } => view! {
            <p>{prompt}</p>
            <div class="paper-form">
                {fields
                    .into_iter()
                    .map(|f| view! { <p class="paper-line">{f.label}<span class="blank"></span></p> })
                    .collect_view()}
            </div>
        }
        .into_any(),
        ExamQuestion::Message {
            prompt,
            min_words,
            max_words,
            ..
        } => view! {
            <p>{prompt}</p>
            <p class="paper-hint" lang=ui_lang()>
                {move_tr!("message-words-asked", { "min" => min_words, "max" => max_words })}
            </p>
            <div class="paper-lines" aria-hidden="true">
                {(0..MESSAGE_LINES).map(|_| view! { <span class="paper-write-line"></span> }).collect_view()}
            </div>
        }
        .into_any(),
    };
    view! { {own} {body} }
}

/// The interface language, for a hint inside Italian test content.
fn ui_lang() -> &'static str {
    expect_context::<I18n>().language.get_untracked().id
}

/// Options lettered in the printed order, each with a box to tick.
fn boxes(options: Vec<String>) -> impl IntoView {
    view! {
        <ul class="paper-options">
            {options
                .into_iter()
                .enumerate()
                .map(|(i, o)| {
                    view! {
                        <li>
                            <span class="box" aria-hidden="true">"☐"</span>
                            {format!(" {}. {o}", wording::letter(i))}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// A task on the teacher's sheet: the transcripts to read aloud (listening), the key in the
/// printed letters, and the checklist of a writing task.
#[component]
fn KeyTask(task: ExamTask, number: usize, listening: bool) -> impl IntoView {
    let transcript = |content: Content| {
        (listening && content.spoken_text().is_some()).then(|| {
            view! {
                <div class="paper-transcript" data-testid="print-transcript">
                    <p class="paper-hint">{move_tr!("print-read-twice")}</p>
                    <div lang="it" dir="ltr">
                        <ContentText content />
                    </div>
                </div>
            }
        })
    };
    view! {
        <div class="paper-task">
            <h3>{move_tr!("exam-task", { "n" => number })}</h3>
            <p class="instructions" lang="it" dir="ltr">{task.instructions.clone()}</p>
            {transcript(task.stimulus.content.clone())}
            <ol class="paper-items">
                {task
                    .items
                    .into_iter()
                    .map(|item| {
                        let own = item.stimulus.clone().and_then(|s| transcript(s.content));
                        view! { <li class="paper-item">{own}<Key question=item.question /></li> }
                    })
                    .collect_view()}
            </ol>
        </div>
    }
}

/// The right answer as printed (`B. In farmacia`), or a writing task's checklist.
#[component]
fn Key(question: ExamQuestion) -> impl IntoView {
    if let Some(right) = Answer::right_for(&question) {
        return view! {
            <p class="paper-key" lang="it" dir="ltr" data-testid="print-key">
                <strong>{describe(&question, &right)}</strong>
            </p>
        }
        .into_any();
    }
    let points = match &question {
        ExamQuestion::Message { points, .. } => points.clone(),
        ExamQuestion::Form { fields, .. } => fields.iter().map(|f| f.label.clone()).collect(),
        _ => Vec::new(),
    };
    view! {
        <p lang="it" dir="ltr">{question.prompt().to_string()}</p>
        <p><strong>{move_tr!("print-checklist")}</strong></p>
        <ul class="paper-checklist" lang="it" dir="ltr" data-testid="print-checklist">
            {points.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
        </ul>
    }
    .into_any()
}
