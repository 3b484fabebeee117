//! The learner's history of finished exams: recorded once per attempt (a later writing grade
//! replaces the entry), the tasks already seen (so a new exam can prefer unseen ones), and what
//! the progress page shows of it: accuracy per section and topic, the score over time, the days
//! practised in a row and how ready the learner looks.

use crate::attempt::{Attempt, AttemptSummary};
use crate::bank::{ItemKind, Section, Topic};
use crate::points::Points;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

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

    /// How ready the learner looks from the last [`READINESS_WINDOW`] exams, leaving out those
    /// the learner chose to keep out (exams whose time ran out).
    pub fn readiness(&self) -> Readiness {
        let counted: Vec<&AttemptSummary> = self
            .attempts
            .iter()
            .filter(|a| !a.excluded_from_readiness)
            .collect();
        let n = counted.len();
        if n < READINESS_WINDOW {
            return Readiness::NeedMore {
                more: READINESS_WINDOW - n,
            };
        }
        let last = &counted[n - READINESS_WINDOW..];
        if last.iter().all(|a| a.total >= a.pass_mark) {
            return Readiness::Ready;
        }
        // Average ≥ pass mark − margin, in exact half-points: Σ total + n·margin ≥ Σ pass mark.
        let total: u64 = last.iter().map(|a| u64::from(a.total.halves())).sum();
        let pass: u64 = last.iter().map(|a| u64::from(a.pass_mark.halves())).sum();
        let margin = u64::from(ALMOST_MARGIN.halves()) * READINESS_WINDOW as u64;
        if total + margin >= pass {
            Readiness::Almost
        } else {
            Readiness::KeepPractising
        }
    }

    /// What [`History::readiness`] rests on, to explain it in one sentence.
    pub fn readiness_basis(&self) -> ReadinessBasis {
        let last = &self.attempts[self.attempts.len().saturating_sub(READINESS_WINDOW)..];
        let mut shares: BTreeMap<Section, Accuracy> = BTreeMap::new();
        for section in last.iter().flat_map(|a| &a.sections).filter(|s| s.graded) {
            shares
                .entry(section.section)
                .or_default()
                .add(section.points.halves(), section.max.halves());
        }
        let holding_back = if self.readiness() == Readiness::Ready {
            None
        } else {
            shares
                .into_iter()
                .filter(|(_, share)| share.units > 0 && share.right < share.units)
                .fold(
                    None,
                    |weakest: Option<(Section, Accuracy)>, (section, share)| match weakest {
                        Some((_, lowest)) if !share.is_below(lowest) => weakest,
                        _ => Some((section, share)),
                    },
                )
                .map(|(section, _)| section)
        };
        ReadinessBasis {
            exams: last.len(),
            holding_back,
        }
    }

    /// The score of the last `last` attempts as a chart (at most `last` points, oldest first).
    pub fn score_chart(&self, last: usize) -> ScoreChart {
        let shown = &self.attempts[self.attempts.len().saturating_sub(last)..];
        let step = if shown.len() > 1 {
            CHART_WIDTH / (shown.len() - 1) as f64
        } else {
            0.0
        };
        let y = |points: Points, max: Points| {
            let (points, max) = (points.halves().min(max.halves()), max.halves());
            if max == 0 {
                CHART_HEIGHT
            } else {
                CHART_HEIGHT * f64::from(max - points) / f64::from(max)
            }
        };
        ScoreChart {
            points: shown
                .iter()
                .enumerate()
                .map(|(i, a)| ChartPoint {
                    x: if shown.len() > 1 {
                        step * i as f64
                    } else {
                        CHART_WIDTH / 2.0
                    },
                    score_y: y(a.total, a.max),
                    pass_y: y(a.pass_mark, a.max),
                    passed: a.passed,
                })
                .collect(),
        }
    }
}

/// How many recent exams the readiness message looks at.
pub const READINESS_WINDOW: usize = 3;

/// How far below the pass mark the average of the recent exams may be to count as "almost".
pub const ALMOST_MARGIN: Points = Points::whole(5);

