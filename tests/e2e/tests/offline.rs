//! After one visit with a connection, the app works with none: the service worker keeps every
//! module, bank and lesson, so a reload, an exam from start to results, practice, another
//! language, progress and the teachers' page all work with the network cut — and the app asks
//! the host for nothing but the service worker's own check for a new version. A new version,
//! deployed meanwhile, is offered with a banner and never interrupts an exam in progress. The
//! first visit says what is kept and how much; on mobile data only what is opened is kept, and a
//! page never opened, or a language never used, says with no connection that it needs one; a
//! learner may keep nothing.

use sportello_e2e::pages::{ExamPage, PracticePage, ProgressPage, TeacherPage};
use sportello_e2e::{dist, fresh, wait_for_value, Browser};
use std::path::Path;

/// Every path the app asked of the host while the network was cut, but the worker's own check.
fn asked_of_the_host(browser: &Browser) -> Vec<String> {
    let mut asked = browser.network.asked_while_cut();
    asked.retain(|path| path != "/sw.js");
    asked
}

#[tokio::test]
async fn after_one_visit_everything_works_with_no_connection() {
    let mut browser = fresh("en").await;
    browser.open("/exam").await;
    browser.wait_for("[data-testid=exam-start]").await;
    browser.wait_for_offline_copy().await;

    browser.network.cut();
    // A reload and a cold start of each module, from the copy.
    browser.reload().await;
    browser
        .click_then_wait("[data-testid=exam-start]", "[data-testid=timer]")
        .await;
    assert!(!ExamPage::item_ids(&browser).await.is_empty());
    for _ in 0..3 {
        ExamPage::leave_section(&browser).await;
    }
    browser.wait_for("[data-testid=result-total]").await;
    PracticePage::open(&mut browser).await;
    PracticePage::start(&browser).await;
    // Another language: the settings are in the light shell, another module.
    browser.open("/settings").await;
    browser.click("input[name=language][value=fr]").await;
    wait_for_value("the page in French", "fr".to_string(), || async {
        browser.html_attr("lang").await
    })
    .await;
    ProgressPage::open(&mut browser).await;
    ProgressPage::wait_attempts(&browser, 1).await;
    browser.open("/teacher").await;
    TeacherPage::wait_loaded(&browser).await;
    assert_eq!(asked_of_the_host(&browser), Vec::<String>::new());
    browser.close_without_errors().await;
}

#[tokio::test]
async fn a_new_version_is_offered_and_an_exam_in_progress_keeps_its_answers() {
    // A host of our own, whose files a new deployment changes.
    let host = tempfile::tempdir().unwrap();
    copy_dir(&dist(), host.path());
    let mut browser = Browser::start_serving(host.path().to_path_buf()).await;
    browser.open("/").await;
    sportello_e2e::pages::LanguageGate::choose(&browser, "en").await;
    browser.wait_for_offline_copy().await;
    ExamPage::start(&mut browser, "?seed=7").await;
    let first = browser
        .wait_for("[data-testid=item] input[type=radio]")
        .await;
    first.click().await.unwrap();
    let chosen = "[data-testid=item] input[type=radio]:checked";
    browser.wait_for(chosen).await;

    // A new deployment: the service worker changes; the page finds it and says so, and waits.
    let worker = host.path().join("sw.js");
    let mut text = std::fs::read_to_string(&worker).unwrap();
    text.push_str("\n// a new version\n");
    std::fs::write(&worker, text).unwrap();
    for copy in ["sw.js.gz", "sw.js.br"] {
        let _ = std::fs::remove_file(host.path().join(copy));
    }
    browser
        .js("navigator.serviceWorker.getRegistration().then(r => r.update())")
        .await;
    browser.wait_for("[data-testid=update-banner]").await;
    assert!(browser.texts("[data-testid=timer]").await.len() == 1);
    assert_eq!(
        browser.texts(chosen).await.len(),
        1,
        "the answer is still there"
    );
    browser
        .assert_accessible("the exam with the update banner")
        .await;

    // Asked, the page moves to the new version: the exam resumes with its answer.
    browser.click("[data-testid=update-reload]").await;
    wait_for_value("no banner after the reload", 0, || async {
        browser.texts("[data-testid=update-banner]").await.len()
    })
    .await;
    browser.wait_for("[data-testid=timer]").await;
    assert_eq!(browser.texts(chosen).await.len(), 1, "the answer came back");
    browser.close_without_errors().await;
}

