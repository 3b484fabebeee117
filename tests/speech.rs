//! The speech module in headless Chromium: Italian voices listed and playback against a scripted
//! `speechSynthesis` (headless Chromium usually has no voices). Speech plans are tested natively in
//! `sportello_core::speech_plan`.

use sportello::speech::{self, SpeechError};
use sportello_core::speech_plan::{watchdog_ms, Line};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
let saved = null;
let log = null;

export function restore_real() {
  if (saved === null) return;
  for (const [key, descriptor] of Object.entries(saved)) {
    if (descriptor === undefined) delete window[key];
    else Object.defineProperty(window, key, descriptor);
  }
  saved = null;
}

function replace(key, value) {
  if (!(key in saved)) saved[key] = Object.getOwnPropertyDescriptor(window, key);
  Object.defineProperty(window, key, { value, configurable: true, writable: true });
}

// A scripted speechSynthesis: `speak` queues, the test ends utterances one by one.
export function install_fake(names, langs) {
  restore_real();
  saved = {};
  log = { queue: [], spoken: [], cancels: 0, resumes: 0 };
  const voices = names.map((name, i) => {
    const voice = Object.create(SpeechSynthesisVoice.prototype);
    Object.defineProperty(voice, 'name', { value: name });
    Object.defineProperty(voice, 'lang', { value: langs[i] });
    return voice;
  });
  const synth = Object.create(SpeechSynthesis.prototype);
  Object.defineProperties(synth, {
    getVoices: { value: () => voices.slice() },
    speak: { value: (u) => { log.queue.push(u); log.spoken.push(u); } },
    cancel: { value: () => {
      log.cancels += 1;
      const cancelled = log.queue.splice(0);
      // As in browsers, cancelled utterances report an error afterwards.
      setTimeout(() => cancelled.forEach((u) => u.onerror && u.onerror({ error: 'canceled' })), 0);
    } },
    resume: { value: () => { log.resumes += 1; } },
  });
  class FakeUtterance {
    constructor(text) {
      Object.assign(this, { text, voice: null, lang: '', rate: 1, pitch: 1 });
      Object.assign(this, { onend: null, onerror: null });
    }
  }
  replace('speechSynthesis', synth);
  replace('SpeechSynthesisUtterance', FakeUtterance);
}

export function install_missing_api() {
  restore_real();
  saved = {};
  replace('speechSynthesis', undefined);
  replace('SpeechSynthesisUtterance', undefined);
}

export function spoken_len() { return log.spoken.length; }
export function queued_len() { return log.queue.length; }
export function cancels() { return log.cancels; }
export function resumes() { return log.resumes; }
export function spoken_text(i) { return log.spoken[i].text; }
export function spoken_voice(i) { return log.spoken[i].voice ? log.spoken[i].voice.name : ''; }
export function spoken_lang(i) { return log.spoken[i].lang; }
export function spoken_rate(i) { return log.spoken[i].rate; }
export function spoken_pitch(i) { return log.spoken[i].pitch; }

// The engine finishes the first queued utterance.
export function end_next() {
  const u = log.queue.shift();
  if (u.onend) u.onend({});
}

// The engine fails on the first queued utterance.
export function fail_next() {
  const u = log.queue.shift();
  if (u.onerror) u.onerror({ error: 'synthesis-failed' });
}

export function dispatch_voices_changed() {
  window.speechSynthesis.dispatchEvent(new Event('voiceschanged'));
}

export function sleep(ms) { return new Promise((resolve) => setTimeout(resolve, ms)); }
"#)]
extern "C" {
    fn restore_real();
    fn install_fake(names: Vec<String>, langs: Vec<String>);
    fn install_missing_api();
    fn spoken_len() -> u32;
    fn queued_len() -> u32;
    fn cancels() -> u32;
    fn resumes() -> u32;
    fn spoken_text(i: u32) -> String;
    fn spoken_voice(i: u32) -> String;
    fn spoken_lang(i: u32) -> String;
    fn spoken_rate(i: u32) -> f64;
    fn spoken_pitch(i: u32) -> f64;
    fn end_next();
    fn fail_next();
    fn dispatch_voices_changed();
    fn sleep(ms: u32) -> js_sys::Promise;
}

async fn wait(ms: u32) {
    JsFuture::from(sleep(ms)).await.unwrap();
}

/// Longer than the module's wait between `cancel()` and `speak()`.
const QUEUED: u32 = 150;

/// Installs the scripted synthesis with `(name, lang)` voices, with nothing playing.
fn fake(voices: &[(&str, &str)]) {
    install_fake(
        voices.iter().map(|v| v.0.to_owned()).collect(),
        voices.iter().map(|v| v.1.to_owned()).collect(),
    );
    speech::stop();
}

