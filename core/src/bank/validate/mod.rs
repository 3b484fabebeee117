//! Semantic checks of banks and layouts, shared by the `bank-check` CLI and the app.
//!
//! [`check`] takes files as bytes (from disk or from a browser import), tells each a bank or a
//! layout by its fields ([`kind_of`]), reads them, checks every bank and layout alone and against
//! each other, and returns a [`Report`]: for each file what it gave (its bank, its layout, or
//! nothing when it has errors: a bad file never stops the good ones from loading) with its errors
//! and warnings (A2 style and content reuse, which do not stop anything).
//!
//! The checks live by concern: [`findings`] (problems kept by path, located at the end),
//! [`style`] (empty texts, sentence length, translations), [`bank`] (banks and tasks), [`items`]
//! (one check per question kind), [`stimulus`], [`across`] (ids and similar texts across files)
//! [`layout`] (layouts, and whether the banks can fill them) and [`words`] (words above A2, only
//! when [`check_with_words`] is given a word list: the app never is, so the list stays out of it).
//! Lesson files are checked apart, reusing the task checks for their practice ([`lessons`]).

mod across;
mod bank;
mod findings;
mod heard;
mod items;
mod layout;
pub mod lessons;
mod stimulus;
mod style;
mod words;

use super::message::{msg, Message};
use super::parse::{self, Step};
use crate::bank::vocabulary::Vocabulary;
use crate::bank::Bank;
use crate::layout::Layout;
use findings::{Checked, Findings};
use serde::Serialize;
use std::ops::Range;

pub use super::parse::Diagnostic;
pub use across::SIMILAR_STIMULUS;
pub use style::MAX_SENTENCE_WORDS;
pub use words::MAX_ABOVE_A2;

/// One file to check: its name (shown in messages) and its bytes.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// The name shown in diagnostics, e.g. a path or the name of an imported file.
    pub name: &'a str,
    /// The file's content, as read.
    pub data: &'a [u8],
}

impl<'a> Source<'a> {
    /// A file named `name` holding `data` (text or bytes).
    pub fn new<D: AsRef<[u8]> + ?Sized>(name: &'a str, data: &'a D) -> Self {
        Source {
            name,
            data: data.as_ref(),
        }
    }

    /// Whether the file is a bank or a layout ([`kind_of`] its text, even when it is not valid
    /// UTF-8).
    pub fn kind(&self) -> FileKind {
        kind_of(&String::from_utf8_lossy(self.data))
    }
}

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A question bank.
    Bank,
    /// An exam layout.
    Layout,
}

/// The one rule that tells a layout from a bank, wherever the file is: a layout's outermost value
/// has a `sections` or `pass_mark` field and no `tasks` field. Every other file is a bank,
/// including a broken one that shows none of these fields. Comments and texts are not read as
/// fields, and a file broken further down is still told by the fields before the break.
pub fn kind_of(text: &str) -> FileKind {
    let mut layout_field = false;
    for field in parse::top_level_fields(text) {
        match field.as_str() {
            "tasks" => return FileKind::Bank,
            "sections" | "pass_mark" => layout_field = true,
            _ => {}
        }
    }
    if layout_field {
        FileKind::Layout
    } else {
        FileKind::Bank
    }
}

/// What one file gave once checked.
#[derive(Debug, Clone, Copy)]
pub enum Loaded<'a> {
    /// A bank without errors.
    Bank(&'a Bank),
    /// A layout without errors.
    Layout(&'a Layout),
    /// Nothing: the file has errors.
    Broken,
}

/// One checked file: its name, its kind, what it gave and its diagnostics.
#[derive(Debug, Clone, Copy)]
pub struct FileOutcome<'a> {
    /// The name given in its [`Source`].
    pub name: &'a str,
    /// Its position in the list of sources given to [`check`].
    pub source: usize,
    /// Bank or layout, by [`kind_of`].
    pub kind: FileKind,
    /// Its bank or layout, or nothing.
    pub loaded: Loaded<'a>,
    /// Its errors, by position.
    pub errors: &'a [Diagnostic],
    /// Its warnings, by position.
    pub warnings: &'a [Diagnostic],
}

