//! Sound for listening tasks: stimulus content as lines, Italian voices chosen per speaker, lines
//! played in order with the browser's Web Speech API (`speechSynthesis`), and a bank's own
//! recordings. One playback at a time.
//!
//! Plain functions over `web-sys`, no Leptos types. Without the API or an Italian voice, [`speak`]
//! fails at once with a [`SpeechError`] and the app shows the text instead.
//!
//! Browser quirks handled here:
//! - Chrome drops a `speak()` made right after `cancel()`: utterances are queued a moment later.
//! - Chrome can lose `end` events of utterances that were garbage-collected: they are kept alive
//!   until the playback ends.
//! - Chrome's network voices stop after about 15 seconds of one utterance: long texts are split
//!   at sentence ends into utterances of at most [`MAX_CHUNK_CHARS`] characters.
//! - Chrome can leave the queue paused (e.g. after the tab was hidden): it is resumed before
//!   speaking.
//! - Voices load late in Chrome (`getVoices()` is empty at first): see [`on_voices_changed`].

use sportello_core::bank::{Content, Gender};
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAudioElement, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// Speaking rates offered in the settings, slowest first. A2 learners follow best a little
/// slower than the voices' natural speed (1.0); [`DEFAULT_RATE`] is the middle one.
pub const RATES: [f32; 3] = [0.8, 0.9, 1.0];

/// The rate used until the learner chooses another.
pub const DEFAULT_RATE: f32 = 0.9;

/// The language set on every utterance.
pub const LANG: &str = "it-IT";

/// Longest utterance, in characters, before a text is split at a sentence end (Chrome's network
/// voices stop after about 15 seconds of one utterance). A longer single sentence stays whole.
pub const MAX_CHUNK_CHARS: usize = 200;

/// Milliseconds between `cancel()` and the first `speak()` (Chrome drops a `speak()` made at once).
const CANCEL_SETTLE_MS: i32 = 50;

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

/// Why [`speak`] cannot play: the app then shows the text ("read, not heard").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeechError {
    /// This browser has no Web Speech API.
    Unsupported,
    /// The browser lists no Italian voice (yet: see [`on_voices_changed`]).
    NoItalianVoice,
}

impl fmt::Display for SpeechError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SpeechError::Unsupported => "this browser has no speech synthesis",
            SpeechError::NoItalianVoice => "this browser has no Italian voice",
        })
    }
}

impl std::error::Error for SpeechError {}

/// One utterance as [`speak`] queues it: what [`plan`] decides.
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

/// Decides the utterances for `lines` given the names of the Italian voices available (as
/// [`italian_voices`] lists them). Each distinct speaker keeps one voice; speakers get distinct
/// voices while there are enough, preferring a voice whose name suggests their gender (then one
/// of unknown gender, then a shared one, and a voice of the other gender last). A speaker on a
/// voice of unknown or other gender, or sharing it with a speaker of the same gender, gets a
/// higher (female) or lower (male) pitch, so two speakers never sound the same. Long lines are
/// split at sentence ends (see [`MAX_CHUNK_CHARS`]). With no voices, the plan is empty.
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

/// Splits a text into parts of at most [`MAX_CHUNK_CHARS`] characters at sentence ends (a single
/// longer sentence stays whole). A line break always ends a part, so lines of a notice or
/// timetable are not run together.
fn chunks(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    for line in text.lines() {
        let mut part = String::new();
        let mut sentence = String::new();
        for word in line.split_whitespace() {
            if !sentence.is_empty() {
                sentence.push(' ');
            }
            sentence.push_str(word);
            let bare = word.trim_end_matches(['"', '\'', '»', '”', ')']);
            if bare.ends_with(['.', '!', '?', '…']) {
                add_sentence(&mut parts, &mut part, std::mem::take(&mut sentence));
            }
        }
        if !sentence.is_empty() {
            add_sentence(&mut parts, &mut part, sentence);
        }
        if !part.is_empty() {
            parts.push(part);
        }
    }
    parts
}

/// Appends `sentence` to `part`, first moving `part` to `parts` if it would grow too long.
fn add_sentence(parts: &mut Vec<String>, part: &mut String, sentence: String) {
    if !part.is_empty() && part.chars().count() + 1 + sentence.chars().count() > MAX_CHUNK_CHARS {
        parts.push(std::mem::take(part));
    }
    if !part.is_empty() {
        part.push(' ');
    }
    part.push_str(&sentence);
}

/// The browser's speech synthesis, if it has the whole API (never panics when it is missing).
fn synth() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    let has = |name: &str| {
        js_sys::Reflect::get(&window, &JsValue::from_str(name))
            .is_ok_and(|value| !value.is_undefined() && !value.is_null())
    };
    if !has("SpeechSynthesisUtterance") {
        return None;
    }
    js_sys::Reflect::get(&window, &JsValue::from_str("speechSynthesis"))
        .ok()?
        .dyn_into::<SpeechSynthesis>()
        .ok()
}

