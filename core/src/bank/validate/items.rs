//! Item checks: what every item needs (an id, an explanation), then one check per question kind,
//! with the rules about options and correct answers they share.

use super::super::message::{msg, Message};
use super::findings::Ctx;
use super::stimulus::check_stimulus;
use super::style::{blank, folded};
use super::Step::{Field as F, Index as I};
use crate::bank::{FieldKind, FormField, Gap, Item, Question};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Checks an item; `ctx` is at the item, labelled `task x / item y`.
pub(super) fn check_item(item: &Item, ctx: &mut Ctx<'_>) {
    ctx.at(&[F("id")]).required(msg!("what-item-id"), &item.id);
    if let Some(stimulus) = &item.stimulus {
        check_stimulus(stimulus, &mut ctx.at(&[F("stimulus")]));
    }
    ctx.at(&[F("explanation")])
        .italian(msg!("what-explanation"), &item.explanation);
    ctx.at(&[F("explanation_tr")])
        .translations(msg!("what-explanation"), &item.explanation_tr);

    let q = &mut ctx.at(&[F("question")]);
    match &item.question {
        Question::SingleChoice {
            prompt,
            options,
            correct,
            pinned,
        } => single_choice(q, prompt, options, *correct, pinned),
        Question::TrueFalse { statement, .. } => {
            q.at(&[F("statement")])
                .italian(msg!("what-statement"), statement);
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
                    msg!("what-sample-sufficient"),
                    sample_sufficient,
                ),
                (
                    "sample_insufficient",
                    msg!("what-sample-insufficient"),
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
    q.at(&[F("prompt")]).italian(msg!("what-prompt"), prompt);
    q.choice(msg!("what-single-choice"), opts, Some(4), correct);
    let mut at_pinned = q.at(&[F("pinned")]);
    let mut seen = HashSet::new();
    for &p in pinned {
        if p >= opts.len() {
            at_pinned.error(msg!("pinned-missing", label = label, option = p));
        } else if !seen.insert(p) {
            at_pinned.error(msg!("pinned-twice", label = label, option = p));
        }
    }
}

fn matching(q: &mut Ctx<'_>, prompt: &str, pairs: &[(String, String)], extra: &[String]) {
    let label = q.label;
    q.at(&[F("prompt")]).italian(msg!("what-prompt"), prompt);
    if pairs.len() < 2 {
        q.at(&[F("pairs")]).error(msg!(
            "matching-few-pairs",
            label = label,
            count = pairs.len()
        ));
    }
    let mut lefts: HashMap<String, usize> = HashMap::new();
    let mut rights: HashMap<String, Message> = HashMap::new();
    let mut same_right = |at: &mut Ctx<'_>, what: Message, right: &str| {
        if !blank(right) {
            if let Some(first) = rights.insert(folded(right), what.clone()) {
                at.error(msg!(
                    "matching-same-right",
                    label = label,
                    first = first,
                    what = what,
                    text = right.trim()
                ));
            }
        }
    };
    for (n, (left, right)) in pairs.iter().enumerate() {
        let mut pair = q.at(&[F("pairs"), I(n)]);
        pair.italian(msg!("what-pair-left", n = n + 1), left);
        pair.italian(msg!("what-pair-right", n = n + 1), right);
        pair.no_letter_label(msg!("what-pair-right", n = n + 1), right);
        if !blank(left) {
            if let Some(first) = lefts.insert(folded(left), n + 1) {
                pair.error(msg!(
                    "matching-same-left",
                    label = label,
                    first = first,
                    second = n + 1,
                    text = left.trim()
                ));
            }
        }
        same_right(&mut pair, msg!("what-pair", n = n + 1), right);
    }
    for (n, right) in extra.iter().enumerate() {
        let mut at_extra = q.at(&[F("extra"), I(n)]);
        let what = msg!("what-extra", n = n + 1);
        at_extra.italian(what.clone(), right);
        at_extra.no_letter_label(what.clone(), right);
        same_right(&mut at_extra, what, right);
    }
}

fn place(q: &mut Ctx<'_>, prompt: Option<&str>, opts: &[String], correct: usize) {
    if let Some(prompt) = prompt {
        q.at(&[F("prompt")]).italian(msg!("what-prompt"), prompt);
    }
    q.choice(msg!("what-place"), opts, Some(4), correct);
}

fn tick_info(q: &mut Ctx<'_>, prompt: &str, opts: &[String], correct: &[usize]) {
    let label = q.label;
    q.at(&[F("prompt")]).italian(msg!("what-prompt"), prompt);
    let mut at_options = q.at(&[F("options")]);
    at_options.option_count(msg!("what-tick-info"), opts.len(), None);
    at_options.options(opts);
    let mut at_correct = q.at(&[F("correct")]);
    if correct.is_empty() {
        at_correct.error(msg!("tick-no-correct", label = label));
    }
    let mut seen = HashSet::new();
    for &c in correct {
        if !seen.insert(c) {
            at_correct.error(msg!("tick-correct-twice", label = label, option = c));
        } else {
            at_correct.correct_index(c, opts.len());
        }
    }
}

fn gap_fill(q: &mut Ctx<'_>, text: &str, gap: &Gap) {
    let label = q.label;
    let mut at_text = q.at(&[F("text")]);
    at_text.italian(msg!("what-text"), text);
    let gaps = text.matches("___").count();
    if text.contains("____") {
        at_text.error(msg!("gap-long", label = label));
    } else if gaps == 0 && !blank(text) {
        at_text.error(msg!("gap-none", label = label));
    } else if gaps > 1 {
        at_text.error(msg!("gap-many", label = label, gaps = gaps));
    }
    let mut at_gap = q.at(&[F("gap")]);
    match gap {
        Gap::Choice {
            options: opts,
            correct,
        } => {
            at_gap.choice(msg!("what-gap"), opts, None, *correct);
        }
        Gap::Typed { accepted } => {
            let mut at_accepted = at_gap.at(&[F("accepted")]);
            if accepted.is_empty() {
                at_accepted.error(msg!("gap-no-accepted", label = label));
            }
            for (n, answer) in accepted.iter().enumerate() {
                at_accepted
                    .at(&[I(n)])
                    .required(msg!("what-accepted", n = n + 1), answer);
            }
        }
    }
}

fn form(q: &mut Ctx<'_>, prompt: &str, fields: &[FormField]) {
    let label = q.label;
    q.at(&[F("prompt")]).italian(msg!("what-prompt"), prompt);
    if fields.is_empty() {
        q.at(&[F("fields")])
            .error(msg!("form-no-fields", label = label));
    }
    for (n, form_field) in fields.iter().enumerate() {
        let mut at_field = q.at(&[F("fields"), I(n)]);
        let n = n + 1;
        at_field
            .at(&[F("label")])
            .required(msg!("what-field-label", n = n), &form_field.label);
        if let Some(example) = &form_field.example {
            at_field
                .at(&[F("example")])
                .required(msg!("what-field-example", n = n), example);
        }
        if let FieldKind::Choice(choices) = &form_field.kind {
            let mut at_kind = at_field.at(&[F("kind")]);
            at_kind.option_count(msg!("what-field-choice", n = n), choices.len(), None);
            at_kind.options(choices);
        }
    }
}

/// Each translation of a checklist has one text per point, none empty.
fn points_translated(q: &mut Ctx<'_>, points: &[String], tr: &BTreeMap<String, Vec<String>>) {
    let label = q.label;
    for (locale, texts) in tr {
        if texts.len() != points.len() {
            q.error(msg!(
                "points-tr-count",
                label = label,
                locale = locale,
                texts = texts.len(),
                points = points.len()
            ));
        } else if texts.iter().any(|t| blank(t)) {
            q.error(msg!("points-tr-empty", label = label, locale = locale));
        }
    }
}

fn message(q: &mut Ctx<'_>, prompt: &str, words: (u32, u32), points: &[String], model: &str) {
    let label = q.label;
    let (min_words, max_words) = words;
    q.at(&[F("prompt")]).italian(msg!("what-prompt"), prompt);
    if min_words == 0 {
        q.at(&[F("min_words")])
            .error(msg!("message-min-zero", label = label));
    } else if min_words > max_words {
        q.at(&[F("min_words")]).error(msg!(
            "message-min-above-max",
            label = label,
            min = min_words,
            max = max_words
        ));
    }
    if points.is_empty() {
        q.at(&[F("points")])
            .error(msg!("message-no-points", label = label));
    }
    for (n, point) in points.iter().enumerate() {
        q.at(&[F("points"), I(n)])
            .italian(msg!("what-point", n = n + 1), point);
    }
    let mut at_model = q.at(&[F("model")]);
    at_model.italian(msg!("what-model"), model);
    let words = model.split_whitespace().count() as u32;
    if !blank(model) && min_words <= max_words && !(min_words..=max_words).contains(&words) {
        at_model.warn(msg!(
            "message-model-length",
            label = label,
            words = words,
            min = min_words,
            max = max_words
        ));
    }
}

impl Ctx<'_> {
    /// A choice among `opts` (named `what`, at most `max` of them), `self` at the question: its
    /// options and its `correct` index.
    fn choice(&mut self, what: Message, opts: &[String], max: Option<usize>, correct: usize) {
        let mut at_options = self.at(&[F("options")]);
        at_options.option_count(what, opts.len(), max);
        at_options.options(opts);
        self.at(&[F("correct")]).correct_index(correct, opts.len());
    }

    /// The options of a choice, `ctx` at the list: each Italian and present, and a warning for
    /// two the same.
    fn options(&mut self, options: &[String]) {
        let label = self.label;
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (i, option) in options.iter().enumerate() {
            let mut at_option = self.at(&[I(i)]);
            // Counted from 1 in messages, as a teacher counts them.
            let n = i + 1;
            at_option.italian(msg!("what-option", n = n), option);
            at_option.no_letter_label(msg!("what-option", n = n), option);
            if blank(option) {
                continue;
            }
            match seen.get(&folded(option)) {
                Some(first) => at_option.warn(msg!(
                    "options-same",
                    label = label,
                    first = *first,
                    second = n,
                    text = option.trim()
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
            let message = msg!(
                "correct-out-of-range",
                label = self.label,
                correct = correct,
                last = count - 1
            );
            self.error(message);
        }
    }

    /// An error when `what` has fewer than 2 options, or more than `max`.
    fn option_count(&mut self, what: Message, count: usize, max: Option<usize>) {
        let ok = count >= 2 && max.is_none_or(|m| count <= m);
        if !ok {
            let message = match max {
                Some(max) => msg!(
                    "options-count-range",
                    label = self.label,
                    what = what,
                    max = max,
                    count = count
                ),
                None => msg!(
                    "options-count-least",
                    label = self.label,
                    what = what,
                    count = count
                ),
            };
            self.error(message);
        }
    }
}
