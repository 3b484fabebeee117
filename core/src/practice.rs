//! Untimed practice: which tasks fit the learner's choice of section, topic and item kind, and a
//! practice [`Session`]: which task comes next (or which due item, in a review of mistakes), what
//! was done and what was reviewed. Tasks are presented as the exam presents them (options
//! shuffled with a seed, recordings named), by [`crate::exam::present`].

use crate::bank::{ItemKind, Section, Task, Topic};
use crate::exam::{present, ExamTask};
use crate::review::{ItemKey, ReviewQueue};
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

    /// Reads the filter of `/practice?section=reading&topic=casa&kind=true_false` from the
    /// query's values (their names in bank files). A value naming no section, topic or kind is
    /// left out of the filter and returned, so the page can say it was ignored.
    pub fn from_query(
        section: Option<&str>,
        topic: Option<&str>,
        kind: Option<&str>,
    ) -> (Filter, Vec<String>) {
        let mut ignored = Vec::new();
        let filter = Filter {
            section: named(section, &Section::ALL, Section::as_str, &mut ignored),
            topic: named(topic, &Topic::ALL, Topic::as_str, &mut ignored),
            kind: named(kind, &ItemKind::ALL, ItemKind::as_str, &mut ignored),
        };
        (filter, ignored)
    }

    /// The query string that sets this filter on `/practice` (empty for "mixed"), e.g.
    /// `?section=reading&kind=true_false`.
    pub fn to_query(&self) -> String {
        let parts: Vec<String> = [
            ("section", self.section.map(Section::as_str)),
            ("topic", self.topic.map(Topic::as_str)),
            ("kind", self.kind.map(ItemKind::as_str)),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.map(|v| format!("{name}={v}")))
        .collect();
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    /// How many of `tasks` fit.
    pub fn count<'a>(&self, tasks: impl IntoIterator<Item = &'a Task>) -> usize {
        tasks
            .into_iter()
            .filter(|t| self.select(t).is_some())
            .count()
    }
}

/// The value of `all` whose name is `value`; a value naming none is pushed to `ignored`. No
/// value, or an empty one, is `None`.
fn named<T: Copy>(
    value: Option<&str>,
    all: &[T],
    name: fn(T) -> &'static str,
    ignored: &mut Vec<String>,
) -> Option<T> {
    let value = value.filter(|v| !v.is_empty())?;
    let found = all.iter().copied().find(|t| name(*t) == value);
    if found.is_none() {
        ignored.push(value.to_string());
    }
    found
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

/// What a practice session serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Tasks fitting the filter, one after another.
    Practice(Filter),
    /// The due items of the review queue, one at a time.
    Review,
}

/// A task served in a session: as presented, with the section of the bank task it comes from
/// (the section says how it is shown: heard or read).
#[derive(Debug, Clone, PartialEq)]
pub struct Served {
    /// The task (or the single item under review) as presented.
    pub task: ExamTask,
    /// Its section.
    pub section: Section,
}

/// One practice or review session, from the learner's start to their stop.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    mode: Mode,
    /// Ids of the tasks served so far, oldest first (practice).
    done: Vec<String>,
    /// The items served so far (review).
    reviewed: Vec<ItemKey>,
}

impl Session {
    /// A session that has served nothing yet.
    pub fn new(mode: Mode) -> Session {
        Session {
            mode,
            done: Vec::new(),
            reviewed: Vec::new(),
        }
    }

