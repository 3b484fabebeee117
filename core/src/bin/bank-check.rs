//! `bank-check`: the teachers' validator of question banks, layouts and lessons.
//!
//! Reads `.ron` files and folders of them (recursively); each is a lesson (`lesson::is_lesson`),
//! a bank or a layout (`validate::kind_of`) by its fields, wherever it is. Besides the app's
//! checks, it warns about tasks with too many words outside the A2 word list (`Vocabulary::a2`).
//! Prints every problem on its own line on standard output
//! (`FILE:LINE:COLUMN: message`, warnings prefixed `warning: `), then a summary line.
//! Messages are in English, or in the language `--lang` names (or `LC_ALL`, `LC_MESSAGES` or
//! `LANG` when it names one of the checker's ten languages).
//! Exit status: 0 when everything is valid (warnings allowed), 1 when there are errors,
//! 2 on a usage or reading failure (reported on standard error).

use serde_json::json;
use sportello_core::bank::message::LANGUAGES;
use sportello_core::bank::stats::Stats;
use sportello_core::bank::validate::lessons::{self, LessonReport};
use sportello_core::bank::validate::{self, Diagnostic, Report, Source};
use sportello_core::bank::vocabulary::Vocabulary;
use sportello_core::lesson;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: bank-check [--stats] [--json] [--lang CODE] PATH...

Checks question banks, exam layouts and lessons (.ron files). A PATH is a file or a folder,
read recursively; a file with `practice` (and no `tasks`) is a lesson, one with `sections` or
`pass_mark` (and no `tasks`) is a layout, any other a bank.

  --stats   also print how many tasks and items there are per section, topic and kind, and
            how many lessons
  --json    print one JSON object (validity, statistics, errors, warnings) instead of lines
  --lang    the language of the messages: it en fr es ar bn sq uk ur zh (default: the one
            LC_ALL, LC_MESSAGES or LANG names, if one of these, else en)

Exit status: 0 valid (warnings allowed), 1 errors found, 2 usage or reading failure.
";

/// A usage or reading failure: exit status 2.
struct Failure(String);

struct Options {
    stats: bool,
    json: bool,
    lang: String,
    paths: Vec<PathBuf>,
}

/// The checker's language a locale such as `fr_FR.UTF-8` names, if any.
fn language_of(locale: &str) -> Option<&'static str> {
    let code = locale.split(['_', '.', '@', '-']).next()?;
    LANGUAGES.iter().copied().find(|l| *l == code)
}

/// The language of the environment: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set
/// (a set variable hides the next ones), if it names one of the checker's languages.
fn environment_language() -> &'static str {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| language_of(&value))
        .unwrap_or("en")
}

fn options() -> Result<Option<Options>, Failure> {
    let mut opts = Options {
        stats: false,
        json: false,
        lang: environment_language().to_string(),
        paths: Vec::new(),
    };
    let mut only_paths = false;
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        match arg.to_str() {
            _ if only_paths => opts.paths.push(arg.into()),
            Some("--") => only_paths = true,
            Some("--stats") => opts.stats = true,
            Some("--json") => opts.json = true,
            Some("--lang") => {
                let code = args.next().and_then(|a| a.into_string().ok());
                match code.as_deref().and_then(language_of) {
                    Some(lang) => opts.lang = lang.to_string(),
                    None => {
                        let code = code.unwrap_or_default();
                        let known = LANGUAGES.join(" ");
                        return Err(Failure(format!(
                            "unknown language {code:?} for --lang; use one of: {known}\n\n{USAGE}"
                        )));
                    }
                }
            }
            Some("-h" | "--help") => return Ok(None),
            Some(flag) if flag.starts_with('-') => {
                return Err(Failure(format!("unknown option {flag}\n\n{USAGE}")))
            }
            _ => opts.paths.push(arg.into()),
        }
    }
    if opts.paths.is_empty() {
        return Err(Failure(format!("no PATH given\n\n{USAGE}")));
    }
    Ok(Some(opts))
}

/// The `.ron` files under `dir`, sorted, recursively.
fn ron_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Failure> {
    let fail = |e: std::io::Error| Failure(format!("cannot read {}: {e}", dir.display()));
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(fail)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(fail)?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            ron_files(&path, out)?;
        } else if path.extension().is_some_and(|x| x == "ron") {
            out.push(path);
        }
    }
    Ok(())
}

/// Every file named on the command line or found in a named folder.
fn files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
    let mut files = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path)
            .map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?;
        if meta.is_dir() {
            let before = files.len();
            ron_files(path, &mut files)?;
            if files.len() == before {
                return Err(Failure(format!("no .ron files in {}", path.display())));
            }
        } else {
            files.push(path.clone());
        }
    }
    let mut seen = std::collections::HashSet::new();
    files.retain(|f| seen.insert(f.clone()));
    Ok(files)
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The errors, then the warnings, of the banks and layouts and of the lessons.
fn diagnostics<'a>(
    report: &'a Report,
    lessons: &'a LessonReport,
) -> (Vec<&'a Diagnostic>, Vec<&'a Diagnostic>) {
    (
        report.errors().iter().chain(&lessons.errors).collect(),
        report.warnings().iter().chain(&lessons.warnings).collect(),
    )
}

fn print_json(report: &Report, lessons: &LessonReport, stats: &Stats, lang: &str) {
    let (errors, warnings) = diagnostics(report, lessons);
    let lines =
        |found: &[&Diagnostic]| -> Vec<String> { found.iter().map(|d| d.render(lang)).collect() };
    let mut out = stats.to_json();
    out["lessons"] = json!(lessons.lessons.len());
    out["valid"] = json!(errors.is_empty());
    out["errors"] = json!(lines(&errors));
    out["warnings"] = json!(lines(&warnings));
    println!(
        "{}",
        serde_json::to_string_pretty(&out).unwrap_or_else(|_| out.to_string())
    );
}

fn run() -> Result<ExitCode, Failure> {
    let Some(opts) = options()? else {
        print!("{USAGE}");
        return Ok(ExitCode::SUCCESS);
    };
    let files = files(&opts.paths)?;
    let mut read = Vec::new();
    for path in &files {
        let data = std::fs::read(path)
            .map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?;
        read.push((path.display().to_string(), data));
    }
    let (lesson_sources, sources): (Vec<Source<'_>>, Vec<Source<'_>>) = read
        .iter()
        .map(|(name, data)| Source::new(name, data))
        .partition(|s| lesson::is_lesson(&String::from_utf8_lossy(s.data)));
    let report = validate::check_with_words(&sources, &Vocabulary::a2());
    let lessons = lessons::check(&lesson_sources, &sources);
    let stats = Stats::of(report.banks());
    let (errors, warnings) = diagnostics(&report, &lessons);

    if opts.json {
        print_json(&report, &lessons, &stats, &opts.lang);
    } else {
        for error in &errors {
            println!("{}", error.render(&opts.lang));
        }
        for warning in &warnings {
            println!("warning: {}", warning.render(&opts.lang));
        }
        if opts.stats {
            println!("{stats}");
            println!("lessons: {}", lessons.lessons.len());
        }
        println!(
            "bank-check: {}, {}, {}",
            plural(files.len(), "file", "files"),
            plural(errors.len(), "error", "errors"),
            plural(warnings.len(), "warning", "warnings"),
        );
    }
    Ok(if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(Failure(message)) => {
            eprintln!("bank-check: {message}");
            ExitCode::from(2)
        }
    }
}
