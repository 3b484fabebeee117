//! RON syntax errors in a teacher's words: the `ron` crate's error, read with the text around
//! it, becomes a sentence that says which task and item it is in and what to write there
//! (`` `answer:` takes `true` or `false` `` rather than `Expected boolean`).

use super::message::{item_label, msg, task_label, Message};
use super::parse::{Lexer, Tok};
use crate::bank::{ItemKind, Level, Section, Topic};
use ron::Error as E;

/// Where an error is, as far as the text before it tells: the task and item it is in and the
/// field whose value it is.
#[derive(Debug, Default, PartialEq)]
struct Place {
    task: Option<String>,
    item: Option<String>,
    field: Option<String>,
}

/// An open bracket before the error.
struct Group {
    open: char,
    /// The field this group is the value of.
    value_of: Option<String>,
    /// For an element of a list: the field the list is the value of.
    element_of: Option<String>,
    /// The last field named in it.
    field: Option<String>,
    /// Its `id: "…"`, if read.
    id: Option<String>,
}

/// Reads the text before an error: the groups still open at its end.
fn place(before: &str) -> Place {
    let tokens: Vec<Tok> = Lexer::new(before).map(|(_, tok)| tok).collect();
    let mut open: Vec<Group> = Vec::new();
    for (i, tok) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1);
        match tok {
            Tok::Word(name) if next == Some(&Tok::Colon) => {
                if let Some(group) = open.last_mut() {
                    group.field = Some(name.clone());
                }
            }
            Tok::Text(text) if i >= 2 && tokens[i - 2] == Tok::Word("id".into()) => {
                if let Some(group) = open.last_mut().filter(|_| tokens[i - 1] == Tok::Colon) {
                    group.id = Some(text.clone());
                }
            }
            Tok::Open(c) => {
                let parent = open.last();
                let element_of = parent
                    .filter(|p| p.open == '[')
                    .and_then(|p| p.value_of.clone());
                let value_of = parent.and_then(|p| p.field.clone());
                open.push(Group {
                    open: *c,
                    value_of,
                    element_of,
                    field: None,
                    id: None,
                });
            }
            Tok::Close => {
                open.pop();
            }
            _ => {}
        }
    }
    let id_of = |list: &str| {
        open.iter()
            .find(|g| g.element_of.as_deref() == Some(list))
            .and_then(|g| g.id.clone())
    };
    let task = id_of("tasks");
    Place {
        item: task.as_ref().and_then(|_| id_of("items")),
        task,
        field: open.last().and_then(|g| g.field.clone()),
    }
}

fn names<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> String {
    all.iter().map(|&x| name(x)).collect::<Vec<_>>().join(", ")
}

fn pascal_kind(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::SingleChoice => "SingleChoice",
        ItemKind::TrueFalse => "TrueFalse",
        ItemKind::Matching => "Matching",
        ItemKind::Place => "Place",
        ItemKind::TickInfo => "TickInfo",
        ItemKind::GapFill => "GapFill",
        ItemKind::Form => "Form",
        ItemKind::Message => "Message",
    }
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::A1 => "A1",
        Level::A2 => "A2",
        Level::B1 => "B1",
    }
}

/// An unknown name among the known ones (a topic, a section, an item kind, …).
fn unknown_name(found: &str, outer: &str, expected: &[&str]) -> Message {
    let (message, names) = match outer {
        "Topic" => (msg!("unknown-topic"), names(&Topic::ALL, Topic::as_str)),
        "Section" => (
            msg!("unknown-section"),
            names(&Section::ALL, Section::as_str),
        ),
        "ItemKind" => (
            msg!("unknown-kind"),
            names(&ItemKind::ALL, ItemKind::as_str),
        ),
        "Question" => (msg!("unknown-kind"), names(&ItemKind::ALL, pascal_kind)),
        "Level" => (
            msg!("unknown-level"),
            names(&[Level::A1, Level::A2, Level::B1], level_name),
        ),
        _ => (msg!("unknown-value", outer = outer), expected.join(", ")),
    };
    message.arg("found", found).arg("names", names)
}

