//! Help read aloud in the learner's language (issue #13 §3): without a voice for the language a
//! short note replaces the button; with one (voices faked before the page loads, as headless
//! Chromium has none) the button reads the shown translation at the chosen rate, never spends a
//! play of the recording and waits while the recording plays.

use serde_json::Value;
use sportello_e2e::pages::{ExamPage, LanguageGate, PracticePage};
use sportello_e2e::{fresh, messages, Browser};
use std::time::{Duration, Instant};

/// A device with an Arabic and an Italian voice: `speechSynthesis` lists them and records what
/// is spoken in `window.spoken` (text, lang, rate, voice's lang) without sound; an utterance
/// "ends" only when the test calls `window.endSpeech()`.
const FAKE_VOICES: &str = r#"
(() => {
  const voice = (lang, name) => Object.create(SpeechSynthesisVoice.prototype, {
    lang: { value: lang }, name: { value: name }, localService: { value: true },
    default: { value: false }, voiceURI: { value: name },
  });
  const voices = [voice('it-IT', 'Alice'), voice('ar-SA', 'Maged')];
  const synth = SpeechSynthesis.prototype;
  window.spoken = [];
  let queued = [];
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
    get() { return this.fakeVoice ?? null; }, set(v) { this.fakeVoice = v; }, configurable: true,
  });
  synth.getVoices = () => voices;
  synth.speak = function (u) {
    window.spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice && u.voice.lang });
    queued.push(u);
  };
  synth.cancel = function () { queued = []; };
  synth.resume = function () {};
  window.endSpeech = () => { const q = queued; queued = []; q.forEach(u => u.onend && u.onend()); };
})();
"#;

/// A fresh browser with the fake voices, that has chosen `locale`.
async fn with_voices(locale: &str) -> Browser {
    let mut browser = Browser::start().await;
    browser.before_each_load(FAKE_VOICES).await;
    browser.open("/").await;
    LanguageGate::choose(&browser, locale).await;
    browser
}

/// What the fake voices were asked to say so far.
async fn spoken(browser: &Browser) -> Vec<Value> {
    let value = browser.js("return window.spoken").await;
    value.as_array().cloned().unwrap_or_default()
}

/// Waits until the fake voices were asked to say `count` utterances in all, and returns them.
async fn wait_spoken(browser: &Browser, count: usize) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let said = spoken(browser).await;
        if said.len() >= count {
            return said;
        }
        assert!(Instant::now() < deadline, "only {said:?} was spoken");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The `disabled` and `aria-pressed` states of every help button, in order.
async fn help_buttons(browser: &Browser) -> Vec<(bool, String)> {
    let value = browser
        .js(
            "return [...document.querySelectorAll('[data-testid=read-aloud]')]\
             .map(b => [b.disabled, b.getAttribute('aria-pressed')])",
        )
        .await;
    serde_json::from_value(value).expect("a list of states")
}

/// Asserts that the help shows the no-voice note, naming `language`, and no button.
async fn shows_no_voice_note(browser: &Browser, language: &str) {
    let note = browser.wait_for("[data-testid=read-aloud-none]").await;
    let note = note.text().await.unwrap();
    assert!(note.contains(language), "{note}");
    let hint = &messages("ar")["help-no-voice-hint"];
    assert!(note.contains(hint.as_str()), "{note}");
    assert!(browser
        .attrs("[data-testid=read-aloud]", "class")
        .await
        .is_empty());
}

#[tokio::test]
async fn without_an_arabic_voice_the_exam_and_practice_show_a_note_instead_of_the_button() {
    let mut browser = fresh("ar").await;
    browser.open("/exam").await;
    browser.wait_for(".instructions-tr").await;
    shows_no_voice_note(&browser, "العربية").await;
    ExamPage::start(&mut browser, "?seed=42&layout=vademecum").await;
    browser.wait_for(".instructions-tr").await;
    shows_no_voice_note(&browser, "العربية").await;
    PracticePage::open(&mut browser).await;
    PracticePage::start(&browser).await;
    browser.wait_for(".instructions-tr").await;
    shows_no_voice_note(&browser, "العربية").await;
    browser.close_without_errors().await;
}

#[tokio::test]
async fn help_is_read_in_arabic_at_the_chosen_rate_and_never_spends_or_interrupts_a_play() {
    let mut browser = with_voices("ar").await;
    // The slowest rate, chosen in the settings.
    browser.open("/settings").await;
    browser.click("input[name=speech-rate][value='0.8']").await;
    ExamPage::start(&mut browser, "?seed=42&layout=vademecum").await;
    let button = "[data-testid=read-aloud]";
    browser.wait_for(button).await;
    assert!(browser
        .attrs("[data-testid=read-aloud-none]", "class")
        .await
        .is_empty());
    let plays = browser.text(".plays-left").await;
    assert!(!plays.is_empty());

    browser.click(button).await;
    let said = wait_spoken(&browser, 1).await;
    let shown = browser.text(".instructions-tr").await;
    assert_eq!(said[0]["lang"], "ar-SA");
    assert_eq!(said[0]["voice"], "ar-SA");
    assert!((said[0]["rate"].as_f64().unwrap() - 0.8).abs() < 1e-6);
    let text = said[0]["text"].as_str().unwrap();
    assert!(
        !text.is_empty() && shown.contains(text),
        "{text:?} not in {shown:?}"
    );
    assert_eq!(help_buttons(&browser).await[0], (false, "true".into()));
    assert_eq!(
        browser.text(".plays-left").await,
        plays,
        "help spent a play"
    );

    // The recording's Listen button stops the help and plays: only that spends a play.
    browser.click("[data-testid=play]").await;
    let said = wait_spoken(&browser, 2).await;
    assert_eq!(said.last().unwrap()["lang"], "it-IT");
    assert_ne!(browser.text(".plays-left").await, plays);
    let after_one_play = browser.text(".plays-left").await;
    // While the recording plays, help waits: every help button is off and disabled.
    let states = help_buttons(&browser).await;
    assert!(
        states.iter().all(|s| *s == (true, "false".into())),
        "{states:?}"
    );
    browser.js("window.endSpeech()").await;
    browser
        .client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(fantoccini::Locator::Css(
            "[data-testid=read-aloud]:not([disabled])",
        ))
        .await
        .expect("help is available again once the recording ends");
    assert_eq!(browser.text(".plays-left").await, after_one_play);
    browser.close_without_errors().await;
}