/// What a file gave: an index into the report's banks or layouts.
#[derive(Debug, Clone, Copy)]
enum Gave {
    Bank(usize),
    Layout(usize),
    Broken,
}

/// One file's outcome, stored: its diagnostics are ranges of the report's lists.
#[derive(Debug, Clone)]
struct FileEntry {
    name: String,
    source: usize,
    kind: FileKind,
    gave: Gave,
    errors: Range<usize>,
    warnings: Range<usize>,
}

/// What [`check`] found, file by file. Files come bank files first, then layout files, each in
/// the order given; the lists of banks, layouts, errors and warnings follow the same order.
#[derive(Debug, Clone, Default)]
pub struct Report {
    files: Vec<FileEntry>,
    banks: Vec<Bank>,
    layouts: Vec<Layout>,
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
}

impl Report {
    /// Every checked file with what it gave and its diagnostics.
    pub fn files(&self) -> impl Iterator<Item = FileOutcome<'_>> {
        self.files.iter().map(|f| FileOutcome {
            name: &f.name,
            source: f.source,
            kind: f.kind,
            loaded: match f.gave {
                Gave::Bank(i) => Loaded::Bank(&self.banks[i]),
                Gave::Layout(i) => Loaded::Layout(&self.layouts[i]),
                Gave::Broken => Loaded::Broken,
            },
            errors: &self.errors[f.errors.clone()],
            warnings: &self.warnings[f.warnings.clone()],
        })
    }

    /// The banks of the files with no errors.
    pub fn banks(&self) -> &[Bank] {
        &self.banks
    }

    /// The layouts of the files with no errors.
    pub fn layouts(&self) -> &[Layout] {
        &self.layouts
    }

    /// Problems that keep a file from loading, by file then position.
    pub fn errors(&self) -> &[Diagnostic] {
        &self.errors
    }

    /// Advice that does not stop a file from loading, by file then position.
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// True when nothing is wrong (warnings allowed).
    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }

    /// Adds an error about a file that could not be checked at all (e.g. not downloaded): it
    /// counts among the errors, after those of the checked files, and belongs to none of them.
    pub(crate) fn push_error(&mut self, error: Diagnostic) {
        self.errors.push(error);
    }

    /// Adds a file's outcome, its diagnostics and what it gave.
    fn push(&mut self, source: usize, name: &str, kind: FileKind, read: Read<'_>) {
        let (errors, warnings) = (self.errors.len(), self.warnings.len());
        let gave = match read {
            Read::Failed(error) => {
                self.errors.push(error);
                Gave::Broken
            }
            Read::Bank(file) => {
                let broken = self.add_findings(&file);
                if broken {
                    Gave::Broken
                } else {
                    self.banks.push(file.value);
                    Gave::Bank(self.banks.len() - 1)
                }
            }
            Read::Layout(file) => {
                let broken = self.add_findings(&file);
                if broken {
                    Gave::Broken
                } else {
                    self.layouts.push(file.value);
                    Gave::Layout(self.layouts.len() - 1)
                }
            }
        };
        self.files.push(FileEntry {
            name: name.to_string(),
            source,
            kind,
            gave,
            errors: errors..self.errors.len(),
            warnings: warnings..self.warnings.len(),
        });
    }

    /// Adds a checked file's diagnostics; true when there are errors.
    fn add_findings<T>(&mut self, file: &Checked<'_, T>) -> bool {
        let (errors, warnings) = file.diagnostics();
        self.warnings.extend(warnings);
        let broken = !errors.is_empty();
        self.errors.extend(errors);
        broken
    }
}

