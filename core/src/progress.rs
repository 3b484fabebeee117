//! The learner's history of finished exams: recorded once per attempt (a later writing grade
//! replaces the entry), and the tasks already seen, so a new exam can prefer unseen ones.

use crate::attempt::AttemptSummary;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Finished exams, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct History {
    /// One entry per attempt.
    pub attempts: Vec<AttemptSummary>,
}

impl History {
    /// Adds an attempt, or replaces the entry with the same id (e.g. after grading the writing).
    pub fn record(&mut self, summary: AttemptSummary) {
        match self.attempts.iter_mut().find(|a| a.id == summary.id) {
            Some(existing) => *existing = summary,
            None => {
                self.attempts.push(summary);
                self.attempts.sort_by_key(|a| a.started_at_ms);
            }
        }
    }

    /// Every task seen in any recorded attempt.
    pub fn seen_task_ids(&self) -> BTreeSet<String> {
        self.attempts
            .iter()
            .flat_map(|a| a.seen_task_ids.iter().cloned())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::points::Points;

    fn summary(id: &str, started: u64, total: u32, seen: &[&str]) -> AttemptSummary {
        AttemptSummary {
            id: id.to_string(),
            layout_id: "vademecum".into(),
            layout_title: "Vademecum".into(),
            seed: 1,
            started_at_ms: started,
            finished_at_ms: Some(started + 1),
            total: Points::whole(total),
            max: Points::whole(100),
            pass_mark: Points::whole(80),
            passed: total >= 80,
            complete: false,
            time_used_ms: 1,
            sections: Vec::new(),
            seen_task_ids: seen.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn grading_the_writing_later_replaces_the_entry_instead_of_adding_one() {
        let mut history = History::default();
        history.record(summary("a", 10, 60, &["t1"]));
        history.record(summary("a", 10, 95, &["t1"]));
        assert_eq!(history.attempts.len(), 1);
        assert_eq!(history.attempts[0].total, Points::whole(95));
    }

    #[test]
    fn attempts_stay_in_date_order_and_seen_tasks_are_their_union() {
        let mut history = History::default();
        history.record(summary("late", 20, 50, &["t2", "t3"]));
        history.record(summary("early", 10, 50, &["t1", "t2"]));
        let ids: Vec<_> = history.attempts.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["early", "late"]);
        let seen: Vec<_> = history.seen_task_ids().into_iter().collect();
        assert_eq!(seen, ["t1", "t2", "t3"]);
    }
}
