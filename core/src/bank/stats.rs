//! Counts of tasks and items per section, topic and kind, for `bank-check --stats` and the
//! teacher page.

use crate::bank::{Bank, ItemKind, Section, Topic};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::fmt;

/// Tasks and items (scored answers: matching pairs count one each) of one section.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    /// Number of tasks.
    pub tasks: u32,
    /// Number of scored answers.
    pub items: u32,
}

/// What a set of banks holds. Every section, topic and kind is present, with zero when absent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    /// Tasks and items per section.
    pub sections: BTreeMap<Section, Count>,
    /// Tasks per topic.
    pub topics: BTreeMap<Topic, u32>,
    /// Items (scored answers) per item kind.
    pub kinds: BTreeMap<ItemKind, u32>,
}

impl Stats {
    /// Counts the tasks of `banks`.
    pub fn of<'a>(banks: impl IntoIterator<Item = &'a Bank>) -> Self {
        let mut stats = Stats {
            sections: Section::ALL
                .iter()
                .map(|&s| (s, Count::default()))
                .collect(),
            topics: Topic::ALL.iter().map(|&t| (t, 0)).collect(),
            kinds: ItemKind::ALL.iter().map(|&k| (k, 0)).collect(),
        };
        for task in banks.into_iter().flat_map(|b| &b.tasks) {
            let count = stats.sections.entry(task.section).or_default();
            count.tasks += 1;
            count.items += task.units();
            *stats.topics.entry(task.topic).or_default() += 1;
            for item in &task.items {
                *stats.kinds.entry(item.question.kind()).or_default() += item.question.units();
            }
        }
        stats
    }

    /// As JSON: `{"sections": {"listening": {"tasks": n, "items": n}, …}, "topics": {"casa": n,
    /// …}, "kinds": {"single_choice": n, …}}`, named by `as_str()`.
    pub fn to_json(&self) -> Value {
        let sections: Map<String, Value> = self
            .sections
            .iter()
            .map(|(s, c)| {
                (
                    s.as_str().to_string(),
                    json!({"tasks": c.tasks, "items": c.items}),
                )
            })
            .collect();
        let topics: Map<String, Value> = self
            .topics
            .iter()
            .map(|(t, n)| (t.as_str().to_string(), json!(n)))
            .collect();
        let kinds: Map<String, Value> = self
            .kinds
            .iter()
            .map(|(k, n)| (k.as_str().to_string(), json!(n)))
            .collect();
        json!({"sections": sections, "topics": topics, "kinds": kinds})
    }
}

/// A readable table: sections, then topics, then kinds.
impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:<16} {:>6} {:>6}", "section", "tasks", "items")?;
        for (section, count) in &self.sections {
            writeln!(
                f,
                "{:<16} {:>6} {:>6}",
                section.as_str(),
                count.tasks,
                count.items
            )?;
        }
        writeln!(f)?;
        writeln!(f, "{:<16} {:>6}", "topic", "tasks")?;
        for (topic, n) in &self.topics {
            writeln!(f, "{:<16} {:>6}", topic.as_str(), n)?;
        }
        writeln!(f)?;
        writeln!(f, "{:<16} {:>6}", "kind", "items")?;
        for (kind, n) in &self.kinds {
            writeln!(f, "{:<16} {:>6}", kind.as_str(), n)?;
        }
        Ok(())
    }
}
