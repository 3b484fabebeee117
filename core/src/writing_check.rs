//! Guidance for grading a writing task: the checks the app can make itself (the word count, form
//! fields filled and of the right shape, the task's key words) and the band it proposes from them
//! and from the content points the learner ticks.
//!
//! There is no examiner: the learner grades their own writing, so the app proposes and the
//! learner confirms. One rule is firm: a message outside the task's word range is never
//! "complete".
//!
//! The key words of a message are the content words of the task's `points` (what a complete
//! answer says): words of [`KEY_WORD_MIN_LETTERS`] letters or more that are not instruction verbs
//! or small words ([`NOT_KEY_WORDS`]). A word of the message mentions a key word when it starts
//! with the key word's stem: the key word without its final vowel, at most [`STEM_LETTERS`]
//! letters (accents and case ignored), so "vicino" finds "vicini", "torno" finds "torna" and
//! "festeggiamo" finds "festa". A message mentioning fewer than
//! [`KEY_WORDS_NEEDED`] of them (fewer than all, when there are fewer) looks off-topic.

use crate::answer::{form_problems, normalize, word_count, Answer, Answers, FieldProblem};
use crate::bank::{FieldKind, FormField, Translations};
use crate::exam::{ExamQuestion, ExamTask};
use crate::score::WritingGrade;

/// The shortest key word, in letters.
pub const KEY_WORD_MIN_LETTERS: usize = 4;

/// The longest stem of a key word, in letters.
pub const STEM_LETTERS: usize = 5;

/// How many key words an on-topic message mentions.
pub const KEY_WORDS_NEEDED: usize = 2;

/// Words of the points that say what to do or hold the sentence together, not what it is about.
pub const NOT_KEY_WORDS: &[&str] = &[
    "alla",
    "alle",
    "allo",
    "altra",
    "altre",
    "altri",
    "altro",
    "anche",
    "avere",
    "chiede",
    "come",
    "cosa",
    "dalla",
    "dalle",
    "degli",
    "della",
    "delle",
    "dello",
    "dice",
    "dove",
    "esempio",
    "essere",
    "fare",
    "firma",
    "forma",
    "nella",
    "nelle",
    "nello",
    "oppure",
    "perche",
    "propone",
    "quale",
    "quando",
    "quello",
    "questo",
    "racconta",
    "ringrazia",
    "saluta",
    "scrive",
    "sono",
    "spiega",
    "sulla",
];

/// A check the app makes on the learner's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AutoCheck {
    /// The message's length against the task's word range.
    WordCount {
        /// Words written.
        words: u32,
        /// The fewest words asked for.
        min: u32,
        /// The most words asked for.
        max: u32,
    },
    /// The task's key words the message mentions.
    KeyWords {
        /// Key words found in the message.
        found: Vec<String>,
        /// Key words not found.
        missing: Vec<String>,
    },
    /// One form field: filled if required, and of the right shape.
    Field {
        /// The field's label, in Italian.
        label: String,
        /// What is wrong with it, if anything.
        fault: Option<FieldFault>,
    },
}

/// What is wrong with a form field's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldFault {
    /// Empty, or not of its kind's shape (see [`crate::answer::form_problems`]).
    Problem(FieldProblem),
    /// A name (a text field whose label says "nome" or "cognome") written with digits or
    /// without letters.
    NotAName,
}

impl AutoCheck {
    /// Whether the answer passes this check.
    pub fn passed(&self) -> bool {
        match self {
            AutoCheck::WordCount { words, min, max } => (*min..=*max).contains(words),
            AutoCheck::KeyWords { found, missing } => {
                found.len() >= KEY_WORDS_NEEDED.min(found.len() + missing.len())
            }
            AutoCheck::Field { fault, .. } => fault.is_none(),
        }
    }
}

/// What the app can tell about the learner's answers to one writing task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guidance {
    /// The checks, item by item, in order.
    pub checks: Vec<AutoCheck>,
    /// How many content points the learner ticks against: a message's points, a form's fields.
    pub points: usize,
    /// Whether anything at all was written.
    pub written: bool,
}

impl Guidance {
    /// The guidance for `task`, given the attempt's `answers`.
    pub fn of_task(task: &ExamTask, answers: &Answers) -> Guidance {
        Guidance::of_items(
            task.items
                .iter()
                .map(|item| (&item.question, answers.get(&task.id, &item.id))),
        )
    }

