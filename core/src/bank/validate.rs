//! Semantic checks of banks and layouts, shared by the `bank-check` CLI and the app.
//!
//! [`check`] takes files as bytes (from disk or from a browser import), reads them, checks every
//! bank and layout alone and against each other, and returns a [`Report`]: the banks and layouts
//! without errors (a bad file never stops the good ones from loading), the errors, and the
//! warnings (A2 style and content reuse, which do not stop anything).

use super::parse::{self, Outline, Pos, Step};
use crate::bank::{Bank, Content, Gap, ItemKind, Question, Section, Stimulus, Task};
use crate::layout::{Layout, Scoring};
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};

pub use super::parse::Diagnostic;

use Step::{Field as F, Index as I};

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
}

/// What [`check`] found.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// The banks of the files with no errors, in the order given.
    pub banks: Vec<Bank>,
    /// The layouts of the files with no errors, in the order given.
    pub layouts: Vec<Layout>,
    /// Problems that keep a file from loading, sorted by file then position.
    pub errors: Vec<Diagnostic>,
    /// Advice that does not stop a file from loading, sorted by file then position.
    pub warnings: Vec<Diagnostic>,
}

impl Report {
    /// True when nothing is wrong (warnings allowed).
    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Sentences longer than this many words get a warning (A2 sentences are short).
pub const MAX_SENTENCE_WORDS: usize = 25;

/// Two stimuli sharing more than this share of their word triples get a warning.
pub const SIMILAR_STIMULUS: f64 = 0.8;

/// Checks bank files and layout files together: each file alone, ids across files, and whether
/// the banks can fill each layout (only when at least one bank file is given).
pub fn check(banks: &[Source<'_>], layouts: &[Source<'_>]) -> Report {
    let mut report = Report::default();
    let mut failed: Vec<(usize, Diagnostic)> = Vec::new();

    let mut bank_files: Vec<Checked<'_, Bank>> = Vec::new();
    for (index, source) in banks.iter().enumerate() {
        match read(
            source,
            parse::parse_bank,
            parse::parse_layout,
            "a layout, not a bank",
        ) {
            Ok((text, bank)) => bank_files.push(Checked::new(index, source.name, text, bank)),
            Err(d) => failed.push((index, d)),
        }
    }
    let mut layout_files: Vec<Checked<'_, Layout>> = Vec::new();
    for (index, source) in layouts.iter().enumerate() {
        match read(
            source,
            parse::parse_layout,
            parse::parse_bank,
            "a bank, not a layout",
        ) {
            Ok((text, layout)) => {
                layout_files.push(Checked::new(banks.len() + index, source.name, text, layout))
            }
            Err(d) => failed.push((banks.len() + index, d)),
        }
    }

    for file in &mut bank_files {
        check_bank(&file.value, &mut file.found);
    }
    check_file_ids(&mut bank_files, "bank", |b: &Bank| &b.id);
    check_task_ids(&mut bank_files);
    check_similar_stimuli(&mut bank_files);

    for file in &mut layout_files {
        check_layout(&file.value, &mut file.found);
    }
    check_file_ids(&mut layout_files, "layout", |l: &Layout| &l.id);
    if !banks.is_empty() {
        let usable: Vec<&Bank> = bank_files
            .iter()
            .filter(|f| !f.found.has_errors())
            .map(|f| &f.value)
            .collect();
        for file in &mut layout_files {
            if !file.found.has_errors() {
                check_fill(&file.value, &usable, &mut file.found);
            }
        }
    }

    let mut errors = failed;
    let mut warnings = Vec::new();
    for file in &bank_files {
        file.resolve(&mut errors, &mut warnings);
    }
    for file in &layout_files {
        file.resolve(&mut errors, &mut warnings);
    }
    let order = |(i, d): &(usize, Diagnostic)| (*i, d.line, d.column);
    errors.sort_by_key(order);
    warnings.sort_by_key(order);
    report.errors = errors.into_iter().map(|(_, d)| d).collect();
    report.warnings = warnings.into_iter().map(|(_, d)| d).collect();
    report.banks = bank_files
        .into_iter()
        .filter(|f| !f.found.has_errors())
        .map(|f| f.value)
        .collect();
    report.layouts = layout_files
        .into_iter()
        .filter(|f| !f.found.has_errors())
        .map(|f| f.value)
        .collect();
    report
}

type Parser<T> = fn(&str, &str) -> Result<T, Diagnostic>;

/// Decodes and parses one file; when it fails but reads as the other kind of file, says so.
fn read<'a, T, U>(
    source: &Source<'a>,
    parse: Parser<T>,
    other: Parser<U>,
    other_is: &str,
) -> Result<(&'a str, T), Diagnostic> {
    let text = parse::decode(source.name, source.data)?;
    match parse(source.name, text) {
        Ok(value) => Ok((text, value)),
        Err(e) if other(source.name, text).is_ok() => Err(Diagnostic::in_file(
            &e.file,
            format!("this file is {other_is}"),
        )),
        Err(e) => Err(e),
    }
}

/// A problem found in a parsed file, located later by its path in the RON text.
struct Finding {
    error: bool,
    path: Vec<Step>,
    message: String,
}

