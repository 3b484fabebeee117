//! Questions from Moodle and elsewhere: a GIFT or Moodle XML file becomes a bank.
//!
//! [`Format::of`] tells a file's format by its name and first bytes (and names the formats a
//! file in any other one could be exported to); [`gift`] and [`moodle_xml`] read a file into
//! [`Question`]s, each with its place in the file; [`to_bank`] turns them into the tasks of one
//! bank, grouped as the teacher chose ([`Options`]), and says what was left out and why. The
//! result is an ordinary bank: the caller writes it as RON ([`Conversion::ron`]) and checks it
//! with the validator like any other file.

pub mod gift;
mod markup;
pub mod moodle_xml;
mod to_bank;

use super::message::msg;
use super::parse::{decode, Diagnostic, Pos};
use super::{Bank, Topic};

pub use to_bank::DEFAULT_ITEMS_PER_TASK;

/// What a file holds, as far as importing is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A Sportello bank or layout, in RON.
    Ron,
    /// Moodle's GIFT text format.
    Gift,
    /// Moodle XML (`<quiz>`).
    MoodleXml,
    /// A format Sportello cannot read, named for the message (e.g. `"PDF"`).
    Other(&'static str),
}

impl Format {
    /// The format of the file `name` holding `data`: by its extension (`.ron`, `.gift`, `.xml`,
    /// `.txt` read as GIFT when it has an answer block) and, for any other name, by its first
    /// bytes. A name with no known extension whose text does not look like XML or GIFT is read
    /// as RON, so the RON parser's located errors still reach the teacher.
    pub fn of(name: &str, data: &[u8]) -> Format {
        let lower = name.to_lowercase();
        let extension = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
        if let Some(other) = binary_format(data) {
            return Format::Other(other);
        }
        let text = String::from_utf8_lossy(&data[..data.len().min(4096)]);
        let start = text.trim_start_matches('\u{feff}').trim_start();
        match extension {
            "ron" => Format::Ron,
            "gift" => Format::Gift,
            "xml" => Format::MoodleXml,
            "txt" if looks_like_aiken(&text) => Format::Other("Aiken"),
            "txt" => Format::Gift,
            "csv" | "tsv" => Format::Other("CSV"),
            "doc" | "docx" | "odt" | "rtf" => Format::Other("Word"),
            "pdf" => Format::Other("PDF"),
            "xls" | "xlsx" | "ods" => Format::Other("Excel"),
            "json" => Format::Other("JSON"),
            "html" | "htm" => Format::Other("HTML"),
            _ if start.starts_with("<?xml") || start.starts_with("<quiz") => Format::MoodleXml,
            _ => Format::Ron,
        }
    }

    /// Whether the file must be converted before it can be checked.
    pub fn is_convertible(self) -> bool {
        matches!(self, Format::Gift | Format::MoodleXml)
    }
}

/// The format of a binary file, by its first bytes.
fn binary_format(data: &[u8]) -> Option<&'static str> {
    if data.starts_with(b"%PDF") {
        Some("PDF")
    } else if data.starts_with(b"PK\x03\x04") {
        // .docx, .odt, .xlsx and .mbz are all zip files.
        Some("Word, Excel or zip")
    } else if data.starts_with(b"\xd0\xcf\x11\xe0") {
        Some("Word")
    } else if data.starts_with(b"{\\rtf") {
        Some("RTF")
    } else {
        None
    }
}

/// An Aiken file: questions followed by `A.` options and an `ANSWER: X` line.
fn looks_like_aiken(text: &str) -> bool {
    text.lines()
        .any(|l| l.trim_start().starts_with("ANSWER:") || l.trim_start().starts_with("ANSWER "))
        && !text.contains('{')
}

/// The error for a file in a format Sportello does not read: it names the formats it does.
pub fn not_readable(file: &str, format: &str) -> Diagnostic {
    Diagnostic::in_file(file, msg!("import-format", format = format))
}

/// A question as found in a GIFT or Moodle XML file, before it becomes an item.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Where it starts in the file.
    pub pos: Pos,
    /// Its name in Moodle, if it has one.
    pub title: Option<String>,
    /// Its text, as plain text. For a sentence with a missing word, `___` marks the gap.
    pub text: String,
    /// The feedback shown whatever the answer, if any.
    pub feedback: Option<String>,
    /// What kind of question it is, with its answers.
    pub kind: Kind,
}

/// The kinds of question Moodle has, as far as Sportello reads them.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// Multiple choice: each answer with its share of the points (100 = fully right).
    Choice(Vec<Answer>),
    /// True or false, with the feedback of the right answer.
    TrueFalse {
        answer: bool,
        feedback: Option<String>,
    },
    /// Pairs to match; a pair with an empty left side is a distractor.
    Matching(Vec<(String, String)>),
    /// A short typed answer: every accepted answer.
    ShortAnswer(Vec<Answer>),
    /// A free text, with the model answer and word limits when the file gives them.
    Essay {
        model: Option<String>,
        min_words: Option<u32>,
        max_words: Option<u32>,
    },
    /// A kind with no place in the A2 test (numerical, description, cloze…), named.
    Unsupported(String),
}

