//! Item checks: what every item needs (an id, an explanation), then one check per question kind,
//! with the rules about options and correct answers they share.

use super::findings::Ctx;
use super::stimulus::check_stimulus;
use super::style::{blank, folded};
use super::Step::{Field as F, Index as I};
use crate::bank::{FieldKind, FormField, Gap, Item, Question};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Checks an item; `ctx` is at the item, labelled `task x / item y`.
pub(super) fn check_item(item: &Item, ctx: &mut Ctx<'_>) {
    ctx.at(&[F("id")]).required("the item id", &item.id);
    if let Some(stimulus) = &item.stimulus {
        check_stimulus(stimulus, &mut ctx.at(&[F("stimulus")]));
    }
    ctx.at(&[F("explanation")])
        .italian("the explanation", &item.explanation);
    ctx.at(&[F("explanation_tr")])
        .translations("the explanation", &item.explanation_tr);

    let q = &mut ctx.at(&[F("question")]);
    match &item.question {
        Question::SingleChoice {
            prompt,
            options,
            correct,
            pinned,
        } => single_choice(q, prompt, options, *correct, pinned),
        Question::TrueFalse { statement, .. } => {
            q.at(&[F("statement")]).italian("the statement", statement);
        }
        Question::Matching {
            prompt,
            pairs,
            extra,
        } => matching(q, prompt, pairs, extra),
        Question::Place {
            prompt,
            options,
            correct,
        } => place(q, prompt.as_deref(), options, *correct),
        Question::TickInfo {
            prompt,
            options,
            correct,
        } => tick_info(q, prompt, options, correct),
        Question::GapFill { text, gap } => gap_fill(q, text, gap),
        Question::Form { prompt, fields } => form(q, prompt, fields),
        Question::Message {
            prompt,
            min_words,
            max_words,
            points,
            points_tr,
            model,
            sample_sufficient,
            sample_insufficient,
        } => {
            message(q, prompt, (*min_words, *max_words), points, model);
            points_translated(&mut q.at(&[F("points_tr")]), points, points_tr);
            for (field, what, sample) in [
                (
                    "sample_sufficient",
                    "the sufficient sample",
                    sample_sufficient,
                ),
                (
                    "sample_insufficient",
                    "the insufficient sample",
                    sample_insufficient,
                ),
            ] {
                if let Some(sample) = sample {
                    q.at(&[F(field)]).italian(what, sample);
                }
            }
        }
    }
}

fn single_choice(q: &mut Ctx<'_>, prompt: &str, opts: &[String], correct: usize, pinned: &[usize]) {
    let label = q.label;
    q.at(&[F("prompt")]).italian("the prompt", prompt);
    let mut at_options = q.at(&[F("options")]);
    at_options.option_count("a single choice", opts.len(), Some(4));
    at_options.options(opts);
    q.at(&[F("correct")]).correct_index(correct, opts.len());
    let mut at_pinned = q.at(&[F("pinned")]);
    let mut seen = HashSet::new();
    for &p in pinned {
        if p >= opts.len() {
            at_pinned.error(format!(
                "{label}: pinned lists option {p}, which does not exist"
            ));
        } else if !seen.insert(p) {
            at_pinned.error(format!("{label}: pinned lists option {p} twice"));
        }
    }
}