    /// What it serves.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The next task of the banks' `tasks`, presented with `seed`, noted as served; `None` once
    /// there is nothing to serve.
    ///
    /// Practising, it is a task fitting the filter (see [`next_task`]): every fitting task comes
    /// once before any comes again, so a session never runs out unless nothing fits. Reviewing,
    /// it is the longest due item of `queue` at `now_ms` that this session has not served yet,
    /// among the items still in the banks ([`ReviewQueue::due_among`]), alone with its task's
    /// instructions and stimulus; the review is over when every such item was served. `queue`
    /// and `now_ms` matter only to a review.
    pub fn next<'a>(
        &mut self,
        tasks: impl IntoIterator<Item = &'a Task>,
        queue: &ReviewQueue,
        now_ms: u64,
        seed: u64,
    ) -> Option<Served> {
        match self.mode {
            Mode::Practice(filter) => {
                let served = next_task(tasks, &filter, &self.done, seed)?;
                self.done.push(served.task.id.clone());
                Some(served)
            }
            Mode::Review => {
                let tasks: Vec<&Task> = tasks.into_iter().collect();
                let key = queue
                    .due_among(now_ms, tasks.iter().copied())
                    .into_iter()
                    .map(|c| &c.key)
                    .find(|k| !self.reviewed.contains(k))?
                    .clone();
                let task = tasks.into_iter().find(|t| t.id == key.task_id)?;
                let shown = present_item(task, &key.item_id, seed)?;
                self.reviewed.push(key);
                Some(Served {
                    task: shown,
                    section: task.section,
                })
            }
        }
    }
}

/// The next task to practise: drawn by `seed` among the tasks that fit `filter` and were done
/// the fewest times in `done` (the ids of the tasks done so far, oldest first), so every task
/// comes once before any comes again, and never the one just done while another fits. `None`
/// when no task fits.
fn next_task<'a>(
    tasks: impl IntoIterator<Item = &'a Task>,
    filter: &Filter,
    done: &[String],
    seed: u64,
) -> Option<Served> {
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
    Some(Served {
        task: present(pool[k], seed),
        section: pool[k].section,
    })
}

