//! Moodle questions become the items of one bank: each kind its nearest kind of the A2 test,
//! grouped into reading tasks of the size the teacher chose, each essay a writing task. What
//! cannot become an item is left out, with the reason, located in the original file.

use super::{Answer, Conversion, Kind, Options, Question};
use crate::bank::message::{msg, Message};
use crate::bank::parse::Diagnostic;
use crate::bank::{
    Bank, Content, Gap, Item, Level, Question as Asked, Section, Stimulus, Task, Translations,
};

/// A task of the standard layout has five items.
pub const DEFAULT_ITEMS_PER_TASK: usize = 5;

/// Words asked of a message when the file does not say.
const DEFAULT_WORDS: (u32, u32) = (20, 40);

/// The instructions of a reading task made of converted questions, and their translations.
const READING: (&str, &[(&str, &str)]) = (
    "Leggi e rispondi alle domande.",
    &[
        ("ar", "اقرأ وأجب عن الأسئلة."),
        ("bn", "পড়ুন এবং প্রশ্নগুলোর উত্তর দিন।"),
        ("en", "Read and answer the questions."),
        ("es", "Lee y responde a las preguntas."),
        ("fr", "Lis et réponds aux questions."),
        ("sq", "Lexo dhe përgjigju pyetjeve."),
        ("uk", "Прочитайте й дайте відповіді на запитання."),
        ("ur", "پڑھیں اور سوالوں کے جواب دیں۔"),
        ("zh", "阅读并回答问题。"),
    ],
);

/// The instructions of a writing task made of a converted essay, and their translations.
const WRITING: (&str, &[(&str, &str)]) = (
    "Scrivi il testo che chiede il compito.",
    &[
        ("ar", "اكتب النص الذي يطلبه التمرين."),
        ("bn", "কাজটিতে যে লেখাটি চাওয়া হয়েছে, সেটি লিখুন।"),
        ("en", "Write the text the task asks for."),
        ("es", "Escribe el texto que pide la tarea."),
        ("fr", "Écris le texte que demande l'exercice."),
        ("sq", "Shkruaj tekstin që kërkon detyra."),
        ("uk", "Напишіть текст, який просить завдання."),
        ("ur", "وہ تحریر لکھیں جو اس کام میں مانگی گئی ہے۔"),
        ("zh", "按照题目的要求写一段文字。"),
    ],
);

/// The explanation of a message item: it has no single right answer.
const MESSAGE_EXPLANATION: &str = "Un testo completo parla di tutti i punti del compito.";

/// An item made from a question, with advice when its explanation had to be written for it.
struct Converted {
    question: Asked,
    explanation: String,
    no_feedback: bool,
}

