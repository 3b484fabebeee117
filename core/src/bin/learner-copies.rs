//! `learner-copies BANKS LESSONS [OUT]`: writes, for each interface language LANG, the learners'
//! copy of the shipped files as one download each: `OUT/question-banks/lang/LANG.json` (the
//! layouts of `BANKS/layouts` as they are, then each bank of `BANKS`) and
//! `OUT/lessons/lang/LANG.json` (each lesson of `LESSONS`), a JSON list of `[name, text]` pairs in
//! the app's order, each bank and lesson with only the translations a learner reading LANG is
//! shown (`keep_for_learner`): a fifth to a quarter of the whole files. The learners' app fetches
//! them on a first visit (`src/catalog.rs`, `src/lessons.rs`); the teachers' pages, and the app
//! once it is kept for offline use, read the whole files. When a shipped file has an error no
//! copy of its kind is written: the app then reads the whole files and reports the error at its
//! line in its file. `TEMPLATE.ron` is left out, as from the app's manifest.
//!
//! Banks are written back with the editor's writer (`to_ron`). Lessons have no writer: the
//! translations' lines are dropped from their text ([`prune_lines`]), and a lesson whose pruned
//! text does not read as the lesson with only those translations goes in whole.
//!
//! Run after each build by Trunk's `post_build` hook (`Trunk.toml`): `OUT` is then
//! `$TRUNK_STAGING_DIR`.

use sportello_core::bank::parse::{decode, parse_bank};
use sportello_core::bank::translations::{keep_for_learner, LEARNER_LOCALES};
use sportello_core::bank::validate::{self, lessons, Diagnostic, Source};
use sportello_core::bank::write::to_ron;
use sportello_core::bank::Bank;
use sportello_core::lesson::{self as lesson, parse_lesson};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The interface languages, Italian first.
fn locales() -> impl Iterator<Item = &'static str> {
    std::iter::once("it").chain(LEARNER_LOCALES)
}

/// The `.ron` files of `dir` (not its folders), by name, `TEMPLATE.ron` left out.
fn ron_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.is_file()
                && path.extension().is_some_and(|x| x == "ron")
                && path.file_name().is_some_and(|n| n != "TEMPLATE.ron")
        })
        .collect();
    files.sort();
    Ok(files)
}

/// The file's name, as `prefix` + its name.
fn named(path: &Path, prefix: &str) -> String {
    format!(
        "{prefix}{}",
        path.file_name().expect("a file").to_string_lossy()
    )
}

/// Writes `copies(locale)` as `dir/LANG.json` for every language; none (and a word on standard
/// error) when `error` says a shipped file has one.
fn write_all(
    dir: &Path,
    error: Option<&Diagnostic>,
    copies: impl Fn(&str) -> Vec<(String, String)>,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    if let Some(error) = error {
        eprintln!(
            "learner-copies: no copy in {}, the app will read the whole files: {error}",
            dir.display()
        );
        for locale in locales() {
            let _ = std::fs::remove_file(dir.join(format!("{locale}.json")));
        }
        return Ok(());
    }
    for locale in locales() {
        let json = serde_json::to_string(&copies(locale)).expect("text is JSON");
        std::fs::write(dir.join(format!("{locale}.json")), json)?;
    }
    Ok(())
}

/// Reads `paths` as (name with `prefix`, bytes).
fn read_files(paths: Vec<PathBuf>, prefix: &str) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    paths
        .into_iter()
        .map(|path| Ok((named(&path, prefix), std::fs::read(&path)?)))
        .collect()
}

/// The texts of files known to be valid UTF-8 (checked).
fn texts(files: &[(String, Vec<u8>)]) -> Vec<(&str, &str)> {
    files
        .iter()
        .map(|(name, data)| (name.as_str(), decode(name, data).expect("checked")))
        .collect()
}