/// Whether this browser has the Web Speech API's speech synthesis.
pub fn is_supported() -> bool {
    synth().is_some()
}

/// The Italian voices of this browser (language `it`, `it-IT`, `it-CH`…), in the browser's order.
/// Empty until the browser has loaded its voices: see [`on_voices_changed`].
pub fn italian_voices() -> Vec<SpeechSynthesisVoice> {
    synth().map(|s| italian_voices_of(&s)).unwrap_or_default()
}

fn italian_voices_of(synth: &SpeechSynthesis) -> Vec<SpeechSynthesisVoice> {
    synth
        .get_voices()
        .iter()
        .filter_map(|voice| voice.dyn_into::<SpeechSynthesisVoice>().ok())
        .filter(|voice| is_italian(&voice.lang()))
        .collect()
}

/// Whether a BCP 47 tag (or Android's `it_IT`) names Italian.
fn is_italian(lang: &str) -> bool {
    let lang = lang.to_ascii_lowercase();
    lang == "it" || lang.starts_with("it-") || lang.starts_with("it_")
}

/// Whether the browser lists at least one Italian voice now.
pub fn has_italian_voice() -> bool {
    !italian_voices().is_empty()
}

thread_local! {
    /// What [`on_voices_changed`] calls.
    static VOICES_CALLBACK: RefCell<Option<Rc<dyn Fn()>>> = const { RefCell::new(None) };
    /// The one `voiceschanged` listener, registered once and kept for the page's life.
    static VOICES_LISTENER: RefCell<Option<Closure<dyn Fn()>>> = const { RefCell::new(None) };
    /// The playback under way.
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
    /// Id of the latest playback.
    static LAST_ID: Cell<u64> = const { Cell::new(0) };
}

/// Calls `callback` whenever the browser's list of voices changes (the `voiceschanged` event;
/// Chrome loads voices after the page, Firefox and Safari may already have them). There is one
/// callback for the app: a later call replaces the earlier callback, and the browser listener is
/// registered only once. Also asks the browser to load its voices. Does nothing without the API.
pub fn on_voices_changed(callback: impl Fn() + 'static) {
    let Some(synth) = synth() else { return };
    VOICES_CALLBACK.with(|c| *c.borrow_mut() = Some(Rc::new(callback)));
    VOICES_LISTENER.with(|listener| {
        let mut listener = listener.borrow_mut();
        if listener.is_none() {
            let closure = Closure::<dyn Fn()>::new(|| {
                // Cloned out first, so the callback may replace itself.
                let callback = VOICES_CALLBACK.with(|c| c.borrow().clone());
                if let Some(callback) = callback {
                    callback();
                }
            });
            if synth
                .add_event_listener_with_callback("voiceschanged", closure.as_ref().unchecked_ref())
                .is_ok()
            {
                *listener = Some(closure);
            }
        }
    });
    // Chrome starts loading its voices on the first call.
    synth.get_voices();
}

/// A playback from [`speak`] or [`play_audio`] until its end.
struct Session {
    id: u64,
    on_end: Box<dyn FnOnce()>,
    /// Kept alive so that Chrome does not lose their `end` events.
    utterances: Vec<SpeechSynthesisUtterance>,
    /// The recording being played.
    audio: Option<HtmlAudioElement>,
    /// The `end`/`error` handler of the utterances or recording.
    _finish: Option<Closure<dyn Fn()>>,
}

/// Makes a new playback the current one, ending the previous one (cancelling speech, pausing a
/// recording, running its `on_end`). Returns the new playback's id.
fn start_session(on_end: Box<dyn FnOnce()>) -> u64 {
    let id = LAST_ID.with(|last| {
        last.set(last.get() + 1);
        last.get()
    });
    let previous = SESSION.with(|s| {
        s.borrow_mut().replace(Session {
            id,
            on_end,
            utterances: Vec::new(),
            audio: None,
            _finish: None,
        })
    });
    // Installed first, so that the previous `on_end` may itself stop or replace this playback.
    end(previous);
    id
}

/// Speaks `lines` in order at `rate` (see [`RATES`]) with Italian voices chosen by [`plan`],
/// after stopping anything being spoken (whose `on_end` then runs first). `on_end` runs exactly
/// once: when the last line has been spoken, when speaking fails, or when [`stop`] or another
/// `speak` interrupts it. On an error nothing is spoken and `on_end` is dropped uncalled.
pub fn speak(
    lines: Vec<Line>,
    rate: f32,
    on_end: impl FnOnce() + 'static,
) -> Result<(), SpeechError> {
    let synth = synth().ok_or(SpeechError::Unsupported)?;
    let voices = italian_voices_of(&synth);
    if voices.is_empty() {
        return Err(SpeechError::NoItalianVoice);
    }
    let names: Vec<String> = voices.iter().map(SpeechSynthesisVoice::name).collect();
    let utterances = plan(&lines, &names);
    let id = start_session(Box::new(on_end));
    let queue_later = Closure::once_into_js(move || queue(id, utterances, voices, rate));
    let timer = web_sys::window().and_then(|window| {
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                queue_later.unchecked_ref(),
                CANCEL_SETTLE_MS,
            )
            .ok()
    });
    if timer.is_none() {
        finish(id);
    }
    Ok(())
}

