//! Seeded exam generation: the same seed, layout and banks always give the same exam.
//!
//! [`generate`] fills every slot of a [`Layout`] with a fitting task, never twice the same task,
//! preferring tasks the learner has not seen, and presents each one as [`present`] does alone:
//! options shuffled (pinned ones kept in place), right answers remapped, recordings named.
//!
//! Randomness comes from `rand_pcg`'s `Pcg32`, whose output is fixed by the PCG algorithm and
//! checked against reference vectors, so it is the same on every platform and version. The
//! bounded draw and the shuffle are written here (a few lines) instead of using `rand`'s
//! `gen_range`/`shuffle`, whose value sequences `rand` does not promise to keep across versions:
//! a shared link (layout + seed) must open the same exam for years.

use super::{Exam, ExamGap, ExamItem, ExamQuestion, ExamSection, ExamTask};
use crate::bank::{Gap, Item, ItemKind, Question, Section, Stimulus, Task};
use crate::layout::Layout;
use rand_core::{Rng, SeedableRng};
use rand_pcg::Pcg32;
use std::fmt;

/// Why a slot of the layout could not be filled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenerateError {
    /// The section of the slot.
    pub section: Section,
    /// The slot's index in its section, from 0.
    pub slot: usize,
    /// The scored answers the slot needs.
    pub items: u32,
    /// The item kinds the slot allows.
    pub kinds: Vec<ItemKind>,
    /// How many tasks fit the slot but were already used in this exam.
    pub fitting_but_used: usize,
}

impl fmt::Display for GenerateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kinds: Vec<&str> = self.kinds.iter().map(|k| k.as_str()).collect();
        let unused = if self.fitting_but_used == 0 {
            ""
        } else {
            "unused "
        };
        let plural = if self.items == 1 { "" } else { "s" };
        write!(
            f,
            "{}, task {}: no {unused}task with {} item{plural} of kinds [{}]",
            self.section.as_str(),
            self.slot + 1,
            self.items,
            kinds.join(", ")
        )?;
        match self.fitting_but_used {
            0 => Ok(()),
            1 => write!(f, " (the only one is already in this exam)"),
            n => write!(f, " (all {n} are already in this exam)"),
        }
    }
}

impl std::error::Error for GenerateError {}

/// Generates an exam from `layout` with tasks from the banks.
///
/// For each slot, the candidates are the tasks of the slot's section with exactly `slot.items`
/// scored answers, every item of an allowed kind, and not already in this exam. Tasks for which
/// `seen(task_id)` is true are used only when no unseen candidate fits (a shared link passes
/// `|_| false`). The pick among candidates is by task id order, so the order of `tasks` does not
/// matter: the same layout, tasks and seed always give the same exam.
pub fn generate<'a>(
    layout: &Layout,
    tasks: impl IntoIterator<Item = &'a Task>,
    seed: u64,
    seen: impl Fn(&str) -> bool,
) -> Result<Exam, GenerateError> {
    let mut rng = Pcg32::seed_from_u64(seed);
    let mut by_section: [Vec<Candidate>; 3] = Default::default();
    for task in tasks {
        let (units, kinds) = task.items.iter().fold((0, 0), |(units, kinds), i| {
            (
                units + i.question.units(),
                kinds | kind_bit(i.question.kind()),
            )
        });
        by_section[section_index(task.section)].push(Candidate {
            task,
            units,
            kinds,
            seen: None,
        });
    }
    let mut used: Vec<&str> = Vec::new();
    let mut sections = Vec::with_capacity(layout.sections.len());
    for section in &layout.sections {
        let pool = &mut by_section[section_index(section.section)];
        let mut tasks = Vec::with_capacity(section.tasks.len());
        for (slot_index, slot) in section.tasks.iter().enumerate() {
            let allowed = slot.kinds.iter().fold(0, |mask, &k| mask | kind_bit(k));
            let fits = |c: &Candidate| c.units == slot.items && c.kinds & !allowed == 0;
            let task = pick(pool, fits, &used, &seen, &mut rng).ok_or_else(|| GenerateError {
                section: section.section,
                slot: slot_index,
                items: slot.items,
                kinds: slot.kinds.clone(),
                fitting_but_used: pool
                    .iter()
                    .filter(|c| fits(c) && used.contains(&c.task.id.as_str()))
                    .count(),
            })?;
            used.push(&task.id);
            tasks.push(present_task(task, &mut rng));
        }
        sections.push(ExamSection {
            section: section.section,
            seconds: section.seconds(),
            scoring: section.scoring.clone(),
            tasks,
        });
    }
    Ok(Exam {
        layout_id: layout.id.clone(),
        layout_title: layout.title.clone(),
        seed,
        pass_mark: layout.pass_mark,
        sections,
    })
}

