//! Sound for listening tasks: a speech plan (from `sportello_core::speech_plan`: lines of a
//! stimulus, a voice and pitch for each part) played in order with the browser's Web Speech API
//! (`speechSynthesis`), a bank's own recordings, and help read aloud in the learner's language
//! (voice chosen by `sportello_core::read_aloud`). One playback at a time.
//!
//! Plain functions over `web-sys`, no Leptos types. Without the API or an Italian voice, [`speak`]
//! fails at once with a [`SpeechError`] and the app shows the text instead.
//!
//! Browser quirks handled here:
//! - Chrome drops a `speak()` made right after `cancel()`: utterances are queued a moment later.
//! - Chrome can lose `end` events of utterances that were garbage-collected: they are kept alive
//!   until the playback ends.
//! - Chrome's network voices stop after about 15 seconds of one utterance: the plan splits long
//!   texts at sentence ends into utterances of at most [`MAX_CHUNK_CHARS`] characters.
//! - Chrome can leave the queue paused (e.g. after the tab was hidden): it is resumed before
//!   speaking.
//! - Voices load late in Chrome (`getVoices()` is empty at first): see [`on_voices_changed`].
//!
//! [`MAX_CHUNK_CHARS`]: sportello_core::speech_plan::MAX_CHUNK_CHARS

use sportello_core::read_aloud::{spoken_parts, voice_for, VoiceInfo};
use sportello_core::speech_plan::{is_italian, plan, watchdog_ms, Line, Utterance};
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAudioElement, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// The language set on every utterance.
pub const LANG: &str = "it-IT";

/// Milliseconds between `cancel()` and the first `speak()` (Chrome drops a `speak()` made at once).
const CANCEL_SETTLE_MS: i32 = 50;

/// Why [`speak`] cannot play: the app then shows the text ("read, not heard").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeechError {
    /// This browser has no Web Speech API.
    Unsupported,
    /// The browser lists no Italian voice (yet: see [`on_voices_changed`]).
    NoItalianVoice,
    /// The browser lists no voice for the language of the help (yet: see [`on_voices_changed`]).
    NoVoice,
}

impl fmt::Display for SpeechError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SpeechError::Unsupported => "this browser has no speech synthesis",
            SpeechError::NoItalianVoice => "this browser has no Italian voice",
            SpeechError::NoVoice => "this browser has no voice for this language",
        })
    }
}

impl std::error::Error for SpeechError {}

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
    voices_of(synth)
        .into_iter()
        .filter(|voice| is_italian(&voice.lang()))
        .collect()
}

fn voices_of(synth: &SpeechSynthesis) -> Vec<SpeechSynthesisVoice> {
    synth
        .get_voices()
        .iter()
        .filter_map(|voice| voice.dyn_into::<SpeechSynthesisVoice>().ok())
        .collect()
}

/// The voice that reads `locale` (an interface locale: `ar`, `zh`…), as core's [`voice_for`]
/// chooses it among the browser's voices.
fn voice_for_locale(synth: &SpeechSynthesis, locale: &str) -> Option<SpeechSynthesisVoice> {
    let voices = voices_of(synth);
    let infos: Vec<VoiceInfo> = voices
        .iter()
        .map(|voice| VoiceInfo {
            lang: voice.lang(),
            local: voice.local_service(),
        })
        .collect();
    voice_for(&infos, locale).and_then(|i| voices.into_iter().nth(i))
}

/// Whether the browser lists a voice for `locale` now (see [`on_voices_changed`]).
pub fn has_voice_for(locale: &str) -> bool {
    synth().is_some_and(|synth| voice_for_locale(&synth, locale).is_some())
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
    /// What [`on_playback_change`] calls.
    static PLAYBACK_CALLBACK: RefCell<Option<Rc<dyn Fn()>>> = const { RefCell::new(None) };
}

/// Calls `callback` whenever a playback starts or ends (then [`is_speaking`] tells which), so
/// that other buttons can wait for it. One callback for the app: a later call replaces it.
pub fn on_playback_change(callback: impl Fn() + 'static) {
    PLAYBACK_CALLBACK.with(|c| *c.borrow_mut() = Some(Rc::new(callback)));
}

/// Runs the [`on_playback_change`] callback.
fn playback_changed() {
    // Cloned out first, so the callback may replace itself.
    let callback = PLAYBACK_CALLBACK.with(|c| c.borrow().clone());
    if let Some(callback) = callback {
        callback();
    }
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
    playback_changed();
    id
}

/// Speaks `lines` in order at `rate` (see [`RATES`]) with Italian voices chosen by [`plan`],
/// after stopping anything being spoken (whose `on_end` then runs first). `on_end` runs exactly
/// once: when the last line has been spoken, when speaking fails, or when [`stop`] or another
/// `speak` interrupts it. On an error nothing is spoken and `on_end` is dropped uncalled.
///
/// [`RATES`]: sportello_core::speech_plan::RATES
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
    start_speaking(utterances, voices, LANG.to_string(), rate, Box::new(on_end));
    Ok(())
}

/// Reads `shown`, a translation in `locale` shown to the learner, aloud at `rate` with the voice
/// core's [`voice_for`] chooses, saying what core's [`spoken_parts`] keeps of it; like [`speak`],
/// after stopping anything playing. `on_end` runs as for [`speak`]. Fails with
/// [`SpeechError::NoVoice`] when no voice speaks `locale`.
pub fn read_aloud(
    shown: &str,
    locale: &str,
    rate: f32,
    on_end: impl FnOnce() + 'static,
) -> Result<(), SpeechError> {
    let synth = synth().ok_or(SpeechError::Unsupported)?;
    let voice = voice_for_locale(&synth, locale).ok_or(SpeechError::NoVoice)?;
    let lang = voice.lang().replace('_', "-");
    let utterances = spoken_parts(shown)
        .into_iter()
        .map(|text| Utterance {
            text,
            voice: 0,
            pitch: 1.0,
        })
        .collect();
    start_speaking(utterances, vec![voice], lang, rate, Box::new(on_end));
    Ok(())
}

/// Starts a playback of `utterances` (in language `lang`, with their `voices` and `rate`), queued
/// a moment after the previous playback is cancelled.
fn start_speaking(
    utterances: Vec<Utterance>,
    voices: Vec<SpeechSynthesisVoice>,
    lang: String,
    rate: f32,
    on_end: Box<dyn FnOnce()>,
) {
    let id = start_session(on_end);
    let queue_later = Closure::once_into_js(move || queue(id, utterances, voices, &lang, rate));
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
}

/// Queues the utterances of playback `id`, unless it was stopped meanwhile.
fn queue(id: u64, plan: Vec<Utterance>, voices: Vec<SpeechSynthesisVoice>, lang: &str, rate: f32) {
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
            utterance.set_lang(lang);
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
    // A voice that never fires `end` must not leave the playback (and its button) stuck.
    let texts: Vec<&str> = plan.iter().map(|u| u.text.as_str()).collect();
    let watchdog = Closure::once_into_js(move || finish(id));
    if let Some(window) = web_sys::window() {
        // If the timer cannot be set, the learner can still press Stop.
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                watchdog.unchecked_ref(),
                watchdog_ms(&texts, rate) as i32,
            )
            .ok();
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
        playback_changed();
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
    let stopped = session.is_some();
    end(session);
    if stopped {
        playback_changed();
    }
}

/// Whether a playback started by [`speak`], [`read_aloud`] or [`play_audio`] is under way (from the call until
/// its `on_end`).
pub fn is_speaking() -> bool {
    SESSION.with(|s| s.borrow().is_some())
}
