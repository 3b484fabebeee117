//! The question editor's side of a bank: a draft written in a form (new tasks and items of every
//! kind, a question turned into another kind, the bank opened from a file and written back), and
//! where each problem the validator finds is shown ([`anchor`]).

use super::parse::{self, Diagnostic};
use super::validate::{self, FieldProblem, Source};
use super::write::to_ron;
use super::{
    Bank, Content, FieldKind, FormField, Gap, Gender, Item, ItemKind, Level, Question, Section,
    Stimulus, Task, Topic, Turn,
};
use serde::{Deserialize, Serialize};

/// The licence a new bank starts with (the shipped banks' own).
pub const DEFAULT_LICENSE: &str = "CC-BY-SA-4.0";

/// A bank being written in the editor, with the comment lines its file started with (kept when
/// it is written back).
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The bank as it stands, problems and all.
    pub bank: Bank,
    /// The `//` comment lines at the top of the file it was opened from, written back first.
    pub header: String,
}

/// The drafts kept in the browser: the one being written, and the one it replaced (a new or an
/// opened bank never throws a draft away without a way back).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Drafts {
    /// The draft in the editor; `None` before the first one.
    pub current: Option<Draft>,
    /// The draft that was in the editor before the current one was opened or started.
    pub previous: Option<Draft>,
}

impl Drafts {
    /// Puts `draft` in the editor, keeping the one it replaces as the previous draft (unless it
    /// was never written in).
    pub fn replace(&mut self, draft: Draft) {
        if let Some(old) = self.current.take().filter(|d| !d.is_blank()) {
            self.previous = Some(old);
        }
        self.current = Some(draft);
    }

    /// Swaps the current and the previous draft.
    pub fn bring_back(&mut self) {
        std::mem::swap(&mut self.current, &mut self.previous);
    }

    /// The drafts as saved: each as the RON file it downloads as.
    pub fn to_saved(&self) -> SavedDrafts {
        SavedDrafts {
            current: self.current.as_ref().map(Draft::ron),
            previous: self.previous.as_ref().map(Draft::ron),
        }
    }

    /// The drafts saved as `saved`; a saved draft that cannot be read gives the reason.
    pub fn from_saved(saved: SavedDrafts) -> Result<Drafts, String> {
        let read = |ron: Option<String>, name: &str| {
            ron.map(|text| Draft::open(name, &text).map_err(|e| e.to_string()))
                .transpose()
        };
        Ok(Drafts {
            current: read(saved.current, "current.ron")?,
            previous: read(saved.previous, "previous.ron")?,
        })
    }
}

/// The editor's drafts as they are saved in the browser: the RON files, as downloaded (the
/// format teachers know, read by the parser the app has anyway).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedDrafts {
    current: Option<String>,
    previous: Option<String>,
}

impl Default for Draft {
    fn default() -> Self {
        Draft::new()
    }
}

impl Draft {
    /// A new bank with no tasks.
    pub fn new() -> Self {
        Draft {
            bank: Bank {
                id: "le-mie-domande".to_string(),
                title: String::new(),
                level: Level::A2,
                language: "it".to_string(),
                authors: vec![String::new()],
                license: DEFAULT_LICENSE.to_string(),
                version: 1,
                tasks: Vec::new(),
            },
            header: String::new(),
        }
    }

    /// Whether nothing was written in it yet.
    pub fn is_blank(&self) -> bool {
        *self == Draft::new()
    }

    /// The bank in the RON file `name` (a located error when it is not a bank that can be read),
    /// with the comment lines at its top.
    pub fn open(name: &str, text: &str) -> Result<Draft, Diagnostic> {
        let bank = parse::parse_bank(name, text)?;
        let header: String = text
            .lines()
            .take_while(|l| l.trim_start().starts_with("//") || l.trim().is_empty())
            .filter(|l| !l.trim().is_empty())
            .map(|l| format!("{}\n", l.trim_start()))
            .collect();
        Ok(Draft { bank, header })
    }

    /// The bank as a RON file, its header comments first.
    pub fn ron(&self) -> String {
        format!("{}{}", self.header, to_ron(&self.bank))
    }

