//! Scoring: points per item and writing bands from the layout, exact totals, pass or fail.

use crate::answer::{is_answered, units_right, Answers};
use crate::bank::{ItemKind, Section};
use crate::exam::Exam;
use crate::layout::Scoring;
use crate::points::Points;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The learner's own grade of a writing task, after comparing it with the model answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WritingGrade {
    /// Complete and correct: the layout's full band.
    Complete,
    /// Understandable, with some points missing: the "sufficiente" band.
    Sufficient,
    /// Neither: zero points.
    Insufficient,
}

/// Writing grades, by task id.
pub type WritingGrades = BTreeMap<String, WritingGrade>;

/// The result of an exam.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoreReport {
    /// One per section, in exam order.
    pub sections: Vec<SectionScore>,
    /// Points earned.
    pub total: Points,
    /// Points possible.
    pub max: Points,
    /// The lowest passing total.
    pub pass_mark: Points,
    /// Whether `total >= pass_mark` (ungraded writing counts zero).
    pub passed: bool,
}

impl ScoreReport {
    /// Whether every band-graded task has a grade, so the total is final.
    pub fn complete(&self) -> bool {
        self.sections.iter().all(|s| s.graded)
    }
}

/// The result of one section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionScore {
    /// Which section.
    pub section: Section,
    /// Points earned.
    pub points: Points,
    /// Points possible.
    pub max: Points,
    /// False while a band-graded task of this section has no grade.
    pub graded: bool,
    /// Item by item, in sections scored per item.
    pub items: Vec<ItemScore>,
    /// Task by task, in sections graded by bands.
    pub grades: Vec<TaskGrade>,
}

/// The result of one item scored per item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemScore {
    /// Its task.
    pub task_id: String,
    /// The item.
    pub item_id: String,
    /// Its kind.
    pub kind: ItemKind,
    /// Whether the learner answered it fully.
    pub answered: bool,
    /// Scored units (matching pairs count one each).
    pub units: u32,
    /// Units answered right.
    pub units_right: u32,
    /// Points earned.
    pub points: Points,
}

/// The grade of one band-graded task.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskGrade {
    /// The task.
    pub task_id: String,
    /// The learner's grade, if given.
    pub grade: Option<WritingGrade>,
    /// Points earned.
    pub points: Points,
}

