//! Text style: empty texts, A2-length sentences and translations, checked the same way wherever
//! a text appears in a bank.

use super::super::message::{msg, Message};
use super::findings::Ctx;
use super::Step::Field as F;
use crate::bank::Translations;

/// Sentences longer than this many words get a warning (A2 sentences are short).
pub const MAX_SENTENCE_WORDS: usize = 25;

/// Whether `c` is a Unicode direction override or isolate (U+202A–U+202E, U+2066–U+2069),
/// refused in bank texts.
pub(super) fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether a text has nothing but spaces.
pub(super) fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Trimmed and lower-cased, to compare texts as a reader would.
pub(super) fn folded(text: &str) -> String {
    text.trim().to_lowercase()
}

/// The letter label a text starts with ("A) …", "B. …", "(C) …", "D - …"), if any: the app
/// letters options itself after shuffling them, so a label of the bank's own would clash.
pub(super) fn letter_label(text: &str) -> Option<&str> {
    let text = text.trim_start();
    let mut chars = text.char_indices();
    let (open, first) = match chars.next()? {
        (_, '(') => (1, chars.next()?.1),
        (_, c) => (0, c),
    };
    if !first.is_ascii_uppercase() {
        return None;
    }
    let after = open + 1;
    let rest = &text[after..];
    let label_end = if open == 1 {
        rest.starts_with(')').then_some(after + 1)?
    } else if rest.starts_with(") ") || rest.starts_with(". ") || rest.starts_with(": ") {
        after + 1
    } else if rest.starts_with(" - ") || rest.starts_with(" – ") {
        after + rest[1..].chars().next()?.len_utf8() + 1
    } else {
        return None;
    };
    Some(text[..label_end].trim_end())
}

impl Ctx<'_> {
    /// A warning when `text`, called `what`, opens with a letter label of its own.
    pub(super) fn no_letter_label(&mut self, what: Message, text: &str) {
        if let Some(letter) = letter_label(text) {
            let message = msg!(
                "letter-label",
                label = self.label,
                what = what,
                letter = letter
            );
            self.warn(message);
        }
    }

    /// Errors for an empty `id` (labelled `alone`, as the id cannot name itself) or `title`.
    pub(super) fn id_and_title(&mut self, alone: &Message, id: &str, title: &str) {
        self.named(&[F("id")], alone).required(msg!("what-id"), id);
        self.at(&[F("title")]).required(msg!("what-title"), title);
    }

    /// An error when `text`, called `what`, is empty.
    pub(super) fn required(&mut self, what: Message, text: &str) {
        if blank(text) {
            let message = msg!("empty", label = self.label, what = what);
            self.error(message);
        }
    }

    /// Italian content: an error when empty, a warning per over-long sentence.
    pub(super) fn italian(&mut self, what: Message, text: &str) {
        if blank(text) {
            self.required(what, text);
            return;
        }
        for sentence in crate::text::sentences(text) {
            let words: Vec<&str> = sentence
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .collect();
            if words.len() > MAX_SENTENCE_WORDS {
                let message = msg!(
                    "sentence-long",
                    label = self.label,
                    what = &what,
                    words = words.len(),
                    start = words[..6].join(" "),
                    max = MAX_SENTENCE_WORDS
                );
                self.warn(message);
            }
        }
    }

    /// Translations of `what`: each with a locale and a text.
    pub(super) fn translations(&mut self, what: Message, tr: &Translations) {
        for (locale, text) in tr {
            if blank(locale) {
                let message = msg!("translation-no-locale", label = self.label, what = &what);
                self.error(message);
            } else if blank(text) {
                let message = msg!(
                    "translation-empty",
                    label = self.label,
                    what = &what,
                    locale = locale
                );
                self.error(message);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_labels_are_found_only_at_the_start() {
        for (text, label) in [
            ("A) Corso di nuoto", Some("A)")),
            ("B. Palestra", Some("B.")),
            ("(C) Biblioteca", Some("(C)")),
            ("D - Piscina", Some("D -")),
            ("E – Cinema", Some("E –")),
            ("G: orari", Some("G:")),
            ("A casa di Anna", None),
            ("Alle 8. Poi", None),
            ("a) minuscola", None),
            ("Via Roma 3", None),
            ("", None),
        ] {
            assert_eq!(letter_label(text), label, "{text:?}");
        }
    }
}
