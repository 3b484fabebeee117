//! Every bank and layout shipped in `question-banks/` (and the test layouts in
//! `core/tests/fixtures/layouts/`) passes the validator, and the shipped layouts add up as documented.

use sportello_core::bank::{ItemKind, Section};
use sportello_core::layout::{Layout, Scoring};
use sportello_core::points::Points;

mod common;

use common::{lines, read, repo, ron_files, shipped, sources};
use sportello_core::bank::validate::{check_with_words, MAX_ABOVE_A2};
use sportello_core::bank::vocabulary::Vocabulary;

#[test]
fn every_shipped_bank_and_layout_is_valid() {
    let report = shipped();
    assert!(report.is_valid(), "{}", lines(report.errors()));
    assert!(report.banks().iter().any(|b| b.id == "template"));
}

#[test]
fn no_shipped_task_has_more_than_two_words_above_a2() {
    assert_eq!(MAX_ABOVE_A2, 2);
    let mut files = common::ron_files(&repo().join("question-banks"));
    files.retain(|f| !f.ends_with("TEMPLATE.ron"));
    let read = read(&files);
    let report = check_with_words(&sources(&read), &Vocabulary::a2());
    assert!(report.banks().len() > 20, "{}", lines(report.errors()));
    let above: Vec<_> = report
        .warnings()
        .iter()
        .filter(|w| w.to_string().contains("words above A2"))
        .cloned()
        .collect();
    assert!(above.is_empty(), "{}", lines(&above));
}

fn layout(id: &str) -> Layout {
    let report = shipped();
    report
        .layouts()
        .iter()
        .find(|l| l.id == id)
        .cloned()
        .unwrap_or_else(|| panic!("no valid layout {id}"))
}

/// A section as (section, [(kinds, items) per slot], scoring).
type Shape = (Section, Vec<(Vec<ItemKind>, u32)>, Scoring);

fn shape(layout: &Layout) -> Vec<Shape> {
    layout
        .sections
        .iter()
        .map(|s| {
            let slots = s.tasks.iter().map(|t| (t.kinds.clone(), t.items)).collect();
            (s.section, slots, s.scoring.clone())
        })
        .collect()
}

#[test]
fn the_vademecum_is_60_minutes_100_points_pass_at_80() {
    use ItemKind::*;
    let vademecum = layout("vademecum");
    assert_eq!(vademecum.max_points(), Points::whole(100));
    assert_eq!(vademecum.pass_mark, Points::whole(80));
    assert_eq!(vademecum.seconds(), 60 * 60);
    let minutes: Vec<f64> = vademecum.sections.iter().map(|s| s.minutes).collect();
    assert_eq!(minutes, [25.0, 25.0, 10.0]);
    let listening = vec![TrueFalse, SingleChoice, Place, TickInfo, Matching];
    let reading = vec![TrueFalse, SingleChoice, Matching, TickInfo, GapFill];
    assert_eq!(
        shape(&vademecum),
        [
            (
                Section::Listening,
                vec![(listening.clone(), 5), (listening, 5)],
                Scoring::PerItem(Points::whole(3))
            ),
            (
                Section::Reading,
                vec![(reading.clone(), 5), (reading, 5)],
                Scoring::PerItem(Points::from_halves(7))
            ),
            (
                Section::Writing,
                vec![(vec![Form, Message], 1)],
                Scoring::Bands {
                    complete: Points::whole(35),
                    sufficient: Points::whole(28)
                }
            ),
        ]
    );
}