/// Queues the utterances of playback `id`, unless it was stopped meanwhile.
fn queue(id: u64, plan: Vec<Utterance>, voices: Vec<SpeechSynthesisVoice>, rate: f32) {
    if !SESSION.with(|s| s.borrow().as_ref().is_some_and(|s| s.id == id)) {
        return;
    }
    let Some(synth) = synth() else {
        finish(id);
        return;
    };
    let done = Closure::<dyn Fn()>::new(move || finish(id));
    let utterances: Vec<SpeechSynthesisUtterance> = plan
        .iter()
        .filter_map(|planned| {
            let utterance = SpeechSynthesisUtterance::new_with_text(&planned.text).ok()?;
            utterance.set_lang(LANG);
            utterance.set_voice(voices.get(planned.voice));
            utterance.set_rate(rate.clamp(0.1, 10.0));
            utterance.set_pitch(planned.pitch);
            utterance.set_onerror(Some(done.as_ref().unchecked_ref()));
            Some(utterance)
        })
        .collect();
    let Some(last) = utterances.last() else {
        finish(id);
        return;
    };
    last.set_onend(Some(done.as_ref().unchecked_ref()));
    synth.resume();
    for utterance in &utterances {
        synth.speak(utterance);
    }
    SESSION.with(|s| {
        if let Some(session) = s.borrow_mut().as_mut().filter(|s| s.id == id) {
            session.utterances = utterances;
            session._finish = Some(done);
        }
    });
}

/// Plays a recording shipped with a bank (`url` of an audio file) instead of speech synthesis,
/// after stopping anything playing (whose `on_end` then runs first). `on_end` runs exactly once:
/// when the recording ends, when it cannot be loaded or played, or when [`stop`] or another
/// playback interrupts it. Fails with [`SpeechError::Unsupported`] only when the browser cannot
/// create an audio element; then nothing plays and `on_end` is dropped uncalled.
pub fn play_audio(url: &str, on_end: impl FnOnce() + 'static) -> Result<(), SpeechError> {
    let audio = HtmlAudioElement::new_with_src(url).map_err(|_| SpeechError::Unsupported)?;
    let id = start_session(Box::new(on_end));
    let done = Closure::<dyn Fn()>::new(move || finish(id));
    audio.set_onended(Some(done.as_ref().unchecked_ref()));
    audio.set_onerror(Some(done.as_ref().unchecked_ref()));
    let started = audio.play();
    SESSION.with(|s| {
        if let Some(session) = s.borrow_mut().as_mut().filter(|s| s.id == id) {
            session.audio = Some(audio);
            session._finish = Some(done);
        }
    });
    match started {
        // Refused (no user gesture yet, unsupported format): the promise rejects.
        Ok(promise) => wasm_bindgen_futures::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_err() {
                finish(id);
            }
        }),
        Err(_) => finish(id),
    }
    Ok(())
}

/// Ends playback `id` if it is still the current one; a late event of an earlier playback (e.g.
/// its recording's `play()` rejected after `pause()`) must not cancel the current one.
fn finish(id: u64) {
    let session = SESSION.with(|s| {
        let mut s = s.borrow_mut();
        if s.as_ref().is_some_and(|s| s.id == id) {
            s.take()
        } else {
            None
        }
    });
    if session.is_some() {
        end(session);
    }
}

/// Cancels speech, pauses the ended session's recording and runs its `on_end`.
fn end(session: Option<Session>) {
    if let Some(synth) = synth() {
        synth.cancel();
    }
    if let Some(session) = session {
        let Session {
            on_end,
            utterances,
            audio,
            ..
        } = session;
        // Cancelled utterances fire `error` later: their handler is about to be dropped.
        for utterance in &utterances {
            utterance.set_onend(None);
            utterance.set_onerror(None);
        }
        if let Some(audio) = audio {
            audio.set_onended(None);
            audio.set_onerror(None);
            // Fails only for a document without a browsing context: nothing plays then.
            let _ = audio.pause();
        }
        on_end();
    }
}

/// Stops speaking or playing a recording; the playback's `on_end` runs now. Harmless when nothing
/// plays or the API is missing.
pub fn stop() {
    let session = SESSION.with(|s| s.borrow_mut().take());
    end(session);
}

/// Whether a playback started by [`speak`] or [`play_audio`] is under way (from the call until
/// its `on_end`).
pub fn is_speaking() -> bool {
    SESSION.with(|s| s.borrow().is_some())
}
