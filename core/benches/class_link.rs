//! A class set of 30 exercises (six teacher's banks of five) must be encoded into a link, and
//! read back from it, in well under 20 ms each: `cargo bench -p sportello-core --bench class_link`.

use sportello_core::class_link::{ClassSet, SetFile};

const CLASS_BANK: &str = include_str!("../tests/fixtures/import/classe-completa.ron");

fn main() {
    divan::main();
}

/// Six copies of the teacher's bank, each with its own ids: 30 exercises.
fn set_of_thirty() -> ClassSet {
    let files = (0..6)
        .map(|n| SetFile {
            name: format!("classe-{n}.ron"),
            text: CLASS_BANK.replace("classe-completa", &format!("classe-{n}")),
        })
        .collect();
    ClassSet {
        files,
        layout: "vademecum".into(),
        seed: 123_456,
        only: true,
    }
}

#[divan::bench]
fn encode(bencher: divan::Bencher) {
    let set = set_of_thirty();
    bencher.bench(|| divan::black_box(&set).encode());
}

#[divan::bench]
fn decode(bencher: divan::Bencher) {
    let encoded = set_of_thirty().encode();
    bencher.bench(|| ClassSet::decode(divan::black_box(&encoded)).unwrap());
}
