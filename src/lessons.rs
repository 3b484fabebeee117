//! The shipped lessons (`lessons/*.ron`, listed in the build's manifest): fetched the first time a
//! page needs them, not with the first-load shell, checked by core's lesson validator, and kept
//! for the rest of the visit: every part of a page that shows lessons waits for that one load.
//! A broken lesson is reported with its `file:line:column` message and the others keep working.

use crate::catalog::{fetch_bytes, manifest};
use leptos::prelude::*;
use sportello_core::bank::message::Message;
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

/// Fetches every shipped lesson (in parallel) and checks them together.
async fn fetch_all() -> Lessons {
    let files = manifest::LESSON_FILES
        .iter()
        .map(|(name, hash)| async move {
            let url = format!("/lessons/{name}?v={hash:x}");
            (format!("lessons/{name}"), fetch_bytes(&url).await)
        });
    let mut fetched = Vec::new();
    let mut unreachable = Vec::new();
    for (name, result) in futures::future::join_all(files).await {
        match result {
            Ok(bytes) => fetched.push((name, bytes)),
            Err(why) => unreachable.push(Diagnostic::in_file(
                &name,
                Message::new("file-not-downloaded").arg("why", why),
            )),
        }
    }
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
            let resource =
                owner.with(|| ArcLocalResource::new(|| async { Arc::new(fetch_all().await) }));
            (owner, resource)
        });
        resource.clone().into()
    })
}