    /// The guidance for items graded together, each with its answer: their checks in order,
    /// their points added up.
    pub fn of_items<'a>(
        items: impl IntoIterator<Item = (&'a ExamQuestion, Option<&'a Answer>)>,
    ) -> Guidance {
        let mut guidance = Guidance {
            checks: Vec::new(),
            points: 0,
            written: false,
        };
        for (question, answer) in items {
            let one = Guidance::of_item(question, answer);
            guidance.checks.extend(one.checks);
            guidance.points += one.points;
            guidance.written |= one.written;
        }
        guidance
    }

    /// The guidance for one item given its `answer`; an item graded right or wrong has none.
    pub fn of_item(question: &ExamQuestion, answer: Option<&Answer>) -> Guidance {
        let mut guidance = Guidance {
            checks: Vec::new(),
            points: content_points(question).len(),
            written: false,
        };
        match question {
            ExamQuestion::Message {
                min_words,
                max_words,
                points,
                ..
            } => {
                let text = match answer {
                    Some(Answer::Message(text)) => text.as_str(),
                    _ => "",
                };
                guidance.written = word_count(text) > 0;
                guidance.checks.push(AutoCheck::WordCount {
                    words: word_count(text),
                    min: *min_words,
                    max: *max_words,
                });
                let keys = key_words(points);
                if !keys.is_empty() {
                    let (found, missing) = keys.into_iter().partition(|k| mentions(text, k));
                    guidance.checks.push(AutoCheck::KeyWords { found, missing });
                }
            }
            ExamQuestion::Form { fields, .. } => {
                let values = match answer {
                    Some(Answer::Form(values)) => values.as_slice(),
                    _ => &[],
                };
                guidance.written = values.iter().any(|v| !v.trim().is_empty());
                guidance.checks.extend(field_checks(fields, values));
            }
            _ => {}
        }
        guidance
    }

    /// Whether a message is off-topic: it mentions too few of the task's key words.
    pub fn off_topic(&self) -> bool {
        self.checks
            .iter()
            .any(|c| matches!(c, AutoCheck::KeyWords { .. }) && !c.passed())
    }

    /// Whether a message's length is outside the task's word range.
    pub fn outside_word_range(&self) -> bool {
        self.checks
            .iter()
            .any(|c| matches!(c, AutoCheck::WordCount { .. }) && !c.passed())
    }

    /// The band proposed when the learner ticks `ticked` of the [`Guidance::points`]: complete
    /// when every point is ticked and every check passes; sufficient when at least half the points
    /// are ticked and the message is on topic; otherwise insufficient, as is an empty answer.
    pub fn propose(&self, ticked: usize) -> WritingGrade {
        if !self.written {
            WritingGrade::Insufficient
        } else if ticked >= self.points && self.checks.iter().all(AutoCheck::passed) {
            WritingGrade::Complete
        } else if ticked * 2 >= self.points && !self.off_topic() {
            WritingGrade::Sufficient
        } else {
            WritingGrade::Insufficient
        }
    }

    /// Whether the learner may give `grade`: never "complete" outside the word range.
    pub fn allows(&self, grade: WritingGrade) -> bool {
        grade != WritingGrade::Complete || !self.outside_word_range()
    }
}

/// One thing a complete answer does, for the learner to tick: a message's content point or a
/// form's field, in Italian, with the translations the bank gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentPoint {
    /// The point, in Italian.
    pub text: String,
    /// The point in other languages, by locale code.
    pub translations: Translations,
}