#[derive(Default)]
struct Findings(Vec<Finding>);

impl Findings {
    fn error(&mut self, path: Vec<Step>, message: String) {
        self.0.push(Finding {
            error: true,
            path,
            message,
        });
    }

    fn warn(&mut self, path: Vec<Step>, message: String) {
        self.0.push(Finding {
            error: false,
            path,
            message,
        });
    }

    fn has_errors(&self) -> bool {
        self.0.iter().any(|f| f.error)
    }
}

/// A parsed file being checked.
struct Checked<'a, T> {
    /// Position among all sources, banks first: orders the diagnostics.
    index: usize,
    name: &'a str,
    text: &'a str,
    outline: OnceCell<Outline>,
    value: T,
    found: Findings,
}

impl<'a, T> Checked<'a, T> {
    fn new(index: usize, name: &'a str, text: &'a str, value: T) -> Self {
        Checked {
            index,
            name,
            text,
            outline: OnceCell::new(),
            value,
            found: Findings::default(),
        }
    }

    fn locate(&self, path: &[Step]) -> Pos {
        self.outline
            .get_or_init(|| Outline::new(self.text))
            .locate(path)
    }

    /// `file:line` of a path, to name it in a message about another place.
    fn place(&self, path: &[Step]) -> String {
        format!("{}:{}", self.name, self.locate(path).line)
    }

    fn resolve(
        &self,
        errors: &mut Vec<(usize, Diagnostic)>,
        warnings: &mut Vec<(usize, Diagnostic)>,
    ) {
        for f in &self.found.0 {
            let d = Diagnostic::at(self.name, self.locate(&f.path), f.message.clone());
            if f.error {
                errors.push((self.index, d));
            } else {
                warnings.push((self.index, d));
            }
        }
    }
}

fn path(base: &[Step], more: &[Step]) -> Vec<Step> {
    [base, more].concat()
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Trimmed and lower-cased, to compare texts as a reader would.
fn folded(text: &str) -> String {
    text.trim().to_lowercase()
}

/// An error when `text` is empty.
fn required(out: &mut Findings, at: Vec<Step>, label: &str, what: &str, text: &str) {
    if blank(text) {
        out.error(at, format!("{label}: {what} is empty"));
    }
}

/// Italian content: an error when empty, a warning per over-long sentence.
fn italian(out: &mut Findings, at: Vec<Step>, label: &str, what: &str, text: &str) {
    if blank(text) {
        out.error(at, format!("{label}: {what} is empty"));
        return;
    }
    for sentence in sentences(text) {
        let words: Vec<&str> = sentence
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .collect();
        if words.len() > MAX_SENTENCE_WORDS {
            out.warn(
                at.clone(),
                format!(
                    "{label}: {what} has a sentence of {} words (\"{} …\"); \
                     A2 sentences are short: {MAX_SENTENCE_WORDS} words at most",
                    words.len(),
                    words[..6].join(" ")
                ),
            );
        }
    }
}

/// Splits at `.`, `!`, `?`, `…` followed by a space or the end, and at line breaks.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_break = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        let ends = c == '\n' || (matches!(c, '.' | '!' | '?' | '…') && next_is_break);
        if ends {
            out.push(&text[start..i]);
            start = i + c.len_utf8();
        }
    }
    out.push(&text[start..]);
    out
}

fn translations(
    out: &mut Findings,
    at: Vec<Step>,
    label: &str,
    what: &str,
    tr: &crate::bank::Translations,
) {
    for (locale, text) in tr {
        if blank(locale) {
            out.error(
                at.clone(),
                format!("{label}: a translation of {what} has no locale"),
            );
        } else if blank(text) {
            out.error(
                at.clone(),
                format!("{label}: the {locale} translation of {what} is empty"),
            );
        }
    }
}

fn check_bank(bank: &Bank, out: &mut Findings) {
    let label = format!("bank {}", bank.id);
    required(out, vec![F("id")], "bank", "the id", &bank.id);
    required(out, vec![F("title")], &label, "the title", &bank.title);
    if bank.language != "it" {
        out.error(
            vec![F("language")],
            format!(
                "{label}: language must be \"it\", not \"{}\"",
                bank.language
            ),
        );
    }
    for (n, author) in bank.authors.iter().enumerate() {
        required(
            out,
            vec![F("authors"), I(n)],
            &label,
            &format!("author {}", n + 1),
            author,
        );
    }
    required(
        out,
        vec![F("license")],
        &label,
        "the license",
        &bank.license,
    );
    if bank.version == 0 {
        out.error(
            vec![F("version")],
            format!("{label}: version must be 1 or more"),
        );
    }
    if bank.tasks.is_empty() {
        out.error(vec![F("tasks")], format!("{label}: it has no tasks"));
    }
    for (t, task) in bank.tasks.iter().enumerate() {
        check_task(task, &[F("tasks"), I(t)], out);
    }

    let corrects: Vec<usize> = bank
        .tasks
        .iter()
        .flat_map(|t| &t.items)
        .filter_map(|i| match &i.question {
            Question::SingleChoice { correct, .. } | Question::Place { correct, .. } => {
                Some(*correct)
            }
            _ => None,
        })
        .collect();
    if corrects.len() >= 4 && corrects.iter().all(|&c| c == corrects[0]) {
        let ordinal = ["first", "second", "third", "fourth"]
            .get(corrects[0])
            .copied()
            .unwrap_or("same");
        out.warn(
            vec![F("id")],
            format!(
                "{label}: the right answer is the {ordinal} option in all {} single-choice and \
                 place items; vary its position",
                corrects.len()
            ),
        );
    }
}

