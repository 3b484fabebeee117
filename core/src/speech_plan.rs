//! Speech plans for listening tasks, with no browser: stimulus content as lines, and for the
//! Italian voices a browser offers, which voice and pitch say each part of each line. The app's
//! `speech` module plays a plan with the browser's speech synthesis.

use crate::bank::{Content, Gender};
use crate::text::sentences;

/// Speaking rates offered in the settings, slowest first. A2 learners follow best a little
/// slower than the voices' natural speed (1.0); [`DEFAULT_RATE`] is the middle one.
pub const RATES: [f32; 3] = [0.8, 0.9, 1.0];

/// The rate used until the learner chooses another.
pub const DEFAULT_RATE: f32 = 0.9;

/// Longest utterance, in characters, before a text is split at a sentence end (Chrome's network
/// voices stop after about 15 seconds of one utterance). A longer single sentence stays whole.
pub const MAX_CHUNK_CHARS: usize = 200;

/// Pitch step between speakers that share a voice, or whose voice does not match their gender.
const PITCH_STEP: f32 = 0.1;

/// Words in voice names that suggest a female voice (Apple, Microsoft, eSpeak, Android names).
const FEMALE_NAMES: &[&str] = &[
    "female", "woman", "donna", "alice", "elsa", "federica", "paola", "emma", "isabella", "lucia",
    "fabiola", "fiamma", "imelda", "irma", "palmira", "pierina", "flo", "sandy", "shelley",
    "grandma",
];

/// Words in voice names that suggest a male voice.
const MALE_NAMES: &[&str] = &[
    "male", "man", "uomo", "luca", "cosimo", "diego", "giorgio", "giuseppe", "benigno", "calimero",
    "cataldo", "gianni", "lisandro", "rinaldo", "eddy", "reed", "rocko", "grandpa",
];

/// One utterance of a stimulus: a dialogue turn, an announcement or a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Who speaks (dialogue turns only). Only chooses the voice: names are never spoken.
    pub speaker: Option<String>,
    /// Whether a female voice reads it.
    pub female: bool,
    /// What is said.
    pub text: String,
}

impl Line {
    /// A line said by `speaker` (if named) in a female or male voice.
    pub fn new(speaker: Option<&str>, female: bool, text: &str) -> Line {
        Line {
            speaker: speaker.map(str::to_owned),
            female,
            text: text.to_owned(),
        }
    }
}

/// One utterance to queue, as [`plan`] decides it.
#[derive(Debug, Clone, PartialEq)]
pub struct Utterance {
    /// The words: a line, or a part of a long line.
    pub text: String,
    /// Index of the voice in the list given to [`plan`].
    pub voice: usize,
    /// Pitch, 1.0 being the voice's own.
    pub pitch: f32,
}

/// The lines to speak for a stimulus, in order: one per dialogue turn (speaker and gender kept),
/// one for an announcement (its voice's gender), one for a text (read by a female voice, the
/// Characters an Italian voice speaks per second at rate 1.0 (slow voices are about 12, fast
/// ones 16); used to tell a voice that never says it has finished from one still speaking.
const CHARS_PER_SECOND: f32 = 12.0;

/// Extra time for a voice to start (phones may load a voice first).
const START_MS: u32 = 5_000;

/// How long a playback of `texts` at `rate` may take before it counts as stuck: twice the time
/// a slow voice needs, plus time to start. Some browsers' voices never fire `end`; after this,
/// the playback is ended so that the Listen button is never stuck.
pub fn watchdog_ms<S: AsRef<str>>(texts: &[S], rate: f32) -> u32 {
    let chars: usize = texts.iter().map(|t| t.as_ref().chars().count()).sum();
    let seconds = chars as f32 / (CHARS_PER_SECOND * rate.clamp(0.1, 10.0));
    START_MS + (2.0 * seconds * 1000.0) as u32
}

