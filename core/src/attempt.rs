//! An exam in progress: answers, section deadlines as timestamps, and its state transitions.
//!
//! Nothing here reads a clock: every method that depends on time takes `now_ms`, milliseconds
//! since the Unix epoch. Deadlines are timestamps, so an attempt saved and reloaded (or a phone
//! that slept) resumes with the right time left, closing every section whose time ran out.

use crate::answer::{is_answered, Answer, Answers};
use crate::bank::Section;
use crate::exam::{ensure, Exam, Inconsistent};
use crate::layout::Scoring;
use crate::points::Points;
use crate::result_code::ClassExam;
use crate::score::{score, ScoreReport, WritingGrade, WritingGrades};
use crate::writing_check::Guidance;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The version of the saved form of [`Attempt`]; raise it when that form changes.
pub const ATTEMPT_SCHEMA_VERSION: u32 = 1;

/// How many times each recording may be played in an exam, as on the real test.
pub const PLAYS_PER_RECORDING: u32 = 2;

/// An exam being taken, or taken.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    schema_version: u32,
    exam: Exam,
    started_at_ms: u64,
    section: usize,
    section_deadline_ms: u64,
    answers: Answers,
    plays: BTreeMap<String, u32>,
    read_not_heard: BTreeSet<String>,
    writing_grades: WritingGrades,
    section_times: Vec<SectionTimes>,
    finished_at_ms: Option<u64>,
    /// Kept out of the readiness estimate at the learner's choice (an exam whose time ran out).
    /// Absent in attempts saved before it existed, which count.
    #[serde(default)]
    excluded_from_readiness: bool,
    /// The class set's exam this is, when a teacher's class link gave it (for the result code
    /// sent back). Absent in other attempts and in those saved before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    class: Option<ClassExam>,
}

/// When a section was opened and closed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionTimes {
    /// When it opened; `None` if the attempt ended before it.
    pub started_at_ms: Option<u64>,
    /// When it closed (time up, left early, or exam submitted).
    pub closed_at_ms: Option<u64>,
}

impl SectionTimes {
    /// Time spent in the section once closed, else 0.
    pub fn used_ms(&self) -> u64 {
        match (self.started_at_ms, self.closed_at_ms) {
            (Some(start), Some(end)) => end.saturating_sub(start),
            _ => 0,
        }
    }
}

/// Why an action on an attempt was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttemptError {
    /// The attempt is finished.
    Finished,
    /// Writing can be graded only after the attempt is finished.
    NotFinished,
    /// No such item in this exam.
    UnknownItem { task_id: String, item_id: String },
    /// No such task in this exam.
    UnknownTask(String),
    /// No such recording in this exam.
    UnknownRecording(String),
    /// The section (index) is closed.
    SectionClosed(usize),
    /// The section (index) is not open yet.
    SectionNotOpen(usize),
    /// The answer does not have the shape the question expects.
    AnswerDoesNotFit,
    /// The recording was already played [`PLAYS_PER_RECORDING`] times.
    NoPlaysLeft,
    /// The task is scored per item, not graded by bands.
    NotGradedByBands(String),
    /// A message outside its task's word range cannot be graded complete.
    OutsideWordRange(String),
    /// Only an exam whose time ran out can be kept out of the readiness estimate.
    NotTimedOut,
}

impl fmt::Display for AttemptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AttemptError::Finished => write!(f, "the exam is finished"),
            AttemptError::NotFinished => write!(f, "the exam is not finished yet"),
            AttemptError::UnknownItem { task_id, item_id } => {
                write!(f, "item {item_id} of task {task_id} is not in this exam")
            }
            AttemptError::UnknownTask(id) => write!(f, "task {id} is not in this exam"),
            AttemptError::UnknownRecording(id) => write!(f, "recording {id} is not in this exam"),
            AttemptError::SectionClosed(i) => write!(f, "section {} is closed", i + 1),
            AttemptError::SectionNotOpen(i) => write!(f, "section {} is not open yet", i + 1),
            AttemptError::AnswerDoesNotFit => write!(f, "the answer does not fit the question"),
            AttemptError::NoPlaysLeft => write!(
                f,
                "the recording was already played {PLAYS_PER_RECORDING} times"
            ),
            AttemptError::NotGradedByBands(id) => {
                write!(f, "task {id} is scored per item, not graded by the learner")
            }
            AttemptError::OutsideWordRange(id) => write!(
                f,
                "the message of task {id} is outside the word range: it cannot be complete"
            ),
            AttemptError::NotTimedOut => {
                write!(f, "the exam was handed in before its time ran out")
            }
        }
    }
}

impl std::error::Error for AttemptError {}

/// A finished (or abandoned) attempt, as kept in the history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttemptSummary {
    /// `"{started_at_ms}-{seed}"`: unique per attempt.
    pub id: String,
    /// The layout taken.
    pub layout_id: String,
    /// The layout's title.
    pub layout_title: String,
    /// The exam's seed.
    pub seed: u64,
    /// When it started (the date shown in the history).
    pub started_at_ms: u64,
    /// When it ended, if it did.
    pub finished_at_ms: Option<u64>,
    /// Points earned.
    pub total: Points,
    /// Points possible.
    pub max: Points,
    /// The lowest passing total.
    pub pass_mark: Points,
    /// Whether the total reaches the pass mark.
    pub passed: bool,
    /// Whether every writing task is graded, so the total is final.
    pub complete: bool,
    /// Time spent, in milliseconds.
    pub time_used_ms: u64,
    /// Whether the exam ended because its time ran out, not handed in (absent before it existed).
    #[serde(default)]
    pub timed_out: bool,
    /// Kept out of the readiness estimate at the learner's choice (absent before it existed).
    #[serde(default)]
    pub excluded_from_readiness: bool,
    /// Points by section, in exam order.
    pub sections: Vec<SectionSummary>,
    /// The tasks of every section that was opened, to prefer unseen tasks next time.
    pub seen_task_ids: Vec<String>,
}