/// One answer of a choice or short-answer question.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// Its text.
    pub text: String,
    /// Its share of the points, from -100 to 100.
    pub fraction: f64,
    /// Its feedback, if any.
    pub feedback: Option<String>,
}

impl Answer {
    /// Whether choosing it gains points.
    pub fn is_right(&self) -> bool {
        self.fraction > 0.0
    }
}

/// How the questions become tasks: the teacher chooses.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// The topic of every task.
    pub topic: Topic,
    /// How many scored answers make a task (a matching question counts one per pair).
    pub items_per_task: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            topic: Topic::CittaServizi,
            items_per_task: DEFAULT_ITEMS_PER_TASK,
        }
    }
}

/// What converting a file gave.
#[derive(Debug, Clone, PartialEq)]
pub struct Conversion {
    /// The name of the bank file it makes, e.g. `quiz.ron` for `quiz.gift`.
    pub file: String,
    /// The bank, when at least one question could be converted.
    pub bank: Option<Bank>,
    /// How many questions the file holds.
    pub found: usize,
    /// How many became items.
    pub converted: usize,
    /// Questions left out and advice on converted ones, located in the original file.
    pub notes: Vec<Diagnostic>,
    /// What stopped the conversion (a broken file, no question at all), located.
    pub errors: Vec<Diagnostic>,
}

impl Conversion {
    /// The bank as a RON file, with a comment saying where it comes from.
    pub fn ron(&self, from: &str) -> Option<String> {
        let bank = self.bank.as_ref()?;
        let body = super::write::to_ron(bank);
        Some(format!(
            "// Converted by Sportello from {from}.\n// Check the tasks, then add what a \
             converted file cannot have: translations of the\n// explanations, pictures, and the \
             licence.\n{body}"
        ))
    }
}

/// Converts the GIFT or Moodle XML file `name` (holding `data`) into a bank.
pub fn convert(name: &str, data: &[u8], format: Format, options: &Options) -> Conversion {
    let file = bank_file_name(name);
    let empty = |errors| Conversion {
        file: file.clone(),
        bank: None,
        found: 0,
        converted: 0,
        notes: Vec::new(),
        errors,
    };
    let text = match decode(name, data) {
        Ok(text) => text,
        Err(error) => return empty(vec![error]),
    };
    let read = match format {
        Format::Gift => gift::read(name, text),
        Format::MoodleXml => moodle_xml::read(name, text),
        Format::Ron => return empty(Vec::new()),
        Format::Other(other) => return empty(vec![not_readable(name, other)]),
    };
    let questions = match read {
        Ok(questions) => questions,
        Err(error) => return empty(vec![error]),
    };
    to_bank::to_bank(name, &file, &questions, options)
}

/// `quiz.ron` for `quiz.gift`, `Domande A2.xml` → `Domande A2.ron`.
pub fn bank_file_name(name: &str) -> String {
    let stem = name.rsplit_once('.').map(|(s, _)| s).unwrap_or(name);
    format!("{stem}.ron")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_by_name_then_by_content() {
        assert_eq!(Format::of("a.ron", b"(id: \"x\")"), Format::Ron);
        assert_eq!(Format::of("a.gift", b"Q {T}"), Format::Gift);
        assert_eq!(Format::of("a.TXT", b"Q {T}"), Format::Gift);
        assert_eq!(Format::of("a.xml", b"<quiz/>"), Format::MoodleXml);
        assert_eq!(
            Format::of("export", b"<?xml version=\"1.0\"?><quiz>"),
            Format::MoodleXml
        );
        assert_eq!(Format::of("a.pdf", b"%PDF-1.7"), Format::Other("PDF"));
        assert_eq!(Format::of("a.ron", b"%PDF-1.7"), Format::Other("PDF"));
        assert_eq!(
            Format::of("a.docx", b"PK\x03\x04"),
            Format::Other("Word, Excel or zip")
        );
        assert_eq!(Format::of("a.csv", b"a;b;c"), Format::Other("CSV"));
        let aiken = b"Dove abiti?\nA. Roma\nB. Milano\nANSWER: A\n";
        assert_eq!(Format::of("a.txt", aiken), Format::Other("Aiken"));
        assert_eq!(Format::of("noname", b"(id: \"x\""), Format::Ron);
    }

    #[test]
    fn another_format_names_the_formats_read() {
        let conversion = convert(
            "a.pdf",
            b"%PDF-1.4",
            Format::of("a.pdf", b"%PDF"),
            &Options::default(),
        );
        assert!(conversion.bank.is_none());
        let message = conversion.errors[0].to_string();
        assert!(message.starts_with("a.pdf: "), "{message}");
        for accepted in [".ron", "GIFT", "Moodle XML"] {
            assert!(message.contains(accepted), "{message}");
        }
        assert!(message.contains("PDF"), "{message}");
    }

    #[test]
    fn the_bank_file_is_named_after_the_original() {
        assert_eq!(bank_file_name("quiz.gift"), "quiz.ron");
        assert_eq!(bank_file_name("Domande A2.xml"), "Domande A2.ron");
        assert_eq!(bank_file_name("domande"), "domande.ron");
    }
}