/// usual default of Italian voices). Lines with no words are left out; [`Content::None`] has none.
pub fn lines_of(content: &Content) -> Vec<Line> {
    let lines = match content {
        Content::Dialogue { turns } => turns
            .iter()
            .map(|turn| Line {
                speaker: Some(turn.speaker.clone()),
                female: turn.gender == Gender::Female,
                text: turn.text.clone(),
            })
            .collect(),
        Content::Announcement { voice, body } => vec![Line {
            speaker: None,
            female: *voice == Gender::Female,
            text: body.clone(),
        }],
        Content::Text { body, .. } => vec![Line {
            speaker: None,
            female: true,
            text: body.clone(),
        }],
        Content::None => Vec::new(),
    };
    lines
        .into_iter()
        .filter(|line| !line.text.trim().is_empty())
        .collect()
}

/// Whether a voice's language, a BCP 47 tag (or Android's `it_IT`), names Italian: `it`,
/// `it-IT`, `it-CH`…
pub fn is_italian(lang: &str) -> bool {
    let lang = lang.to_ascii_lowercase();
    lang == "it" || lang.starts_with("it-") || lang.starts_with("it_")
}

/// Decides the utterances for `lines` given the names of the Italian voices available, in the
/// browser's order. Each distinct speaker keeps one voice; speakers get distinct voices while
/// there are enough, preferring a voice whose name suggests their gender (then one of unknown
/// gender, then a shared one, and a voice of the other gender last). A speaker on a voice of
/// unknown or other gender, or sharing it with a speaker of the same gender, gets a higher
/// (female) or lower (male) pitch, so two speakers never sound the same. Long lines are split at
/// sentence ends (see [`MAX_CHUNK_CHARS`]). With no voices, the plan is empty.
pub fn plan<S: AsRef<str>>(lines: &[Line], voice_names: &[S]) -> Vec<Utterance> {
    if voice_names.is_empty() {
        return Vec::new();
    }
    let genders: Vec<Option<bool>> = voice_names
        .iter()
        .map(|name| voice_is_female(name.as_ref()))
        .collect();
    // Speakers so far, as (speaker, female, voice, pitch).
    let mut speakers: Vec<(Option<&str>, bool, usize, f32)> = Vec::new();
    let mut utterances = Vec::new();
    for line in lines {
        let speaker = line.speaker.as_deref();
        let known = speakers
            .iter()
            .find(|(s, female, _, _)| *s == speaker && *female == line.female)
            .map(|&(_, _, voice, pitch)| (voice, pitch));
        let (voice, pitch) = known.unwrap_or_else(|| {
            let on_voice = |voice: usize| speakers.iter().filter(|s| s.2 == voice).count();
            let voice = (0..voice_names.len())
                .min_by_key(|&v| {
                    let other_gender = genders[v] == Some(!line.female);
                    let matching = genders[v] == Some(line.female);
                    (other_gender, on_voice(v), !matching, v)
                })
                .unwrap_or(0);
            let same_gender_before = speakers
                .iter()
                .filter(|s| s.2 == voice && s.1 == line.female)
                .count();
            let steps = same_gender_before + usize::from(genders[voice] != Some(line.female));
            let shift = PITCH_STEP * steps as f32;
            let pitch = if line.female {
                1.0 + shift
            } else {
                1.0 - shift
            };
            let pitch = pitch.clamp(0.5, 1.5);
            speakers.push((speaker, line.female, voice, pitch));
            (voice, pitch)
        });
        utterances.extend(chunks(&line.text).into_iter().map(|text| Utterance {
            text,
            voice,
            pitch,
        }));
    }
    utterances
}

/// `Some(true)` if a voice's name suggests a female voice, `Some(false)` a male one.
fn voice_is_female(name: &str) -> Option<bool> {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    if has(FEMALE_NAMES) {
        Some(true)
    } else if has(MALE_NAMES) {
        Some(false)
    } else {
        None
    }
}

/// Splits a text into parts of at most [`MAX_CHUNK_CHARS`] characters at sentence ends (as
/// [`sentences`] finds them; a single longer sentence stays whole), with runs of whitespace made
/// single spaces. A line break always ends a part, so lines of a notice or timetable are not run
/// together.
pub(crate) fn chunks(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    for line in text.lines() {
        let mut part = String::new();
        for sentence in sentences(line) {
            let sentence = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
            add_sentence(&mut parts, &mut part, &sentence);
        }
        if !part.is_empty() {
            parts.push(part);
        }
    }
    parts
}

