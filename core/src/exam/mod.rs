//! The exam as presented to the learner: sections, tasks and items in shown order, options
//! shuffled and right answers remapped, so the UI and the scorer never need the bank's order.
//! It is saved with the attempt, so a reload resumes the same exam even if the banks have
//! changed since. [`generate`] builds one from a layout and the banks.

mod check;
mod generate;
#[cfg(test)]
pub(crate) mod test_support;

pub(crate) use check::ensure;
pub use check::Inconsistent;
pub use generate::{generate, present, GenerateError};

use crate::bank::{FormField, ItemKind, Section, Stimulus, Topic, Translations};
use crate::layout::Scoring;
use crate::points::Points;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A generated exam: what the learner is shown, in order, with the right answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exam {
    /// The layout it was generated from.
    pub layout_id: String,
    /// The layout's title.
    pub layout_title: String,
    /// The seed it was generated with (with the layout id, it names the exam in a shared link).
    pub seed: u64,
    /// The lowest passing total.
    pub pass_mark: Points,
    /// Sections in the order they are taken.
    pub sections: Vec<ExamSection>,
}

/// One timed section of an exam.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExamSection {
    /// Which section.
    pub section: Section,
    /// Time allowed, in seconds.
    pub seconds: u64,
    /// How answers become points.
    pub scoring: Scoring,
    /// The tasks, one per slot of the layout.
    pub tasks: Vec<ExamTask>,
}

/// A task as presented.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExamTask {
    /// The task's id in its bank.
    pub id: String,
    /// Its topic.
    pub topic: Topic,
    /// What to do, in Italian.
    pub instructions: String,
    /// The instructions in the learner's language, keyed by locale.
    pub instructions_tr: Translations,
    /// What the learner reads or hears.
    pub stimulus: Stimulus,
    /// The id to count plays of the stimulus by, when it is heard (listening only): the task id.
    pub recording: Option<String>,
    /// The questions.
    pub items: Vec<ExamItem>,
}

/// An item as presented.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExamItem {
    /// Unique within its task.
    pub id: String,
    /// A short text or recording of this item only.
    pub stimulus: Option<Stimulus>,
    /// The id to count plays of the item's own stimulus by, when it is heard (listening only):
    /// `"{task id}/{item id}"`.
    pub recording: Option<String>,
    /// What is asked, options in shown order, and what is right.
    pub question: ExamQuestion,
    /// Why the right answer is right.
    pub explanation: String,
    /// The explanation in the learner's language, keyed by locale.
    pub explanation_tr: Translations,
}

/// A question as presented. `options`/`right` are in shown order; `correct` indexes them;
/// `order[i]` is the index in the bank of the option shown at `i` (for review and statistics).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ExamQuestion {
    /// Exactly one option is right.
    SingleChoice {
        prompt: String,
        options: Vec<String>,
        correct: usize,
        order: Vec<usize>,
    },
    /// A statement that is true or false.
    TrueFalse { statement: String, answer: bool },
    /// Match each `left` text (bank order) to one `right` text (shuffled, with distractors):
    /// `correct[l]` is the right index matching left `l`.
    Matching {
        prompt: String,
        left: Vec<String>,
        right: Vec<String>,
        correct: Vec<usize>,
        order: Vec<usize>,
    },
    /// Where a dialogue takes place.
    Place {
        prompt: Option<String>,
        options: Vec<String>,
        correct: usize,
        order: Vec<usize>,
    },
    /// Tick every piece of information present; `correct` is sorted.
    TickInfo {
        prompt: String,
        options: Vec<String>,
        correct: Vec<usize>,
        order: Vec<usize>,
    },
    /// A sentence with one gap written `___`.
    GapFill { text: String, gap: ExamGap },
    /// Fill in a form.
    Form {
        prompt: String,
        fields: Vec<FormField>,
    },
    /// Write a short message.
    Message {
        prompt: String,
        min_words: u32,
        max_words: u32,
        points: Vec<String>,
        /// The points in the learner's language, by locale code, in the order of `points`.
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        points_tr: BTreeMap<String, Vec<String>>,
        model: String,
        /// A sample "sufficient" answer, if the bank has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sample_sufficient: Option<String>,
        /// A sample answer worth no points, if the bank has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sample_insufficient: Option<String>,
    },
}

/// How a gap is filled, as presented.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ExamGap {
    /// Choose among options, shuffled.
    Choice {
        options: Vec<String>,
        correct: usize,
        order: Vec<usize>,
    },
    /// Type the word; any of `accepted` is right (see [`crate::answer::normalize`]).
    Typed { accepted: Vec<String> },
}

crate::bank::impl_kind_and_units!(ExamQuestion, left);

