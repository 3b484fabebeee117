//! The shipped lessons (`lessons/*.ron`, listed in the build's manifest): fetched the first time a
//! page needs them, not with the first-load shell, checked by core's lesson validator, and kept
//! for the rest of the visit: every part of a page that shows lessons waits for that one load.
//! Like the banks (`catalog`), a learner downloads them in one file with only the translations
//! of the interface language, again when it changes, and reads the whole files once the whole
//! app is kept on the phone.
//! A broken lesson is reported with its `file:line:column` message and the others keep working.

use crate::catalog::{copy_or_whole, fetch_listed, learner_locale, manifest};
use leptos::prelude::*;
use sportello_core::bank::validate::lessons::{self, LessonReport};
use sportello_core::bank::validate::{Diagnostic, Source};
use std::cell::OnceCell;
use std::sync::Arc;

thread_local! {
    /// The visit's one load of the lessons, with the owner that keeps it for the whole visit
    /// (not only while the page that first asked for it is shown).
    static LESSONS: OnceCell<(Owner, ArcLocalResource<Arc<Lessons>>)> = const { OnceCell::new() };
}

/// The lessons checked, and the files that could not be downloaded.
#[derive(Debug, Default)]
pub struct Lessons {
    /// What the validator found: the usable lessons, errors and warnings.
    pub report: LessonReport,
    /// Files that could not be downloaded.
    pub unreachable: Vec<Diagnostic>,
}

impl Lessons {
    /// Every problem that kept a lesson out.
    pub fn errors(&self) -> Vec<Diagnostic> {
        self.report
            .errors
            .iter()
            .chain(&self.unreachable)
            .cloned()
            .collect()
    }
}

/// Fetches the shipped lessons — the learners' copy for `locale` when given, else (or when it
/// cannot be fetched) the whole files — and checks them together.
async fn fetch_all(locale: Option<String>) -> Lessons {
    let hashes = manifest::LESSON_FILES.iter().map(|(_, hash)| *hash);
    let whole = fetch_listed(manifest::LESSON_FILES, "lessons", |name| {
        format!("lessons/{name}")
    });
    let (fetched, unreachable) = copy_or_whole("lessons", hashes, locale, whole).await;
    let sources: Vec<Source<'_>> = fetched
        .iter()
        .map(|(name, data)| Source::new(name, data))
        .collect();
    Lessons {
        report: lessons::check(&sources, &[]),
        unreachable,
    }
}

/// The lessons as a resource of the calling component, loading them on the first call of the
/// visit.
pub fn use_lessons() -> LocalResource<Arc<Lessons>> {
    LESSONS.with(|lessons| {
        let (_, resource) = lessons.get_or_init(|| {
            // A child of the app's own owner (`Owner::new_root` would also make itself the
            // current owner, and the page being drawn would lose its contexts).
            let mut app = Owner::current().expect("inside the app");
            while let Some(parent) = app.parent() {
                app = parent;
            }
            let owner = app.child();
            // One language's copy, fetched again when the language changes.
            let locale = learner_locale(true);
            let resource = owner.with(|| {
                ArcLocalResource::new(move || {
                    let locale = locale();
                    async move { Arc::new(fetch_all(locale).await) }
                })
            });
            (owner, resource)
        });
        resource.clone().into()
    })
}
