//! Sportello's web app: thin Leptos components over `sportello-core`.

pub mod app;
pub mod catalog;
pub mod components;
pub mod download;
pub mod i18n;
pub mod leave_guard;
pub mod lessons;
pub mod offline;
pub mod pages;
pub mod settings;
pub mod speech;
pub mod storage;

/// Mounts `app` on `<body>` once the interface language's messages are there (see
/// [`i18n::load_then`]), in place of `boot.js`'s "Opening the page…", with panics reported to the
/// browser console.
fn start<N: leptos::IntoView + 'static>(messages: i18n::Messages, app: fn() -> N) {
    console_error_panic_hook::set_once();
    i18n::load_then(messages, move || {
        leptos::mount::mount_to_body(app);
        let opening = leptos::prelude::document().query_selector("[data-testid=boot-loading]");
        if let Ok(Some(opening)) = opening {
            opening.remove();
        }
    });
}

/// Mounts the learners' app.
pub fn mount() {
    start(i18n::Messages::APP, app::App);
}

/// Mounts the exam's module (`/exam`).
pub fn mount_exam() {
    start(i18n::Messages::APP, app::ExamApp);
}

/// Mounts the teachers' module (`/teacher`, `/teacher/print`, `/teacher/editor`).
pub fn mount_teacher() {
    start(i18n::Messages::TEACHER, app::TeacherApp);
}

/// Mounts the light first-load shell (home, about, settings).
pub fn mount_shell() {
    start(i18n::Messages::SHELL, app::Shell);
}