/// Points of one section, for the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionSummary {
    /// Which section.
    pub section: Section,
    /// Points earned.
    pub points: Points,
    /// Points possible.
    pub max: Points,
    /// False while a writing task is ungraded.
    pub graded: bool,
}

impl Attempt {
    /// Starts `exam` at `now_ms`: the first section opens with its full time.
    pub fn start(exam: Exam, now_ms: u64) -> Attempt {
        let mut attempt = Attempt {
            schema_version: ATTEMPT_SCHEMA_VERSION,
            section_times: vec![SectionTimes::default(); exam.sections.len()],
            exam,
            started_at_ms: now_ms,
            section: 0,
            section_deadline_ms: now_ms,
            answers: Answers::default(),
            plays: BTreeMap::new(),
            read_not_heard: BTreeSet::new(),
            writing_grades: WritingGrades::new(),
            finished_at_ms: None,
            excluded_from_readiness: false,
            class: None,
        };
        attempt.open(0, now_ms);
        attempt
    }

    /// Starts the exam of a teacher's class set (see [`Attempt::start`]).
    pub fn start_class(exam: Exam, class: ClassExam, now_ms: u64) -> Attempt {
        Attempt {
            class: Some(class),
            ..Attempt::start(exam, now_ms)
        }
    }

    /// The class set's exam this is, if a class link gave it.
    pub fn class(&self) -> Option<&ClassExam> {
        self.class.as_ref()
    }

    /// The version of the saved form this attempt was written with.
    pub fn schema_version(&self) -> u32 {
        self.schema_version
    }

    /// The exam taken.
    pub fn exam(&self) -> &Exam {
        &self.exam
    }

    /// When the attempt started.
    pub fn started_at_ms(&self) -> u64 {
        self.started_at_ms
    }

    /// The index of the open section; `None` once finished. Call [`Attempt::sync`] first.
    pub fn current_section(&self) -> Option<usize> {
        self.finished_at_ms.is_none().then_some(self.section)
    }

    /// When the open section closes.
    pub fn section_deadline_ms(&self) -> u64 {
        self.section_deadline_ms
    }

    /// The answers given so far.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// When each section opened and closed, in exam order.
    pub fn section_times(&self) -> &[SectionTimes] {
        &self.section_times
    }

    /// When the attempt ended, if it did.
    pub fn finished_at_ms(&self) -> Option<u64> {
        self.finished_at_ms
    }

    /// Whether the attempt has ended.
    pub fn is_finished(&self) -> bool {
        self.finished_at_ms.is_some()
    }

    /// The learner's grades of writing tasks, by task id.
    pub fn writing_grades(&self) -> &WritingGrades {
        &self.writing_grades
    }

    /// Whether section `index` closed because its time ran out (not left early nor handed in).
    pub fn timed_out(&self, index: usize) -> bool {
        let (Some(section), Some(times)) =
            (self.exam.sections.get(index), self.section_times.get(index))
        else {
            return false;
        };
        match (times.started_at_ms, times.closed_at_ms) {
            (Some(start), Some(end)) => {
                end >= start.saturating_add(section.seconds.saturating_mul(1000))
            }
            _ => false,
        }
    }

    /// Whether the exam ended because the time of its last opened section ran out, rather than
    /// being handed in.
    pub fn ran_out_of_time(&self) -> bool {
        self.is_finished()
            && self
                .section_times
                .iter()
                .rposition(|t| t.started_at_ms.is_some())
                .is_some_and(|last| self.timed_out(last))
    }

    /// The sections whose time ran out just before the open one (or before the end, once
    /// finished), with no hand-in or early leave between them: what the learner is told on
    /// arriving in the open section or at the results. `None` when the last section closed
    /// before was left early or handed in.
    pub fn time_up(&self) -> Option<TimeUp> {
        let end = self.current_section().unwrap_or(self.exam.sections.len());
        let first = (0..end).rev().take_while(|&i| self.timed_out(i)).last()?;
        Some(TimeUp {
            closed: self.exam.sections[first..end]
                .iter()
                .map(|s| s.section)
                .collect(),
            now: self
                .current_section()
                .map(|i| self.exam.sections[i].section),
        })
    }

    /// Whether the learner keeps this exam out of the readiness estimate.
    pub fn excluded_from_readiness(&self) -> bool {
        self.excluded_from_readiness
    }

    /// Keeps an exam whose time ran out out of the readiness estimate (or counts it again).
    pub fn set_excluded_from_readiness(&mut self, excluded: bool) -> Result<(), AttemptError> {
        if !self.ran_out_of_time() {
            return Err(AttemptError::NotTimedOut);
        }
        self.excluded_from_readiness = excluded;
        Ok(())
    }

    /// Recordings shown as text because the device has no Italian voice.
    pub fn read_not_heard(&self) -> &BTreeSet<String> {
        &self.read_not_heard
    }

