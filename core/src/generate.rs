//! Seeded exam generation: the same seed, layout and banks always give the same exam.
//!
//! [`generate`] fills every slot of a [`Layout`] with a fitting task, never twice the same task,
//! preferring tasks the learner has not seen, and shuffles options. The resulting [`Exam`] holds
//! the questions as presented (options in shown order, right answers remapped), so the UI and the
//! scorer never need the original order; it is saved with the attempt, so a reload resumes the
//! same exam even if the banks have changed since.
//!
//! Randomness comes from `rand_pcg`'s `Pcg32`, whose output is fixed by the PCG algorithm and
//! checked against reference vectors, so it is the same on every platform and version. The
//! bounded draw and the shuffle are written here (a few lines) instead of using `rand`'s
//! `gen_range`/`shuffle`, whose value sequences `rand` does not promise to keep across versions:
//! a shared link (layout + seed) must open the same exam for years.

use crate::bank::Translations;
use crate::bank::{FormField, Gap, Item, ItemKind, Question, Section, Stimulus, Task, Topic};
use crate::layout::{Layout, Scoring};
use crate::points::Points;
use rand_core::{Rng, SeedableRng};
use rand_pcg::Pcg32;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A generated exam: what the learner is shown, in order, with the right answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exam {
    /// The layout it was generated from.
    pub layout_id: String,
    /// The layout's title.
    pub layout_title: String,
    /// The seed it was generated with (with the layout id, it names the exam in a shared link).
    pub seed: u64,
    /// The lowest passing total.
    pub pass_mark: Points,
    /// Sections in the order they are taken.
    pub sections: Vec<ExamSection>,
}

/// One timed section of an exam.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExamSection {
    /// Which section.
    pub section: Section,
    /// Time allowed, in seconds.
    pub seconds: u64,
    /// How answers become points.
    pub scoring: Scoring,
    /// The tasks, one per slot of the layout.
    pub tasks: Vec<ExamTask>,
}

/// A task as presented.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExamTask {
    /// The task's id in its bank.
    pub id: String,
    /// Its topic.
    pub topic: Topic,
    /// What to do, in Italian.
    pub instructions: String,
    /// The instructions in the learner's language, keyed by locale.
    pub instructions_tr: Translations,
    /// What the learner reads or hears.
    pub stimulus: Stimulus,
    /// The id to count plays of the stimulus by, when it is heard (listening only): the task id.
    pub recording: Option<String>,
    /// The questions.
    pub items: Vec<ExamItem>,
}

/// An item as presented.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExamItem {
    /// Unique within its task.
    pub id: String,
    /// A short text or recording of this item only.
    pub stimulus: Option<Stimulus>,
    /// The id to count plays of the item's own stimulus by, when it is heard (listening only):
    /// `"{task id}/{item id}"`.
    pub recording: Option<String>,
    /// What is asked, options in shown order, and what is right.
    pub question: ExamQuestion,
    /// Why the right answer is right.
    pub explanation: String,
    /// The explanation in the learner's language, keyed by locale.
    pub explanation_tr: Translations,
}

/// A question as presented. `options`/`right` are in shown order; `correct` indexes them;
/// `order[i]` is the index in the bank of the option shown at `i` (for review and statistics).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ExamQuestion {
    /// Exactly one option is right.
    SingleChoice {
        prompt: String,
        options: Vec<String>,
        correct: usize,
        order: Vec<usize>,
    },
    /// A statement that is true or false.
    TrueFalse { statement: String, answer: bool },
    /// Match each `left` text (bank order) to one `right` text (shuffled, with distractors):
    /// `correct[l]` is the right index matching left `l`.
    Matching {
        prompt: String,
        left: Vec<String>,
        right: Vec<String>,
        correct: Vec<usize>,
        order: Vec<usize>,
    },
    /// Where a dialogue takes place.
    Place {
        prompt: Option<String>,
        options: Vec<String>,
        correct: usize,
        order: Vec<usize>,
    },
    /// Tick every piece of information present; `correct` is sorted.
    TickInfo {
        prompt: String,
        options: Vec<String>,
        correct: Vec<usize>,
        order: Vec<usize>,
    },
    /// A sentence with one gap written `___`.
    GapFill { text: String, gap: ExamGap },
    /// Fill in a form.
    Form {
        prompt: String,
        fields: Vec<FormField>,
    },
    /// Write a short message.
    Message {
        prompt: String,
        min_words: u32,
        max_words: u32,
        points: Vec<String>,
        model: String,
    },
}

