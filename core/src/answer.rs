//! The learner's answers and how they are checked: right units, tolerant typed gaps, form field
//! checks and message word counts.

use crate::bank::{FieldKind, FormField};
use crate::exam::{ExamGap, ExamQuestion};
use crate::wording;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// An answer to one item. Indices refer to options as shown (see [`ExamQuestion`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// The chosen option: single choice, place, or a gap with options.
    Choice(usize),
    /// True or false.
    TrueFalse(bool),
    /// For each left entry, the chosen right index, or `None` while it is not matched.
    Matching(Vec<Option<usize>>),
    /// The ticked options.
    Ticks(BTreeSet<usize>),
    /// The word typed into a gap.
    Typed(String),
    /// One value per form field, in field order.
    Form(Vec<String>),
    /// The text of a message.
    Message(String),
}

/// The answers of an attempt, by task id and item id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<String, BTreeMap<String, Answer>>);

impl Answers {
    /// The answer to an item, if any.
    pub fn get(&self, task_id: &str, item_id: &str) -> Option<&Answer> {
        self.0.get(task_id)?.get(item_id)
    }

    /// Every answer, with its task id and item id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str, &Answer)> {
        self.0.iter().flat_map(|(task, items)| {
            items
                .iter()
                .map(move |(item, answer)| (task.as_str(), item.as_str(), answer))
        })
    }

    /// Records (or replaces) the answer to an item.
    pub fn set(&mut self, task_id: &str, item_id: &str, answer: Answer) {
        self.0
            .entry(task_id.to_string())
            .or_default()
            .insert(item_id.to_string(), answer);
    }
}

impl Answer {
    /// The right answer to `question`, to show in the review; `None` for forms and messages,
    /// which are graded by the learner against the examples and the model answer.
    pub fn right_for(question: &ExamQuestion) -> Option<Answer> {
        match question {
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
            // Single choice, place and gap fill with choices; forms and messages have none.
            _ => question
                .choice()
                .map(|(_, correct)| Answer::Choice(correct)),
        }
    }

    /// Whether this answer has the shape `question` expects, with every index among its options.
    pub fn fits(&self, question: &ExamQuestion) -> bool {
        if let Some((options, _)) = question.choice() {
            return matches!(self, Answer::Choice(i) if *i < options.len());
        }
        match (question, self) {
            (ExamQuestion::TrueFalse { .. }, Answer::TrueFalse(_)) => true,
            (ExamQuestion::Matching { left, right, .. }, Answer::Matching(chosen)) => {
                chosen.len() == left.len() && chosen.iter().flatten().all(|&r| r < right.len())
            }
            (ExamQuestion::TickInfo { options, .. }, Answer::Ticks(ticks)) => {
                ticks.iter().all(|&t| t < options.len())
            }
            (
                ExamQuestion::GapFill {
                    gap: ExamGap::Typed { .. },
                    ..
                },
                Answer::Typed(_),
            )
            | (ExamQuestion::Message { .. }, Answer::Message(_)) => true,
            (ExamQuestion::Form { fields, .. }, Answer::Form(values)) => {
                values.len() == fields.len()
            }
            _ => false,
        }
    }
}

/// Option `i` of `options` as on the test paper, e.g. `B. In farmacia` (empty if there is none).
pub(crate) fn option_text(options: &[String], i: usize) -> String {
    options
        .get(i)
        .map(|o| format!("{}. {o}", wording::letter(i)))
        .unwrap_or_default()
}

/// An answer written out as on the test paper, e.g. `B. In farmacia`, `Vero`, or
/// `treno → A. stazione; medicina → —` for a matching.
pub fn describe(question: &ExamQuestion, answer: &Answer) -> String {
    let option = option_text;
    match (question, answer) {
        (q, Answer::Choice(i)) => q
            .choice()
            .map(|(options, _)| option(options, *i))
            .unwrap_or_default(),
        (_, Answer::TrueFalse(b)) => if *b { wording::TRUE } else { wording::FALSE }.to_string(),
        (ExamQuestion::Matching { left, right, .. }, Answer::Matching(chosen)) => left
            .iter()
            .zip(chosen)
            .map(|(l, c)| {
                let target = c.map(|r| option(right, r)).unwrap_or_else(|| "—".into());
                format!("{l} → {target}")
            })
            .collect::<Vec<_>>()
            .join("; "),
        (ExamQuestion::TickInfo { options, .. }, Answer::Ticks(ticks)) => ticks
            .iter()
            .map(|&i| option(options, i))
            .collect::<Vec<_>>()
            .join("; "),
        (ExamQuestion::Form { fields, .. }, Answer::Form(values)) => fields
            .iter()
            .zip(values)
            .map(|(f, v)| format!("{}: {}", f.label, if v.is_empty() { "—" } else { v }))
            .collect::<Vec<_>>()
            .join("\n"),
        (_, Answer::Typed(t)) | (_, Answer::Message(t)) => t.clone(),
        _ => String::new(),
    }
}