/// What the learner ticks for `question`: a message's points, a form's fields (nothing for an
/// item graded right or wrong).
pub fn content_points(question: &ExamQuestion) -> Vec<ContentPoint> {
    match question {
        ExamQuestion::Message {
            points, points_tr, ..
        } => points
            .iter()
            .enumerate()
            .map(|(i, text)| ContentPoint {
                text: text.clone(),
                translations: points_tr
                    .iter()
                    .filter_map(|(lang, tr)| Some((lang.clone(), tr.get(i)?.clone())))
                    .collect(),
            })
            .collect(),
        ExamQuestion::Form { fields, .. } => fields
            .iter()
            .map(|f| ContentPoint {
                text: f.label.clone(),
                translations: Translations::new(),
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The key words of a task's content points, without repeats, in order of appearance.
pub fn key_words(points: &[String]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for point in points {
        for word in words(point) {
            let content = word.chars().count() >= KEY_WORD_MIN_LETTERS
                && !NOT_KEY_WORDS.contains(&word.as_str())
                && !word.chars().any(|c| c.is_ascii_digit());
            if content && !keys.iter().any(|k| stem(k) == stem(&word)) {
                keys.push(word);
            }
        }
    }
    keys
}

/// Whether `text` has a word starting with the stem of `key`.
fn mentions(text: &str, key: &str) -> bool {
    let stem = stem(key);
    words(text).any(|w| w.chars().count() >= KEY_WORD_MIN_LETTERS && w.starts_with(&stem))
}

/// The words of `text`, lower case and without accents, split at anything not a letter or digit.
fn words(text: &str) -> impl Iterator<Item = String> {
    normalize(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect::<Vec<_>>()
        .into_iter()
}

/// A word without its final vowel (the Italian ending that changes: torna, torno), at most
/// [`STEM_LETTERS`] letters long.
fn stem(word: &str) -> String {
    let trimmed = word.strip_suffix(['a', 'e', 'i', 'o', 'u']).unwrap_or(word);
    trimmed.chars().take(STEM_LETTERS).collect()
}

fn field_checks(fields: &[FormField], values: &[String]) -> Vec<AutoCheck> {
    let problems = form_problems(fields, values);
    fields
        .iter()
        .enumerate()
        .map(|(i, field)| {
            let value = values.get(i).map_or("", |v| v.trim());
            let fault = problems
                .iter()
                .find(|(f, _)| *f == i)
                .map(|(_, p)| FieldFault::Problem(*p))
                .or_else(|| {
                    (!value.is_empty() && is_name(field) && !looks_like_a_name(value))
                        .then_some(FieldFault::NotAName)
                });
            AutoCheck::Field {
                label: field.label.clone(),
                fault,
            }
        })
        .collect()
}

/// Whether the field asks for a name: a text field whose label has the word "nome" or "cognome".
fn is_name(field: &FormField) -> bool {
    field.kind == FieldKind::Text && words(&field.label).any(|w| w == "nome" || w == "cognome")
}

fn looks_like_a_name(value: &str) -> bool {
    value.chars().any(char::is_alphabetic) && !value.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::{Content, Stimulus, Topic};
    use crate::exam::ExamItem;

    fn points() -> Vec<String> {
        [
            "Saluta i vicini.",
            "Spiega il motivo: la festa di compleanno del figlio.",
            "Chiede scusa per il rumore.",
        ]
        .map(String::from)
        .to_vec()
    }

    fn task(question: ExamQuestion) -> ExamTask {
        ExamTask {
            id: "t".into(),
            topic: Topic::Casa,
            instructions: "Scrivi.".into(),
            instructions_tr: Default::default(),
            stimulus: Stimulus {
                content: Content::None,
                picture: None,
                audio: None,
            },
            recording: None,
            items: vec![ExamItem {
                id: "1".into(),
                stimulus: None,
                recording: None,
                question,
                explanation: "Spiegazione.".into(),
                explanation_tr: Default::default(),
            }],
        }
    }

    fn message() -> ExamTask {
        task(ExamQuestion::Message {
            prompt: "Scrivi ai vicini.".into(),
            min_words: 10,
            max_words: 20,
            points: points(),
            points_tr: Default::default(),
            model: "Cari vicini, sabato facciamo una festa.".into(),
            sample_sufficient: None,
            sample_insufficient: None,
        })
    }

    fn form() -> ExamTask {
        let field = |label: &str, kind: FieldKind| FormField {
            label: label.into(),
            kind,
            required: true,
            example: None,
        };
        task(ExamQuestion::Form {
            prompt: "Compila il modulo.".into(),
            fields: vec![
                field("Cognome", FieldKind::Text),
                field("Data di nascita", FieldKind::Date),
                field("Telefono", FieldKind::Phone),
                field("Numero del documento", FieldKind::Text),
            ],
        })
    }

    fn guidance(task: &ExamTask, answer: Answer) -> Guidance {
        let mut answers = Answers::default();
        answers.set("t", "1", answer);
        Guidance::of_task(task, &answers)
    }

    fn said(text: &str) -> Guidance {
        guidance(&message(), Answer::Message(text.into()))
    }

    #[test]
    fn key_words_are_the_content_words_of_the_points() {
        assert_eq!(
            key_words(&points()),
            [
                "vicini",
                "motivo",
                "festa",
                "compleanno",
                "figlio",
                "scusa",
                "rumore"
            ]
        );
    }

    #[test]
    fn key_words_are_found_by_their_first_letters_whatever_the_accents_and_case() {
        let on_topic = said("Cari VICINO, sabato c'è la festa per mio figlio. Scusate!");
        let AutoCheck::KeyWords { found, missing } = &on_topic.checks[1] else {
            panic!("{:?}", on_topic.checks);
        };
        assert_eq!(found, &["vicini", "festa", "figlio", "scusa"]);
        assert_eq!(missing, &["motivo", "compleanno", "rumore"]);
        assert!(
            mentions("Torno lunedì.", "torna"),
            "the final vowel changes"
        );
        assert!(mentions("festeggiamo", "festa"));
        assert!(!mentions("Il figlio.", "festa"));
        assert!(!on_topic.off_topic());
    }

    #[test]
    fn a_message_about_something_else_is_off_topic() {
        let off = said("Oggi il tempo è bello e vado al mare con gli amici domenica.");
        assert!(off.off_topic());
        assert!(!said("Cari vicini, una festa.").off_topic());
        assert!(
            said("Cari vicini.").off_topic(),
            "one key word is not enough"
        );
    }

    #[test]
    fn the_word_count_must_be_within_the_tasks_range() {
        let words = |n: usize| said(&vec!["festa"; n].join(" "));
        assert!(!words(9).checks[0].passed());
        assert!(words(10).checks[0].passed() && words(20).checks[0].passed());
        assert!(words(21).outside_word_range());
        assert_eq!(
            words(9).checks[0],
            AutoCheck::WordCount {
                words: 9,
                min: 10,
                max: 20
            }
        );
    }

    #[test]
    fn all_points_and_checks_propose_complete_half_sufficient_fewer_insufficient() {
        let good = said(
            "Cari vicini, sabato facciamo una festa per il compleanno di mio figlio. Scusate.",
        );
        assert_eq!(good.points, 3);
        assert!(
            good.checks.iter().all(AutoCheck::passed),
            "{:?}",
            good.checks
        );
        assert_eq!(good.propose(3), WritingGrade::Complete);
        assert_eq!(good.propose(2), WritingGrade::Sufficient);
        assert_eq!(good.propose(1), WritingGrade::Insufficient);
    }

    #[test]
    fn an_off_topic_too_short_message_cannot_be_complete_and_is_proposed_insufficient() {
        let bad = said("Ciao, oggi lavoro.");
        assert!(bad.outside_word_range() && bad.off_topic());
        // Even with every point ticked.
        assert_eq!(bad.propose(3), WritingGrade::Insufficient);
        assert!(!bad.allows(WritingGrade::Complete));
        assert!(bad.allows(WritingGrade::Sufficient) && bad.allows(WritingGrade::Insufficient));
    }

    #[test]
    fn a_short_message_on_topic_is_at_most_sufficient() {
        let short = said("Cari vicini, festa sabato. Scusate.");
        assert!(short.outside_word_range() && !short.off_topic());
        assert_eq!(short.propose(3), WritingGrade::Sufficient);
    }

    #[test]
    fn the_points_to_tick_are_a_messages_points_with_their_translations_or_a_forms_fields() {
        let mut question = message().items.remove(0).question;
        if let ExamQuestion::Message { points_tr, .. } = &mut question {
            points_tr.insert("en".into(), vec!["Greet the neighbours.".into()]);
        }
        let points = content_points(&question);
        assert_eq!(points.len(), 3);
        assert_eq!(points[0].text, "Saluta i vicini.");
        assert_eq!(points[0].translations["en"], "Greet the neighbours.");
        assert!(
            points[1].translations.is_empty(),
            "a missing translation is left out"
        );
        let fields = content_points(&form().items[0].question);
        assert_eq!(
            fields.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(),
            [
                "Cognome",
                "Data di nascita",
                "Telefono",
                "Numero del documento"
            ]
        );
        assert_eq!(
            Guidance::of_item(&question, None).points,
            3,
            "one point to tick per content point"
        );
    }

    #[test]
    fn nothing_written_is_insufficient() {
        let empty = Guidance::of_task(&message(), &Answers::default());
        assert!(!empty.written);
        assert_eq!(empty.propose(3), WritingGrade::Insufficient);
    }

    #[test]
    fn form_fields_are_checked_for_presence_and_shape_and_a_name_is_not_a_number() {
        let values = |v: [&str; 4]| Answer::Form(v.map(String::from).to_vec());
        let faults = |g: Guidance| -> Vec<Option<FieldFault>> {
            g.checks
                .into_iter()
                .map(|c| match c {
                    AutoCheck::Field { fault, .. } => fault,
                    other => panic!("{other:?}"),
                })
                .collect()
        };
        let good = guidance(
            &form(),
            values(["Haddad", "03/04/1990", "329 4455667", "12345"]),
        );
        assert_eq!(good.points, 4);
        assert_eq!(good.propose(4), WritingGrade::Complete);
        assert_eq!(faults(good), [None; 4]);
        let bad = guidance(&form(), values(["12345", "1990-04-03", "", "12345"]));
        assert_eq!(
            faults(bad.clone()),
            [
                Some(FieldFault::NotAName),
                Some(FieldFault::Problem(FieldProblem::NotADate)),
                Some(FieldFault::Problem(FieldProblem::Missing)),
                None,
            ]
        );
        assert_eq!(bad.propose(4), WritingGrade::Sufficient);
        assert!(
            bad.allows(WritingGrade::Complete),
            "the word range rule is for messages"
        );
    }
}