/// A counter of `on_end` calls and the callback that counts.
fn counter() -> (Rc<Cell<u32>>, impl FnOnce() + 'static) {
    let count = Rc::new(Cell::new(0));
    let c = count.clone();
    (count, move || c.set(c.get() + 1))
}

/// A pharmacy dialogue of two lines, a woman's and a man's.
fn dialogue() -> Vec<Line> {
    vec![
        Line::new(Some("Farmacista"), true, "Buongiorno, mi dica."),
        Line::new(Some("Omar"), false, "Vorrei uno sciroppo per la tosse."),
    ]
}

/// Speaks `lines` at `rate` with one Italian voice, Alice; the count of `on_end` calls.
fn speak_with_alice(lines: Vec<Line>, rate: f32) -> Rc<Cell<u32>> {
    fake(&[("Alice", "it-IT")]);
    let (ends, on_end) = counter();
    speech::speak(lines, rate, on_end).unwrap();
    ends
}

/// Starts a recording that cannot play, after stopping whatever played; the count of `on_end`
/// calls.
fn play_broken_recording() -> Rc<Cell<u32>> {
    restore_real();
    speech::stop();
    let (ends, on_end) = counter();
    speech::play_audio("data:audio/wav;base64,AAAA", on_end).unwrap();
    ends
}

/// Whether two rates or pitches are equal, as far as `f32` speech parameters go.
fn same(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-3
}

#[wasm_bindgen_test]
fn chromium_supports_speech_synthesis() {
    restore_real();
    assert!(speech::is_supported());
}

#[wasm_bindgen_test]
fn stop_never_panics() {
    restore_real();
    speech::stop();
    speech::stop();
    assert!(!speech::is_speaking());
}

#[wasm_bindgen_test]
fn only_italian_voices_are_listed() {
    fake(&[
        ("Alice", "it-IT"),
        ("Samantha", "en-US"),
        ("it-it-x-itb-local", "it_IT"),
        ("Swiss", "it-CH"),
    ]);
    let names: Vec<String> = speech::italian_voices().iter().map(|v| v.name()).collect();
    assert_eq!(names, ["Alice", "it-it-x-itb-local", "Swiss"]);
    assert!(speech::has_italian_voice());
    restore_real();
}

#[wasm_bindgen_test]
async fn without_an_italian_voice_speak_refuses_and_never_calls_on_end() {
    fake(&[("Samantha", "en-US")]);
    assert!(!speech::has_italian_voice());
    let (ends, on_end) = counter();
    assert_eq!(
        speech::speak(dialogue(), 0.9, on_end),
        Err(SpeechError::NoItalianVoice)
    );
    // The callback was dropped: nothing can call it any more.
    assert_eq!(Rc::strong_count(&ends), 1);
    assert!(!speech::is_speaking());
    wait(QUEUED).await;
    assert_eq!((ends.get(), spoken_len()), (0, 0));
    restore_real();
}

#[wasm_bindgen_test]
fn without_the_api_nothing_panics_and_speak_is_unsupported() {
    install_missing_api();
    assert!(!speech::is_supported());
    assert!(speech::italian_voices().is_empty());
    assert!(!speech::has_italian_voice());
    speech::on_voices_changed(|| {});
    speech::stop();
    let (ends, on_end) = counter();
    assert_eq!(
        speech::speak(dialogue(), 0.9, on_end),
        Err(SpeechError::Unsupported)
    );
    assert_eq!((ends.get(), Rc::strong_count(&ends)), (0, 1));
    restore_real();
}

#[wasm_bindgen_test]
async fn speak_queues_after_cancel_with_chosen_voices_and_ends_once() {
    fake(&[("Luca", "it-IT"), ("Alice", "it-IT")]);
    let cancels_before = cancels();
    let (ends, on_end) = counter();
    speech::speak(dialogue(), 0.8, on_end).unwrap();
    assert!(speech::is_speaking());
    assert!(cancels() > cancels_before, "cancels what was speaking");
    assert_eq!(spoken_len(), 0, "nothing spoken right after cancel()");
    wait(QUEUED).await;
    assert_eq!(spoken_len(), 2);
    assert!(resumes() > 0);
    assert_eq!(spoken_text(0), "Buongiorno, mi dica.");
    assert_eq!(spoken_text(1), "Vorrei uno sciroppo per la tosse.");
    assert_eq!(
        (spoken_voice(0), spoken_voice(1)),
        ("Alice".into(), "Luca".into())
    );
    assert_eq!(
        (spoken_lang(0), spoken_lang(1)),
        ("it-IT".into(), "it-IT".into())
    );
    assert!(same(spoken_rate(0), 0.8) && same(spoken_rate(1), 0.8));
    assert!(same(spoken_pitch(0), 1.0) && same(spoken_pitch(1), 1.0));
    end_next();
    assert_eq!(ends.get(), 0, "not after the first line");
    assert!(speech::is_speaking());
    end_next();
    assert_eq!(ends.get(), 1);
    assert!(!speech::is_speaking());
    wait(QUEUED).await;
    assert_eq!(ends.get(), 1);
    restore_real();
}

