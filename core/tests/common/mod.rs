//! Loading the shipped banks and layouts for the integration tests.
#![allow(dead_code)] // each test file uses a part

use sportello_core::bank::validate::{check_with_words, Diagnostic, Report, Source};
use sportello_core::bank::vocabulary::Vocabulary;
use sportello_core::bank::Task;
use sportello_core::catalog::is_for_exams;
use sportello_core::layout::Layout;
use std::path::{Path, PathBuf};

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The `.ron` files of a folder, sorted.
pub fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    files
}

/// Files as (name relative to the repository, bytes).
pub fn read(files: &[PathBuf]) -> Vec<(String, Vec<u8>)> {
    files
        .iter()
        .map(|p| {
            let name = p.strip_prefix(repo()).unwrap_or(p).display().to_string();
            (name, std::fs::read(p).unwrap())
        })
        .collect()
}

/// Sources for the validator.
pub fn sources(files: &[(String, Vec<u8>)]) -> Vec<Source<'_>> {
    files.iter().map(|(n, d)| Source::new(n, d)).collect()
}

/// Every shipped bank (the template included) with the shipped and test layouts, validated as
/// `bank-check` does (words above A2 included).
pub fn shipped() -> Report {
    let mut files = ron_files(&repo().join("question-banks"));
    files.extend(ron_files(&repo().join("question-banks/layouts")));
    files.extend(ron_files(&repo().join("core/tests/fixtures/layouts")));
    check_with_words(&sources(&read(&files)), &Vocabulary::a2())
}

/// The tasks the app uses: every valid shipped bank but the template.
pub fn shipped_tasks() -> Vec<Task> {
    shipped()
        .banks()
        .iter()
        .filter(|b| is_for_exams(b))
        .flat_map(|b| b.tasks.clone())
        .collect()
}

/// The layouts shipped in `question-banks/layouts`.
pub fn shipped_layouts() -> Vec<Layout> {
    let files = ron_files(&repo().join("question-banks/layouts"));
    check_with_words(&sources(&read(&files)), &Vocabulary::a2())
        .layouts()
        .to_vec()
}

/// Diagnostics, one per line.
pub fn lines(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}