/// The bank made of `questions`, read from the file `name`, to be saved as `file`.
pub(super) fn to_bank(
    name: &str,
    file: &str,
    questions: &[Question],
    options: &Options,
) -> Conversion {
    let mut notes = Vec::new();
    let mut reading: Vec<Item> = Vec::new();
    let mut writing: Vec<Item> = Vec::new();
    for (n, q) in questions.iter().enumerate() {
        let label = match &q.title {
            Some(title) => msg!("import-question-titled", n = n + 1, title = title),
            None => msg!("import-question", n = n + 1),
        };
        match convert(q) {
            Ok(c) => {
                if c.no_feedback {
                    let advice = msg!("import-no-feedback", label = &label);
                    notes.push(Diagnostic::at(name, q.pos, advice));
                }
                let item = Item {
                    id: String::new(),
                    stimulus: None,
                    question: c.question,
                    explanation: c.explanation,
                    explanation_tr: Translations::new(),
                    lessons: Vec::new(),
                };
                if matches!(item.question, Asked::Message { .. }) {
                    writing.push(item);
                } else {
                    reading.push(item);
                }
            }
            Err(reason) => {
                let dropped = msg!("import-dropped", label = &label, reason = reason);
                notes.push(Diagnostic::at(name, q.pos, dropped));
            }
        }
    }
    let converted = reading.len() + writing.len();
    // The bank is named after the file, not the folders it is in.
    let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = base.strip_suffix(".ron").unwrap_or(base).trim();
    let id = slug(stem);
    let mut tasks = Vec::new();
    for items in group(reading, options.items_per_task.max(1)) {
        tasks.push(task(
            &id,
            tasks.len() + 1,
            Section::Reading,
            READING,
            items,
            options,
        ));
    }
    for item in writing {
        tasks.push(task(
            &id,
            tasks.len() + 1,
            Section::Writing,
            WRITING,
            vec![item],
            options,
        ));
    }
    let errors = if tasks.is_empty() {
        vec![Diagnostic::in_file(name, msg!("import-nothing"))]
    } else {
        Vec::new()
    };
    let bank = (!tasks.is_empty()).then(|| Bank {
        id,
        title: stem.to_string(),
        level: Level::A2,
        language: "it".to_string(),
        authors: Vec::new(),
        license: "non indicata".to_string(),
        version: 1,
        tasks,
    });
    Conversion {
        file: file.to_string(),
        bank,
        found: questions.len(),
        converted,
        notes,
        errors,
    }
}

/// Items in groups of `size` scored answers (a matching item counts one per pair), in order.
fn group(items: Vec<Item>, size: usize) -> Vec<Vec<Item>> {
    let mut groups: Vec<Vec<Item>> = Vec::new();
    let mut units = 0;
    for item in items {
        let n = item.question.units() as usize;
        if units > 0 && units + n > size {
            units = 0;
        }
        if units == 0 {
            groups.push(Vec::new());
        }
        units += n;
        if let Some(group) = groups.last_mut() {
            group.push(item);
        }
        if units >= size {
            units = 0;
        }
    }
    groups
}

/// Task number `n` of the bank `id`.
fn task(
    id: &str,
    n: usize,
    section: Section,
    instructions: (&str, &[(&str, &str)]),
    mut items: Vec<Item>,
    options: &Options,
) -> Task {
    for (i, item) in items.iter_mut().enumerate() {
        item.id = (i + 1).to_string();
    }
    Task {
        id: format!("{id}-{n:02}"),
        section,
        topic: options.topic,
        instructions: instructions.0.to_string(),
        instructions_tr: (instructions.1.iter())
            .map(|(l, t)| (l.to_string(), t.to_string()))
            .collect(),
        stimulus: Stimulus {
            content: Content::None,
            picture: None,
            audio: None,
        },
        items,
        lessons: Vec::new(),
    }
}

/// A bank id from a file name: lower-case letters, digits and dashes.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' => 'a',
            'è' | 'é' => 'e',
            'ì' | 'í' => 'i',
            'ò' | 'ó' => 'o',
            'ù' | 'ú' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "importate".to_string()
    } else {
        out
    }
}

/// `text` with any run of three or more underscores written `___`.
fn one_gap_mark(text: &str) -> String {
    let mut out = String::new();
    let mut run = 0;
    for c in text.chars().chain(std::iter::once('\0')) {
        if c == '_' {
            run += 1;
            continue;
        }
        out.push_str(&if run >= 3 {
            "___".to_string()
        } else {
            "_".repeat(run)
        });
        run = 0;
        if c != '\0' {
            out.push(c);
        }
    }
    out
}

