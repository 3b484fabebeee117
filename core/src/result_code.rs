//! A learner's result of a class set's exam, as a code to send to the teacher: which exam
//! (layout, code, the set's banks with their versions, only the set or mixed), the answers given
//! (not the texts written: the teacher reads those on paper or in a message), the writing grades
//! and a nickname. The teacher's device builds the same exam from its own copy of the set and
//! scores the answers itself: a code never carries a total to be trusted. The code is
//! [`packed`](crate::packed) with the tag `R1.`, so a code cut short or mistyped is refused.

use crate::answer::{describe, Answer, Answers};
use crate::catalog::Catalog;
use crate::exam::{generate, Exam, ExamQuestion};
use crate::packed::{pack, unpack, PackProblem};
use crate::score::{score, ScoreReport, WritingGrade, WritingGrades};
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// The kind and version of a result code (`R1.…`).
const KIND: char = 'R';
const VERSION: u32 = 1;

/// Which exam of a class set: what a teacher's device needs to build it again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassExam {
    /// The layout's id.
    pub layout: String,
    /// The exam's code (the generator's seed).
    pub seed: u64,
    /// The set's banks, by id, with their versions.
    pub banks: Vec<(String, u32)>,
    /// Whether the exam drew only on the set (else also on the shipped banks).
    pub only: bool,
}

impl ClassExam {
    /// The ids of the set's banks.
    pub fn bank_ids(&self) -> Vec<String> {
        self.banks.iter().map(|(id, _)| id.clone()).collect()
    }
}

/// A learner's result, as sent to the teacher.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultCode {
    /// The nickname the learner typed (may be empty).
    pub name: String,
    /// The exam.
    pub exam: ClassExam,
    /// The answers, as (task id, item id, answer); messages and forms are left out.
    pub answers: Vec<(String, String, Answer)>,
    /// The learner's writing grades, by task id.
    pub grades: Vec<(String, WritingGrade)>,
}

/// Why a code cannot be counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeProblem {
    /// Not a result code, cut short or mistyped, or from a newer version.
    Unreadable(PackProblem),
    /// The teacher's device lacks a bank of the set.
    MissingBank(String),
    /// The teacher's device has another version of a bank of the set.
    OtherVersion {
        /// The bank's id.
        bank: String,
        /// The version on this device.
        held: u32,
        /// The version the learner had.
        needed: u32,
    },
    /// The layout is not on this device.
    UnknownLayout(String),
    /// The answers do not belong to the exam the code names (changed by hand).
    NotThisExam,
}

/// A code scored on the teacher's device.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// The learner's nickname.
    pub name: String,
    /// The exam, built again.
    pub exam: Exam,
    /// The answers.
    pub answers: Answers,
    /// The score, computed here.
    pub report: ScoreReport,
}

impl ResultCode {
    /// The code of `answers` and `grades` given in `exam`, signed `name`.
    pub fn new(
        name: &str,
        exam: ClassExam,
        answers: &Answers,
        grades: &WritingGrades,
    ) -> ResultCode {
        ResultCode {
            name: name.trim().to_string(),
            exam,
            answers: answers
                .iter()
                .filter(|(_, _, a)| !matches!(a, Answer::Message(_) | Answer::Form(_)))
                .map(|(t, i, a)| (t.to_string(), i.to_string(), a.clone()))
                .collect(),
            grades: grades.iter().map(|(t, g)| (t.clone(), *g)).collect(),
        }
    }

    /// The code as text.
    pub fn encode(&self) -> String {
        pack(KIND, VERSION, self)
    }

    /// Reads a code.
    pub fn decode(text: &str) -> Result<ResultCode, CodeProblem> {
        unpack(KIND, VERSION, text).map_err(CodeProblem::Unreadable)
    }

    /// Builds the exam again from `device`'s banks and scores the answers.
    pub fn score(&self, device: &Catalog) -> Result<Scored, CodeProblem> {
        for (id, version) in &self.exam.banks {
            let bank = device
                .bank(id)
                .ok_or_else(|| CodeProblem::MissingBank(id.clone()))?;
            if bank.version != *version {
                return Err(CodeProblem::OtherVersion {
                    bank: id.clone(),
                    held: bank.version,
                    needed: *version,
                });
            }
        }
        let layout = device
            .layout(&self.exam.layout)
            .ok_or_else(|| CodeProblem::UnknownLayout(self.exam.layout.clone()))?;
        let ids = self.exam.bank_ids();
        let exam = generate(
            layout,
            device.class_tasks(&ids, self.exam.only),
            self.exam.seed,
            |_| false,
        )
        .map_err(|_| CodeProblem::NotThisExam)?;
        let mut answers = Answers::default();
        for (task, item, answer) in &self.answers {
            let question = question_of(&exam, task, item).ok_or(CodeProblem::NotThisExam)?;
            if !answer.fits(question) {
                return Err(CodeProblem::NotThisExam);
            }
            answers.set(task, item, answer.clone());
        }
        let graded_tasks: Vec<&str> = exam
            .sections
            .iter()
            .flat_map(|s| &s.tasks)
            .map(|t| t.id.as_str())
            .collect();
        if self
            .grades
            .iter()
            .any(|(t, _)| !graded_tasks.contains(&t.as_str()))
        {
            return Err(CodeProblem::NotThisExam);
        }
        let grades: WritingGrades = self.grades.iter().cloned().collect();
        let report = score(&exam, &answers, &grades);
        Ok(Scored {
            name: self.name.clone(),
            exam,
            answers,
            report,
        })
    }
}

