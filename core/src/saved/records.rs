//! The learner's records: the exam in progress, the history of finished exams, the most recent
//! finished exams in full for their review (the retention policy), the review queue, the
//! teacher's imported files and the preferences.

use super::{version, SaveError, SavedData, StorageKey, Store};
use crate::attempt::Attempt;
use crate::catalog::ImportedFile;
use crate::progress::History;
use crate::review::ReviewQueue;
use crate::settings::Settings;

/// How many finished exams are kept in full (older ones keep their summary in the history).
pub const FINISHED_KEPT: usize = 20;

/// Sorts `finished` oldest first and keeps the `kept` most recent.
pub fn retain_recent(finished: &mut Vec<Attempt>, kept: usize) {
    finished.sort_by_key(Attempt::started_at_ms);
    let excess = finished.len().saturating_sub(kept);
    finished.drain(..excess);
}

impl<S: Store> SavedData<S> {
    /// The exam in progress (or just finished and not yet dismissed). One inconsistent with
    /// its own exam (see [`Attempt::check`]) is put aside in the quarantine with the reason.
    pub fn current_attempt(&self) -> Option<Attempt> {
        let attempt: Attempt = self.load(StorageKey::Attempt)?;
        match attempt.check() {
            Ok(()) => Some(attempt),
            Err(why) => {
                let raw = self.read(StorageKey::Attempt).unwrap_or_default();
                self.keep_aside(StorageKey::Attempt, raw, why.to_string());
                None
            }
        }
    }

    /// Saves the exam in progress.
    pub fn save_attempt(&self, attempt: &Attempt) -> Result<(), SaveError> {
        self.save(StorageKey::Attempt, attempt)
    }

    /// Forgets the current attempt (only once it is safely in the history).
    pub fn clear_attempt(&self) {
        self.remove(StorageKey::Attempt);
    }

    /// The history of finished exams.
    pub fn history(&self) -> History {
        self.load(StorageKey::History).unwrap_or_default()
    }

    /// The finished exams kept in full, oldest first. Those inconsistent with their own exam
    /// (see [`Attempt::check`]) are put aside in the quarantine with the reason, each on its
    /// own, and the others kept.
    pub fn finished(&self) -> Vec<Attempt> {
        let all: Vec<Attempt> = self.load(StorageKey::Finished).unwrap_or_default();
        let (good, bad): (Vec<Attempt>, Vec<Attempt>) =
            all.into_iter().partition(|a| a.check().is_ok());
        if bad.is_empty() {
            return good;
        }
        let entries = bad
            .iter()
            .map(|a| {
                let why = a.check().err().map(|e| e.to_string()).unwrap_or_default();
                (version::encode(a), why)
            })
            .collect();
        // Kept in full until both the quarantine and the list without them are saved.
        match self.put_aside(StorageKey::Finished, entries) {
            Ok(()) => {
                self.save(StorageKey::Finished, &good).ok();
                self.store().kept_aside(StorageKey::Finished, &[]);
            }
            Err(unsaved) => self.store().kept_aside(StorageKey::Finished, &unsaved),
        }
        good
    }

    /// A finished exam kept in full, by its id.
    pub fn finished_attempt(&self, id: &str) -> Option<Attempt> {
        self.finished().into_iter().find(|a| a.id() == id)
    }

    /// Records a finished attempt in the history and keeps it in full for its review (only the
    /// [`FINISHED_KEPT`] most recent are kept); recording it again (after grading the writing)
    /// replaces the earlier record.
    pub fn record_finished(&self, attempt: &Attempt) -> Result<(), SaveError> {
        let summary = attempt.summary();
        let mut history = self.history();
        history.record(summary.clone());
        self.save(StorageKey::History, &history)?;
        let mut kept = self.finished();
        kept.retain(|a| a.id() != summary.id);
        kept.push(attempt.clone());
        retain_recent(&mut kept, FINISHED_KEPT);
        self.save(StorageKey::Finished, &kept)
    }

