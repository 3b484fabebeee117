//! Checking every shipped bank and layout, as the browser does at start-up, and a bank of 3,000
//! tasks (a check that grows faster than the number of tasks shows here):
//! `cargo bench -p sportello-core --bench validate`.

use sportello_core::bank::validate::{check, Source};
use std::path::Path;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

/// The shipped files, as (path, text).
fn shipped() -> &'static [(String, String)] {
    static FILES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    FILES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../question-banks");
        let mut paths: Vec<_> = std::fs::read_dir(&root)
            .unwrap()
            .chain(std::fs::read_dir(root.join("layouts")).unwrap())
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "ron"))
            .collect();
        paths.sort();
        paths
            .into_iter()
            .map(|path| {
                let text = std::fs::read_to_string(&path).unwrap();
                (path.display().to_string(), text)
            })
            .collect()
    })
}

/// A bank of 3,000 listening tasks with texts of 20 words drawn from 2,000.
fn big_bank() -> &'static str {
    static BANK: OnceLock<String> = OnceLock::new();
    BANK.get_or_init(|| {
        let mut seed: u64 = 7;
        let tasks: Vec<String> = (0..3000)
            .map(|n| {
                let words: Vec<String> = (0..20)
                    .map(|_| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        format!("parola{}", (seed >> 33) % 2000)
                    })
                    .collect();
                format!(
                    "(id: \"t-{n}\", section: listening, topic: casa, instructions: \"Ascolta.\", \
                     stimulus: (content: Dialogue(turns: [(speaker: \"Ana\", gender: Female, \
                     text: \"{}.\")])), items: [(id: \"1\", question: TrueFalse(statement: \
                     \"La donna è a casa.\", answer: true), explanation: \"Lo dice.\")])",
                    words.join(" ")
                )
            })
            .collect();
        format!(
            "(id: \"big\", title: \"Prova\", level: A2, language: \"it\", authors: [], \
             license: \"CC-BY-SA-4.0\", version: 1, tasks: [{}])",
            tasks.join(",")
        )
    })
}

#[divan::bench]
fn shipped_banks_and_layouts() -> usize {
    let sources: Vec<Source<'_>> = shipped()
        .iter()
        .map(|(path, text)| Source::new(path, text))
        .collect();
    let report = check(divan::black_box(&sources));
    assert!(report.is_valid(), "{:?}", report.errors().first());
    report.banks().len()
}

#[divan::bench]
fn a_bank_of_3000_tasks() -> usize {
    let report = check(&[Source::new("big.ron", divan::black_box(big_bank()))]);
    assert!(report.is_valid(), "{:?}", report.errors().first());
    report.banks()[0].tasks.len()
}
