//! The timed exam, driven as a learner would: start, answer, leave sections, reload, hand in.

use sportello_e2e::pages::ExamPage;
use sportello_e2e::{fresh, right_answer, root, shipped_exam, Browser};

const SHARED: &str = "?seed=42&layout=vademecum";

/// A fresh profile in English on the exam's intro, ready to start.
async fn on_the_intro() -> Browser {
    let mut browser = fresh("en").await;
    browser.open("/exam").await;
    browser.wait_for("[data-testid=exam-start]").await;
    browser
}

#[tokio::test]
async fn answering_everything_right_scores_100_and_passes() {
    let exam = shipped_exam(42, "vademecum");
    let mut browser = fresh("it").await;
    ExamPage::start(&mut browser, SHARED).await;
    for (index, section) in exam.sections.iter().enumerate() {
        if index == 0 {
            browser
                .screenshot(&root().join("docs/screenshot-exam-listening.png"))
                .await;
        }
        for task in &section.tasks {
            for item in &task.items {
                ExamPage::answer(&browser, &task.id, &item.id, &right_answer(&item.question)).await;
            }
        }
        ExamPage::leave_section(&browser).await;
    }
    // Until the writing is graded, the total lacks its points and says so.
    assert_eq!(ExamPage::total(&browser).await, "65");
    assert!(!ExamPage::passed(&browser).await);
    browser
        .click("[data-testid=writing-grade] input[value=Complete]")
        .await;
    browser
        .wait_for_text("[data-testid=result-total]", "100")
        .await;
    assert!(ExamPage::passed(&browser).await);
    browser
        .screenshot(&root().join("docs/screenshot-exam-results.png"))
        .await;
    browser.close_without_errors().await;
}

#[tokio::test]
async fn an_empty_run_scores_0_and_fails() {
    let mut browser = on_the_intro().await;
    browser
        .screenshot(&root().join("docs/screenshot-exam-intro.png"))
        .await;
    ExamPage::start(&mut browser, "").await;
    for _ in 0..3 {
        ExamPage::leave_section(&browser).await;
    }
    assert_eq!(ExamPage::total(&browser).await, "0");
    assert!(!ExamPage::passed(&browser).await);
    let sections = browser
        .client
        .find_all(fantoccini::Locator::Css("[data-testid=result-section]"))
        .await
        .unwrap();
    assert_eq!(sections.len(), 3);
    browser.close().await;
}

#[tokio::test]
async fn a_reload_mid_section_keeps_answers_and_the_remaining_time() {
    let exam = shipped_exam(42, "vademecum");
    let task = &exam.sections[0].tasks[0];
    let item = &task.items[0];
    let mut browser = fresh("it").await;
    ExamPage::start(&mut browser, SHARED).await;
    ExamPage::answer(&browser, &task.id, &item.id, &right_answer(&item.question)).await;
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    let before = ExamPage::seconds_left(&browser).await;
    assert!(before < 25 * 60, "the clock runs: {before}");
    browser.reload().await;
    browser.wait_for("[data-testid=timer]").await;
    let after = ExamPage::seconds_left(&browser).await;
    assert!(
        after <= before && before - after <= 3,
        "before {before}s, after {after}s"
    );
    let checked = browser
        .js(&format!(
            "return [...document.querySelectorAll('[data-item-id=\"{}/{}\"] input')].some(i => i.checked)",
            task.id, item.id
        ))
        .await;
    assert_eq!(
        checked,
        serde_json::Value::Bool(true),
        "the answer survived the reload"
    );
    browser.close().await;
}

#[tokio::test]
async fn the_same_seed_gives_the_same_exam_in_two_fresh_profiles() {
    let mut first = fresh("it").await;
    ExamPage::start(&mut first, "?seed=7&layout=vademecum").await;
    let mut second = fresh("it").await;
    ExamPage::start(&mut second, "?seed=7&layout=vademecum").await;
    let ids = ExamPage::item_ids(&first).await;
    assert_eq!(ids.len(), 10);
    assert_eq!(ids, ExamPage::item_ids(&second).await);
    assert_eq!(
        ExamPage::item_texts(&first).await,
        ExamPage::item_texts(&second).await,
        "same options in the same order"
    );
    let mut other = fresh("it").await;
    ExamPage::start(&mut other, "?seed=8&layout=vademecum").await;
    assert_ne!(
        ids,
        ExamPage::item_ids(&other).await,
        "another seed, another exam"
    );
    for b in [first, second, other] {
        b.close().await;
    }
}