/// A file as read: parsed (to be checked) or failed.
enum Read<'a> {
    Bank(Checked<'a, Bank>),
    Layout(Checked<'a, Layout>),
    Failed(Diagnostic),
}

/// Checks each file alone (`alone`, and its direction controls), then that no file uses the id
/// of an earlier one (`taken` words it).
fn check_each<T: Serialize>(
    files: &mut [Checked<'_, T>],
    alone: fn(&T, &mut Findings),
    taken: fn(&str, String) -> Message,
    id_of: fn(&T) -> &str,
) {
    for file in files.iter_mut() {
        alone(&file.value, &mut file.found);
        file.check_direction_controls();
    }
    across::check_file_ids(files, taken, id_of);
}

/// Checks bank and layout files together, in any order: each file alone, ids across files, and
/// whether the banks can fill each layout (only when at least one bank file is given).
pub fn check(sources: &[Source<'_>]) -> Report {
    run(sources, None)
}

/// Checks like [`check`], and also warns about each task with more than [`MAX_ABOVE_A2`] words
/// outside `vocabulary` (`Vocabulary::a2()` in `bank-check` and the tests).
pub fn check_with_words(sources: &[Source<'_>], vocabulary: &Vocabulary) -> Report {
    run(sources, Some(vocabulary))
}

/// The files of one check, read and checked, before their findings are located.
struct Examined<'a> {
    kinds: Vec<FileKind>,
    /// For each source, its error when it could not be read.
    failed: Vec<Option<Diagnostic>>,
    bank_files: Vec<Checked<'a, Bank>>,
    layout_files: Vec<Checked<'a, Layout>>,
}

/// Reads every source and runs every check, alone and across files.
fn examine<'a>(sources: &[Source<'a>], vocabulary: Option<&Vocabulary>) -> Examined<'a> {
    let kinds: Vec<FileKind> = sources.iter().map(Source::kind).collect();
    let mut failed: Vec<Option<Diagnostic>> = vec![None; sources.len()];
    let mut bank_files: Vec<Checked<'_, Bank>> = Vec::new();
    let mut layout_files: Vec<Checked<'_, Layout>> = Vec::new();
    for (index, source) in sources.iter().enumerate() {
        let read = parse::decode(source.name, source.data).and_then(|text| match kinds[index] {
            FileKind::Bank => parse::parse_bank(source.name, text)
                .map(|bank| bank_files.push(Checked::new(index, source.name, text, bank))),
            FileKind::Layout => parse::parse_layout(source.name, text)
                .map(|layout| layout_files.push(Checked::new(index, source.name, text, layout))),
        });
        if let Err(error) = read {
            failed[index] = Some(error);
        }
    }

    check_each(
        &mut bank_files,
        bank::check_bank,
        |id, place| msg!("bank-id-taken", id = id, place = place),
        |b| &b.id,
    );
    if let Some(vocabulary) = vocabulary {
        for file in &mut bank_files {
            words::check_words(&file.value, vocabulary, &mut file.found);
        }
    }
    across::check_task_ids(&mut bank_files);
    across::check_similar_stimuli(&mut bank_files);
    check_each(
        &mut layout_files,
        layout::check_layout,
        |id, place| msg!("layout-id-taken", id = id, place = place),
        |l| &l.id,
    );
    let layouts = findings::usable(&layout_files);
    for file in &mut bank_files {
        layout::check_task_sizes(&file.value, &layouts, &mut file.found);
    }
    if kinds.contains(&FileKind::Bank) {
        let usable = findings::usable(&bank_files);
        for file in &mut layout_files {
            if !file.found.has_errors() {
                layout::check_fill(&file.value, &usable, &mut file.found);
            }
        }
    }
    Examined {
        kinds,
        failed,
        bank_files,
        layout_files,
    }
}

/// A problem with one value of a bank, by its path in the bank (`tasks/0/items/2/question/options`,
/// empty for the whole file): what a form shows next to the field it concerns.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldProblem {
    /// Field names and list positions from the bank down to the value, joined by `/`.
    pub path: String,
    /// True for an error (the file is refused), false for advice.
    pub error: bool,
    /// What is wrong.
    pub message: Message,
}

