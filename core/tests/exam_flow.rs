//! A whole exam as the app runs it: bank and layout read from RON, generated, taken section by
//! section with a reload in the middle, graded and summed up for the history.

use sportello_core::answer::{form_problems, Answer};
use sportello_core::attempt::{format_mm_ss, Attempt, AttemptError};
use sportello_core::bank::parse::{parse_bank, parse_layout};
use sportello_core::bank::Section;
use sportello_core::exam::{generate, ExamGap, ExamQuestion};
use sportello_core::points::Points;
use sportello_core::score::WritingGrade;

const LAYOUT: &str = include_str!("../../question-banks/layouts/vademecum.ron");

const BANK: &str = r#"(
    id: "prova",
    title: "Prova",
    level: A2,
    language: "it",
    license: "CC-BY-SA-4.0",
    version: 1,
    tasks: [
        (
            id: "ascolto-farmacia",
            section: listening,
            topic: salute,
            instructions: "Ascolta. Rispondi.",
            stimulus: (content: Dialogue(turns: [
                (speaker: "Farmacista", gender: Female, text: "Buongiorno, mi dica."),
                (speaker: "Omar", gender: Male, text: "Vorrei uno sciroppo per la tosse."),
            ])),
            items: [
                (
                    id: "1",
                    stimulus: Some((content: Dialogue(turns: [
                        (speaker: "Cliente", gender: Male, text: "Un biglietto per Bologna."),
                    ]))),
                    question: Place(options: ["In stazione", "In banca", "A scuola"], correct: 0),
                    explanation: "Il cliente compra un biglietto del treno.",
                ),
                (
                    id: "2",
                    question: TrueFalse(statement: "Omar ha la tosse.", answer: true),
                    explanation: "Omar chiede uno sciroppo per la tosse.",
                ),
                (
                    id: "3",
                    question: TrueFalse(statement: "Omar parla con un medico.", answer: false),
                    explanation: "Parla con la farmacista.",
                ),
                (
                    id: "4",
                    question: SingleChoice(
                        prompt: "Che cosa vuole Omar?",
                        options: ["Uno sciroppo", "Delle pastiglie", "Un cerotto", "Non si sa"],
                        correct: 0,
                        pinned: [3],
                    ),
                    explanation: "Dice: «Vorrei uno sciroppo».",
                ),
                (
                    id: "5",
                    question: TickInfo(
                        prompt: "Che cosa si dice?",
                        options: ["Un saluto", "Il prezzo", "Il problema di Omar", "L'orario"],
                        correct: [0, 2],
                    ),
                    explanation: "La farmacista saluta e Omar dice che ha la tosse.",
                ),
            ],
        ),
        (
            id: "ascolto-stazione",
            section: listening,
            topic: trasporti,
            instructions: "Ascolta l'annuncio. Rispondi.",
            stimulus: (content: Announcement(voice: Female, body: "Il treno per Verona parte dal binario 3 alle 9.")),
            items: [
                (
                    id: "1",
                    question: Matching(
                        prompt: "Abbina",
                        pairs: [("Treno", "Verona"), ("Binario", "3"), ("Ora", "9")],
                        extra: ["Milano"],
                    ),
                    explanation: "L'annuncio dice destinazione, binario e ora.",
                ),
                (
                    id: "2",
                    question: TrueFalse(statement: "Il treno va a Verona.", answer: true),
                    explanation: "«Il treno per Verona».",
                ),
                (
                    id: "3",
                    question: SingleChoice(prompt: "A che ora parte?", options: ["Alle 9", "Alle 10"], correct: 0),
                    explanation: "«alle 9».",
                ),
            ],
        ),
        (
            id: "lettura-avviso",
            section: reading,
            topic: citta_servizi,
            instructions: "Leggi l'avviso. Rispondi.",
            stimulus: (content: Text(title: Some("Biblioteca"), body: "La biblioteca della città è chiusa lunedì.")),
            items: [
                (id: "1", question: TrueFalse(statement: "È chiusa lunedì.", answer: true), explanation: "Lo dice l'avviso."),
                (id: "2", question: TrueFalse(statement: "È chiusa martedì.", answer: false), explanation: "Lo dice l'avviso."),
                (id: "3", question: TrueFalse(statement: "È una biblioteca.", answer: true), explanation: "Lo dice il titolo."),
                (
                    id: "4",
                    question: GapFill(text: "La biblioteca della ___ è chiusa.", gap: Typed(accepted: ["città"])),
                    explanation: "«della città».",
                ),
                (
                    id: "5",
                    question: GapFill(text: "È chiusa ___.", gap: Choice(options: ["lunedì", "domenica", "sempre"], correct: 0)),
                    explanation: "«chiusa lunedì».",
                ),
            ],
        ),
        (
            id: "lettura-annunci",
            section: reading,
            topic: casa,
            instructions: "Leggi gli annunci. Abbina.",
            stimulus: (content: Text(body: "A: affitto bilocale. B: vendo bici. C: cerco baby-sitter. D: corso di italiano.")),
            items: [
                (
                    id: "1",
                    question: Matching(
                        prompt: "Chi può aiutare?",
                        pairs: [("Cerco casa", "A"), ("Voglio una bici", "B"), ("Ho due bambini", "C"), ("Voglio studiare", "D")],
                    ),
                    explanation: "Ogni annuncio risponde a un bisogno.",
                ),
                (
                    id: "2",
                    question: SingleChoice(prompt: "Che cosa si affitta?", options: ["Un bilocale", "Una bici", "Un corso"], correct: 0),
                    explanation: "«affitto bilocale».",
                ),
            ],
        ),
        (
            id: "scrittura-modulo",
            section: writing,
            topic: uffici_pubblici,
            instructions: "Compila il modulo.",
            stimulus: (content: None),
            items: [(
                id: "1",
                question: Form(prompt: "Iscrizione al corso", fields: [
                    (label: "Cognome", kind: Text, required: true, example: Some("Rossi")),
                    (label: "Data di nascita", kind: Date, required: true, example: Some("01/02/1990")),
                    (label: "Email", kind: Email),
                ]),
                explanation: "Scrivi i tuoi dati.",
            )],
        ),
    ],
)"#;