/// Appends `sentence` to `part`, first moving `part` to `parts` if it would grow too long.
fn add_sentence(parts: &mut Vec<String>, part: &mut String, sentence: &str) {
    if !part.is_empty() && part.chars().count() + 1 + sentence.chars().count() > MAX_CHUNK_CHARS {
        parts.push(std::mem::take(part));
    }
    if !part.is_empty() {
        part.push(' ');
    }
    part.push_str(sentence);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Turn;

    fn dialogue() -> Vec<Line> {
        lines_of(&Content::Dialogue {
            turns: vec![
                Turn {
                    speaker: "Farmacista".into(),
                    gender: Gender::Female,
                    text: "Buongiorno, mi dica.".into(),
                },
                Turn {
                    speaker: "Omar".into(),
                    gender: Gender::Male,
                    text: "Vorrei uno sciroppo per la tosse.".into(),
                },
            ],
        })
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-3
    }

    /// One line for each (speaker, female) pair; only who says them matters.
    fn said_by(speakers: &[(&str, bool)]) -> Vec<Line> {
        speakers
            .iter()
            .map(|&(speaker, female)| Line::new(Some(speaker), female, "Ciao."))
            .collect()
    }

    #[test]
    fn lines_of_dialogue_speaks_only_the_words_and_keeps_speakers_and_genders() {
        assert_eq!(
            dialogue(),
            vec![
                Line::new(Some("Farmacista"), true, "Buongiorno, mi dica."),
                Line::new(Some("Omar"), false, "Vorrei uno sciroppo per la tosse."),
            ]
        );
    }

    #[test]
    fn lines_of_announcement_text_and_nothing() {
        let announcement = Content::Announcement {
            voice: Gender::Male,
            body: "Il treno per Roma parte dal binario tre.".into(),
        };
        assert_eq!(
            lines_of(&announcement),
            vec![Line::new(
                None,
                false,
                "Il treno per Roma parte dal binario tre."
            )]
        );
        let text = Content::Text {
            title: Some("Biblioteca".into()),
            body: "Aperta dalle 9 alle 18.".into(),
        };
        assert_eq!(
            lines_of(&text),
            vec![Line::new(None, true, "Aperta dalle 9 alle 18.")]
        );
        assert_eq!(lines_of(&Content::None), vec![]);
        let blank = Content::Announcement {
            voice: Gender::Female,
            body: "  ".into(),
        };
        assert_eq!(lines_of(&blank), vec![]);
    }

    #[test]
    fn italian_is_it_with_any_region() {
        let langs = ["it-IT", "en-US", "it_IT", "it-CH", "IT", "ita", "fr-IT"];
        let italian: Vec<&str> = langs.into_iter().filter(|l| is_italian(l)).collect();
        assert_eq!(italian, ["it-IT", "it_IT", "it-CH", "IT"]);
    }

    #[test]
    fn voice_names_suggest_a_gender_by_whole_words() {
        assert_eq!(
            voice_is_female("Microsoft Elsa - Italian (Italy)"),
            Some(true)
        );
        assert_eq!(
            voice_is_female("Microsoft Cosimo - Italian (Italy)"),
            Some(false)
        );
        assert_eq!(voice_is_female("Italian (Female)"), Some(true));
        assert_eq!(voice_is_female("Italian (male)"), Some(false));
        assert_eq!(voice_is_female("Google italiano"), None);
        assert_eq!(voice_is_female("it-it-x-itb-local"), None);
    }

    #[test]
    fn voices_whose_names_suggest_a_gender_go_to_speakers_of_that_gender() {
        let plan = plan(&dialogue(), &["Luca", "Alice"]);
        assert_eq!(plan.len(), 2);
        assert_eq!((plan[0].voice, plan[0].pitch), (1, 1.0));
        assert_eq!((plan[1].voice, plan[1].pitch), (0, 1.0));
        // "Female" is not read as "male".
        let plan = super::plan(
            &[Line::new(None, true, "Attenzione.")],
            &["Italian (male)", "Italian (Female)"],
        );
        assert_eq!(plan[0].voice, 1);
    }

    #[test]
    fn speakers_of_one_gender_get_distinct_voices_and_keep_them() {
        let lines = said_by(&[
            ("Anna", true),
            ("Maria", true),
            ("Anna", true),
            ("Paolo", false),
        ]);
        let voices = [
            "Microsoft Elsa - Italian (Italy)",
            "Google italiano",
            "Microsoft Cosimo - Italian (Italy)",
        ];
        let plan = plan(&lines, &voices);
        let chosen: Vec<usize> = plan.iter().map(|u| u.voice).collect();
        assert_eq!(chosen, vec![0, 1, 0, 2]);
        assert_eq!(plan[0].pitch, 1.0);
        assert!(plan[1].pitch > 1.0, "unknown-gender voice for a woman");
        assert_eq!(plan[3].pitch, 1.0);
    }

    #[test]
    fn with_one_voice_pitch_tells_speakers_apart() {
        let lines = said_by(&[("Anna", true), ("Omar", false), ("Maria", true)]);
        let plan = plan(&lines, &["Google italiano"]);
        assert!(plan.iter().all(|u| u.voice == 0));
        let pitches: Vec<f64> = plan.iter().map(|u| f64::from(u.pitch)).collect();
        assert!(close(pitches[0], 1.1), "{pitches:?}");
        assert!(close(pitches[1], 0.9), "{pitches:?}");
        assert!(close(pitches[2], 1.2), "{pitches:?}");
    }

    #[test]
    fn without_voices_the_plan_is_empty() {
        assert_eq!(plan::<&str>(&dialogue(), &[]), vec![]);
    }

    #[test]
    fn long_texts_are_split_at_sentence_ends_and_line_breaks() {
        let sentence = "Il centro commerciale è aperto tutti i giorni, dalle nove alle ventuno.";
        let body = [sentence; 8].join(" ");
        let plan = plan(&[Line::new(None, true, &body)], &["Alice"]);
        assert!(plan.len() > 1);
        assert!(plan
            .iter()
            .all(|u| u.text.chars().count() <= MAX_CHUNK_CHARS && u.text.ends_with('.')));
        let joined: Vec<&str> = plan.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(joined.join(" "), body);

        let short = "Il Sig. Rossi riceve il martedì. Portate un documento.";
        let plan = super::plan(&[Line::new(None, true, short)], &["Alice"]);
        assert_eq!(plan.len(), 1);
        assert_eq!(plan[0].text, short);

        let notice = "Orario:\nlunedì dalle 9 alle 12\nmartedì dalle 15 alle 18";
        let texts: Vec<String> = super::plan(&[Line::new(None, true, notice)], &["Alice"])
            .into_iter()
            .map(|u| u.text)
            .collect();
        assert_eq!(
            texts,
            [
                "Orario:",
                "lunedì dalle 9 alle 12",
                "martedì dalle 15 alle 18"
            ]
        );
    }

    #[test]
    fn chunks_end_after_closing_quotes_and_make_whitespace_single_spaces() {
        let quoted = format!("«{}.» Fine.", "Parola ".repeat(28).trim_end());
        let parts = chunks(&quoted);
        assert_eq!(parts.len(), 2, "{parts:?}");
        assert!(parts[0].ends_with('»'));
        assert_eq!(parts[1], "Fine.");
        assert_eq!(
            chunks("  Il  treno\tparte.   Alle 8.30!  \r\n\n Binario 3 "),
            ["Il treno parte. Alle 8.30!", "Binario 3"]
        );
        assert!(chunks(" \n ").is_empty());
    }

    #[test]
    fn the_watchdog_allows_twice_a_slow_voice_plus_time_to_start() {
        assert_eq!(watchdog_ms::<&str>(&[], 1.0), 5_000);
        // 120 characters at 12 per second: 10 s, twice is 20 s.
        let text = "a".repeat(120);
        assert_eq!(watchdog_ms(&[&text], 1.0), 25_000);
        // Slower speech gets more time.
        assert!(watchdog_ms(&[&text], 0.8) > watchdog_ms(&[&text], 1.0));
    }
}
