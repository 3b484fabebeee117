//! Reading bank and layout files from RON text, with errors located as `file:line:column`.
//!
//! Besides the serde parse, this module keeps an [`Outline`] of a RON text: where each value
//! starts, so semantic problems found later can be pointed at (`task x / item 2` is on line 40).

use super::message::{msg, Message};
use crate::bank::Bank;
use crate::layout::Layout;
use serde::de::DeserializeOwned;
use std::fmt;

/// A problem found in a file, with its position when known. Displays (in English; [`render`] in
/// another language) as `FILE:LINE:COLUMN: message`, `FILE:LINE: message` or `FILE: message`.
///
/// [`render`]: Diagnostic::render
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file name as given by the caller.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column (in characters), when known.
    pub column: Option<usize>,
    /// What is wrong, in plain words of any of the checker's languages.
    pub message: Message,
}

impl Diagnostic {
    /// A problem with the whole file, with no position.
    pub fn in_file(file: &str, message: Message) -> Self {
        Diagnostic {
            file: file.to_string(),
            line: None,
            column: None,
            message,
        }
    }

    /// A problem at a line and column.
    pub fn at(file: &str, pos: Pos, message: Message) -> Self {
        Diagnostic {
            file: file.to_string(),
            line: Some(pos.line),
            column: Some(pos.column),
            message,
        }
    }

    /// `FILE:LINE:COLUMN: message`, the message in `lang` (one of the checker's languages; any
    /// other reads as English).
    pub fn render(&self, lang: &str) -> String {
        let message = self.message.render(lang);
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{}:{}: {}", self.file, l, c, message),
            (Some(l), None) => format!("{}:{}: {}", self.file, l, message),
            _ => format!("{}: {}", self.file, message),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render("en"))
    }
}

/// A 1-based line and column (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Turns the bytes of a file into text: refuses empty, binary (NUL bytes) and non-UTF-8 files
/// with a clear message, and drops a UTF-8 byte-order mark.
pub fn decode<'a>(file: &str, data: &'a [u8]) -> Result<&'a str, Diagnostic> {
    if data.contains(&0) {
        return Err(Diagnostic::in_file(file, msg!("file-binary")));
    }
    let text = match std::str::from_utf8(data) {
        Ok(text) => text,
        Err(e) => {
            let valid = &data[..e.valid_up_to()];
            // The prefix is valid UTF-8 by construction.
            let before = std::str::from_utf8(valid).unwrap_or_default();
            return Err(Diagnostic::at(file, end_pos(before), msg!("file-not-utf8")));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Diagnostic::in_file(file, msg!("file-empty")));
    }
    Ok(text)
}

/// The position just after the end of `text`.
fn end_pos(text: &str) -> Pos {
    let line = 1 + text.matches('\n').count();
    let last = text.rsplit('\n').next().unwrap_or("");
    Pos {
        line,
        column: 1 + last.chars().count(),
    }
}

/// The byte offset of `pos` in `text`, if it is inside it.
fn offset(text: &str, pos: Pos) -> Option<usize> {
    let line = text.split('\n').nth(pos.line.checked_sub(1)?)?;
    let before: usize = text
        .split('\n')
        .take(pos.line - 1)
        .map(|l| l.len() + 1)
        .sum();
    let column: usize = line
        .chars()
        .take(pos.column.saturating_sub(1))
        .map(char::len_utf8)
        .sum();
    Some(before + column)
}

pub(crate) fn parse_ron<T: DeserializeOwned>(file: &str, source: &str) -> Result<T, Diagnostic> {
    if source.trim().is_empty() {
        return Err(Diagnostic::in_file(file, msg!("file-empty")));
    }
    ron::from_str(source).map_err(|e| {
        let at = Pos {
            line: e.span.start.line,
            column: e.span.start.col,
        };
        let rest = offset(source, at)
            .and_then(|o| source.get(o..))
            .unwrap_or("");
        Diagnostic::at(
            file,
            at,
            super::syntax::explain(&e.code, &source[..source.len() - rest.len()], rest),
        )
    })
}