/// A task of the banks, with what slots are checked against computed once.
struct Candidate<'a> {
    task: &'a Task,
    units: u32,
    /// One bit per item kind used.
    kinds: u16,
    /// Whether the learner has seen it, asked only when it fits a slot.
    seen: Option<bool>,
}

fn kind_bit(kind: ItemKind) -> u16 {
    1 << kind as u16
}

fn section_index(section: Section) -> usize {
    match section {
        Section::Listening => 0,
        Section::Reading => 1,
        Section::Writing => 2,
    }
}

/// Picks a fitting unused task, unseen if any: the k-th by id, k drawn from the seed.
fn pick<'a>(
    pool: &mut [Candidate<'a>],
    fits: impl Fn(&Candidate) -> bool,
    used: &[&str],
    seen: impl Fn(&str) -> bool,
    rng: &mut Pcg32,
) -> Option<&'a Task> {
    let mut unseen = Vec::new();
    let mut seen_before = Vec::new();
    for candidate in pool.iter_mut() {
        if !fits(candidate) || used.contains(&candidate.task.id.as_str()) {
            continue;
        }
        if *candidate
            .seen
            .get_or_insert_with(|| seen(&candidate.task.id))
        {
            seen_before.push(candidate.task);
        } else {
            unseen.push(candidate.task);
        }
    }
    let mut choices = if unseen.is_empty() {
        seen_before
    } else {
        unseen
    };
    if choices.is_empty() {
        return None;
    }
    let k = below(rng, choices.len());
    let (_, task, _) = choices.select_nth_unstable_by(k, |a, b| a.id.cmp(&b.id));
    Some(*task)
}

/// A uniform draw in `0..n` (n > 0), by rejection so that no value is favoured.
fn below(rng: &mut Pcg32, n: usize) -> usize {
    let n = n as u64;
    let limit = u64::MAX - u64::MAX % n;
    loop {
        let x = rng.next_u64();
        if x < limit {
            return (x % n) as usize;
        }
    }
}

/// The shown order of `len` options: `order[i]` is the bank index shown at `i`. Indices in
/// `pinned` stay in place; the others are shuffled (Fisher–Yates) among the remaining places.
fn shuffled_order(len: usize, pinned: &[usize], rng: &mut Pcg32) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let free: Vec<usize> = (0..len).filter(|i| !pinned.contains(i)).collect();
    let mut moving = free.clone();
    for i in (1..moving.len()).rev() {
        moving.swap(i, below(rng, i + 1));
    }
    for (place, original) in free.into_iter().zip(moving) {
        order[place] = original;
    }
    order
}

/// Options in shown order.
fn reorder(options: &[String], order: &[usize]) -> Vec<String> {
    order.iter().map(|&i| options[i].clone()).collect()
}

/// Where the bank's option `original` is shown. A right answer outside the options (which the
/// validator rejects) maps to `order.len()`, which no answer can choose.
fn shown_at(order: &[usize], original: usize) -> usize {
    order
        .iter()
        .position(|&o| o == original)
        .unwrap_or(order.len())
}

/// `task` alone as an exam presents it, with the options shuffled by `seed` (how practice serves
/// a task).
pub fn present(task: &Task, seed: u64) -> ExamTask {
    present_task(task, &mut Pcg32::seed_from_u64(seed))
}

