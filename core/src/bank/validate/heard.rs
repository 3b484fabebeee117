//! Listening tasks are fair to the ear: the synthetic voice reads the turns' words, never the
//! `speaker` field, so every person a question names must be named aloud (in a turn, or in the
//! instructions, which are read too).

use super::super::message::{item_label, msg};
use super::findings::Ctx;
use super::Step::{Field as F, Index as I};
use crate::bank::{Content, Question, Stimulus, Task};

/// Words of a speaker field that are not a person's name: titles ("Signora Rossi") and the
/// roles banks use for speakers ("Farmacista", "Impiegata").
const NOT_NAMES: [&str; 52] = [
    "Signor",
    "Signora",
    "Signore",
    "Signorina",
    "Sig.",
    "Sig.ra",
    "Dottor",
    "Dottore",
    "Dottoressa",
    "Maestra",
    "Maestro",
    "Professore",
    "Professoressa",
    "Impiegata",
    "Impiegato",
    "Farmacista",
    "Cliente",
    "Segretario",
    "Segretaria",
    "Segreteria",
    "Venditore",
    "Venditrice",
    "Operatore",
    "Operatrice",
    "Mamma",
    "Papà",
    "Controllore",
    "Messaggio",
    "Vicino",
    "Vicina",
    "Viaggiatore",
    "Pescivendolo",
    "Idraulico",
    "Fioraia",
    "Commesso",
    "Commessa",
    "Cassiera",
    "Cassiere",
    "Agente",
    "Addetto",
    "Addetta",
    "Medico",
    "Infermiere",
    "Infermiera",
    "Insegnante",
    "Uomo",
    "Donna",
    "Ragazzo",
    "Ragazza",
    "Voce",
    "Autista",
    "Tecnico",
];

/// The names of the people who speak in `stimulus` (capitalised words of the speaker fields,
/// titles and roles left out).
fn speaker_names(stimulus: &Stimulus, names: &mut Vec<String>) {
    if let Content::Dialogue { turns } = &stimulus.content {
        for turn in turns {
            for word in turn.speaker.split_whitespace() {
                let capital = word.chars().next().is_some_and(char::is_uppercase);
                let new = !names.iter().any(|n| n == word);
                if capital && word.chars().count() >= 3 && !NOT_NAMES.contains(&word) && new {
                    names.push(word.to_string());
                }
            }
        }
    }
}

/// What the voice reads of `stimulus`.
fn heard_text(stimulus: &Stimulus, out: &mut String) {
    match &stimulus.content {
        Content::Dialogue { turns } => {
            for turn in turns {
                out.push_str(&turn.text);
                out.push('\n');
            }
        }
        Content::Announcement { body, .. } | Content::Text { body, .. } => {
            out.push_str(body);
            out.push('\n');
        }
        Content::None => {}
    }
}

/// The texts of a question the learner reads.
pub(super) fn question_texts(question: &Question) -> Vec<&str> {
    match question {
        Question::SingleChoice {
            prompt, options, ..
        }
        | Question::TickInfo {
            prompt, options, ..
        } => std::iter::once(prompt.as_str())
            .chain(options.iter().map(String::as_str))
            .collect(),
        Question::Place {
            prompt, options, ..
        } => prompt
            .iter()
            .map(String::as_str)
            .chain(options.iter().map(String::as_str))
            .collect(),
        Question::TrueFalse { statement, .. } => vec![statement],
        Question::Matching {
            prompt,
            pairs,
            extra,
        } => std::iter::once(prompt.as_str())
            .chain(pairs.iter().flat_map(|(l, r)| [l.as_str(), r.as_str()]))
            .chain(extra.iter().map(String::as_str))
            .collect(),
        Question::GapFill { text, .. } => vec![text],
        Question::Form { prompt, .. } | Question::Message { prompt, .. } => vec![prompt],
    }
}

/// Whether `word` stands in `text` as a whole word.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Warns about each item of a listening task that names a speaker nobody names aloud.
pub(super) fn check_names_heard(task: &Task, ctx: &mut Ctx<'_>) {
    let mut heard = task.instructions.clone();
    heard.push('\n');
    heard_text(&task.stimulus, &mut heard);
    let mut names = Vec::new();
    speaker_names(&task.stimulus, &mut names);
    for item in &task.items {
        if let Some(stimulus) = &item.stimulus {
            heard_text(stimulus, &mut heard);
            speaker_names(stimulus, &mut names);
        }
    }
    let unheard: Vec<&String> = names.iter().filter(|n| !has_word(&heard, n)).collect();
    for (i, item) in task.items.iter().enumerate() {
        let texts = question_texts(&item.question);
        for name in &unheard {
            if texts.iter().any(|t| has_word(t, name)) {
                let message = msg!(
                    "listening-name-unheard",
                    label = item_label(ctx.label, &item.id),
                    name = name.as_str()
                );
                ctx.at(&[F("items"), I(i), F("question")]).warn(message);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_found_as_whole_words() {
        assert!(has_word("Che cosa compra Amina?", "Amina"));
        assert!(!has_word("Che cosa compra Aminata?", "Amina"));
        assert!(!has_word("", "Amina"));
    }
}
