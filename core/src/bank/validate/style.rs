//! Text style: empty texts, A2-length sentences and translations, checked the same way wherever
//! a text appears in a bank.

use super::findings::Ctx;
use crate::bank::Translations;

/// Sentences longer than this many words get a warning (A2 sentences are short).
pub const MAX_SENTENCE_WORDS: usize = 25;

/// Whether a text has nothing but spaces.
pub(super) fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Trimmed and lower-cased, to compare texts as a reader would.
pub(super) fn folded(text: &str) -> String {
    text.trim().to_lowercase()
}

impl Ctx<'_> {
    /// An error when `text`, called `what`, is empty.
    pub(super) fn required(&mut self, what: &str, text: &str) {
        if blank(text) {
            let message = format!("{}: {what} is empty", self.label);
            self.error(message);
        }
    }

    /// Italian content: an error when empty, a warning per over-long sentence.
    pub(super) fn italian(&mut self, what: &str, text: &str) {
        if blank(text) {
            let message = format!("{}: {what} is empty", self.label);
            self.error(message);
            return;
        }
        for sentence in crate::text::sentences(text) {
            let words: Vec<&str> = sentence
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .collect();
            if words.len() > MAX_SENTENCE_WORDS {
                let message = format!(
                    "{}: {what} has a sentence of {} words (\"{} …\"); \
                     A2 sentences are short: {MAX_SENTENCE_WORDS} words at most",
                    self.label,
                    words.len(),
                    words[..6].join(" ")
                );
                self.warn(message);
            }
        }
    }

    /// Translations of `what`: each with a locale and a text.
    pub(super) fn translations(&mut self, what: &str, tr: &Translations) {
        for (locale, text) in tr {
            if blank(locale) {
                let message = format!("{}: a translation of {what} has no locale", self.label);
                self.error(message);
            } else if blank(text) {
                let message = format!(
                    "{}: the {locale} translation of {what} is empty",
                    self.label
                );
                self.error(message);
            }
        }
    }
}