/// `«a», «b»`.
fn quoted(texts: &[&str]) -> String {
    texts
        .iter()
        .map(|t| format!("«{t}»"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The explanation: the right answer's feedback, else the general feedback, else `fallback`
/// (then the teacher is advised to write one).
fn explained(
    feedback: Option<&String>,
    general: &Option<String>,
    fallback: String,
) -> (String, bool) {
    match feedback.or(general.as_ref()) {
        Some(text) => (text.clone(), false),
        None => (fallback, true),
    }
}

/// The item a question becomes, or why it cannot become one.
fn convert(q: &Question) -> Result<Converted, Message> {
    let text = one_gap_mark(q.text.trim());
    let gaps = text.matches("___").count();
    if gaps > 1 {
        return Err(msg!("import-why-gaps", gaps = gaps));
    }
    if text.is_empty() && !matches!(q.kind, Kind::Matching(_)) {
        return Err(msg!("import-why-no-text"));
    }
    let done = |question, (explanation, no_feedback): (String, bool)| {
        Ok(Converted {
            question,
            explanation,
            no_feedback,
        })
    };
    match &q.kind {
        Kind::Choice(answers) => {
            let answers: Vec<&Answer> = answers.iter().filter(|a| !a.text.is_empty()).collect();
            let options: Vec<String> = answers.iter().map(|a| a.text.clone()).collect();
            let right: Vec<usize> = (0..answers.len())
                .filter(|&i| answers[i].is_right())
                .collect();
            let names: Vec<&str> = right.iter().map(|&i| answers[i].text.as_str()).collect();
            match right.as_slice() {
                [] => Err(msg!("import-why-no-right")),
                _ if options.len() < 2 => Err(msg!("import-why-options", count = options.len())),
                [correct] => {
                    let fallback = format!("La risposta giusta è {}.", quoted(&names));
                    let why = explained(answers[*correct].feedback.as_ref(), &q.feedback, fallback);
                    if gaps == 1 {
                        let gap = Gap::Choice {
                            options,
                            correct: *correct,
                        };
                        done(Asked::GapFill { text, gap }, why)
                    } else if options.len() > 4 {
                        Err(msg!("import-why-options", count = options.len()))
                    } else {
                        let question = Asked::SingleChoice {
                            prompt: text,
                            options,
                            correct: *correct,
                            pinned: Vec::new(),
                        };
                        done(question, why)
                    }
                }
                _ if gaps == 1 => Err(msg!("import-why-gaps", gaps = gaps)),
                _ => {
                    let fallback = format!("Le risposte giuste sono {}.", quoted(&names));
                    let question = Asked::TickInfo {
                        prompt: text,
                        options,
                        correct: right,
                    };
                    done(question, explained(None, &q.feedback, fallback))
                }
            }
        }
        Kind::TrueFalse { answer, feedback } => {
            let fallback = if *answer {
                "La frase è vera."
            } else {
                "La frase è falsa."
            };
            let question = Asked::TrueFalse {
                statement: text,
                answer: *answer,
            };
            done(
                question,
                explained(feedback.as_ref(), &q.feedback, fallback.to_string()),
            )
        }
        Kind::Matching(all) => {
            let pairs: Vec<(String, String)> = all
                .iter()
                .filter(|(left, right)| !left.is_empty() && !right.is_empty())
                .cloned()
                .collect();
            let extra: Vec<String> = (all.iter())
                .filter(|(left, right)| left.is_empty() && !right.is_empty())
                .map(|(_, right)| right.clone())
                .collect();
            if pairs.len() < 2 {
                return Err(msg!("import-why-pairs", count = pairs.len()));
            }
            let fallback = format!(
                "Le coppie giuste sono: {}.",
                (pairs.iter())
                    .map(|(l, r)| format!("«{l}» con «{r}»"))
                    .collect::<Vec<_>>()
                    .join("; ")
            );
            let prompt = if text.is_empty() {
                "Abbina gli elementi.".to_string()
            } else {
                text
            };
            let question = Asked::Matching {
                prompt,
                pairs,
                extra,
            };
            done(question, explained(None, &q.feedback, fallback))
        }
        Kind::ShortAnswer(answers) => {
            let accepted: Vec<String> = (answers.iter())
                .filter(|a| a.fraction >= 100.0 && !a.text.is_empty())
                .map(|a| a.text.clone())
                .collect();
            let Some(first) = accepted.first() else {
                return Err(msg!("import-why-no-right"));
            };
            let feedback = answers.iter().find(|a| a.fraction >= 100.0);
            let fallback = format!("La risposta giusta è {}.", quoted(&[first]));
            let why = explained(
                feedback.and_then(|a| a.feedback.as_ref()),
                &q.feedback,
                fallback,
            );
            let text = if gaps == 1 {
                text
            } else {
                format!("{text} ___")
            };
            let gap = Gap::Typed { accepted };
            done(Asked::GapFill { text, gap }, why)
        }
        Kind::Essay {
            model,
            min_words,
            max_words,
        } => {
            let Some(model) = model else {
                return Err(msg!("import-why-no-model"));
            };
            let points = points_of(&text);
            if points.is_empty() {
                return Err(msg!("import-why-no-points"));
            }
            let min = min_words.unwrap_or(DEFAULT_WORDS.0);
            let max = max_words.unwrap_or(DEFAULT_WORDS.1.max(min + 20)).max(min);
            let question = Asked::Message {
                prompt: text,
                min_words: min,
                max_words: max,
                points,
                points_tr: Default::default(),
                model: model.clone(),
                sample_sufficient: None,
                sample_insufficient: None,
            };
            done(question, (MESSAGE_EXPLANATION.to_string(), false))
        }
        Kind::Unsupported(kind) => Err(msg!("import-why-kind", kind = kind)),
    }
}

/// The content points of an essay: the lines of its text that are a list (`-`, `•`, `*` or
/// `1.`/`1)` first).
fn points_of(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| {
            let line = line.trim();
            let rest = line
                .strip_prefix(['-', '•', '*', '–'])
                .or_else(|| {
                    let digits = line.find(|c: char| !c.is_ascii_digit())?;
                    (digits > 0)
                        .then(|| line[digits..].strip_prefix(['.', ')']))
                        .flatten()
                })?
                .trim();
            (!rest.is_empty()).then(|| rest.to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{convert as convert_file, Format, Options};
    use super::*;
    use crate::bank::parse::parse_bank;
    use crate::bank::validate::{check, Source};
    use crate::bank::Topic;

    const GIFT: &str = "\
::Orario::A che ora apre la farmacia? {=alle 9#Il cartello dice: apre alle 9. ~alle 10 ~alle 11}

La farmacia è aperta la domenica. {F#No#Il cartello dice: domenica chiuso.}

Io {=abito ~abita ~abitiamo} a Torino.

Come si chiama la moglie di Ahmed? {=Sara =sara}

Abbina i negozi. {=pane -> panetteria =carne -> macelleria =giornale -> edicola}

Cosa c'è nel frigorifero? {~%50%latte ~%50%uova ~%-100%pesce}

Quanto fa 2+2? {#4}

Scrivi un messaggio a un'amica. Scrivi:
- dove sei
- cosa fai {####Ciao Lucia, sono a Roma. Visito il Colosseo. A presto, Ana}
";

    fn converted(text: &str, items_per_task: usize) -> Conversion {
        let options = Options {
            topic: Topic::Acquisti,
            items_per_task,
        };
        convert_file("domande A2.gift", text.as_bytes(), Format::Gift, &options)
    }

    #[test]
    fn gift_questions_become_tasks_and_a_valid_bank() {
        let c = converted(GIFT, 5);
        assert_eq!((c.found, c.converted), (8, 7));
        assert_eq!(c.file, "domande A2.ron");
        let bank = c.bank.clone().unwrap();
        assert_eq!(bank.id, "domande-a2");
        let sizes: Vec<(Section, u32)> =
            bank.tasks.iter().map(|t| (t.section, t.units())).collect();
        // The matching counts 3 and would make the first task 7: it starts the second task.
        assert_eq!(
            sizes,
            vec![
                (Section::Reading, 4),
                (Section::Reading, 4),
                (Section::Writing, 1)
            ]
        );
        assert!(bank.tasks.iter().all(|t| t.topic == Topic::Acquisti));
        let kinds: Vec<&str> = (bank.tasks.iter())
            .flat_map(|t| t.items.iter().map(|i| i.question.kind().as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                "single_choice",
                "true_false",
                "gap_fill",
                "gap_fill",
                "matching",
                "tick_info",
                "message"
            ]
        );
        let first = &bank.tasks[0].items[0];
        assert_eq!(first.explanation, "Il cartello dice: apre alle 9.");
        assert_eq!(
            bank.tasks[0].items[1].explanation,
            "Il cartello dice: domenica chiuso."
        );
        let Asked::Message { points, model, .. } = &bank.tasks[2].items[0].question else {
            panic!()
        };
        assert_eq!(points, &["dove sei", "cosa fai"]);
        assert!(model.starts_with("Ciao Lucia"));

        // The RON reads back as the same bank, and the validator finds no error in it.
        let ron = c.ron("domande A2.gift").unwrap();
        assert_eq!(parse_bank("x.ron", &ron).unwrap(), bank);
        let report = check(&[Source::new("domande A2.ron", &ron)]);
        assert!(report.is_valid(), "{:?}", report.errors());
    }

    #[test]
    fn what_is_left_out_says_why_where() {
        let c = converted(GIFT, 5);
        let notes: Vec<String> = c.notes.iter().map(ToString::to_string).collect();
        assert!(
            notes.contains(
                &"domande A2.gift:13:1: question 7 was left out: numerical questions are not \
                  part of the A2 test"
                    .to_string()
            ),
            "{notes:#?}"
        );
        // No feedback: the explanation names the right answer, and the teacher is told.
        assert!(
            notes
                .iter()
                .any(|n| n.starts_with("domande A2.gift:5:1: question 3 ")),
            "{notes:#?}"
        );
        let bank = c.bank.unwrap();
        assert_eq!(
            bank.tasks[0].items[2].explanation,
            "La risposta giusta è «abito»."
        );
    }

    #[test]
    fn essays_need_a_model_and_points() {
        let c = converted("Scrivi a un amico. {}\n\nScrivi a un amico. {####Ciao!}", 5);
        assert_eq!(c.converted, 0);
        assert!(c.bank.is_none());
        let all: Vec<String> = c
            .notes
            .iter()
            .chain(&c.errors)
            .map(ToString::to_string)
            .collect();
        assert_eq!(all.len(), 3, "{all:#?}");
        assert!(all[0].contains("model answer"), "{all:#?}");
        assert!(all[1].contains("list"), "{all:#?}");
    }

    #[test]
    fn too_many_options_and_no_right_answer_are_refused() {
        let c = converted("Dove? {=a ~b ~c ~d ~e}\n\nDove? {~a ~b}", 5);
        assert_eq!(c.converted, 0);
        assert!(c.notes[0].to_string().contains("5"), "{:?}", c.notes);
        assert!(c.notes[1].to_string().contains("right"), "{:?}", c.notes);
    }

    #[test]
    fn groups_follow_the_size_chosen() {
        let c = converted(&"Vero? {T}\n\n".repeat(7), 3);
        let sizes: Vec<usize> = c
            .bank
            .unwrap()
            .tasks
            .iter()
            .map(|t| t.items.len())
            .collect();
        assert_eq!(sizes, [3, 3, 1]);
    }

    #[test]
    fn ids_and_gaps_are_tidied() {
        assert_eq!(slug("Città: ripasso (A2)"), "citta-ripasso-a2");
        assert_eq!(slug("---"), "importate");
        assert_eq!(one_gap_mark("Io ______ qui, a_b."), "Io ___ qui, a_b.");
        assert_eq!(
            points_of("Scrivi:\n1. chi sei\n2) dove abiti\n• perché"),
            ["chi sei", "dove abiti", "perché"]
        );
    }
}