fn write_bank_copies(banks: &Path, out: &Path) -> std::io::Result<()> {
    let mut files = read_files(ron_files(&banks.join("layouts"))?, "layouts/")?;
    let layouts = files.len();
    files.extend(read_files(ron_files(banks)?, "")?);
    let sources: Vec<Source<'_>> = files.iter().map(|(n, d)| Source::new(n, d)).collect();
    let report = validate::check(&sources);
    let error = report.errors().first();
    let texts = if error.is_none() {
        texts(&files)
    } else {
        Vec::new()
    };
    let parsed: Vec<Bank> = texts
        .iter()
        .skip(layouts)
        .map(|(name, text)| parse_bank(name, text).expect("checked"))
        .collect();
    write_all(&out.join("question-banks/lang"), error, |locale| {
        let mut copy: Vec<(String, String)> = texts[..layouts]
            .iter()
            .map(|(name, text)| (name.to_string(), text.to_string()))
            .collect();
        for ((name, _), bank) in texts[layouts..].iter().zip(&parsed) {
            let mut bank = bank.clone();
            keep_for_learner(&mut bank, locale);
            copy.push((name.to_string(), to_ron(&bank)));
        }
        copy
    })
}

fn write_lesson_copies(dir: &Path, out: &Path) -> std::io::Result<()> {
    // Named as the app names them in its reports.
    let files = read_files(ron_files(dir)?, "lessons/")?;
    let sources: Vec<Source<'_>> = files.iter().map(|(n, d)| Source::new(n, d)).collect();
    let report = lessons::check(&sources, &[]);
    let error = report.errors.first();
    let texts = if error.is_none() {
        texts(&files)
    } else {
        Vec::new()
    };
    write_all(&out.join("lessons/lang"), error, |locale| {
        texts
            .iter()
            .map(|(name, text)| {
                let whole = parse_lesson(name, text).expect("checked");
                let mut shown = whole.clone();
                lesson::keep_for_learner(&mut shown, locale);
                let pruned = prune_lines(text, |keys| {
                    let mut map = keys.iter().map(|k| (k.to_string(), ())).collect();
                    sportello_core::bank::translations::keep_shown(&mut map, locale);
                    map.into_keys().collect()
                });
                let same = parse_lesson(name, &pruned).is_ok_and(|read| read == shown);
                (
                    name.to_string(),
                    if same { pruned } else { text.to_string() },
                )
            })
            .collect()
    })
}

/// `text` without the lines of the translations that `keep` (given the languages of a map)
/// leaves out, in every translation map laid out one entry a line — a line ending `tr: {`, then
/// `"en": "…",` lines (or `"en": [` … `],` for a list), then a line starting with `}`.
fn prune_lines(text: &str, keep: impl Fn(&[&str]) -> Vec<String>) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while at < lines.len() {
        let line = lines[at];
        out.push_str(line);
        out.push('\n');
        at += 1;
        // `title_tr: {`, `tr: {`, `(it: "…", tr: {`.
        let opened = line.trim_end();
        if !(opened.ends_with("_tr: {")
            || opened.ends_with(" tr: {")
            || opened.trim_start() == "tr: {")
        {
            continue;
        }
        // The map's entries, each from its key's line to the next key or the map's end (`},`,
        // `}),`).
        let mut entries: Vec<(&str, Vec<&str>)> = Vec::new();
        while at < lines.len() && !lines[at].trim_start().starts_with('}') {
            match entry_key(lines[at]) {
                Some(key) => entries.push((key, vec![lines[at]])),
                None => match entries.last_mut() {
                    Some((_, body)) => body.push(lines[at]),
                    None => entries.push(("", vec![lines[at]])),
                },
            }
            at += 1;
        }
        let keys: Vec<&str> = entries.iter().map(|(key, _)| *key).collect();
        let kept = keep(&keys);
        for (key, body) in entries {
            if kept.iter().any(|k| k == key) || key.is_empty() {
                for line in body {
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// The language of a map entry's first line (`"en": …`).
fn entry_key(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix('"')?;
    let (key, after) = rest.split_once('"')?;
    let plain = !key.is_empty() && key.len() <= 3 && key.chars().all(|c| c.is_ascii_lowercase());
    (plain && after.starts_with(':')).then_some(key)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = match args.as_slice() {
        [_, _, out] => Some(PathBuf::from(out)),
        [_, _] => std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from),
        _ => None,
    };
    let (Some(banks), Some(lessons), Some(out)) = (args.first(), args.get(1), out) else {
        eprintln!("usage: learner-copies BANKS LESSONS [OUT] (OUT: $TRUNK_STAGING_DIR)");
        return ExitCode::from(2);
    };
    let written = write_bank_copies(Path::new(banks), &out)
        .and_then(|()| write_lesson_copies(Path::new(lessons), &out));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("learner-copies: {error}");
            ExitCode::from(2)
        }
    }
}
