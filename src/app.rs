//! The app's frame (translation context, first-visit language choice, header) and its four
//! entry points: the learners' app (practice, progress, lessons, class link); the exam's own
//! module, where a teacher's link lands; the light shell that serves the first visit of the
//! home, about and settings pages without downloading the exam and practice code; and the
//! teachers' module (import, class link, printing, the question editor), kept out of the
//! learners' download. Going from one module's pages to another's is a page load (`boot.js`
//! loads the module that serves the address).

use crate::components::language_picker::LanguageGate;
use crate::components::leave_unsaved_exam::LeaveUnsavedExam;
use crate::components::nav::Header;
use crate::components::offline_notice::OfflineNotice;
use crate::components::saved_data_notice::SavedDataNotice;
use crate::components::update_banner::UpdateBanner;
use crate::i18n::{I18nProvider, ShellI18nProvider, TeacherI18nProvider};
use crate::pages;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// What every page sits in (inside a translation provider).
#[component]
fn Frame(children: ChildrenFn) -> impl IntoView {
    crate::storage::provide_saved_data_changed();
    crate::settings::provide_settings();
    view! {
        <Router>
            <a class="skip-link" href="#main">{move_tr!("skip-to-content")}</a>
            <LanguageGate>
                <Header />
                <UpdateBanner />
                <main id="main" tabindex="-1">
                    <OfflineNotice />
                    {children()}
                </main>
            </LanguageGate>
        </Router>
    }
}

/// The learners' application: every page but the exam's and the teachers'.
#[component]
pub fn App() -> impl IntoView {
    crate::catalog::provide_catalog(true);
    view! {
        <I18nProvider>
            <Frame>
                // Saved data is read (and, when unreadable, kept aside) by the full app's pages.
                <SavedDataNotice />
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=path!("/") view=pages::home::Home />
                    // The exam is a module of its own (`ExamApp`): `boot.js` loads it on a reload.
                    <Route path=path!("/exam") view=LoadModulePage />
                    <Route path=path!("/class") view=pages::class::Class />
                    <Route path=path!("/practice") view=pages::practice::Practice />
                    <Route path=path!("/progress") view=pages::progress::Progress />
                    // The teachers' pages are a module of their own: `boot.js` loads it on a
                    // reload.
                    <Route path=path!("/teacher") view=LoadModulePage />
                    <Route path=path!("/teacher/print") view=LoadModulePage />
                    <Route path=path!("/teacher/editor") view=LoadModulePage />
                    <Route path=path!("/settings") view=pages::settings::Settings />
                    <Route path=path!("/settings/voice") view=pages::settings_voice::SettingsVoice />
                    <Route path=path!("/settings/offline") view=pages::settings_offline::SettingsOffline />
                    <Route path=path!("/about") view=pages::about::About />
                    <Route path=path!("/guide") view=pages::guide::Guide />
                    <Route path=path!("/lessons") view=pages::lessons::LessonList />
                    <Route path=path!("/lessons/:id") view=pages::lessons::lesson::LessonPage />
                </Routes>
            </Frame>
        </I18nProvider>
    }
}

/// The exam and its results, built as a module of their own: what a teacher's link opens
/// carries no practice, progress or lessons code. Any other page reloads, and `boot.js` then
/// loads the module for it.
#[component]
pub fn ExamApp() -> impl IntoView {
    crate::catalog::provide_catalog(true);
    view! {
        <I18nProvider>
            <Frame>
                <SavedDataNotice />
                <Routes fallback=LeaveExam>
                    <Route path=path!("/exam") view=pages::exam::Exam />
                </Routes>
            </Frame>
        </I18nProvider>
    }
}

/// The light first-load shell: the pages a first visit usually sees. Any other page reloads,
/// and `boot.js` then loads the full application for it.
#[component]
pub fn Shell() -> impl IntoView {
    // Only the shell's messages: the rest of the app's stay out of this module.
    view! {
        <ShellI18nProvider>
            <Frame>
                <Routes fallback=LoadModulePage>
                    <Route path=path!("/") view=pages::home::Home />
                    <Route path=path!("/settings") view=pages::settings::Settings />
                    <Route path=path!("/about") view=pages::about::About />
                </Routes>
            </Frame>
        </ShellI18nProvider>
    }
}

/// The teachers' pages, built as a module of their own: any other page reloads, and `boot.js`
/// then loads the module for it.
#[component]
pub fn TeacherApp() -> impl IntoView {
    crate::catalog::provide_catalog(false);
    view! {
        <TeacherI18nProvider>
            <Frame>
                <SavedDataNotice />
                <Routes fallback=LoadModulePage>
                    <Route path=path!("/teacher") view=pages::teacher::Teacher />
                    <Route path=path!("/teacher/print") view=pages::teacher::print::Print />
                    <Route path=path!("/teacher/editor") view=pages::teacher::editor::Editor />
                </Routes>
            </Frame>
        </TeacherI18nProvider>
    }
}

/// The exam's module's way to other modules' pages: [`LoadModulePage`], but while the exam
/// exists only in memory (storage full) the learner is asked first, since the page load loses it.
#[component]
fn LeaveExam() -> impl IntoView {
    let leaving = RwSignal::new(!crate::leave_guard::asking());
    let leave = move |_| {
        crate::leave_guard::ask_before_leaving(false);
        leaving.set(true);
    };
    move || {
        if leaving.get() {
            view! { <LoadModulePage /> }.into_any()
        } else {
            view! { <LeaveUnsavedExam leave /> }.into_any()
        }
    }
}

/// Loads this address as a new page, so that `boot.js` loads the module that serves it (the
/// learners' app, the exam's, the shell or the teachers' module). The address is the router's,
/// not the window's: after a click on a link the window may still show the page being left.
#[component]
fn LoadModulePage() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    Effect::new(move |_| {
        let mut address = location.pathname.get_untracked();
        let search = location.search.get_untracked();
        if !search.is_empty() {
            address.push('?');
            address.push_str(&search);
        }
        let hash = location.hash.get_untracked();
        if !hash.is_empty() && !hash.starts_with('#') {
            address.push('#');
        }
        address.push_str(&hash);
        let shown = window().location();
        let here = [shown.pathname(), shown.search(), shown.hash()]
            .map(Result::unwrap_or_default)
            .concat();
        // Assigning the address shown would only move to its `#` part.
        let _ = if here == address {
            shown.reload()
        } else {
            shown.assign(&address)
        };
    });
    view! { <p role="status">{move_tr!("loading-app")}</p> }
}
