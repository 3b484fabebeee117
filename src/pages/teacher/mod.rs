//! `/teacher`: tools for CPIA teachers and volunteers: import and check a question file, see
//! what the app holds, share one exam with a whole class, and start writing a bank.

mod class_link;
mod class_results;
pub mod editor;
mod files;
mod import;
pub mod print;
mod share;

use crate::catalog::use_catalog;
use crate::components::page::Page;
use leptos::prelude::*;
use leptos_fluent::move_tr;

/// The teacher page.
#[component]
pub fn Teacher() -> impl IntoView {
    let catalog = use_catalog();
    view! {
        <Page class="teacher" title=move_tr!("teacher-title") lead=move_tr!("teacher-lead")>
            // The guide is a page of its own, outside the app (docs/teachers.md, built by tools/guide).
            <p>
                <a href="/guide/teachers.html" rel="external" hreflang="en" data-testid="teacher-guide">
                    {move_tr!("teacher-guide")}
                </a>
            </p>
            <import::Import catalog=catalog />
            <files::Files catalog=catalog />
            <share::Share catalog=catalog />
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let catalog = catalog.await;
                    view! { <class_results::ClassResults catalog /> }
                })}
            </Transition>
            <section aria-labelledby="teacher-write-title">
                <h2 id="teacher-write-title">{move_tr!("teacher-write-title")}</h2>
                <p>{move_tr!("teacher-write-text")}</p>
                <p>
                    <a class="button" href="/teacher/editor" data-testid="teacher-editor">
                        {move_tr!("teacher-write-editor")}
                    </a>
                    " "
                    <a
                        class="button secondary"
                        href="/question-banks/TEMPLATE.ron"
                        download="TEMPLATE.ron"
                        data-testid="teacher-template"
                    >
                        {move_tr!("teacher-write-template")}
                    </a>
                </p>
            </section>
        </Page>
    }
}