fn check_task(task: &Task, at: &[Step], out: &mut Findings) {
    let label = format!("task {}", task.id);
    let id_at = path(at, &[F("id")]);
    required(out, id_at.clone(), "task", "the id", &task.id);
    italian(
        out,
        path(at, &[F("instructions")]),
        &label,
        "the instructions",
        &task.instructions,
    );
    translations(
        out,
        path(at, &[F("instructions_tr")]),
        &label,
        "the instructions",
        &task.instructions_tr,
    );
    check_stimulus(&task.stimulus, &path(at, &[F("stimulus")]), &label, out);
    if task.items.is_empty() {
        out.error(path(at, &[F("items")]), format!("{label}: it has no items"));
    }

    let mut ids: HashSet<&str> = HashSet::new();
    let mut explanations: HashMap<String, &str> = HashMap::new();
    for (i, item) in task.items.iter().enumerate() {
        let item_at = path(at, &[F("items"), I(i)]);
        let item_label = format!("{label} / item {}", item.id);
        if !blank(&item.id) && !ids.insert(&item.id) {
            out.error(
                path(&item_at, &[F("id")]),
                format!(
                    "{item_label}: another item of this task already has the id {}",
                    item.id
                ),
            );
        }
        check_item(item, &item_at, &item_label, out);

        let kind = item.question.kind();
        let writing_kind = matches!(kind, ItemKind::Form | ItemKind::Message);
        let question_at = path(&item_at, &[F("question")]);
        if task.section == Section::Writing && !writing_kind {
            out.error(
                question_at,
                format!(
                    "{item_label}: a writing task can only have form or message items, not {}",
                    kind.as_str()
                ),
            );
        } else if task.section != Section::Writing && writing_kind {
            out.error(
                question_at,
                format!(
                    "{item_label}: a {} item can only be in a writing task",
                    kind.as_str()
                ),
            );
        }

        if !blank(&item.explanation) {
            let key = folded(&item.explanation);
            match explanations.get(&key) {
                Some(first) => out.warn(
                    path(&item_at, &[F("explanation")]),
                    format!(
                        "{item_label}: the explanation is the same as item {first}'s; \
                         explain each answer on its own"
                    ),
                ),
                None => {
                    explanations.insert(key, &item.id);
                }
            }
        }
    }

    if task.section == Section::Listening && task.stimulus.content.spoken_text().is_none() {
        let silent: Vec<usize> = (0..task.items.len())
            .filter(|&i| {
                task.items[i]
                    .stimulus
                    .as_ref()
                    .and_then(|s| s.content.spoken_text())
                    .is_none()
            })
            .collect();
        if !silent.is_empty() && silent.len() == task.items.len() {
            out.error(
                path(at, &[F("stimulus")]),
                format!(
                    "{label}: a listening task needs words to speak: its stimulus has none \
                     (use a Dialogue or an Announcement) and no item has a stimulus of its own"
                ),
            );
        } else {
            for i in silent {
                out.error(
                    path(at, &[F("items"), I(i), F("id")]),
                    format!(
                        "{label} / item {}: nothing to hear: the task's stimulus has no words \
                         and this item has no stimulus of its own",
                        task.items[i].id
                    ),
                );
            }
        }
    }
}

fn check_stimulus(stimulus: &Stimulus, at: &[Step], label: &str, out: &mut Findings) {
    let content_at = path(at, &[F("content")]);
    match &stimulus.content {
        Content::Text { title, body } => {
            if let Some(title) = title {
                required(
                    out,
                    path(&content_at, &[F("title")]),
                    label,
                    "the stimulus title",
                    title,
                );
            }
            italian(
                out,
                path(&content_at, &[F("body")]),
                label,
                "the stimulus body",
                body,
            );
        }
        Content::Announcement { body, .. } => {
            italian(
                out,
                path(&content_at, &[F("body")]),
                label,
                "the announcement",
                body,
            );
        }
        Content::Dialogue { turns } => {
            if turns.is_empty() {
                out.error(
                    content_at.clone(),
                    format!("{label}: the dialogue has no turns"),
                );
            }
            for (n, turn) in turns.iter().enumerate() {
                let turn_at = path(&content_at, &[F("turns"), I(n)]);
                let what = format!("turn {}", n + 1);
                required(
                    out,
                    path(&turn_at, &[F("speaker")]),
                    label,
                    &format!("the speaker of {what}"),
                    &turn.speaker,
                );
                italian(
                    out,
                    path(&turn_at, &[F("text")]),
                    label,
                    &format!("the text of {what}"),
                    &turn.text,
                );
            }
        }
        Content::None => {}
    }
    if let Some(picture) = &stimulus.picture {
        let (crate::bank::Picture::Emoji(p) | crate::bank::Picture::Svg(p)) = picture;
        required(out, path(at, &[F("picture")]), label, "the picture", p);
    }
    if let Some(audio) = &stimulus.audio {
        required(
            out,
            path(at, &[F("audio")]),
            label,
            "the audio file name",
            audio,
        );
    }
}

