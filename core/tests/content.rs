//! The shipped A2 content: volumes, coverage, balance, A2 style, complete translations, and
//! variety across thirty consecutive "new exam" runs of one learner.

mod common;

use common::{lines, shipped, shipped_layouts, shipped_tasks};
use sportello_core::bank::translations::{missing_translations, LEARNER_LOCALES};
use sportello_core::bank::{Content, Gap, ItemKind, Question, Section, Task, Topic};
use sportello_core::catalog::is_for_exams;
use sportello_core::exam::generate;
use std::collections::{BTreeMap, BTreeSet};

fn units(tasks: &[Task], section: Section) -> (usize, u32) {
    let of: Vec<_> = tasks.iter().filter(|t| t.section == section).collect();
    (of.len(), of.iter().map(|t| t.units()).sum())
}

#[test]
fn every_shipped_bank_is_valid_with_no_warning() {
    let report = shipped();
    assert!(report.is_valid(), "{}", lines(report.errors()));
    assert!(report.warnings().is_empty(), "{}", lines(report.warnings()));
}

#[test]
fn volumes_reach_thirty_full_exams() {
    let tasks = shipped_tasks();
    let (listening, listening_items) = units(&tasks, Section::Listening);
    let (reading, reading_items) = units(&tasks, Section::Reading);
    assert!(
        listening >= 60 && listening_items >= 300,
        "listening {listening}/{listening_items}"
    );
    assert!(
        reading >= 60 && reading_items >= 300,
        "reading {reading}/{reading_items}"
    );
    let writing: Vec<_> = tasks
        .iter()
        .filter(|t| t.section == Section::Writing)
        .collect();
    let kinds = |k: ItemKind| {
        writing
            .iter()
            .filter(|t| t.items.iter().any(|i| i.question.kind() == k))
            .count()
    };
    assert!(writing.len() >= 45, "writing {}", writing.len());
    assert!(
        kinds(ItemKind::Form) >= 12,
        "forms {}",
        kinds(ItemKind::Form)
    );
    assert!(
        kinds(ItemKind::Message) >= 18,
        "messages {}",
        kinds(ItemKind::Message)
    );
}

#[test]
fn every_topic_has_tasks_in_every_section() {
    let tasks = shipped_tasks();
    let covered: BTreeSet<(Topic, Section)> = tasks.iter().map(|t| (t.topic, t.section)).collect();
    for topic in Topic::ALL {
        for section in Section::ALL {
            assert!(
                covered.contains(&(topic, section)),
                "{topic:?} lacks {section:?}"
            );
        }
    }
}

#[test]
fn kinds_are_balanced_like_the_real_test() {
    let mut count: BTreeMap<ItemKind, u32> = BTreeMap::new();
    for task in shipped_tasks() {
        for item in &task.items {
            *count.entry(item.question.kind()).or_default() += item.question.units();
        }
    }
    for kind in ItemKind::ALL {
        assert!(
            count.get(&kind).copied().unwrap_or(0) > 0,
            "{kind:?} unused"
        );
    }
    let of = |k| count[&k];
    let choice_and_true_false = of(ItemKind::TrueFalse) + of(ItemKind::SingleChoice);
    for other in [
        ItemKind::Matching,
        ItemKind::Place,
        ItemKind::TickInfo,
        ItemKind::GapFill,
    ] {
        assert!(choice_and_true_false > 2 * of(other), "{count:?}");
    }
    assert!(
        of(ItemKind::Matching) >= of(ItemKind::TickInfo),
        "{count:?}"
    );
}

#[test]
fn right_answers_are_spread_over_the_positions() {
    let mut positions: BTreeMap<usize, u32> = BTreeMap::new();
    let mut trues = 0;
    let mut falses = 0;
    for task in shipped_tasks() {
        for item in &task.items {
            match &item.question {
                Question::SingleChoice { correct, .. } | Question::Place { correct, .. } => {
                    *positions.entry(*correct).or_default() += 1
                }
                Question::TrueFalse { answer: true, .. } => trues += 1,
                Question::TrueFalse { answer: false, .. } => falses += 1,
                _ => {}
            }
        }
    }
    let total: u32 = positions.values().sum();
    for (&position, &n) in positions.iter().take(3) {
        assert!(n * 100 / total >= 25, "position {position}: {n} of {total}");
    }
    assert!(trues * 100 / (trues + falses) >= 35 && falses * 100 / (trues + falses) >= 35);
}

/// Words per sentence of a text (sentences end with . ! ? or a line break).
fn sentence_lengths(text: &str) -> Vec<usize> {
    text.split(['.', '!', '?', '\n'])
        .map(|s| s.split_whitespace().count())
        .filter(|&n| n > 0)
        .collect()
}

#[test]
fn sentences_are_short_as_at_a2() {
    let mut lengths = Vec::new();
    for task in shipped_tasks() {
        let texts = match &task.stimulus.content {
            Content::Text { body, .. } | Content::Announcement { body, .. } => vec![body.clone()],
            Content::Dialogue { turns } => turns.iter().map(|t| t.text.clone()).collect(),
            Content::None => Vec::new(),
        };
        for text in texts {
            lengths.extend(sentence_lengths(&text));
        }
    }
    let average = lengths.iter().sum::<usize>() as f64 / lengths.len() as f64;
    assert!(lengths.len() > 1000, "{} sentences", lengths.len());
    assert!(average <= 12.0, "average sentence: {average:.1} words");
}