/// The question of item `item` of task `task` in `exam`.
fn question_of<'a>(exam: &'a Exam, task: &str, item: &str) -> Option<&'a ExamQuestion> {
    exam.sections
        .iter()
        .flat_map(|s| &s.tasks)
        .find(|t| t.id == task)?
        .items
        .iter()
        .find(|i| i.id == item)
        .map(|i| &i.question)
}

/// How the class did on one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemStat {
    /// The item's task.
    pub task_id: String,
    /// The item.
    pub item_id: String,
    /// Its question, in Italian.
    pub prompt: String,
    /// Learners who got it wholly right.
    pub right: usize,
    /// Learners whose exam had it.
    pub of: usize,
    /// The wrong answer given most often, and by how many.
    pub common_wrong: Option<(String, usize)>,
}

/// Item by item, how the class did: hardest first (the smallest share right), then in exam
/// order.
pub fn item_analysis(results: &[Scored]) -> Vec<ItemStat> {
    let mut stats: Vec<(ItemStat, Vec<(String, usize)>)> = Vec::new();
    for result in results {
        for score in result.report.sections.iter().flat_map(|s| &s.items) {
            let Some(question) = question_of(&result.exam, &score.task_id, &score.item_id) else {
                continue;
            };
            let at = match stats
                .iter()
                .position(|(s, _)| s.task_id == score.task_id && s.item_id == score.item_id)
            {
                Some(at) => at,
                None => {
                    stats.push((
                        ItemStat {
                            task_id: score.task_id.clone(),
                            item_id: score.item_id.clone(),
                            prompt: question.prompt().to_string(),
                            right: 0,
                            of: 0,
                            common_wrong: None,
                        },
                        Vec::new(),
                    ));
                    stats.len() - 1
                }
            };
            let (stat, wrongs) = &mut stats[at];
            stat.of += 1;
            if score.units > 0 && score.units_right == score.units {
                stat.right += 1;
            } else if let Some(answer) = result.answers.get(&score.task_id, &score.item_id) {
                let said = describe(question, answer);
                match wrongs.iter_mut().find(|(w, _)| *w == said) {
                    Some((_, n)) => *n += 1,
                    None => wrongs.push((said, 1)),
                }
            }
        }
    }
    let mut stats: Vec<ItemStat> = stats
        .into_iter()
        .map(|(mut stat, wrongs)| {
            // The first of the most frequent, in the order they were met.
            stat.common_wrong =
                wrongs
                    .into_iter()
                    .fold(None, |best: Option<(String, usize)>, (w, n)| match best {
                        Some((_, m)) if m >= n => best,
                        _ => Some((w, n)),
                    });
            stat
        })
        .collect();
    // Stable: equal shares keep the exam's order. Compares right/of without division.
    stats.sort_by(|a, b| (a.right * b.of).cmp(&(b.right * a.of)));
    stats
}

/// The class's results as CSV (one row per learner: name, each section's points, total,
/// maximum, passed; points with a dot for the half), for a spreadsheet.
pub fn results_csv(results: &[Scored]) -> String {
    let mut csv = String::new();
    let sections: Vec<&str> = results
        .first()
        .map(|r| {
            r.report
                .sections
                .iter()
                .map(|s| s.section.as_str())
                .collect()
        })
        .unwrap_or_default();
    csv.push_str("name");
    for s in &sections {
        let _ = write!(csv, ",{s}");
    }
    csv.push_str(",total,max,passed\n");
    for r in results {
        csv.push_str(&csv_field(&r.name));
        for s in &r.report.sections {
            let _ = write!(csv, ",{}", s.points);
        }
        let _ = writeln!(
            csv,
            ",{},{},{}",
            r.report.total,
            r.report.max,
            if r.report.passed { "yes" } else { "no" }
        );
    }
    csv
}