/// Options of a choice: each Italian and present, warns about two the same.
fn options(out: &mut Findings, at: &[Step], label: &str, options: &[String]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (n, option) in options.iter().enumerate() {
        let option_at = path(at, &[I(n)]);
        italian(
            out,
            option_at.clone(),
            label,
            &format!("option {n}"),
            option,
        );
        if blank(option) {
            continue;
        }
        match seen.get(&folded(option)) {
            Some(first) => out.warn(
                option_at,
                format!(
                    "{label}: options {first} and {n} are the same (\"{}\")",
                    option.trim()
                ),
            ),
            None => {
                seen.insert(folded(option), n);
            }
        }
    }
}

/// An error when `correct` names no option.
fn correct_index(out: &mut Findings, at: Vec<Step>, label: &str, correct: usize, count: usize) {
    if count > 0 && correct >= count {
        out.error(
            at,
            format!(
                "{label}: correct is {correct}, but the options are numbered 0 to {}",
                count - 1
            ),
        );
    }
}

fn option_count(
    out: &mut Findings,
    at: Vec<Step>,
    label: &str,
    what: &str,
    count: usize,
    max: Option<usize>,
) {
    let ok = count >= 2 && max.is_none_or(|m| count <= m);
    if !ok {
        let range = match max {
            Some(m) => format!("2 to {m}"),
            None => "at least 2".to_string(),
        };
        out.error(
            at,
            format!("{label}: {what} needs {range} options; it has {count}"),
        );
    }
}

