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
        for sentence in sentences(text) {
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

/// Splits at `.`, `!`, `?`, `…` followed by a space or the end, and at line breaks.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_break = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        let ends = c == '\n' || (matches!(c, '.' | '!' | '?' | '…') && next_is_break);
        if ends {
            out.push(&text[start..i]);
            start = i + c.len_utf8();
        }
    }
    out.push(&text[start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_stops_not_inside_times_and_prices() {
        assert_eq!(
            sentences("Il treno parte alle 10.30 e costa 4.50 euro. Arriva a Roma!\nBinario 3"),
            [
                "Il treno parte alle 10.30 e costa 4.50 euro",
                " Arriva a Roma",
                "",
                "Binario 3"
            ]
        );
    }
}
