//! Whether an exam read from outside (saved data, a backup) is consistent in itself: every
//! index among its options, every section timed and scored within the layout bounds, totals
//! that cannot overflow. The app checks a loaded exam before showing it, so no index can fail.

use super::{Exam, ExamGap, ExamQuestion, ExamSection};
use crate::layout::{Scoring, MAX_MINUTES, MAX_POINTS_EACH};
use std::fmt;

/// What makes an exam or an attempt inconsistent, in words (kept with the data put aside).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inconsistent(pub String);

impl fmt::Display for Inconsistent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "inconsistent: {}", self.0)
    }
}

impl std::error::Error for Inconsistent {}

/// Fails with `why` unless `holds`.
pub(crate) fn ensure(holds: bool, why: impl FnOnce() -> String) -> Result<(), Inconsistent> {
    if holds {
        Ok(())
    } else {
        Err(Inconsistent(why()))
    }
}

/// Whether `order` shows each of `n` options once.
fn shown_in_order(order: &[usize], n: usize) -> Result<(), String> {
    if is_permutation(order, n) {
        Ok(())
    } else {
        Err("the shown order is not a reordering of the options".to_string())
    }
}

/// Whether every right answer is one of `n` options shown in `order`.
fn all_among(correct: &[usize], order: &[usize], n: usize) -> Result<(), String> {
    if correct.iter().any(|&c| c >= n) {
        Err("a right answer outside the options".to_string())
    } else {
        shown_in_order(order, n)
    }
}

/// Whether `order` is a permutation of `0..len`.
fn is_permutation(order: &[usize], len: usize) -> bool {
    let mut seen = vec![false; len];
    order.len() == len
        && order
            .iter()
            .all(|&i| i < len && !std::mem::replace(&mut seen[i], true))
}

impl ExamQuestion {
    /// Whether every index of the question is among its options.
    pub fn check(&self) -> Result<(), String> {
        let choice = |options: &[String], correct: usize, order: &[usize]| {
            if options.is_empty() || correct >= options.len() {
                Err(format!("right option {correct} of {}", options.len()))
            } else {
                shown_in_order(order, options.len())
            }
        };
        match self {
            ExamQuestion::SingleChoice {
                options,
                correct,
                order,
                ..
            }
            | ExamQuestion::Place {
                options,
                correct,
                order,
                ..
            }
            | ExamQuestion::GapFill {
                gap:
                    ExamGap::Choice {
                        options,
                        correct,
                        order,
                    },
                ..
            } => choice(options, *correct, order),
            ExamQuestion::Matching {
                left,
                right,
                correct,
                order,
                ..
            } => {
                if left.is_empty() || correct.len() != left.len() {
                    Err(format!(
                        "{} right answers for {} entries",
                        correct.len(),
                        left.len()
                    ))
                } else {
                    all_among(correct, order, right.len())
                }
            }
            ExamQuestion::TickInfo {
                options,
                correct,
                order,
                ..
            } => all_among(correct, order, options.len()),
            ExamQuestion::Message {
                min_words,
                max_words,
                ..
            } if min_words > max_words => Err(format!("{min_words} to {max_words} words")),
            ExamQuestion::TrueFalse { .. }
            | ExamQuestion::GapFill { .. }
            | ExamQuestion::Form { .. }
            | ExamQuestion::Message { .. } => Ok(()),
        }
    }
}

impl ExamSection {
    /// The most points this section can give, in half-points, without overflow (`None` if
    /// it would).
    fn checked_max_halves(&self) -> Option<u64> {
        let units = self
            .tasks
            .iter()
            .try_fold(0u64, |sum, t| sum.checked_add(u64::from(t.units())))?;
        match &self.scoring {
            Scoring::PerItem(p) => u64::from(p.halves()).checked_mul(units),
            Scoring::Bands { complete, .. } => {
                u64::from(complete.halves()).checked_mul(self.tasks.len() as u64)
            }
        }
    }
}

