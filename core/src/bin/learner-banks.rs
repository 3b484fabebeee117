//! `learner-banks BANKS [OUT]`: writes, for each interface language LANG, the learners' copy of
//! the shipped files of the folder `BANKS` as one file, `OUT/LANG.json`: a JSON list of
//! `[name, text]` pairs, the layouts (`layouts/NAME.ron`) as they are, then each bank with only
//! the translations a learner reading LANG is shown (`keep_for_learner`) — a fifth of the whole
//! files, in one download. The learners' app fetches it on a first visit (`src/catalog.rs`); the
//! teachers' pages, and the app once it is kept for offline use, read the whole files. When a
//! shipped file has an error no copy is written: the app then reads the whole files and reports
//! the error at its line in its file. `TEMPLATE.ron` is left out, as from the app's manifest.
//!
//! Run after each build by Trunk's `post_build` hook (`Trunk.toml`): `OUT` is then
//! `$TRUNK_STAGING_DIR/question-banks/lang`.

use sportello_core::bank::parse::{decode, parse_bank};
use sportello_core::bank::translations::{keep_for_learner, LEARNER_LOCALES};
use sportello_core::bank::validate::{self, Diagnostic, Source};
use sportello_core::bank::write::to_ron;
use sportello_core::bank::Bank;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

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

/// Writes the copies; none (and a word on standard error) when a shipped file has an error, so
/// that the app reads the whole files and reports each error where it is in its file.
fn write_copies(banks: &Path, out: &Path) -> std::io::Result<()> {
    let mut files = Vec::new();
    for path in ron_files(&banks.join("layouts"))? {
        files.push((named(&path, "layouts/"), std::fs::read(&path)?));
    }
    let layouts = files.len();
    for path in ron_files(banks)? {
        files.push((named(&path, ""), std::fs::read(&path)?));
    }
    let sources: Vec<Source<'_>> = files.iter().map(|(n, d)| Source::new(n, d)).collect();
    let report = validate::check(&sources);
    std::fs::create_dir_all(out)?;
    let locales = || std::iter::once("it").chain(LEARNER_LOCALES);
    if let Some(error) = report.errors().first() {
        eprintln!("learner-banks: no learners' copy, the app will read the whole files: {error}");
        for locale in locales() {
            let _ = std::fs::remove_file(out.join(format!("{locale}.json")));
        }
        return Ok(());
    }
    let texts: Vec<(&str, &str)> = files
        .iter()
        .map(|(name, data)| Ok((name.as_str(), decode(name, data)?)))
        .collect::<Result<_, Diagnostic>>()
        .expect("checked");
    let banks: Vec<Bank> = texts[layouts..]
        .iter()
        .map(|(name, text)| parse_bank(name, text))
        .collect::<Result<_, Diagnostic>>()
        .expect("checked");
    for locale in locales() {
        let mut copy: Vec<(&str, String)> = texts[..layouts]
            .iter()
            .map(|(name, text)| (*name, text.to_string()))
            .collect();
        for ((name, _), bank) in texts[layouts..].iter().zip(&banks) {
            let mut bank = bank.clone();
            keep_for_learner(&mut bank, locale);
            copy.push((name, to_ron(&bank)));
        }
        let json = serde_json::to_string(&copy).expect("text is JSON");
        std::fs::write(out.join(format!("{locale}.json")), json)?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = match args.as_slice() {
        [_, out] => Some(PathBuf::from(out)),
        [_] => std::env::var_os("TRUNK_STAGING_DIR")
            .map(|dir| PathBuf::from(dir).join("question-banks").join("lang")),
        _ => None,
    };
    let (Some(banks), Some(out)) = (args.first(), out) else {
        eprintln!("usage: learner-banks BANKS [OUT] (OUT: $TRUNK_STAGING_DIR/question-banks/lang)");
        return ExitCode::from(2);
    };
    match write_copies(Path::new(banks), &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("learner-banks: {error}");
            ExitCode::from(2)
        }
    }
}