/// How ready the learner looks for the real test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readiness {
    /// Fewer than [`READINESS_WINDOW`] exams taken: `more` to go.
    NeedMore {
        /// Exams still to take.
        more: usize,
    },
    /// Each of the last exams reached the pass mark.
    Ready,
    /// Their average is at most [`ALMOST_MARGIN`] below the pass mark.
    Almost,
    /// Further below.
    KeepPractising,
}

/// What a readiness verdict rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadinessBasis {
    /// How many of the latest exams it looked at (at most [`READINESS_WINDOW`]).
    pub exams: usize,
    /// The section with the lowest share of its points in those exams (ungraded writing left
    /// out); `None` when the learner is ready or no section lost points.
    pub holding_back: Option<Section>,
}

/// Width of the score chart's drawing area, in SVG user units.
pub const CHART_WIDTH: f64 = 300.0;

/// Height of the score chart's drawing area (100 % at the top, 0 % at the bottom).
pub const CHART_HEIGHT: f64 = 100.0;

/// The score over time, ready to draw in a `CHART_WIDTH × CHART_HEIGHT` area.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreChart {
    /// One per attempt, oldest first, spread evenly from left to right.
    pub points: Vec<ChartPoint>,
}

/// One attempt on the score chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartPoint {
    /// Horizontal position.
    pub x: f64,
    /// Height of the score (share of the maximum; 0 at the top means full marks).
    pub score_y: f64,
    /// Height of the pass mark of that attempt.
    pub pass_y: f64,
    /// Whether it passed.
    pub passed: bool,
}

/// Right units out of units answered (or left unanswered) in some part of the exams.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Accuracy {
    /// Units answered right.
    pub right: u32,
    /// Units asked.
    pub units: u32,
}

impl Accuracy {
    /// The share right, as a whole percentage rounded down (`None` when nothing was asked).
    pub fn percent(self) -> Option<u32> {
        (self.units > 0).then(|| (u64::from(self.right) * 100 / u64::from(self.units)) as u32)
    }

    /// Whether the share right is lower than `other`'s, compared exactly (nothing asked counts
    /// as all right).
    pub fn is_below(self, other: Accuracy) -> bool {
        let share = |a: Accuracy| match a.units {
            0 => (1, 1),
            units => (u64::from(a.right), u64::from(units)),
        };
        let ((right, units), (other_right, other_units)) = (share(self), share(other));
        right * other_units < other_right * units
    }

    fn add(&mut self, right: u32, units: u32) {
        self.right += right;
        self.units += units;
    }
}

/// Accuracy of items scored per item (writing is graded by bands and not counted), in sections
/// that were opened.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccuracyReport {
    /// Per section, in section order; only sections with units.
    pub sections: Vec<(Section, Accuracy)>,
    /// Per topic, in topic order; only topics with units.
    pub topics: Vec<(Topic, Accuracy)>,
    /// Per item kind, in kind order; only kinds with units.
    pub kinds: Vec<(ItemKind, Accuracy)>,
}

/// How many of the latest finished exams "recent accuracy" looks at.
pub const RECENT_EXAMS: usize = 5;

/// Accuracy over the latest [`RECENT_EXAMS`] of `attempts` (by start time): what the learner
/// finds hard now, not months ago.
pub fn recent_accuracy(attempts: &[Attempt]) -> AccuracyReport {
    let mut latest: Vec<&Attempt> = attempts.iter().collect();
    latest.sort_by_key(|a| std::cmp::Reverse(a.started_at_ms()));
    latest.truncate(RECENT_EXAMS);
    accuracy(latest)
}

