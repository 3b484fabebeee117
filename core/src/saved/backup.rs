//! Everything the app saves, as one versioned backup file: its format (documented in
//! `docs/backup-format.md`), validation of a file to import (upgrading data of an earlier
//! version), the merge of a backup into what a device already holds, and saving the merge so
//! that either all of it is saved or nothing changes.

use super::plausible::{sift, Refusal};
use super::records::{retain_recent, FINISHED_KEPT};
use super::version::{readable, upgrade, UpgradeError, SCHEMA};
use super::{Quarantined, SaveError, SavedData, StorageKey, Store};
use crate::attempt::Attempt;
use crate::catalog::ImportedFile;
use crate::layout::Layout;
use crate::progress::History;
use crate::review::ReviewQueue;
use crate::settings::Settings;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

/// The `format` field of every backup file.
pub const FORMAT: &str = "sportello-backup";

/// A backup file: everything saved on a device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    /// Always [`FORMAT`].
    pub format: String,
    /// The [`SCHEMA`] its data was written with.
    pub version: u32,
    /// When it was exported (ms since the Unix epoch).
    pub exported_at_ms: u64,
    /// What was saved.
    pub data: BackupData,
}

impl Backup {
    /// A backup of `data`, made at `now_ms`.
    pub fn new(data: BackupData, now_ms: u64) -> Backup {
        Backup {
            format: FORMAT.to_string(),
            version: SCHEMA,
            exported_at_ms: now_ms,
            data,
        }
    }

    /// The backup as the JSON text of the file.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a backup serializes to JSON")
    }
}

/// Everything saved on a device.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BackupData {
    /// Summaries of every finished exam.
    #[serde(default)]
    pub history: History,
    /// The most recent finished exams in full, for their review.
    #[serde(default)]
    pub finished: Vec<Attempt>,
    /// The learner's preferences.
    #[serde(default)]
    pub settings: Option<Settings>,
    /// Question files a teacher imported.
    #[serde(default)]
    pub imported: Vec<ImportedFile>,
    /// The queue of mistakes to review.
    #[serde(default)]
    pub review: Option<ReviewQueue>,
    /// Saved data that could not be read, kept aside as it was.
    #[serde(default)]
    pub quarantine: Vec<Quarantined>,
    /// The result codes a teacher collected from the class (`R1.…`), in the order added.
    #[serde(default)]
    pub class_results: Vec<String>,
}

impl BackupData {
    /// A backup's data holding one finished exam only (its summary and the exam in full), to
    /// keep it in a file when it cannot be saved on the device.
    pub fn of_attempt(attempt: &Attempt) -> BackupData {
        let mut data = BackupData::default();
        data.history.record(attempt.summary());
        data.finished.push(attempt.clone());
        data
    }
}

/// Why a file is not a backup that can be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupError {
    /// Not JSON at all.
    NotJson(String),
    /// JSON, but not a Sportello backup (no `format: "sportello-backup"` or no `version`).
    NotABackup,
    /// A backup whose version cannot be read.
    Version(UpgradeError),
    /// A backup whose content does not have the documented shape.
    Content(String),
}

impl fmt::Display for BackupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackupError::NotJson(e) => write!(f, "not a JSON file: {e}"),
            BackupError::NotABackup => write!(f, "not a Sportello backup"),
            BackupError::Version(e) => write!(f, "{e}"),
            BackupError::Content(e) => write!(f, "unexpected content: {e}"),
        }
    }
}

impl std::error::Error for BackupError {}

/// Reads a backup file, upgrading the data of an earlier version to [`SCHEMA`].
pub fn parse(text: &str) -> Result<Backup, BackupError> {
    let mut value: Value =
        serde_json::from_str(text).map_err(|e| BackupError::NotJson(e.to_string()))?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(BackupError::NotABackup);
    }
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(BackupError::NotABackup)?;
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    readable(version).map_err(BackupError::Version)?;
    if let Some(Value::Object(parts)) = value.get_mut("data") {
        for (part, data) in parts.iter_mut() {
            *data = upgrade(part, version, data.take()).map_err(BackupError::Version)?;
        }
    }
    value["version"] = SCHEMA.into();
    serde_json::from_value(value).map_err(|e| BackupError::Content(e.to_string()))
}

/// What importing a backup changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Exams that were not on the device.
    pub added: usize,
    /// Exams already on the device that gained writing grades.
    pub updated: usize,
    /// Question files added or replaced by a more recent import.
    pub files: usize,
    /// Class result codes that were not on the device.
    pub results: usize,
    /// Exams of the backup that did not hold together and were not imported (see
    /// [`super::plausible`]).
    pub refused: Vec<Refusal>,
}

