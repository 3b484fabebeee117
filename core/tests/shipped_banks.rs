//! Every bank and layout shipped in `question-banks/` reads without error.

use std::path::{Path, PathBuf};

fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    files
}

fn banks_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../question-banks")
}

#[test]
fn every_shipped_bank_parses() {
    let mut errors = Vec::new();
    for path in ron_files(&banks_dir()) {
        let source = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if let Err(e) = sportello_core::bank::parse::parse_bank(&name, &source) {
            errors.push(e.to_string());
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn every_shipped_layout_parses() {
    let mut errors = Vec::new();
    for path in ron_files(&banks_dir().join("layouts")) {
        let source = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if let Err(e) = sportello_core::bank::parse::parse_layout(&name, &source) {
            errors.push(e.to_string());
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}