/// Accuracy over `attempts` (the finished exams kept in full).
pub fn accuracy<'a>(attempts: impl IntoIterator<Item = &'a Attempt>) -> AccuracyReport {
    let mut sections: BTreeMap<Section, Accuracy> = BTreeMap::new();
    let mut topics: BTreeMap<Topic, Accuracy> = BTreeMap::new();
    let mut kinds: BTreeMap<ItemKind, Accuracy> = BTreeMap::new();
    for attempt in attempts {
        let report = attempt.score();
        let topic_of: HashMap<&str, Topic> = attempt
            .exam()
            .sections
            .iter()
            .flat_map(|s| s.tasks.iter().map(|t| (t.id.as_str(), t.topic)))
            .collect();
        let opened = attempt
            .section_times()
            .iter()
            .map(|t| t.started_at_ms.is_some());
        for (section, _) in report.sections.iter().zip(opened).filter(|(_, o)| *o) {
            for item in &section.items {
                sections
                    .entry(section.section)
                    .or_default()
                    .add(item.units_right, item.units);
                kinds
                    .entry(item.kind)
                    .or_default()
                    .add(item.units_right, item.units);
                if let Some(topic) = topic_of.get(item.task_id.as_str()) {
                    topics
                        .entry(*topic)
                        .or_default()
                        .add(item.units_right, item.units);
                }
            }
        }
    }
    let keep = |a: &Accuracy| a.units > 0;
    AccuracyReport {
        sections: sections.into_iter().filter(|(_, a)| keep(a)).collect(),
        topics: topics.into_iter().filter(|(_, a)| keep(a)).collect(),
        kinds: kinds.into_iter().filter(|(_, a)| keep(a)).collect(),
    }
}

/// Milliseconds in a day.
const DAY_MS: i64 = 86_400_000;

/// The local day number (days since 1970-01-01 in local time) of the instant `ms`, for a time
/// zone `utc_offset_minutes` east of UTC at that instant (Italy: 60 in winter, 120 in summer).
pub fn local_day(ms: u64, utc_offset_minutes: i32) -> i64 {
    (ms as i64 + i64::from(utc_offset_minutes) * 60_000).div_euclid(DAY_MS)
}

