//! Lessons: reading, checking (with messages located `file:line:column`) and linking.

use super::*;
use crate::bank::validate::lessons::check;
use crate::bank::validate::Source;
use crate::bank::Section;

const PROVA: &str = include_str!("../../tests/fixtures/lessons/prova.ron");

fn lines(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics.iter().map(ToString::to_string).collect()
}

/// The messages of the fixture with `from` replaced by `to` (the replacement must happen).
fn checked(from: &str, to: &str) -> (Vec<String>, Vec<String>) {
    assert!(PROVA.contains(from), "{from}");
    let text = PROVA.replacen(from, to, 1);
    let report = check(&[Source::new("lessons/prova.ron", &text)], &[]);
    (lines(&report.errors), lines(&report.warnings))
}

fn prova() -> Lesson {
    parse_lesson("prova.ron", PROVA).unwrap()
}

#[test]
fn the_fixture_is_valid_and_warns_once_per_text_without_all_nine_translations() {
    let report = check(&[Source::new("lessons/prova.ron", PROVA)], &[]);
    assert!(report.is_valid(), "{:?}", report.errors);
    assert_eq!(report.lessons.len(), 1);
    let warnings = lines(&report.warnings);
    // Title, explanation, 3 examples, instructions, 3 item explanations.
    assert_eq!(warnings.len(), 9, "{warnings:#?}");
    assert_eq!(
        warnings[0],
        "lessons/prova.ron:5:5: lesson prova: the title has no translation in fr, es, ar, bn, \
         sq, uk, ur, zh"
    );
}

#[test]
fn a_lesson_is_told_from_a_bank_and_a_layout_by_its_fields() {
    assert!(is_lesson(PROVA));
    assert!(is_lesson("// tasks: [] \n(id: \"x\", practice: (id: "));
    assert!(!is_lesson("(id: \"x\", tasks: [], practice: ())"));
    assert!(!is_lesson("(id: \"x\", sections: [], pass_mark: 80)"));
}

#[test]
fn the_id_must_name_the_file_and_the_practice() {
    let (errors, _) = checked("id: \"prova\"", "id: \"Prova 2\"");
    assert_eq!(
        errors,
        [
            "lessons/prova.ron:3:5: lesson Prova 2: an id has only lowercase letters, digits and \
             hyphens",
            "lessons/prova.ron:3:5: lesson Prova 2: the file of this lesson must be named \
             Prova 2.ron",
            "lessons/prova.ron:16:9: lesson Prova 2 / task lezione-prova: the practice's id must \
             be lezione-Prova 2",
        ]
    );
}

#[test]
fn examples_and_practice_items_are_counted() {
    let (errors, _) = checked(
        "        (it: \"Studio a Napoli.\", tr: { \"en\": \"I study in Naples.\" }),\n",
        "",
    );
    assert_eq!(
        errors,
        ["lessons/prova.ron:10:5: lesson prova: it has 2 examples; a lesson has 3 to 6"]
    );
    let mut lesson = prova();
    lesson.practice.items.truncate(2);
    let text = ron::ser::to_string_pretty(&lesson, Default::default()).unwrap();
    let report = check(&[Source::new("prova.ron", &text)], &[]);
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert!(report.errors[0]
        .to_string()
        .ends_with("it has 2 items; a lesson's practice has 3 to 6"));
}

#[test]
fn the_practice_gets_every_bank_task_check_and_is_not_writing() {
    let (errors, _) = checked("section: reading", "section: writing");
    assert!(errors.contains(
        &"lessons/prova.ron:17:9: lesson prova / task lezione-prova: a lesson's practice is \
          listening or reading, not writing"
            .to_string()
    ));
    // A bank check: a writing task only has form or message items.
    assert!(errors
        .iter()
        .any(|e| e.contains("a writing task can only have form or message items")));
    let (errors, _) = checked("Ali abita a ___.", "Ali abita a Roma.");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("lessons/prova.ron:37:")
            && errors[0].contains("lesson prova / task lezione-prova / item 3: "),
        "{errors:?}"
    );
}