    /// How many more times a recording may be played.
    pub fn plays_left(&self, recording_id: &str) -> u32 {
        PLAYS_PER_RECORDING.saturating_sub(self.plays.get(recording_id).copied().unwrap_or(0))
    }

    /// Time left in the open section at `now_ms` (0 once finished or past the deadline).
    pub fn remaining_ms(&self, now_ms: u64) -> u64 {
        if self.is_finished() {
            0
        } else {
            self.section_deadline_ms.saturating_sub(now_ms)
        }
    }

    /// Closes every section whose deadline is at or before `now_ms`, in order: each next section
    /// opens at the previous deadline with its full time, and the attempt finishes at the last
    /// deadline. Returns how many sections were closed (0 if nothing changed).
    pub fn sync(&mut self, now_ms: u64) -> usize {
        let mut closed = 0;
        while !self.is_finished() && now_ms >= self.section_deadline_ms {
            self.close_current(self.section_deadline_ms);
            closed += 1;
        }
        closed
    }

    /// Records the answer to an item of the open section (after [`Attempt::sync`]).
    pub fn answer(
        &mut self,
        task_id: &str,
        item_id: &str,
        answer: Answer,
        now_ms: u64,
    ) -> Result<(), AttemptError> {
        self.sync(now_ms);
        let (section, _, item) =
            self.exam
                .find_item(task_id, item_id)
                .ok_or_else(|| AttemptError::UnknownItem {
                    task_id: task_id.to_string(),
                    item_id: item_id.to_string(),
                })?;
        self.check_open(section)?;
        if !answer.fits(&item.question) {
            return Err(AttemptError::AnswerDoesNotFit);
        }
        self.answers.set(task_id, item_id, answer);
        Ok(())
    }

    /// How many items of the open section are not fully answered (0 once finished).
    pub fn unanswered_in_current_section(&self) -> usize {
        let Some(section) = self
            .current_section()
            .and_then(|i| self.exam.sections.get(i))
        else {
            return 0;
        };
        section
            .tasks
            .iter()
            .flat_map(|t| {
                t.items
                    .iter()
                    .filter(|i| !is_answered(&i.question, self.answers.get(&t.id, &i.id)))
            })
            .count()
    }

    /// Leaves the open section early: it closes now and the next one opens with its full time
    /// (or the attempt finishes after the last one).
    pub fn next_section(&mut self, now_ms: u64) -> Result<(), AttemptError> {
        self.sync(now_ms);
        if self.is_finished() {
            return Err(AttemptError::Finished);
        }
        self.close_current(now_ms);
        Ok(())
    }

    /// Finishes the attempt now; sections not reached stay unopened. Does nothing if finished.
    pub fn submit(&mut self, now_ms: u64) {
        self.sync(now_ms);
        if !self.is_finished() {
            if let Some(times) = self.section_times.get_mut(self.section) {
                times.closed_at_ms = Some(now_ms);
            }
            self.finished_at_ms = Some(now_ms);
        }
    }

    /// Counts one play of a recording of the open section; returns the plays left after it.
    pub fn record_play(&mut self, recording_id: &str, now_ms: u64) -> Result<u32, AttemptError> {
        self.sync(now_ms);
        let section = self
            .exam
            .recording_section(recording_id)
            .ok_or_else(|| AttemptError::UnknownRecording(recording_id.to_string()))?;
        self.check_open(section)?;
        let plays = self.plays.entry(recording_id.to_string()).or_insert(0);
        if *plays >= PLAYS_PER_RECORDING {
            return Err(AttemptError::NoPlaysLeft);
        }
        *plays += 1;
        Ok(PLAYS_PER_RECORDING - *plays)
    }

    /// Notes that a recording was shown as text because the device has no Italian voice.
    pub fn mark_read_not_heard(&mut self, recording_id: &str) -> Result<(), AttemptError> {
        if self.exam.recording_section(recording_id).is_none() {
            return Err(AttemptError::UnknownRecording(recording_id.to_string()));
        }
        self.read_not_heard.insert(recording_id.to_string());
        Ok(())
    }

    /// Sets (or changes) the learner's grade of a band-graded task, once the attempt is finished.
    /// A message outside its word range is never complete (see [`Guidance::allows`]).
    pub fn set_writing_grade(
        &mut self,
        task_id: &str,
        grade: WritingGrade,
    ) -> Result<(), AttemptError> {
        if !self.is_finished() {
            return Err(AttemptError::NotFinished);
        }
        let (section, task) = self
            .exam
            .find_task(task_id)
            .ok_or_else(|| AttemptError::UnknownTask(task_id.to_string()))?;
        if !matches!(self.exam.sections[section].scoring, Scoring::Bands { .. }) {
            return Err(AttemptError::NotGradedByBands(task_id.to_string()));
        }
        if !Guidance::of_task(task, &self.answers).allows(grade) {
            return Err(AttemptError::OutsideWordRange(task_id.to_string()));
        }
        self.writing_grades.insert(task_id.to_string(), grade);
        Ok(())
    }

    /// Time spent in closed sections; for a finished attempt, from start to finish.
    pub fn time_used_ms(&self) -> u64 {
        self.section_times.iter().map(SectionTimes::used_ms).sum()
    }

    /// The score of the answers and grades so far.
    pub fn score(&self) -> ScoreReport {
        score(&self.exam, &self.answers, &self.writing_grades)
    }