/// Reads one bank file.
pub fn parse_bank(file: &str, source: &str) -> Result<Bank, Diagnostic> {
    parse_ron(file, source)
}

/// Reads one layout file.
pub fn parse_layout(file: &str, source: &str) -> Result<Layout, Diagnostic> {
    parse_ron(file, source)
}

/// One step into a RON value: a named field of a struct, or an element of a list or tuple.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    Field(&'static str),
    Index(usize),
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Step::Field(name) => f.write_str(name),
            Step::Index(i) => write!(f, "{i}"),
        }
    }
}

/// Where the values of a RON text start, to point at the value a semantic check is about.
#[derive(Debug)]
pub(crate) struct Outline {
    root: Node,
}

#[derive(Debug)]
struct Node {
    pos: Pos,
    kind: NodeKind,
}

#[derive(Debug)]
enum NodeKind {
    Leaf,
    /// A list, a tuple, or the argument of `Some(…)` or of a newtype variant.
    List(Vec<Node>),
    /// A struct, a struct variant or a map: (name, where the name is, value).
    Fields(Vec<(String, Pos, Node)>),
}

impl Outline {
    /// Scans a RON text. Never fails: on text it does not understand it keeps what it has.
    pub(crate) fn new(text: &str) -> Self {
        let mut scanner = Scanner {
            tokens: tokenize(text),
            next: 0,
        };
        scanner.skip_attributes();
        let root = scanner.value(0).unwrap_or(Node {
            pos: Pos { line: 1, column: 1 },
            kind: NodeKind::Leaf,
        });
        Outline { root }
    }

    /// Where the value at `path` starts (for a field: where its name is). When the path cannot be
    /// followed to its end (an optional field left out), the deepest value reached.
    pub(crate) fn locate(&self, path: &[Step]) -> Pos {
        let mut node = &self.root;
        let mut pos = node.pos;
        for step in path {
            // `Some(x)` and newtype variants wrap x in a one-element list: look through them.
            while let (Step::Field(_), NodeKind::List(items)) = (step, &node.kind) {
                match items.as_slice() {
                    [only] => node = only,
                    _ => return pos,
                }
            }
            let next = match (step, &node.kind) {
                (Step::Field(name), NodeKind::Fields(fields)) => fields
                    .iter()
                    .find(|(n, _, _)| n == name)
                    .map(|(_, at, value)| (*at, value)),
                (Step::Index(i), NodeKind::List(items)) => items.get(*i).map(|n| (n.pos, n)),
                _ => None,
            };
            match next {
                Some((at, value)) => {
                    pos = at;
                    node = value;
                }
                None => return pos,
            }
        }
        pos
    }
}

/// The field names of the outermost struct of a RON text, `(…)` or `Name(…)`, in order, read
/// lazily: a caller that has seen enough stops reading. Never fails: comments and strings are
/// skipped, and a broken or cut-short file still gives the names before the break.
pub(crate) fn top_level_fields(text: &str) -> impl Iterator<Item = String> + '_ {
    let mut tokens = Lexer::new(text).map(|(_, tok)| tok).peekable();
    // Skip `#![enable(…)]` attributes, then open the outermost struct.
    let mut depth = 0usize;
    while let Some(tok) = tokens.next() {
        match tok {
            Tok::Hash => {
                tokens.next_if_eq(&Tok::Bang);
                let mut inside = 0usize;
                for tok in tokens.by_ref() {
                    match tok {
                        Tok::Open(_) => inside += 1,
                        Tok::Close => inside = inside.saturating_sub(1),
                        _ => {}
                    }
                    if inside == 0 {
                        break;
                    }
                }
            }
            Tok::Word(_) if tokens.peek() == Some(&Tok::Open('(')) => {}
            Tok::Open('(') => {
                depth = 1;
                break;
            }
            _ => break,
        }
    }
    std::iter::from_fn(move || {
        while depth > 0 {
            match tokens.next()? {
                Tok::Open(_) => depth += 1,
                Tok::Close => depth -= 1,
                Tok::Word(name) if depth == 1 && tokens.peek() == Some(&Tok::Colon) => {
                    return Some(name)
                }
                _ => {}
            }
        }
        None
    })
}

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
    Open(char),
    Close,
    Colon,
    Comma,
    Hash,
    Bang,
    /// An identifier, number or boolean.
    Word(String),
    /// A string or char literal (its content, unescaped loosely).
    Text(String),
}

