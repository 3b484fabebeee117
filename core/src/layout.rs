//! Exam layouts as data: which sections, in what order, how long, how many tasks of which kinds,
//! and how points are given. The ministry Vademecum is one layout among others.

use crate::bank::{ItemKind, Section, Translations};
use crate::points::Points;
use serde::{Deserialize, Serialize};

/// The layout an exam uses when none is named: the ministry Vademecum.
pub const DEFAULT_LAYOUT: &str = "vademecum";

/// The longest a section may last, in minutes.
pub const MAX_MINUTES: u32 = 180;

/// The most points one item (or one band-graded task) may give, so totals never overflow.
pub const MAX_POINTS_EACH: Points = Points::whole(1000);

/// An exam layout, read from `question-banks/layouts/*.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layout {
    /// Unique id, used in shared links (`/exam?layout=vademecum`).
    pub id: String,
    /// Human title, in Italian.
    pub title: String,
    /// The title in the learner's language, keyed by locale.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub title_tr: Translations,
    /// Where it comes from, in Italian.
    #[serde(default)]
    pub description: String,
    /// The description in the learner's language, keyed by locale.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub description_tr: Translations,
    /// Sections in the order they are taken.
    pub sections: Vec<SectionLayout>,
    /// The lowest passing total.
    pub pass_mark: Points,
}

/// One timed section of an exam.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionLayout {
    /// Which section.
    pub section: Section,
    /// Time allowed, in minutes (may be fractional only in test layouts: seconds = minutes × 60).
    pub minutes: f64,
    /// The tasks, one slot each.
    pub tasks: Vec<TaskSlot>,
    /// How answers become points.
    pub scoring: Scoring,
}

/// A place for one task in a section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskSlot {
    /// The item kinds a task may use to fill this slot (every item of the task must be one of them).
    pub kinds: Vec<ItemKind>,
    /// Scored answers the task must have (matching pairs count one each).
    pub items: u32,
}

/// How a section's answers become points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Scoring {
    /// The same points for every right answer.
    PerItem(Points),
    /// Writing: each task is graded by bands (complete, sufficient, else zero).
    Bands {
        complete: Points,
        sufficient: Points,
    },
}

impl SectionLayout {
    /// Time allowed, in whole seconds.
    pub fn seconds(&self) -> u64 {
        (self.minutes * 60.0).round().max(0.0) as u64
    }

    /// The most points this section can give.
    pub fn max_points(&self) -> Points {
        match &self.scoring {
            Scoring::PerItem(p) => *p * self.tasks.iter().map(|t| t.items).sum::<u32>(),
            Scoring::Bands { complete, .. } => *complete * self.tasks.len() as u32,
        }
    }
}

impl Layout {
    /// The most points the exam can give.
    pub fn max_points(&self) -> Points {
        self.sections.iter().map(SectionLayout::max_points).sum()
    }

    /// Total time, in seconds.
    pub fn seconds(&self) -> u64 {
        self.sections.iter().map(SectionLayout::seconds).sum()
    }
}
