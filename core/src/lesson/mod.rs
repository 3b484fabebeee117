//! Short lessons: a few lines of explanation in the learner's language, Italian examples, and a
//! practice task in the bank format, one lesson per file in `lessons/` (format in
//! `docs/lessons-format.md`). Reading a lesson file, telling one from a bank, and the rule that
//! links a bank task to the lessons that help with it. The checks live with the bank checks
//! (`bank::validate::lessons`), which they reuse for the practice task.

use crate::bank::parse::{self, Diagnostic};
use crate::bank::translations::{keep_for_learner_in_task, keep_shown};
use crate::bank::{ItemKind, Task, Topic, Translations};
use serde::{Deserialize, Serialize};

/// The prefix of a lesson's practice task id: `"lezione-"` + the lesson id.
pub const PRACTICE_PREFIX: &str = "lezione-";

/// One short lesson.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// Unique id, lowercase letters, digits and hyphens; the file is `lessons/<id>.ron`.
    pub id: String,
    /// The title, in Italian.
    pub title: String,
    /// The title in the learner's languages, keyed by locale.
    #[serde(default)]
    pub title_tr: Translations,
    /// Topics of the exam tasks this lesson helps with.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// Item kinds this lesson helps with.
    #[serde(default)]
    pub kinds: Vec<ItemKind>,
    /// A few short lines of explanation (separated by `\n`), in simple Italian.
    pub explanation: String,
    /// The explanation in the learner's languages, keyed by locale.
    #[serde(default)]
    pub explanation_tr: Translations,
    /// Italian examples with their translations.
    pub examples: Vec<Example>,
    /// The practice: one task in the bank format.
    pub practice: Task,
}

/// An Italian example with its translations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// The Italian sentence.
    pub it: String,
    /// Its translations, keyed by locale.
    #[serde(default)]
    pub tr: Translations,
}

impl Lesson {
    /// Whether this lesson helps with `task`: the task or one of its items names the lesson in
    /// its `lessons` field, or the task's topic is among the lesson's topics, or one of its
    /// items' kinds is among the lesson's kinds.
    pub fn helps_with(&self, task: &Task) -> bool {
        task.lessons.contains(&self.id)
            || task.items.iter().any(|i| i.lessons.contains(&self.id))
            || self.topics.contains(&task.topic)
            || task
                .items
                .iter()
                .any(|i| self.kinds.contains(&i.question.kind()))
    }
}

/// Keeps, in each translated text of `lesson` (its practice task's too), only what a learner
/// reading `locale` is shown ([`keep_shown`]): a learner's copy of a shipped lesson
/// (`learner-copies`).
pub fn keep_for_learner(lesson: &mut Lesson, locale: &str) {
    keep_shown(&mut lesson.title_tr, locale);
    keep_shown(&mut lesson.explanation_tr, locale);
    for example in &mut lesson.examples {
        keep_shown(&mut example.tr, locale);
    }
    keep_for_learner_in_task(&mut lesson.practice, locale);
}

/// The lessons that help with `task` (see [`Lesson::helps_with`]): first those the task or its
/// items name, then the others, each group in the order of `lessons`.
pub fn lessons_for<'a>(task: &Task, lessons: &'a [Lesson]) -> Vec<&'a Lesson> {
    let named = |l: &Lesson| {
        task.lessons.contains(&l.id) || task.items.iter().any(|i| i.lessons.contains(&l.id))
    };
    let (mut first, others): (Vec<&Lesson>, Vec<&Lesson>) = lessons
        .iter()
        .filter(|l| l.helps_with(task))
        .partition(|l| named(l));
    first.extend(others);
    first
}

/// Reads one lesson file.
pub fn parse_lesson(file: &str, source: &str) -> Result<Lesson, Diagnostic> {
    parse::parse_ron(file, source)
}

/// Whether a file's text is a lesson: its outermost value has a `practice` field and no `tasks`
/// field (comments and texts are not fields; a broken file is told by the fields before the
/// break).
pub fn is_lesson(text: &str) -> bool {
    let mut practice = false;
    for field in parse::top_level_fields(text) {
        match field.as_str() {
            "tasks" => return false,
            "practice" => practice = true,
            _ => {}
        }
    }
    practice
}

#[cfg(test)]
mod tests;
