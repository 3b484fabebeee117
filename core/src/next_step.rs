//! The one next step shown at the end of the results and of `/progress`: review the mistakes
//! that are due, or else practise the weakest section, topic or item kind of the recent exams
//! (lowest share right), or, when nothing is weak, take another exam.
//!
//! Due mistakes come first: they are the learner's own, and spaced review loses its point when
//! they wait. A part asked fewer than [`MIN_UNITS`] times says too little to be called weak. On
//! a tie the broader part wins (a section before a topic before a kind): it offers more tasks.

use crate::bank::{ItemKind, Section, Topic};
use crate::practice::Filter;
use crate::progress::{Accuracy, AccuracyReport};

/// The fewest units a part must have been asked to be named weakest.
pub const MIN_UNITS: u32 = 3;

/// A part of the exams that can be practised on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// A section.
    Section(Section),
    /// A topic.
    Topic(Topic),
    /// An item kind.
    Kind(ItemKind),
}

impl Part {
    /// The practice filter that practises just this part.
    pub fn filter(self) -> Filter {
        match self {
            Part::Section(s) => Filter {
                section: Some(s),
                ..Filter::default()
            },
            Part::Topic(t) => Filter {
                topic: Some(t),
                ..Filter::default()
            },
            Part::Kind(k) => Filter {
                kind: Some(k),
                ..Filter::default()
            },
        }
    }
}

/// What to do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// Review the `due` mistakes of the review queue.
    Review {
        /// How many are due.
        due: usize,
    },
    /// Practise the weakest part of the recent exams.
    Practise {
        /// The part.
        part: Part,
        /// Its recent accuracy.
        accuracy: Accuracy,
    },
    /// Nothing is due or weak (or nothing is known yet): take an exam.
    TakeExam,
}

/// The next step, from the `due` review items and the accuracy of the recent exams (see
/// [`crate::progress::recent_accuracy`]).
pub fn next_step(due: usize, recent: &AccuracyReport) -> NextStep {
    if due > 0 {
        return NextStep::Review { due };
    }
    match weakest(recent) {
        Some((part, accuracy)) => NextStep::Practise { part, accuracy },
        None => NextStep::TakeExam,
    }
}

/// The part with the lowest share right among those asked at least [`MIN_UNITS`] times and
/// not all right; ties go to the broader part.
pub fn weakest(report: &AccuracyReport) -> Option<(Part, Accuracy)> {
    let sections = report.sections.iter().map(|(s, a)| (Part::Section(*s), *a));
    let topics = report.topics.iter().map(|(t, a)| (Part::Topic(*t), *a));
    let kinds = report.kinds.iter().map(|(k, a)| (Part::Kind(*k), *a));
    sections
        .chain(topics)
        .chain(kinds)
        .filter(|(_, a)| a.units >= MIN_UNITS && a.right < a.units)
        .fold(None, |lowest, (part, a)| match lowest {
            Some((_, low)) if !a.is_below(low) => lowest,
            _ => Some((part, a)),
        })
}

/// Parts of one kind (sections, topics or kinds) with their accuracy, weakest first; equal
/// shares keep their order. What `/progress` lists, each with a link to practise it.
pub fn weakest_first<T: Copy>(parts: &[(T, Accuracy)]) -> Vec<(T, Accuracy)> {
    let mut sorted = parts.to_vec();
    sorted.sort_by(|(_, a), (_, b)| {
        if a.is_below(*b) {
            std::cmp::Ordering::Less
        } else if b.is_below(*a) {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    });
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acc(right: u32, units: u32) -> Accuracy {
        Accuracy { right, units }
    }

    fn report() -> AccuracyReport {
        AccuracyReport {
            sections: vec![
                (Section::Listening, acc(14, 20)),
                (Section::Reading, acc(15, 20)),
            ],
            topics: vec![
                (Topic::Casa, acc(1, 2)),
                (Topic::Lavoro, acc(5, 10)),
                (Topic::Salute, acc(23, 28)),
            ],
            kinds: vec![
                (ItemKind::SingleChoice, acc(20, 24)),
                (ItemKind::TrueFalse, acc(9, 16)),
            ],
        }
    }

    #[test]
    fn due_mistakes_come_before_any_practice() {
        assert_eq!(next_step(4, &report()), NextStep::Review { due: 4 });
    }

    #[test]
    fn the_weakest_part_asked_often_enough_is_practised_with_its_filter() {
        // Casa is 1 of 2, too few to judge; lavoro is 50 %, below true/false's 56 %.
        let step = next_step(0, &report());
        assert_eq!(
            step,
            NextStep::Practise {
                part: Part::Topic(Topic::Lavoro),
                accuracy: acc(5, 10)
            }
        );
        let mut kinds_weaker = report();
        kinds_weaker.kinds[1].1 = acc(4, 16);
        let Some((part, _)) = weakest(&kinds_weaker) else {
            panic!("a weakest part")
        };
        assert_eq!(part, Part::Kind(ItemKind::TrueFalse));
        assert_eq!(
            part.filter(),
            Filter {
                kind: Some(ItemKind::TrueFalse),
                ..Filter::default()
            }
        );
        assert_eq!(part.filter().to_query(), "?kind=true_false");
    }

    #[test]
    fn on_a_tie_the_broader_part_wins_and_all_right_means_take_an_exam() {
        let tie = AccuracyReport {
            sections: vec![(Section::Reading, acc(5, 10))],
            topics: vec![(Topic::Casa, acc(5, 10))],
            kinds: vec![(ItemKind::TrueFalse, acc(2, 4))],
        };
        assert_eq!(
            weakest(&tie).map(|(p, _)| p),
            Some(Part::Section(Section::Reading))
        );
        let all_right = AccuracyReport {
            sections: vec![(Section::Reading, acc(10, 10))],
            topics: vec![(Topic::Casa, acc(1, 2))],
            kinds: Vec::new(),
        };
        assert_eq!(next_step(0, &all_right), NextStep::TakeExam);
        assert_eq!(next_step(0, &AccuracyReport::default()), NextStep::TakeExam);
    }

    #[test]
    fn parts_are_listed_weakest_first() {
        let sorted = weakest_first(&report().topics);
        let order: Vec<Topic> = sorted.iter().map(|(t, _)| *t).collect();
        assert_eq!(order, [Topic::Casa, Topic::Lavoro, Topic::Salute]);
        let same = [(1, acc(1, 2)), (2, acc(2, 4)), (3, acc(0, 1))];
        let order: Vec<i32> = weakest_first(&same).iter().map(|(n, _)| *n).collect();
        assert_eq!(order, [3, 1, 2]);
    }
}
