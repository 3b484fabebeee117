//! The `bank-check` command line, end to end: arguments, exit codes, text and JSON output.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn template() -> PathBuf {
    repo().join("question-banks/TEMPLATE.ron")
}

fn fixture(name: &str) -> PathBuf {
    repo().join("core/tests/fixtures/banks").join(name)
}

/// Runs bank-check with `args` in an English environment.
fn bank_check(args: &[&dyn AsRef<std::ffi::OsStr>]) -> Output {
    bank_check_in("C.UTF-8", args)
}

/// Runs bank-check with `args` and `LANG` set to `locale` (no `LC_ALL` or `LC_MESSAGES`).
fn bank_check_in(locale: &str, args: &[&dyn AsRef<std::ffi::OsStr>]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_bank-check"));
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale);
    for arg in args {
        command.arg(arg);
    }
    command.output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// A fresh folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn no_path_or_an_unknown_option_is_a_usage_error() {
    let none = bank_check(&[]);
    assert_eq!(none.status.code(), Some(2));
    assert!(
        stderr(&none).contains("usage: bank-check"),
        "{}",
        stderr(&none)
    );

    let unknown = bank_check(&[&"--verbose", &template()]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).starts_with("bank-check: unknown option --verbose"));
    assert_eq!(stdout(&unknown), "");
}

#[test]
fn help_prints_the_usage_and_succeeds() {
    let help = bank_check(&[&"--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).starts_with(
        "usage: bank-check [--stats] [--json] [--lang CODE] [--topic NAME] [--items N] [--ron DIR] \
         PATH..."
    ));
}

#[test]
fn a_missing_path_or_a_folder_without_banks_is_a_reading_failure() {
    let missing = bank_check(&[&"no/such/file.ron"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).starts_with("bank-check: cannot read no/such/file.ron: "));

    let empty = scratch("empty-folder");
    let output = bank_check(&[&empty]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("no .ron files in"));
}

#[test]
fn a_valid_bank_exits_0_with_a_summary() {
    let output = bank_check(&[&template()]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(
        stdout(&output),
        "bank-check: 1 file, 0 errors, 0 warnings\n"
    );
}

#[test]
fn errors_exit_1_one_per_line_and_warnings_are_prefixed() {
    let output = bank_check(&[&fixture("duplicate-across-files")]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].contains("duplicate-across-files/b.ron:11:13: task fx-ascolto-01: "));
    assert!(lines[0].ends_with("duplicate-across-files/a.ron:11"));
    assert!(lines[1].starts_with("warning: "));
    assert!(lines[1].contains("duplicate-across-files/b.ron:15:13: task fx-ascolto-01: "));
    assert_eq!(lines[2], "bank-check: 2 files, 1 error, 1 warning");
}

#[test]
fn warnings_alone_exit_0() {
    let output = bank_check(&[&fixture("style-warnings.ron")]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).starts_with("warning: "));
}

