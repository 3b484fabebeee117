//! Italian text cut into sentences: one rule shared by the validator's A2 sentence-length check
//! and the speech plan's split of long texts.

/// Marks that end a sentence when a space, a line break or the end of the text follows.
const STOPS: [char; 4] = ['.', '!', '?', '…'];

/// Closing quotes and brackets that may stand between a stop and the space: `"Ciao!" disse.`
const CLOSERS: [char; 5] = ['"', '\'', '»', '”', ')'];

/// The sentences of `text`, trimmed, each with its closing marks, in order; blank ones are left
/// out. A sentence ends at `.`, `!`, `?` or `…` followed (after any closing quotes or brackets) by
/// whitespace or the end of the text, and at every line break, so the lines of a notice or a
/// timetable stay apart. Stops inside a word never end one: times (`8.30`), prices (`4.50`),
/// dotted words (`www.comune.it`). An abbreviation followed by a space (`Sig. Rossi`) does end
/// one: there is no list of abbreviations.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = if c == '\n' {
            Some(i)
        } else if STOPS.contains(&c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, closer)) = chars.peek().filter(|(_, n)| CLOSERS.contains(n)) {
                end = j + closer.len_utf8();
                chars.next();
            }
            chars
                .peek()
                .is_none_or(|(_, n)| n.is_whitespace())
                .then_some(end)
        } else {
            None
        };
        if let Some(end) = end {
            out.push(&text[start..end]);
            start = end;
        }
    }
    out.push(&text[start..]);
    out.into_iter()
        .map(str::trim)
        .filter(|sentence| !sentence.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_stops_not_inside_times_and_prices() {
        assert_eq!(
            sentences("Il treno parte alle 10.30 e costa 4.50 euro. Arriva a Roma!\nBinario 3"),
            [
                "Il treno parte alle 10.30 e costa 4.50 euro.",
                "Arriva a Roma!",
                "Binario 3"
            ]
        );
        assert_eq!(
            sentences("Apre alle 8.30, chiude alle 19. Info: www.comune.it."),
            ["Apre alle 8.30, chiude alle 19.", "Info: www.comune.it."]
        );
    }

    #[test]
    fn question_and_exclamation_marks_and_ellipses_end_sentences() {
        assert_eq!(
            sentences("Dove vai? Al mare! Forse… Non so... Ciao."),
            ["Dove vai?", "Al mare!", "Forse…", "Non so...", "Ciao."]
        );
        assert_eq!(sentences("Come?! Davvero?"), ["Come?!", "Davvero?"]);
    }

    #[test]
    fn closing_quotes_and_brackets_stay_with_their_sentence() {
        assert_eq!(
            sentences("Marco dice: \"Arrivo!\" Poi parte. (Ritorna domani.) «Va bene.» Fine."),
            [
                "Marco dice: \"Arrivo!\"",
                "Poi parte.",
                "(Ritorna domani.)",
                "«Va bene.»",
                "Fine."
            ]
        );
        assert_eq!(
            sentences("Ha detto “sì.” E poi 'no.' Basta."),
            ["Ha detto “sì.”", "E poi 'no.'", "Basta."]
        );
    }

    #[test]
    fn abbreviations_followed_by_a_space_end_a_sentence() {
        assert_eq!(
            sentences("Il Sig. Rossi riceve il martedì. Portate un documento."),
            [
                "Il Sig.",
                "Rossi riceve il martedì.",
                "Portate un documento."
            ]
        );
    }

    #[test]
    fn line_breaks_end_sentences_and_blank_lines_are_left_out() {
        assert_eq!(
            sentences("Orario:\r\nlunedì dalle 9 alle 12\n\n  martedì dalle 15 alle 18  \n"),
            [
                "Orario:",
                "lunedì dalle 9 alle 12",
                "martedì dalle 15 alle 18"
            ]
        );
    }

    #[test]
    fn a_text_without_a_stop_is_one_sentence_and_a_blank_one_has_none() {
        assert_eq!(
            sentences("  Biglietti in vendita   al bar "),
            ["Biglietti in vendita   al bar"]
        );
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\t ").is_empty());
        assert_eq!(sentences("..."), ["..."]);
    }
}