/// Whether `answer` fully answers `question`: every left entry matched, at least one tick, a
/// non-blank word or message, every required form field filled (and at least one field).
pub fn is_answered(question: &ExamQuestion, answer: Option<&Answer>) -> bool {
    let Some(answer) = answer.filter(|a| a.fits(question)) else {
        return false;
    };
    match (question, answer) {
        (_, Answer::Matching(chosen)) => chosen.iter().all(Option::is_some),
        (_, Answer::Ticks(ticks)) => !ticks.is_empty(),
        (_, Answer::Typed(text)) | (_, Answer::Message(text)) => !text.trim().is_empty(),
        (ExamQuestion::Form { fields, .. }, Answer::Form(values)) => {
            values.iter().any(|v| !v.trim().is_empty())
                && fields
                    .iter()
                    .zip(values)
                    .all(|(f, v)| !f.required || !v.trim().is_empty())
        }
        _ => true,
    }
}

/// How many of the question's scored units the answer gets right: right pairs for matching, 0 or
/// 1 otherwise (tick info is right only when exactly the right options are ticked). Forms and
/// messages always give 0: they are graded by the learner, by bands.
pub fn units_right(question: &ExamQuestion, answer: &Answer) -> u32 {
    if !answer.fits(question) {
        return 0;
    }
    let right = match (question, answer) {
        (q, Answer::Choice(i)) => q.choice().is_some_and(|(_, correct)| *i == correct),
        (ExamQuestion::TrueFalse { answer: right, .. }, Answer::TrueFalse(given)) => right == given,
        (ExamQuestion::Matching { correct, .. }, Answer::Matching(chosen)) => {
            return correct
                .iter()
                .zip(chosen)
                .filter(|(c, given)| Some(**c) == **given)
                .count() as u32;
        }
        (ExamQuestion::TickInfo { correct, .. }, Answer::Ticks(ticks)) => {
            ticks.len() == correct.len() && correct.iter().all(|c| ticks.contains(c))
        }
        (
            ExamQuestion::GapFill {
                gap: ExamGap::Typed { accepted },
                ..
            },
            Answer::Typed(text),
        ) => {
            let typed = normalize(text);
            accepted.iter().any(|a| normalize(a) == typed)
        }
        _ => false,
    };
    u32::from(right)
}

/// Whether every scored unit of the question is right (never for forms and messages).
pub fn is_correct(question: &ExamQuestion, answer: &Answer) -> bool {
    let units = units_right(question, answer);
    units > 0 && units == question.units()
}

/// Text as compared for typed gaps and form choices: lower case, accents removed from vowels
/// (à/á → a, è/é → e, ì → i, ò → o, ù → u), an apostrophe typed for an accent at the end of a
/// word dropped ("citta'"), typographic apostrophes made straight, outer spaces removed and inner
/// runs of spaces made one.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            match c {
                'à' | 'á' | 'â' | 'ä' => out.push('a'),
                'è' | 'é' | 'ê' | 'ë' => out.push('e'),
                'ì' | 'í' | 'î' | 'ï' => out.push('i'),
                'ò' | 'ó' | 'ô' | 'ö' => out.push('o'),
                'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
                '’' | '‘' | '`' | '´' => out.push('\''),
                // Combining accents, as some keyboards type them after the letter.
                '\u{300}'..='\u{36f}' => {}
                c => out.push(c),
            }
        }
        // "citta'" is how an accent is often typed on a keyboard without it.
        let mut tail = out.chars().rev();
        if tail.next() == Some('\'') && matches!(tail.next(), Some('a' | 'e' | 'i' | 'o' | 'u')) {
            out.pop();
        }
    }
    out
}

