//! `bank-check`: the teachers' validator of question banks and layouts.
//!
//! Reads `.ron` files and folders of them (recursively); each is a bank or a layout by its fields
//! (`validate::kind_of`), wherever it is. Besides the app's checks, it warns about tasks with too
//! many words outside the A2 word list (`Vocabulary::a2`). Prints every problem on its own line on standard output
//! (`FILE:LINE:COLUMN: message`, warnings prefixed `warning: `), then a summary line.
//! Exit status: 0 when everything is valid (warnings allowed), 1 when there are errors,
//! 2 on a usage or reading failure (reported on standard error).

use serde_json::json;
use sportello_core::bank::stats::Stats;
use sportello_core::bank::validate::{self, Report, Source};
use sportello_core::bank::vocabulary::Vocabulary;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: bank-check [--stats] [--json] PATH...

Checks question banks and exam layouts (.ron files). A PATH is a file or a folder, read
recursively; a file with `sections` or `pass_mark` (and no `tasks`) is a layout, any other a bank.

  --stats   also print how many tasks and items there are per section, topic and kind
  --json    print one JSON object (validity, statistics, errors, warnings) instead of lines

Exit status: 0 valid (warnings allowed), 1 errors found, 2 usage or reading failure.
";

/// A usage or reading failure: exit status 2.
struct Failure(String);

struct Options {
    stats: bool,
    json: bool,
    paths: Vec<PathBuf>,
}

fn options() -> Result<Option<Options>, Failure> {
    let mut opts = Options {
        stats: false,
        json: false,
        paths: Vec::new(),
    };
    let mut only_paths = false;
    for arg in std::env::args_os().skip(1) {
        match arg.to_str() {
            _ if only_paths => opts.paths.push(arg.into()),
            Some("--") => only_paths = true,
            Some("--stats") => opts.stats = true,
            Some("--json") => opts.json = true,
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

fn print_json(report: &Report, stats: &Stats) {
    let mut out = stats.to_json();
    out["valid"] = json!(report.is_valid());
    out["errors"] = json!(report
        .errors()
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>());
    out["warnings"] = json!(report
        .warnings()
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>());
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
    let sources: Vec<Source<'_>> = read
        .iter()
        .map(|(name, data)| Source::new(name, data))
        .collect();
    let report = validate::check_with_words(&sources, &Vocabulary::a2());
    let stats = Stats::of(report.banks());

    if opts.json {
        print_json(&report, &stats);
    } else {
        for error in report.errors() {
            println!("{error}");
        }
        for warning in report.warnings() {
            println!("warning: {warning}");
        }
        if opts.stats {
            println!("{stats}");
        }
        println!(
            "bank-check: {}, {}, {}",
            plural(files.len(), "file", "files"),
            plural(report.errors().len(), "error", "errors"),
            plural(report.warnings().len(), "warning", "warnings"),
        );
    }
    Ok(if report.is_valid() {
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
