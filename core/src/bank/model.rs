//! The question-bank format, version 1: the types a bank file in `question-banks/` deserializes into.
//!
//! A bank holds tasks; a task belongs to one section of the test, has a stimulus (what the learner
//! reads or hears) and items (what the learner answers). Italian content stays Italian; instructions
//! and explanations may carry translations keyed by UI locale (`"en"`, `"ar"`, …).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Translations of a piece of text, keyed by UI locale code (`"en"`, `"fr"`, `"ar"`, …).
pub type Translations = BTreeMap<String, String>;

/// One question bank: a file of tasks written by a teacher or volunteer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bank {
    /// Unique id of the bank, e.g. `"ascolto-salute"`.
    pub id: String,
    /// Human title, in Italian.
    pub title: String,
    /// CEFR level of the content.
    pub level: Level,
    /// Language of the content (always `"it"` for now).
    pub language: String,
    /// Who wrote it.
    #[serde(default)]
    pub authors: Vec<String>,
    /// Licence of the content, e.g. `"CC-BY-SA-4.0"`.
    pub license: String,
    /// Version of this bank's content (raise it when you change the bank).
    pub version: u32,
    /// The tasks.
    pub tasks: Vec<Task>,
}

/// CEFR level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    A1,
    A2,
    B1,
}

/// A section of the test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// Comprensione orale (ascolto).
    Listening,
    /// Comprensione scritta (lettura).
    Reading,
    /// Interazione scritta (scrittura).
    Writing,
}

impl Section {
    /// Every section, in the order of the standard test.
    pub const ALL: [Section; 3] = [Section::Listening, Section::Reading, Section::Writing];

    /// The section whose name in bank files is `name`.
    pub fn named(name: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.as_str() == name)
    }

    /// The name used in bank files, layouts and JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Section::Listening => "listening",
            Section::Reading => "reading",
            Section::Writing => "writing",
        }
    }
}

/// The fixed list of topics of the test (documented in `docs/bank-format.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Home, renting, neighbours.
    Casa,
    /// Family, people, daily routine.
    Famiglia,
    /// Work, job centre, contracts.
    Lavoro,
    /// Health: doctor, pharmacy, ASL, hospital.
    Salute,
    /// School, courses, children's school.
    Scuola,
    /// Transport: bus, train, tickets.
    Trasporti,
    /// Shopping: supermarket, market, shops.
    Acquisti,
    /// Public offices: Questura, Comune, Prefettura, post office, bank.
    UfficiPubblici,
    /// Free time: sport, holidays, events.
    TempoLibero,
    /// The town and its services: streets, library, weather, local news.
    CittaServizi,
}

impl Topic {
    /// Every topic, in documentation order.
    pub const ALL: [Topic; 10] = [
        Topic::Casa,
        Topic::Famiglia,
        Topic::Lavoro,
        Topic::Salute,
        Topic::Scuola,
        Topic::Trasporti,
        Topic::Acquisti,
        Topic::UfficiPubblici,
        Topic::TempoLibero,
        Topic::CittaServizi,
    ];

    /// The topic whose name in bank files is `name`.
    pub fn named(name: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.as_str() == name)
    }

    /// The name used in bank files and JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Casa => "casa",
            Topic::Famiglia => "famiglia",
            Topic::Lavoro => "lavoro",
            Topic::Salute => "salute",
            Topic::Scuola => "scuola",
            Topic::Trasporti => "trasporti",
            Topic::Acquisti => "acquisti",
            Topic::UfficiPubblici => "uffici_pubblici",
            Topic::TempoLibero => "tempo_libero",
            Topic::CittaServizi => "citta_servizi",
        }
    }
}

/// A task: one stimulus and the items about it, as one exercise on the paper test.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// Unique across all banks, e.g. `"ascolto-salute-03"`.
    pub id: String,
    /// The section it belongs to.
    pub section: Section,
    /// Its topic.
    pub topic: Topic,
    /// What to do, in Italian (as on the real test).
    pub instructions: String,
    /// The instructions in the learner's language, keyed by locale.
    #[serde(default)]
    pub instructions_tr: Translations,
    /// What the learner reads or hears.
    pub stimulus: Stimulus,
    /// The questions.
    pub items: Vec<Item>,
    /// Ids of lessons (`lessons/<id>.ron`) that help with this task, besides those linked by its
    /// topic and item kinds. Optional.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lessons: Vec<String>,
}

