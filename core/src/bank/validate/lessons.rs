//! Checks of lesson files (`lessons/*.ron`, format in `docs/lessons-format.md`): each lesson's
//! own fields, its practice task with every bank task check, ids across lessons, and, when banks
//! are checked with them, the lesson ids the banks name. Messages are located `file:line:column`
//! as for banks.

use super::across::check_file_ids;
use super::bank::check_task;
use super::findings::{Checked, Ctx};
use super::parse::{self, Diagnostic};
use super::style::blank;
use super::Source;
use super::Step::{Field as F, Index as I};
use crate::bank::message::{msg, Message};
use crate::bank::translations::LEARNER_LOCALES;
use crate::bank::{Section, Translations};
use crate::lesson::{parse_lesson, Lesson, PRACTICE_PREFIX};
use std::collections::HashSet;
use std::ops::RangeInclusive;
use std::path::Path;

/// How many examples a lesson has.
pub const EXAMPLES: RangeInclusive<usize> = 3..=6;

/// How many items a lesson's practice task has.
pub const PRACTICE_ITEMS: RangeInclusive<usize> = 3..=6;

/// What [`check`] found: the lessons without errors, and every error and warning (of the lesson
/// files, then of the bank files about the lessons they name), each file's by position.
#[derive(Debug, Clone, Default)]
pub struct LessonReport {
    /// The lessons of the files with no errors, in the order given.
    pub lessons: Vec<Lesson>,
    /// Problems that keep a lesson from loading.
    pub errors: Vec<Diagnostic>,
    /// Advice that does not stop a lesson from loading.
    pub warnings: Vec<Diagnostic>,
}

impl LessonReport {
    /// True when nothing is wrong (warnings allowed).
    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Checks lesson files together; when `banks` are given, also warns about every lesson id a
/// bank task or item names that none of the lessons has. Bank files that do not parse are left
/// to the bank checks.
pub fn check(lessons: &[Source<'_>], banks: &[Source<'_>]) -> LessonReport {
    let mut report = LessonReport::default();
    let mut files: Vec<Option<Checked<'_, Lesson>>> = Vec::new();
    for (index, source) in lessons.iter().enumerate() {
        let read = parse::decode(source.name, source.data)
            .and_then(|text| Ok((text, parse_lesson(source.name, text)?)));
        match read {
            Ok((text, lesson)) => {
                let mut file = Checked::new(index, source.name, text, lesson);
                check_lesson(&mut file);
                file.check_direction_controls();
                files.push(Some(file));
            }
            Err(error) => {
                report.errors.push(error);
                files.push(None);
            }
        }
    }
    let mut parsed: Vec<Checked<'_, Lesson>> = files.into_iter().flatten().collect();
    check_file_ids(
        &mut parsed,
        |id, place| msg!("lesson-id-taken", id = id, place = place),
        |l: &Lesson| &l.id,
    );
    parsed.sort_by_key(|f| f.source);
    for file in parsed {
        let (errors, warnings) = file.diagnostics();
        report.warnings.extend(warnings);
        if errors.is_empty() {
            report.lessons.push(file.value);
        } else {
            report.errors.extend(errors);
        }
    }
    if !lessons.is_empty() {
        let known: HashSet<&str> = report.lessons.iter().map(|l| l.id.as_str()).collect();
        for (index, source) in banks.iter().enumerate() {
            report
                .warnings
                .extend(unknown_lessons(index, source, &known));
        }
    }
    report
}

/// Checks one lesson alone.
fn check_lesson(file: &mut Checked<'_, Lesson>) {
    let lesson = &file.value;
    let label = msg!("label-lesson", id = &lesson.id);
    let ctx = &mut Ctx::new(&mut file.found, Vec::new(), &label);
    check_id(lesson, file.name, &mut ctx.at(&[F("id")]));
    ctx.at(&[F("title")])
        .required(msg!("what-title"), &lesson.title);
    ctx.at(&[F("explanation")])
        .italian(msg!("what-explanation"), &lesson.explanation);
    for (field, what, tr) in [
        ("title_tr", msg!("what-title"), &lesson.title_tr),
        (
            "explanation_tr",
            msg!("what-explanation"),
            &lesson.explanation_tr,
        ),
    ] {
        all_translated(&mut ctx.at(&[F(field)]), what, tr);
    }
    let examples = lesson.examples.len();
    if !EXAMPLES.contains(&examples) {
        let count = msg!("lesson-examples-count", label = &label, count = examples);
        ctx.at(&[F("examples")]).error(within(count, &EXAMPLES));
    }
    for (n, example) in lesson.examples.iter().enumerate() {
        let what = msg!("what-example", n = n + 1);
        let ctx = &mut ctx.at(&[F("examples"), I(n)]);
        ctx.at(&[F("it")]).italian(what.clone(), &example.it);
        all_translated(&mut ctx.at(&[F("tr")]), what, &example.tr);
    }
    check_practice(lesson, &mut ctx.at(&[F("practice")]));
}

/// The id: lowercase letters, digits and hyphens, the same as the file's name.
fn check_id(lesson: &Lesson, file: &str, ctx: &mut Ctx<'_>) {
    let label = ctx.label;
    let id = &lesson.id;
    if blank(id) {
        ctx.error(msg!("lesson-id-empty", label = label));
        return;
    }
    if !id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        ctx.error(msg!("lesson-id-characters", label = label));
    }
    let stem = Path::new(file).file_stem().and_then(|s| s.to_str());
    if stem != Some(id.as_str()) {
        ctx.error(msg!("lesson-file-name", label = label, id = id));
    }
}