/// Merges `incoming` (a backup) into `current` (what the device holds), keeping at most
/// `finished_kept` exams in full (the most recent).
///
/// - Exams are matched by id, never duplicated. For an exam on both sides, writing grades only
///   the backup has are added; where both graded a task differently, the device's grade stays.
///   A summary without the full exam is replaced only by one whose total is final (`complete`).
/// - Question files are matched by name; the more recent import wins.
/// - Settings and the review queue come from the backup only when the device has none.
/// - Quarantined data and class result codes are kept from both sides, without duplicates.
pub fn merge(
    current: BackupData,
    incoming: BackupData,
    finished_kept: usize,
) -> (BackupData, MergeReport) {
    let mut report = MergeReport::default();
    let mut merged = current;

    let mut finished: BTreeMap<String, Attempt> =
        merged.finished.drain(..).map(|a| (a.id(), a)).collect();
    for theirs in incoming.finished {
        let id = theirs.id();
        match finished.get_mut(&id) {
            Some(ours) => {
                let mut gained = false;
                for (task, grade) in theirs.writing_grades() {
                    if !ours.writing_grades().contains_key(task)
                        && ours.set_writing_grade(task, *grade).is_ok()
                    {
                        gained = true;
                    }
                }
                if gained {
                    merged.history.record(ours.summary());
                    report.updated += 1;
                }
            }
            None => {
                finished.insert(id, theirs);
            }
        }
    }
    let mut finished: Vec<Attempt> = finished.into_values().collect();
    retain_recent(&mut finished, finished_kept);
    merged.finished = finished;

    for theirs in incoming.history.attempts {
        match merged.history.attempts.iter().find(|a| a.id == theirs.id) {
            None => {
                merged.history.record(theirs);
                report.added += 1;
            }
            Some(ours) if theirs.complete && !ours.complete => {
                merged.history.record(theirs);
                report.updated += 1;
            }
            Some(_) => {}
        }
    }

    for theirs in incoming.imported {
        match merged.imported.iter_mut().find(|f| f.name == theirs.name) {
            Some(ours) if theirs.imported_at_ms > ours.imported_at_ms => {
                *ours = theirs;
                report.files += 1;
            }
            Some(_) => {}
            None => {
                merged.imported.push(theirs);
                report.files += 1;
            }
        }
    }

    merged.settings = merged.settings.or(incoming.settings);
    merged.review = merged.review.or(incoming.review);
    for entry in incoming.quarantine {
        if !merged.quarantine.contains(&entry) {
            merged.quarantine.push(entry);
        }
    }
    for code in incoming.class_results {
        if !merged.class_results.contains(&code) {
            merged.class_results.push(code);
            report.results += 1;
        }
    }
    (merged, report)
}

/// Why a backup could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file is not a backup that can be read.
    Refused(BackupError),
    /// The backup is valid but could not be saved; nothing changed.
    NotSaved(SaveError),
}

/// The keys a backup covers (the language choice and the exam in progress are not in it).
pub const BACKED_UP: [StorageKey; 7] = [
    StorageKey::History,
    StorageKey::Finished,
    StorageKey::Settings,
    StorageKey::Imported,
    StorageKey::Review,
    StorageKey::Quarantine,
    StorageKey::ClassResults,
];

impl<S: Store> SavedData<S> {
    /// Everything saved, as a backup's data.
    pub fn gather(&self) -> BackupData {
        BackupData {
            history: self.history(),
            finished: self.finished(),
            settings: self.load(StorageKey::Settings),
            imported: self.imported_files(),
            review: self.load(StorageKey::Review),
            quarantine: self.quarantined(),
            class_results: self.load(StorageKey::ClassResults).unwrap_or_default(),
        }
    }

    /// Saves the parts of `data` that differ from `current`; if one cannot be saved, every key
    /// is put back as it was.
    pub fn apply(&self, current: &BackupData, data: &BackupData) -> Result<(), SaveError> {
        let before: Vec<(StorageKey, Option<String>)> =
            BACKED_UP.iter().map(|k| (*k, self.read(*k))).collect();
        let save = || -> Result<(), SaveError> {
            if data.history != current.history {
                self.save(StorageKey::History, &data.history)?;
            }
            if data.finished != current.finished {
                self.save(StorageKey::Finished, &data.finished)?;
            }
            if data.imported != current.imported {
                self.save_imported(&data.imported)?;
            }
            if let Some(settings) = data.settings.filter(|_| data.settings != current.settings) {
                self.save(StorageKey::Settings, &settings)?;
            }
            if let Some(review) = data
                .review
                .as_ref()
                .filter(|_| data.review != current.review)
            {
                self.save(StorageKey::Review, review)?;
            }
            if data.quarantine != current.quarantine {
                self.save_quarantined(&data.quarantine)?;
            }
            if data.class_results != current.class_results {
                self.save(StorageKey::ClassResults, &data.class_results)?;
            }
            Ok(())
        };
        save().inspect_err(|_| {
            for (key, raw) in &before {
                self.restore(*key, raw.as_deref());
            }
        })
    }