fn matching(q: &mut Ctx<'_>, prompt: &str, pairs: &[(String, String)], extra: &[String]) {
    let label = q.label;
    q.at(&[F("prompt")]).italian("the prompt", prompt);
    if pairs.len() < 2 {
        q.at(&[F("pairs")]).error(format!(
            "{label}: a matching needs at least 2 pairs; it has {}",
            pairs.len()
        ));
    }
    let mut lefts: HashMap<String, usize> = HashMap::new();
    let mut rights: HashMap<String, String> = HashMap::new();
    for (n, (left, right)) in pairs.iter().enumerate() {
        let mut pair = q.at(&[F("pairs"), I(n)]);
        let what = format!("pair {}", n + 1);
        pair.italian(&format!("the left text of {what}"), left);
        pair.italian(&format!("the right text of {what}"), right);
        pair.no_letter_label(&format!("the right text of {what}"), right);
        if !blank(left) {
            if let Some(first) = lefts.insert(folded(left), n + 1) {
                pair.error(format!(
                    "{label}: pairs {first} and {} have the same left text (\"{}\")",
                    n + 1,
                    left.trim()
                ));
            }
        }
        if !blank(right) {
            if let Some(first) = rights.insert(folded(right), what.clone()) {
                pair.error(format!(
                    "{label}: {first} and {what} have the same right text (\"{}\")",
                    right.trim()
                ));
            }
        }
    }
    for (n, right) in extra.iter().enumerate() {
        let mut at_extra = q.at(&[F("extra"), I(n)]);
        let what = format!("extra {}", n + 1);
        at_extra.italian(&what, right);
        at_extra.no_letter_label(&what, right);
        if !blank(right) {
            if let Some(first) = rights.insert(folded(right), what.clone()) {
                at_extra.error(format!(
                    "{label}: {first} and {what} have the same right text (\"{}\")",
                    right.trim()
                ));
            }
        }
    }
}

fn place(q: &mut Ctx<'_>, prompt: Option<&str>, opts: &[String], correct: usize) {
    if let Some(prompt) = prompt {
        q.at(&[F("prompt")]).italian("the prompt", prompt);
    }
    let mut at_options = q.at(&[F("options")]);
    at_options.option_count("a place question", opts.len(), Some(4));
    at_options.options(opts);
    q.at(&[F("correct")]).correct_index(correct, opts.len());
}

fn tick_info(q: &mut Ctx<'_>, prompt: &str, opts: &[String], correct: &[usize]) {
    let label = q.label;
    q.at(&[F("prompt")]).italian("the prompt", prompt);
    let mut at_options = q.at(&[F("options")]);
    at_options.option_count("a tick-the-information question", opts.len(), None);
    at_options.options(opts);
    let mut at_correct = q.at(&[F("correct")]);
    if correct.is_empty() {
        at_correct.error(format!(
            "{label}: no option is marked correct: list the right ones, e.g. correct: [0, 2]"
        ));
    }
    let mut seen = HashSet::new();
    for &c in correct {
        if !seen.insert(c) {
            at_correct.error(format!("{label}: correct lists option {c} twice"));
        } else {
            at_correct.correct_index(c, opts.len());
        }
    }
}

fn gap_fill(q: &mut Ctx<'_>, text: &str, gap: &Gap) {
    let label = q.label;
    let mut at_text = q.at(&[F("text")]);
    at_text.italian("the text", text);
    let gaps = text.matches("___").count();
    if text.contains("____") {
        at_text.error(format!(
            "{label}: write the gap as exactly three underscores ___"
        ));
    } else if gaps == 0 && !blank(text) {
        at_text.error(format!(
            "{label}: the text has no gap: mark it with three underscores ___"
        ));
    } else if gaps > 1 {
        at_text.error(format!(
            "{label}: the text has {gaps} gaps ___; a gap-fill item has exactly one"
        ));
    }
    let mut at_gap = q.at(&[F("gap")]);
    match gap {
        Gap::Choice {
            options: opts,
            correct,
        } => {
            let mut at_options = at_gap.at(&[F("options")]);
            at_options.option_count("the gap", opts.len(), None);
            at_options.options(opts);
            at_gap
                .at(&[F("correct")])
                .correct_index(*correct, opts.len());
        }
        Gap::Typed { accepted } => {
            let mut at_accepted = at_gap.at(&[F("accepted")]);
            if accepted.is_empty() {
                at_accepted.error(format!(
                    "{label}: the gap accepts no answer: list at least one in accepted"
                ));
            }
            for (n, answer) in accepted.iter().enumerate() {
                at_accepted
                    .at(&[I(n)])
                    .required(&format!("accepted answer {}", n + 1), answer);
            }
        }
    }
}