/// Item `item_id` of `task` alone, with its task's instructions and stimulus, presented with
/// `seed`: how a mistake is served in a review. `None` when the task has no such item.
fn present_item(task: &Task, item_id: &str, seed: u64) -> Option<ExamTask> {
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

    fn bank() -> Vec<Task> {
        let mut tasks = bank_for(&layout(VADEMECUM), 2);
        tasks[0].topic = Topic::Casa;
        tasks
    }

    /// A filter of these section, topic and kind.
    fn filter_of(section: Option<Section>, topic: Option<Topic>, kind: Option<ItemKind>) -> Filter {
        Filter {
            section,
            topic,
            kind,
        }
    }

    #[test]
    fn a_filter_keeps_the_section_topic_and_only_items_of_its_kind() {
        let tasks = bank();
        assert_eq!(Filter::default().count(&tasks), tasks.len());
        let reading = filter_of(Some(Section::Reading), None, None);
        assert_eq!(reading.count(&tasks), 4);
        let casa = filter_of(None, Some(Topic::Casa), None);
        assert_eq!(casa.count(&tasks), 1);
        let true_false = filter_of(Some(Section::Listening), None, Some(ItemKind::TrueFalse));
        let selected = true_false.select(&tasks[0]).unwrap();
        assert!(!selected.items.is_empty());
        assert!(selected.items.len() < tasks[0].items.len());
        assert!(selected
            .items
            .iter()
            .all(|i| i.question.kind() == ItemKind::TrueFalse));
        let nothing = filter_of(Some(Section::Reading), None, Some(ItemKind::Form));
        assert_eq!(nothing.count(&tasks), 0);
    }

    #[test]
    fn a_filter_goes_to_a_query_and_back_and_unknown_values_are_ignored() {
        let filter = Filter {
            section: Some(Section::Reading),
            topic: Some(Topic::UfficiPubblici),
            kind: Some(ItemKind::TrueFalse),
        };
        let query = filter.to_query();
        assert_eq!(
            query,
            "?section=reading&topic=uffici_pubblici&kind=true_false"
        );
        assert_eq!(
            Filter::from_query(Some("reading"), Some("uffici_pubblici"), Some("true_false")),
            (filter, Vec::new())
        );
        assert_eq!(Filter::default().to_query(), "");
        let (read, ignored) = Filter::from_query(Some("cooking"), Some("casa"), Some(""));
        assert_eq!(
            read,
            Filter {
                topic: Some(Topic::Casa),
                ..Filter::default()
            }
        );
        assert_eq!(ignored, ["cooking"]);
        let (read, ignored) = Filter::from_query(None, Some("CASA"), Some("<b>"));
        assert_eq!(read, Filter::default());
        assert_eq!(ignored, ["CASA", "<b>"]);
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
    fn next_task_brings_every_task_once_before_any_again() {
        let tasks = bank();
        let filter = filter_of(Some(Section::Reading), None, None);
        for start in 0..20 {
            let mut done: Vec<String> = Vec::new();
            for seed in start..start + 12 {
                let next = next_task(&tasks, &filter, &done, seed).unwrap().task;
                let round = done.len() / 4;
                let earlier = done.iter().filter(|d| **d == next.id).count();
                assert_eq!(earlier, round, "{next:?} after {done:?}");
                assert_ne!(done.last(), Some(&next.id));
                done.push(next.id);
            }
        }
        let none = filter_of(None, Some(Topic::Scuola), None);
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

    #[test]
    fn a_practice_session_serves_every_fitting_task_before_any_again_with_its_section() {
        let tasks = bank();
        let listening = filter_of(Some(Section::Listening), None, None);
        let mut session = Session::new(Mode::Practice(listening));
        let queue = ReviewQueue::default();
        let mut first_round = BTreeSet::new();
        for seed in 0..4 {
            let served = session.next(&tasks, &queue, 0, seed).unwrap();
            assert_eq!(served.section, Section::Listening);
            first_round.insert(served.task.id);
        }
        assert_eq!(first_round.len(), 4, "{first_round:?}");
        assert!(session.next(&tasks, &queue, 0, 9).is_some(), "then again");
        let reading = filter_of(Some(Section::Reading), None, None);
        let served = Session::new(Mode::Practice(reading))
            .next(&tasks, &queue, 0, 1)
            .unwrap();
        assert_eq!(served.section, Section::Reading);
    }

    #[test]
    fn a_practice_session_nothing_fits_serves_nothing() {
        let tasks = bank();
        let none = filter_of(None, Some(Topic::Scuola), None);
        let mut session = Session::new(Mode::Practice(none));
        assert_eq!(session.mode(), Mode::Practice(none));
        assert_eq!(session.next(&tasks, &ReviewQueue::default(), 0, 1), None);
    }

    #[test]
    fn a_review_serves_each_due_item_once_longest_due_first_then_ends() {
        let tasks = bank();
        let reading = tasks
            .iter()
            .find(|t| t.section == Section::Reading)
            .unwrap();
        let listening = &tasks[0];
        let mut queue = ReviewQueue::default();
        queue.add_mistake(ItemKey::new(&reading.id, &reading.items[1].id), 20);
        queue.add_mistake(ItemKey::new(&listening.id, &listening.items[0].id), 10);
        queue.add_mistake(ItemKey::new("a-removed-task", "1"), 5);
        queue.add_mistake(ItemKey::new(&reading.id, &reading.items[0].id), 1_000);
        let mut session = Session::new(Mode::Review);
        let mut served = Vec::new();
        while let Some(next) = session.next(&tasks, &queue, 100, served.len() as u64) {
            assert_eq!(next.task.items.len(), 1);
            served.push((next.task.id, next.task.items[0].id.clone(), next.section));
        }
        assert_eq!(
            served,
            [
                (
                    listening.id.clone(),
                    listening.items[0].id.clone(),
                    Section::Listening
                ),
                (
                    reading.id.clone(),
                    reading.items[1].id.clone(),
                    Section::Reading
                ),
            ]
        );
        // An item that falls due later in the session is served then.
        let late = session.next(&tasks, &queue, 1_000, 7).unwrap();
        assert_eq!(late.task.items[0].id, reading.items[0].id);
        assert_eq!(session.next(&tasks, &queue, 1_000, 8), None);
    }
}