    /// Reads a backup file's text and merges it into what is saved (see [`merge`]): either
    /// all of it is saved, or nothing changes. Its exams that do not hold together (checked
    /// against `layouts`, the layouts this device knows, and the time: see [`sift`]) are left
    /// out and listed in the report.
    pub fn import_backup(
        &self,
        text: &str,
        layouts: &[Layout],
    ) -> Result<MergeReport, ImportError> {
        let mut incoming = parse(text).map_err(ImportError::Refused)?.data;
        let refused = sift(&mut incoming, layouts, self.now_ms);
        let current = self.gather();
        let (merged, mut report) = merge(current.clone(), incoming, FINISHED_KEPT);
        self.apply(&current, &merged)
            .map_err(ImportError::NotSaved)?;
        report.refused = refused;
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exam::generate;
    use crate::exam::test_support::{bank_for, layout, VADEMECUM};
    use crate::points::Points;
    use crate::saved::MemoryStore;
    use crate::score::WritingGrade;

    /// A finished exam started at `started_ms`, its writing graded `grade` if given.
    fn finished(started_ms: u64, grade: Option<WritingGrade>) -> Attempt {
        let layout = layout(VADEMECUM);
        let exam = generate(&layout, &bank_for(&layout, 3), 5, |_| false).unwrap();
        let writing = exam.sections[2].tasks[0].id.clone();
        let mut attempt = Attempt::start(exam, started_ms);
        attempt.submit(started_ms + 1);
        if let Some(grade) = grade {
            attempt.set_writing_grade(&writing, grade).unwrap();
        }
        attempt
    }

    fn data(attempts: &[&Attempt]) -> BackupData {
        let mut data = BackupData::default();
        for a in attempts {
            data.history.record(a.summary());
            data.finished.push((*a).clone());
        }
        data
    }

    fn file(name: &str, at: u64) -> ImportedFile {
        ImportedFile {
            name: name.into(),
            text: format!("{name} at {at}"),
            imported_at_ms: at,
        }
    }

    fn quarantined(raw: &str) -> Quarantined {
        Quarantined {
            key: "sportello.history".into(),
            raw: raw.into(),
            reason: "not JSON".into(),
            at_ms: 3,
        }
    }

    fn queue(task: &str) -> ReviewQueue {
        let mut queue = ReviewQueue::default();
        queue.add_mistake(crate::review::ItemKey::new(task, "1"), 1);
        queue
    }

    #[test]
    fn an_exported_backup_reads_back_the_same() {
        let attempt = finished(1_000, Some(WritingGrade::Complete));
        let mut data = data(&[&attempt]);
        data.settings = Some(Settings { speech_rate: 0.8 });
        data.imported.push(file("mia.ron", 5));
        data.quarantine.push(quarantined("{oops"));
        data.class_results.push("R1.eJzLSM3JyQcABiwCFQ".into());
        let backup = Backup::new(data, 42);
        let text = backup.to_json();
        assert!(text.contains("\"format\": \"sportello-backup\""));
        assert_eq!(parse(&text), Ok(backup));
    }

    #[test]
    fn a_backup_of_one_exam_restores_it_on_another_device() {
        const T0: u64 = 1_750_000_000_000;
        let attempt = finished(T0 - 1_000, None);
        let text = Backup::new(BackupData::of_attempt(&attempt), T0).to_json();
        let store = MemoryStore::new();
        let saved = SavedData::new(&store, T0);
        let report = saved.import_backup(&text, &[layout(VADEMECUM)]).unwrap();
        assert_eq!(report.added, 1);
        assert_eq!(saved.finished(), std::slice::from_ref(&attempt));
        assert_eq!(saved.history().attempts, [attempt.summary()]);
    }

    #[test]
    fn a_minimal_backup_is_read_with_empty_parts() {
        let backup =
            parse(r#"{"format":"sportello-backup","version":1,"exported_at_ms":0,"data":{}}"#)
                .unwrap();
        assert_eq!(backup.data, BackupData::default());
    }

    #[test]
    fn wrong_files_are_refused_with_the_reason() {
        assert!(matches!(
            parse("(id: \"bank\")"),
            Err(BackupError::NotJson(_))
        ));
        assert_eq!(parse(r#"{"attempts": []}"#), Err(BackupError::NotABackup));
        assert_eq!(
            parse(r#"{"format":"sportello-backup","data":{}}"#),
            Err(BackupError::NotABackup)
        );
        assert_eq!(
            parse(r#"{"format":"sportello-backup","version":2,"exported_at_ms":0,"data":{}}"#),
            Err(BackupError::Version(UpgradeError::Newer(2)))
        );
        assert_eq!(
            parse(r#"{"format":"sportello-backup","version":9}"#),
            Err(BackupError::Version(UpgradeError::Newer(9)))
        );
        assert!(matches!(
            parse(
                r#"{"format":"sportello-backup","version":1,"exported_at_ms":0,"data":{"history":7}}"#
            ),
            Err(BackupError::Content(_))
        ));
    }

    #[test]
    fn merging_adds_new_exams_once_and_is_idempotent() {
        let (a, b, c) = (finished(10, None), finished(20, None), finished(30, None));
        let (merged, report) = merge(data(&[&a, &b]), data(&[&b, &c]), 20);
        assert_eq!(
            report,
            MergeReport {
                added: 1,
                updated: 0,
                files: 0,
                results: 0,
                refused: Vec::new(),
            }
        );
        let ids: Vec<_> = merged
            .history
            .attempts
            .iter()
            .map(|s| s.started_at_ms)
            .collect();
        assert_eq!(ids, [10, 20, 30]);
        let kept: Vec<_> = merged.finished.iter().map(Attempt::started_at_ms).collect();
        assert_eq!(kept, [10, 20, 30]);
        let (again, report) = merge(merged.clone(), merged.clone(), 20);
        assert_eq!(report, MergeReport::default());
        assert_eq!(again, merged);
        assert_eq!(a.id(), merged.history.attempts[0].id);
    }

    #[test]
    fn merging_keeps_the_writing_grades_given_later_on_either_side() {
        let ungraded = finished(10, None);
        let graded = finished(10, Some(WritingGrade::Sufficient));
        // The backup graded the writing after this device saved it.
        let (merged, report) = merge(data(&[&ungraded]), data(&[&graded]), 20);
        assert_eq!(report.updated, 1);
        assert_eq!(report.added, 0);
        assert_eq!(merged.finished, std::slice::from_ref(&graded));
        assert_eq!(merged.history.attempts, [graded.summary()]);
        assert!(merged.history.attempts[0].complete);
        // This device graded it: an older ungraded backup changes nothing.
        let (merged, report) = merge(data(&[&graded]), data(&[&ungraded]), 20);
        assert_eq!(report, MergeReport::default());
        assert_eq!(merged.history.attempts, [graded.summary()]);
        // Graded differently on both: the device's grade stays.
        let complete = finished(10, Some(WritingGrade::Complete));
        let (merged, _) = merge(data(&[&graded]), data(&[&complete]), 20);
        assert_eq!(merged.finished, std::slice::from_ref(&graded));
    }

    #[test]
    fn a_summary_without_its_exam_is_replaced_only_by_a_final_one() {
        let graded = finished(10, Some(WritingGrade::Complete)).summary();
        let ungraded = finished(10, None).summary();
        let summaries = |s: &[&crate::attempt::AttemptSummary]| BackupData {
            history: History {
                attempts: s.iter().map(|s| (*s).clone()).collect(),
            },
            ..BackupData::default()
        };
        let (merged, report) = merge(summaries(&[&ungraded]), summaries(&[&graded]), 20);
        assert_eq!(report.updated, 1);
        assert_eq!(merged.history.attempts, std::slice::from_ref(&graded));
        let (merged, _) = merge(summaries(&[&graded]), summaries(&[&ungraded]), 20);
        assert_eq!(merged.history.attempts, [graded]);
    }

    #[test]
    fn merging_keeps_only_the_most_recent_exams_in_full_but_every_summary() {
        let ours: Vec<Attempt> = (0..3).map(|i| finished(100 + i, None)).collect();
        let theirs: Vec<Attempt> = (0..3).map(|i| finished(i, None)).collect();
        let (merged, report) = merge(
            data(&ours.iter().collect::<Vec<_>>()),
            data(&theirs.iter().collect::<Vec<_>>()),
            4,
        );
        assert_eq!(report.added, 3);
        assert_eq!(merged.history.attempts.len(), 6);
        let kept: Vec<_> = merged.finished.iter().map(Attempt::started_at_ms).collect();
        assert_eq!(kept, [2, 100, 101, 102]);
    }

    #[test]
    fn files_settings_review_quarantine_and_results_merge_without_losing_anything() {
        let ours = BackupData {
            imported: vec![file("a.ron", 5), file("b.ron", 9)],
            settings: Some(Settings { speech_rate: 1.0 }),
            quarantine: vec![quarantined("x")],
            class_results: vec!["R1.anna".into(), "R1.omar".into()],
            ..BackupData::default()
        };
        let theirs = BackupData {
            imported: vec![file("a.ron", 7), file("b.ron", 3), file("c.ron", 1)],
            settings: Some(Settings { speech_rate: 0.7 }),
            review: Some(queue("t1")),
            quarantine: vec![quarantined("x"), quarantined("y")],
            class_results: vec!["R1.omar".into(), "R1.li".into()],
            ..BackupData::default()
        };
        let (merged, report) = merge(ours, theirs, 20);
        assert_eq!(report.files, 2);
        assert_eq!(report.results, 1);
        assert_eq!(merged.class_results, ["R1.anna", "R1.omar", "R1.li"]);
        assert_eq!(
            merged.imported,
            [file("a.ron", 7), file("b.ron", 9), file("c.ron", 1)]
        );
        assert_eq!(merged.settings, Some(Settings { speech_rate: 1.0 }));
        assert_eq!(merged.review, Some(queue("t1")));
        assert_eq!(merged.quarantine, [quarantined("x"), quarantined("y")]);
    }

    #[test]
    fn an_import_is_saved_whole_or_not_at_all() {
        const T0: u64 = 1_750_000_000_000;
        let layouts = [layout(VADEMECUM)];
        let store = MemoryStore::new();
        let saved = SavedData::new(&store, T0);
        let ours = finished(T0 - 2_000, None);
        saved.record_finished(&ours).unwrap();
        let before: Vec<_> = BACKED_UP.iter().map(|k| saved.read(*k)).collect();
        let theirs = finished(T0 - 1_000, Some(WritingGrade::Complete));
        let mut incoming = data(&[&theirs]);
        incoming.imported.push(file("mia.ron", 5));
        incoming.class_results.push("R1.anna".into());
        let text = Backup::new(incoming, 1).to_json();
        // Room for the history, not for the exams in full: nothing changes.
        let mut store = store;
        let used: usize = store
            .keys()
            .iter()
            .map(|k| k.len() + store.get(k).unwrap().len())
            .sum();
        store.set_quota(Some(used + 1_000));
        let saved = SavedData::new(&store, T0);
        assert_eq!(
            saved.import_backup(&text, &layouts),
            Err(ImportError::NotSaved(SaveError::Full))
        );
        let after: Vec<_> = BACKED_UP.iter().map(|k| saved.read(*k)).collect();
        assert_eq!(after, before);
        // With room, everything is merged and saved.
        store.set_quota(None);
        let saved = SavedData::new(&store, T0);
        let report = saved.import_backup(&text, &layouts).unwrap();
        assert_eq!(report.added, 1);
        assert_eq!(report.files, 1);
        assert_eq!(saved.history().attempts.len(), 2);
        assert_eq!(saved.finished().len(), 2);
        assert_eq!(saved.imported_files(), [file("mia.ron", 5)]);
        assert_eq!(
            saved.load::<Vec<String>>(StorageKey::ClassResults),
            Some(vec!["R1.anna".to_string()])
        );
        assert_eq!(saved.gather().class_results, ["R1.anna"]);
        assert_eq!(
            saved.import_backup("{}", &layouts),
            Err(ImportError::Refused(BackupError::NotABackup))
        );
    }

    #[test]
    fn an_edited_backup_imports_only_what_holds_and_counts_the_rest() {
        const T0: u64 = 1_750_000_000_000;
        let store = MemoryStore::new();
        let saved = SavedData::new(&store, T0);
        let real = finished(T0 - 5_000, None);
        let mut data = data(&[&real]);
        let mut edited = finished(T0 - 4_000, None).summary();
        edited.total = Points::whole(1_000_000_000);
        data.history.record(edited);
        let mut dated = finished(T0 - 3_000, None).summary();
        dated.started_at_ms = 0;
        dated.id = format!("0-{}", dated.seed);
        data.history.record(dated);
        let text = Backup::new(data, T0).to_json();
        let report = saved.import_backup(&text, &[layout(VADEMECUM)]).unwrap();
        assert_eq!(report.added, 1);
        assert_eq!(report.refused.len(), 2);
        assert!(report
            .refused
            .iter()
            .any(|r| r.reason.contains("of 100 points")));
        assert_eq!(saved.history().attempts, [real.summary()]);
    }
}