#[tokio::test]
async fn a_learner_can_choose_not_to_keep_the_app_on_the_phone() {
    let mut browser = fresh("en").await;
    browser.wait_for_offline_copy().await;
    browser.open("/settings").await;
    browser
        .click_then_wait(
            "[data-testid=settings-offline-link]",
            "[data-testid=settings-offline]",
        )
        .await;
    let stored = "[data-testid=settings-offline-stored]";
    assert!(megabytes_said(&browser, stored).await > 1.0);
    let kept = "return navigator.serviceWorker.getRegistrations() \
                  .then(r => caches.keys().then(c => [r.length, c.length]))";
    assert_eq!(checked_choice(&browser).await, "all");

    // Not kept: the worker and what it stored are gone, and stay gone after a reload.
    browser.click("input[name=keep-offline][value=none]").await;
    wait_for_value("nothing kept", serde_json::json!([0, 0]), || async {
        browser.js(kept).await
    })
    .await;
    browser.reload().await;
    browser.wait_for("[data-testid=settings-offline]").await;
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    assert_eq!(browser.js(kept).await, serde_json::json!([0, 0]));
    assert_eq!(checked_choice(&browser).await, "none");
    browser
        .assert_accessible("/settings, not kept offline")
        .await;

    // Kept again.
    browser.click("input[name=keep-offline][value=all]").await;
    browser.wait_for_offline_copy().await;
    assert_eq!(worker_script(&browser).await, "/sw.js");
    browser.close_without_errors().await;
}

#[tokio::test]
async fn the_first_visit_says_what_is_kept_and_how_much() {
    let mut browser = fresh("en").await;
    let notice = "[data-testid=offline-notice]";
    browser
        .wait_for_text_containing(notice, "saving itself on this phone")
        .await;
    assert!(megabytes_said(&browser, "[data-testid=offline-kept]").await > 1.0);
    browser
        .assert_accessible("the home page with the first visit's notice")
        .await;
    browser.click("[data-testid=offline-ok]").await;
    wait_for_value("no notice once dismissed", 0, || async {
        browser.texts(notice).await.len()
    })
    .await;
    // A later visit: nothing to say.
    browser.reload().await;
    browser.wait_for("main#main .page, main#main section").await;
    assert!(browser.texts(notice).await.is_empty());
    browser.close_without_errors().await;
}

#[tokio::test]
async fn on_mobile_data_only_what_is_opened_is_kept() {
    let mut browser = Browser::start().await;
    // A phone on mobile data with data saver on (headless Chromium has no such connection).
    browser
        .before_each_load(
            "Object.defineProperty(Navigator.prototype, 'connection', \
             { get: () => ({ saveData: true, type: 'cellular' }) })",
        )
        .await;
    browser.open("/").await;
    sportello_e2e::pages::LanguageGate::choose(&browser, "en").await;
    browser
        .wait_for_text_containing(
            "[data-testid=offline-notice]",
            "only the pages and questions you open",
        )
        .await;
    browser.wait_for_offline_copy().await;
    assert_eq!(worker_script(&browser).await, "/sw-light.js");
    // The exam and Settings, opened once with a connection, work with none; the teachers'
    // page, never opened, says it needs the internet, and so does a language never used.
    browser.open("/settings").await;
    browser.wait_for("[data-testid=language-picker]").await;
    browser.open("/exam").await;
    browser.wait_for("[data-testid=exam-start]").await;
    browser.network.cut();
    browser.reload().await;
    browser
        .click_then_wait("[data-testid=exam-start]", "[data-testid=timer]")
        .await;
    assert!(!ExamPage::item_ids(&browser).await.is_empty());
    browser.open("/teacher").await;
    browser
        .wait_for_text_containing("[data-testid=not-kept]", "Connect to the internet")
        .await;
    assert_eq!(browser.html_attr("lang").await, "en");
    browser
        .assert_accessible("a page not kept, with no connection")
        .await;
    browser.open("/settings").await;
    browser.click("input[name=language][value=fr]").await;
    browser
        .wait_for_text_containing(
            "[data-testid=language-unavailable]",
            "Français could not be downloaded",
        )
        .await;
    assert_eq!(browser.html_attr("lang").await, "en");
    browser
        .wait_for("input[name=language][value=en]:checked")
        .await;
    // Back online, Settings says what is kept (its module was never opened, so not kept), and
    // the choice can be changed there.
    browser.network.restore();
    browser.open("/settings/offline").await;
    assert_eq!(checked_choice(&browser).await, "used");
    browser.close().await;
}

/// The value of the checked choice of what to keep, on /settings/offline.
async fn checked_choice(browser: &Browser) -> String {
    browser
        .wait_for("input[name=keep-offline]:checked")
        .await
        .attr("value")
        .await
        .unwrap()
        .unwrap_or_default()
}

/// The path of the registered service worker's script.
async fn worker_script(browser: &Browser) -> String {
    browser
        .js("return navigator.serviceWorker.getRegistration() \
             .then(r => new URL(r.active.scriptURL).pathname)")
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The number of megabytes `css` says, once it says them.
async fn megabytes_said(browser: &Browser, css: &str) -> f64 {
    browser.wait_for_text_containing(css, "MB").await;
    let said = browser
        .text(css)
        .await
        .replace(['\u{2068}', '\u{2069}'], "");
    said.split_whitespace()
        .find_map(|word| word.parse().ok())
        .unwrap_or_else(|| panic!("no size in {said:?}"))
}

/// Copies the folder `from` into `to`, below it too.
fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}
