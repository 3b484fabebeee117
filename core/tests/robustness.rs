//! Property tests: saved data, backups and layouts from outside, however damaged, never make a
//! loader panic. Each case edits a valid value at random places (numbers out of range, wrong
//! types, removed parts), or builds a layout of random numbers, and runs what the app runs on it.

mod common;

use proptest::prelude::*;
use serde_json::Value;
use sportello_core::attempt::Attempt;
use sportello_core::bank::validate::{check, Source};
use sportello_core::bank::{ItemKind, Section};
use sportello_core::exam::generate;
use sportello_core::layout::{Layout, Scoring, SectionLayout, TaskSlot};
use sportello_core::points::Points;
use sportello_core::saved::backup::{Backup, BackupData};
use sportello_core::saved::{MemoryStore, SavedData, StorageKey, Store};
use std::sync::OnceLock;

const NOW: u64 = 1_760_000_000_000;

/// A finished exam and one in progress, generated once from the shipped banks.
fn attempts() -> &'static (Attempt, Attempt) {
    static ATTEMPTS: OnceLock<(Attempt, Attempt)> = OnceLock::new();
    ATTEMPTS.get_or_init(|| {
        let tasks = common::shipped_tasks();
        let layout = layouts().into_iter().find(|l| l.id == "vademecum").unwrap();
        let exam = generate(&layout, &tasks, 7, |_| false).unwrap();
        let running = Attempt::start(exam, NOW - 60_000);
        let mut finished = running.clone();
        finished.submit(NOW - 1_000);
        (running, finished)
    })
}

/// The shipped layouts, read once.
fn layouts() -> Vec<sportello_core::layout::Layout> {
    static LAYOUTS: OnceLock<Vec<sportello_core::layout::Layout>> = OnceLock::new();
    LAYOUTS.get_or_init(common::shipped_layouts).clone()
}

/// A value put in place of another.
#[derive(Debug, Clone)]
enum Edit {
    Replace(Value),
    Remove,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<u64>().prop_map(|n| Edit::Replace(n.into())),
        (0u64..200).prop_map(|n| Edit::Replace(n.into())),
        any::<i64>().prop_map(|n| Edit::Replace(n.into())),
        any::<f64>().prop_map(|n| Edit::Replace(n.into())),
        "[a-z0-9 ]{0,8}".prop_map(|s| Edit::Replace(s.into())),
        Just(Edit::Replace(Value::Null)),
        any::<bool>().prop_map(|b| Edit::Replace(b.into())),
        Just(Edit::Replace(Value::Array(Vec::new()))),
        Just(Edit::Replace(Value::Object(Default::default()))),
        Just(Edit::Remove),
    ]
}