/// What the learner reads or hears.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stimulus {
    /// The text, dialogue or announcement.
    pub content: Content,
    /// A picture shown with it.
    #[serde(default)]
    pub picture: Option<Picture>,
    /// A recording shipped with the bank (path relative to `question-banks/`), played instead of
    /// speech synthesis when present.
    #[serde(default)]
    pub audio: Option<String>,
}

/// The words of a stimulus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Content {
    /// A written text: notice, advert, e-mail, timetable, menu… `title` is its heading.
    Text {
        #[serde(default)]
        title: Option<String>,
        body: String,
    },
    /// A conversation, spoken turn by turn.
    Dialogue { turns: Vec<Turn> },
    /// One voice: a station announcement, an answering-machine message, instructions.
    Announcement { voice: Gender, body: String },
    /// Nothing to read or hear (e.g. a writing task whose items say everything).
    None,
}

/// One turn of a dialogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Turn {
    /// Who speaks, e.g. `"Farmacista"` or `"Amina"`.
    pub speaker: String,
    /// Chooses the synthetic voice.
    pub gender: Gender,
    /// What they say.
    pub text: String,
}

/// Voice of a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Gender {
    Female,
    Male,
}

/// A picture shown with a stimulus or as an option.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Picture {
    /// One or a few emoji, e.g. `"🚌"`.
    Emoji(String),
    /// An SVG file shipped with the bank (path relative to `question-banks/`).
    Svg(String),
}

/// One question of a task.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Unique within its task, e.g. `"1"`.
    pub id: String,
    /// A short text or recording of this item only (e.g. one of five mini-dialogues in a
    /// "where are they?" task). Most items have none and refer to the task's stimulus.
    #[serde(default)]
    pub stimulus: Option<Stimulus>,
    /// What is asked and what is right.
    pub question: Question,
    /// Why the right answer is right, in simple Italian, pointing to the text.
    pub explanation: String,
    /// The explanation in the learner's language, keyed by locale.
    #[serde(default)]
    pub explanation_tr: Translations,
    /// Ids of lessons that help with this item (its task then links to them). Optional.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lessons: Vec<String>,
}

/// The kinds of question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Question {
    /// 2–4 options, exactly one right (`correct` counts from 0). Options listed in `pinned` keep
    /// their place when options are shuffled.
    SingleChoice {
        prompt: String,
        options: Vec<String>,
        correct: usize,
        #[serde(default)]
        pinned: Vec<usize>,
    },
    /// A statement that is true (`answer: true`) or false.
    TrueFalse { statement: String, answer: bool },
    /// Match each left text to one right text (situation or picture). Each pair is scored as one
    /// item. `extra` adds right-hand distractors.
    Matching {
        prompt: String,
        pairs: Vec<(String, String)>,
        #[serde(default)]
        extra: Vec<String>,
    },
    /// "Where does this dialogue take place?": single choice over places.
    Place {
        #[serde(default)]
        prompt: Option<String>,
        options: Vec<String>,
        correct: usize,
    },
    /// Tick the information that is present: several options, `correct` lists all right ones.
    TickInfo {
        prompt: String,
        options: Vec<String>,
        correct: Vec<usize>,
    },
    /// A sentence with one gap written `___`.
    GapFill { text: String, gap: Gap },
    /// Fill in a form (modulo) with personal data.
    Form {
        prompt: String,
        fields: Vec<FormField>,
    },
    /// Write a short message, postcard or e-mail reply.
    Message {
        prompt: String,
        min_words: u32,
        max_words: u32,
        /// Content points a complete answer covers.
        points: Vec<String>,
        /// The content points in the learner's language, keyed by locale code, in the order of
        /// `points`.
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        points_tr: BTreeMap<String, Vec<String>>,
        /// A model answer.
        model: String,
        /// A sample answer that deserves the "sufficient" band, shown when grading.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sample_sufficient: Option<String>,
        /// A sample answer that deserves no points, shown when grading.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sample_insufficient: Option<String>,
    },
}

