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

/// Mounts the learners' app on `<body>` (once the interface language's messages are there: see
/// [`i18n::load_then`]), with panics reported to the browser console.
pub fn mount() {
    console_error_panic_hook::set_once();
    i18n::load_then(i18n::Messages::APP, || {
        leptos::mount::mount_to_body(app::App)
    });
}

/// Mounts the exam's module (`/exam`) on `<body>`.
pub fn mount_exam() {
    console_error_panic_hook::set_once();
    i18n::load_then(i18n::Messages::APP, || {
        leptos::mount::mount_to_body(app::ExamApp)
    });
}

/// Mounts the teachers' module (`/teacher`, `/teacher/print`, `/teacher/editor`) on `<body>`.
pub fn mount_teacher() {
    console_error_panic_hook::set_once();
    i18n::load_then(i18n::Messages::TEACHER, || {
        leptos::mount::mount_to_body(app::TeacherApp)
    });
}

/// Mounts the light first-load shell (home, about, settings) on `<body>`.
pub fn mount_shell() {
    console_error_panic_hook::set_once();
    i18n::load_then(i18n::Messages::SHELL, || {
        leptos::mount::mount_to_body(app::Shell)
    });
}
