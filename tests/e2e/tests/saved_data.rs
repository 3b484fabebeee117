//! Saved data that cannot be read is never lost: it is put aside, reported, exportable, and the
//! app starts normally.

use sportello_e2e::pages::ProgressPage;
use sportello_e2e::{fresh, Browser};

async fn quarantine(browser: &Browser) -> String {
    browser
        .js("return localStorage.getItem('sportello.quarantine')")
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

async fn notice_shown(browser: &Browser) -> bool {
    browser
        .js("return document.querySelector('[data-testid=saved-data-notice]') !== null")
        .await
        == serde_json::Value::Bool(true)
}

/// A fresh profile in `locale` whose localStorage holds `value` under `key`, on `/progress`.
async fn with_saved(locale: &str, key: &str, value: &str) -> Browser {
    let mut browser = fresh(locale).await;
    let script = format!(
        "localStorage.setItem({key:?}, {})",
        serde_json::json!(value)
    );
    browser.js(&script).await;
    ProgressPage::open(&mut browser).await;
    browser
}

#[tokio::test]
async fn corrupted_history_is_kept_aside_and_reported_and_the_app_starts() {
    // Opens a page of the full app (the light first-load shell of the home page reads no results).
    let mut browser = with_saved("it", "sportello.history", "{garbage ### not json").await;
    browser.wait_for("[data-testid=saved-data-notice]").await;
    assert!(quarantine(&browser).await.contains("{garbage ### not json"));
    assert_eq!(
        browser
            .js("return localStorage.getItem('sportello.history')")
            .await,
        serde_json::Value::Null,
        "the key is free for new results"
    );
    // The app works: the progress page shows an empty history, and the exam page opens.
    browser.wait_for("[data-testid=progress-empty]").await;
    browser.open("/exam").await;
    browser.wait_for("[data-testid=exam-start]").await;
    assert!(notice_shown(&browser).await);
    browser.close_without_errors().await;
}

#[tokio::test]
async fn dismissing_the_notice_keeps_the_data_and_new_problems_show_it_again() {
    let mut browser = with_saved("en", "sportello.finished", r#"{"schema":99,"data":[]}"#).await;
    let notice = browser.wait_for("[data-testid=saved-data-notice]").await;
    assert!(notice
        .text()
        .await
        .unwrap()
        .contains("put aside, not deleted"));
    browser.click("[data-testid=saved-data-dismiss]").await;
    assert!(!notice_shown(&browser).await);
    assert!(quarantine(&browser).await.contains("schema\\\":99"));
    browser.reload().await;
    browser.wait_for("section.progress h1").await;
    assert!(!notice_shown(&browser).await, "dismissed for this content");
    assert!(quarantine(&browser).await.contains("schema\\\":99"));
    browser
        .js("localStorage.setItem('sportello.history', 'also broken')")
        .await;
    browser.open("/exam").await;
    browser.wait_for("[data-testid=saved-data-notice]").await;
    let aside = quarantine(&browser).await;
    assert!(aside.contains("also broken") && aside.contains("schema\\\":99"));
    browser.close().await;
}