#[test]
fn the_veneto_variant_is_60_minutes_100_points_pass_at_80() {
    use ItemKind::*;
    let veneto = layout("cpia-veneto");
    assert_eq!(veneto.max_points(), Points::whole(100));
    assert_eq!(veneto.pass_mark, Points::whole(80));
    assert_eq!(veneto.seconds(), 60 * 60);
    let per_section: Vec<Points> = veneto.sections.iter().map(|s| s.max_points()).collect();
    assert_eq!(
        per_section,
        [Points::whole(30), Points::whole(30), Points::whole(40)]
    );
    assert_eq!(
        shape(&veneto),
        [
            (
                Section::Listening,
                vec![
                    (vec![Matching, Place, SingleChoice], 5),
                    (vec![SingleChoice, TrueFalse, TickInfo, Place], 5)
                ],
                Scoring::PerItem(Points::whole(3))
            ),
            (
                Section::Reading,
                vec![
                    (vec![TrueFalse], 5),
                    (vec![Matching, SingleChoice], 5),
                    (vec![SingleChoice, GapFill, TickInfo, TrueFalse], 5)
                ],
                Scoring::PerItem(Points::whole(2))
            ),
            (
                Section::Writing,
                vec![(vec![Message], 1), (vec![Form, Message], 1)],
                Scoring::Bands {
                    complete: Points::whole(20),
                    sufficient: Points::whole(16)
                }
            ),
        ]
    );
}

#[test]
fn the_short_test_layout_gives_three_seconds_per_section() {
    let short = layout("short");
    let seconds: Vec<u64> = short.sections.iter().map(|s| s.seconds()).collect();
    assert_eq!(seconds, [3, 3, 3]);
    let sections: Vec<Section> = short.sections.iter().map(|s| s.section).collect();
    assert_eq!(sections, Section::ALL);
    assert!(short.pass_mark <= short.max_points());
}

#[test]
fn the_template_has_no_errors_and_no_warnings() {
    let files = read(&[repo().join("question-banks/TEMPLATE.ron")]);
    let report = check_with_words(&sources(&files), &Vocabulary::a2());
    assert!(report.is_valid(), "{}", lines(report.errors()));
    assert!(report.warnings().is_empty(), "{}", lines(report.warnings()));
    let template = &report.banks()[0];
    assert_eq!(template.id, "template");
    assert!(template.tasks.iter().all(|t| t.id.starts_with("template-")));
    // It shows every item kind.
    let mut kinds: Vec<ItemKind> = template
        .tasks
        .iter()
        .flat_map(|t| &t.items)
        .map(|i| i.question.kind())
        .collect();
    kinds.sort();
    kinds.dedup();
    assert_eq!(kinds, ItemKind::ALL);
}

#[test]
fn every_shipped_bank_written_as_ron_reads_back_unchanged() {
    use sportello_core::bank::parse::parse_bank;
    use sportello_core::bank::write::to_ron;
    let report = shipped();
    assert!(report.banks().len() > 20);
    for bank in report.banks() {
        let written = to_ron(bank);
        let back = parse_bank(&bank.id, &written).unwrap_or_else(|e| panic!("{e}\n{written}"));
        assert_eq!(&back, bank, "{}", bank.id);
    }
}

#[test]
fn every_shipped_bank_opens_in_the_editor_with_the_checkers_advice_and_no_error() {
    use sportello_core::bank::edit::Draft;
    use sportello_core::bank::validate::{check, FileKind, Source};
    let mut paths = ron_files(&repo().join("question-banks"));
    paths.extend(ron_files(&repo().join("question-banks/layouts")));
    let files = read(&paths);
    let all = sources(&files);
    let (banks, layouts): (Vec<Source<'_>>, Vec<Source<'_>>) =
        all.iter().partition(|s| s.kind() == FileKind::Bank);
    assert!(banks.len() > 20);
    for bank in banks {
        let text = String::from_utf8_lossy(bank.data);
        let draft = Draft::open(bank.name, &text).unwrap_or_else(|e| panic!("{e}"));
        let problems = draft.check(&layouts);
        assert!(
            !problems.iter().any(|p| p.error),
            "{}: {problems:#?}",
            bank.name
        );
        // The editor gives, by field, the advice the checker gives the file by line.
        let alone: Vec<Source<'_>> = std::iter::once(bank).chain(layouts.clone()).collect();
        let report = check(&alone);
        let mut advice: Vec<String> = (report.warnings().iter())
            .filter(|d| d.file == bank.name)
            .map(|d| d.message.to_string())
            .collect();
        let mut by_field: Vec<String> = problems.iter().map(|p| p.message.to_string()).collect();
        advice.sort();
        by_field.sort();
        assert_eq!(by_field, advice, "{}", bank.name);
    }
}