fn form(q: &mut Ctx<'_>, prompt: &str, fields: &[FormField]) {
    let label = q.label;
    q.at(&[F("prompt")]).italian("the prompt", prompt);
    if fields.is_empty() {
        q.at(&[F("fields")])
            .error(format!("{label}: the form has no fields"));
    }
    for (n, form_field) in fields.iter().enumerate() {
        let mut at_field = q.at(&[F("fields"), I(n)]);
        let what = format!("field {}", n + 1);
        at_field
            .at(&[F("label")])
            .required(&format!("the label of {what}"), &form_field.label);
        if let Some(example) = &form_field.example {
            at_field
                .at(&[F("example")])
                .required(&format!("the example of {what}"), example);
        }
        if let FieldKind::Choice(choices) = &form_field.kind {
            let mut at_kind = at_field.at(&[F("kind")]);
            at_kind.option_count(&format!("the choice of {what}"), choices.len(), None);
            at_kind.options(choices);
        }
    }
}

/// Each translation of a checklist has one text per point, none empty.
fn points_translated(q: &mut Ctx<'_>, points: &[String], tr: &BTreeMap<String, Vec<String>>) {
    let label = q.label;
    for (locale, texts) in tr {
        if texts.len() != points.len() {
            q.error(format!(
                "{label}: the {locale} translation of the points has {} texts for {} points",
                texts.len(),
                points.len()
            ));
        } else if texts.iter().any(|t| blank(t)) {
            q.error(format!(
                "{label}: the {locale} translation of the points has an empty text"
            ));
        }
    }
}

fn message(q: &mut Ctx<'_>, prompt: &str, words: (u32, u32), points: &[String], model: &str) {
    let label = q.label;
    let (min_words, max_words) = words;
    q.at(&[F("prompt")]).italian("the prompt", prompt);
    if min_words == 0 {
        q.at(&[F("min_words")])
            .error(format!("{label}: min_words must be at least 1"));
    } else if min_words > max_words {
        q.at(&[F("min_words")]).error(format!(
            "{label}: min_words ({min_words}) is more than max_words ({max_words})"
        ));
    }
    if points.is_empty() {
        q.at(&[F("points")]).error(format!(
            "{label}: list in points what a complete message says"
        ));
    }
    for (n, point) in points.iter().enumerate() {
        q.at(&[F("points"), I(n)])
            .italian(&format!("point {}", n + 1), point);
    }
    let mut at_model = q.at(&[F("model")]);
    at_model.italian("the model answer", model);
    let words = model.split_whitespace().count() as u32;
    if !blank(model) && min_words <= max_words && !(min_words..=max_words).contains(&words) {
        at_model.warn(format!(
            "{label}: the model answer has {words} words, outside \
             min_words–max_words ({min_words}–{max_words})"
        ));
    }
}

impl Ctx<'_> {
    /// The options of a choice, `ctx` at the list: each Italian and present, and a warning for
    /// two the same.
    fn options(&mut self, options: &[String]) {
        let label = self.label;
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (n, option) in options.iter().enumerate() {
            let mut at_option = self.at(&[I(n)]);
            at_option.italian(&format!("option {n}"), option);
            at_option.no_letter_label(&format!("option {n}"), option);
            if blank(option) {
                continue;
            }
            match seen.get(&folded(option)) {
                Some(first) => at_option.warn(format!(
                    "{label}: options {first} and {n} are the same (\"{}\")",
                    option.trim()
                )),
                None => {
                    seen.insert(folded(option), n);
                }
            }
        }
    }

    /// An error when `correct` names none of `count` options.
    fn correct_index(&mut self, correct: usize, count: usize) {
        if count > 0 && correct >= count {
            let message = format!(
                "{}: correct is {correct}, but the options are numbered 0 to {}",
                self.label,
                count - 1
            );
            self.error(message);
        }
    }

    /// An error when `what` has fewer than 2 options, or more than `max`.
    fn option_count(&mut self, what: &str, count: usize, max: Option<usize>) {
        let ok = count >= 2 && max.is_none_or(|m| count <= m);
        if !ok {
            let range = match max {
                Some(m) => format!("2 to {m}"),
                None => "at least 2".to_string(),
            };
            let message = format!(
                "{}: {what} needs {range} options; it has {count}",
                self.label
            );
            self.error(message);
        }
    }
}