/// How a gap is filled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Gap {
    /// Choose among options (inline choice).
    Choice {
        options: Vec<String>,
        correct: usize,
    },
    /// Type the word; any of `accepted` is right, ignoring case, accents and outer spaces.
    Typed { accepted: Vec<String> },
}

/// One field of a form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormField {
    /// The label printed on the form, e.g. `"Cognome"`.
    pub label: String,
    /// What it accepts.
    pub kind: FieldKind,
    /// Whether the form is incomplete without it.
    #[serde(default)]
    pub required: bool,
    /// An example of a good answer, shown in the review.
    #[serde(default)]
    pub example: Option<String>,
}

/// What a form field accepts; the app checks dates, numbers, phones and e-mails.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FieldKind {
    Text,
    Date,
    Number,
    Phone,
    Email,
    Choice(Vec<String>),
}

/// The name of an item kind, as written in layouts and statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    SingleChoice,
    TrueFalse,
    Matching,
    Place,
    TickInfo,
    GapFill,
    Form,
    Message,
}

impl ItemKind {
    /// Every kind.
    pub const ALL: [ItemKind; 8] = [
        ItemKind::SingleChoice,
        ItemKind::TrueFalse,
        ItemKind::Matching,
        ItemKind::Place,
        ItemKind::TickInfo,
        ItemKind::GapFill,
        ItemKind::Form,
        ItemKind::Message,
    ];

    /// The kind whose name in layouts is `name`.
    pub fn named(name: &str) -> Option<ItemKind> {
        ItemKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The name used in layouts and JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::SingleChoice => "single_choice",
            ItemKind::TrueFalse => "true_false",
            ItemKind::Matching => "matching",
            ItemKind::Place => "place",
            ItemKind::TickInfo => "tick_info",
            ItemKind::GapFill => "gap_fill",
            ItemKind::Form => "form",
            ItemKind::Message => "message",
        }
    }
}

/// Implements `kind()` and `units()` for a question enum whose variants are named like
/// [`ItemKind`]'s, given how its matching variant counts its pairs.
macro_rules! impl_kind_and_units {
    ($question:ident, $pairs:ident) => {
        impl $question {
            /// The kind of this question.
            pub fn kind(&self) -> ItemKind {
                match self {
                    $question::SingleChoice { .. } => ItemKind::SingleChoice,
                    $question::TrueFalse { .. } => ItemKind::TrueFalse,
                    $question::Matching { .. } => ItemKind::Matching,
                    $question::Place { .. } => ItemKind::Place,
                    $question::TickInfo { .. } => ItemKind::TickInfo,
                    $question::GapFill { .. } => ItemKind::GapFill,
                    $question::Form { .. } => ItemKind::Form,
                    $question::Message { .. } => ItemKind::Message,
                }
            }

            /// How many scored answers it counts for in a layout: one per pair for matching,
            /// else one.
            pub fn units(&self) -> u32 {
                match self {
                    $question::Matching { $pairs, .. } => $pairs.len() as u32,
                    _ => 1,
                }
            }
        }
    };
}
pub(crate) use impl_kind_and_units;

impl_kind_and_units!(Question, pairs);

impl Content {
    /// The words to speak, turn by turn (`Speaker: text` lines for dialogues), or `None` when
    /// there is nothing to speak.
    pub fn spoken_text(&self) -> Option<String> {
        match self {
            Content::Dialogue { turns } if !turns.is_empty() => Some(
                turns
                    .iter()
                    .map(|t| format!("{}: {}", t.speaker, t.text))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            Content::Announcement { body, .. } | Content::Text { body, .. }
                if !body.trim().is_empty() =>
            {
                Some(body.clone())
            }
            _ => None,
        }
    }
}

impl Task {
    /// Scored answers in this task (what a layout's "items" counts).
    pub fn units(&self) -> u32 {
        self.items.iter().map(|i| i.question.units()).sum()
    }
}