/// Scores an exam: right units × the section's points per item; band-graded tasks by their
/// grade in `grades` (keyed by task id), zero while ungraded.
pub fn score(exam: &Exam, answers: &Answers, grades: &WritingGrades) -> ScoreReport {
    let sections: Vec<SectionScore> = exam
        .sections
        .iter()
        .map(|section| {
            let mut result = SectionScore {
                section: section.section,
                points: Points::ZERO,
                max: section.max_points(),
                graded: true,
                items: Vec::new(),
                grades: Vec::new(),
            };
            match &section.scoring {
                Scoring::PerItem(per_item) => {
                    for task in &section.tasks {
                        for item in &task.items {
                            let answer = answers.get(&task.id, &item.id);
                            let right = answer.map_or(0, |a| units_right(&item.question, a));
                            result.items.push(ItemScore {
                                task_id: task.id.clone(),
                                item_id: item.id.clone(),
                                kind: item.question.kind(),
                                answered: is_answered(&item.question, answer),
                                units: item.question.units(),
                                units_right: right,
                                points: *per_item * right,
                            });
                        }
                    }
                    result.points = result.items.iter().map(|i| i.points).sum();
                }
                Scoring::Bands {
                    complete,
                    sufficient,
                } => {
                    for task in &section.tasks {
                        let grade = grades.get(&task.id).copied();
                        let points = match grade {
                            Some(WritingGrade::Complete) => *complete,
                            Some(WritingGrade::Sufficient) => *sufficient,
                            Some(WritingGrade::Insufficient) | None => Points::ZERO,
                        };
                        result.graded &= grade.is_some();
                        result.grades.push(TaskGrade {
                            task_id: task.id.clone(),
                            grade,
                            points,
                        });
                    }
                    result.points = result.grades.iter().map(|g| g.points).sum();
                }
            }
            result
        })
        .collect();
    let total = sections.iter().map(|s| s.points).sum();
    ScoreReport {
        total,
        max: sections.iter().map(|s| s.max).sum(),
        pass_mark: exam.pass_mark,
        passed: total >= exam.pass_mark,
        sections,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Answer;
    use crate::exam::test_support::{all_right, bank_for, layout, VADEMECUM, VENETO};
    use crate::exam::{generate, ExamQuestion};

    fn exam(source: &str) -> Exam {
        let layout = layout(source);
        generate(&layout, &bank_for(&layout, 3), 11, |_| false).unwrap()
    }

    fn grades(pairs: &[(&str, WritingGrade)]) -> WritingGrades {
        pairs.iter().map(|(t, g)| (t.to_string(), *g)).collect()
    }

    fn writing_ids(exam: &Exam) -> Vec<&str> {
        exam.sections[2]
            .tasks
            .iter()
            .map(|t| t.id.as_str())
            .collect()
    }

    /// Answers with exactly `right[s]` units right in section `s`, the others left unanswered.
    fn partly_right(exam: &Exam, right: [u32; 2]) -> Answers {
        let mut answers = Answers::default();
        for (section, mut left) in exam.sections.iter().zip(right) {
            for task in &section.tasks {
                for item in &task.items {
                    let units = item.question.units().min(left);
                    left -= units;
                    let answer = match (&item.question, units) {
                        (_, 0) => continue,
                        (ExamQuestion::Matching { correct, .. }, n) => Answer::Matching(
                            (0..correct.len())
                                .map(|i| (i < n as usize).then_some(correct[i]))
                                .collect(),
                        ),
                        (q, _) => Answer::right_for(q).unwrap(),
                    };
                    answers.set(&task.id, &item.id, answer);
                }
            }
            assert_eq!(left, 0, "not enough units in {:?}", section.section);
        }
        answers
    }

    /// How many scored answers a section's items count for.
    fn units_of(section: &SectionScore) -> u32 {
        section.items.iter().map(|i| i.units).sum()
    }

    #[test]
    fn all_right_on_the_vademecum_is_100_and_passes() {
        let exam = exam(VADEMECUM);
        let writing = writing_ids(&exam);
        let report = score(
            &exam,
            &all_right(&exam),
            &grades(&[(writing[0], WritingGrade::Complete)]),
        );
        assert_eq!(report.total, Points::whole(100));
        assert_eq!(report.max, Points::whole(100));
        assert!(report.passed && report.complete());
        let points: Vec<Points> = report.sections.iter().map(|s| s.points).collect();
        assert_eq!(points, [30, 35, 35].map(Points::whole));
        assert!(report.sections[0]
            .items
            .iter()
            .all(|i| i.answered && i.units_right == i.units));
        assert_eq!(units_of(&report.sections[0]), 10);
    }

    #[test]
    fn no_answers_give_zero_fail_and_ungraded_writing() {
        let exam = exam(VADEMECUM);
        let report = score(&exam, &Answers::default(), &WritingGrades::new());
        assert_eq!(report.total, Points::ZERO);
        assert!(!report.passed);
        assert!(!report.complete());
        assert!(!report.sections[2].graded);
        assert_eq!(report.sections[2].grades[0].grade, None);
        assert!(report.sections[0].items.iter().all(|i| !i.answered));
    }

    #[test]
    fn right_answers_without_writing_grade_say_the_score_is_not_final() {
        let exam = exam(VADEMECUM);
        let report = score(&exam, &all_right(&exam), &WritingGrades::new());
        assert_eq!(report.total, Points::whole(65));
        assert!(!report.passed && !report.complete());
        assert!(report.sections[0].graded && report.sections[1].graded);
    }

    #[test]
    fn seventy_nine_and_a_half_fails_and_eighty_passes() {
        let exam = exam(VADEMECUM);
        let writing = writing_ids(&exam)[0];
        // 9 × 3 + 5 × 3.5 + 35 = 79.5
        let report = score(
            &exam,
            &partly_right(&exam, [9, 5]),
            &grades(&[(writing, WritingGrade::Complete)]),
        );
        assert_eq!(report.total, Points::from_halves(159));
        assert!(!report.passed);
        // 8 × 3 + 8 × 3.5 + 28 = 80
        let report = score(
            &exam,
            &partly_right(&exam, [8, 8]),
            &grades(&[(writing, WritingGrade::Sufficient)]),
        );
        assert_eq!(report.total, Points::whole(80));
        assert!(report.passed);
    }

    #[test]
    fn ten_reading_items_at_three_and_a_half_are_exactly_35() {
        let exam = exam(VADEMECUM);
        let report = score(&exam, &partly_right(&exam, [0, 10]), &WritingGrades::new());
        assert_eq!(report.sections[1].points, Points::whole(35));
        assert_eq!(report.sections[1].points.to_string(), "35");
        let one_pair = score(&exam, &partly_right(&exam, [0, 3]), &WritingGrades::new());
        assert_eq!(one_pair.sections[1].points.to_string(), "10.5");
    }

    #[test]
    fn writing_bands_give_35_28_or_0() {
        let exam = exam(VADEMECUM);
        let writing = writing_ids(&exam)[0];
        let band = |grade| {
            score(&exam, &Answers::default(), &grades(&[(writing, grade)])).sections[2].points
        };
        assert_eq!(band(WritingGrade::Complete), Points::whole(35));
        assert_eq!(band(WritingGrade::Sufficient), Points::whole(28));
        assert_eq!(band(WritingGrade::Insufficient), Points::ZERO);
    }

    #[test]
    fn veneto_maxima_and_two_writing_bands() {
        let exam = exam(VENETO);
        let report = score(&exam, &Answers::default(), &WritingGrades::new());
        let maxima: Vec<Points> = report.sections.iter().map(|s| s.max).collect();
        assert_eq!(maxima, [30, 30, 40].map(Points::whole));
        assert_eq!(report.max, Points::whole(100));
        assert_eq!(units_of(&report.sections[1]), 15);

        let writing = writing_ids(&exam);
        let one = grades(&[(writing[0], WritingGrade::Sufficient)]);
        let report = score(&exam, &all_right(&exam), &one);
        assert_eq!(report.sections[2].points, Points::whole(16));
        assert!(!report.sections[2].graded && !report.complete());
        let both = grades(&[
            (writing[0], WritingGrade::Sufficient),
            (writing[1], WritingGrade::Complete),
        ]);
        let report = score(&exam, &all_right(&exam), &both);
        assert_eq!(report.sections[2].points, Points::whole(36));
        assert_eq!(report.total, Points::whole(96));
        assert!(report.passed && report.complete());
    }
}
