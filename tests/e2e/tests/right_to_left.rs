//! In Arabic and Urdu the page reads right to left, but the Italian test content (questions,
//! options, texts, form fields and the writing box) stays left to right.

use sportello_e2e::pages::ExamPage;
use sportello_e2e::{fresh, Browser};

/// The computed `direction` of the first element matching `css` (empty when none matches).
async fn direction(browser: &Browser, css: &str) -> String {
    let script = format!(
        "const el = document.querySelector({css:?}); \
         return el ? getComputedStyle(el).direction : '';"
    );
    browser
        .js(&script)
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

async fn italian_stays_left_to_right(locale: &str) {
    let mut browser = fresh(locale).await;
    ExamPage::start(&mut browser, "?seed=42&layout=vademecum").await;
    assert_eq!(direction(&browser, "header nav").await, "rtl");
    assert_eq!(direction(&browser, ".instructions-tr").await, "rtl");
    for css in [".instructions", ".question legend", ".question .choice"] {
        assert_eq!(direction(&browser, css).await, "ltr", "{locale}: {css}");
    }
    // Reading, then writing: the answers typed in Italian run left to right.
    ExamPage::leave_section(&browser).await;
    browser.wait_for(".question legend").await;
    assert_eq!(direction(&browser, ".question legend").await, "ltr");
    ExamPage::leave_section(&browser).await;
    browser
        .wait_for(".question textarea, .question input:not([type=radio])")
        .await;
    let field = direction(
        &browser,
        ".question textarea, .question input:not([type=radio])",
    )
    .await;
    assert_eq!(field, "ltr", "{locale}: writing field");
    browser.close_without_errors().await;
}

#[tokio::test]
async fn arabic_keeps_italian_content_left_to_right() {
    italian_stays_left_to_right("ar").await;
}

#[tokio::test]
async fn urdu_keeps_italian_content_left_to_right() {
    italian_stays_left_to_right("ur").await;
}