    /// The id it is kept under in the history (the one of its [`Attempt::summary`]): its start
    /// time and seed.
    pub fn id(&self) -> String {
        format!("{}-{}", self.started_at_ms, self.exam.seed)
    }

    /// The attempt as kept in the history.
    pub fn summary(&self) -> AttemptSummary {
        let report = self.score();
        AttemptSummary {
            id: self.id(),
            layout_id: self.exam.layout_id.clone(),
            layout_title: self.exam.layout_title.clone(),
            seed: self.exam.seed,
            started_at_ms: self.started_at_ms,
            finished_at_ms: self.finished_at_ms,
            complete: report.complete(),
            total: report.total,
            max: report.max,
            pass_mark: report.pass_mark,
            passed: report.passed,
            time_used_ms: self.time_used_ms(),
            timed_out: self.ran_out_of_time(),
            excluded_from_readiness: self.excluded_from_readiness,
            sections: report
                .sections
                .iter()
                .map(|s| SectionSummary {
                    section: s.section,
                    points: s.points,
                    max: s.max,
                    graded: s.graded,
                })
                .collect(),
            seen_task_ids: self
                .exam
                .sections
                .iter()
                .zip(&self.section_times)
                .filter(|(_, times)| times.started_at_ms.is_some())
                .flat_map(|(s, _)| s.tasks.iter().map(|t| t.id.clone()))
                .collect(),
        }
    }

    /// Whether the attempt is consistent with its own exam, as it must be before use when it
    /// was read from outside (saved data, a backup): its exam is consistent
    /// ([`Exam::check`]), the open section and the section times match the exam's sections,
    /// the deadline is within the exam's time, and every answer, play count, recording and writing grade
    /// refers to an item, recording or band-graded task of this exam.
    pub fn check(&self) -> Result<(), Inconsistent> {
        ensure(self.schema_version == ATTEMPT_SCHEMA_VERSION, || {
            format!("attempt version {}", self.schema_version)
        })?;
        self.exam.check()?;
        let sections = self.exam.sections.len();
        ensure(self.section < sections, || {
            format!("section {} of {sections}", self.section + 1)
        })?;
        ensure(self.section_times.len() == sections, || {
            format!(
                "times of {} sections for {sections}",
                self.section_times.len()
            )
        })?;
        // A device clock set back may order times oddly; only a deadline beyond the exam's
        // whole time (a timer that would not end) or a section closed unopened is refused.
        let end = (self.started_at_ms).saturating_add(self.exam.seconds().saturating_mul(1000));
        ensure(self.section_deadline_ms <= end, || {
            "the deadline is beyond the exam's time".to_string()
        })?;
        for (s, times) in self.section_times.iter().enumerate() {
            ensure(
                times.started_at_ms.is_some() || times.closed_at_ms.is_none(),
                || format!("section {} closed but never opened", s + 1),
            )?;
        }
        for (task, item, answer) in self.answers.iter() {
            let fits = self
                .exam
                .find_item(task, item)
                .is_some_and(|(_, _, i)| answer.fits(&i.question));
            ensure(fits, || {
                format!("an answer to {task}/{item}, not in this exam")
            })?;
        }
        for (recording, plays) in &self.plays {
            ensure(
                self.exam.recording_section(recording).is_some() && *plays <= PLAYS_PER_RECORDING,
                || format!("{plays} plays of recording {recording}"),
            )?;
        }
        for recording in &self.read_not_heard {
            ensure(self.exam.recording_section(recording).is_some(), || {
                format!("recording {recording} is not in this exam")
            })?;
        }
        for task in self.writing_grades.keys() {
            let bands = self.exam.find_task(task).is_some_and(|(s, _)| {
                matches!(self.exam.sections[s].scoring, Scoring::Bands { .. })
            });
            ensure(bands, || {
                format!("a grade of task {task}, not written in this exam")
            })?;
        }
        Ok(())
    }

    fn check_open(&self, section: usize) -> Result<(), AttemptError> {
        match self.current_section() {
            None => Err(AttemptError::Finished),
            Some(open) if section < open => Err(AttemptError::SectionClosed(section)),
            Some(open) if section > open => Err(AttemptError::SectionNotOpen(section)),
            Some(_) => Ok(()),
        }
    }

    fn close_current(&mut self, at_ms: u64) {
        if let Some(times) = self.section_times.get_mut(self.section) {
            times.closed_at_ms = Some(at_ms);
        }
        self.open(self.section + 1, at_ms);
    }

    /// Opens section `index` at `at_ms` with its full time, or finishes if there is none.
    fn open(&mut self, index: usize, at_ms: u64) {
        match self.exam.sections.get(index) {
            Some(section) => {
                self.section = index;
                self.section_deadline_ms =
                    at_ms.saturating_add(section.seconds.saturating_mul(1000));
                if let Some(times) = self.section_times.get_mut(index) {
                    times.started_at_ms = Some(at_ms);
                }
            }
            None => self.finished_at_ms = Some(at_ms),
        }
    }
}

/// Sections closed because their time ran out, and where the learner is now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeUp {
    /// The sections whose time ran out, in exam order.
    pub closed: Vec<Section>,
    /// The section open now; `None` once the exam is over.
    pub now: Option<Section>,
}