impl Exam {
    /// Whether the exam is consistent in itself: at least one section, each with tasks of at
    /// least one item, a time from 1 second to [`MAX_MINUTES`], points up to
    /// [`MAX_POINTS_EACH`] each and a total that fits, a pass mark within the total, and
    /// every question's indices among its options.
    pub fn check(&self) -> Result<(), Inconsistent> {
        ensure(!self.sections.is_empty(), || "no sections".to_string())?;
        let mut max: u64 = 0;
        for (s, section) in self.sections.iter().enumerate() {
            let at = |what: String| format!("section {}: {what}", s + 1);
            ensure(
                (1..=u64::from(MAX_MINUTES) * 60).contains(&section.seconds),
                || at(format!("{} seconds", section.seconds)),
            )?;
            let (each, sufficient) = match section.scoring {
                Scoring::PerItem(p) => (p, p),
                Scoring::Bands {
                    complete,
                    sufficient,
                } => (complete, sufficient),
            };
            ensure(each <= MAX_POINTS_EACH && sufficient <= each, || {
                at(format!("{each} points each"))
            })?;
            ensure(!section.tasks.is_empty(), || at("no tasks".to_string()))?;
            for task in &section.tasks {
                ensure(!task.items.is_empty(), || {
                    at(format!("task {} has no items", task.id))
                })?;
                for item in &task.items {
                    item.question.check().map_err(|why| {
                        Inconsistent(at(format!("{}/{}: {why}", task.id, item.id)))
                    })?;
                }
            }
            max = section
                .checked_max_halves()
                .and_then(|h| max.checked_add(h))
                .filter(|&m| m <= u64::from(u32::MAX / 2))
                .ok_or_else(|| Inconsistent("too many points".to_string()))?;
        }
        ensure(u64::from(self.pass_mark.halves()) <= max, || {
            format!("pass mark {} above the maximum", self.pass_mark)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{bank_for, layout, VADEMECUM, VENETO};
    use super::*;
    use crate::exam::generate;
    use crate::points::Points;

    #[test]
    fn every_generated_exam_is_consistent() {
        for id in [VADEMECUM, VENETO] {
            let layout = layout(id);
            for seed in 0..30 {
                let exam = generate(&layout, &bank_for(&layout, 3), seed, |_| false).unwrap();
                assert_eq!(exam.check(), Ok(()), "{id} {seed}");
            }
        }
    }

    #[test]
    fn an_inconsistent_exam_says_what_is_wrong() {
        let layout = layout(VADEMECUM);
        let exam = generate(&layout, &bank_for(&layout, 3), 1, |_| false).unwrap();
        let broken = |change: &dyn Fn(&mut Exam)| {
            let mut exam = exam.clone();
            change(&mut exam);
            exam.check().unwrap_err().to_string()
        };
        assert_eq!(broken(&|e| e.sections.clear()), "inconsistent: no sections");
        assert!(broken(&|e| e.sections[0].seconds = 0).contains("0 seconds"));
        assert!(broken(&|e| e.sections[1].tasks.clear()).contains("no tasks"));
        assert!(broken(&|e| e.pass_mark = Points::whole(101)).contains("pass mark"));
        assert!(broken(&|e| {
            e.sections[1].scoring = Scoring::PerItem(Points::from_halves(1 << 30))
        })
        .contains("points each"));
        assert!(broken(&|e| {
            let question = e
                .sections
                .iter_mut()
                .flat_map(|s| s.tasks.iter_mut())
                .flat_map(|t| t.items.iter_mut())
                .map(|i| &mut i.question)
                .find(|q| matches!(q, ExamQuestion::SingleChoice { .. }));
            if let Some(ExamQuestion::SingleChoice { correct, .. }) = question {
                *correct = 9;
            }
        })
        .contains("right option 9"));
    }

    #[test]
    fn orders_must_be_reorderings() {
        assert!(is_permutation(&[2, 0, 1], 3));
        assert!(!is_permutation(&[0, 0, 1], 3));
        assert!(!is_permutation(&[0, 1], 3));
        assert!(!is_permutation(&[0, 1, 3], 3));
    }
}
