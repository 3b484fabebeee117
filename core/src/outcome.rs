//! How each scored item of a finished exam came out (right, partly right, wrong or left
//! unanswered), and the review's filter over them: every item, only the mistakes, or only the
//! unanswered ones; a matching's answer as rows to show side by side with the right one.

use crate::answer::{option_text, units_right, Answer, Answers};
use crate::exam::{Exam, ExamQuestion};
use crate::layout::Scoring;

/// How one scored item came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every unit right.
    Right,
    /// Some units right, not all (a matching with some pairs right).
    Partly,
    /// Answered, nothing right.
    Wrong,
    /// Nothing given (no option chosen, no pair matched, nothing ticked or typed).
    Unanswered,
}

impl Outcome {
    /// The outcome of `answer` (if any) to `question`.
    pub fn of(question: &ExamQuestion, answer: Option<&Answer>) -> Outcome {
        let right = answer.map_or(0, |a| units_right(question, a));
        if right > 0 && right == question.units() {
            Outcome::Right
        } else if right > 0 {
            Outcome::Partly
        } else if answer.is_none_or(nothing_given) {
            Outcome::Unanswered
        } else {
            Outcome::Wrong
        }
    }
}

/// The outcome of every item of `exam` scored per item (writing, graded by bands, has none),
/// in exam order, with the learner's `answers`.
pub fn exam_outcomes(exam: &Exam, answers: &Answers) -> Vec<Outcome> {
    exam.sections
        .iter()
        .filter(|s| matches!(s.scoring, Scoring::PerItem(_)))
        .flat_map(|s| &s.tasks)
        .flat_map(|t| {
            t.items
                .iter()
                .map(|i| Outcome::of(&i.question, answers.get(&t.id, &i.id)))
        })
        .collect()
}

/// Whether an answer holds nothing the learner gave.
fn nothing_given(answer: &Answer) -> bool {
    match answer {
        Answer::Choice(_) | Answer::TrueFalse(_) => false,
        Answer::Matching(chosen) => chosen.iter().all(Option::is_none),
        Answer::Ticks(ticks) => ticks.is_empty(),
        Answer::Typed(text) | Answer::Message(text) => text.trim().is_empty(),
        Answer::Form(values) => values.iter().all(|v| v.trim().is_empty()),
    }
}

/// Which items the review of a finished exam shows. Mistakes are every item not fully right,
/// unanswered ones included, as in the review queue.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ReviewFilter {
    /// Every item.
    #[default]
    All,
    /// Items not fully right.
    Mistakes,
    /// Items left unanswered.
    Unanswered,
}

impl ReviewFilter {
    /// Every filter, in the order offered.
    pub const ALL: [ReviewFilter; 3] = [
        ReviewFilter::All,
        ReviewFilter::Mistakes,
        ReviewFilter::Unanswered,
    ];

    /// The filter's name, as a form value and in test ids.
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewFilter::All => "all",
            ReviewFilter::Mistakes => "mistakes",
            ReviewFilter::Unanswered => "unanswered",
        }
    }

    /// Whether an item with `outcome` is shown.
    pub fn shows(self, outcome: Outcome) -> bool {
        match self {
            ReviewFilter::All => true,
            ReviewFilter::Mistakes => outcome != Outcome::Right,
            ReviewFilter::Unanswered => outcome == Outcome::Unanswered,
        }
    }

    /// How many of `outcomes` are shown.
    pub fn count(self, outcomes: impl IntoIterator<Item = Outcome>) -> usize {
        outcomes.into_iter().filter(|o| self.shows(*o)).count()
    }
}

/// One left entry of a matching in the review: its text, the learner's choice and the right one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchRow {
    /// The left text.
    pub left: String,
    /// The right text the learner chose, lettered (`None` if not matched).
    pub yours: Option<String>,
    /// The right text that matches it, lettered.
    pub right: String,
    /// Whether the learner's choice is the right one.
    pub correct: bool,
}