/// A CSV field, quoted when it must be.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::ImportedFile;

    const CLASS_BANK: &str = include_str!("../tests/fixtures/import/classe-completa.ron");
    const VADEMECUM: &str = include_str!("../../question-banks/layouts/vademecum.ron");

    /// A device with the layout and the teacher's bank at `version`.
    fn device(version: u32) -> Catalog {
        let shipped = vec![(
            "layouts/vademecum.ron".to_string(),
            VADEMECUM.as_bytes().to_vec(),
        )];
        let text = CLASS_BANK.replace("version: 1,", &format!("version: {version},"));
        let imported = vec![ImportedFile {
            name: "classe-completa.ron".into(),
            text,
            imported_at_ms: 0,
        }];
        Catalog::build(shipped, imported)
    }

    fn class_exam() -> ClassExam {
        ClassExam {
            layout: "vademecum".into(),
            seed: 5,
            banks: vec![("classe-completa".into(), 1)],
            only: true,
        }
    }

    /// The learner's exam, every item answered right but the first two, the message written and
    /// graded sufficient.
    fn taken() -> (Exam, Answers, WritingGrades) {
        let learner = device(1);
        let exam = class_exam();
        let layout = learner.layout("vademecum").unwrap();
        let exam = generate(
            layout,
            learner.class_tasks(&exam.bank_ids(), true),
            5,
            |_| false,
        )
        .unwrap();
        let mut answers = Answers::default();
        let mut grades = WritingGrades::new();
        let mut n = 0;
        for task in exam.sections.iter().flat_map(|s| &s.tasks) {
            for item in &task.items {
                let answer = match Answer::right_for(&item.question) {
                    Some(_) if n < 2 => match &item.question {
                        ExamQuestion::TrueFalse { answer, .. } => Answer::TrueFalse(!answer),
                        q => {
                            let (_, right) = q.choice().unwrap();
                            Answer::Choice((right + 1) % 3)
                        }
                    },
                    Some(right) => right,
                    None => {
                        grades.insert(task.id.clone(), WritingGrade::Sufficient);
                        Answer::Message("Cara maestra, domani non vengo a scuola.".into())
                    }
                };
                n += 1;
                answers.set(&task.id, &item.id, answer);
            }
        }
        (exam, answers, grades)
    }

    #[test]
    fn the_teacher_scores_a_code_to_the_learners_own_result() {
        let (exam, answers, grades) = taken();
        let own = score(&exam, &answers, &grades);
        let code = ResultCode::new(" Amina ", class_exam(), &answers, &grades).encode();
        assert!(code.starts_with("R1."));
        assert!(code.len() < 600, "{} characters", code.len());
        assert!(!code.contains("maestra"));
        let scored = ResultCode::decode(&code)
            .unwrap()
            .score(&device(1))
            .unwrap();
        assert_eq!(scored.name, "Amina");
        assert_eq!(scored.report, own);
        assert_eq!(scored.report.total, own.total);
        assert!(own.total < own.max);
    }

    #[test]
    fn codes_for_another_set_or_changed_by_hand_are_refused_with_the_reason() {
        let (_, answers, grades) = taken();
        let code = ResultCode::new("Amina", class_exam(), &answers, &grades);
        assert_eq!(
            ResultCode::decode(&code.encode()[..40]),
            Err(CodeProblem::Unreadable(PackProblem::Damaged))
        );
        assert_eq!(
            ResultCode::decode("S1.abc"),
            Err(CodeProblem::Unreadable(PackProblem::Foreign))
        );
        assert_eq!(
            code.score(&device(2)).unwrap_err(),
            CodeProblem::OtherVersion {
                bank: "classe-completa".into(),
                held: 2,
                needed: 1
            }
        );
        let shipped_only = Catalog::build(
            vec![(
                "layouts/vademecum.ron".into(),
                VADEMECUM.as_bytes().to_vec(),
            )],
            Vec::new(),
        );
        assert_eq!(
            code.score(&shipped_only).unwrap_err(),
            CodeProblem::MissingBank("classe-completa".into())
        );
        let mut changed = code.clone();
        changed.answers[0].1 = "99".into();
        assert_eq!(
            changed.score(&device(1)).unwrap_err(),
            CodeProblem::NotThisExam
        );
        let mut changed = code;
        changed.answers[0].2 = Answer::Choice(7);
        assert_eq!(
            changed.score(&device(1)).unwrap_err(),
            CodeProblem::NotThisExam
        );
    }

    #[test]
    fn the_item_analysis_puts_the_hardest_first_with_the_commonest_wrong_answer() {
        let (_, answers, grades) = taken();
        let teacher = device(1);
        let first = ResultCode::new("A", class_exam(), &answers, &grades)
            .score(&teacher)
            .unwrap();
        let right = ResultCode::new("B", class_exam(), &Answers::default(), &grades)
            .score(&teacher)
            .unwrap();
        let stats = item_analysis(&[first.clone(), right]);
        assert_eq!(stats.len(), 20);
        // The two items A got wrong (and B left blank) come first: nobody got them right.
        assert_eq!((stats[0].right, stats[0].of), (0, 2));
        assert_eq!((stats[1].right, stats[1].of), (0, 2));
        assert!(stats[0].common_wrong.as_ref().is_some_and(|(_, n)| *n == 1));
        assert!(stats[2..].iter().all(|s| s.right == 1 && s.of == 2));
        let csv = results_csv(&[first]);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "name,listening,reading,writing,total,max,passed");
        assert!(
            lines[1].starts_with("A,24,35,28,87,100,yes"),
            "{}",
            lines[1]
        );
    }
}
