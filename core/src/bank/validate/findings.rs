//! Findings: the problems a check finds in a parsed file, kept with the path of the value they
//! are about and located in the RON text only when the report is made.

use super::super::message::{msg, Message};
use super::super::parse::{Diagnostic, Outline, Pos, Step};
use super::style::is_direction_control;
use serde::Serialize;
use std::cell::OnceCell;

/// A problem found in a parsed file, located later by its path in the RON text.
struct Finding {
    error: bool,
    path: Vec<Step>,
    /// Where it is in the text, when known without the path.
    at: Option<Pos>,
    message: Message,
}

/// The problems found in one file, in the order found.
#[derive(Default)]
pub(super) struct Findings(Vec<Finding>);

impl Findings {
    /// A problem that keeps the file from loading.
    pub(super) fn error(&mut self, path: Vec<Step>, message: Message) {
        self.0.push(Finding {
            error: true,
            path,
            at: None,
            message,
        });
    }

    /// A problem that keeps the file from loading, at a place in its text.
    pub(super) fn error_at(&mut self, at: Pos, message: Message) {
        self.0.push(Finding {
            error: true,
            path: Vec::new(),
            at: Some(at),
            message,
        });
    }

    /// Advice that does not stop the file from loading.
    pub(super) fn warn(&mut self, path: Vec<Step>, message: Message) {
        self.0.push(Finding {
            error: false,
            path,
            at: None,
            message,
        });
    }

    pub(super) fn has_errors(&self) -> bool {
        self.0.iter().any(|f| f.error)
    }
}

/// Where a check is: the findings it adds to, the path of the value it looks at, and the label
/// that opens its messages (`task x`, `task x / item 2`, `layout y`).
pub(super) struct Ctx<'a> {
    out: &'a mut Findings,
    path: Vec<Step>,
    /// Opens the messages about this value.
    pub(super) label: &'a Message,
}

impl<'a> Ctx<'a> {
    /// Checks at `path`, naming the value `label`.
    pub(super) fn new(out: &'a mut Findings, path: Vec<Step>, label: &'a Message) -> Self {
        Ctx { out, path, label }
    }

    /// The value at `more` steps below this one, with the same label.
    pub(super) fn at(&mut self, more: &[Step]) -> Ctx<'_> {
        Ctx {
            out: self.out,
            path: [&self.path[..], more].concat(),
            label: self.label,
        }
    }

    /// The value at `more` steps below this one, named `label`.
    pub(super) fn named<'b>(&'b mut self, more: &[Step], label: &'b Message) -> Ctx<'b> {
        Ctx {
            out: self.out,
            path: [&self.path[..], more].concat(),
            label,
        }
    }

    /// An error about this value.
    pub(super) fn error(&mut self, message: Message) {
        self.out.error(self.path.clone(), message);
    }

    /// A warning about this value.
    pub(super) fn warn(&mut self, message: Message) {
        self.out.warn(self.path.clone(), message);
    }
}

/// A parsed file being checked.
pub(super) struct Checked<'a, T> {
    /// Position among all sources, as given: names the file's outcome.
    pub(super) source: usize,
    pub(super) name: &'a str,
    text: &'a str,
    outline: OnceCell<Outline>,
    pub(super) value: T,
    pub(super) found: Findings,
}

impl<'a, T> Checked<'a, T> {
    pub(super) fn new(source: usize, name: &'a str, text: &'a str, value: T) -> Self {
        Checked {
            source,
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
    pub(super) fn place(&self, path: &[Step]) -> String {
        format!("{}:{}", self.name, self.locate(path).line)
    }

    /// The findings by the path of the value they are about (`tasks/0/items/1/question`); one
    /// found at a place in the text only (a direction control) is about the whole file.
    pub(super) fn by_path(&self) -> Vec<super::FieldProblem> {
        (self.found.0.iter())
            .map(|f| super::FieldProblem {
                path: f
                    .path
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("/"),
                error: f.error,
                message: f.message.clone(),
            })
            .collect()
    }

    /// The findings as diagnostics, errors and warnings apart, each sorted by position.
    pub(super) fn diagnostics(&self) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
        let (mut errors, mut warnings) = (Vec::new(), Vec::new());
        for f in &self.found.0 {
            let at = f.at.unwrap_or_else(|| self.locate(&f.path));
            let d = Diagnostic::at(self.name, at, f.message.clone());
            if f.error {
                errors.push(d);
            } else {
                warnings.push(d);
            }
        }
        let order = |d: &Diagnostic| (d.line, d.column);
        errors.sort_by_key(order);
        warnings.sort_by_key(order);
        (errors, warnings)
    }
}

/// The values of the files with no errors.
pub(super) fn usable<'a, T>(files: &'a [Checked<'_, T>]) -> Vec<&'a T> {
    files
        .iter()
        .filter(|f| !f.found.has_errors())
        .map(|f| &f.value)
        .collect()
}

impl<T: Serialize> Checked<'_, T> {
    /// An error at each invisible Unicode direction control (U+202A–U+202E, U+2066–U+2069) in
    /// the file: it can make a text read differently from what it says. One written as an
    /// escape is found in the parsed texts and reported at the start of the file.
    pub(super) fn check_direction_controls(&mut self) {
        let mut found = false;
        for (line, text) in self.text.lines().enumerate() {
            for (column, c) in text.chars().enumerate() {
                if is_direction_control(c) {
                    found = true;
                    let at = Pos {
                        line: line + 1,
                        column: column + 1,
                    };
                    self.found.error_at(at, direction_message(c));
                }
            }
        }
        let escaped = serde_json::to_string(&self.value)
            .ok()
            .and_then(|json| json.chars().find(|c| is_direction_control(*c)));
        if let Some(c) = escaped.filter(|_| !found) {
            self.found.error(Vec::new(), direction_message(c));
        }
    }
}

fn direction_message(c: char) -> Message {
    msg!(
        "direction-control",
        code = format!("U+{:04X}", u32::from(c))
    )
}