    /// The name to download it as: its id, or `banca` when the id is empty or not a file name.
    pub fn file_name(&self) -> String {
        let id = self.bank.id.trim();
        let safe = !id.is_empty()
            && (id.chars()).all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        format!("{}.ron", if safe { id } else { "banca" })
    }

    /// Its problems by field, checked as a file named [`Draft::file_name`] with `layouts` (layout
    /// files, for the sizes of tasks), each with the [`anchor`] of the field that shows it.
    pub fn check(&self, layouts: &[Source<'_>]) -> Vec<FieldProblem> {
        let name = self.file_name();
        let ron = self.ron();
        let mut problems = validate::check_fields(Source::new(&name, &ron), layouts);
        for p in &mut problems {
            p.path = anchor(&p.path);
        }
        problems
    }

    /// Adds a task of `section` at the end, with a first item, and returns its position.
    pub fn add_task(&mut self, section: Section) -> usize {
        let task = new_task(&self.bank, section);
        self.bank.tasks.push(task);
        self.bank.tasks.len() - 1
    }

    /// Adds an item of `kind` at the end of task `task`; returns its position (`None`: no such
    /// task).
    pub fn add_item(&mut self, task: usize, kind: ItemKind) -> Option<usize> {
        let task = self.bank.tasks.get_mut(task)?;
        let id = next_item_id(task);
        task.items.push(new_item(id, kind));
        Some(task.items.len() - 1)
    }

    /// Turns item `item` of task `task` into a question of `kind`, keeping its prompt.
    pub fn set_kind(&mut self, task: usize, item: usize, kind: ItemKind) {
        let Some(item) = (self.bank.tasks.get_mut(task)).and_then(|t| t.items.get_mut(item)) else {
            return;
        };
        if item.question.kind() == kind {
            return;
        }
        let prompt = prompt_of(&item.question);
        item.question = new_question(kind);
        if !prompt.is_empty() {
            set_prompt(&mut item.question, prompt);
        }
    }

    /// Moves task `task` one place up (`-1`) or down (`1`); nothing happens at either end.
    pub fn move_task(&mut self, task: usize, by: isize) {
        let to = task as isize + by;
        if (0..self.bank.tasks.len() as isize).contains(&to) && task < self.bank.tasks.len() {
            self.bank.tasks.swap(task, to as usize);
        }
    }
}

/// What a task's stimulus can be, as the editor offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentKind {
    /// A written text.
    Text,
    /// A conversation.
    Dialogue,
    /// One voice.
    Announcement,
    /// Nothing to read or hear.
    None,
}

impl ContentKind {
    /// Every kind, in the editor's order.
    pub const ALL: [ContentKind; 4] = [
        ContentKind::Text,
        ContentKind::Dialogue,
        ContentKind::Announcement,
        ContentKind::None,
    ];

    /// The kind of `content`.
    pub fn of(content: &Content) -> Self {
        match content {
            Content::Text { .. } => ContentKind::Text,
            Content::Dialogue { .. } => ContentKind::Dialogue,
            Content::Announcement { .. } => ContentKind::Announcement,
            Content::None => ContentKind::None,
        }
    }

