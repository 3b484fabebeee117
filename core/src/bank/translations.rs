//! Which of a bank's texts are translated into which of the learners' languages, and the text a
//! learner sees: their language's translation, else the English one, else none (the Italian
//! above stays the only text).

use super::{Bank, Question, Task, Translations};
use std::collections::BTreeMap;

/// The interface languages other than Italian, in which instructions, explanations and writing
/// checklists are translated.
pub const LEARNER_LOCALES: [&str; 9] = ["en", "fr", "es", "ar", "bn", "sq", "uk", "ur", "zh"];

/// The language shown when a text has no translation in the learner's.
pub const FALLBACK_LOCALE: &str = "en";

/// A translation chosen for a learner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ForLearner<'a> {
    /// The translated text.
    pub text: &'a str,
    /// Its language.
    pub locale: &'a str,
    /// True when it is the fallback, not the learner's language.
    pub fallback: bool,
}

/// The translation of a text for a learner reading `locale`: theirs, else the English one.
/// `None` for Italian (the Italian text is already shown) and when neither exists.
pub fn for_learner<'a>(tr: &'a Translations, locale: &'a str) -> Option<ForLearner<'a>> {
    if locale == "it" {
        return None;
    }
    if let Some(text) = tr.get(locale) {
        return Some(ForLearner {
            text,
            locale,
            fallback: false,
        });
    }
    tr.get_key_value(FALLBACK_LOCALE)
        .map(|(locale, text)| ForLearner {
            text,
            locale,
            fallback: true,
        })
}

/// Keeps, in one translated text, only what a learner reading `locale` is shown
/// ([`for_learner`]): their language's translation, else the English one; nothing for Italian.
pub fn keep_shown<T>(translations: &mut BTreeMap<String, T>, locale: &str) {
    let shown = if locale == "it" {
        None
    } else if translations.contains_key(locale) {
        Some(locale)
    } else {
        Some(FALLBACK_LOCALE)
    };
    translations.retain(|l, _| Some(l.as_str()) == shown);
}

/// Keeps, in each translated text of `task`, only what a learner reading `locale` is shown.
pub fn keep_for_learner_in_task(task: &mut Task, locale: &str) {
    keep_shown(&mut task.instructions_tr, locale);
    for item in &mut task.items {
        keep_shown(&mut item.explanation_tr, locale);
        if let Question::Message { points_tr, .. } = &mut item.question {
            keep_shown(points_tr, locale);
        }
    }
}

/// Keeps, in each translated text of `bank`, only what a learner reading `locale` is shown
/// ([`keep_shown`]). A learner's copy of a shipped bank is this much lighter (`learner-copies`).
pub fn keep_for_learner(bank: &mut Bank, locale: &str) {
    for task in &mut bank.tasks {
        keep_for_learner_in_task(task, locale);
    }
}

/// For each learner locale, how many of the bank's translatable texts (task instructions,
/// item explanations, writing checklists) have no translation in it.
pub fn missing_translations(bank: &Bank) -> BTreeMap<&'static str, usize> {
    let mut missing: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut count = |has: &dyn Fn(&str) -> bool| {
        for locale in LEARNER_LOCALES {
            if !has(locale) {
                *missing.entry(locale).or_default() += 1;
            }
        }
    };
    for task in &bank.tasks {
        count(&|l| task.instructions_tr.contains_key(l));
        for item in &task.items {
            count(&|l| item.explanation_tr.contains_key(l));
            if let Question::Message { points_tr, .. } = &item.question {
                count(&|l| points_tr.contains_key(l));
            }
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(pairs: &[(&str, &str)]) -> Translations {
        pairs
            .iter()
            .map(|(l, t)| (l.to_string(), t.to_string()))
            .collect()
    }

    #[test]
    fn a_learner_sees_their_language_else_english_else_nothing() {
        let both = tr(&[("en", "Listen."), ("ar", "استمع.")]);
        let seen = |t: &Translations, l: &'static str| {
            for_learner(t, l).map(|f| (f.text.to_string(), f.fallback))
        };
        assert_eq!(seen(&both, "ar"), Some(("استمع.".to_string(), false)));
        assert_eq!(seen(&both, "ur"), Some(("Listen.".to_string(), true)));
        assert_eq!(seen(&both, "it"), None);
        assert_eq!(seen(&tr(&[("fr", "Écoutez.")]), "ur"), None);
    }

    #[test]
    fn a_learners_copy_keeps_what_they_are_shown_and_nothing_else() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../question-banks/scrittura-casa.ron"
        ))
        .unwrap();
        let bank = crate::bank::parse::parse_bank("scrittura-casa.ron", &text).unwrap();
        let task = &bank.tasks[0];
        let shown = |bank: &Bank, locale: &str| {
            let task = &bank.tasks[0];
            // The languages of every writing checklist of the bank.
            let mut points: Vec<String> = bank
                .tasks
                .iter()
                .flat_map(|t| &t.items)
                .filter_map(|item| match &item.question {
                    Question::Message { points_tr, .. } => Some(points_tr.keys().cloned()),
                    _ => None,
                })
                .flatten()
                .collect();
            points.dedup();
            (
                for_learner(&task.instructions_tr, locale).map(|t| t.text.to_string()),
                task.instructions_tr.len(),
                points,
            )
        };
        for locale in LEARNER_LOCALES {
            let mut copy = bank.clone();
            keep_for_learner(&mut copy, locale);
            let (text, kept, points) = shown(&copy, locale);
            assert_eq!(text, shown(&bank, locale).0, "{locale}");
            assert_eq!(kept, 1, "{locale}");
            assert_eq!(points, [locale], "{locale}");
        }
        assert!(task.instructions_tr.len() > 1);
        // A text not translated into the learner's language keeps its English.
        let mut partial = bank.clone();
        partial.tasks[0].instructions_tr.remove("ur");
        keep_for_learner(&mut partial, "ur");
        let kept: Vec<&String> = partial.tasks[0].instructions_tr.keys().collect();
        assert_eq!(kept, ["en"]);
        // Italian learners read the Italian only.
        let mut italian = bank;
        keep_for_learner(&mut italian, "it");
        assert!(italian
            .tasks
            .iter()
            .all(|t| t.instructions_tr.is_empty()
                && t.items.iter().all(|i| i.explanation_tr.is_empty())));
    }
}