/// The practice: a valid bank task that is not writing, with 3–6 items, named after the lesson,
/// translated into every learner language.
fn check_practice(lesson: &Lesson, ctx: &mut Ctx<'_>) {
    let task = &lesson.practice;
    let lesson_label = msg!("label-lesson", id = &lesson.id);
    let label = msg!(
        "label-lesson-practice",
        lesson = lesson_label,
        id = &task.id
    );
    let ctx = &mut ctx.named(&[], &label);
    check_task(task, ctx);
    let expected = format!("{PRACTICE_PREFIX}{}", lesson.id);
    if task.id != expected {
        ctx.at(&[F("id")]).error(msg!(
            "lesson-practice-id",
            label = &label,
            expected = expected
        ));
    }
    if task.section == Section::Writing {
        ctx.at(&[F("section")])
            .error(msg!("lesson-practice-writing", label = &label));
    }
    let items = task.items.len();
    if !PRACTICE_ITEMS.contains(&items) {
        let count = msg!("lesson-practice-items-count", label = &label, count = items);
        ctx.at(&[F("items")]).error(within(count, &PRACTICE_ITEMS));
    }
    all_translated(
        &mut ctx.at(&[F("instructions_tr")]),
        msg!("what-instructions"),
        &task.instructions_tr,
    );
    for (i, item) in task.items.iter().enumerate() {
        let what = msg!("what-item-explanation", id = &item.id);
        all_translated(
            &mut ctx.at(&[F("items"), I(i), F("explanation_tr")]),
            what,
            &item.explanation_tr,
        );
    }
}

/// `message`, told the bounds of the `range` a count should be within.
fn within(message: Message, range: &RangeInclusive<usize>) -> Message {
    message
        .arg("start", *range.start())
        .arg("end", *range.end())
}

/// Each translation well formed (an error otherwise), and a warning naming the learner
/// languages with none.
fn all_translated(ctx: &mut Ctx<'_>, what: Message, tr: &Translations) {
    ctx.translations(what.clone(), tr);
    let missing: Vec<&str> = LEARNER_LOCALES
        .into_iter()
        .filter(|l| !tr.contains_key(*l))
        .collect();
    if !missing.is_empty() {
        let message = msg!(
            "lesson-translations-missing",
            label = ctx.label,
            what = what,
            languages = missing.join(", ")
        );
        ctx.warn(message);
    }
}

/// Warnings at each lesson id a bank's tasks or items name that is not in `known`.
fn unknown_lessons(index: usize, source: &Source<'_>, known: &HashSet<&str>) -> Vec<Diagnostic> {
    let Ok(text) = parse::decode(source.name, source.data) else {
        return Vec::new();
    };
    let Ok(bank) = parse::parse_bank(source.name, text) else {
        return Vec::new();
    };
    let mut file = Checked::new(index, source.name, text, bank);
    let mut unknown = Vec::new();
    for (t, task) in file.value.tasks.iter().enumerate() {
        let at_task = [F("tasks"), I(t)];
        for (k, id) in task.lessons.iter().enumerate() {
            unknown.push(([&at_task[..], &[F("lessons"), I(k)]].concat(), &task.id, id));
        }
        for (i, item) in task.items.iter().enumerate() {
            for (k, id) in item.lessons.iter().enumerate() {
                let path = [&at_task[..], &[F("items"), I(i), F("lessons"), I(k)]].concat();
                unknown.push((path, &task.id, id));
            }
        }
    }
    let found: Vec<_> = unknown
        .into_iter()
        .filter(|(_, _, id)| !known.contains(id.as_str()))
        .map(|(path, task, id)| (path, msg!("lesson-unknown", task = task, id = id)))
        .collect();
    for (path, message) in found {
        file.found.warn(path, message);
    }
    file.diagnostics().1
}
