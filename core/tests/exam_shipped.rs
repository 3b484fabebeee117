//! Every shipped layout can be generated from the shipped banks, and a learner who answers
//! everything right (and grades the writing complete) gets the full points.

use sportello_core::answer::{Answer, Answers};
use sportello_core::exam::generate;
use sportello_core::layout::Scoring;
use sportello_core::score::{score, WritingGrade, WritingGrades};
use std::collections::BTreeSet;

mod common;

use common::{shipped_layouts, shipped_tasks};

#[test]
fn every_shipped_layout_is_generated_and_all_right_scores_the_maximum() {
    let tasks = shipped_tasks();
    let layouts = shipped_layouts();
    assert!(!layouts.is_empty());
    for layout in &layouts {
        for seed in 0..100 {
            let exam = generate(layout, &tasks, seed, |_| false)
                .unwrap_or_else(|e| panic!("{} seed {seed}: {e}", layout.id));
            let ids: Vec<&str> = exam.task_ids().collect();
            let distinct: BTreeSet<&str> = ids.iter().copied().collect();
            assert_eq!(ids.len(), distinct.len(), "{} seed {seed}", layout.id);
            assert_eq!(exam.max_points(), layout.max_points(), "{}", layout.id);

            let mut answers = Answers::default();
            let mut grades = WritingGrades::new();
            for (section, layout_section) in exam.sections.iter().zip(&layout.sections) {
                for task in &section.tasks {
                    if let Scoring::Bands { .. } = layout_section.scoring {
                        grades.insert(task.id.clone(), WritingGrade::Complete);
                        continue;
                    }
                    for item in &task.items {
                        let answer = Answer::right_for(&item.question).unwrap_or_else(|| {
                            panic!("{} item {}: no right answer", task.id, item.id)
                        });
                        answers.set(&task.id, &item.id, answer);
                    }
                }
            }
            let report = score(&exam, &answers, &grades);
            assert_eq!(report.total, report.max, "{} seed {seed}", layout.id);
            assert!(report.passed && report.complete());
        }
    }
}

#[test]
fn a_second_exam_shares_no_task_with_the_first() {
    let tasks = shipped_tasks();
    for layout in shipped_layouts() {
        let first = generate(&layout, &tasks, 1, |_| false).unwrap();
        let seen: BTreeSet<&str> = first.task_ids().collect();
        let second = generate(&layout, &tasks, 1, |id| seen.contains(id)).unwrap();
        let repeated: Vec<&str> = second.task_ids().filter(|id| seen.contains(id)).collect();
        assert!(repeated.is_empty(), "{}: {repeated:?}", layout.id);
    }
}