impl ExamQuestion {
    /// The options and the right one of a question answered by choosing one option (single
    /// choice, place, gap fill with choices), in the order shown.
    pub fn choice(&self) -> Option<(&[String], usize)> {
        match self {
            ExamQuestion::SingleChoice {
                options, correct, ..
            }
            | ExamQuestion::Place {
                options, correct, ..
            }
            | ExamQuestion::GapFill {
                gap: ExamGap::Choice {
                    options, correct, ..
                },
                ..
            } => Some((options, *correct)),
            _ => None,
        }
    }

    /// The text the learner answers: its prompt, statement or gapped sentence (a place item
    /// without a prompt asks the test paper's question).
    pub fn prompt(&self) -> &str {
        match self {
            ExamQuestion::SingleChoice { prompt, .. }
            | ExamQuestion::Matching { prompt, .. }
            | ExamQuestion::TickInfo { prompt, .. }
            | ExamQuestion::Form { prompt, .. }
            | ExamQuestion::Message { prompt, .. } => prompt,
            ExamQuestion::Place { prompt, .. } => {
                prompt.as_deref().unwrap_or(crate::wording::PLACE_PROMPT)
            }
            ExamQuestion::TrueFalse { statement, .. } => statement,
            ExamQuestion::GapFill { text, .. } => text,
        }
    }
}

impl ExamTask {
    /// Scored answers in this task.
    pub fn units(&self) -> u32 {
        self.items.iter().map(|i| i.question.units()).sum()
    }
}

impl ExamSection {
    /// The most points this section can give.
    pub fn max_points(&self) -> Points {
        match &self.scoring {
            Scoring::PerItem(p) => *p * self.tasks.iter().map(ExamTask::units).sum::<u32>(),
            Scoring::Bands { complete, .. } => *complete * self.tasks.len() as u32,
        }
    }

    /// Every recording id of this section: task stimuli first, then item stimuli, in shown order.
    pub fn recordings(&self) -> impl Iterator<Item = &str> {
        self.tasks.iter().flat_map(|t| {
            t.recording
                .as_deref()
                .into_iter()
                .chain(t.items.iter().filter_map(|i| i.recording.as_deref()))
        })
    }
}

impl Exam {
    /// The most points the exam can give.
    pub fn max_points(&self) -> Points {
        self.sections.iter().map(ExamSection::max_points).sum()
    }

    /// Total time, in seconds.
    pub fn seconds(&self) -> u64 {
        self.sections.iter().map(|s| s.seconds).sum()
    }

    /// The ids of every task in the exam, in shown order (to remember them as seen).
    pub fn task_ids(&self) -> impl Iterator<Item = &str> {
        self.sections
            .iter()
            .flat_map(|s| s.tasks.iter().map(|t| t.id.as_str()))
    }

    /// The section index, task and item with these ids.
    pub fn find_item(&self, task_id: &str, item_id: &str) -> Option<(usize, &ExamTask, &ExamItem)> {
        let (section, task) = self.find_task(task_id)?;
        let item = task.items.iter().find(|i| i.id == item_id)?;
        Some((section, task, item))
    }

    /// The section index and task with this id.
    pub fn find_task(&self, task_id: &str) -> Option<(usize, &ExamTask)> {
        self.sections.iter().enumerate().find_map(|(s, section)| {
            section
                .tasks
                .iter()
                .find(|t| t.id == task_id)
                .map(|t| (s, t))
        })
    }

    /// The index of the section a recording belongs to.
    pub fn recording_section(&self, recording_id: &str) -> Option<usize> {
        self.sections
            .iter()
            .position(|s| s.recordings().any(|r| r == recording_id))
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::{bank_for, layout, VADEMECUM, VENETO};
    use super::*;

    #[test]
    fn listening_recordings_have_stable_ids_and_reading_has_none() {
        let layout = layout(VADEMECUM);
        let exam = generate(&layout, &bank_for(&layout, 2), 5, |_| false).unwrap();
        let listening = &exam.sections[0];
        let first = &listening.tasks[0];
        assert_eq!(first.recording.as_deref(), Some(first.id.as_str()));
        let place = first
            .items
            .iter()
            .find(|i| i.question.kind() == ItemKind::Place)
            .unwrap();
        let expected = format!("{}/{}", first.id, place.id);
        assert_eq!(place.recording.as_deref(), Some(expected.as_str()));
        assert_eq!(exam.recording_section(&expected), Some(0));
        assert_eq!(listening.recordings().count(), 4);
        assert_eq!(exam.sections[1].recordings().count(), 0);
    }

    #[test]
    fn an_exam_survives_a_json_round_trip() {
        let layout = layout(VENETO);
        let exam = generate(&layout, &bank_for(&layout, 2), 9, |_| false).unwrap();
        let json = serde_json::to_string(&exam).unwrap();
        assert_eq!(serde_json::from_str::<Exam>(&json).unwrap(), exam);
        assert_eq!(exam.max_points(), Points::whole(100));
        assert_eq!(exam.seconds(), 3600);
    }
}