fn check_item(item: &crate::bank::Item, at: &[Step], label: &str, out: &mut Findings) {
    required(out, path(at, &[F("id")]), label, "the item id", &item.id);
    if let Some(stimulus) = &item.stimulus {
        check_stimulus(stimulus, &path(at, &[F("stimulus")]), label, out);
    }
    italian(
        out,
        path(at, &[F("explanation")]),
        label,
        "the explanation",
        &item.explanation,
    );
    translations(
        out,
        path(at, &[F("explanation_tr")]),
        label,
        "the explanation",
        &item.explanation_tr,
    );

    let q = path(at, &[F("question")]);
    let field = |name: &'static str| path(&q, &[F(name)]);
    match &item.question {
        Question::SingleChoice {
            prompt,
            options: opts,
            correct,
            pinned,
        } => {
            italian(out, field("prompt"), label, "the prompt", prompt);
            option_count(
                out,
                field("options"),
                label,
                "a single choice",
                opts.len(),
                Some(4),
            );
            options(out, &field("options"), label, opts);
            correct_index(out, field("correct"), label, *correct, opts.len());
            let mut seen = HashSet::new();
            for &p in pinned {
                if p >= opts.len() {
                    out.error(
                        field("pinned"),
                        format!("{label}: pinned lists option {p}, which does not exist"),
                    );
                } else if !seen.insert(p) {
                    out.error(
                        field("pinned"),
                        format!("{label}: pinned lists option {p} twice"),
                    );
                }
            }
        }
        Question::TrueFalse { statement, .. } => {
            italian(out, field("statement"), label, "the statement", statement);
        }
        Question::Matching {
            prompt,
            pairs,
            extra,
        } => {
            italian(out, field("prompt"), label, "the prompt", prompt);
            if pairs.len() < 2 {
                out.error(
                    field("pairs"),
                    format!(
                        "{label}: a matching needs at least 2 pairs; it has {}",
                        pairs.len()
                    ),
                );
            }
            let mut lefts: HashMap<String, usize> = HashMap::new();
            let mut rights: HashMap<String, String> = HashMap::new();
            for (n, (left, right)) in pairs.iter().enumerate() {
                let pair_at = path(&field("pairs"), &[I(n)]);
                let what = format!("pair {}", n + 1);
                italian(
                    out,
                    pair_at.clone(),
                    label,
                    &format!("the left text of {what}"),
                    left,
                );
                italian(
                    out,
                    pair_at.clone(),
                    label,
                    &format!("the right text of {what}"),
                    right,
                );
                if !blank(left) {
                    if let Some(first) = lefts.insert(folded(left), n + 1) {
                        out.error(
                            pair_at.clone(),
                            format!(
                                "{label}: pairs {first} and {} have the same left text (\"{}\")",
                                n + 1,
                                left.trim()
                            ),
                        );
                    }
                }
                if !blank(right) {
                    if let Some(first) = rights.insert(folded(right), what.clone()) {
                        out.error(
                            pair_at,
                            format!(
                                "{label}: {first} and {what} have the same right text (\"{}\")",
                                right.trim()
                            ),
                        );
                    }
                }
            }
            for (n, right) in extra.iter().enumerate() {
                let extra_at = path(&field("extra"), &[I(n)]);
                let what = format!("extra {}", n + 1);
                italian(out, extra_at.clone(), label, &what, right);
                if !blank(right) {
                    if let Some(first) = rights.insert(folded(right), what.clone()) {
                        out.error(
                            extra_at,
                            format!(
                                "{label}: {first} and {what} have the same right text (\"{}\")",
                                right.trim()
                            ),
                        );
                    }
                }
            }
        }
        Question::Place {
            prompt,
            options: opts,
            correct,
        } => {
            if let Some(prompt) = prompt {
                italian(out, field("prompt"), label, "the prompt", prompt);
            }
            option_count(
                out,
                field("options"),
                label,
                "a place question",
                opts.len(),
                Some(4),
            );
            options(out, &field("options"), label, opts);
            correct_index(out, field("correct"), label, *correct, opts.len());
        }
        Question::TickInfo {
            prompt,
            options: opts,
            correct,
        } => {
            italian(out, field("prompt"), label, "the prompt", prompt);
            option_count(
                out,
                field("options"),
                label,
                "a tick-the-information question",
                opts.len(),
                None,
            );
            options(out, &field("options"), label, opts);
            if correct.is_empty() {
                out.error(
                    field("correct"),
                    format!("{label}: no option is marked correct: list the right ones, e.g. correct: [0, 2]"),
                );
            }
            let mut seen = HashSet::new();
            for &c in correct {
                if !seen.insert(c) {
                    out.error(
                        field("correct"),
                        format!("{label}: correct lists option {c} twice"),
                    );
                } else {
                    correct_index(out, field("correct"), label, c, opts.len());
                }
            }
        }
        Question::GapFill { text, gap } => {
            italian(out, field("text"), label, "the text", text);
            let gaps = text.matches("___").count();
            if text.contains("____") {
                out.error(
                    field("text"),
                    format!("{label}: write the gap as exactly three underscores ___"),
                );
            } else if gaps == 0 && !blank(text) {
                out.error(
                    field("text"),
                    format!("{label}: the text has no gap: mark it with three underscores ___"),
                );
            } else if gaps > 1 {
                out.error(
                    field("text"),
                    format!(
                        "{label}: the text has {gaps} gaps ___; a gap-fill item has exactly one"
                    ),
                );
            }
            let gap_at = field("gap");
            match gap {
                Gap::Choice {
                    options: opts,
                    correct,
                } => {
                    let opts_at = path(&gap_at, &[F("options")]);
                    option_count(out, opts_at.clone(), label, "the gap", opts.len(), None);
                    options(out, &opts_at, label, opts);
                    correct_index(
                        out,
                        path(&gap_at, &[F("correct")]),
                        label,
                        *correct,
                        opts.len(),
                    );
                }
                Gap::Typed { accepted } => {
                    let accepted_at = path(&gap_at, &[F("accepted")]);
                    if accepted.is_empty() {
                        out.error(
                            accepted_at.clone(),
                            format!(
                                "{label}: the gap accepts no answer: list at least one in accepted"
                            ),
                        );
                    }
                    for (n, answer) in accepted.iter().enumerate() {
                        required(
                            out,
                            path(&accepted_at, &[I(n)]),
                            label,
                            &format!("accepted answer {}", n + 1),
                            answer,
                        );
                    }
                }
            }
        }
        Question::Form { prompt, fields } => {
            italian(out, field("prompt"), label, "the prompt", prompt);
            if fields.is_empty() {
                out.error(field("fields"), format!("{label}: the form has no fields"));
            }
            for (n, form_field) in fields.iter().enumerate() {
                let field_at = path(&field("fields"), &[I(n)]);
                let what = format!("field {}", n + 1);
                required(
                    out,
                    path(&field_at, &[F("label")]),
                    label,
                    &format!("the label of {what}"),
                    &form_field.label,
                );
                if let Some(example) = &form_field.example {
                    required(
                        out,
                        path(&field_at, &[F("example")]),
                        label,
                        &format!("the example of {what}"),
                        example,
                    );
                }
                if let crate::bank::FieldKind::Choice(choices) = &form_field.kind {
                    let kind_at = path(&field_at, &[F("kind")]);
                    option_count(
                        out,
                        kind_at.clone(),
                        label,
                        &format!("the choice of {what}"),
                        choices.len(),
                        None,
                    );
                    options(out, &kind_at, label, choices);
                }
            }
        }
        Question::Message {
            prompt,
            min_words,
            max_words,
            points,
            model,
            ..
        } => {
            italian(out, field("prompt"), label, "the prompt", prompt);
            if *min_words == 0 {
                out.error(
                    field("min_words"),
                    format!("{label}: min_words must be at least 1"),
                );
            } else if min_words > max_words {
                out.error(
                    field("min_words"),
                    format!(
                        "{label}: min_words ({min_words}) is more than max_words ({max_words})"
                    ),
                );
            }
            if points.is_empty() {
                out.error(
                    field("points"),
                    format!("{label}: list in points what a complete message says"),
                );
            }
            for (n, point) in points.iter().enumerate() {
                italian(
                    out,
                    path(&field("points"), &[I(n)]),
                    label,
                    &format!("point {}", n + 1),
                    point,
                );
            }
            italian(out, field("model"), label, "the model answer", model);
            let words = model.split_whitespace().count() as u32;
            if !blank(model)
                && *min_words <= *max_words
                && !(*min_words..=*max_words).contains(&words)
            {
                out.warn(
                    field("model"),
                    format!(
                        "{label}: the model answer has {words} words, outside \
                         min_words–max_words ({min_words}–{max_words})"
                    ),
                );
            }
        }
    }
}

