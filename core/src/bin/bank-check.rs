//! `bank-check`: the teachers' validator of question banks, layouts and lessons.
//!
//! Reads `.ron` files and folders of them (recursively); each is a lesson (`lesson::is_lesson`),
//! a bank or a layout (`validate::kind_of`) by its fields, wherever it is. A GIFT (`.gift`,
//! `.txt`) or Moodle XML (`.xml`) file is converted into a bank first (`bank::import`), and
//! checked as one; `--ron DIR` writes the converted banks. Besides the app's
//! checks, it warns about tasks with too many words outside the A2 word list (`Vocabulary::a2`).
//! Prints every problem on its own line on standard output
//! (`FILE:LINE:COLUMN: message`, warnings prefixed `warning: `), then a summary line.
//! Messages are in English, or in the language `--lang` names (or `LC_ALL`, `LC_MESSAGES` or
//! `LANG` when it names one of the checker's ten languages).
//! Exit status: 0 when everything is valid (warnings allowed), 1 when there are errors,
//! 2 on a usage or reading failure (reported on standard error).

use serde_json::json;
use sportello_core::bank::import::{self, Format};
use sportello_core::bank::message::LANGUAGES;
use sportello_core::bank::stats::Stats;
use sportello_core::bank::validate::lessons::{self, LessonReport};
use sportello_core::bank::validate::{self, Diagnostic, Report, Source};
use sportello_core::bank::vocabulary::Vocabulary;
use sportello_core::bank::Topic;
use sportello_core::lesson;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: bank-check [--stats] [--json] [--lang CODE] [--topic NAME] [--items N] [--ron DIR] PATH...

Checks question banks, exam layouts and lessons (.ron files). A PATH is a file or a folder,
read recursively; a file with `practice` (and no `tasks`) is a lesson, one with `sections` or
`pass_mark` (and no `tasks`) is a layout, any other a bank. A GIFT (.gift, .txt) or Moodle XML
(.xml) file named as a PATH is converted into a bank, then checked as one.

  --stats   also print how many tasks and items there are per section, topic and kind, and
            how many lessons
  --json    print one JSON object (validity, statistics, errors, warnings) instead of lines
  --lang    the language of the messages: it en fr es ar bn sq uk ur zh (default: the one
            LC_ALL, LC_MESSAGES or LANG names, if one of these, else en)
  --topic   the topic of the tasks converted from GIFT or Moodle XML (default citta_servizi):
            casa famiglia lavoro salute scuola trasporti acquisti uffici_pubblici
            tempo_libero citta_servizi
  --items   how many scored answers make a converted task (default 5)
  --ron     write each converted bank as DIR/NAME.ron

Exit status: 0 valid (warnings allowed), 1 errors found, 2 usage or reading failure.
";

/// A usage or reading failure: exit status 2.
struct Failure(String);

struct Options {
    stats: bool,
    json: bool,
    lang: String,
    convert: import::Options,
    ron_dir: Option<PathBuf>,
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
        convert: import::Options::default(),
        ron_dir: None,
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
            Some("--topic") => {
                let name = args.next().and_then(|a| a.into_string().ok());
                let topic = name.as_deref().and_then(Topic::named);
                opts.convert.topic = topic.ok_or_else(|| {
                    Failure(format!("unknown topic {name:?} for --topic\n\n{USAGE}"))
                })?;
            }
            Some("--items") => {
                let n = args.next().and_then(|a| a.into_string().ok());
                opts.convert.items_per_task = n
                    .as_deref()
                    .and_then(|n| n.parse().ok())
                    .filter(|n| *n > 0)
                    .ok_or_else(|| Failure(format!("--items takes a number above 0\n\n{USAGE}")))?;
            }
            Some("--ron") => match args.next() {
                Some(dir) => opts.ron_dir = Some(dir.into()),
                None => return Err(Failure(format!("--ron takes a folder\n\n{USAGE}"))),
            },
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

/// The errors, then the warnings, of the conversions, the banks and layouts and the lessons.
fn diagnostics<'a>(
    converted: &'a Converted,
    report: &'a Report,
    lessons: &'a LessonReport,
) -> (Vec<&'a Diagnostic>, Vec<&'a Diagnostic>) {
    (
        (converted.errors.iter())
            .chain(report.errors())
            .chain(&lessons.errors)
            .collect(),
        (converted.notes.iter())
            .chain(report.warnings())
            .chain(&lessons.warnings)
            .collect(),
    )
}

/// Files as (name, bytes).
type Files = Vec<(String, Vec<u8>)>;

/// What converting the GIFT and Moodle XML files gave, besides their banks.
#[derive(Default)]
struct Converted {
    errors: Vec<Diagnostic>,
    notes: Vec<Diagnostic>,
}

/// The files as RON: a GIFT or Moodle XML file is replaced by its bank (named `FILE (as RON)`,
/// or the file written in `ron_dir`), a file in another format by an error naming the formats
/// read.
fn as_ron(read: Files, opts: &Options) -> Result<(Files, Converted), Failure> {
    let mut out = Vec::new();
    let mut converted = Converted::default();
    for (name, data) in read {
        let format = Format::of(&name, &data);
        match format {
            Format::Ron => out.push((name, data)),
            Format::Other(other) => converted.errors.push(import::not_readable(&name, other)),
            Format::Gift | Format::MoodleXml => {
                let c = import::convert(&name, &data, format, &opts.convert);
                converted.errors.extend(c.errors.iter().cloned());
                converted.notes.extend(c.notes.iter().cloned());
                let Some(ron) = c.ron(&name) else { continue };
                let ron_name = match &opts.ron_dir {
                    Some(dir) => {
                        let base = Path::new(&c.file).file_name().unwrap_or_default();
                        let path = dir.join(base);
                        std::fs::write(&path, &ron).map_err(|e| {
                            Failure(format!("cannot write {}: {e}", path.display()))
                        })?;
                        path.display().to_string()
                    }
                    None => format!("{name} (as RON)"),
                };
                out.push((ron_name, ron.into_bytes()));
            }
        }
    }
    Ok((out, converted))
}

fn print_json(
    converted: &Converted,
    report: &Report,
    lessons: &LessonReport,
    stats: &Stats,
    lang: &str,
) {
    let (errors, warnings) = diagnostics(converted, report, lessons);
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
    let (read, converted) = as_ron(read, &opts)?;
    let (lesson_sources, sources): (Vec<Source<'_>>, Vec<Source<'_>>) = read
        .iter()
        .map(|(name, data)| Source::new(name, data))
        .partition(|s| lesson::is_lesson(&String::from_utf8_lossy(s.data)));
    let report = validate::check_with_words(&sources, &Vocabulary::a2());
    let lessons = lessons::check(&lesson_sources, &sources);
    let stats = Stats::of(report.banks());
    let (errors, warnings) = diagnostics(&converted, &report, &lessons);

    if opts.json {
        print_json(&converted, &report, &lessons, &stats, &opts.lang);
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