fn present_task(task: &Task, rng: &mut Pcg32) -> ExamTask {
    let heard = task.section == Section::Listening;
    ExamTask {
        id: task.id.clone(),
        topic: task.topic,
        instructions: task.instructions.clone(),
        instructions_tr: task.instructions_tr.clone(),
        stimulus: task.stimulus.clone(),
        recording: (heard && audible(&task.stimulus)).then(|| task.id.clone()),
        items: task
            .items
            .iter()
            .map(|item| present_item(&task.id, item, heard, rng))
            .collect(),
    }
}

fn audible(stimulus: &Stimulus) -> bool {
    stimulus.audio.is_some() || stimulus.content.spoken_text().is_some()
}

fn present_item(task_id: &str, item: &Item, heard: bool, rng: &mut Pcg32) -> ExamItem {
    ExamItem {
        id: item.id.clone(),
        stimulus: item.stimulus.clone(),
        recording: item
            .stimulus
            .as_ref()
            .filter(|s| heard && audible(s))
            .map(|_| format!("{task_id}/{}", item.id)),
        question: present_question(&item.question, rng),
        explanation: item.explanation.clone(),
        explanation_tr: item.explanation_tr.clone(),
    }
}

fn present_question(question: &Question, rng: &mut Pcg32) -> ExamQuestion {
    match question {
        Question::SingleChoice {
            prompt,
            options,
            correct,
            pinned,
        } => {
            let order = shuffled_order(options.len(), pinned, rng);
            ExamQuestion::SingleChoice {
                prompt: prompt.clone(),
                options: reorder(options, &order),
                correct: shown_at(&order, *correct),
                order,
            }
        }
        Question::TrueFalse { statement, answer } => ExamQuestion::TrueFalse {
            statement: statement.clone(),
            answer: *answer,
        },
        Question::Matching {
            prompt,
            pairs,
            extra,
        } => {
            let bank_right: Vec<String> = pairs
                .iter()
                .map(|(_, r)| r.clone())
                .chain(extra.iter().cloned())
                .collect();
            let order = shuffled_order(bank_right.len(), &[], rng);
            ExamQuestion::Matching {
                prompt: prompt.clone(),
                left: pairs.iter().map(|(l, _)| l.clone()).collect(),
                right: reorder(&bank_right, &order),
                correct: (0..pairs.len()).map(|l| shown_at(&order, l)).collect(),
                order,
            }
        }
        Question::Place {
            prompt,
            options,
            correct,
        } => {
            let order = shuffled_order(options.len(), &[], rng);
            ExamQuestion::Place {
                prompt: prompt.clone(),
                options: reorder(options, &order),
                correct: shown_at(&order, *correct),
                order,
            }
        }
        Question::TickInfo {
            prompt,
            options,
            correct,
        } => {
            let order = shuffled_order(options.len(), &[], rng);
            let mut shown: Vec<usize> = correct.iter().map(|&c| shown_at(&order, c)).collect();
            shown.sort_unstable();
            ExamQuestion::TickInfo {
                prompt: prompt.clone(),
                options: reorder(options, &order),
                correct: shown,
                order,
            }
        }
        Question::GapFill { text, gap } => ExamQuestion::GapFill {
            text: text.clone(),
            gap: match gap {
                Gap::Choice { options, correct } => {
                    let order = shuffled_order(options.len(), &[], rng);
                    ExamGap::Choice {
                        options: reorder(options, &order),
                        correct: shown_at(&order, *correct),
                        order,
                    }
                }
                Gap::Typed { accepted } => ExamGap::Typed {
                    accepted: accepted.clone(),
                },
            },
        },
        Question::Form { prompt, fields } => ExamQuestion::Form {
            prompt: prompt.clone(),
            fields: fields.clone(),
        },
        Question::Message {
            prompt,
            min_words,
            max_words,
            points,
            points_tr,
            model,
            sample_sufficient,
            sample_insufficient,
        } => ExamQuestion::Message {
            prompt: prompt.clone(),
            min_words: *min_words,
            max_words: *max_words,
            points: points.clone(),
            points_tr: points_tr.clone(),
            model: model.clone(),
            sample_sufficient: sample_sufficient.clone(),
            sample_insufficient: sample_insufficient.clone(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exam::test_support::{bank_for, layout, task, VADEMECUM, VENETO};
    use std::collections::BTreeSet;

    fn ids(exam: &Exam) -> Vec<String> {
        exam.task_ids().map(str::to_string).collect()
    }

    #[test]
    fn same_seed_layout_and_tasks_give_the_same_exam_whatever_the_task_order() {
        let layout = layout(VADEMECUM);
        let tasks = bank_for(&layout, 12);
        let mut reversed = tasks.clone();
        reversed.reverse();
        let a = generate(&layout, &tasks, 7, |_| false).unwrap();
        let b = generate(&layout, &reversed, 7, |_| false).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn different_seeds_give_different_exams() {
        let layout = layout(VADEMECUM);
        let tasks = bank_for(&layout, 12);
        let exams: BTreeSet<Vec<String>> = (0..10)
            .map(|seed| ids(&generate(&layout, &tasks, seed, |_| false).unwrap()))
            .collect();
        assert!(exams.len() > 5, "only {} different exams", exams.len());
    }

    #[test]
    fn the_recorded_seed_gives_the_recorded_exam() {
        // Pins the generator's output: a shared link must open the same exam after upgrades.
        let layout = layout(VADEMECUM);
        let tasks = bank_for(&layout, 12);
        let exam = generate(&layout, &tasks, 42, |_| false).unwrap();
        assert_eq!(
            ids(&exam),
            [
                "listening-0-08",
                "listening-0-11",
                "reading-0-08",
                "reading-0-07",
                "writing-0-09"
            ]
        );
        let orders: Vec<&[usize]> = exam.sections[1].tasks[0]
            .items
            .iter()
            .filter_map(|i| match &i.question {
                ExamQuestion::SingleChoice { order, .. }
                | ExamQuestion::Matching { order, .. }
                | ExamQuestion::TickInfo { order, .. } => Some(order.as_slice()),
                _ => None,
            })
            .collect();
        let recorded: [&[usize]; 3] = [&[1, 0, 2, 3], &[1, 0, 2], &[0, 3, 1, 2]];
        assert_eq!(orders, recorded);
    }

    #[test]
    fn no_task_is_used_twice_in_one_exam() {
        // Every slot of the Vademecum listening section takes the same tasks, and only two fit.
        let layout = layout(VADEMECUM);
        let tasks: Vec<Task> = bank_for(&layout, 1)
            .into_iter()
            .filter(|t| t.section != Section::Listening)
            .chain((0..2).map(|n| {
                let kinds = &layout.sections[0].tasks[0].kinds;
                task(&format!("ascolto-{n}"), Section::Listening, kinds, 5)
            }))
            .collect();
        for seed in 0..50 {
            let exam = generate(&layout, &tasks, seed, |_| false).unwrap();
            let listening: BTreeSet<&str> = exam.sections[0]
                .tasks
                .iter()
                .map(|t| t.id.as_str())
                .collect();
            assert_eq!(listening, BTreeSet::from(["ascolto-0", "ascolto-1"]));
        }
    }

    #[test]
    fn unseen_tasks_are_preferred_and_seen_ones_fill_in() {
        let layout = layout(VADEMECUM);
        let tasks = bank_for(&layout, 5);
        // Everything seen except one listening task of slot 0.
        let unseen = "listening-0-03";
        for seed in 0..30 {
            let exam = generate(&layout, &tasks, seed, |id| id != unseen).unwrap();
            assert_eq!(exam.sections[0].tasks[0].id, unseen, "seed {seed}");
            assert_eq!(exam.task_ids().count(), 5);
        }
    }

    #[test]
    fn a_slot_nobody_can_fill_is_named_in_plain_words() {
        let layout = layout(VADEMECUM);
        let tasks: Vec<Task> = bank_for(&layout, 1)
            .into_iter()
            .filter(|t| t.id != "reading-1-00")
            .collect();
        let error = generate(&layout, &tasks, 1, |_| false).unwrap_err();
        assert_eq!(
            (error.section, error.slot, error.items),
            (Section::Reading, 1, 5)
        );
        assert_eq!(
            error.to_string(),
            "reading, task 2: no unused task with 5 items of kinds \
             [true_false, single_choice, matching, tick_info, gap_fill] \
             (the only one is already in this exam)"
        );
        let no_writing: Vec<Task> = bank_for(&layout, 1)
            .into_iter()
            .filter(|t| t.section != Section::Writing)
            .collect();
        let error = generate(&layout, &no_writing, 1, |_| false).unwrap_err();
        assert_eq!(
            error.to_string(),
            "writing, task 1: no task with 1 item of kinds [form, message]"
        );
    }

    #[test]
    fn tasks_with_a_kind_the_slot_does_not_allow_are_not_picked() {
        let layout = layout(VENETO);
        // A 5-unit listening task with a true/false item cannot fill the first Veneto slot.
        let mut tasks = bank_for(&layout, 1);
        tasks.retain(|t| t.id != "listening-0-00");
        tasks.push(task(
            "tf-listening",
            Section::Listening,
            &[ItemKind::SingleChoice, ItemKind::TrueFalse],
            5,
        ));
        let error = generate(&layout, &tasks, 3, |_| false).unwrap_err();
        assert_eq!((error.section, error.slot), (Section::Listening, 0));
    }

    #[test]
    fn shuffled_options_keep_the_right_answer_and_pinned_options_their_place() {
        let layout = layout(VADEMECUM);
        let tasks = bank_for(&layout, 3);
        let mut orders = BTreeSet::new();
        for seed in 0..40 {
            let exam = generate(&layout, &tasks, seed, |_| false).unwrap();
            for item in exam
                .sections
                .iter()
                .flat_map(|s| &s.tasks)
                .flat_map(|t| &t.items)
            {
                match &item.question {
                    ExamQuestion::SingleChoice {
                        options,
                        correct,
                        order,
                        ..
                    } => {
                        assert_eq!(options[*correct], "pane");
                        assert_eq!(options[3], "Non si sa");
                        assert_eq!(order[3], 3);
                        orders.insert(order.clone());
                    }
                    ExamQuestion::Place {
                        options, correct, ..
                    } => assert_eq!(options[*correct], "in farmacia"),
                    ExamQuestion::TickInfo {
                        options, correct, ..
                    } => {
                        let ticked: BTreeSet<&str> =
                            correct.iter().map(|&c| options[c].as_str()).collect();
                        assert_eq!(ticked, BTreeSet::from(["orario", "indirizzo"]));
                    }
                    ExamQuestion::Matching {
                        left,
                        right,
                        correct,
                        ..
                    } => {
                        assert_eq!(right.len(), 3);
                        assert_eq!(left, &["treno", "medicina"]);
                        assert_eq!(right[correct[0]], "stazione");
                        assert_eq!(right[correct[1]], "farmacia");
                    }
                    _ => {}
                }
            }
        }
        // The three free options of a single choice come in all 6 orders.
        assert_eq!(orders.len(), 6);
    }

    #[test]
    fn a_presented_task_keeps_its_items_and_its_right_answers() {
        let tasks = bank_for(&layout(VADEMECUM), 2);
        let listening = &tasks[0];
        let mut orders = BTreeSet::new();
        for seed in 0..20 {
            let shown = present(listening, seed);
            assert_eq!(shown.id, listening.id);
            assert_eq!(shown.recording.as_deref(), Some(listening.id.as_str()));
            assert_eq!(shown.items.len(), listening.items.len());
            for item in &shown.items {
                if let ExamQuestion::SingleChoice {
                    options,
                    correct,
                    order,
                    ..
                } = &item.question
                {
                    assert_eq!(options[*correct], "pane");
                    orders.insert(order.clone());
                }
            }
        }
        assert!(orders.len() > 1, "options are shuffled");
    }
}
