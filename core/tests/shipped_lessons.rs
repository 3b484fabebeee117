//! The shipped lessons (`lessons/`): valid with no warning, enough of them, named correctly by
//! the banks, helping with every comprehension task; and `bank-check` reading them alone and
//! mixed with banks.

mod common;

use common::{lines, read, repo, ron_files, shipped_tasks, sources};
use sportello_core::bank::validate::lessons::{self, LessonReport};
use sportello_core::bank::Section;
use sportello_core::lesson::lessons_for;
use std::process::Command;

/// How many lessons are shipped at least.
const MIN_SHIPPED_LESSONS: usize = 24;

/// The shipped lessons checked with the shipped banks.
fn shipped_lessons() -> LessonReport {
    let lessons = read(&ron_files(&repo().join("lessons")));
    let banks = read(&ron_files(&repo().join("question-banks")));
    lessons::check(&sources(&lessons), &sources(&banks))
}

#[test]
fn every_shipped_lesson_is_valid_with_no_warning() {
    let report = shipped_lessons();
    assert!(report.is_valid(), "{}", lines(&report.errors));
    assert!(report.warnings.is_empty(), "{}", lines(&report.warnings));
    let count = report.lessons.len();
    assert!(
        count >= MIN_SHIPPED_LESSONS,
        "{count} lessons, fewer than {MIN_SHIPPED_LESSONS}"
    );
    assert_eq!(count, ron_files(&repo().join("lessons")).len());
}

#[test]
fn every_shipped_comprehension_task_links_to_a_lesson() {
    let report = shipped_lessons();
    let alone: Vec<String> = shipped_tasks()
        .iter()
        .filter(|t| t.section != Section::Writing)
        .filter(|t| lessons_for(t, &report.lessons).is_empty())
        .map(|t| t.id.clone())
        .collect();
    assert!(alone.is_empty(), "no lesson helps with {alone:?}");
}

fn bank_check(args: &[&str]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_bank-check"))
        .current_dir(repo())
        .args(args)
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

#[test]
fn bank_check_reads_the_lessons_alone_and_mixed_with_banks() {
    let count = ron_files(&repo().join("lessons")).len();
    let (ok, out) = bank_check(&["--stats", "lessons"]);
    assert!(ok, "{out}");
    assert!(out.contains(&format!("lessons: {count}\n")), "{out}");
    assert!(out.ends_with(&format!(
        "bank-check: {count} files, 0 errors, 0 warnings\n"
    )));

    let (ok, out) = bank_check(&["--json", "lessons", "question-banks"]);
    assert!(ok, "{out}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["lessons"], count);
    assert!(json["sections"]["reading"]["tasks"].as_u64().unwrap() > 0);
}

#[test]
fn bank_check_reports_a_broken_lesson_located() {
    let fixture = "core/tests/fixtures/lessons/prova.ron";
    let text = std::fs::read_to_string(repo().join(fixture)).unwrap();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("broken-lesson");
    std::fs::create_dir_all(&dir).unwrap();
    let broken = dir.join("prova.ron");
    std::fs::write(&broken, text.replace("lezione-prova", "prova")).unwrap();
    let (ok, out) = bank_check(&[broken.to_str().unwrap()]);
    assert!(!ok);
    let first = out.lines().next().unwrap();
    assert!(
        first.ends_with(
            "prova.ron:16:9: lesson prova / task prova: the practice's id must be lezione-prova"
        ),
        "{out}"
    );
}
