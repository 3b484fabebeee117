//! Exam generation from 5000 tasks must stay well under a millisecond: `cargo bench -p sportello-core`.

use sportello_core::bank::parse::parse_layout;
use sportello_core::bank::{
    Content, Gap, Gender, Item, ItemKind, Question, Section, Stimulus, Task, Topic, Turn,
};
use sportello_core::exam::generate;
use sportello_core::layout::Layout;
use std::collections::BTreeSet;

const TASKS: usize = 5000;

const VADEMECUM: &str = include_str!("../../question-banks/layouts/vademecum.ron");

fn main() {
    divan::main();
}

fn texts(prefix: &str, n: usize) -> Vec<String> {
    (0..n).map(|i| format!("{prefix} {i}")).collect()
}

fn question(kind: ItemKind) -> Question {
    match kind {
        ItemKind::SingleChoice => Question::SingleChoice {
            prompt: "Che cosa compra?".into(),
            options: texts("opzione", 3),
            correct: 1,
            pinned: vec![],
        },
        ItemKind::TrueFalse => Question::TrueFalse {
            statement: "Il negozio è aperto.".into(),
            answer: false,
        },
        ItemKind::Matching => Question::Matching {
            prompt: "Abbina".into(),
            pairs: (0..3)
                .map(|i| (format!("testo {i}"), format!("situazione {i}")))
                .collect(),
            extra: texts("altro", 2),
        },
        ItemKind::Place => Question::Place {
            prompt: None,
            options: texts("luogo", 3),
            correct: 2,
        },
        ItemKind::TickInfo => Question::TickInfo {
            prompt: "Che cosa dice?".into(),
            options: texts("informazione", 5),
            correct: vec![0, 3],
        },
        ItemKind::GapFill => Question::GapFill {
            text: "Abito in ___.".into(),
            gap: Gap::Choice {
                options: texts("parola", 3),
                correct: 0,
            },
        },
        ItemKind::Form => Question::Form {
            prompt: "Compila".into(),
            fields: vec![],
        },
        ItemKind::Message => Question::Message {
            prompt: "Scrivi".into(),
            min_words: 20,
            max_words: 50,
            points: texts("punto", 3),
            points_tr: Default::default(),
            model: "Cara Anna, ...".into(),
            sample_sufficient: None,
            sample_insufficient: None,
        },
    }
}

/// Tasks spread over sections. Item counts (3 to 6) and kinds vary, and matching pairs add units,
/// so only some tasks fit a slot, as in real banks.
fn synthetic_tasks(n: usize) -> Vec<Task> {
    let listening = [
        ItemKind::TrueFalse,
        ItemKind::SingleChoice,
        ItemKind::Place,
        ItemKind::TickInfo,
        ItemKind::Matching,
    ];
    let reading = [
        ItemKind::TrueFalse,
        ItemKind::SingleChoice,
        ItemKind::Matching,
        ItemKind::TickInfo,
        ItemKind::GapFill,
    ];
    (0..n)
        .map(|i| {
            let (section, kinds): (Section, &[ItemKind]) = match i % 5 {
                0 | 1 => (Section::Listening, &listening),
                2 | 3 => (Section::Reading, &reading),
                _ => (Section::Writing, &[ItemKind::Form, ItemKind::Message]),
            };
            let count = if section == Section::Writing {
                1
            } else {
                3 + i % 4
            };
            Task {
                id: format!("{}-{i:05}", section.as_str()),
                section,
                topic: Topic::ALL[i % Topic::ALL.len()],
                instructions: "Ascolta e rispondi.".into(),
                instructions_tr: Default::default(),
                stimulus: Stimulus {
                    content: Content::Dialogue {
                        turns: vec![Turn {
                            speaker: "Anna".into(),
                            gender: Gender::Female,
                            text: "Buongiorno, vorrei un'informazione.".into(),
                        }],
                    },
                    picture: None,
                    audio: None,
                },
                items: (0..count)
                    .map(|j| Item {
                        id: (j + 1).to_string(),
                        stimulus: None,
                        question: question(kinds[(i + j) % (kinds.len() - 1)]),
                        explanation: "Lo dice il testo.".into(),
                        explanation_tr: Default::default(),
                        lessons: Vec::new(),
                    })
                    .collect(),
                lessons: Vec::new(),
            }
        })
        .collect()
}

fn setup() -> (Layout, Vec<Task>) {
    let layout = parse_layout("vademecum.ron", VADEMECUM).unwrap();
    let tasks = synthetic_tasks(TASKS);
    generate(&layout, &tasks, 0, |_| false).expect("the synthetic bank fills the layout");
    (layout, tasks)
}

#[divan::bench]
fn vademecum_from_5000_tasks(bencher: divan::Bencher) {
    let (layout, tasks) = setup();
    let mut seed = 0;
    bencher.bench_local(|| {
        seed += 1;
        generate(&layout, divan::black_box(&tasks), seed, |_| false)
    });
}

#[divan::bench]
fn vademecum_from_5000_tasks_with_500_seen(bencher: divan::Bencher) {
    let (layout, tasks) = setup();
    let seen: BTreeSet<String> = tasks.iter().step_by(10).map(|t| t.id.clone()).collect();
    let mut seed = 0;
    bencher.bench_local(|| {
        seed += 1;
        generate(&layout, divan::black_box(&tasks), seed, |id| {
            seen.contains(id)
        })
    });
}
