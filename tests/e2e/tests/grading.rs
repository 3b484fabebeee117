//! Grading one's own writing with guidance, and the end of time said plainly: a learner who
//! hands in an off-topic, too-short message cannot grade it complete, and the verdict stays
//! provisional until the writing is graded; sections whose time runs out say so, in the exam
//! and on return.

use sportello_core::answer::Answer;
use sportello_core::exam::ExamQuestion;
use sportello_e2e::pages::{ExamPage, ProgressPage, TeacherPage};
use sportello_e2e::{fresh, shipped_exam, wait_for_value, Browser};
use std::time::Duration;

/// A shared exam of the standard layout whose writing task is one message: (seed, task, item).
fn exam_with_a_message() -> (u64, String, String) {
    (1..500)
        .find_map(|seed| {
            let exam = shipped_exam(seed, "vademecum");
            let task = exam.sections.last()?.tasks.first()?.clone();
            match task.items.as_slice() {
                [item] if matches!(item.question, ExamQuestion::Message { .. }) => {
                    Some((seed, task.id.clone(), item.id.clone()))
                }
                _ => None,
            }
        })
        .expect("a seed whose writing task is a message")
}

async fn verdict(browser: &Browser) -> (String, String) {
    let css = "[data-testid=result-verdict]";
    (
        browser.attr(css, "data-final").await.unwrap_or_default(),
        browser.text(css).await,
    )
}

#[tokio::test]
async fn an_off_topic_too_short_message_cannot_be_graded_complete_and_the_verdict_waits() {
    let (seed, task, item) = exam_with_a_message();
    let mut browser = fresh("en").await;
    ExamPage::start(&mut browser, &format!("?seed={seed}&layout=vademecum")).await;
    ExamPage::leave_section(&browser).await;
    ExamPage::leave_section(&browser).await;
    ExamPage::answer(
        &browser,
        &task,
        &item,
        &Answer::Message("Ciao, oggi lavoro.".into()),
    )
    .await;
    ExamPage::leave_section(&browser).await;

    // Before grading: provisional, never "not passed"; the grading comes before the review.
    assert_eq!(ExamPage::total(&browser).await, "0");
    let (final_, text) = verdict(&browser).await;
    assert_eq!(final_, "false");
    assert!(text.contains("Provisional"), "{text}");
    // The review is drawn once the lessons it links are there.
    browser.wait_for("[data-testid=review-filter]").await;
    let order = browser
        .js("const g = document.querySelector('[data-testid=writing-review]');
             const r = document.querySelector('[data-testid=review-filter]');
             return !!g && !!r && !!(g.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING);")
        .await;
    assert_eq!(order, serde_json::json!(true), "the writing comes first");

    // The app's own checks: three words are too few, and the key words are missing.
    let checks = browser
        .attrs("[data-testid=writing-checks] li", "data-passed")
        .await;
    assert_eq!(checks, ["false", "false"], "word count and key words");
    browser
        .wait_for_text_containing("[data-testid=writing-checks] li", "3 words: fewer than")
        .await;

    // "Complete" cannot be chosen, and the page says why; ticking every point changes nothing.
    let complete = "[data-testid=writing-grade] input[value=Complete]";
    assert_eq!(
        browser.attr(complete, "disabled").await.as_deref(),
        Some("true")
    );
    browser
        .wait_for("[data-testid=writing-complete-refused]")
        .await;
    for point in browser.attrs("[data-testid=writing-point]", "id").await {
        browser.click(&format!("[id='{point}']")).await;
    }
    assert_eq!(
        browser
            .attr("[data-testid=writing-proposed]", "data-grade")
            .await
            .as_deref(),
        Some("Insufficient")
    );
    browser
        .js("document.querySelector('[data-testid=writing-grade] input[value=Complete]').click()")
        .await;
    assert_eq!(
        ExamPage::total(&browser).await,
        "0",
        "a click on Complete does nothing"
    );

    // The model and the two samples help the learner judge.
    for testid in [
        "writing-model",
        "writing-sample-sufficient",
        "writing-sample-insufficient",
    ] {
        assert!(!browser
            .text(&format!("[data-testid={testid}]"))
            .await
            .is_empty());
    }

    // Graded "sufficient": the verdict is final.
    browser
        .click("[data-testid=writing-grade] input[value=Sufficient]")
        .await;
    browser
        .wait_for_text("[data-testid=result-total]", "28")
        .await;
    let (final_, text) = verdict(&browser).await;
    assert_eq!(final_, "true");
    assert!(text.contains("Not passed"), "{text}");
    browser.close_without_errors().await;
}

#[tokio::test]
async fn time_running_out_is_said_in_the_next_section_and_the_last_minute_is_warned() {
    let mut browser = fresh("en").await;
    // Listening lasts 3 seconds, reading and writing a minute each.
    TeacherPage::open_and_import(&mut browser, "layouts/one-minute.ron").await;
    browser.wait_for("[data-testid=teacher-imported]").await;
    ExamPage::start(&mut browser, "?layout=one-minute").await;
    assert!(browser.text("[data-testid=time-up]").await.is_empty());
    browser.wait_for_text_start(".exam-bar h1", "Reading").await;
    browser
        .wait_for_text_containing(
            "[data-testid=time-up]",
            "Time is up for Listening: your answers were saved. Now: Reading.",
        )
        .await;
    // The heading that takes the focus is described by the notice, for screen readers.
    assert_eq!(
        browser
            .attr(".exam-bar h1", "aria-describedby")
            .await
            .as_deref(),
        Some("time-up")
    );
    // A minute-long section is in its last minute from the start: warned in words, politely,
    // and the timer restyled.
    browser
        .wait_for_text("[data-testid=timer-warning]", "1 minute left in this part.")
        .await;
    assert_eq!(
        browser
            .attr("[data-testid=timer-warning]", "aria-live")
            .await
            .as_deref(),
        Some("polite")
    );
    assert!(browser
        .attr("[data-testid=timer]", "class")
        .await
        .unwrap_or_default()
        .contains("last-minute"));
    // Leaving a section early is no time-up.
    ExamPage::leave_section(&browser).await;
    browser.wait_for_text_start(".exam-bar h1", "Writing").await;
    assert!(browser.text("[data-testid=time-up]").await.is_empty());
    browser.close_without_errors().await;
}

#[tokio::test]
async fn an_exam_found_expired_on_return_says_so_and_can_be_kept_out_of_readiness() {
    let mut browser = fresh("en").await;
    TeacherPage::open_and_import(&mut browser, "layouts/short.ron").await;
    browser.wait_for("[data-testid=teacher-imported]").await;
    ExamPage::start(&mut browser, "?layout=short").await;
    // The learner leaves at once; the three sections (9 seconds) run out meanwhile.
    browser.open("/settings").await;
    tokio::time::sleep(Duration::from_secs(10)).await;
    browser.open("/exam").await;
    browser
        .wait_for_text_containing(
            "[data-testid=time-up]",
            "Time is up for Listening, Reading, Writing",
        )
        .await;
    browser
        .wait_for_text_containing("[data-testid=time-up]", "while the page was closed")
        .await;
    browser.click("[data-testid=exclude-from-readiness]").await;

    ProgressPage::open(&mut browser).await;
    ProgressPage::wait_attempts(&browser, 1).await;
    wait_for_value("marks on the exam", true, || async {
        browser
            .text("[data-testid=attempt-timed-out]")
            .await
            .contains("Time ran out · Not counted in readiness")
    })
    .await;
    browser.close_without_errors().await;
}