    /// Frees space for a finished exam that could not be saved: deletes the full record
    /// (answers, review) of every finished exam but the `kept` most recent, whose summaries
    /// stay in the history. Returns how many were deleted.
    pub fn drop_finished_in_full(&self, kept: usize) -> Result<usize, SaveError> {
        let mut finished = self.finished();
        let before = finished.len();
        retain_recent(&mut finished, kept);
        let dropped = before - finished.len();
        if dropped > 0 {
            if finished.is_empty() {
                self.remove(StorageKey::Finished);
            } else {
                self.save(StorageKey::Finished, &finished)?;
            }
        }
        Ok(dropped)
    }

    /// The spaced-review queue of mistakes.
    pub fn review_queue(&self) -> ReviewQueue {
        self.load(StorageKey::Review).unwrap_or_default()
    }

    /// Saves the spaced-review queue of mistakes.
    pub fn save_review_queue(&self, queue: &ReviewQueue) -> Result<(), SaveError> {
        self.save(StorageKey::Review, queue)
    }

    /// Puts the items a finished attempt got wrong in the review queue; recording the same
    /// attempt again adds nothing (see [`ReviewQueue::add_attempt`]).
    pub fn record_exam_mistakes(&self, attempt: &Attempt) -> Result<(), SaveError> {
        let mut queue = self.review_queue();
        if queue.add_attempt(attempt) == 0 {
            return Ok(());
        }
        self.save_review_queue(&queue)
    }

    /// The files a teacher imported on this device.
    pub fn imported_files(&self) -> Vec<ImportedFile> {
        self.load(StorageKey::Imported).unwrap_or_default()
    }

    /// Saves the files a teacher imported on this device.
    pub fn save_imported(&self, files: &[ImportedFile]) -> Result<(), SaveError> {
        self.save(StorageKey::Imported, files)
    }

    /// The learner's preferences (the defaults if none were saved).
    pub fn settings(&self) -> Settings {
        self.load(StorageKey::Settings).unwrap_or_default()
    }