#[test]
fn folders_are_read_recursively_and_a_layout_is_told_by_its_fields_wherever_it_is() {
    let dir = scratch("recursive");
    std::fs::create_dir_all(dir.join("nested/layouts")).unwrap();
    std::fs::copy(template(), dir.join("nested/template.ron")).unwrap();
    std::fs::write(dir.join("notes.txt"), "not a bank").unwrap();
    let layout =
        std::fs::read_to_string(repo().join("core/tests/fixtures/layouts/short.ron")).unwrap();
    std::fs::write(dir.join("nested/layouts/short.ron"), &layout).unwrap();
    let output = bank_check(&[&dir]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(
        stdout(&output),
        "bank-check: 2 files, 0 errors, 0 warnings\n"
    );

    // The same layout outside a `layouts` folder is read as a layout too: a second layout with
    // the id `short`, refused for that.
    std::fs::write(dir.join("short.ron"), &layout).unwrap();
    let output = bank_check(&[&dir]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains(
            "recursive/short.ron:3:5: layout short: this id is already used by the layout at "
        ),
        "{text}"
    );
    assert!(
        text.ends_with("bank-check: 3 files, 1 error, 0 warnings\n"),
        "{text}"
    );
}

#[test]
fn stats_json_is_one_object_with_counts_errors_and_warnings() {
    let output = bank_check(&[&"--stats", &"--json", &template()]);
    assert_eq!(output.status.code(), Some(0));
    let value: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(
        value,
        json!({
            "valid": true,
            "lessons": 0,
            "sections": {
                "listening": {"tasks": 2, "items": 10},
                "reading": {"tasks": 1, "items": 5},
                "writing": {"tasks": 2, "items": 2},
            },
            "topics": {
                "casa": 0, "famiglia": 1, "lavoro": 0, "salute": 1, "scuola": 0, "trasporti": 1,
                "acquisti": 0, "uffici_pubblici": 1, "tempo_libero": 0, "citta_servizi": 1,
            },
            "kinds": {
                "single_choice": 2, "true_false": 2, "matching": 3, "place": 5, "tick_info": 1,
                "gap_fill": 2, "form": 1, "message": 1,
            },
            "errors": [],
            "warnings": [],
        })
    );
}

#[test]
fn json_reports_invalid_files_and_counts_only_the_valid_banks() {
    let output = bank_check(&[&"--json", &template(), &fixture("duplicate-across-files")]);
    assert_eq!(output.status.code(), Some(1));
    let value: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["valid"], json!(false));
    let errors = value["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1);
    assert!(errors[0]
        .as_str()
        .unwrap()
        .contains("b.ron:11:13: task fx-ascolto-01: this id is already used by the task at "));
    assert_eq!(value["warnings"].as_array().unwrap().len(), 1);
    // The template and a.ron load; b.ron, which has an error, does not.
    assert_eq!(value["sections"]["listening"]["tasks"], json!(3));
    assert_eq!(value["sections"]["reading"]["tasks"], json!(1));
}

#[test]
fn stats_prints_a_table() {
    let output = bank_check(&[&"--stats", &template()]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let rows: Vec<Vec<&str>> = text
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    for row in [
        vec!["section", "tasks", "items"],
        vec!["listening", "2", "10"],
        vec!["reading", "1", "5"],
        vec!["writing", "2", "2"],
        vec!["scuola", "0"],
        vec!["citta_servizi", "1"],
        vec!["place", "5"],
        vec!["matching", "3"],
    ] {
        assert!(rows.contains(&row), "no row {row:?} in\n{text}");
    }
    assert!(text.ends_with("bank-check: 1 file, 0 errors, 0 warnings\n"));
}

#[test]
fn messages_speak_the_language_of_lang_or_of_the_environment() {
    let broken = fixture("expected-boolean.ron");
    let english = "`answer:` takes `true` or `false`";
    assert!(stdout(&bank_check(&[&broken])).contains(english));
    let french = stdout(&bank_check(&[&"--lang", &"fr", &broken]));
    assert!(
        french.contains("tâche fx-ascolto-01 / question 1 : `answer:` prend `true` ou `false`"),
        "{french}"
    );
    let italian = stdout(&bank_check_in("it_IT.UTF-8", &[&broken]));
    assert!(
        italian.contains("`answer:` vuole `true` o `false`"),
        "{italian}"
    );
    let chosen = stdout(&bank_check_in("it_IT.UTF-8", &[&"--lang", &"en", &broken]));
    assert!(chosen.contains(english), "{chosen}");
    let unknown_locale = stdout(&bank_check_in("de_DE.UTF-8", &[&broken]));
    assert!(unknown_locale.contains(english), "{unknown_locale}");

    let unknown = bank_check(&[&"--lang", &"de", &broken]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("unknown language \"de\" for --lang"));
}

fn moodle(name: &str) -> PathBuf {
    repo().join("core/tests/fixtures/moodle").join(name)
}

#[test]
fn gift_and_moodle_xml_files_are_converted_written_and_checked() {
    let dir = scratch("moodle");
    let gift = moodle("domande-negozi.gift");
    let xml = moodle("domande-farmacia.xml");
    let out = bank_check(&[&"--topic", &"acquisti", &"--ron", &dir, &gift, &xml]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains(&format!(
            "warning: {}:35:1: question 9 (Conto) was left out",
            gift.display()
        )),
        "{text}"
    );
    // The written banks pass bank-check unchanged.
    let written = [
        dir.join("domande-negozi.ron"),
        dir.join("domande-farmacia.ron"),
    ];
    let again = bank_check(&[&written[0], &written[1]]);
    assert_eq!(again.status.code(), Some(0), "{}", stdout(&again));
    let ron = std::fs::read_to_string(&written[0]).unwrap();
    assert!(ron.contains("topic: acquisti"), "{ron}");
}

#[test]
fn a_broken_gift_file_and_a_pdf_are_errors_with_their_place_and_the_formats_read() {
    let broken = moodle("rotto.gift");
    let pdf = moodle("volantino.pdf");
    let out = bank_check(&[&broken, &pdf]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains(&format!(
            "{}:4:43: the answers opened here",
            broken.display()
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "{}: this is a PDF file, which Sportello cannot read. Sportello reads question \
             banks (.ron), GIFT (.gift or .txt) and Moodle XML (.xml)",
            pdf.display()
        )),
        "{text}"
    );
    let bad = bank_check(&[&"--topic", &"spesa", &broken]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("unknown topic"), "{}", stderr(&bad));
}
