//! A learner's first visit downloads the banks, and the lessons, in one file each with only their
//! language's translations (`question-banks/lang/LANG.json`, `lessons/lang/LANG.json`), and the
//! file of the new language when they change it: the exam's instructions are then in that
//! language. The checker's messages (what is wrong in a broken file) are downloaded, in the
//! learner's language, only when there is a broken file to explain.

use sportello_core::bank::validate::{check, Source};
use sportello_e2e::pages::LanguageGate;
use sportello_e2e::{wait_for_value, Browser};

/// The paths under `/question-banks/` the page has downloaded, in order.
async fn banks_downloaded(browser: &Browser) -> Vec<String> {
    downloaded(browser, "/question-banks/").await
}

/// The paths under `folder` the page has downloaded, in order.
async fn downloaded(browser: &Browser, folder: &str) -> Vec<String> {
    let paths = browser
        .client
        .execute(
            "return performance.getEntriesByType('resource') \
             .map(e => new URL(e.name).pathname) \
             .filter(p => p.startsWith(arguments[0]))",
            vec![serde_json::json!(folder)],
        )
        .await
        .unwrap();
    serde_json::from_value(paths).unwrap()
}

/// The language of the translated instructions of the exam's first task.
async fn instructions_language(browser: &Browser) -> Option<String> {
    browser.attr(".instructions-tr span[lang]", "lang").await
}

/// A first visit of `path` in `locale`, never served by a kept copy: every file is downloaded.
async fn first_visit(path: &str, locale: &str) -> Browser {
    let mut browser = Browser::start().await;
    browser.bypass_service_worker().await;
    browser.open(path).await;
    LanguageGate::choose(&browser, locale).await;
    browser
}

#[tokio::test]
async fn the_banks_come_in_the_learners_language_and_follow_a_change_of_language() {
    let browser = first_visit("/exam", "ar").await;
    browser.wait_for("[data-testid=exam-start]").await;
    assert_eq!(
        banks_downloaded(&browser).await,
        ["/question-banks/lang/ar.json"]
    );
    // Another language, chosen in Settings (the shell's page: a page load, as is the way back to
    // the exam's module).
    browser.click("header a[href='/settings']").await;
    browser.wait_for("[data-testid=language-picker]").await;
    // On a slow connection the page says that the new language is on its way, in the old one.
    browser.network.hold();
    browser.click("input[name=language][value=fr]").await;
    browser
        .wait_for_text_containing("[data-testid=language-downloading]", "Français")
        .await;
    assert_eq!(browser.html_attr("lang").await, "ar");
    browser.network.let_go();
    wait_for_value("the page in French", "fr".to_string(), || async {
        browser.html_attr("lang").await
    })
    .await;
    wait_for_value("no word of a download", 0, || async {
        browser
            .texts("[data-testid=language-downloading]")
            .await
            .len()
    })
    .await;
    browser.click("header a[href='/exam']").await;
    browser
        .click_then_wait("[data-testid=exam-start]", "[data-testid=timer]")
        .await;
    assert_eq!(instructions_language(&browser).await.as_deref(), Some("fr"));
    // This page has downloaded the new language's file only.
    assert_eq!(
        banks_downloaded(&browser).await,
        ["/question-banks/lang/fr.json"]
    );
    browser.close_without_errors().await;
}

#[tokio::test]
async fn the_lessons_come_in_one_file_in_the_learners_language() {
    let browser = first_visit("/lessons", "uk").await;
    browser.wait_for("[data-testid=lesson-list]").await;
    assert_eq!(
        browser
            .attr(".lesson-list .title-tr", "lang")
            .await
            .as_deref(),
        Some("uk")
    );
    assert_eq!(
        downloaded(&browser, "/lessons/").await,
        ["/lessons/lang/uk.json"]
    );
    browser.close_without_errors().await;
}

#[tokio::test]
async fn a_broken_file_is_explained_in_the_learners_language_downloaded_only_then() {
    let mut browser = sportello_e2e::fresh("fr").await;
    browser.open("/exam").await;
    browser.wait_for("[data-testid=exam-start]").await;
    // Nothing broken: the checker's messages stay on the server.
    assert!(downloaded(&browser, "/messages/checker/").await.is_empty());

    // A file imported on this phone that this version of the app finds broken.
    let text = "(\n  id: \"rotto\",\n";
    let files = serde_json::json!({
        "schema": 1,
        "data": [{ "name": "rotto.ron", "text": text, "imported_at_ms": 0 }],
    });
    browser
        .client
        .execute(
            "localStorage.setItem('sportello.imported', arguments[0])",
            vec![serde_json::json!(files.to_string())],
        )
        .await
        .unwrap();
    browser.reload().await;
    let report = check(&[Source::new("rotto.ron", text)]);
    let french = report.errors()[0].render("fr");
    assert!(french.starts_with("rotto.ron:"), "{french}");
    browser
        .wait_for_text("[data-testid=bank-errors] li", &french)
        .await;
    assert_eq!(
        downloaded(&browser, "/messages/checker/").await,
        ["/messages/checker/fr.ftl"]
    );
    // The shipped banks still make an exam.
    browser
        .click_then_wait("[data-testid=exam-start]", "[data-testid=timer]")
        .await;
    browser.close_without_errors().await;
}
