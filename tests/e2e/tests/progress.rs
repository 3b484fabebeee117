//! The progress page, used as a learner would: finished exams are listed and open their review,
//! a backup made on one device restores the history on another, everything can be deleted, and
//! two tabs stay in step.

use sportello_core::attempt::Attempt;
use sportello_core::saved::backup::{self, Backup, BackupData};
use sportello_e2e::pages::{ExamPage, ProgressPage};
use sportello_e2e::{fresh, right_answer, shipped_exam, Browser};

const SHARED: &str = "?seed=42&layout=vademecum";

/// Takes the shared exam answering only the listening right (30 points) and hands it in.
async fn take_exam(browser: &mut Browser) {
    let exam = shipped_exam(42, "vademecum");
    ExamPage::start(browser, SHARED).await;
    for task in &exam.sections[0].tasks {
        for item in &task.items {
            ExamPage::answer(browser, &task.id, &item.id, &right_answer(&item.question)).await;
        }
    }
    for _ in 0..3 {
        ExamPage::leave_section(browser).await;
    }
    assert_eq!(ExamPage::total(browser).await, "30");
}

fn temp_file(name: &str, text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

/// A fresh profile in English that has taken one exam, on `/progress`.
async fn after_one_exam() -> Browser {
    let mut browser = fresh("en").await;
    take_exam(&mut browser).await;
    ProgressPage::open(&mut browser).await;
    browser
}

#[tokio::test]
async fn a_finished_exam_is_listed_with_its_score_and_opens_its_review() {
    let mut browser = fresh("en").await;
    ProgressPage::open(&mut browser).await;
    browser.wait_for("[data-testid=progress-empty]").await;
    take_exam(&mut browser).await;
    ProgressPage::open(&mut browser).await;
    let ids = ProgressPage::attempt_ids(&browser).await;
    assert_eq!(ids.len(), 1);
    let row = ProgressPage::row_text(&browser, 0).await;
    assert!(row.contains("30 points out of 100"), "{row}");
    // The writing is not graded yet: the verdict waits for it.
    assert!(row.contains("… Provisional"), "{row}");
    let readiness = browser.wait_for("[data-testid=readiness]").await;
    assert_eq!(
        readiness.attr("data-readiness").await.unwrap().as_deref(),
        Some("need-more")
    );
    let message = readiness.text().await.unwrap();
    assert!(
        message
            .replace(['\u{2068}', '\u{2069}'], "")
            .contains("Take 2 more"),
        "{message}"
    );
    assert!(browser
        .text("[data-testid=streak]")
        .await
        .starts_with("1 day in a row"));
    assert_eq!(
        browser
            .js("return document.querySelectorAll('[data-testid=score-chart] .mark').length")
            .await,
        serde_json::json!(1)
    );
    ProgressPage::open_review(&browser, 0).await;
    assert_eq!(
        browser.client.current_url().await.unwrap().query(),
        Some(format!("attempt={}", ids[0]).as_str())
    );
    assert_eq!(browser.text("[data-testid=result-total]").await, "30");
    browser.wait_for("[data-testid=writing-review]").await;
    // An empty message is outside the word range: it can be graded at most "sufficient".
    browser
        .click("[data-testid=writing-grade] input[value=Sufficient]")
        .await;
    browser
        .wait_for_text("[data-testid=result-total]", "58")
        .await;
    browser.click("[data-testid=progress-back]").await;
    ProgressPage::wait_attempts(&browser, 1).await;
    let row = ProgressPage::row_text(&browser, 0).await;
    assert!(
        row.contains("58 points out of 100"),
        "the grade counts: {row}"
    );
    assert!(!row.contains("not graded"), "{row}");
    browser.close_without_errors().await;
}

#[tokio::test]
async fn a_backup_from_one_profile_restores_the_history_in_another() {
    let first = after_one_exam().await;
    let ids = ProgressPage::attempt_ids(&first).await;
    let json = ProgressPage::export(&first).await;
    first.wait_for("[data-testid=backup-exported]").await;
    first.close_without_errors().await;
    let exported = backup::parse(&json).expect("the export is a valid backup");
    assert_eq!(exported.data.history.attempts.len(), 1);
    assert_eq!(exported.data.finished.len(), 1);
    let (_dir, path) = temp_file("sportello-backup.json", &json);
    let (_wrong_dir, wrong) = temp_file("notes.json", r#"{"attempts": []}"#);

    let mut second = fresh("en").await;
    ProgressPage::open(&mut second).await;
    assert_eq!(ProgressPage::import(&second, &wrong).await, "not-a-backup");
    second
        .wait_for_text_containing("[data-testid=backup-refused]", "Nothing was changed")
        .await;
    assert!(ProgressPage::attempt_ids(&second).await.is_empty());

    ProgressPage::open(&mut second).await;
    assert_eq!(ProgressPage::import(&second, &path).await, "imported");
    ProgressPage::wait_attempts(&second, 1).await;
    assert_eq!(ProgressPage::attempt_ids(&second).await, ids);
    let row = ProgressPage::row_text(&second, 0).await;
    assert!(row.contains("30 points out of 100"), "{row}");

    // The same backup again adds nothing.
    ProgressPage::open(&mut second).await;
    assert_eq!(ProgressPage::import(&second, &path).await, "imported");
    second
        .wait_for_text_containing("[data-testid=backup-imported]", "no new practice exams")
        .await;
    assert_eq!(ProgressPage::attempt_ids(&second).await, ids);
    ProgressPage::open_review(&second, 0).await;
    assert_eq!(second.text("[data-testid=result-total]").await, "30");
    second.close().await;
}

#[tokio::test]
async fn a_full_storage_refuses_the_import_with_a_message_and_changes_nothing() {
    let mut attempt = Attempt::start(shipped_exam(7, "vademecum"), 1_750_000_000_000);
    attempt.submit(1_750_000_100_000);
    let mut data = BackupData::default();
    data.history.record(attempt.summary());
    data.finished.push(attempt);
    let (_dir, path) = temp_file("backup.json", &Backup::new(data, 0).to_json());
    let mut browser = fresh("en").await;
    ProgressPage::open(&mut browser).await;
    browser
        .js("Storage.prototype.setItem = function () { \
               throw new DOMException('full', 'QuotaExceededError'); }")
        .await;
    assert_eq!(ProgressPage::import(&browser, &path).await, "full");
    browser
        .wait_for_text_containing("[data-testid=backup-refused]", "storage is full")
        .await;
    assert!(ProgressPage::attempt_ids(&browser).await.is_empty());
    assert_eq!(
        browser
            .js("return localStorage.getItem('sportello.history')")
            .await,
        serde_json::Value::Null
    );
    browser.close().await;
}

#[tokio::test]
async fn deleting_everything_asks_first_and_keeps_the_language() {
    let mut browser = after_one_exam().await;
    ProgressPage::wait_attempts(&browser, 1).await;
    browser.click("[data-testid=reset-all]").await;
    browser.wait_for("[data-testid=reset-export]").await;
    browser
        .click(".reset-ask .confirm button:not([data-testid])")
        .await;
    assert_eq!(
        ProgressPage::attempt_ids(&browser).await.len(),
        1,
        "cancel keeps all"
    );
    browser.click("[data-testid=reset-all]").await;
    browser.click(".reset-ask [data-testid=confirm]").await;
    browser.wait_for("[data-testid=reset-done]").await;
    browser.wait_for("[data-testid=progress-empty]").await;
    let left = browser
        .js("return Object.keys(localStorage).filter(k => k.startsWith('sportello.'))")
        .await;
    assert_eq!(left, serde_json::json!(["sportello.language"]));
    browser.reload().await;
    browser.wait_for("[data-testid=progress-empty]").await;
    assert_eq!(browser.html_attr("lang").await, "en");
    browser.close().await;
}

#[tokio::test]
async fn an_exam_finished_in_another_tab_appears_without_reloading() {
    let mut browser = fresh("en").await;
    ProgressPage::open(&mut browser).await;
    browser.wait_for("[data-testid=progress-empty]").await;
    let progress_tab = browser.client.window().await.unwrap();
    let exam_tab = browser.client.new_window(true).await.unwrap().handle;
    browser.client.switch_to_window(exam_tab).await.unwrap();
    take_exam(&mut browser).await;
    browser.client.switch_to_window(progress_tab).await.unwrap();
    ProgressPage::wait_attempts(&browser, 1).await;
    browser.close().await;
}

#[tokio::test]
async fn five_hundred_exams_show_the_latest_fifty_and_more_on_request() {
    let mut attempt = Attempt::start(shipped_exam(7, "vademecum"), 0);
    attempt.submit(60_000);
    let one = attempt.summary();
    let day = 86_400_000;
    let attempts: Vec<_> = (0..500u64)
        .map(|i| {
            let mut s = one.clone();
            s.started_at_ms = 1_700_000_000_000 + i * day;
            s.id = format!("{}-7", s.started_at_ms);
            s
        })
        .collect();
    let saved = serde_json::json!({ "schema": 1, "data": { "attempts": attempts } });
    let mut browser = fresh("en").await;
    browser
        .js(&format!(
            "localStorage.setItem('sportello.history', {})",
            serde_json::to_string(&saved.to_string()).unwrap()
        ))
        .await;
    ProgressPage::open(&mut browser).await;
    ProgressPage::wait_attempts(&browser, 50).await;
    let ids = ProgressPage::attempt_ids(&browser).await;
    assert_eq!(ids[0], attempts[499].id, "the latest first");
    assert_eq!(
        browser
            .js("return document.querySelectorAll('[data-testid=score-chart] .mark').length")
            .await,
        serde_json::json!(50)
    );
    // Only the summaries are kept: the rows say the details are gone instead of linking.
    assert!(ProgressPage::row_text(&browser, 0)
        .await
        .contains("no longer kept"));
    browser.click("[data-testid=attempts-more]").await;
    ProgressPage::wait_attempts(&browser, 100).await;
    let readiness = browser.text("[data-testid=readiness]").await;
    assert!(
        readiness.starts_with(
            "✗ Keep practising: in your last 3 practice exams you were on average more than 5 \
             points below the pass mark."
        ),
        "{readiness}"
    );
    // It says why in one more sentence: the section that lost the most, in those three exams.
    assert_eq!(
        browser
            .text("[data-testid=readiness-basis]")
            .await
            .replace(['\u{2068}', '\u{2069}'], ""),
        "In your last 3 exams, the part that holds you back most is Listening."
    );
    browser.close().await;
}
