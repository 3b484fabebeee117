//! The next step that ends the results and `/progress`: due mistakes are reviewed first; with
//! none due, the weakest part of the recent exams opens `/practice` with its filters set. A
//! practice link with values that name nothing is followed with a note, never a crash.

use sportello_core::attempt::Attempt;
use sportello_core::saved::backup::{Backup, BackupData};
use sportello_e2e::pages::{ExamPage, ProgressPage};
use sportello_e2e::{fresh, right_answer, shipped_exam, wait_for_value, Browser};

/// The practice page's filters as shown: the checked section, the chosen topic and kind.
async fn practice_filters(browser: &Browser) -> (String, String, String) {
    browser.wait_for("[data-testid=practice-start]").await;
    let value = |css: &str| {
        let script = format!("return document.querySelector('{css}').value");
        async move { browser.js(&script).await.as_str().unwrap().to_string() }
    };
    (
        value("input[name=practice-section]:checked").await,
        value("#practice-topic").await,
        value("#practice-kind").await,
    )
}

#[tokio::test]
async fn with_no_mistakes_due_the_next_step_practises_the_weakest_section() {
    // An exam with the listening all right and the reading all blank, restored from a backup:
    // the history has it, the review queue does not.
    let exam = shipped_exam(42, "vademecum");
    let start = 1_750_000_000_000;
    let mut attempt = Attempt::start(exam.clone(), start);
    for task in &exam.sections[0].tasks {
        for item in &task.items {
            attempt
                .answer(
                    &task.id,
                    &item.id,
                    right_answer(&item.question),
                    start + 1_000,
                )
                .unwrap();
        }
    }
    for _ in 0..3 {
        attempt.next_section(start + 2_000).unwrap();
    }
    let mut data = BackupData::default();
    data.history.record(attempt.summary());
    data.finished.push(attempt);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("backup.json");
    std::fs::write(&path, Backup::new(data, 0).to_json()).unwrap();

    let mut browser = fresh("en").await;
    ProgressPage::open(&mut browser).await;
    assert_eq!(ProgressPage::import(&browser, &path).await, "imported");
    ProgressPage::open(&mut browser).await;
    let step = browser.wait_for("[data-testid=next-step]").await;
    assert_eq!(
        step.attr("data-step").await.unwrap().as_deref(),
        Some("practise")
    );
    assert_eq!(
        step.attr("href").await.unwrap().as_deref(),
        Some("/practice?section=reading")
    );
    let text = browser.text("[data-testid=next-step]").await;
    assert!(text.contains("Reading"), "{text}");
    // The reading, all blank, comes first in the tables too, with a link to practise it.
    let first = browser
        .text("[data-testid=accuracy-sections] tbody tr:first-child th")
        .await;
    assert!(first.contains("Reading"), "{first}");
    let readiness = browser.text("[data-testid=readiness-basis]").await;
    assert!(readiness.contains("Reading"), "{readiness}");
    step.click().await.unwrap();
    assert_eq!(
        practice_filters(&browser).await,
        ("reading".into(), String::new(), String::new())
    );
    browser.close_without_errors().await;
}

#[tokio::test]
async fn after_an_exam_with_mistakes_the_next_step_reviews_them() {
    let mut browser = fresh("en").await;
    ExamPage::start(&mut browser, "?seed=42&layout=vademecum").await;
    for _ in 0..3 {
        ExamPage::leave_section(&browser).await;
    }
    let step = browser.wait_for("[data-testid=next-step]").await;
    assert_eq!(
        step.attr("data-step").await.unwrap().as_deref(),
        Some("review")
    );
    browser.click_when_still("[data-testid=next-step]").await;
    // The results page has items too: wait for the practice page's address first.
    wait_for_value("the review opened", true, || async {
        browser
            .client
            .current_url()
            .await
            .unwrap()
            .as_str()
            .ends_with("/practice?review=due")
    })
    .await;
    browser.wait_for("[data-testid=item]").await;
    browser.wait_for("[data-testid=practice-next]").await;
    browser.close_without_errors().await;
}

#[tokio::test]
async fn a_practice_link_sets_the_filters_and_ignores_what_it_does_not_understand() {
    let mut browser = fresh("en").await;
    browser
        .open("/practice?section=reading&topic=casa&kind=true_false")
        .await;
    assert_eq!(
        practice_filters(&browser).await,
        ("reading".into(), "casa".into(), "true_false".into())
    );
    assert!(browser
        .client
        .find(fantoccini::Locator::Css(
            "[data-testid=practice-query-ignored]"
        ))
        .await
        .is_err());
    browser
        .open("/practice?section=cooking&kind=true_false")
        .await;
    assert_eq!(
        practice_filters(&browser).await,
        ("mixed".into(), String::new(), "true_false".into())
    );
    let note = browser.text("[data-testid=practice-query-ignored]").await;
    assert!(note.contains("cooking"), "{note}");
    browser.close_without_errors().await;
}
