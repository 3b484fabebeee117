//! Every broken bank in `core/tests/fixtures/banks/` gives exactly the messages of its `.expected`
//! file, through the library and through the `bank-check` CLI.
//!
//! A fixture is a `.ron` file, or a folder of them (each a bank or a layout by its fields); its
//! expected errors and warnings (`warning: ` lines) are in a sibling `NAME.expected`. The library
//! checks with the A2 word list, as the CLI does.

use sportello_core::bank::validate::{check_with_words, Report, Source};
use sportello_core::bank::vocabulary::Vocabulary;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/banks")
}

/// (name as passed to the CLI, expected lines).
fn fixtures() -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(fixtures_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "expected") {
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            let name = if path.with_extension("ron").exists() {
                format!("{stem}.ron")
            } else {
                stem
            };
            let expected = std::fs::read_to_string(&path).unwrap();
            out.push((name, expected.lines().map(str::to_string).collect()));
        }
    }
    out.sort();
    out
}

/// The files of a fixture, relative to the fixtures folder, sorted as the CLI reads them.
fn files_of(name: &str) -> Vec<String> {
    let path = fixtures_dir().join(name);
    if path.is_file() {
        return vec![name.to_string()];
    }
    let mut files = Vec::new();
    let mut dirs = vec![path];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else {
                let relative = p.strip_prefix(fixtures_dir()).unwrap();
                files.push(relative.to_string_lossy().to_string());
            }
        }
    }
    files.sort();
    files
}

fn lines(report: &Report) -> Vec<String> {
    let errors = report.errors().iter().map(ToString::to_string);
    let warnings = report.warnings().iter().map(|w| format!("warning: {w}"));
    errors.chain(warnings).collect()
}

#[test]
fn there_are_at_least_fifteen_broken_fixtures() {
    let broken = fixtures()
        .iter()
        .filter(|(_, expected)| expected.iter().any(|l| !l.starts_with("warning: ")))
        .count();
    assert!(broken >= 15, "only {broken} broken fixtures");
}

#[test]
fn every_fixture_gives_its_expected_messages_through_the_library() {
    let mut failures = Vec::new();
    for (name, expected) in fixtures() {
        let files = files_of(&name);
        let data: Vec<(String, Vec<u8>)> = files
            .iter()
            .map(|f| (f.clone(), std::fs::read(fixtures_dir().join(f)).unwrap()))
            .collect();
        let sources: Vec<Source<'_>> = data.iter().map(|(f, d)| Source::new(f, d)).collect();
        let report = check_with_words(&sources, &Vocabulary::a2());
        let got = lines(&report);
        if got != expected {
            failures.push(format!(
                "{name}:\n  expected: {expected:#?}\n  got: {got:#?}"
            ));
        }
        let has_errors = expected.iter().any(|l| !l.starts_with("warning: "));
        assert_eq!(report.is_valid(), !has_errors, "{name}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_fixture_gives_its_expected_messages_through_the_cli() {
    let mut failures = Vec::new();
    for (name, expected) in fixtures() {
        let output = Command::new(env!("CARGO_BIN_EXE_bank-check"))
            .args(["--lang", "en"])
            .arg(&name)
            .current_dir(fixtures_dir())
            .output()
            .unwrap();
        let stdout = String::from_utf8(output.stdout).unwrap();
        let mut got: Vec<String> = stdout.lines().map(str::to_string).collect();
        let summary = got.pop().unwrap_or_default();
        assert!(summary.starts_with("bank-check: "), "{name}: {summary}");
        if got != expected {
            failures.push(format!(
                "{name}:\n  expected: {expected:#?}\n  got: {got:#?}"
            ));
        }
        let has_errors = expected.iter().any(|l| !l.starts_with("warning: "));
        assert_eq!(output.status.code(), Some(i32::from(has_errors)), "{name}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