/// What is wrong with a form field's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldProblem {
    /// A required field is empty.
    Missing,
    /// Not a real date written dd/mm/yyyy (or d/m/yyyy).
    NotADate,
    /// Not only digits.
    NotANumber,
    /// Not a phone number: digits and spaces, an optional leading +, at least 6 digits.
    NotAPhone,
    /// Not an e-mail address like name@example.it.
    NotAnEmail,
    /// Not one of the field's options.
    NotAnOption,
}

/// The problems of a filled-in form, as (field index, problem). A missing value counts as empty;
/// an empty optional field has no problem.
pub fn form_problems(fields: &[FormField], values: &[String]) -> Vec<(usize, FieldProblem)> {
    fields
        .iter()
        .enumerate()
        .filter_map(|(i, field)| {
            let value = values.get(i).map_or("", |v| v.trim());
            field_problem(field, value).map(|p| (i, p))
        })
        .collect()
}

fn field_problem(field: &FormField, value: &str) -> Option<FieldProblem> {
    if value.is_empty() {
        return field.required.then_some(FieldProblem::Missing);
    }
    let bad = |ok: bool, problem: FieldProblem| (!ok).then_some(problem);
    match &field.kind {
        FieldKind::Text => None,
        FieldKind::Date => bad(is_date(value), FieldProblem::NotADate),
        FieldKind::Number => bad(
            value.chars().all(|c| c.is_ascii_digit()),
            FieldProblem::NotANumber,
        ),
        FieldKind::Phone => bad(is_phone(value), FieldProblem::NotAPhone),
        FieldKind::Email => bad(is_email(value), FieldProblem::NotAnEmail),
        FieldKind::Choice(options) => {
            let value = normalize(value);
            bad(
                options.iter().any(|o| normalize(o) == value),
                FieldProblem::NotAnOption,
            )
        }
    }
}

fn is_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split('/').collect();
    let [day, month, year] = parts.as_slice() else {
        return false;
    };
    let digits = |s: &str, lengths: std::ops::RangeInclusive<usize>| {
        lengths.contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
    };
    if !digits(day, 1..=2) || !digits(month, 1..=2) || !digits(year, 4..=4) {
        return false;
    }
    let (day, month, year): (u32, u32, u32) = match (day.parse(), month.parse(), year.parse()) {
        (Ok(d), Ok(m), Ok(y)) => (d, m, y),
        _ => return false,
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    year > 0 && (1..=days).contains(&day)
}

fn is_phone(value: &str) -> bool {
    let rest = value.strip_prefix('+').unwrap_or(value);
    rest.chars().all(|c| c.is_ascii_digit() || c == ' ')
        && rest.chars().filter(char::is_ascii_digit).count() >= 6
}

fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    let labels: Vec<&str> = domain.split('.').collect();
    let tld = labels.last().copied().unwrap_or("");
    !local.is_empty()
        && !local.chars().any(|c| c.is_whitespace() || c == '@')
        && labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && tld.chars().count() >= 2
        && tld.chars().all(char::is_alphabetic)
}

/// The number of words: whitespace-separated tokens with at least one letter or digit (a lone
/// dash or full stop is not a word).
pub fn word_count(text: &str) -> u32 {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count() as u32
}

