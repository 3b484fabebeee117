//! Untimed practice: which tasks fit the learner's choice of section, topic and item kind, which
//! one comes next, and a task or a single item presented as the exam presents it (options
//! shuffled with a seed, recordings named), through the exam generator itself.

use crate::bank::{ItemKind, Section, Task, Topic};
use crate::exam::{generate, ExamTask};
use crate::layout::{Layout, Scoring, SectionLayout, TaskSlot};
use crate::points::Points;
use rand_core::{Rng, SeedableRng};
use rand_pcg::Pcg32;
use std::collections::BTreeSet;

/// What the learner chose to practise; `None` means any ("mixed").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only tasks of this section.
    pub section: Option<Section>,
    /// Only tasks of this topic.
    pub topic: Option<Topic>,
    /// Only items of this kind (a task keeps just those items).
    pub kind: Option<ItemKind>,
}

impl Filter {
    /// The part of `task` this filter practises: the task itself, or only its items of the chosen
    /// kind; `None` when the section or topic differ or no item is of that kind.
    pub fn select(&self, task: &Task) -> Option<Task> {
        if self.section.is_some_and(|s| s != task.section)
            || self.topic.is_some_and(|t| t != task.topic)
        {
            return None;
        }
        let Some(kind) = self.kind else {
            return Some(task.clone());
        };
        let items: Vec<_> = task
            .items
            .iter()
            .filter(|i| i.question.kind() == kind)
            .cloned()
            .collect();
        (!items.is_empty()).then(|| Task {
            items,
            ..task.clone()
        })
    }

    /// How many of `tasks` fit.
    pub fn count<'a>(&self, tasks: impl IntoIterator<Item = &'a Task>) -> usize {
        tasks
            .into_iter()
            .filter(|t| self.select(t).is_some())
            .count()
    }
}

/// The item kinds used by tasks of `section` (of any section when `None`), in [`ItemKind::ALL`]
/// order: the kinds worth offering in a filter.
pub fn kinds_in<'a>(
    tasks: impl IntoIterator<Item = &'a Task>,
    section: Option<Section>,
) -> Vec<ItemKind> {
    let used: BTreeSet<ItemKind> = tasks
        .into_iter()
        .filter(|t| section.is_none_or(|s| s == t.section))
        .flat_map(|t| t.items.iter().map(|i| i.question.kind()))
        .collect();
    ItemKind::ALL
        .into_iter()
        .filter(|k| used.contains(k))
        .collect()
}

/// `task` as the exam presents it: options shuffled by `seed` (pinned ones kept in place), right
/// answers remapped, recordings named for listening.
pub fn present(task: &Task, seed: u64) -> ExamTask {
    let kinds: BTreeSet<ItemKind> = task.items.iter().map(|i| i.question.kind()).collect();
    let layout = Layout {
        id: "practice".to_string(),
        title: String::new(),
        description: String::new(),
        sections: vec![SectionLayout {
            section: task.section,
            minutes: 0.0,
            tasks: vec![TaskSlot {
                kinds: kinds.into_iter().collect(),
                items: task.units(),
            }],
            scoring: Scoring::PerItem(Points::whole(1)),
        }],
        pass_mark: Points::ZERO,
    };
    let mut exam = generate(&layout, std::iter::once(task), seed, |_| false)
        .expect("a slot made from the task's own kinds and units fits it");
    exam.sections.remove(0).tasks.remove(0)
}

/// The next task to practise: drawn by `seed` among the tasks that fit `filter` and were done
/// the fewest times in `done` (the ids of the tasks done so far, oldest first), so every task
/// comes once before any comes again, and never the one just done while another fits; presented
/// with [`present`]. `None` when no task fits.
pub fn next_task<'a>(
    tasks: impl IntoIterator<Item = &'a Task>,
    filter: &Filter,
    done: &[String],
    seed: u64,
) -> Option<ExamTask> {
    let mut fitting: Vec<Task> = tasks.into_iter().filter_map(|t| filter.select(t)).collect();
    fitting.sort_by(|a, b| a.id.cmp(&b.id));
    let times = |t: &Task| done.iter().filter(|d| **d == t.id).count();
    let fewest = fitting.iter().map(times).min()?;
    let mut pool: Vec<&Task> = fitting.iter().filter(|t| times(t) == fewest).collect();
    if pool.len() > 1 {
        pool.retain(|t| done.last() != Some(&t.id));
    }
    let mut rng = Pcg32::seed_from_u64(seed);
    // A slight modulo bias does not matter for picking a practice task.
    let k = (rng.next_u64() % pool.len() as u64) as usize;
    Some(present(pool[k], seed))
}