#[test]
fn unknown_topics_and_empty_texts_are_errors() {
    let (errors, _) = checked("topics: [casa]", "topics: [cucina]");
    assert_eq!(errors.len(), 1);
    assert!(errors[0].contains("unknown topic `cucina`"), "{errors:?}");
    let (errors, _) = checked("title: \"Una prova\"", "title: \" \"");
    assert_eq!(
        errors,
        ["lessons/prova.ron:4:5: lesson prova: the title is empty"]
    );
}

#[test]
fn two_lessons_with_one_id_keep_the_first() {
    let report = check(
        &[
            Source::new("a/prova.ron", PROVA),
            Source::new("b/prova.ron", PROVA),
        ],
        &[],
    );
    assert_eq!(
        lines(&report.errors),
        ["b/prova.ron:3:5: lesson prova: this id is already used by the lesson at a/prova.ron:3"]
    );
    assert_eq!(report.lessons.len(), 1);
}

#[test]
fn banks_naming_a_missing_lesson_get_a_located_warning() {
    let bank =
        "(id: \"b\", title: \"B\", level: A2, language: \"it\", license: \"x\", version: 1,\n\
                tasks: [(id: \"t\", section: reading, topic: casa, instructions: \"Leggi.\",\n\
                stimulus: (content: Text(body: \"Ciao.\")), lessons: [\"prova\", \"altra\"],\n\
                items: [(id: \"1\", question: TrueFalse(statement: \"Ciao.\", answer: true),\n\
                explanation: \"Sì.\", lessons: [\"nessuna\"])])])";
    let banks = [Source::new("b.ron", bank)];
    let report = check(&[Source::new("prova.ron", PROVA)], &banks);
    let warnings: Vec<String> = lines(&report.warnings)
        .into_iter()
        .filter(|w| w.starts_with("b.ron"))
        .collect();
    assert_eq!(
        warnings,
        [
            "b.ron:3:62: task t: there is no lesson altra (lessons/altra.ron)",
            "b.ron:5:31: task t: there is no lesson nessuna (lessons/nessuna.ron)",
        ]
    );
    // Banks alone are not checked for lessons.
    assert!(check(&[], &banks).warnings.is_empty());
}

#[test]
fn a_task_links_to_the_lessons_it_names_then_by_topic_and_kind() {
    let bank_task = |topic: Topic, names: &[&str]| {
        let mut task = prova().practice;
        task.id = "t".to_string();
        task.topic = topic;
        task.items.truncate(2);
        task.lessons = names.iter().map(|s| s.to_string()).collect();
        task
    };
    let lesson = |id: &str, topics: Vec<Topic>, kinds: Vec<ItemKind>| Lesson {
        id: id.to_string(),
        topics,
        kinds,
        ..prova()
    };
    let lessons = [
        lesson("casa", vec![Topic::Casa], vec![]),
        lesson("vero-falso", vec![], vec![ItemKind::TrueFalse]),
        lesson("nomi", vec![], vec![]),
        lesson("spazi", vec![], vec![ItemKind::GapFill]),
    ];
    let ids = |task: &Task| -> Vec<String> {
        lessons_for(task, &lessons)
            .iter()
            .map(|l| l.id.clone())
            .collect()
    };
    assert_eq!(ids(&bank_task(Topic::Casa, &[])), ["casa", "vero-falso"]);
    assert_eq!(ids(&bank_task(Topic::Salute, &[])), ["vero-falso"]);
    assert_eq!(
        ids(&bank_task(Topic::Salute, &["nomi"])),
        ["nomi", "vero-falso"]
    );
    let mut named_by_item = bank_task(Topic::Lavoro, &[]);
    named_by_item.items[1].lessons = vec!["spazi".to_string()];
    assert_eq!(ids(&named_by_item), ["spazi", "vero-falso"]);
    assert_eq!(prova().practice.section, Section::Reading);
}