const T0: u64 = 1_760_000_000_000;
const MIN: u64 = 60_000;

/// The right answer to every item of the open section, with a typed gap written carelessly.
fn answer_section(attempt: &mut Attempt, now_ms: u64) {
    let section = attempt.current_section().unwrap();
    let items: Vec<(String, String, ExamQuestion)> = attempt.exam().sections[section]
        .tasks
        .iter()
        .flat_map(|t| {
            t.items
                .iter()
                .map(|i| (t.id.clone(), i.id.clone(), i.question.clone()))
        })
        .collect();
    for (task, item, question) in items {
        let answer = match &question {
            ExamQuestion::GapFill {
                gap: ExamGap::Typed { .. },
                ..
            } => Answer::Typed("  CITTA ".to_string()),
            ExamQuestion::Form { fields, .. } => {
                let values = vec!["Rossi".into(), "1/2/1990".into(), String::new()];
                assert_eq!(form_problems(fields, &values), []);
                Answer::Form(values)
            }
            q => Answer::right_for(q).unwrap(),
        };
        attempt.answer(&task, &item, answer, now_ms).unwrap();
    }
    assert_eq!(attempt.unanswered_in_current_section(), 0);
}

#[test]
fn a_whole_exam_from_ron_to_history() {
    let layout = parse_layout("vademecum.ron", LAYOUT).unwrap();
    let bank = parse_bank("prova.ron", BANK).unwrap();
    let exam = generate(&layout, &bank.tasks, 2024, |_| false).unwrap();
    assert_eq!(exam.task_ids().count(), 5);
    assert_eq!(exam.max_points(), Points::whole(100));

    let mut attempt = Attempt::start(exam, T0);
    assert_eq!(format_mm_ss(attempt.remaining_ms(T0)), "25:00");
    assert_eq!(attempt.record_play("ascolto-farmacia/1", T0 + 1000), Ok(1));
    answer_section(&mut attempt, T0 + 5 * MIN);

    // The page is reloaded from localStorage 10 minutes in.
    let saved = serde_json::to_string(&attempt).unwrap();
    let mut attempt: Attempt = serde_json::from_str(&saved).unwrap();
    assert_eq!(format_mm_ss(attempt.remaining_ms(T0 + 10 * MIN)), "15:00");
    assert_eq!(attempt.plays_left("ascolto-farmacia/1"), 1);

    attempt.next_section(T0 + 12 * MIN).unwrap();
    answer_section(&mut attempt, T0 + 20 * MIN);
    attempt.next_section(T0 + 30 * MIN).unwrap();
    assert_eq!(attempt.exam().sections[2].section, Section::Writing);
    answer_section(&mut attempt, T0 + 35 * MIN);
    // The learner stops watching; the writing time runs out while the phone sleeps.
    attempt.sync(T0 + 90 * MIN);
    assert_eq!(attempt.finished_at_ms(), Some(T0 + 40 * MIN));
    assert_eq!(
        attempt.record_play("ascolto-stazione", T0 + 90 * MIN),
        Err(AttemptError::Finished)
    );

    let report = attempt.score();
    assert_eq!(report.total, Points::whole(65));
    assert!(!report.complete());
    attempt
        .set_writing_grade("scrittura-modulo", WritingGrade::Complete)
        .unwrap();

    let summary = attempt.summary();
    assert_eq!(summary.total, Points::whole(100));
    assert!(summary.passed && summary.complete);
    assert_eq!(summary.time_used_ms, 40 * MIN);
    assert_eq!(summary.seen_task_ids.len(), 5);
    let json = serde_json::to_string(&summary).unwrap();
    assert!(json.contains(r#""layout_id":"vademecum""#), "{json}");
}

#[test]
fn a_bank_too_small_for_the_layout_says_which_slot_is_missing() {
    let layout = parse_layout("vademecum.ron", LAYOUT).unwrap();
    let mut bank = parse_bank("prova.ron", BANK).unwrap();
    bank.tasks.retain(|t| t.id != "lettura-annunci");
    let error = generate(&layout, &bank.tasks, 1, |_| false).unwrap_err();
    assert_eq!(
        error.to_string(),
        "reading, task 2: no unused task with 5 items of kinds \
         [true_false, single_choice, matching, tick_info, gap_fill] \
         (the only one is already in this exam)"
    );
}
