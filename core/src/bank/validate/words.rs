//! Words above A2: a task whose learner-facing Italian (instructions, stimulus, questions and
//! options) has more than [`MAX_ABOVE_A2`] distinct words outside the A2 list gets a warning.

use super::findings::{Ctx, Findings};
use super::heard::question_texts;
use super::Step::{Field as F, Index as I};
use crate::bank::message::{msg, task_label};
use crate::bank::vocabulary::Vocabulary;
use crate::bank::{Bank, Content, Gap, Question, Stimulus, Task};

/// The most words above A2 a task may have.
pub const MAX_ABOVE_A2: usize = 2;

/// The Italian texts of a stimulus the learner reads or hears.
fn stimulus_texts(stimulus: &Stimulus) -> Vec<&str> {
    match &stimulus.content {
        Content::Text { title, body } => title.iter().chain([body]).map(String::as_str).collect(),
        Content::Announcement { body, .. } => vec![body],
        Content::Dialogue { turns } => turns.iter().map(|t| t.text.as_str()).collect(),
        Content::None => Vec::new(),
    }
}

/// Every Italian text of `task` the learner reads or hears.
fn task_texts(task: &Task) -> Vec<&str> {
    let mut texts = vec![task.instructions.as_str()];
    texts.extend(stimulus_texts(&task.stimulus));
    for item in &task.items {
        texts.extend(item.stimulus.iter().flat_map(stimulus_texts));
        texts.extend(question_texts(&item.question));
        if let Question::GapFill {
            gap: Gap::Choice { options, .. },
            ..
        } = &item.question
        {
            texts.extend(options.iter().map(String::as_str));
        }
    }
    texts
}

/// A warning for each task of `bank` with more than [`MAX_ABOVE_A2`] words outside
/// `vocabulary`, located at the task.
pub(super) fn check_words(bank: &Bank, vocabulary: &Vocabulary, out: &mut Findings) {
    for (t, task) in bank.tasks.iter().enumerate() {
        let above = vocabulary.above(task_texts(task));
        if above.len() > MAX_ABOVE_A2 {
            let label = task_label(&task.id);
            Ctx::new(out, vec![F("tasks"), I(t)], &label).warn(msg!(
                "task-words-above-a2",
                label = &label,
                count = above.len(),
                words = above.join(", "),
                most = MAX_ABOVE_A2
            ));
        }
    }
}
