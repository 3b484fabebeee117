//! Questions from Moodle: the GIFT and Moodle XML fixtures (one question of every kind read, and
//! one of a kind left out) become banks that pass the validator beside the shipped banks and fill
//! the standard layout's task sizes.

mod common;

use common::{read, repo, ron_files, sources};
use sportello_core::bank::import::{convert, Conversion, Format, Options};
use sportello_core::bank::validate::{check, Source};
use sportello_core::bank::{ItemKind, Section, Topic};

fn converted(name: &str, topic: Topic) -> Conversion {
    let data = std::fs::read(repo().join("core/tests/fixtures/moodle").join(name)).unwrap();
    let format = Format::of(name, &data);
    convert(
        name,
        &data,
        format,
        &Options {
            topic,
            items_per_task: 5,
        },
    )
}

/// Kinds of the items, task by task, with the task's section.
fn shape(c: &Conversion) -> Vec<(Section, Vec<ItemKind>)> {
    let bank = c.bank.as_ref().expect("a bank");
    (bank.tasks.iter())
        .map(|t| {
            (
                t.section,
                t.items.iter().map(|i| i.question.kind()).collect(),
            )
        })
        .collect()
}

/// The converted bank checked with every shipped bank and layout: no error, and the warnings
/// returned but for the missing translations.
fn checked_beside_the_shipped_files(c: &Conversion, from: &str) -> Vec<String> {
    let ron = c.ron(from).unwrap();
    let mut files = read(&ron_files(&repo().join("question-banks")));
    files.extend(read(&ron_files(&repo().join("question-banks/layouts"))));
    let mut all = sources(&files);
    all.push(Source::new(&c.file, &ron));
    let report = check(&all);
    let mine = |list: &[sportello_core::bank::validate::Diagnostic]| -> Vec<String> {
        (list.iter())
            // Moodle has no translations of explanations: learners see the Italian.
            .filter(|d| d.file == c.file && d.message.key != "bank-partial-translations")
            .map(ToString::to_string)
            .collect()
    };
    assert!(
        mine(report.errors()).is_empty(),
        "{:#?}",
        mine(report.errors())
    );
    mine(report.warnings())
}

#[test]
fn a_gift_file_becomes_two_reading_tasks_and_a_writing_task() {
    use ItemKind::*;
    let c = converted("domande-negozi.gift", Topic::Acquisti);
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    assert_eq!((c.found, c.converted), (10, 9));
    assert_eq!(
        shape(&c),
        vec![
            (
                Section::Reading,
                vec![SingleChoice, TrueFalse, GapFill, GapFill, TickInfo]
            ),
            (Section::Reading, vec![Matching, TrueFalse, TrueFalse]),
            (Section::Writing, vec![Message]),
        ]
    );
    let notes: Vec<String> = c.notes.iter().map(ToString::to_string).collect();
    assert_eq!(
        notes,
        [
            "domande-negozi.gift:35:1: question 9 (Conto) was left out: numerical questions are \
          not part of the A2 test"
        ]
    );
    // Its tasks have the sizes the layouts ask for.
    assert_eq!(
        checked_beside_the_shipped_files(&c, "domande-negozi.gift"),
        [""; 0]
    );
}

#[test]
fn a_moodle_xml_file_becomes_a_reading_task_and_a_writing_task() {
    use ItemKind::*;
    let c = converted("domande-farmacia.xml", Topic::Salute);
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    assert_eq!((c.found, c.converted), (7, 6));
    assert_eq!(
        shape(&c),
        vec![
            (Section::Reading, vec![SingleChoice, TrueFalse, Matching]),
            (Section::Reading, vec![GapFill, TickInfo]),
            (Section::Writing, vec![Message]),
        ]
    );
    let notes: Vec<String> = c.notes.iter().map(ToString::to_string).collect();
    assert_eq!(
        notes,
        [
            "domande-farmacia.xml:49:3: question 6 (Prezzo) was left out: numerical questions are \
          not part of the A2 test"
        ]
    );
    // The second reading task is short, and the teacher is told.
    assert_eq!(
        checked_beside_the_shipped_files(&c, "domande-farmacia.xml"),
        ["domande-farmacia.ron:69:13: task domande-farmacia-02: it has 2 scored answers, but no \
          layout has a reading slot of that size (5): it never appears in an exam"]
    );
    let bank = c.bank.as_ref().unwrap();
    let message = &bank.tasks[2].items[0].question;
    let sportello_core::bank::Question::Message {
        points,
        min_words,
        max_words,
        ..
    } = message
    else {
        panic!("{message:?}")
    };
    assert_eq!(
        points,
        &["chi sei", "perché non puoi andare", "quando puoi andare"]
    );
    assert_eq!((*min_words, *max_words), (20, 40));
}

#[test]
fn a_broken_gift_file_is_located() {
    let c = converted("rotto.gift", Topic::Salute);
    assert!(c.bank.is_none());
    let errors: Vec<String> = c.errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        [
            "rotto.gift:4:43: the answers opened here with { have no closing }: add } after the \
          last answer"
        ]
    );
}