/// Item `item_id` of `task` alone, with its task's instructions and stimulus, presented with
/// [`present`]: how a mistake is served in a review. `None` when the task has no such item.
pub fn present_item(task: &Task, item_id: &str, seed: u64) -> Option<ExamTask> {
    let item = task.items.iter().find(|i| i.id == item_id)?.clone();
    let alone = Task {
        items: vec![item],
        ..task.clone()
    };
    Some(present(&alone, seed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Topic;
    use crate::exam::test_support::{bank_for, layout, task, VADEMECUM};
    use crate::exam::ExamQuestion;

    fn bank() -> Vec<Task> {
        let mut tasks = bank_for(&layout(VADEMECUM), 2);
        tasks[0].topic = Topic::Casa;
        tasks
    }

    #[test]
    fn a_filter_keeps_the_section_topic_and_only_items_of_its_kind() {
        let tasks = bank();
        assert_eq!(Filter::default().count(&tasks), tasks.len());
        let reading = Filter {
            section: Some(Section::Reading),
            ..Filter::default()
        };
        assert_eq!(reading.count(&tasks), 4);
        let casa = Filter {
            topic: Some(Topic::Casa),
            ..Filter::default()
        };
        assert_eq!(casa.count(&tasks), 1);
        let true_false = Filter {
            section: Some(Section::Listening),
            kind: Some(ItemKind::TrueFalse),
            ..Filter::default()
        };
        let selected = true_false.select(&tasks[0]).unwrap();
        assert!(!selected.items.is_empty());
        assert!(selected.items.len() < tasks[0].items.len());
        assert!(selected
            .items
            .iter()
            .all(|i| i.question.kind() == ItemKind::TrueFalse));
        let nothing = Filter {
            section: Some(Section::Reading),
            kind: Some(ItemKind::Form),
            ..Filter::default()
        };
        assert_eq!(nothing.count(&tasks), 0);
    }

    #[test]
    fn kinds_offered_are_those_the_section_uses() {
        let tasks = bank();
        assert_eq!(kinds_in(&tasks, Some(Section::Writing)), [ItemKind::Form]);
        assert_eq!(
            kinds_in(&tasks, Some(Section::Reading)),
            [
                ItemKind::SingleChoice,
                ItemKind::TrueFalse,
                ItemKind::Matching,
                ItemKind::TickInfo
            ]
        );
        assert_eq!(
            kinds_in(&tasks, None),
            [
                ItemKind::SingleChoice,
                ItemKind::TrueFalse,
                ItemKind::Matching,
                ItemKind::Place,
                ItemKind::TickInfo,
                ItemKind::Form
            ]
        );
    }

    #[test]
    fn a_presented_task_keeps_its_items_and_its_right_answers() {
        let tasks = bank();
        let listening = &tasks[0];
        let mut orders = BTreeSet::new();
        for seed in 0..20 {
            let shown = present(listening, seed);
            assert_eq!(shown.id, listening.id);
            assert_eq!(shown.recording.as_deref(), Some(listening.id.as_str()));
            assert_eq!(shown.items.len(), listening.items.len());
            for item in &shown.items {
                if let ExamQuestion::SingleChoice {
                    options,
                    correct,
                    order,
                    ..
                } = &item.question
                {
                    assert_eq!(options[*correct], "pane");
                    orders.insert(order.clone());
                }
            }
        }
        assert!(orders.len() > 1, "options are shuffled");
    }

    #[test]
    fn next_task_brings_every_task_once_before_any_again() {
        let tasks = bank();
        let filter = Filter {
            section: Some(Section::Reading),
            ..Filter::default()
        };
        for start in 0..20 {
            let mut done: Vec<String> = Vec::new();
            for seed in start..start + 12 {
                let next = next_task(&tasks, &filter, &done, seed).unwrap();
                let round = done.len() / 4;
                let earlier = done.iter().filter(|d| **d == next.id).count();
                assert_eq!(earlier, round, "{next:?} after {done:?}");
                assert_ne!(done.last(), Some(&next.id));
                done.push(next.id);
            }
        }
        let none = Filter {
            topic: Some(Topic::Scuola),
            ..Filter::default()
        };
        assert_eq!(next_task(&tasks, &none, &[], 1), None);
    }

    #[test]
    fn a_single_item_is_served_with_its_task() {
        let tasks = [task(
            "lettura-casa-01",
            Section::Reading,
            &[ItemKind::TrueFalse, ItemKind::SingleChoice],
            4,
        )];
        let shown = present_item(&tasks[0], "2", 3).unwrap();
        assert_eq!(shown.id, "lettura-casa-01");
        assert_eq!(shown.instructions, tasks[0].instructions);
        assert_eq!(shown.items.len(), 1);
        assert_eq!(shown.items[0].id, "2");
        assert_eq!(shown.items[0].question.kind(), ItemKind::SingleChoice);
        assert!(present_item(&tasks[0], "9", 3).is_none());
    }
}