/// Every string of a task but its translations (`*_tr` fields are meant to be in other languages).
fn italian_strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| italian_strings(v, out)),
        serde_json::Value::Object(fields) => fields
            .iter()
            .filter(|(k, _)| !k.ends_with("_tr"))
            .for_each(|(_, v)| italian_strings(v, out)),
        _ => {}
    }
}

#[test]
fn no_english_leaks_into_italian_content() {
    const ENGLISH: [&str; 12] = [
        "the", "and", "you", "your", "with", "please", "thanks", "hello", "is", "are", "this",
        "what",
    ];
    let mut leaks = Vec::new();
    let mut checked = 0;
    for task in shipped_tasks() {
        let mut words = Vec::new();
        italian_strings(&serde_json::to_value(&task).unwrap(), &mut words);
        for text in words {
            for word in text.to_lowercase().split(|c: char| !c.is_alphabetic()) {
                checked += 1;
                if ENGLISH.contains(&word) {
                    leaks.push(format!("{}: {word} in {text:?}", task.id));
                }
            }
        }
    }
    assert!(checked > 20_000, "only {checked} words checked");
    assert!(leaks.is_empty(), "{leaks:?}");
}

#[test]
fn thirty_new_exams_in_one_profile_never_repeat_a_task() {
    let report = shipped();
    let layout = report
        .layouts()
        .iter()
        .find(|l| l.id == "vademecum")
        .unwrap();
    let tasks = shipped_tasks();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for run in 0..30u64 {
        let exam = generate(layout, &tasks, 1000 + run * 7919, |id| seen.contains(id)).unwrap();
        for id in exam.task_ids() {
            assert!(
                seen.insert(id.to_string()),
                "exam {} repeats task {id}",
                run + 1
            );
        }
    }
}

#[test]
fn every_kind_is_in_at_least_eight_tasks() {
    let tasks = shipped_tasks();
    let count = |keep: &dyn Fn(&Task) -> bool| tasks.iter().filter(|t| keep(t)).count();
    let has = |task: &Task, kind: ItemKind| task.items.iter().any(|i| i.question.kind() == kind);
    for kind in ItemKind::ALL {
        let n = count(&|t| has(t, kind));
        assert!(n >= 8, "{kind:?} in {n} tasks");
    }
    let gap = |task: &Task, typed: bool| {
        task.items.iter().any(|i| match &i.question {
            Question::GapFill { gap, .. } => matches!(gap, Gap::Typed { .. }) == typed,
            _ => false,
        })
    };
    let choice_gaps = count(&|t| gap(t, false));
    let typed_gaps = count(&|t| gap(t, true));
    assert!(
        choice_gaps >= 8,
        "gap_fill with choices in {choice_gaps} tasks"
    );
    assert!(typed_gaps >= 8, "gap_fill typed in {typed_gaps} tasks");
    let listening_ticks = count(&|t| t.section == Section::Listening && has(t, ItemKind::TickInfo));
    assert!(
        listening_ticks >= 8,
        "tick_info in {listening_ticks} listening tasks"
    );
    let own_stimuli = count(&|t| t.items.iter().all(|i| i.stimulus.is_some()));
    assert!(
        own_stimuli >= 8,
        "{own_stimuli} tasks whose items each have a stimulus"
    );
}

#[test]
fn every_text_is_translated_into_every_learner_language() {
    let report = shipped();
    let mut gaps = Vec::new();
    for bank in report.banks().iter().filter(|b| is_for_exams(b)) {
        for (locale, n) in missing_translations(bank) {
            if n > 0 {
                gaps.push(format!("{}: {n} texts lack {locale}", bank.id));
            }
        }
    }
    for layout in shipped_layouts() {
        for locale in LEARNER_LOCALES {
            for (what, tr) in [
                ("title", &layout.title_tr),
                ("description", &layout.description_tr),
            ] {
                if !tr.contains_key(locale) {
                    gaps.push(format!("layout {}: the {what} lacks {locale}", layout.id));
                }
            }
        }
    }
    assert!(gaps.is_empty(), "{gaps:#?}");
}

#[test]
fn every_shipped_message_has_a_model_passing_the_checks_and_two_samples_that_show_the_bands() {
    use sportello_core::answer::Answer;
    use sportello_core::exam::{present, ExamQuestion};
    use sportello_core::writing_check::{AutoCheck, Guidance};
    let mut messages = 0;
    for task in shipped_tasks()
        .iter()
        .filter(|t| !t.id.starts_with("template"))
    {
        for item in &present(task, 0).items {
            let ExamQuestion::Message {
                model,
                sample_sufficient,
                sample_insufficient,
                ..
            } = &item.question
            else {
                continue;
            };
            messages += 1;
            let guide = |text: &str| {
                Guidance::of_item(&item.question, Some(&Answer::Message(text.to_string())))
            };
            let at = format!("{} item {}", task.id, item.id);
            let model = guide(model);
            assert!(
                model.checks.iter().all(AutoCheck::passed),
                "{at}: the model fails {:?}",
                model.checks
            );
            let sufficient = guide(sample_sufficient.as_deref().unwrap_or_default());
            assert!(
                !sufficient.outside_word_range() && !sufficient.off_topic(),
                "{at}: the sufficient sample {:?}",
                sufficient.checks
            );
            let insufficient = guide(sample_insufficient.as_deref().unwrap_or_default());
            assert!(
                insufficient.written && !insufficient.checks.iter().all(AutoCheck::passed),
                "{at}: the insufficient sample passes every check"
            );
        }
    }
    assert!(messages >= 20, "{messages} messages");
}
