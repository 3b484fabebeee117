//! The shipped lessons (`lessons/*.ron`, listed in the build's manifest): fetched the first time a
//! page needs them, not with the first-load shell, checked by core's lesson validator, and kept
//! for the rest of the visit. A broken lesson is reported with its `file:line:column` message
//! and the others keep working.

use crate::catalog::{fetch_bytes, manifest};
use leptos::prelude::*;
use sportello_core::bank::message::Message;
use sportello_core::bank::validate::lessons::{self, LessonReport};
use sportello_core::bank::validate::{Diagnostic, Source};
use std::cell::RefCell;
use std::sync::Arc;

thread_local! {
    /// The lessons once loaded in this visit.
    static LOADED: RefCell<Option<Arc<Lessons>>> = const { RefCell::new(None) };
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

/// The lessons, fetched on the first call of the visit.
async fn load() -> Arc<Lessons> {
    if let Some(loaded) = LOADED.with_borrow(Clone::clone) {
        return loaded;
    }
    let loaded = Arc::new(fetch_all().await);
    LOADED.set(Some(loaded.clone()));
    loaded
}

/// The lessons as a resource of the calling component.
pub fn use_lessons() -> LocalResource<Arc<Lessons>> {
    LocalResource::new(load)
}