/// Whether the message has between `min_words` and `max_words` words, both included.
pub fn within_limits(text: &str, min_words: u32, max_words: u32) -> bool {
    (min_words..=max_words).contains(&word_count(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exam::ExamQuestion;

    fn typed(accepted: &[&str]) -> ExamQuestion {
        ExamQuestion::GapFill {
            text: "Abito in ___.".to_string(),
            gap: ExamGap::Typed {
                accepted: accepted.iter().map(|a| a.to_string()).collect(),
            },
        }
    }

    fn matching() -> ExamQuestion {
        ExamQuestion::Matching {
            prompt: "Abbina".to_string(),
            left: vec!["treno".into(), "medicina".into(), "pane".into()],
            right: vec![
                "forno".into(),
                "banca".into(),
                "stazione".into(),
                "farmacia".into(),
            ],
            correct: vec![2, 3, 0],
            order: vec![2, 3, 0, 1],
        }
    }

    fn ticks() -> ExamQuestion {
        ExamQuestion::TickInfo {
            prompt: "Che cosa dice?".to_string(),
            options: vec!["orario".into(), "prezzo".into(), "indirizzo".into()],
            correct: vec![0, 2],
            order: vec![0, 1, 2],
        }
    }

    fn field(kind: FieldKind, required: bool) -> FormField {
        FormField {
            label: "Campo".to_string(),
            kind,
            required,
            example: None,
        }
    }

    fn problem(kind: FieldKind, value: &str) -> Option<FieldProblem> {
        form_problems(&[field(kind, true)], &[value.to_string()])
            .first()
            .map(|(_, p)| *p)
    }

    #[test]
    fn normalize_ignores_case_accents_apostrophes_and_spaces() {
        assert_eq!(normalize("  Città "), "citta");
        assert_eq!(normalize("PERCHÉ perché perchè"), "perche perche perche");
        assert_eq!(normalize("ìòùÀ"), "ioua");
        assert_eq!(normalize("l’ufficio"), "l'ufficio");
        assert_eq!(normalize("perche' l'ho"), "perche l'ho");
        assert_eq!(normalize("alle \t  nove"), "alle nove");
        assert_eq!(normalize("citta\u{300}"), "citta");
        assert_ne!(normalize("cita"), normalize("città"));
    }

    #[test]
    fn typed_gaps_accept_any_listed_word_whatever_the_case_accents_and_outer_spaces() {
        let question = typed(&["città", "paese"]);
        for right in ["città", " CITTA ", "Citta'", "cittá"] {
            assert_eq!(
                units_right(&question, &Answer::Typed(right.to_string())),
                1,
                "{right:?}"
            );
        }
        assert!(is_correct(&question, &Answer::Typed("Paese".to_string())));
        assert!(!is_correct(&question, &Answer::Typed("citt".to_string())));
    }

    #[test]
    fn matching_counts_each_right_pair() {
        let question = matching();
        let answer = |chosen: [Option<usize>; 3]| Answer::Matching(chosen.to_vec());
        assert_eq!(
            units_right(&question, &answer([Some(2), Some(3), Some(0)])),
            3
        );
        assert_eq!(units_right(&question, &answer([Some(2), Some(0), None])), 1);
        assert_eq!(units_right(&question, &answer([None, None, None])), 0);
        assert!(!is_correct(&question, &answer([Some(2), Some(3), None])));
        assert!(!is_answered(
            &question,
            Some(&answer([Some(2), Some(3), None]))
        ));
        assert!(is_answered(
            &question,
            Some(&answer([Some(1), Some(1), Some(1)]))
        ));
        // A right index beyond the options does not fit and scores nothing.
        assert_eq!(
            units_right(&question, &answer([Some(2), Some(3), Some(9)])),
            0
        );
    }

    #[test]
    fn tick_info_is_right_only_with_exactly_the_right_ticks() {
        let question = ticks();
        let answer = |t: &[usize]| Answer::Ticks(t.iter().copied().collect());
        assert!(is_correct(&question, &answer(&[2, 0])));
        assert!(!is_correct(&question, &answer(&[0])));
        assert!(!is_correct(&question, &answer(&[0, 1, 2])));
        assert!(!is_answered(&question, Some(&answer(&[]))));
    }

    #[test]
    fn an_answer_of_another_kind_does_not_fit_and_scores_nothing() {
        let question = ticks();
        assert!(!Answer::Choice(0).fits(&question));
        assert_eq!(units_right(&question, &Answer::Choice(0)), 0);
        assert!(!is_answered(&question, Some(&Answer::TrueFalse(true))));
        assert!(!is_answered(&question, None));
    }

    #[test]
    fn forms_and_messages_are_never_scored_automatically() {
        let form = ExamQuestion::Form {
            prompt: "Compila".to_string(),
            fields: vec![field(FieldKind::Text, true)],
        };
        let answer = Answer::Form(vec!["Rossi".to_string()]);
        assert!(answer.fits(&form));
        assert_eq!(units_right(&form, &answer), 0);
        assert!(!is_correct(&form, &answer));
        assert!(is_answered(&form, Some(&answer)));
    }

    /// Asserts that each of `values`, typed in a field of `kind`, has the problem `expected`.
    fn all_have(kind: FieldKind, values: &[&str], expected: Option<FieldProblem>) {
        for value in values {
            assert_eq!(problem(kind.clone(), value), expected, "{value}");
        }
    }

    #[test]
    fn dates_must_be_real_and_written_day_month_year() {
        all_have(
            FieldKind::Date,
            &[
                "29/02/2024",
                "1/2/1990",
                "31/12/1999",
                "01/01/2000",
                " 5/05/2020 ",
            ],
            None,
        );
        all_have(
            FieldKind::Date,
            &[
                "29/02/2023",
                "29/02/1900",
                "31/04/2024",
                "12/13/2000",
                "0/1/2000",
                "1/2/90",
                "01-02-1990",
                "1990/02/01",
                "1/2/2000/3",
                "aa/bb/cccc",
                "00/01/0000",
            ],
            Some(FieldProblem::NotADate),
        );
    }

    #[test]
    fn numbers_phones_emails_and_choices_are_checked() {
        assert_eq!(problem(FieldKind::Number, "3"), None);
        assert_eq!(
            problem(FieldKind::Number, "3a"),
            Some(FieldProblem::NotANumber)
        );
        assert_eq!(
            problem(FieldKind::Number, "-3"),
            Some(FieldProblem::NotANumber)
        );
        all_have(
            FieldKind::Phone,
            &["+39 333 123 4567", "0451234567", "123456"],
            None,
        );
        all_have(
            FieldKind::Phone,
            &["12345", "333-1234567", "39+3331234", "tel 3331234"],
            Some(FieldProblem::NotAPhone),
        );
        all_have(
            FieldKind::Email,
            &["amina@example.it", "omar.b-2@posta.comune.it"],
            None,
        );
        all_have(
            FieldKind::Email,
            &[
                "amina@example",
                "a b@x.it",
                "@x.it",
                "a@x.i",
                "a@.it",
                "a@x.1t",
                "ax.it",
            ],
            Some(FieldProblem::NotAnEmail),
        );
        let choice = FieldKind::Choice(vec!["celibe".to_string(), "sposato".to_string()]);
        assert_eq!(problem(choice.clone(), " Sposato"), None);
        assert_eq!(problem(choice, "vedovo"), Some(FieldProblem::NotAnOption));
    }

    #[test]
    fn required_fields_must_be_filled_and_optional_ones_may_stay_empty() {
        let fields = [
            field(FieldKind::Text, true),
            field(FieldKind::Email, false),
            field(FieldKind::Date, true),
        ];
        let values = |v: [&str; 3]| v.map(str::to_string).to_vec();
        assert_eq!(
            form_problems(&fields, &values(["  ", "", "1/1/2000"])),
            [(0, FieldProblem::Missing)]
        );
        assert_eq!(
            form_problems(&fields, &values(["Rossi", "rossi@", ""])),
            [(1, FieldProblem::NotAnEmail), (2, FieldProblem::Missing)]
        );
        assert_eq!(
            form_problems(&fields, &values(["Rossi", "", "1/1/2000"])),
            []
        );
        // Values missing at the end count as empty.
        assert_eq!(
            form_problems(&fields, &["Rossi".to_string()]),
            [(2, FieldProblem::Missing)]
        );
    }

    #[test]
    fn word_count_skips_punctuation_only_tokens() {
        assert_eq!(word_count("Ciao Anna , come stai ? - Bene!"), 5);
        assert_eq!(word_count("l'ufficio apre alle 9."), 4);
        assert_eq!(word_count("   "), 0);
        assert!(within_limits("uno due tre", 3, 5));
        assert!(!within_limits("uno due", 3, 5));
        assert!(!within_limits("uno due tre quattro cinque sei", 3, 5));
    }

    #[test]
    fn answers_are_written_out_as_on_the_test_paper() {
        let choice = ExamQuestion::Place {
            prompt: None,
            options: vec!["in banca".into(), "in farmacia".into()],
            correct: 1,
            order: vec![1, 0],
        };
        assert_eq!(describe(&choice, &Answer::Choice(1)), "B. in farmacia");
        assert_eq!(describe(&choice, &Answer::Choice(7)), "");
        assert_eq!(choice.prompt(), wording::PLACE_PROMPT);
        assert_eq!(choice.choice().map(|(o, c)| (o.len(), c)), Some((2, 1)));
        assert_eq!(
            describe(&typed(&["città"]), &Answer::TrueFalse(true)),
            "Vero"
        );
        let text = describe(&matching(), &Answer::Matching(vec![Some(0), None]));
        assert!(text.contains(" → A. ") && text.ends_with(" → —"), "{text}");
    }
}
