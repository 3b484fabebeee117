//! The Italian voice check opened from `/settings` (issue #13 §4), the same as on the exam
//! intro: without a voice (headless Chromium has none) it explains, in the learner's language,
//! how to get one.

use sportello_e2e::{fresh, messages};

#[tokio::test]
async fn the_settings_open_the_voice_check_which_explains_how_to_get_a_voice() {
    let mut browser = fresh("uk").await;
    browser.open("/settings").await;
    browser.click("[data-testid=voice-check-link]").await;
    browser.wait_for("[data-testid=voice-check]").await;
    assert!(browser.client.current_url().await.unwrap().path() == "/settings/voice");
    browser.assert_accessible("/settings/voice in uk").await;
    browser.click("[data-testid=voice-check-play]").await;
    let help = browser.wait_for("[data-testid=voice-check-none]").await;
    let help = help.text().await.unwrap();
    let uk = messages("uk");
    for key in [
        "voice-check-none",
        "voice-check-android",
        "voice-check-continue",
    ] {
        assert!(help.contains(uk[key].as_str()), "{key} missing from {help}");
    }
    browser
        .assert_accessible("/settings/voice without a voice, in uk")
        .await;
    browser.click("[data-testid=back-to-settings]").await;
    browser.wait_for("input[name=speech-rate]").await;
    browser.close_without_errors().await;
}