#[wasm_bindgen_test]
async fn stop_ends_the_playback_once_despite_late_cancel_errors() {
    let ends = speak_with_alice(dialogue(), 0.9);
    wait(QUEUED).await;
    assert_eq!(queued_len(), 2);
    speech::stop();
    assert_eq!(ends.get(), 1);
    assert_eq!(queued_len(), 0, "the queue was cancelled");
    assert!(!speech::is_speaking());
    wait(QUEUED).await;
    assert_eq!(ends.get(), 1);
    speech::stop();
    assert_eq!(ends.get(), 1);
    restore_real();
}

#[wasm_bindgen_test]
async fn stop_before_queueing_speaks_nothing() {
    let ends = speak_with_alice(dialogue(), 0.9);
    speech::stop();
    assert_eq!(ends.get(), 1);
    wait(QUEUED).await;
    assert_eq!((spoken_len(), ends.get()), (0, 1));
    restore_real();
}

#[wasm_bindgen_test]
async fn a_new_playback_ends_the_previous_one_first() {
    let first = speak_with_alice(dialogue(), 0.9);
    wait(QUEUED).await;
    let (second, on_second_end) = counter();
    speech::speak(
        vec![Line::new(None, true, "Attenzione.")],
        0.9,
        on_second_end,
    )
    .unwrap();
    assert_eq!((first.get(), second.get()), (1, 0));
    wait(QUEUED).await;
    // The first playback's cancelled utterances reported errors meanwhile.
    assert_eq!((first.get(), second.get()), (1, 0));
    assert!(speech::is_speaking());
    assert_eq!(queued_len(), 1);
    assert_eq!(spoken_text(spoken_len() - 1), "Attenzione.");
    end_next();
    assert_eq!((first.get(), second.get()), (1, 1));
    restore_real();
}

#[wasm_bindgen_test]
async fn an_error_mid_playback_ends_it_and_cancels_the_rest() {
    let ends = speak_with_alice(dialogue(), 0.9);
    wait(QUEUED).await;
    let cancels_before = cancels();
    fail_next();
    assert_eq!(ends.get(), 1);
    assert!(!speech::is_speaking());
    assert!(cancels() > cancels_before);
    assert_eq!(queued_len(), 0);
    restore_real();
}

#[wasm_bindgen_test]
async fn a_voice_that_never_says_it_has_finished_is_ended_by_the_watchdog() {
    let ends = speak_with_alice(vec![Line::new(None, true, "Ciao.")], 1.0);
    wait(QUEUED).await;
    assert_eq!(spoken_len(), 1);
    // The fake voice never fires `end`; before the watchdog's time the playback goes on.
    let limit = watchdog_ms(&["Ciao."], 1.0);
    wait(limit - 1_000).await;
    assert_eq!(ends.get(), 0);
    assert!(speech::is_speaking());
    wait(1_500).await;
    assert_eq!(ends.get(), 1);
    assert!(!speech::is_speaking());
    restore_real();
}

#[wasm_bindgen_test]
async fn an_empty_playback_ends_at_once() {
    let ends = speak_with_alice(Vec::new(), 0.9);
    wait(QUEUED).await;
    assert_eq!((ends.get(), spoken_len()), (1, 0));
    assert!(!speech::is_speaking());
    restore_real();
}

#[wasm_bindgen_test]
fn the_latest_voices_callback_replaces_the_earlier_one() {
    restore_real();
    let first = Rc::new(Cell::new(0));
    let f = first.clone();
    speech::on_voices_changed(move || f.set(f.get() + 1));
    let second = Rc::new(Cell::new(0));
    let s = second.clone();
    let first_before = first.get();
    speech::on_voices_changed(move || s.set(s.get() + 1));
    dispatch_voices_changed();
    assert_eq!(first.get(), first_before);
    assert!(second.get() >= 1);
    // A callback may replace itself while it runs.
    speech::on_voices_changed(|| speech::on_voices_changed(|| {}));
    dispatch_voices_changed();
    dispatch_voices_changed();
}

#[wasm_bindgen_test]
async fn a_recording_that_cannot_play_ends_once() {
    let ends = play_broken_recording();
    assert!(speech::is_speaking());
    wait(500).await;
    assert_eq!(ends.get(), 1);
    assert!(!speech::is_speaking());
}

#[wasm_bindgen_test]
async fn stopping_a_recording_ends_it_once() {
    let ends = play_broken_recording();
    speech::stop();
    assert_eq!(ends.get(), 1);
    wait(500).await;
    assert_eq!(ends.get(), 1);
}