/// Checks the bank file `bank` as [`check`] does with `layouts` (layout files, for the sizes of
/// tasks), and gives the bank's problems by path instead of by line. A file that cannot be read
/// gives its one located error at the empty path.
pub fn check_fields(bank: Source<'_>, layouts: &[Source<'_>]) -> Vec<FieldProblem> {
    let sources: Vec<Source<'_>> = std::iter::once(bank)
        .chain(layouts.iter().copied())
        .collect();
    let examined = examine(&sources, None);
    if let Some(Some(error)) = examined.failed.first() {
        return vec![FieldProblem {
            path: String::new(),
            error: true,
            message: error.message.clone(),
        }];
    }
    examined
        .bank_files
        .iter()
        .find(|file| file.source == 0)
        .map(Checked::by_path)
        .unwrap_or_default()
}

fn run(sources: &[Source<'_>], vocabulary: Option<&Vocabulary>) -> Report {
    let Examined {
        kinds,
        failed,
        bank_files,
        layout_files,
    } = examine(sources, vocabulary);
    let mut read: Vec<Option<Read<'_>>> = failed
        .into_iter()
        .map(|error| error.map(Read::Failed))
        .collect();
    for file in bank_files {
        let index = file.source;
        read[index] = Some(Read::Bank(file));
    }
    for file in layout_files {
        let index = file.source;
        read[index] = Some(Read::Layout(file));
    }
    let mut report = Report::default();
    for kind in [FileKind::Bank, FileKind::Layout] {
        for (index, source) in sources.iter().enumerate() {
            if kinds[index] == kind {
                if let Some(file) = read[index].take() {
                    report.push(index, source.name, kind, file);
                }
            }
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::{
        Content, Gender, Item, Level, Question, Section, Stimulus, Task, Topic, Turn,
    };

    fn true_false(id: usize, statement: &str) -> Item {
        Item {
            id: id.to_string(),
            stimulus: None,
            question: Question::TrueFalse {
                statement: statement.to_string(),
                answer: true,
            },
            explanation: format!("Il testo lo dice: spiegazione {id}."),
            explanation_tr: Default::default(),
            lessons: Vec::new(),
        }
    }

    fn listening(id: &str, text: &str, items: usize) -> Task {
        Task {
            id: id.to_string(),
            section: Section::Listening,
            topic: Topic::Casa,
            instructions: "Ascolta e rispondi.".to_string(),
            instructions_tr: Default::default(),
            stimulus: Stimulus {
                content: Content::Dialogue {
                    turns: vec![Turn {
                        speaker: "Ana".to_string(),
                        gender: Gender::Female,
                        text: text.to_string(),
                    }],
                },
                picture: None,
                audio: None,
            },
            items: (1..=items)
                .map(|n| true_false(n, "La donna è a casa."))
                .collect(),
            lessons: Vec::new(),
        }
    }

    fn bank(id: &str, tasks: Vec<Task>) -> String {
        let bank = Bank {
            id: id.to_string(),
            title: "Prova".to_string(),
            level: Level::A2,
            language: "it".to_string(),
            authors: vec![],
            license: "CC-BY-SA-4.0".to_string(),
            version: 1,
            tasks,
        };
        ron::ser::to_string_pretty(&bank, Default::default()).unwrap()
    }

    fn layout(slots: &str) -> String {
        format!(
            "(id: \"l\", title: \"L\", sections: [(section: listening, minutes: 10, \
             tasks: [{slots}], scoring: PerItem(1))], pass_mark: 1)"
        )
    }

    #[test]
    fn a_bad_file_does_not_stop_the_good_ones() {
        let good = bank("good", vec![listening("good-1", "Sono a casa.", 2)]);
        let mut broken = listening("bad-1", "Sono al lavoro.", 1);
        broken.items.clear();
        let bad = bank("bad", vec![broken]);
        let l = layout("(kinds: [true_false], items: 2)");
        let report = check(&[
            Source::new("l.ron", &l),
            Source::new("bad.ron", &bad),
            Source::new("binary.ron", b"\0\x01"),
            Source::new("good.ron", &good),
        ]);
        assert_eq!(report.errors().len(), 2, "{:?}", report.errors());
        assert!(report.errors()[0].to_string().starts_with("bad.ron:"));
        assert!(report.errors()[1].to_string().starts_with("binary.ron: "));
        let ids: Vec<&str> = report.banks().iter().map(|b| b.id.as_str()).collect();
        assert_eq!(ids, ["good"]);
        assert_eq!(report.layouts().len(), 1);
    }

    #[test]
    fn a_layout_is_told_from_a_bank_by_its_fields_even_when_broken() {
        let l = layout("(kinds: [true_false], items: 2)");
        let b = bank("b", vec![listening("b-1", "Sono a casa.", 1)]);
        assert_eq!(kind_of(&l), FileKind::Layout);
        assert_eq!(kind_of(&b), FileKind::Bank);
        // Comments and texts are not fields; a file cut short keeps the fields before the cut.
        assert_eq!(
            kind_of("// pass_mark: 80\n(id: \"x\", title: \"pass_mark\")"),
            FileKind::Bank
        );
        assert_eq!(
            kind_of("/* a layout */ (id: \"x\", sections: [(section: listen"),
            FileKind::Layout
        );
        assert_eq!(
            kind_of("(id: \"x\", pass_mark: 80, tasks: [])"),
            FileKind::Bank
        );
        for other in ["", "[1, 2]", "not ron at all", "\0\u{1}"] {
            assert_eq!(kind_of(other), FileKind::Bank, "{other:?}");
        }
        assert_eq!(
            Source::new("l.ron", b"(pass_mark: 1, x: \"\xe8\")").kind(),
            FileKind::Layout
        );
    }

    #[test]
    fn each_file_reports_its_kind_what_it_gave_and_its_own_diagnostics() {
        let good = bank("good", vec![listening("good-1", "Sono a casa.", 2)]);
        let copy = bank(
            "copy",
            vec![listening("good-1", "Vado al mercato domani.", 2)],
        );
        let l = layout("(kinds: [true_false], items: 2)");
        let broken_layout = "(id: \"x\", sections: [], pass_mark: ";
        let report = check(&[
            Source::new("l.ron", &l),
            Source::new("good.ron", &good),
            Source::new("broken.ron", broken_layout),
            Source::new("copy.ron", &copy),
        ]);
        let seen: Vec<(&str, usize, FileKind, String, usize, usize)> = report
            .files()
            .map(|f| {
                let loaded = match f.loaded {
                    Loaded::Bank(b) => format!("bank {}", b.id),
                    Loaded::Layout(l) => format!("layout {}", l.id),
                    Loaded::Broken => "broken".to_string(),
                };
                assert!(f.errors.iter().chain(f.warnings).all(|d| d.file == f.name));
                (
                    f.name,
                    f.source,
                    f.kind,
                    loaded,
                    f.errors.len(),
                    f.warnings.len(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                ("good.ron", 1, FileKind::Bank, "bank good".to_string(), 0, 0),
                ("copy.ron", 3, FileKind::Bank, "broken".to_string(), 1, 0),
                ("l.ron", 0, FileKind::Layout, "layout l".to_string(), 0, 0),
                (
                    "broken.ron",
                    2,
                    FileKind::Layout,
                    "broken".to_string(),
                    1,
                    0
                ),
            ]
        );
        assert_eq!(report.errors().len(), 2);
        assert!(report.errors()[0].to_string().starts_with("copy.ron:"));
        assert!(report.errors()[1].to_string().starts_with("broken.ron:"));
    }

    #[test]
    fn the_first_of_two_banks_with_the_same_id_loads() {
        let first = bank("same", vec![listening("a-1", "Sono a casa.", 1)]);
        let second = bank("same", vec![listening("b-1", "Vado al mercato domani.", 1)]);
        let report = check(&[Source::new("a.ron", &first), Source::new("b.ron", &second)]);
        assert_eq!(
            report
                .errors()
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            ["b.ron:2:5: bank same: this id is already used by the bank at a.ron:2"]
        );
        assert_eq!(report.banks().len(), 1);
        assert_eq!(report.banks()[0].tasks[0].id, "a-1");
    }

    #[test]
    fn layouts_are_not_checked_for_filling_without_bank_files() {
        let l = layout("(kinds: [true_false], items: 5)");
        let report = check(&[Source::new("l.ron", &l)]);
        assert!(report.is_valid(), "{:?}", report.errors());
        assert_eq!(report.layouts().len(), 1);
    }

    #[test]
    fn slots_that_compete_for_the_same_task_are_unfillable() {
        let banks = bank("b", vec![listening("b-1", "Sono a casa.", 2)]);
        let slots = "(kinds: [true_false], items: 2), (kinds: [true_false, place], items: 2)";
        let l = layout(slots);
        let report = check(&[Source::new("b.ron", &banks), Source::new("l.ron", &l)]);
        assert_eq!(
            report
                .errors()
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            [
                "l.ron:1:35: layout l: section listening needs 2 different tasks for its slots; \
              the banks have only 1 that fit them together"
            ]
        );
        assert!(report.layouts().is_empty());

        let two = bank(
            "b",
            vec![
                listening("b-1", "Sono a casa.", 2),
                listening("b-2", "Vado al mercato domani.", 2),
            ],
        );
        let report = check(&[Source::new("l.ron", &l), Source::new("b.ron", &two)]);
        assert!(report.is_valid(), "{:?}", report.errors());
    }

    #[test]
    fn each_copy_of_a_text_warns_once_naming_the_first_it_resembles() {
        let text =
            "Domani il treno per Verona parte alle nove dal binario tre. Il biglietto costa \
                    dodici euro.";
        let tasks = (1..=3)
            .map(|n| listening(&format!("c-{n}"), text, 1))
            .collect();
        let other = "Sabato il mercato resta aperto fino alle otto di sera in piazza Garibaldi.";
        let report = check(&[
            Source::new("c.ron", &bank("c", tasks)),
            Source::new("d.ron", &bank("d", vec![listening("d-1", other, 1)])),
        ]);
        let warnings: Vec<String> = report.warnings().iter().map(ToString::to_string).collect();
        assert_eq!(warnings.len(), 2, "{warnings:#?}");
        assert!(warnings[0]
            .contains("task c-2: its stimulus is almost the same text as task c-1's (c.ron:"));
        assert!(warnings[1]
            .contains("task c-3: its stimulus is almost the same text as task c-1's (c.ron:"));
        assert!(warnings
            .iter()
            .all(|w| w.ends_with("100% alike; write a new text")));
    }

    #[test]
    fn thousands_of_tasks_validate() {
        // How fast: `cargo bench -p sportello-core --bench validate`.
        let mut seed: u64 = 7;
        let mut word = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            format!("parola{}", (seed >> 33) % 2000)
        };
        let tasks: Vec<Task> = (0..3000)
            .map(|n| {
                let text: Vec<String> = (0..20).map(|_| word()).collect();
                listening(&format!("t-{n}"), &format!("{}.", text.join(" ")), 5)
            })
            .collect();
        let source = bank("big", tasks);
        let report = check(&[Source::new("big.ron", &source)]);
        assert!(report.is_valid(), "{:?}", &report.errors()[..1]);
        assert!(
            report.warnings().is_empty(),
            "{:?}",
            &report.warnings()[..1]
        );
        assert_eq!(report.banks()[0].tasks.len(), 3000);
    }
}