    /// Saves the learner's preferences.
    pub fn save_settings(&self, settings: &Settings) -> Result<(), SaveError> {
        self.save(StorageKey::Settings, settings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exam::generate;
    use crate::exam::test_support::{bank_for, layout, VADEMECUM};
    use crate::saved::MemoryStore;
    use crate::score::WritingGrade;

    fn finished(started_ms: u64) -> Attempt {
        let layout = layout(VADEMECUM);
        let exam = generate(&layout, &bank_for(&layout, 3), started_ms, |_| false).unwrap();
        let mut attempt = Attempt::start(exam, started_ms);
        attempt.submit(started_ms + 1);
        attempt
    }

    #[test]
    fn only_the_most_recent_finished_exams_are_kept_in_full_but_every_summary() {
        let store = MemoryStore::new();
        let saved = SavedData::new(&store, 0);
        for i in 0..(FINISHED_KEPT as u64 + 3) {
            saved.record_finished(&finished(1_000 + i)).unwrap();
        }
        assert_eq!(saved.history().attempts.len(), FINISHED_KEPT + 3);
        let kept: Vec<u64> = saved
            .finished()
            .iter()
            .map(Attempt::started_at_ms)
            .collect();
        assert_eq!(kept.len(), FINISHED_KEPT);
        assert_eq!(kept[0], 1_003);
        assert_eq!(*kept.last().unwrap(), 1_000 + FINISHED_KEPT as u64 + 2);
    }

    #[test]
    fn recording_a_graded_exam_again_replaces_its_record() {
        let store = MemoryStore::new();
        let saved = SavedData::new(&store, 0);
        let mut attempt = finished(10);
        saved.record_finished(&attempt).unwrap();
        let writing = attempt.exam().sections[2].tasks[0].id.clone();
        attempt
            .set_writing_grade(&writing, WritingGrade::Complete)
            .unwrap();
        saved.record_finished(&attempt).unwrap();
        assert_eq!(saved.history().attempts, [attempt.summary()]);
        assert_eq!(saved.finished(), [attempt.clone()]);
        let id = attempt.id();
        assert_eq!(saved.finished_attempt(&id), Some(attempt));
    }

    #[test]
    fn mistakes_are_queued_once_and_the_attempt_in_progress_is_kept_until_cleared() {
        let store = MemoryStore::new();
        let saved = SavedData::new(&store, 0);
        let attempt = finished(10);
        saved.save_attempt(&attempt).unwrap();
        assert_eq!(saved.current_attempt(), Some(attempt.clone()));
        saved.record_exam_mistakes(&attempt).unwrap();
        let queued = saved.review_queue();
        assert!(!queued.cards().is_empty());
        saved.record_exam_mistakes(&attempt).unwrap();
        assert_eq!(saved.review_queue(), queued);
        saved.clear_attempt();
        assert_eq!(saved.current_attempt(), None);
    }

    #[test]
    fn a_full_store_refuses_the_record_and_says_so() {
        let store = MemoryStore::with_quota(100);
        let saved = SavedData::new(&store, 0);
        assert_eq!(saved.record_finished(&finished(10)), Err(SaveError::Full));
    }

    #[test]
    fn an_inconsistent_attempt_is_put_aside_with_the_reason() {
        let store = MemoryStore::new();
        let saved = SavedData::new(&store, 3);
        let mut value = serde_json::to_value(finished(10)).unwrap();
        value["section"] = 99.into();
        let raw = format!(r#"{{"schema":1,"data":{value}}}"#);
        store.set("sportello.attempt", &raw).unwrap();
        assert_eq!(saved.current_attempt(), None);
        assert_eq!(store.get("sportello.attempt"), None);
        let aside = saved.quarantined();
        assert_eq!(aside.len(), 1);
        assert_eq!(aside[0].raw, raw);
        assert!(
            aside[0].reason.contains("section 100 of 3"),
            "{}",
            aside[0].reason
        );
        assert_eq!(store.kept_aside_keys(), [StorageKey::Attempt]);
    }

    #[test]
    fn an_inconsistent_finished_exam_is_put_aside_and_the_others_kept() {
        let store = MemoryStore::new();
        let saved = SavedData::new(&store, 3);
        let good = finished(10);
        let mut bad = serde_json::to_value(finished(20)).unwrap();
        bad["exam"]["sections"] = serde_json::json!([]);
        let list = serde_json::json!([serde_json::to_value(&good).unwrap(), bad]);
        store
            .set(
                "sportello.finished",
                &format!(r#"{{"schema":1,"data":{list}}}"#),
            )
            .unwrap();
        assert_eq!(saved.finished(), std::slice::from_ref(&good));
        assert_eq!(saved.finished(), [good]);
        let aside = saved.quarantined();
        assert_eq!(aside.len(), 1, "put aside once");
        assert_eq!(aside[0].key, "sportello.finished");
        assert!(aside[0].reason.contains("no sections"));
        assert!(aside[0].raw.contains("\"started_at_ms\":20"));
    }

    #[test]
    fn a_full_store_makes_room_for_a_finished_exam_by_dropping_older_reviews_only() {
        let store = MemoryStore::new();
        let saved = SavedData::new(&store, 0);
        for i in 0..4 {
            saved.record_finished(&finished(1_000 + i)).unwrap();
        }
        let used: usize = store
            .keys()
            .iter()
            .map(|k| k.chars().count() + store.get(k).unwrap().chars().count())
            .sum();
        let mut store = store;
        store.set_quota(Some(used + 100));
        let saved = SavedData::new(&store, 0);
        let last = finished(2_000);
        assert_eq!(saved.record_finished(&last), Err(SaveError::Full));
        assert_eq!(saved.drop_finished_in_full(1), Ok(3));
        assert_eq!(saved.history().attempts.len(), 4, "every summary stays");
        saved.record_finished(&last).unwrap();
        assert_eq!(saved.history().attempts.len(), 5);
        let kept: Vec<u64> = saved
            .finished()
            .iter()
            .map(Attempt::started_at_ms)
            .collect();
        assert_eq!(kept, [1_003, 2_000]);
        assert_eq!(saved.drop_finished_in_full(5), Ok(0));
    }
}
