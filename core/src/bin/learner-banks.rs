//! `learner-banks BANKS [OUT]`: writes, for each interface language LANG, the learners' copy of
//! the shipped files of the folder `BANKS` as one file, `OUT/LANG.json`: a JSON list of
//! `[name, text]` pairs, the layouts (`layouts/NAME.ron`) as they are, then each bank with only
//! the translations a learner reading LANG is shown (`keep_for_learner`) — a fifth of the whole
//! files, in one download. The learners' app fetches it on a first visit (`src/catalog.rs`); the
//! teachers' pages, and the app once it is kept for offline use, read the whole files. A file
//! that cannot be read as a bank goes in as it is, so that the app reports the same located
//! error as for the whole file. `TEMPLATE.ron` is left out, as from the app's manifest.
//!
//! Run after each build by Trunk's `post_build` hook (`Trunk.toml`): `OUT` is then
//! `$TRUNK_STAGING_DIR/question-banks/lang`.

use sportello_core::bank::parse::{decode, parse_bank};
use sportello_core::bank::translations::{keep_for_learner, LEARNER_LOCALES};
use sportello_core::bank::write::to_ron;
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

fn write_copies(banks: &Path, out: &Path) -> std::io::Result<()> {
    let mut layouts = Vec::new();
    for path in ron_files(&banks.join("layouts"))? {
        let text = String::from_utf8_lossy(&std::fs::read(&path)?).into_owned();
        layouts.push((named(&path, "layouts/"), text));
    }
    let mut read = Vec::new();
    for path in ron_files(banks)? {
        let name = named(&path, "");
        let data = std::fs::read(&path)?;
        let bank = decode(&name, &data)
            .and_then(|text| parse_bank(&name, text))
            .map_err(|_| String::from_utf8_lossy(&data).into_owned());
        read.push((name, bank));
    }
    std::fs::create_dir_all(out)?;
    for locale in std::iter::once("it").chain(LEARNER_LOCALES) {
        let mut files = layouts.clone();
        for (name, bank) in &read {
            let text = match bank {
                Ok(bank) => {
                    let mut copy = bank.clone();
                    keep_for_learner(&mut copy, locale);
                    to_ron(&copy)
                }
                Err(text) => text.clone(),
            };
            files.push((name.clone(), text));
        }
        let json = serde_json::to_string(&files).expect("text is JSON");
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
