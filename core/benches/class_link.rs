//! A class set of 30 exercises (six teacher's banks of five) must be encoded into a link, and
//! read back from it, and a class's 40 result codes scored, in well under 20 ms each:
//! `cargo bench -p sportello-core --bench class_link`.

use sportello_core::answer::{Answer, Answers};
use sportello_core::catalog::{Catalog, ImportedFile};
use sportello_core::class_link::{ClassSet, SetFile};
use sportello_core::exam::generate;
use sportello_core::result_code::{ClassExam, ResultCode};
use sportello_core::score::WritingGrades;

const CLASS_BANK: &str = include_str!("../tests/fixtures/import/classe-completa.ron");
const VADEMECUM: &str = include_str!("../../question-banks/layouts/vademecum.ron");

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

/// The teacher's device: the layout and the teacher's bank.
fn teachers_device() -> Catalog {
    let shipped = vec![(
        "layouts/vademecum.ron".to_string(),
        VADEMECUM.as_bytes().to_vec(),
    )];
    let imported = vec![ImportedFile {
        name: "classe-completa.ron".into(),
        text: CLASS_BANK.into(),
        imported_at_ms: 0,
    }];
    Catalog::build(shipped, imported)
}

/// 40 learners' codes for the same exam, each with every scored item answered right.
fn forty_codes(device: &Catalog) -> Vec<String> {
    let class = ClassExam {
        layout: "vademecum".into(),
        seed: 5,
        banks: vec![("classe-completa".into(), 1)],
        only: true,
    };
    let layout = device.layout("vademecum").unwrap();
    let exam = generate(
        layout,
        device.class_tasks(&class.bank_ids(), true),
        5,
        |_| false,
    )
    .unwrap();
    let mut answers = Answers::default();
    for task in exam.sections.iter().flat_map(|s| &s.tasks) {
        for item in &task.items {
            if let Some(right) = Answer::right_for(&item.question) {
                answers.set(&task.id, &item.id, right);
            }
        }
    }
    (0..40)
        .map(|n| {
            ResultCode::new(
                &format!("Studente {n}"),
                class.clone(),
                &answers,
                &WritingGrades::new(),
            )
            .encode()
        })
        .collect()
}

#[divan::bench]
fn score_forty_codes(bencher: divan::Bencher) {
    let device = teachers_device();
    let codes = forty_codes(&device);
    bencher.bench(|| {
        for code in divan::black_box(&codes) {
            ResultCode::decode(code).unwrap().score(&device).unwrap();
        }
    });
}
