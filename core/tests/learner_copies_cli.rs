//! The `learner-copies` command, end to end: one file of banks and one of lessons per interface
//! language, the shipped files in the app's order with only that language's translations, and
//! no copy at all when a shipped file has an error (the app then reads the whole files and
//! reports it where it is).

use sportello_core::bank::parse::parse_bank;
use sportello_core::bank::translations::LEARNER_LOCALES;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A folder of its own under the build's folder for test files (`target/tmp`), emptied.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("learner-copies-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A copy of the shipped folder of banks (the template and the layouts with them), named `name`.
fn banks(name: &str) -> PathBuf {
    let dir = scratch(name);
    let shipped = repo().join("question-banks");
    for sub in ["", "layouts"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        for entry in std::fs::read_dir(shipped.join(sub)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|x| x == "ron") {
                std::fs::copy(&path, dir.join(sub).join(path.file_name().unwrap())).unwrap();
            }
        }
    }
    dir
}

/// Runs the command on the folder of banks `banks` and the shipped lessons.
fn learner_copies(banks: &Path, out: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_learner-copies"))
        .arg(banks)
        .arg(repo().join("lessons"))
        .arg(out)
        .status()
        .unwrap();
    assert!(status.success());
}

/// The banks' copy for `locale`.
fn copy(out: &Path, locale: &str) -> Vec<(String, String)> {
    read_copy(&out.join("question-banks/lang"), locale)
}

fn read_copy(dir: &Path, locale: &str) -> Vec<(String, String)> {
    let json = std::fs::read(dir.join(format!("{locale}.json"))).unwrap();
    serde_json::from_slice(&json).unwrap()
}

#[test]
fn each_language_gets_the_layouts_then_the_banks_with_only_its_translations() {
    let (banks, out) = (banks("banks"), scratch("out"));
    learner_copies(&banks, &out);
    for locale in std::iter::once("it").chain(LEARNER_LOCALES) {
        let files = copy(&out, locale);
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        // As the app lists them: the layouts, then the banks, by name, the template left out.
        assert_eq!(
            names[..2],
            ["layouts/cpia-veneto.ron", "layouts/vademecum.ron"]
        );
        assert_eq!(names[2], "ascolto-acquisti-2.ron");
        assert!(names.windows(2).skip(2).all(|w| w[0] < w[1]), "{names:?}");
        assert!(!names.contains(&"TEMPLATE.ron"));
        let (_, text) = files.iter().find(|(n, _)| n == "ascolto-casa.ron").unwrap();
        let whole = std::fs::read_to_string(banks.join("ascolto-casa.ron")).unwrap();
        let whole = parse_bank("ascolto-casa.ron", &whole).unwrap();
        let learners = parse_bank("ascolto-casa.ron", text).unwrap();
        // The same bank, but for the translations.
        assert_eq!(learners.tasks.len(), whole.tasks.len());
        for (mine, theirs) in learners.tasks.iter().zip(&whole.tasks) {
            assert_eq!(mine.instructions, theirs.instructions);
            assert_eq!(mine.items.len(), theirs.items.len());
            let kept: Vec<&String> = mine.instructions_tr.keys().collect();
            let expected: Vec<&String> = theirs
                .instructions_tr
                .keys()
                .filter(|l| l.as_str() == locale)
                .collect();
            assert_eq!(kept, expected, "{locale}");
        }
    }
    // The banks' translations (the layouts keep theirs: they are few).
    let arabic: String = copy(&out, "ar")
        .into_iter()
        .skip(2)
        .map(|(_, text)| text)
        .collect();
    assert!(arabic.contains("\"ar\": "));
    assert!(!arabic.contains("\"fr\": "));
}

#[test]
fn a_shipped_file_with_an_error_means_no_copy() {
    let (banks, out) = (banks("broken"), scratch("broken-out"));
    learner_copies(&banks, &out);
    assert!(out.join("question-banks/lang/ar.json").exists());
    std::fs::write(banks.join("rotto.ron"), "(id: \"rotto\", tasks: [").unwrap();
    learner_copies(&banks, &out);
    let left: Vec<_> = std::fs::read_dir(out.join("question-banks/lang"))
        .unwrap()
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // The lessons' copies do not depend on the banks.
    assert!(out.join("lessons/lang/ar.json").exists());
}

#[test]
fn each_language_gets_every_lesson_with_only_its_translations() {
    use sportello_core::lesson::{keep_for_learner, parse_lesson};
    let (banks, out) = (banks("for-lessons"), scratch("lessons-out"));
    learner_copies(&banks, &out);
    let shipped = repo().join("lessons");
    let mut names: Vec<String> = std::fs::read_dir(&shipped)
        .unwrap()
        .map(|e| format!("lessons/{}", e.unwrap().file_name().to_string_lossy()))
        .filter(|n| n.ends_with(".ron"))
        .collect();
    names.sort();
    for locale in ["it", "ar", "zh"] {
        let files = read_copy(&out.join("lessons/lang"), locale);
        let got: Vec<&String> = files.iter().map(|(n, _)| n).collect();
        assert_eq!(got, names.iter().collect::<Vec<_>>(), "{locale}");
        let mut smaller = 0;
        for (name, text) in &files {
            let whole = std::fs::read_to_string(shipped.join(&name["lessons/".len()..])).unwrap();
            let mut expected = parse_lesson(name, &whole).unwrap();
            keep_for_learner(&mut expected, locale);
            assert_eq!(
                parse_lesson(name, text).unwrap(),
                expected,
                "{locale} {name}"
            );
            smaller += usize::from(text.len() * 2 < whole.len());
        }
        // Pruned, not only read back whole.
        assert_eq!(smaller, files.len(), "{locale}");
    }
}
