//! Synthetic tasks and inline layouts shared by the unit tests of generation, scoring, attempts
//! and practice.

use crate::answer::{Answer, Answers};
use crate::bank::parse::parse_layout;
use crate::bank::{
    Content, FieldKind, FormField, Gap, Gender, Item, ItemKind, Question, Section, Stimulus, Task,
    Topic, Turn,
};
use crate::exam::{Exam, ExamQuestion};
use crate::layout::Layout;

/// The ministry Vademecum: 30 + 35 + 35 = 100 points, pass at 80.
pub(crate) const VADEMECUM: &str = include_str!("../../../question-banks/layouts/vademecum.ron");

/// The Veneto variant as shipped: 2 listening, 3 reading, 2 writing tasks; 30 + 30 + 40.
pub(crate) const VENETO: &str = include_str!("../../../question-banks/layouts/cpia-veneto.ron");

pub(crate) fn layout(source: &str) -> Layout {
    parse_layout("test.ron", source).unwrap()
}

fn strings(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| t.to_string()).collect()
}

fn dialogue(text: &str) -> Stimulus {
    Stimulus {
        content: Content::Dialogue {
            turns: vec![Turn {
                speaker: "Anna".to_string(),
                gender: Gender::Female,
                text: text.to_string(),
            }],
        },
        picture: None,
        audio: None,
    }
}

/// An item of `kind` whose right answer is the bank's first option (or "true", or "città").
/// Matching has two pairs and one extra; place items have their own short dialogue.
pub(crate) fn item(id: &str, kind: ItemKind) -> Item {
    let (question, stimulus) = match kind {
        ItemKind::SingleChoice => (
            Question::SingleChoice {
                prompt: "Che cosa compra?".to_string(),
                options: strings(&["pane", "latte", "frutta", "Non si sa"]),
                correct: 0,
                pinned: vec![3],
            },
            None,
        ),
        ItemKind::TrueFalse => (
            Question::TrueFalse {
                statement: "Il negozio è aperto.".to_string(),
                answer: true,
            },
            None,
        ),
        ItemKind::Matching => (
            Question::Matching {
                prompt: "Abbina".to_string(),
                pairs: vec![
                    ("treno".to_string(), "stazione".to_string()),
                    ("medicina".to_string(), "farmacia".to_string()),
                ],
                extra: strings(&["banca"]),
            },
            None,
        ),
        ItemKind::Place => (
            Question::Place {
                prompt: None,
                options: strings(&["in farmacia", "in banca", "a scuola"]),
                correct: 0,
            },
            Some(dialogue("Vorrei uno sciroppo.")),
        ),
        ItemKind::TickInfo => (
            Question::TickInfo {
                prompt: "Che cosa dice?".to_string(),
                options: strings(&["orario", "prezzo", "indirizzo", "telefono"]),
                correct: vec![0, 2],
            },
            None,
        ),
        ItemKind::GapFill => (
            Question::GapFill {
                text: "Abito in ___.".to_string(),
                gap: Gap::Typed {
                    accepted: strings(&["città"]),
                },
            },
            None,
        ),
        ItemKind::Form => (
            Question::Form {
                prompt: "Compila il modulo.".to_string(),
                fields: vec![
                    FormField {
                        label: "Cognome".to_string(),
                        kind: FieldKind::Text,
                        required: true,
                        example: None,
                    },
                    FormField {
                        label: "Data di nascita".to_string(),
                        kind: FieldKind::Date,
                        required: true,
                        example: None,
                    },
                ],
            },
            None,
        ),
        ItemKind::Message => (
            Question::Message {
                prompt: "Scrivi a un'amica.".to_string(),
                min_words: 20,
                max_words: 50,
                points: strings(&["saluta"]),
                points_tr: Default::default(),
                model: "Cara Anna, ...".to_string(),
                sample_sufficient: None,
                sample_insufficient: None,
            },
            None,
        ),
    };
    Item {
        id: id.to_string(),
        stimulus,
        question,
        explanation: "Lo dice il testo.".to_string(),
        explanation_tr: Default::default(),
        lessons: Vec::new(),
    }
}

/// A task of `section` whose items take the kinds in turn until `units` scored answers.
pub(crate) fn task(id: &str, section: Section, kinds: &[ItemKind], units: u32) -> Task {
    let mut items: Vec<Item> = Vec::new();
    let mut left = units;
    for kind in kinds.iter().cycle() {
        if left == 0 {
            break;
        }
        let candidate = item(&(items.len() + 1).to_string(), *kind);
        if candidate.question.units() <= left {
            left -= candidate.question.units();
            items.push(candidate);
        }
    }
    Task {
        id: id.to_string(),
        section,
        topic: Topic::Salute,
        instructions: "Ascolta e rispondi.".to_string(),
        instructions_tr: Default::default(),
        stimulus: dialogue("Buongiorno."),
        items,
        lessons: Vec::new(),
    }
}

/// `per_slot` fitting tasks for every slot of `layout`, with ids `{section}-{slot}-{n}`.
pub(crate) fn bank_for(layout: &Layout, per_slot: usize) -> Vec<Task> {
    let mut tasks = Vec::new();
    for section in &layout.sections {
        for (s, slot) in section.tasks.iter().enumerate() {
            for n in 0..per_slot {
                let id = format!("{}-{s}-{n:02}", section.section.as_str());
                tasks.push(task(&id, section.section, &slot.kinds, slot.items));
            }
        }
    }
    tasks
}

/// Every right answer of an exam (forms and messages get a filled-in example).
pub(crate) fn all_right(exam: &Exam) -> Answers {
    let mut answers = Answers::default();
    for task in exam.sections.iter().flat_map(|s| &s.tasks) {
        for item in &task.items {
            let answer =
                Answer::right_for(&item.question).unwrap_or_else(|| match &item.question {
                    ExamQuestion::Form { .. } => Answer::Form(strings(&["Rossi", "01/02/1990"])),
                    _ => Answer::Message("Cara Anna, ti scrivo.".to_string()),
                });
            answers.set(&task.id, &item.id, answer);
        }
    }
    answers
}
