//! The learner's saved work: the exam in progress, the history of finished exams, and the most
//! recent finished exams in full for their review. Saving is attempted on every change.

use crate::storage::{self, SaveError, StorageKey};
use sportello_core::attempt::Attempt;
use sportello_core::progress::History;

/// How many finished exams are kept in full (older ones keep their summary in the history).
pub const FINISHED_KEPT: usize = 20;

/// The exam in progress (or just finished and not yet dismissed).
pub fn current_attempt() -> Option<Attempt> {
    storage::load(StorageKey::Attempt)
}

/// Saves the exam in progress.
pub fn save_attempt(attempt: &Attempt) -> Result<(), SaveError> {
    storage::save(StorageKey::Attempt, attempt)
}

/// Forgets the current attempt (only once it is safely in the history).
pub fn clear_attempt() {
    storage::remove(StorageKey::Attempt);
}

/// The history of finished exams.
pub fn history() -> History {
    storage::load(StorageKey::History).unwrap_or_default()
}

/// The finished exams kept in full, oldest first.
pub fn finished() -> Vec<Attempt> {
    storage::load(StorageKey::Finished).unwrap_or_default()
}

/// A finished exam kept in full, by its summary id.
pub fn finished_attempt(id: &str) -> Option<Attempt> {
    finished().into_iter().find(|a| a.id() == id)
}

/// Records a finished attempt in the history and keeps it in full for its review; recording it
/// again (after grading the writing) replaces the earlier record.
pub fn record_finished(attempt: &Attempt) -> Result<(), SaveError> {
    let summary = attempt.summary();
    let mut history = history();
    history.record(summary.clone());
    storage::save(StorageKey::History, &history)?;
    let mut kept = finished();
    kept.retain(|a| a.id() != summary.id);
    kept.push(attempt.clone());
    let excess = kept.len().saturating_sub(FINISHED_KEPT);
    kept.drain(..excess);
    storage::save(StorageKey::Finished, &kept)
}

/// The spaced-review queue of mistakes.
pub fn review_queue() -> sportello_core::review::ReviewQueue {
    storage::load(StorageKey::Review).unwrap_or_default()
}

/// Saves the spaced-review queue of mistakes.
pub fn save_review_queue(queue: &sportello_core::review::ReviewQueue) -> Result<(), SaveError> {
    storage::save(StorageKey::Review, queue)
}

/// Puts the items a finished attempt got wrong in the review queue; recording the same attempt
/// again adds nothing (see `ReviewQueue::add_attempt`).
pub fn record_exam_mistakes(attempt: &Attempt) -> Result<(), SaveError> {
    let mut queue = review_queue();
    if queue.add_attempt(attempt) == 0 {
        return Ok(());
    }
    save_review_queue(&queue)
}