    /// Empty content of this kind, keeping the words of `old` where they fit.
    pub fn content(self, old: &Content) -> Content {
        let words = match old {
            Content::Text { body, .. } | Content::Announcement { body, .. } => body.clone(),
            Content::Dialogue { turns } => (turns.iter())
                .map(|t| t.text.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            Content::None => String::new(),
        };
        match self {
            ContentKind::Text => Content::Text {
                title: None,
                body: words,
            },
            ContentKind::Announcement => Content::Announcement {
                voice: Gender::Female,
                body: words,
            },
            ContentKind::Dialogue => match old {
                Content::Dialogue { turns } => Content::Dialogue {
                    turns: turns.clone(),
                },
                _ => Content::Dialogue {
                    turns: vec![new_turn(Gender::Female), new_turn(Gender::Male)],
                },
            },
            ContentKind::None => Content::None,
        }
    }
}

/// An empty turn of a dialogue.
pub fn new_turn(gender: Gender) -> Turn {
    Turn {
        speaker: String::new(),
        gender,
        text: String::new(),
    }
}

/// An empty field of a form.
pub fn new_form_field() -> FormField {
    FormField {
        label: String::new(),
        kind: FieldKind::Text,
        required: true,
        example: None,
    }
}

/// The kind of question a new item of a task of `section` is, when the task has none yet.
pub fn first_kind(section: Section) -> ItemKind {
    match section {
        Section::Listening => ItemKind::SingleChoice,
        Section::Reading => ItemKind::TrueFalse,
        Section::Writing => ItemKind::Message,
    }
}

/// A task of `section` for `bank`, with an id no task of the bank has, the instructions usual in
/// that section, a stimulus to fill in and one item.
pub fn new_task(bank: &Bank, section: Section) -> Task {
    let base = if bank.id.trim().is_empty() {
        "compito".to_string()
    } else {
        bank.id.trim().to_string()
    };
    let id = (1..)
        .map(|n| format!("{base}-{n:02}"))
        .find(|id| bank.tasks.iter().all(|t| &t.id != id))
        .unwrap_or(base);
    let (instructions, content) = match section {
        Section::Listening => (
            "Ascolta il dialogo due volte. Poi scegli la risposta giusta.",
            ContentKind::Dialogue,
        ),
        Section::Reading => (
            "Leggi il testo. Poi rispondi: vero o falso?",
            ContentKind::Text,
        ),
        Section::Writing => ("Scrivi un breve messaggio.", ContentKind::None),
    };
    Task {
        id,
        section,
        topic: Topic::Casa,
        instructions: instructions.to_string(),
        instructions_tr: Default::default(),
        stimulus: Stimulus {
            content: content.content(&Content::None),
            picture: None,
            audio: None,
        },
        items: vec![new_item("1".to_string(), first_kind(section))],
        lessons: Vec::new(),
    }
}

/// The id after the highest number among the task's item ids (`"1"` for the first).
fn next_item_id(task: &Task) -> String {
    let highest = (task.items.iter())
        .filter_map(|i| i.id.trim().parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    (highest + 1).to_string()
}

/// An empty item of `kind`.
pub fn new_item(id: String, kind: ItemKind) -> Item {
    Item {
        id,
        stimulus: None,
        question: new_question(kind),
        explanation: String::new(),
        explanation_tr: Default::default(),
        lessons: Vec::new(),
    }
}

/// An empty question of `kind`: three options (the first right), three pairs, a typed gap, the
/// name fields of a form, or a message of 20 to 40 words with two points.
pub fn new_question(kind: ItemKind) -> Question {
    let blanks = |n: usize| vec![String::new(); n];
    match kind {
        ItemKind::SingleChoice => Question::SingleChoice {
            prompt: String::new(),
            options: blanks(3),
            correct: 0,
            pinned: Vec::new(),
        },
        ItemKind::TrueFalse => Question::TrueFalse {
            statement: String::new(),
            answer: true,
        },
        ItemKind::Matching => Question::Matching {
            prompt: String::new(),
            pairs: vec![(String::new(), String::new()); 3],
            extra: Vec::new(),
        },
        ItemKind::Place => Question::Place {
            prompt: None,
            options: blanks(3),
            correct: 0,
        },
        ItemKind::TickInfo => Question::TickInfo {
            prompt: String::new(),
            options: blanks(4),
            correct: vec![0],
        },
        ItemKind::GapFill => Question::GapFill {
            text: "___".to_string(),
            gap: Gap::Typed {
                accepted: blanks(1),
            },
        },
        ItemKind::Form => Question::Form {
            prompt: String::new(),
            fields: ["Nome", "Cognome"]
                .map(|label| FormField {
                    label: label.to_string(),
                    ..new_form_field()
                })
                .to_vec(),
        },
        ItemKind::Message => Question::Message {
            prompt: String::new(),
            min_words: 20,
            max_words: 40,
            points: blanks(2),
            points_tr: Default::default(),
            model: String::new(),
            sample_sufficient: None,
            sample_insufficient: None,
        },
    }
}

/// The options of a question that has some (single choice, place, tick, gap with choices).
pub fn options_mut(question: &mut Question) -> Option<&mut Vec<String>> {
    match question {
        Question::SingleChoice { options, .. }
        | Question::Place { options, .. }
        | Question::TickInfo { options, .. }
        | Question::GapFill {
            gap: Gap::Choice { options, .. },
            ..
        } => Some(options),
        _ => None,
    }
}

/// The positions of the right options (none for a question without options).
pub fn right_options(question: &Question) -> Vec<usize> {
    match question {
        Question::SingleChoice { correct, .. }
        | Question::Place { correct, .. }
        | Question::GapFill {
            gap: Gap::Choice { correct, .. },
            ..
        } => vec![*correct],
        Question::TickInfo { correct, .. } => correct.clone(),
        _ => Vec::new(),
    }
}

/// Makes option `k` right (`right`) or not: the one right option of a single choice, one of the
/// right options of a tick question.
pub fn set_right(question: &mut Question, k: usize, right: bool) {
    match question {
        Question::SingleChoice { correct, .. }
        | Question::Place { correct, .. }
        | Question::GapFill {
            gap: Gap::Choice { correct, .. },
            ..
        } if right => *correct = k,
        Question::TickInfo { correct, .. } => {
            correct.retain(|&c| c != k);
            if right {
                correct.push(k);
                correct.sort_unstable();
            }
        }
        _ => {}
    }
}

/// Removes option `k`; the right answers stay on the same options (a removed one-right option
/// makes the first right).
pub fn remove_option(question: &mut Question, k: usize) {
    let Some(options) = options_mut(question) else {
        return;
    };
    if k >= options.len() {
        return;
    }
    options.remove(k);
    let shift = |c: usize| if c > k { c - 1 } else { c };
    match question {
        Question::SingleChoice {
            correct, pinned, ..
        } => {
            *correct = if *correct == k { 0 } else { shift(*correct) };
            pinned.retain(|&p| p != k);
            pinned.iter_mut().for_each(|p| *p = shift(*p));
        }
        Question::Place { correct, .. }
        | Question::GapFill {
            gap: Gap::Choice { correct, .. },
            ..
        } => *correct = if *correct == k { 0 } else { shift(*correct) },
        Question::TickInfo { correct, .. } => {
            correct.retain(|&c| c != k);
            correct.iter_mut().for_each(|c| *c = shift(*c));
        }
        _ => {}
    }
}

/// Turns a gap into one with options to choose (`choice`) or a typed word, keeping its words.
pub fn set_gap_choice(question: &mut Question, choice: bool) {
    let Question::GapFill { gap, .. } = question else {
        return;
    };
    *gap = match (&*gap, choice) {
        (Gap::Typed { accepted }, true) => Gap::Choice {
            options: accepted.clone(),
            correct: 0,
        },
        (Gap::Choice { options, correct }, false) => Gap::Typed {
            accepted: options.get(*correct).cloned().into_iter().collect(),
        },
        _ => return,
    };
}

/// What a blank text shows in a preview.
pub const BLANK: &str = "…";

/// `task` as a preview shows it before it is finished: every blank text a learner would choose
/// or read beside a control (a prompt, an option, a side of a pair, a statement, a form field's
/// name) shows [`BLANK`], so that no control is left without a label.
pub fn previewable(task: &Task) -> Task {
    let mut task = task.clone();
    let fill = |text: &mut String| {
        if text.trim().is_empty() {
            *text = BLANK.to_string();
        }
    };
    for item in &mut task.items {
        if let Some(options) = options_mut(&mut item.question) {
            options.iter_mut().for_each(fill);
        }
        match &mut item.question {
            Question::SingleChoice { prompt, .. }
            | Question::TickInfo { prompt, .. }
            | Question::Message { prompt, .. } => fill(prompt),
            Question::TrueFalse { statement, .. } => fill(statement),
            Question::Matching {
                prompt,
                pairs,
                extra,
            } => {
                fill(prompt);
                for (left, right) in pairs.iter_mut() {
                    fill(left);
                    fill(right);
                }
                extra.iter_mut().for_each(fill);
            }
            Question::Form { prompt, fields } => {
                fill(prompt);
                for field in fields {
                    fill(&mut field.label);
                    if let FieldKind::Choice(options) = &mut field.kind {
                        options.iter_mut().for_each(fill);
                    }
                }
            }
            _ => {}
        }
    }
    task
}

/// The question's prompt or statement (empty when it has none).
fn prompt_of(question: &Question) -> String {
    match question {
        Question::SingleChoice { prompt, .. }
        | Question::Matching { prompt, .. }
        | Question::TickInfo { prompt, .. }
        | Question::Form { prompt, .. }
        | Question::Message { prompt, .. } => prompt.clone(),
        Question::Place { prompt, .. } => prompt.clone().unwrap_or_default(),
        Question::TrueFalse { statement, .. } => statement.clone(),
        Question::GapFill { text, .. } => text.clone(),
    }
}

fn set_prompt(question: &mut Question, text: String) {
    match question {
        Question::SingleChoice { prompt, .. }
        | Question::Matching { prompt, .. }
        | Question::TickInfo { prompt, .. }
        | Question::Form { prompt, .. }
        | Question::Message { prompt, .. } => *prompt = text,
        Question::Place { prompt, .. } => *prompt = Some(text),
        Question::TrueFalse { statement, .. } => *statement = text,
        // A gap-fill text needs its `___`: it starts from the template's.
        Question::GapFill { .. } => {}
    }
}

/// The field of the editor that shows a problem found at `path` (as [`FieldProblem::path`]):
/// the path cut where the form has one field for the rest (a list of options, a translation
/// table, a turn of a dialogue). The empty path is the bank as a whole.
pub fn anchor(path: &str) -> String {
    let steps: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let number = |i: usize| steps.get(i).is_some_and(|s| s.parse::<usize>().is_ok());
    let keep = match steps.as_slice() {
        // One entry of a list in a gap: `gap/options/2`.
        ["tasks", _, "items", _, "question", "gap", "options" | "accepted", ..] if number(7) => 8,
        // One entry of a list, or one part of it: `options/2`, `pairs/1/0`, `fields/0/label`.
        ["tasks", _, "items", _, "question", _, ..] if number(6) => 8,
        ["tasks", _, "items", _, "question", _, ..] => 6,
        ["tasks", _, "items", _, "stimulus", rest @ ..] => 5 + stimulus_depth(rest),
        ["tasks", _, "items", _, _, ..] => 5,
        ["tasks", _, "items", _] => 4,
        ["tasks", _, "stimulus", rest @ ..] => 3 + stimulus_depth(rest),
        ["tasks", _, _, ..] => 3,
        [_, ..] if steps[0] != "tasks" => 1,
        _ => steps.len(),
    };
    steps[..keep.min(steps.len())].join("/")
}

/// How many steps of a path below a stimulus name a field of the form: `content/title`,
/// `content/body`, `content/turns/N/speaker`, `content`, `picture`, `audio`.
fn stimulus_depth(rest: &[&str]) -> usize {
    match rest {
        ["content", "turns", _, ..] => rest.len().min(4),
        ["content", "title" | "body", ..] => 2,
        [_, ..] => 1,
        [] => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_is_shown_at_the_field_the_form_has_for_it() {
        for (path, field) in [
            ("", ""),
            ("title", "title"),
            ("authors/1", "authors"),
            ("tasks", "tasks"),
            ("tasks/2", "tasks/2"),
            ("tasks/2/instructions_tr/ar", "tasks/2/instructions_tr"),
            (
                "tasks/0/stimulus/content/turns/1/text",
                "tasks/0/stimulus/content/turns/1/text",
            ),
            (
                "tasks/0/stimulus/content/turns/1",
                "tasks/0/stimulus/content/turns/1",
            ),
            (
                "tasks/0/stimulus/content/body",
                "tasks/0/stimulus/content/body",
            ),
            ("tasks/0/stimulus/picture", "tasks/0/stimulus/picture"),
            ("tasks/0/items/3", "tasks/0/items/3"),
            ("tasks/0/items/3/explanation", "tasks/0/items/3/explanation"),
            (
                "tasks/0/items/3/question/options/2",
                "tasks/0/items/3/question/options/2",
            ),
            (
                "tasks/0/items/3/question/options",
                "tasks/0/items/3/question/options",
            ),
            (
                "tasks/0/items/3/question/pairs/1/0",
                "tasks/0/items/3/question/pairs/1/0",
            ),
            (
                "tasks/0/items/3/question/gap/accepted/0",
                "tasks/0/items/3/question/gap/accepted/0",
            ),
            (
                "tasks/0/items/3/question/gap/correct",
                "tasks/0/items/3/question/gap",
            ),
            (
                "tasks/0/items/3/question/points_tr/ar/1",
                "tasks/0/items/3/question/points_tr",
            ),
            ("tasks/0/items/3/question", "tasks/0/items/3/question"),
            (
                "tasks/0/items/3/stimulus/content/body",
                "tasks/0/items/3/stimulus/content/body",
            ),
        ] {
            assert_eq!(anchor(path), field, "{path}");
        }
    }

    #[test]
    fn a_new_draft_is_blank_and_reports_what_it_lacks() {
        let draft = Draft::new();
        assert!(draft.is_blank());
        let problems = draft.check(&[]);
        assert!(problems.iter().any(|p| p.error && p.path == "title"));
        assert!(problems.iter().any(|p| p.error && p.path == "tasks"));
    }

    #[test]
    fn empty_fields_are_reported_where_they_are() {
        let mut draft = Draft::new();
        draft.bank.title = "Le mie domande".to_string();
        draft.bank.authors = vec!["Maria Rossi".to_string()];
        let t = draft.add_task(Section::Reading);
        let problems = draft.check(&[]);
        let at = |path: &str| problems.iter().any(|p| p.error && p.path == path);
        assert!(at("tasks/0/stimulus/content/body"), "{problems:#?}");
        assert!(at("tasks/0/items/0/question/statement"), "{problems:#?}");
        assert!(at("tasks/0/items/0/explanation"), "{problems:#?}");
        assert!(!problems.iter().any(|p| p.path == "title"));
        assert_eq!(draft.bank.tasks[t].id, "le-mie-domande-01");
    }

    #[test]
    fn new_tasks_and_items_get_ids_no_other_has() {
        let mut draft = Draft::new();
        let a = draft.add_task(Section::Listening);
        let b = draft.add_task(Section::Listening);
        assert_ne!(draft.bank.tasks[a].id, draft.bank.tasks[b].id);
        draft.bank.tasks[a].items[0].id = "7".to_string();
        let n = draft.add_item(a, ItemKind::Place).unwrap();
        assert_eq!(draft.bank.tasks[a].items[n].id, "8");
        assert_eq!(draft.add_item(9, ItemKind::Place), None);
    }

    #[test]
    fn a_question_turned_into_another_kind_keeps_its_prompt() {
        let mut draft = Draft::new();
        draft.add_task(Section::Reading);
        if let Question::TrueFalse { statement, .. } = &mut draft.bank.tasks[0].items[0].question {
            *statement = "Il negozio apre alle nove.".to_string();
        }
        draft.set_kind(0, 0, ItemKind::SingleChoice);
        match &draft.bank.tasks[0].items[0].question {
            Question::SingleChoice {
                prompt, options, ..
            } => {
                assert_eq!(prompt, "Il negozio apre alle nove.");
                assert_eq!(options.len(), 3);
            }
            other => panic!("{other:?}"),
        }
        for kind in ItemKind::ALL {
            draft.set_kind(0, 0, kind);
            assert_eq!(draft.bank.tasks[0].items[0].question.kind(), kind);
        }
    }

    #[test]
    fn an_opened_file_keeps_its_top_comments_and_is_written_back_readable() {
        let text = format!(
            "// Banca della classe A2\n// Autrice: Maria\n\n{}",
            to_ron(&Draft::new().bank)
        );
        let draft = Draft::open("classe.ron", &text).unwrap();
        assert_eq!(
            draft.header,
            "// Banca della classe A2\n// Autrice: Maria\n"
        );
        assert!(draft.ron().starts_with("// Banca della classe A2\n"));
        assert_eq!(Draft::open("x.ron", &draft.ron()).unwrap(), draft);
        let broken = Draft::open("rotto.ron", "(id: ").unwrap_err();
        assert_eq!(broken.file, "rotto.ron");
        assert!(broken.line.is_some());
    }

    #[test]
    fn starting_again_keeps_the_draft_it_replaces() {
        let mut drafts = Drafts::default();
        drafts.replace(Draft::new());
        let mut written = Draft::new();
        written.bank.title = "Scuola".to_string();
        drafts.replace(written.clone());
        assert_eq!(drafts.previous, None, "a blank draft is not worth keeping");
        drafts.replace(Draft::new());
        assert_eq!(drafts.previous.as_ref(), Some(&written));
        drafts.bring_back();
        assert_eq!(drafts.current.as_ref(), Some(&written));
    }

    #[test]
    fn removing_an_option_keeps_the_right_answers_on_their_options() {
        let mut q = Question::TickInfo {
            prompt: String::new(),
            options: ["a", "b", "c", "d"].map(String::from).to_vec(),
            correct: vec![1, 3],
        };
        remove_option(&mut q, 1);
        assert_eq!(right_options(&q), [2]);
        set_right(&mut q, 0, true);
        assert_eq!(right_options(&q), [0, 2]);
        let mut q = new_question(ItemKind::SingleChoice);
        set_right(&mut q, 2, true);
        remove_option(&mut q, 0);
        assert_eq!(right_options(&q), [1]);
        remove_option(&mut q, 1);
        assert_eq!(right_options(&q), [0]);
        assert_eq!(options_mut(&mut q).map(|o| o.len()), Some(1));
    }

    #[test]
    fn a_typed_gap_becomes_a_choice_and_back_keeping_the_right_word() {
        let mut q = Question::GapFill {
            text: "Vado ___ scuola.".to_string(),
            gap: Gap::Typed {
                accepted: vec!["a".to_string()],
            },
        };
        set_gap_choice(&mut q, true);
        options_mut(&mut q).unwrap().push("in".to_string());
        set_right(&mut q, 1, true);
        set_gap_choice(&mut q, false);
        assert!(
            matches!(&q, Question::GapFill { gap: Gap::Typed { accepted }, .. } if accepted == &["in"])
        );
    }

    #[test]
    fn a_preview_labels_every_blank_choice() {
        let mut draft = Draft::new();
        draft.add_task(Section::Reading);
        for kind in ItemKind::ALL {
            draft.add_item(0, kind);
        }
        let shown = previewable(&draft.bank.tasks[0]);
        for item in &shown.items {
            let mut q = item.question.clone();
            if let Some(options) = options_mut(&mut q) {
                assert!(options.iter().all(|o| o == BLANK), "{q:?}");
            }
            if let Question::Matching { pairs, .. } = &q {
                assert!(pairs.iter().all(|(l, r)| l == BLANK && r == BLANK));
            }
            if let Question::TrueFalse { statement, .. } = &q {
                assert_eq!(statement, BLANK);
            }
        }
    }

    #[test]
    fn drafts_are_saved_as_ron_and_read_back_whatever_they_hold() {
        let mut drafts = Drafts::default();
        let mut draft = Draft::new();
        draft.header = "// Classe del martedì\n".to_string();
        for section in Section::ALL {
            let t = draft.add_task(section);
            for kind in ItemKind::ALL {
                draft.add_item(t, kind);
            }
        }
        draft.bank.tasks[0].stimulus.picture = Some(super::super::Picture::Emoji(String::new()));
        drafts.replace(Draft::new());
        drafts.replace(draft.clone());
        let saved = drafts.to_saved();
        assert_eq!(Drafts::from_saved(saved).unwrap(), drafts);
        let broken = SavedDrafts {
            current: Some("(id: ".to_string()),
            previous: None,
        };
        assert!(Drafts::from_saved(broken)
            .unwrap_err()
            .starts_with("current.ron:"));
    }

    #[test]
    fn a_file_name_is_made_only_of_a_safe_id() {
        let mut draft = Draft::new();
        assert_eq!(draft.file_name(), "le-mie-domande.ron");
        draft.bank.id = "../x y".to_string();
        assert_eq!(draft.file_name(), "banca.ron");
    }

    #[test]
    fn a_content_kind_change_keeps_the_words() {
        let text = Content::Text {
            title: None,
            body: "Oggi piove.".to_string(),
        };
        assert_eq!(
            ContentKind::Announcement.content(&text),
            Content::Announcement {
                voice: Gender::Female,
                body: "Oggi piove.".to_string()
            }
        );
        assert_eq!(ContentKind::of(&text), ContentKind::Text);
        assert!(matches!(
            ContentKind::Dialogue.content(&text),
            Content::Dialogue { turns } if turns.len() == 2
        ));
    }
}