/// What a value of the wrong shape should look like, for the field it is the value of.
fn expected_value(code: &E, field: &str) -> Option<Message> {
    let message = match code {
        E::ExpectedBoolean => msg!("takes-boolean"),
        E::ExpectedInteger => msg!("takes-integer"),
        E::ExpectedFloat => msg!("takes-number"),
        E::IntegerOutOfBounds => msg!("number-out-of-range"),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => msg!("takes-brackets"),
        E::ExpectedArray => msg!("takes-list"),
        E::ExpectedMap => msg!("takes-translations"),
        E::ExpectedString => msg!("takes-text"),
        _ => return None,
    };
    Some(message.arg("field", field))
}

/// The error in plain words, without its place.
fn words(code: &E, place: &Place, rest: &str) -> Message {
    let field = place.field.as_deref();
    match code {
        E::NoSuchEnumVariant {
            found,
            outer: Some(outer),
            expected,
        } => unknown_name(found, outer, expected),
        E::NoSuchStructField {
            found,
            outer: Some(outer),
            expected,
        } => msg!(
            "unknown-field",
            found = found,
            outer = outer,
            names = expected.join(", ")
        ),
        E::MissingStructField {
            field,
            outer: Some(outer),
        } => msg!("missing-field", field = *field, outer = outer),
        E::DuplicateStructField {
            field,
            outer: Some(outer),
        } => msg!("field-twice", field = *field, outer = outer),
        E::Eof => msg!("file-ends-early"),
        E::ExpectedComma => msg!("expected-comma"),
        E::ExpectedOption => msg!("expected-option"),
        // After `[…, "b",` a field name means the list was not closed.
        E::ExpectedString if field_name_at(rest).is_some() => {
            msg!(
                "list-not-closed",
                next = field_name_at(rest).unwrap_or_default()
            )
        }
        E::ExpectedArrayEnd => msg!("expected-list-end"),
        E::ExpectedStructLikeEnd => msg!("expected-brackets-end"),
        E::ExpectedMapEnd => msg!("expected-translations-end"),
        E::ExpectedMapColon => msg!("expected-translation-colon"),
        E::ExpectedStringEnd => msg!("text-not-closed"),
        E::UnexpectedChar(c) => msg!("unexpected-char", char = c.to_string()),
        E::TrailingCharacters => msg!("trailing-characters"),
        E::ExpectedString if field.is_none() => msg!("expected-text"),
        _ => field
            .and_then(|f| expected_value(code, f))
            .unwrap_or_else(|| msg!("ron-error", detail = code.to_string())),
    }
}

/// The field name `rest` starts with (a word followed by `:`), if it does.
fn field_name_at(rest: &str) -> Option<String> {
    let mut tokens = Lexer::new(rest).map(|(_, tok)| tok);
    match (tokens.next(), tokens.next()) {
        (Some(Tok::Word(name)), Some(Tok::Colon)) => Some(name),
        _ => None,
    }
}

/// A RON error in a teacher's words: `before` is the text before it, `rest` the text from it on.
pub(super) fn explain(code: &E, before: &str, rest: &str) -> Message {
    let place = place(before);
    let quote = rest
        .trim_start()
        .chars()
        .next()
        .filter(|c| "“”„«»".contains(*c));
    let mut message = match quote {
        Some(quote) => msg!("typographic-quote", quote = quote.to_string()),
        None => words(code, &place, rest),
    };
    if quote.is_none() && !matches!(code, E::Eof) && rest.trim().is_empty() {
        message = msg!("ends-here", message = message);
    }
    match (&place.task, &place.item) {
        (Some(task), Some(item)) => {
            msg!(
                "in-place",
                label = item_label(&task_label(task), item),
                message = message
            )
        }
        (Some(task), None) => msg!("in-place", label = task_label(task), message = message),
        _ => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_place_of_an_error_is_its_task_item_and_field() {
        let before = "(id: \"b\", tasks: [(id: \"t-1\", items: []), (id: \"t-2\", \
                      items: [(id: \"1\"), (id: \"2\", question: TrueFalse(statement: \"x\", answer: ";
        assert_eq!(
            place(before),
            Place {
                task: Some("t-2".into()),
                item: Some("2".into()),
                field: Some("answer".into()),
            }
        );
        let in_task = "(id: \"b\", tasks: [(id: \"t-1\", instructions: ";
        assert_eq!(place(in_task).task.as_deref(), Some("t-1"));
        assert_eq!(place(in_task).item, None);
        assert_eq!(place("(id: \"b\", title: ").task, None);
    }
}