/// How a gap is filled, as presented.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ExamGap {
    /// Choose among options, shuffled.
    Choice {
        options: Vec<String>,
        correct: usize,
        order: Vec<usize>,
    },
    /// Type the word; any of `accepted` is right (see [`crate::answer::normalize`]).
    Typed { accepted: Vec<String> },
}

impl ExamQuestion {
    /// The kind of this question.
    pub fn kind(&self) -> ItemKind {
        match self {
            ExamQuestion::SingleChoice { .. } => ItemKind::SingleChoice,
            ExamQuestion::TrueFalse { .. } => ItemKind::TrueFalse,
            ExamQuestion::Matching { .. } => ItemKind::Matching,
            ExamQuestion::Place { .. } => ItemKind::Place,
            ExamQuestion::TickInfo { .. } => ItemKind::TickInfo,
            ExamQuestion::GapFill { .. } => ItemKind::GapFill,
            ExamQuestion::Form { .. } => ItemKind::Form,
            ExamQuestion::Message { .. } => ItemKind::Message,
        }
    }

    /// Scored answers it counts for: one per left entry for matching, else one.
    pub fn units(&self) -> u32 {
        match self {
            ExamQuestion::Matching { left, .. } => left.len() as u32,
            _ => 1,
        }
    }

    /// The right answer, to show in the review; `None` for forms and messages, which are graded
    /// by the learner against the examples and the model answer.
    pub fn right_answer(&self) -> Option<crate::answer::Answer> {
        use crate::answer::Answer;
        match self {
            ExamQuestion::SingleChoice { correct, .. }
            | ExamQuestion::Place { correct, .. }
            | ExamQuestion::GapFill {
                gap: ExamGap::Choice { correct, .. },
                ..
            } => Some(Answer::Choice(*correct)),
            ExamQuestion::TrueFalse { answer, .. } => Some(Answer::TrueFalse(*answer)),
            ExamQuestion::Matching { correct, .. } => {
                Some(Answer::Matching(correct.iter().map(|&r| Some(r)).collect()))
            }
            ExamQuestion::TickInfo { correct, .. } => {
                Some(Answer::Ticks(correct.iter().copied().collect()))
            }
            ExamQuestion::GapFill {
                gap: ExamGap::Typed { accepted },
                ..
            } => accepted.first().map(|a| Answer::Typed(a.clone())),
            ExamQuestion::Form { .. } | ExamQuestion::Message { .. } => None,
        }
    }
}

impl ExamTask {
    /// Scored answers in this task.
    pub fn units(&self) -> u32 {
        self.items.iter().map(|i| i.question.units()).sum()
    }
}

impl ExamSection {
    /// The most points this section can give.
    pub fn max_points(&self) -> Points {
        match &self.scoring {
            Scoring::PerItem(p) => *p * self.tasks.iter().map(ExamTask::units).sum::<u32>(),
            Scoring::Bands { complete, .. } => *complete * self.tasks.len() as u32,
        }
    }

    /// Every recording id of this section: task stimuli first, then item stimuli, in shown order.
    pub fn recordings(&self) -> impl Iterator<Item = &str> {
        self.tasks.iter().flat_map(|t| {
            t.recording
                .as_deref()
                .into_iter()
                .chain(t.items.iter().filter_map(|i| i.recording.as_deref()))
        })
    }
}

impl Exam {
    /// The most points the exam can give.
    pub fn max_points(&self) -> Points {
        self.sections.iter().map(ExamSection::max_points).sum()
    }

    /// Total time, in seconds.
    pub fn seconds(&self) -> u64 {
        self.sections.iter().map(|s| s.seconds).sum()
    }

    /// The ids of every task in the exam, in shown order (to remember them as seen).
    pub fn task_ids(&self) -> impl Iterator<Item = &str> {
        self.sections
            .iter()
            .flat_map(|s| s.tasks.iter().map(|t| t.id.as_str()))
    }