/// The rows of a matching's review (empty for other questions); `answer` is the learner's.
pub fn match_rows(question: &ExamQuestion, answer: Option<&Answer>) -> Vec<MatchRow> {
    let ExamQuestion::Matching {
        left,
        right,
        correct,
        ..
    } = question
    else {
        return Vec::new();
    };
    let chosen = match answer {
        Some(Answer::Matching(chosen)) if chosen.len() == left.len() => chosen.clone(),
        _ => vec![None; left.len()],
    };
    left.iter()
        .zip(correct)
        .zip(chosen)
        .map(|((text, &good), given)| MatchRow {
            left: text.clone(),
            yours: given.map(|g| option_text(right, g)),
            right: option_text(right, good),
            correct: given == Some(good),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matching() -> ExamQuestion {
        ExamQuestion::Matching {
            prompt: "Abbina".into(),
            left: vec!["treno".into(), "medicina".into()],
            right: vec!["stazione".into(), "farmacia".into(), "banca".into()],
            correct: vec![0, 1],
            order: vec![0, 1, 2],
        }
    }

    #[test]
    fn an_item_is_right_partly_right_wrong_or_unanswered() {
        let q = matching();
        let of = |a: Option<Answer>| Outcome::of(&q, a.as_ref());
        assert_eq!(
            of(Some(Answer::Matching(vec![Some(0), Some(1)]))),
            Outcome::Right
        );
        assert_eq!(
            of(Some(Answer::Matching(vec![Some(0), None]))),
            Outcome::Partly
        );
        assert_eq!(
            of(Some(Answer::Matching(vec![Some(2), None]))),
            Outcome::Wrong
        );
        assert_eq!(
            of(Some(Answer::Matching(vec![None, None]))),
            Outcome::Unanswered
        );
        assert_eq!(of(None), Outcome::Unanswered);
        let statement = ExamQuestion::TrueFalse {
            statement: "Il treno parte alle 8.".into(),
            answer: true,
        };
        let of = |a: Answer| Outcome::of(&statement, Some(&a));
        assert_eq!(of(Answer::TrueFalse(true)), Outcome::Right);
        assert_eq!(of(Answer::TrueFalse(false)), Outcome::Wrong);
        assert_eq!(of(Answer::Typed("  ".into())), Outcome::Unanswered);
    }

    #[test]
    fn a_matching_is_reviewed_row_by_row_with_the_right_choice_beside_the_learners() {
        let rows = match_rows(&matching(), Some(&Answer::Matching(vec![Some(2), None])));
        assert_eq!(
            rows,
            [
                MatchRow {
                    left: "treno".into(),
                    yours: Some("C. banca".into()),
                    right: "A. stazione".into(),
                    correct: false,
                },
                MatchRow {
                    left: "medicina".into(),
                    yours: None,
                    right: "B. farmacia".into(),
                    correct: false,
                },
            ]
        );
        let right = match_rows(&matching(), Some(&Answer::Matching(vec![Some(0), Some(1)])));
        assert!(right.iter().all(|r| r.correct));
        assert_eq!(match_rows(&matching(), None).len(), 2);
        let statement = ExamQuestion::TrueFalse {
            statement: "Vero?".into(),
            answer: true,
        };
        assert!(match_rows(&statement, None).is_empty());
    }

    #[test]
    fn an_exam_has_an_outcome_for_each_item_scored_per_item() {
        use crate::exam::generate;
        use crate::exam::test_support::{all_right, bank_for, layout, VADEMECUM};
        let layout = layout(VADEMECUM);
        let exam = generate(&layout, &bank_for(&layout, 3), 1, |_| false).unwrap();
        let per_item: usize = exam.sections[..2]
            .iter()
            .flat_map(|s| &s.tasks)
            .map(|t| t.items.len())
            .sum();
        let blank = exam_outcomes(&exam, &Answers::default());
        assert_eq!(blank.len(), per_item, "the writing has no outcome");
        assert!(blank.iter().all(|o| *o == Outcome::Unanswered));
        let right = exam_outcomes(&exam, &all_right(&exam));
        assert!(right.iter().all(|o| *o == Outcome::Right));
    }

    #[test]
    fn mistakes_are_every_item_not_fully_right_and_unanswered_only_the_blank_ones() {
        use Outcome::*;
        let outcomes = [Right, Partly, Wrong, Unanswered, Right];
        let counts: Vec<usize> = ReviewFilter::ALL.map(|f| f.count(outcomes)).to_vec();
        assert_eq!(counts, [5, 3, 1]);
        assert!(!ReviewFilter::Mistakes.shows(Right));
        assert!(ReviewFilter::Mistakes.shows(Unanswered));
        assert!(!ReviewFilter::Unanswered.shows(Wrong));
        assert_eq!(ReviewFilter::default(), ReviewFilter::All);
    }
}