fn tokenize(text: &str) -> Vec<(Pos, Tok)> {
    Lexer::new(text).collect()
}

/// The tokens of a RON text, one at a time, so a reader that needs only the start stops early.
pub(super) struct Lexer<'a> {
    text: &'a str,
    /// Byte offset of the next character.
    i: usize,
    line: usize,
    col: usize,
}

impl<'a> Lexer<'a> {
    /// The tokens of `text`.
    pub(super) fn new(text: &'a str) -> Self {
        Lexer {
            text,
            i: 0,
            line: 1,
            col: 1,
        }
    }

    /// The text from the next character on.
    fn rest(&self) -> &'a str {
        &self.text[self.i..]
    }

    /// The next character and the one after it.
    fn peek2(&self) -> (Option<char>, Option<char>) {
        let mut chars = self.rest().chars();
        (chars.next(), chars.next())
    }

    /// Advances over `n` characters, keeping line and column.
    fn advance(&mut self, n: usize) {
        for _ in 0..n {
            let Some(c) = self.rest().chars().next() else {
                return;
            };
            if c == '\n' {
                self.line += 1;
                self.col = 1;
            } else {
                self.col += 1;
            }
            self.i += c.len_utf8();
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = (Pos, Tok);

    fn next(&mut self) -> Option<(Pos, Tok)> {
        while let (Some(c), peek) = self.peek2() {
            let here = Pos {
                line: self.line,
                column: self.col,
            };
            if c.is_whitespace() {
                self.advance(1);
            } else if c == '/' && peek == Some('/') {
                while self.peek2().0.is_some_and(|ch| ch != '\n') {
                    self.advance(1);
                }
            } else if c == '/' && peek == Some('*') {
                let mut depth = 0usize;
                loop {
                    match self.peek2() {
                        (None, _) => break,
                        (Some('/'), Some('*')) => {
                            depth += 1;
                            self.advance(2);
                        }
                        (Some('*'), Some('/')) => {
                            self.advance(2);
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => self.advance(1),
                    }
                }
            } else if c == '"' || c == '\'' {
                let mut content = String::new();
                self.advance(1);
                while let (Some(ch), _) = self.peek2() {
                    if ch == c {
                        break;
                    }
                    if ch == '\\' {
                        self.advance(1);
                    }
                    if let (Some(ch), _) = self.peek2() {
                        content.push(ch);
                    }
                    self.advance(1);
                }
                self.advance(1);
                return Some((here, Tok::Text(content)));
            } else if (c == 'r' || c == 'b')
                && matches!(peek, Some('#') | Some('"'))
                && raw_string_hashes(&self.rest()[1..]).is_some()
            {
                // Raw string r#"…"# (or br"…"): ends at a quote followed by as many hashes.
                let hashes = raw_string_hashes(&self.rest()[1..]).unwrap_or(0);
                self.advance(2 + hashes);
                let mut content = String::new();
                while let (Some(ch), _) = self.peek2() {
                    if ch == '"' && self.rest()[1..].chars().take(hashes).all(|h| h == '#') {
                        self.advance(1 + hashes);
                        break;
                    }
                    content.push(ch);
                    self.advance(1);
                }
                return Some((here, Tok::Text(content)));
            } else if c.is_alphanumeric() || matches!(c, '_' | '.' | '+' | '-') {
                let mut word = String::new();
                while let (Some(ch), _) = self.peek2() {
                    if !(ch.is_alphanumeric() || matches!(ch, '_' | '.' | '+' | '-')) {
                        break;
                    }
                    word.push(ch);
                    self.advance(1);
                }
                return Some((here, Tok::Word(word)));
            } else {
                let tok = match c {
                    '(' | '[' | '{' => Some(Tok::Open(c)),
                    ')' | ']' | '}' => Some(Tok::Close),
                    ':' => Some(Tok::Colon),
                    ',' => Some(Tok::Comma),
                    '#' => Some(Tok::Hash),
                    '!' => Some(Tok::Bang),
                    _ => None,
                };
                self.advance(1);
                if let Some(tok) = tok {
                    return Some((here, tok));
                }
            }
        }
        None
    }
}

/// For text starting just after `r` or `b`: the number of `#` before an opening quote, if it is one.
fn raw_string_hashes(rest: &str) -> Option<usize> {
    let rest = rest.strip_prefix('r').unwrap_or(rest);
    let hashes = rest.chars().take_while(|&c| c == '#').count();
    rest[hashes..].starts_with('"').then_some(hashes)
}

struct Scanner {
    tokens: Vec<(Pos, Tok)>,
    next: usize,
}

/// Deeper than any bank or layout: beyond it the outline stops (and never overflows the stack).
const MAX_DEPTH: usize = 64;

impl Scanner {
    fn peek(&self, ahead: usize) -> Option<&(Pos, Tok)> {
        self.tokens.get(self.next + ahead)
    }

    fn bump(&mut self) -> Option<(Pos, Tok)> {
        let tok = self.tokens.get(self.next).cloned();
        self.next += 1;
        tok
    }

    /// Skips `#![enable(…)]` attributes.
    fn skip_attributes(&mut self) {
        while matches!(self.peek(0), Some((_, Tok::Hash))) {
            self.bump();
            if matches!(self.peek(0), Some((_, Tok::Bang))) {
                self.bump();
            }
            if self.value(0).is_none() {
                return;
            }
        }
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        let (pos, tok) = self.bump()?;
        match tok {
            Tok::Word(_) => {
                if matches!(self.peek(0), Some((_, Tok::Open('(')))) {
                    self.bump();
                    self.group(pos, '(', depth)
                } else {
                    Some(Node {
                        pos,
                        kind: NodeKind::Leaf,
                    })
                }
            }
            Tok::Text(_) => Some(Node {
                pos,
                kind: NodeKind::Leaf,
            }),
            Tok::Open(c) => self.group(pos, c, depth),
            _ => None,
        }
    }

    /// The inside of a group whose opening `open` was just read, up to its closing.
    fn group(&mut self, pos: Pos, open: char, depth: usize) -> Option<Node> {
        let named = matches!(
            (open, self.peek(0), self.peek(1)),
            ('{', _, _) | ('(', Some((_, Tok::Word(_))), Some((_, Tok::Colon)))
        );
        if named {
            let mut fields = Vec::new();
            loop {
                match self.bump()? {
                    (_, Tok::Close) => break,
                    (_, Tok::Comma) => continue,
                    (at, Tok::Word(name)) | (at, Tok::Text(name)) => {
                        if !matches!(self.bump()?, (_, Tok::Colon)) {
                            return None;
                        }
                        let value = self.value(depth + 1)?;
                        fields.push((name, at, value));
                    }
                    _ => return None,
                }
            }
            Some(Node {
                pos,
                kind: NodeKind::Fields(fields),
            })
        } else {
            let mut items = Vec::new();
            loop {
                match self.peek(0) {
                    Some((_, Tok::Close)) => {
                        self.bump();
                        break;
                    }
                    Some((_, Tok::Comma)) => {
                        self.bump();
                    }
                    Some(_) => items.push(self.value(depth + 1)?),
                    None => return None,
                }
            }
            Some(Node {
                pos,
                kind: NodeKind::List(items),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Topic;
    use Step::{Field as F, Index as I};

    const SAMPLE: &str = r##"#![enable(implicit_some)]
// A comment with (brackets] and "quotes
(
    id: "b",
    tasks: [
        ( id: "t1", items: [] ),
        (
            /* nested /* block */ comment ) */
            id: r#"t"2"#,
            items: [
                (id: "1", question: SingleChoice(prompt: "Dove?", options: ["a", "b"], correct: 0)),
                (id: "2", stimulus: Some((content: Text(body: "x"))), pairs: [("A", "B"), ('c', "D")]),
            ],
        ),
    ],
    tr: { "en": "hi" },
)
"##;

    fn pos(line: usize, column: usize) -> Pos {
        Pos { line, column }
    }

    #[test]
    fn outline_locates_fields_elements_and_nested_values() {
        let o = Outline::new(SAMPLE);
        assert_eq!(o.locate(&[F("id")]), pos(4, 5));
        assert_eq!(o.locate(&[F("tasks"), I(1), F("id")]), pos(9, 13));
        let item = [F("tasks"), I(1), F("items"), I(0)];
        assert_eq!(o.locate(&item), pos(11, 17));
        assert_eq!(
            o.locate(&[&item[..], &[F("question"), F("correct")]].concat()),
            pos(11, 88)
        );
        let second = [F("tasks"), I(1), F("items"), I(1)];
        assert_eq!(
            o.locate(&[&second[..], &[F("stimulus"), F("content"), F("body")]].concat()),
            pos(12, 57)
        );
        assert_eq!(
            o.locate(&[&second[..], &[F("pairs"), I(1)]].concat()),
            pos(12, 91)
        );
        assert_eq!(o.locate(&[F("tr"), F("en")]), pos(16, 11));
    }

    #[test]
    fn outline_falls_back_to_the_deepest_value_found() {
        let o = Outline::new(SAMPLE);
        let q = [F("tasks"), I(1), F("items"), I(0), F("question")];
        assert_eq!(o.locate(&[&q[..], &[F("pinned")]].concat()), pos(11, 27));
        assert_eq!(o.locate(&[F("tasks"), I(7), F("id")]), pos(5, 5));
    }

    #[test]
    fn outline_survives_garbage() {
        for text in ["", "(((", ")", "r#\"", "\"unclosed", "(a: [1, 2", "/* open"] {
            assert_eq!(Outline::new(text).locate(&[F("x")]), pos(1, 1));
        }
        let deep = "[".repeat(10_000);
        assert_eq!(Outline::new(&deep).locate(&[I(0)]), pos(1, 1));
    }

    #[test]
    fn top_level_fields_skip_comments_nested_values_and_survive_a_break() {
        let fields = |text| top_level_fields(text).collect::<Vec<_>>();
        assert_eq!(fields(SAMPLE), ["id", "tasks", "tr"]);
        assert_eq!(
            fields("// pass_mark: 1\nLayout(id: \"x\", sections: [(tasks: ["),
            ["id", "sections"]
        );
        for text in ["", "[1, 2]", "\"pass_mark: 1\"", "(((", "#![enable(x)]"] {
            assert!(fields(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn decode_refuses_binary_non_utf8_and_empty_files() {
        assert_eq!(
            decode("a.ron", b"(id: \"x\")\0").unwrap_err().to_string(),
            "a.ron: this is a binary file (it contains NUL bytes), not a text file: \
             a bank or layout is plain text saved as UTF-8"
        );
        assert_eq!(
            decode("a.ron", b"(\n  id: \"caff\xe8\"")
                .unwrap_err()
                .to_string(),
            "a.ron:2:12: the file is not UTF-8 text: save it again choosing the UTF-8 encoding"
        );
        assert_eq!(
            decode("a.ron", b" \n\t").unwrap_err().to_string(),
            "a.ron: the file is empty"
        );
        assert_eq!(decode("a.ron", "\u{feff}()".as_bytes()), Ok("()"));
    }

    #[test]
    fn unknown_topic_lists_the_topics() {
        let e = parse_ron::<Topic>("t.ron", "salut").unwrap_err();
        assert_eq!(
            e.to_string(),
            "t.ron:1:1: unknown topic `salut`; the topics are: casa, famiglia, lavoro, salute, \
             scuola, trasporti, acquisti, uffici_pubblici, tempo_libero, citta_servizi"
        );
    }
}