    /// The section index, task and item with these ids.
    pub fn find_item(&self, task_id: &str, item_id: &str) -> Option<(usize, &ExamTask, &ExamItem)> {
        let (section, task) = self.find_task(task_id)?;
        let item = task.items.iter().find(|i| i.id == item_id)?;
        Some((section, task, item))
    }

    /// The section index and task with this id.
    pub fn find_task(&self, task_id: &str) -> Option<(usize, &ExamTask)> {
        self.sections.iter().enumerate().find_map(|(s, section)| {
            section
                .tasks
                .iter()
                .find(|t| t.id == task_id)
                .map(|t| (s, t))
        })
    }

    /// The index of the section a recording belongs to.
    pub fn recording_section(&self, recording_id: &str) -> Option<usize> {
        self.sections
            .iter()
            .position(|s| s.recordings().any(|r| r == recording_id))
    }
}

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
            model,
            ..
        } => ExamQuestion::Message {
            prompt: prompt.clone(),
            min_words: *min_words,
            max_words: *max_words,
            points: points.clone(),
            model: model.clone(),
        },
    }
}

/// Synthetic tasks and inline layouts shared by the unit tests of generation, scoring and attempts.
#[cfg(test)]
pub(crate) mod test_support {
    use crate::answer::{Answer, Answers};
    use crate::bank::parse::parse_layout;
    use crate::bank::{
        Content, FieldKind, FormField, Gap, Gender, Item, ItemKind, Question, Section, Stimulus,
        Task, Topic, Turn,
    };
    use crate::layout::Layout;

    /// The ministry Vademecum: 30 + 35 + 35 = 100 points, pass at 80.
    pub(crate) const VADEMECUM: &str = include_str!("../../question-banks/layouts/vademecum.ron");

    /// The Veneto variant as shipped: 2 listening, 3 reading, 2 writing tasks; 30 + 30 + 40.
    pub(crate) const VENETO: &str = include_str!("../../question-banks/layouts/cpia-veneto.ron");

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
    pub(crate) fn all_right(exam: &super::Exam) -> Answers {
        let mut answers = Answers::default();
        for task in exam.sections.iter().flat_map(|s| &s.tasks) {
            for item in &task.items {
                let answer = item
                    .question
                    .right_answer()
                    .unwrap_or_else(|| match &item.question {
                        super::ExamQuestion::Form { .. } => {
                            Answer::Form(strings(&["Rossi", "01/02/1990"]))
                        }
                        _ => Answer::Message("Cara Anna, ti scrivo.".to_string()),
                    });
                answers.set(&task.id, &item.id, answer);
            }
        }
        answers
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::{bank_for, layout, task, VADEMECUM, VENETO};
    use super::*;
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
    fn listening_recordings_have_stable_ids_and_reading_has_none() {
        let layout = layout(VADEMECUM);
        let exam = generate(&layout, &bank_for(&layout, 2), 5, |_| false).unwrap();
        let listening = &exam.sections[0];
        let first = &listening.tasks[0];
        assert_eq!(first.recording.as_deref(), Some(first.id.as_str()));
        let place = first
            .items
            .iter()
            .find(|i| i.question.kind() == ItemKind::Place)
            .unwrap();
        let expected = format!("{}/{}", first.id, place.id);
        assert_eq!(place.recording.as_deref(), Some(expected.as_str()));
        assert_eq!(exam.recording_section(&expected), Some(0));
        assert_eq!(listening.recordings().count(), 4);
        assert_eq!(exam.sections[1].recordings().count(), 0);
    }

    #[test]
    fn an_exam_survives_a_json_round_trip() {
        let layout = layout(VENETO);
        let exam = generate(&layout, &bank_for(&layout, 2), 9, |_| false).unwrap();
        let json = serde_json::to_string(&exam).unwrap();
        assert_eq!(serde_json::from_str::<Exam>(&json).unwrap(), exam);
        assert_eq!(exam.max_points(), Points::whole(100));
        assert_eq!(exam.seconds(), 3600);
    }
}