/// Days practised in a row: consecutive local days with at least one exam, ending today — or
/// yesterday, so the streak is not lost before today's practice. 0 if neither.
pub fn streak_days(days: impl IntoIterator<Item = i64>, today: i64) -> u32 {
    let days: BTreeSet<i64> = days.into_iter().collect();
    let mut day = if days.contains(&today) {
        today
    } else {
        today - 1
    };
    let mut streak = 0;
    while days.contains(&day) {
        streak += 1;
        day -= 1;
    }
    streak
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
            timed_out: false,
            excluded_from_readiness: false,
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

    fn history(totals: &[u32]) -> History {
        let mut history = History::default();
        for (i, total) in totals.iter().enumerate() {
            history.record(summary(&i.to_string(), i as u64, *total, &[]));
        }
        history
    }

    #[test]
    fn readiness_says_how_many_more_exams_until_there_are_three() {
        assert_eq!(history(&[]).readiness(), Readiness::NeedMore { more: 3 });
        assert_eq!(
            history(&[90, 95]).readiness(),
            Readiness::NeedMore { more: 1 }
        );
    }

    #[test]
    fn exams_kept_out_of_readiness_do_not_count() {
        let mut history = history(&[90, 95, 100, 70]);
        assert_eq!(history.readiness(), Readiness::Almost);
        history.attempts[3].excluded_from_readiness = true;
        assert_eq!(history.readiness(), Readiness::Ready);
        history.attempts[0].excluded_from_readiness = true;
        assert_eq!(history.readiness(), Readiness::NeedMore { more: 1 });
    }

    #[test]
    fn readiness_looks_only_at_the_last_three_exams_against_the_pass_mark() {
        assert_eq!(history(&[10, 80, 85, 100]).readiness(), Readiness::Ready);
        assert_eq!(history(&[100, 100, 100, 79]).readiness(), Readiness::Almost);
        // Average exactly 5 below the pass mark is still "almost"; a point less is not.
        assert_eq!(history(&[80, 80, 65]).readiness(), Readiness::Almost);
        assert_eq!(
            history(&[80, 80, 64]).readiness(),
            Readiness::KeepPractising
        );
        assert_eq!(
            history(&[100, 100, 100, 40, 50, 60]).readiness(),
            Readiness::KeepPractising
        );
    }

    fn with_sections(
        mut summary: AttemptSummary,
        points: [(Section, u32, u32); 2],
    ) -> AttemptSummary {
        summary.sections = points
            .into_iter()
            .map(|(section, points, max)| crate::attempt::SectionSummary {
                section,
                points: Points::whole(points),
                max: Points::whole(max),
                graded: true,
            })
            .collect();
        summary
    }

    #[test]
    fn readiness_names_how_many_exams_it_rests_on_and_the_section_holding_it_back() {
        let mut history = History::default();
        let scores = [(30, 20), (10, 30), (25, 28)];
        for (i, (listening, reading)) in scores.into_iter().enumerate() {
            let exam = summary(&i.to_string(), i as u64, listening + reading, &[]);
            history.record(with_sections(
                exam,
                [
                    (Section::Listening, listening, 30),
                    (Section::Reading, reading, 30),
                ],
            ));
        }
        // Listening 65 of 90, reading 78 of 90.
        assert_eq!(
            history.readiness_basis(),
            ReadinessBasis {
                exams: 3,
                holding_back: Some(Section::Listening)
            }
        );
        let mut one = History::default();
        one.record(with_sections(
            summary("a", 1, 50, &[]),
            [(Section::Listening, 30, 30), (Section::Reading, 20, 30)],
        ));
        assert_eq!(
            one.readiness_basis(),
            ReadinessBasis {
                exams: 1,
                holding_back: Some(Section::Reading)
            }
        );
        let ready = history_of_ready();
        assert_eq!(ready.readiness(), Readiness::Ready);
        assert_eq!(ready.readiness_basis().holding_back, None);
    }

    fn history_of_ready() -> History {
        let mut history = History::default();
        for i in 0..3 {
            history.record(with_sections(
                summary(&i.to_string(), i, 90, &[]),
                [(Section::Listening, 25, 30), (Section::Reading, 30, 30)],
            ));
        }
        history
    }

    const DAY: u64 = 86_400_000;
    const HOUR: u64 = 3_600_000;

    #[test]
    fn local_days_follow_the_time_zone_offset() {
        let late_evening_utc = 20_000 * DAY + 23 * HOUR + HOUR / 2;
        assert_eq!(local_day(late_evening_utc, 0), 20_000);
        // 00:30 next day in Rome (UTC+1).
        assert_eq!(local_day(late_evening_utc, 60), 20_001);
        let just_after_midnight_utc = 20_000 * DAY + HOUR / 2;
        // 23:30 the day before in New York (UTC−5).
        assert_eq!(local_day(just_after_midnight_utc, -300), 19_999);
    }

    #[test]
    fn the_streak_counts_consecutive_days_ending_today_or_yesterday() {
        let days = [10, 11, 12, 12, 12];
        assert_eq!(streak_days(days, 12), 3, "several exams a day count once");
        assert_eq!(streak_days(days, 13), 3, "not yet practised today");
        assert_eq!(streak_days(days, 14), 0, "a whole day missed");
        assert_eq!(streak_days([8, 10, 11], 11), 2, "a gap ends the streak");
        assert_eq!(streak_days([], 11), 0);
    }

    #[test]
    fn the_chart_draws_the_last_attempts_as_shares_of_the_maximum() {
        let totals: Vec<u32> = (0..60).map(|i| i % 2 * 80 + 10).collect();
        let chart = history(&totals).score_chart(50);
        assert_eq!(chart.points.len(), 50);
        let (first, last) = (chart.points[0], chart.points[49]);
        assert_eq!((first.x, last.x), (0.0, CHART_WIDTH));
        // Attempt 10 (the first shown) scored 10/100, attempt 59 scored 90/100.
        assert_eq!(first.score_y, 90.0);
        assert!(!first.passed);
        assert_eq!(last.score_y, 10.0);
        assert!(last.passed);
        assert!(chart.points.iter().all(|p| p.pass_y == 20.0));
        let one = history(&[50]).score_chart(50);
        assert_eq!(one.points[0].x, CHART_WIDTH / 2.0);
        assert!(history(&[]).score_chart(50).points.is_empty());
    }

    fn finished_attempt(seed: u64, right_in_first_task: bool, submit_in_first: bool) -> Attempt {
        use crate::exam::generate;
        use crate::exam::test_support::{all_right, bank_for, layout, VADEMECUM};
        let layout = layout(VADEMECUM);
        let mut exam = generate(&layout, &bank_for(&layout, 3), seed, |_| false).unwrap();
        exam.sections[0].tasks[0].topic = Topic::Casa;
        let right = all_right(&exam);
        let first = exam.sections[0].tasks[0].clone();
        let mut attempt = Attempt::start(exam, 1_000);
        if right_in_first_task {
            for item in &first.items {
                let answer = right.get(&first.id, &item.id).unwrap().clone();
                attempt.answer(&first.id, &item.id, answer, 1_001).unwrap();
            }
        }
        if submit_in_first {
            attempt.submit(1_002);
        } else {
            while !attempt.is_finished() {
                attempt.next_section(1_002).unwrap();
            }
        }
        attempt
    }

    #[test]
    fn accuracy_counts_right_units_per_section_and_topic_in_opened_sections() {
        let all_sections = finished_attempt(1, true, false);
        let units = |a: &Attempt, s: usize, t: usize| -> u32 {
            a.exam().sections[s].tasks[t]
                .items
                .iter()
                .map(|i| i.question.units())
                .sum()
        };
        let casa = units(&all_sections, 0, 0);
        let report = accuracy([&all_sections]);
        assert_eq!(
            report.sections,
            [
                (
                    Section::Listening,
                    Accuracy {
                        right: casa,
                        units: 10
                    }
                ),
                (
                    Section::Reading,
                    Accuracy {
                        right: 0,
                        units: 10
                    }
                ),
            ],
            "writing is graded by bands, not counted"
        );
        assert_eq!(
            report.topics,
            [
                (
                    Topic::Casa,
                    Accuracy {
                        right: casa,
                        units: casa
                    }
                ),
                (
                    Topic::Salute,
                    Accuracy {
                        right: 0,
                        units: 20 - casa
                    }
                ),
            ]
        );
        // Handed in during listening: reading was never opened and does not count.
        let only_listening = finished_attempt(2, false, true);
        let both = accuracy([&all_sections, &only_listening]);
        assert_eq!(
            both.sections[0].1,
            Accuracy {
                right: casa,
                units: 20
            }
        );
        assert_eq!(
            both.sections[1].1,
            Accuracy {
                right: 0,
                units: 10
            }
        );
        assert_eq!(both.sections[0].1.percent(), Some(casa * 100 / 20));
        assert_eq!(Accuracy::default().percent(), None);
        assert_eq!(accuracy([]), AccuracyReport::default());
    }

    #[test]
    fn five_hundred_attempts_are_summarised_whole() {
        let start = 1_750_000_000_000;
        let mut history = History::default();
        for i in 0..500u64 {
            let total = if i >= 497 { 85 } else { (i % 100) as u32 };
            history.record(summary(&format!("a{i}"), start + i * DAY, total, &["t"]));
        }
        assert_eq!(history.attempts.len(), 500);
        assert_eq!(history.readiness(), Readiness::Ready);
        let chart = history.score_chart(50);
        assert_eq!(chart.points.len(), 50);
        assert_eq!(chart.points[49].score_y, 15.0);
        let days = history
            .attempts
            .iter()
            .map(|a| local_day(a.started_at_ms, 60));
        let today = local_day(start + 499 * DAY, 60);
        assert_eq!(streak_days(days, today), 500);
        let kept: Vec<Attempt> = (0..20).map(|s| finished_attempt(s, true, false)).collect();
        let report = accuracy(&kept);
        assert_eq!(report.sections[0].1.units, 200);
        assert_eq!(history.seen_task_ids().len(), 1);
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