/// Every place in `value`, as JSON pointers.
fn places(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                places(v, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                places(
                    v,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        _ => {}
    }
    out.push(at);
}

/// `value` with `edits` applied, each at a place picked by its number.
fn edited(mut value: Value, edits: &[(usize, Edit)]) -> Value {
    for (pick, edit) in edits {
        let mut all = Vec::new();
        places(&value, String::new(), &mut all);
        let at = &all[pick % all.len()];
        match edit {
            Edit::Replace(new) => {
                if let Some(place) = value.pointer_mut(at) {
                    *place = new.clone();
                }
            }
            Edit::Remove => {
                let (parent, last) = at.rsplit_once('/').unwrap_or(("", ""));
                match value.pointer_mut(parent) {
                    Some(Value::Object(map)) => {
                        map.remove(&last.replace("~1", "/").replace("~0", "~"));
                    }
                    Some(Value::Array(items)) => {
                        if let Ok(i) = last.parse::<usize>() {
                            if i < items.len() {
                                items.remove(i);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    value
}

fn edits() -> impl Strategy<Value = Vec<(usize, Edit)>> {
    proptest::collection::vec((any::<usize>(), edit()), 1..6)
}

/// Everything the app does with a loaded attempt.
fn use_attempt(attempt: &mut Attempt, now: u64) {
    let report = attempt.score();
    assert!(report.total <= report.max);
    attempt.summary();
    attempt.unanswered_in_current_section();
    attempt.remaining_ms(now);
    if let Some(section) = attempt.current_section() {
        assert!(section < attempt.exam().sections.len());
    }
    attempt.sync(now);
    attempt.next_section(now).ok();
    attempt.submit(now);
    attempt.summary();
}

/// The shipped tasks, read once.
fn tasks() -> &'static [sportello_core::bank::Task] {
    static TASKS: OnceLock<Vec<sportello_core::bank::Task>> = OnceLock::new();
    TASKS.get_or_init(common::shipped_tasks)
}

fn section() -> impl Strategy<Value = SectionLayout> {
    let kinds = proptest::sample::subsequence(ItemKind::ALL.to_vec(), 0..4);
    let slot = (kinds, prop_oneof![0u32..12, any::<u32>()])
        .prop_map(|(kinds, items)| TaskSlot { kinds, items });
    let points = prop_oneof![0u32..20, any::<u32>()].prop_map(Points::from_halves);
    let scoring = prop_oneof![
        points.clone().prop_map(Scoring::PerItem),
        (points.clone(), points).prop_map(|(complete, sufficient)| Scoring::Bands {
            complete,
            sufficient
        }),
    ];
    let minutes = prop_oneof![
        (0u32..200).prop_map(f64::from),
        any::<f64>(),
        Just(0.05),
        Just(0.0001),
        Just(1e300),
    ];
    let which = prop_oneof![
        Just(Section::Listening),
        Just(Section::Reading),
        Just(Section::Writing)
    ];
    (
        which,
        minutes,
        proptest::collection::vec(slot, 0..4),
        scoring,
    )
        .prop_map(|(section, minutes, tasks, scoring)| SectionLayout {
            section,
            minutes,
            tasks,
            scoring,
        })
}

fn saved_in(store: &MemoryStore, key: StorageKey, data: &Value) {
    let text = format!(r#"{{"schema":1,"data":{data}}}"#);
    store.set(key.as_str(), &text).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn an_edited_attempt_never_makes_the_exam_page_panic(
        running in any::<bool>(),
        edits in edits(),
        now in NOW - 100_000..NOW + 10_000_000,
    ) {
        let (in_progress, finished) = attempts();
        let attempt = if running { in_progress } else { finished };
        let value = edited(serde_json::to_value(attempt).unwrap(), &edits);
        let store = MemoryStore::new();
        saved_in(&store, StorageKey::Attempt, &value);
        saved_in(&store, StorageKey::Finished, &Value::Array(vec![value.clone()]));
        let saved = SavedData::new(&store, now);
        if let Some(mut attempt) = saved.current_attempt() {
            use_attempt(&mut attempt, now);
        }
        for mut attempt in saved.finished() {
            use_attempt(&mut attempt, now);
        }
        saved.quarantined();
    }

    #[test]
    fn an_edited_backup_never_makes_the_import_panic(
        edits in edits(),
        on_device in any::<bool>(),
    ) {
        let (_, finished) = attempts();
        let mut data = BackupData::default();
        data.history.record(finished.summary());
        data.finished.push(finished.clone());
        let text = Backup::new(data, NOW).to_json();
        let value = edited(serde_json::from_str(&text).unwrap(), &edits);
        let store = MemoryStore::new();
        let saved = SavedData::new(&store, NOW);
        if on_device {
            saved.record_finished(finished).unwrap();
        }
        saved.import_backup(&value.to_string(), &layouts()).ok();
        let history = saved.history();
        history.readiness();
        history.score_chart(10);
        for mut attempt in saved.finished() {
            use_attempt(&mut attempt, NOW);
        }
        saved.gather();
    }

    #[test]
    fn any_text_under_any_key_is_read_or_put_aside(text in "\\PC{0,40}", key in 0..StorageKey::ALL.len()) {
        let store = MemoryStore::new();
        store.set(StorageKey::ALL[key].as_str(), &text).unwrap();
        let saved = SavedData::new(&store, NOW);
        saved.current_attempt();
        saved.finished();
        saved.history().readiness();
        saved.review_queue();
        saved.settings();
        saved.imported_files();
        saved.quarantined();
        saved.gather();
    }

    #[test]
    fn a_layout_of_random_numbers_is_refused_or_gives_exams_that_hold(
        sections in proptest::collection::vec(section(), 0..4),
        pass in prop_oneof![0u32..400, any::<u32>()],
        seed in any::<u64>(),
    ) {
        let layout = Layout {
            id: "random".into(),
            title: "Casuale".into(),
            title_tr: Default::default(),
            description: String::new(),
            description_tr: Default::default(),
            sections,
            pass_mark: Points::from_halves(pass),
        };
        let Ok(text) = ron::to_string(&layout) else {
            return Ok(());
        };
        let report = check(&[Source::new("random.ron", &text)]);
        for layout in report.layouts() {
            if let Ok(exam) = generate(layout, tasks(), seed, |_| false) {
                prop_assert_eq!(exam.max_points(), layout.max_points());
                let mut attempt = Attempt::start(exam, NOW);
                prop_assert_eq!(attempt.check(), Ok(()));
                use_attempt(&mut attempt, NOW + 1_000);
            }
        }
    }
}

/// A text made of pieces of GIFT and Moodle XML syntax, in any order.
fn moodle_like() -> impl Strategy<Value = String> {
    let pieces = vec![
        "{",
        "}",
        "=",
        "~",
        "#",
        "->",
        "::",
        "\\",
        "\n",
        "\n\n",
        " ",
        "Roma",
        "è",
        "T",
        "%50%",
        "%-100%",
        "####",
        "<p>",
        "</p>",
        "<li>",
        "&amp;",
        "&#0;",
        "___",
        "[html]",
        "// x\n",
        "<quiz>",
        "</quiz>",
        "<question type=\"multichoice\">",
        "<question type=\"essay\">",
        "</question>",
        "<questiontext><text>",
        "</text></questiontext>",
        "<answer fraction=\"100\">",
        "<text>",
        "</text>",
        "</answer>",
        "<![CDATA[",
        "]]>",
        "<subquestion>",
        "</subquestion>",
    ];
    proptest::collection::vec(proptest::sample::select(pieces), 0..40).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_moodle_like_file_converts_or_is_refused_without_panicking(text in moodle_like()) {
        use sportello_core::bank::import::{convert, Format, Options};
        use sportello_core::bank::parse::parse_bank;
        for (name, format) in [("p.gift", Format::Gift), ("p.xml", Format::MoodleXml)] {
            let c = convert(name, text.as_bytes(), format, &Options::default());
            for d in c.errors.iter().chain(&c.notes) {
                prop_assert!(d.to_string().starts_with(name), "{d}");
            }
            prop_assert_eq!(c.bank.is_some(), c.converted > 0);
            if let (Some(bank), Some(ron)) = (&c.bank, c.ron(name)) {
                prop_assert_eq!(&parse_bank("p.ron", &ron).unwrap(), bank);
                // What is converted is checked like any bank, without panicking.
                check(&[Source::new("p.ron", &ron)]);
            }
        }
    }
}