fn check_task_ids(files: &mut [Checked<'_, Bank>]) {
    let mut first: HashMap<String, (usize, usize)> = HashMap::new();
    for n in 0..files.len() {
        for t in 0..files[n].value.tasks.len() {
            let id = files[n].value.tasks[t].id.clone();
            if blank(&id) {
                continue;
            }
            match first.get(&id) {
                Some(&(m, u)) => {
                    let place = files[m].place(&[F("tasks"), I(u), F("id")]);
                    files[n].found.error(
                        vec![F("tasks"), I(t), F("id")],
                        format!("task {id}: this id is already used by the task at {place}"),
                    );
                }
                None => {
                    first.insert(id, (n, t));
                }
            }
        }
    }
}

/// The words of a stimulus, lower-cased, for comparing texts.
fn stimulus_words(content: &Content) -> Vec<String> {
    let text = match content {
        Content::Text { body, .. } | Content::Announcement { body, .. } => body.clone(),
        Content::Dialogue { turns } => turns
            .iter()
            .map(|t| t.text.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        Content::None => String::new(),
    };
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Word triples of a text, hashed; sorted and without repeats.
fn shingles(words: &[String]) -> Vec<u64> {
    let mut out: Vec<u64> = words
        .windows(3)
        .map(|w| {
            let mut h = DefaultHasher::new();
            w.hash(&mut h);
            h.finish()
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn overlap(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Warns about task stimuli that are nearly the same text (Jaccard similarity of word triples
/// above [`SIMILAR_STIMULUS`]). Uses prefix filtering: two sets that similar must share one of the
/// rarest few triples of each, so only those pairs are compared.
fn check_similar_stimuli(files: &mut [Checked<'_, Bank>]) {
    // (file, task, sorted shingles)
    let mut sets: Vec<(usize, usize, Vec<u64>)> = Vec::new();
    for (n, file) in files.iter().enumerate() {
        for (t, task) in file.value.tasks.iter().enumerate() {
            let set = shingles(&stimulus_words(&task.stimulus.content));
            if set.len() >= 3 {
                sets.push((n, t, set));
            }
        }
    }
    let mut frequency: HashMap<u64, u32> = HashMap::new();
    for (_, _, set) in &sets {
        for &s in set {
            *frequency.entry(s).or_default() += 1;
        }
    }
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    let mut found: Vec<(usize, usize, f64)> = Vec::new();
    for (x, (_, _, set)) in sets.iter().enumerate() {
        let mut rare = set.clone();
        rare.sort_unstable_by_key(|s| (frequency[s], *s));
        let keep = (SIMILAR_STIMULUS * set.len() as f64).ceil() as usize;
        let prefix = &rare[..set.len() - keep.min(set.len()) + 1];
        let mut candidates: Vec<usize> = prefix
            .iter()
            .filter_map(|s| index.get(s))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        for y in candidates {
            let other = &sets[y].2;
            let shared = overlap(set, other);
            let similarity = shared as f64 / (set.len() + other.len() - shared) as f64;
            if similarity > SIMILAR_STIMULUS {
                // One warning per task is enough: it names the first text it resembles.
                found.push((x, y, similarity));
                break;
            }
        }
        for &s in prefix {
            index.entry(s).or_default().push(x);
        }
    }
    for (x, y, similarity) in found {
        let (n, t, _) = sets[x];
        let (m, u, _) = sets[y];
        let other_id = files[m].value.tasks[u].id.clone();
        let place = files[m].place(&[F("tasks"), I(u), F("id")]);
        let id = files[n].value.tasks[t].id.clone();
        files[n].found.warn(
            vec![F("tasks"), I(t), F("stimulus")],
            format!(
                "task {id}: its stimulus is almost the same text as task {other_id}'s ({place}), \
                 {}% alike; write a new text",
                (similarity * 100.0).round()
            ),
        );
    }
}

fn check_layout(layout: &Layout, out: &mut Findings) {
    let label = format!("layout {}", layout.id);
    required(out, vec![F("id")], "layout", "the id", &layout.id);
    required(out, vec![F("title")], &label, "the title", &layout.title);
    if layout.sections.is_empty() {
        out.error(vec![F("sections")], format!("{label}: it has no sections"));
    }
    let mut seen = HashSet::new();
    for (s, section) in layout.sections.iter().enumerate() {
        let at = [F("sections"), I(s)];
        let name = section.section.as_str();
        let here = format!("{label}: section {name}");
        if !seen.insert(section.section) {
            out.error(
                path(&at, &[F("section")]),
                format!("{here} appears twice; put all its task slots in one section"),
            );
        }
        if !(section.minutes > 0.0 && section.minutes.is_finite()) {
            out.error(
                path(&at, &[F("minutes")]),
                format!(
                    "{here} lasts {} minutes; it must last more than 0",
                    section.minutes
                ),
            );
        }
        if section.tasks.is_empty() {
            out.error(
                path(&at, &[F("tasks")]),
                format!("{here} has no task slots"),
            );
        }
        let writing = section.section == Section::Writing;
        for (n, slot) in section.tasks.iter().enumerate() {
            let slot_at = path(&at, &[F("tasks"), I(n)]);
            let slot_label = format!("{here}, slot {}", n + 1);
            if slot.items == 0 {
                out.error(
                    path(&slot_at, &[F("items")]),
                    format!("{slot_label} has 0 items"),
                );
            }
            if slot.kinds.is_empty() {
                out.error(
                    path(&slot_at, &[F("kinds")]),
                    format!("{slot_label} lists no item kinds"),
                );
            }
            for kind in &slot.kinds {
                let writing_kind = matches!(kind, ItemKind::Form | ItemKind::Message);
                if writing_kind != writing {
                    let rule = if writing_kind {
                        "only writing tasks have it"
                    } else {
                        "writing tasks have only form and message items"
                    };
                    out.error(
                        path(&slot_at, &[F("kinds")]),
                        format!("{slot_label} lists {}, but {rule}", kind.as_str()),
                    );
                }
            }
        }
        let scoring_at = path(&at, &[F("scoring")]);
        match &section.scoring {
            Scoring::PerItem(_) if writing => out.error(
                scoring_at,
                format!(
                    "{here} must be scored with Bands(complete: …, sufficient: …), not PerItem"
                ),
            ),
            Scoring::Bands { .. } if !writing => out.error(
                scoring_at,
                format!("{here} must be scored with PerItem(…), not Bands"),
            ),
            Scoring::Bands {
                complete,
                sufficient,
            } if sufficient > complete => out.error(
                scoring_at,
                format!("{here}: sufficient ({sufficient}) is more than complete ({complete})"),
            ),
            _ => {}
        }
    }
    let max = layout.max_points();
    if layout.pass_mark > max {
        out.error(
            vec![F("pass_mark")],
            format!(
                "{label}: the pass mark {} is above the most points the exam gives ({max})",
                layout.pass_mark
            ),
        );
    }
}

/// Tries to give slot `slot` a task, moving earlier choices if needed (Kuhn's augmenting paths).
fn assign(
    slot: usize,
    fits: &[Vec<usize>],
    owner: &mut HashMap<usize, usize>,
    seen: &mut HashSet<usize>,
) -> bool {
    for &task in &fits[slot] {
        if seen.insert(task) {
            let free = match owner.get(&task) {
                None => true,
                Some(&other) => assign(other, fits, owner, seen),
            };
            if free {
                owner.insert(task, slot);
                return true;
            }
        }
    }
    false
}

/// Errors when the banks cannot give every slot of a section its own task.
fn check_fill(layout: &Layout, banks: &[&Bank], out: &mut Findings) {
    let tasks: Vec<&Task> = banks.iter().flat_map(|b| &b.tasks).collect();
    for (s, section) in layout.sections.iter().enumerate() {
        let fits: Vec<Vec<usize>> = section
            .tasks
            .iter()
            .map(|slot| {
                (0..tasks.len())
                    .filter(|&t| {
                        let task = tasks[t];
                        task.section == section.section
                            && task.units() == slot.items
                            && task
                                .items
                                .iter()
                                .all(|i| slot.kinds.contains(&i.question.kind()))
                    })
                    .collect()
            })
            .collect();
        let name = section.section.as_str();
        let mut short = false;
        let mut groups: Vec<(usize, usize)> = Vec::new(); // (first slot, slots alike)
        for (n, slot) in section.tasks.iter().enumerate() {
            match groups
                .iter_mut()
                .find(|(first, _)| section.tasks[*first] == *slot)
            {
                Some(group) => group.1 += 1,
                None => groups.push((n, 1)),
            }
        }
        for (first, need) in groups {
            let have = fits[first].len();
            if have < need {
                short = true;
                let slot = &section.tasks[first];
                let kinds: Vec<&str> = slot.kinds.iter().map(|k| k.as_str()).collect();
                out.error(
                    vec![F("sections"), I(s), F("tasks"), I(first)],
                    format!(
                        "layout {}: section {name} needs {need} {} of {} {} using only [{}]; \
                         the banks have {have}",
                        layout.id,
                        if need == 1 { "task" } else { "tasks" },
                        slot.items,
                        if slot.items == 1 { "item" } else { "items" },
                        kinds.join(", ")
                    ),
                );
            }
        }
        if short {
            continue;
        }
        let mut owner = HashMap::new();
        let filled = (0..fits.len())
            .filter(|&slot| assign(slot, &fits, &mut owner, &mut HashSet::new()))
            .count();
        if filled < fits.len() {
            out.error(
                vec![F("sections"), I(s), F("section")],
                format!(
                    "layout {}: section {name} needs {} different tasks for its slots; \
                     the banks have only {filled} that fit them together",
                    layout.id,
                    fits.len()
                ),
            );
        }
    }
}

/// Reports every file whose id (`bank` or `layout`, by `what`) an earlier file already uses.
fn check_file_ids<T>(files: &mut [Checked<'_, T>], what: &str, id_of: impl Fn(&T) -> &str) {
    let mut first: HashMap<String, usize> = HashMap::new();
    for n in 0..files.len() {
        let id = id_of(&files[n].value).to_string();
        if blank(&id) {
            continue;
        }
        match first.get(&id) {
            Some(&m) => {
                let place = files[m].place(&[F("id")]);
                files[n].found.error(
                    vec![F("id")],
                    format!("{what} {id}: this id is already used by the {what} at {place}"),
                );
            }
            None => {
                first.insert(id, n);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::{Gender, Item, Level, Topic, Turn};

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
                .map(|n| true_false(n, "Ana è a casa."))
                .collect(),
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
        let report = check(
            &[
                Source::new("bad.ron", &bad),
                Source::new("binary.ron", b"\0\x01"),
                Source::new("good.ron", &good),
            ],
            &[Source::new(
                "l.ron",
                &layout("(kinds: [true_false], items: 2)"),
            )],
        );
        assert_eq!(report.errors.len(), 2, "{:?}", report.errors);
        assert!(report.errors[0].to_string().starts_with("bad.ron:"));
        assert!(report.errors[1].to_string().starts_with("binary.ron: "));
        let ids: Vec<&str> = report.banks.iter().map(|b| b.id.as_str()).collect();
        assert_eq!(ids, ["good"]);
        assert_eq!(report.layouts.len(), 1);
    }

    #[test]
    fn the_first_of_two_banks_with_the_same_id_loads() {
        let first = bank("same", vec![listening("a-1", "Sono a casa.", 1)]);
        let second = bank("same", vec![listening("b-1", "Vado al mercato domani.", 1)]);
        let report = check(
            &[Source::new("a.ron", &first), Source::new("b.ron", &second)],
            &[],
        );
        assert_eq!(
            report
                .errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            ["b.ron:2:5: bank same: this id is already used by the bank at a.ron:2"]
        );
        assert_eq!(report.banks.len(), 1);
        assert_eq!(report.banks[0].tasks[0].id, "a-1");
    }

    #[test]
    fn layouts_are_not_checked_for_filling_without_bank_files() {
        let report = check(
            &[],
            &[Source::new(
                "l.ron",
                &layout("(kinds: [true_false], items: 5)"),
            )],
        );
        assert!(report.is_valid(), "{:?}", report.errors);
        assert_eq!(report.layouts.len(), 1);
    }

    #[test]
    fn slots_that_compete_for_the_same_task_are_unfillable() {
        let banks = bank("b", vec![listening("b-1", "Sono a casa.", 2)]);
        let slots = "(kinds: [true_false], items: 2), (kinds: [true_false, place], items: 2)";
        let report = check(
            &[Source::new("b.ron", &banks)],
            &[Source::new("l.ron", &layout(slots))],
        );
        assert_eq!(
            report
                .errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            [
                "l.ron:1:35: layout l: section listening needs 2 different tasks for its slots; \
              the banks have only 1 that fit them together"
            ]
        );
        assert!(report.layouts.is_empty());

        let two = bank(
            "b",
            vec![
                listening("b-1", "Sono a casa.", 2),
                listening("b-2", "Vado al mercato domani.", 2),
            ],
        );
        let report = check(
            &[Source::new("b.ron", &two)],
            &[Source::new("l.ron", &layout(slots))],
        );
        assert!(report.is_valid(), "{:?}", report.errors);
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
        let report = check(
            &[
                Source::new("c.ron", &bank("c", tasks)),
                Source::new("d.ron", &bank("d", vec![listening("d-1", other, 1)])),
            ],
            &[],
        );
        let warnings: Vec<String> = report.warnings.iter().map(ToString::to_string).collect();
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
    fn sentences_end_at_stops_not_inside_times_and_prices() {
        assert_eq!(
            sentences("Il treno parte alle 10.30 e costa 4.50 euro. Arriva a Roma!\nBinario 3"),
            [
                "Il treno parte alle 10.30 e costa 4.50 euro",
                " Arriva a Roma",
                "",
                "Binario 3"
            ]
        );
    }

    #[test]
    fn thousands_of_tasks_validate_quickly() {
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
        let started = std::time::Instant::now();
        let report = check(&[Source::new("big.ron", &source)], &[]);
        let elapsed = started.elapsed();
        assert!(report.is_valid(), "{:?}", &report.errors[..1]);
        assert!(report.warnings.is_empty(), "{:?}", &report.warnings[..1]);
        assert_eq!(report.banks[0].tasks.len(), 3000);
        // Release builds take a small fraction of this; debug builds stay well under it.
        assert!(elapsed.as_secs_f64() < 4.0, "took {elapsed:?}");
    }
}