#[tokio::test]
async fn without_an_italian_voice_the_text_is_shown_and_the_result_says_read() {
    let exam = shipped_exam(42, "vademecum");
    let mut browser = fresh("it").await;
    ExamPage::start(&mut browser, SHARED).await;
    let plays_before = browser.text(".recording .plays-left").await;
    // The plays left are read with the button and announced politely when they change.
    let described = browser
        .js("const b = document.querySelector('[data-testid=play]'); \
             const d = document.getElementById(b.getAttribute('aria-describedby')); \
             return d ? d.getAttribute('aria-live') + '|' + d.textContent.trim() : ''")
        .await;
    assert_eq!(
        described.as_str(),
        Some(format!("polite|{plays_before}").as_str())
    );
    browser.click("[data-testid=play]").await;
    let notice = browser.wait_for(".recording .notice").await;
    assert!(notice.text().await.unwrap().contains("voce italiana"));
    // A press that could make no sound spends no play.
    assert_eq!(browser.text(".recording .plays-left").await, plays_before);
    let first = &exam.sections[0].tasks[0];
    let content = if first.recording.is_some() {
        &first.stimulus.content
    } else {
        &first.items[0]
            .stimulus
            .as_ref()
            .expect("a recording")
            .content
    };
    let first_turn = match content {
        sportello_core::bank::Content::Dialogue { turns } => turns[0].text.clone(),
        sportello_core::bank::Content::Announcement { body, .. } => {
            body.lines().next().unwrap().to_string()
        }
        other => panic!("not spoken: {other:?}"),
    };
    let shown = browser.text(".recording").await;
    assert!(
        shown.contains(first_turn.trim()),
        "{shown:?} lacks {first_turn:?}"
    );
    for _ in 0..3 {
        ExamPage::leave_section(&browser).await;
    }
    let listening = browser
        .text("[data-testid=result-section][data-section=listening]")
        .await;
    assert!(listening.contains("letto, non ascoltato"), "{listening}");
    browser.close().await;
}

#[tokio::test]
async fn the_voice_check_without_a_voice_explains_how_to_get_one() {
    // Headless Chromium has no voices: the check says so before the timer starts.
    let browser = on_the_intro().await;
    browser.wait_for("[data-testid=voice-check]").await;
    browser.click("[data-testid=voice-check-play]").await;
    let help = browser.wait_for("[data-testid=voice-check-none]").await;
    let help = help.text().await.unwrap();
    assert!(help.contains("Android"), "{help}");
    assert!(help.contains("shown as text"), "{help}");
    // The exam can still start.
    browser.wait_for("[data-testid=exam-start]").await;
    browser.close_without_errors().await;
}

#[tokio::test]
async fn a_section_times_out_and_the_next_opens_then_the_exam_hands_itself_in() {
    use sportello_e2e::pages::TeacherPage;
    let mut browser = fresh("it").await;
    // A teacher imports a layout whose sections last 3 seconds: the real time-out path.
    TeacherPage::open_and_import(&mut browser, "layouts/short.ron").await;
    browser.wait_for("[data-testid=teacher-imported]").await;
    ExamPage::start(&mut browser, "?layout=short").await;
    assert!(browser.text(".exam-bar h1").await.starts_with("Ascolto"));
    browser.wait_for_text_start(".exam-bar h1", "Lettura").await;
    browser
        .wait_for_text_start(".exam-bar h1", "Scrittura")
        .await;
    assert_eq!(ExamPage::total(&browser).await, "0");
    assert!(!ExamPage::passed(&browser).await);
    browser.close().await;
}