impl TimeUp {
    /// The sections to name: every one closed while the page was closed (`away`), else only
    /// the last, as the learner was told of the others when they closed.
    pub fn to_tell(&self, away: bool) -> &[Section] {
        if away {
            &self.closed
        } else {
            &self.closed[self.closed.len().saturating_sub(1)..]
        }
    }
}

/// A warning of time running out, shown by the timer and announced politely.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimerWarning {
    /// Five minutes left or less (but more than one).
    FiveMinutes,
    /// The last minute.
    OneMinute,
}

impl TimerWarning {
    /// The warning due at `now_ms` for a section closing at `deadline_ms`: none with more than
    /// five minutes left, nor once the time is up (the section closing says so). It changes only
    /// when crossing 5:00 and 1:00, so announcing it as it changes announces each once.
    pub fn at(deadline_ms: u64, now_ms: u64) -> Option<TimerWarning> {
        const ONE_MINUTE: u64 = 60_000;
        match deadline_ms.saturating_sub(now_ms) {
            0 => None,
            left if left <= ONE_MINUTE => Some(TimerWarning::OneMinute),
            left if left <= 5 * ONE_MINUTE => Some(TimerWarning::FiveMinutes),
            _ => None,
        }
    }
}

/// Time left as `m:ss` ("24:59", "0:05"), rounded up to whole seconds so "0:00" shows only when
/// the time is really up.
pub fn format_mm_ss(ms: u64) -> String {
    let seconds = ms.div_ceil(1000);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::ItemKind;
    use crate::exam::test_support::{all_right, bank_for, layout, task, VADEMECUM};
    use crate::exam::{generate, ExamQuestion};

    const T0: u64 = 1_750_000_000_000;
    const MIN: u64 = 60_000;

    fn attempt() -> Attempt {
        let layout = layout(VADEMECUM);
        let exam = generate(&layout, &bank_for(&layout, 3), 21, |_| false).unwrap();
        Attempt::start(exam, T0)
    }

    /// The first item of section `s` and its right answer (or a filled-in form/message).
    fn first_item(attempt: &Attempt, s: usize) -> (String, String, Answer) {
        let task = &attempt.exam().sections[s].tasks[0];
        let item = &task.items[0];
        let answer = all_right(attempt.exam())
            .get(&task.id, &item.id)
            .unwrap()
            .clone();
        (task.id.clone(), item.id.clone(), answer)
    }

    fn answer_all_right(attempt: &mut Attempt, now_ms: u64) {
        let answers = all_right(attempt.exam());
        let section = attempt.current_section().unwrap();
        let ids: Vec<(String, String)> = attempt.exam().sections[section]
            .tasks
            .iter()
            .flat_map(|t| t.items.iter().map(|i| (t.id.clone(), i.id.clone())))
            .collect();
        for (task, item) in ids {
            let answer = answers.get(&task, &item).unwrap().clone();
            attempt.answer(&task, &item, answer, now_ms).unwrap();
        }
    }

    /// The recording of task `task` in section `section`.
    fn recording_of(attempt: &Attempt, section: usize, task: usize) -> String {
        let task = &attempt.exam().sections[section].tasks[task];
        task.recording.clone().expect("a listening task")
    }

    #[test]
    fn starting_opens_the_first_section_with_its_full_time() {
        let attempt = attempt();
        assert_eq!(attempt.current_section(), Some(0));
        assert_eq!(attempt.remaining_ms(T0), 25 * MIN);
        assert_eq!(attempt.section_deadline_ms(), T0 + 25 * MIN);
        assert_eq!(attempt.schema_version(), ATTEMPT_SCHEMA_VERSION);
        assert_eq!(attempt.unanswered_in_current_section(), 10);
    }

    #[test]
    fn reload_mid_section_keeps_answers_and_time() {
        let mut attempt = attempt();
        let (task, item, answer) = first_item(&attempt, 0);
        attempt
            .answer(&task, &item, answer.clone(), T0 + 3 * MIN)
            .unwrap();
        let recording = recording_of(&attempt, 0, 0);
        attempt.record_play(&recording, T0 + 4 * MIN).unwrap();

        let saved = serde_json::to_string(&attempt).unwrap();
        let now = T0 + 10 * MIN + 123;
        let mut reloaded: Attempt = serde_json::from_str(&saved).unwrap();
        assert_eq!(reloaded, attempt);
        assert_eq!(reloaded.sync(now), 0);
        assert_eq!(reloaded.time_up(), None, "nothing closed yet");
        assert_eq!(reloaded.remaining_ms(now), 15 * MIN - 123);
        assert_eq!(reloaded.answers().get(&task, &item), Some(&answer));
        assert_eq!(reloaded.plays_left(&recording), 1);
    }

    #[test]
    fn sleeping_phone_closes_expired_sections_in_order() {
        let mut attempt = attempt();
        // Asleep from the start until 3 minutes into writing (25 + 25 + 3).
        let now = T0 + 53 * MIN;
        assert_eq!(attempt.sync(now), 2);
        assert_eq!(attempt.current_section(), Some(2));
        assert_eq!(
            attempt.time_up(),
            Some(TimeUp {
                closed: vec![Section::Listening, Section::Reading],
                now: Some(Section::Writing)
            })
        );
        assert_eq!(attempt.remaining_ms(now), 7 * MIN);
        let times = attempt.section_times();
        assert_eq!(times[0].closed_at_ms, Some(T0 + 25 * MIN));
        assert_eq!(times[1].started_at_ms, Some(T0 + 25 * MIN));
        assert_eq!(times[1].closed_at_ms, Some(T0 + 50 * MIN));
        assert_eq!(times[2].started_at_ms, Some(T0 + 50 * MIN));
        // Asleep again past the end: finished at the last deadline, not when it woke up.
        assert_eq!(attempt.sync(T0 + 300 * MIN), 1);
        assert!(attempt.is_finished());
        assert_eq!(attempt.finished_at_ms(), Some(T0 + 60 * MIN));
        assert_eq!(attempt.time_used_ms(), 60 * MIN);
        assert_eq!(attempt.remaining_ms(T0 + 300 * MIN), 0);
    }

    #[test]
    fn the_deadline_itself_closes_the_section() {
        let mut attempt = attempt();
        assert_eq!(attempt.sync(T0 + 25 * MIN - 1), 0);
        assert_eq!(attempt.sync(T0 + 25 * MIN), 1);
        assert_eq!(attempt.current_section(), Some(1));
    }

    #[test]
    fn answers_to_a_closed_section_are_refused() {
        let mut attempt = attempt();
        let (task, item, answer) = first_item(&attempt, 0);
        attempt.next_section(T0 + MIN).unwrap();
        assert_eq!(
            attempt.answer(&task, &item, answer, T0 + 2 * MIN),
            Err(AttemptError::SectionClosed(0))
        );
        assert_eq!(attempt.answers().get(&task, &item), None);
    }

    #[test]
    fn answers_out_of_time_or_to_a_section_not_yet_open_are_refused() {
        // After the time ran out, even before a sync; and to the writing section at the start.
        for (section, now, refusal) in [
            (0, T0 + 25 * MIN, AttemptError::SectionClosed(0)),
            (2, T0, AttemptError::SectionNotOpen(2)),
        ] {
            let mut attempt = attempt();
            let (task, item, answer) = first_item(&attempt, section);
            assert_eq!(attempt.answer(&task, &item, answer, now), Err(refusal));
        }
    }

    #[test]
    fn answers_of_the_wrong_shape_or_to_unknown_items_are_refused() {
        let mut attempt = attempt();
        let (task, item, _) = first_item(&attempt, 0);
        assert_eq!(
            attempt.answer(&task, &item, Answer::Message("ciao".into()), T0),
            Err(AttemptError::AnswerDoesNotFit)
        );
        assert_eq!(
            attempt.answer(&task, "99", Answer::TrueFalse(true), T0),
            Err(AttemptError::UnknownItem {
                task_id: task.clone(),
                item_id: "99".to_string()
            })
        );
    }

    #[test]
    fn leaving_early_gives_the_next_section_its_full_time() {
        let mut attempt = attempt();
        answer_all_right(&mut attempt, T0 + MIN);
        assert_eq!(attempt.unanswered_in_current_section(), 0);
        attempt.next_section(T0 + 10 * MIN).unwrap();
        assert_eq!(attempt.current_section(), Some(1));
        assert_eq!(attempt.remaining_ms(T0 + 10 * MIN), 25 * MIN);
        assert_eq!(attempt.section_times()[0].used_ms(), 10 * MIN);
    }

    #[test]
    fn third_play_is_refused() {
        let mut attempt = attempt();
        let recording = recording_of(&attempt, 0, 0);
        assert_eq!(attempt.record_play(&recording, T0), Ok(1));
        assert_eq!(attempt.record_play(&recording, T0 + 1000), Ok(0));
        assert_eq!(
            attempt.record_play(&recording, T0 + 2000),
            Err(AttemptError::NoPlaysLeft)
        );
        assert_eq!(attempt.plays_left(&recording), 0);
        // Plays are counted per recording.
        let other = recording_of(&attempt, 0, 1);
        assert_eq!(attempt.record_play(&other, T0 + 3000), Ok(1));
    }

    #[test]
    fn recordings_of_a_closed_section_cannot_be_played() {
        let mut attempt = attempt();
        let recording = recording_of(&attempt, 0, 0);
        attempt.next_section(T0).unwrap();
        assert_eq!(
            attempt.record_play(&recording, T0 + 1),
            Err(AttemptError::SectionClosed(0))
        );
        assert_eq!(
            attempt.record_play("nessuna", T0 + 1),
            Err(AttemptError::UnknownRecording("nessuna".to_string()))
        );
    }

    #[test]
    fn listening_shown_as_text_is_remembered() {
        let mut attempt = attempt();
        let recording = recording_of(&attempt, 0, 0);
        attempt.mark_read_not_heard(&recording).unwrap();
        assert!(attempt.read_not_heard().contains(&recording));
        assert_eq!(
            attempt.mark_read_not_heard("nessuna"),
            Err(AttemptError::UnknownRecording("nessuna".to_string()))
        );
    }

    #[test]
    fn submitting_early_finishes_now_and_unreached_tasks_stay_unseen() {
        let mut attempt = attempt();
        attempt.next_section(T0 + 20 * MIN).unwrap();
        attempt.submit(T0 + 30 * MIN);
        assert!(attempt.is_finished());
        assert_eq!(attempt.current_section(), None);
        assert_eq!(attempt.time_used_ms(), 30 * MIN);
        assert_eq!(attempt.section_times()[2], SectionTimes::default());
        let summary = attempt.summary();
        let expected: Vec<String> = attempt.exam().sections[..2]
            .iter()
            .flat_map(|s| s.tasks.iter().map(|t| t.id.clone()))
            .collect();
        assert_eq!(summary.seen_task_ids, expected);
        assert_eq!(
            attempt.next_section(T0 + 31 * MIN),
            Err(AttemptError::Finished)
        );
        attempt.submit(T0 + 40 * MIN);
        assert_eq!(attempt.finished_at_ms(), Some(T0 + 30 * MIN));
    }

    #[test]
    fn writing_is_graded_by_the_learner_only_after_finishing() {
        let mut attempt = attempt();
        let writing = attempt.exam().sections[2].tasks[0].id.clone();
        let listening = attempt.exam().sections[0].tasks[0].id.clone();
        assert_eq!(
            attempt.set_writing_grade(&writing, WritingGrade::Complete),
            Err(AttemptError::NotFinished)
        );
        attempt.submit(T0 + MIN);
        assert_eq!(
            attempt.set_writing_grade(&listening, WritingGrade::Complete),
            Err(AttemptError::NotGradedByBands(listening))
        );
        attempt
            .set_writing_grade(&writing, WritingGrade::Complete)
            .unwrap();
        attempt
            .set_writing_grade(&writing, WritingGrade::Sufficient)
            .unwrap();
        assert_eq!(attempt.score().sections[2].points, Points::whole(28));
    }

    #[test]
    fn a_message_outside_its_word_range_cannot_be_graded_complete() {
        let layout = layout(VADEMECUM);
        let bank: Vec<_> = bank_for(&layout, 3)
            .into_iter()
            .map(|t| match t.section {
                Section::Writing => task(&t.id, t.section, &[ItemKind::Message], 1),
                _ => t,
            })
            .collect();
        let exam = generate(&layout, &bank, 21, |_| false).unwrap();
        let task = exam.sections[2].tasks[0].id.clone();
        let item = exam.sections[2].tasks[0].items[0].id.clone();
        let mut attempt = Attempt::start(exam, T0);
        attempt.next_section(T0).unwrap();
        attempt.next_section(T0).unwrap();
        attempt
            .answer(&task, &item, Answer::Message("Ciao.".into()), T0 + 1)
            .unwrap();
        attempt.submit(T0 + 2);
        assert_eq!(
            attempt.set_writing_grade(&task, WritingGrade::Complete),
            Err(AttemptError::OutsideWordRange(task.clone()))
        );
        attempt
            .set_writing_grade(&task, WritingGrade::Sufficient)
            .unwrap();
        assert_eq!(
            attempt.writing_grades().get(&task),
            Some(&WritingGrade::Sufficient)
        );
    }

    #[test]
    fn an_exam_whose_time_ran_out_says_so_and_may_be_kept_out_of_readiness() {
        let mut handed_in = attempt();
        handed_in.next_section(T0 + MIN).unwrap();
        assert!(!handed_in.timed_out(0), "left early");
        handed_in.submit(T0 + 2 * MIN);
        assert!(!handed_in.ran_out_of_time() && !handed_in.summary().timed_out);
        assert_eq!(handed_in.time_up(), None);
        assert_eq!(
            handed_in.set_excluded_from_readiness(true),
            Err(AttemptError::NotTimedOut)
        );

        let mut expired = attempt();
        // Listening left early; reading and writing ran out while the page was closed.
        expired.next_section(T0 + MIN).unwrap();
        assert_eq!(expired.sync(T0 + 3 * 60 * MIN), 2);
        assert!(!expired.timed_out(0) && expired.timed_out(1) && expired.timed_out(2));
        assert_eq!(
            expired.time_up(),
            Some(TimeUp {
                closed: vec![Section::Reading, Section::Writing],
                now: None
            }),
            "the early leave of listening is not a time-up"
        );
        let up = expired.time_up().unwrap();
        assert_eq!(up.to_tell(true), [Section::Reading, Section::Writing]);
        assert_eq!(
            up.to_tell(false),
            [Section::Writing],
            "with the page open, reading's time-up was told when it closed"
        );
        assert!(expired.ran_out_of_time());
        assert!(!expired.excluded_from_readiness());
        expired.set_excluded_from_readiness(true).unwrap();
        let summary = expired.summary();
        assert!(summary.timed_out && summary.excluded_from_readiness);
        assert_eq!(expired.check(), Ok(()));
    }

    #[test]
    fn attempts_and_summaries_saved_before_the_time_out_marks_still_load() {
        let mut attempt = attempt();
        attempt.sync(T0 + 2 * 60 * MIN);
        let mut saved = serde_json::to_value(&attempt).unwrap();
        saved
            .as_object_mut()
            .unwrap()
            .remove("excluded_from_readiness");
        let loaded: Attempt = serde_json::from_value(saved).unwrap();
        assert_eq!(loaded, attempt);
        let mut summary = serde_json::to_value(attempt.summary()).unwrap();
        for field in ["timed_out", "excluded_from_readiness"] {
            summary.as_object_mut().unwrap().remove(field);
        }
        let loaded: AttemptSummary = serde_json::from_value(summary).unwrap();
        assert!(!loaded.timed_out && !loaded.excluded_from_readiness);
    }

    #[test]
    fn an_attempt_is_consistent_at_every_step_and_an_edited_one_is_not() {
        let mut a = attempt();
        assert_eq!(a.check(), Ok(()));
        let (task, item, answer) = first_item(&a, 0);
        a.answer(&task, &item, answer, T0 + 1).unwrap();
        a.next_section(T0 + 2).unwrap();
        assert_eq!(a.check(), Ok(()));
        a.submit(T0 + 3);
        let writing = a.exam().sections[2].tasks[0].id.clone();
        a.set_writing_grade(&writing, WritingGrade::Sufficient)
            .unwrap();
        assert_eq!(a.check(), Ok(()));
        let edited = |change: &dyn Fn(&mut serde_json::Value)| {
            let mut value = serde_json::to_value(attempt()).unwrap();
            change(&mut value);
            let edited: Attempt = serde_json::from_value(value).unwrap();
            edited.check().unwrap_err().to_string()
        };
        assert!(edited(&|v| v["section"] = 99.into()).contains("section 100 of 3"));
        assert!(edited(&|v| v["exam"]["sections"] = serde_json::json!([])).contains("no sections"));
        assert!(edited(&|v| v["section_times"] = serde_json::json!([])).contains("times of 0"));
        assert!(edited(&|v| v["section_deadline_ms"] = u64::MAX.into()).contains("deadline"));
        assert!(edited(&|v| {
            v["answers"] = serde_json::json!({"nope": {"1": {"TrueFalse": true}}})
        })
        .contains("nope/1"));
        assert!(edited(&|v| v["plays"] = serde_json::json!({"ghost": 1})).contains("ghost"));
        assert!(
            edited(&|v| v["writing_grades"] = serde_json::json!({"x": "complete"}))
                .contains("task x")
        );
    }

    #[test]
    fn a_full_attempt_sums_up_for_the_history() {
        let mut attempt = attempt();
        answer_all_right(&mut attempt, T0 + MIN);
        attempt.next_section(T0 + 20 * MIN).unwrap();
        answer_all_right(&mut attempt, T0 + 21 * MIN);
        attempt.next_section(T0 + 40 * MIN).unwrap();
        answer_all_right(&mut attempt, T0 + 41 * MIN);
        attempt.next_section(T0 + 45 * MIN).unwrap();
        assert!(attempt.is_finished());
        let writing = attempt.exam().sections[2].tasks[0].id.clone();
        assert!(!attempt.summary().complete);
        attempt
            .set_writing_grade(&writing, WritingGrade::Complete)
            .unwrap();

        let summary = attempt.summary();
        assert_eq!(summary.id, format!("{T0}-21"));
        assert_eq!(attempt.id(), summary.id);
        assert_eq!(summary.layout_id, "vademecum");
        assert_eq!(
            (summary.total, summary.max),
            (Points::whole(100), Points::whole(100))
        );
        assert!(summary.passed && summary.complete);
        assert_eq!(summary.time_used_ms, 45 * MIN);
        assert_eq!(summary.finished_at_ms, Some(T0 + 45 * MIN));
        assert_eq!(summary.seen_task_ids.len(), 5);
        assert_eq!(summary.sections[1].points, Points::whole(35));
    }

    #[test]
    fn unanswered_counts_items_not_fully_answered() {
        let mut attempt = attempt();
        let task = attempt.exam().sections[0].tasks[0].clone();
        let before = attempt.unanswered_in_current_section();
        let tick = task
            .items
            .iter()
            .find(|i| matches!(i.question, ExamQuestion::TickInfo { .. }))
            .unwrap();
        // No tick yet is no answer.
        attempt
            .answer(&task.id, &tick.id, Answer::Ticks(Default::default()), T0)
            .unwrap();
        assert_eq!(attempt.unanswered_in_current_section(), before);
        attempt
            .answer(&task.id, &tick.id, Answer::Ticks([1].into()), T0)
            .unwrap();
        assert_eq!(attempt.unanswered_in_current_section(), before - 1);
    }

    #[test]
    fn timer_warnings_start_at_five_minutes_and_at_the_last_minute() {
        let warning = |left: u64| TimerWarning::at(T0 + left, T0);
        assert_eq!(warning(5 * MIN + 1), None);
        assert_eq!(warning(5 * MIN), Some(TimerWarning::FiveMinutes));
        assert_eq!(warning(MIN + 1), Some(TimerWarning::FiveMinutes));
        assert_eq!(warning(MIN), Some(TimerWarning::OneMinute));
        assert_eq!(warning(1), Some(TimerWarning::OneMinute));
        // Time up is said by the section closing, not as a warning; a past deadline too.
        assert_eq!(warning(0), None);
        assert_eq!(TimerWarning::at(T0, T0 + MIN), None);
        // A one-minute section is in its last minute from the start.
        let mut attempt = attempt();
        attempt.next_section(T0).unwrap();
        assert_eq!(
            TimerWarning::at(attempt.section_deadline_ms(), T0 + 24 * MIN),
            Some(TimerWarning::OneMinute)
        );
    }

    #[test]
    fn time_left_rounds_up_to_whole_seconds() {
        assert_eq!(format_mm_ss(25 * MIN), "25:00");
        assert_eq!(format_mm_ss(25 * MIN - 999), "25:00");
        assert_eq!(format_mm_ss(25 * MIN - 1000), "24:59");
        assert_eq!(format_mm_ss(5_000), "0:05");
        assert_eq!(format_mm_ss(4_001), "0:05");
        assert_eq!(format_mm_ss(1), "0:01");
        assert_eq!(format_mm_ss(0), "0:00");
    }
}
