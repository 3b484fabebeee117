//! Regression tests of issue 16, one per defect, each with its exact reproduction in the
//! release build: a finished exam when storage is full, an unreadable quarantine, an
//! inconsistent saved attempt, a shared link that cannot be followed, an edited backup, and a
//! corrupt history while storage is full; plus a 10,000-character word.

use serde_json::{json, Value};
use sportello_core::attempt::Attempt;
use sportello_e2e::pages::{ExamPage, ProgressPage};
use sportello_e2e::{fresh, shipped_exam, Browser};
use std::time::{SystemTime, UNIX_EPOCH};

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64
}

/// Saves `data` under `key` as the app does (in its versioned envelope).
async fn put(browser: &Browser, key: &str, data: &Value) {
    let text = json!({"schema": 1, "data": data}).to_string();
    put_raw(browser, key, &text).await;
}

/// Saves `text` under `key` as it is.
async fn put_raw(browser: &Browser, key: &str, text: &str) {
    let script = format!(
        "localStorage.setItem({}, {})",
        serde_json::to_string(key).unwrap(),
        serde_json::to_string(text).unwrap()
    );
    browser.js(&script).await;
}

async fn get(browser: &Browser, key: &str) -> Option<String> {
    let script = format!(
        "return localStorage.getItem({})",
        serde_json::to_string(key).unwrap()
    );
    browser.js(&script).await.as_str().map(str::to_string)
}

/// Fills localStorage to its quota with filler keys, down to the last character.
async fn fill_storage(browser: &Browser) {
    browser
        .js("let n = 0;
             for (const size of [1000000, 100000, 10000, 1000, 100, 10, 1]) {
               const chunk = 'x'.repeat(size);
               try { for (;;) { localStorage.setItem('filler.' + n, chunk); n++; } } catch (e) {}
             }
             return n;")
        .await;
}

async fn shown(browser: &Browser, css: &str) -> bool {
    let script = format!(
        "return document.querySelector({}) !== null",
        serde_json::to_string(css).unwrap()
    );
    browser.js(&script).await == Value::Bool(true)
}

/// A finished Vademecum exam started `ago_ms` before now.
fn finished_exam(seed: u64, ago_ms: u64) -> Attempt {
    let start = now_ms() - ago_ms;
    let mut attempt = Attempt::start(shipped_exam(seed, "vademecum"), start);
    attempt.submit(start + 60_000);
    attempt
}

/// A fresh profile in English whose localStorage holds these raw (key, text) pairs.
async fn in_english_with(saved: &[(&str, &str)]) -> Browser {
    let browser = fresh("en").await;
    for (key, text) in saved {
        put_raw(&browser, key, text).await;
    }
    browser
}

/// Whether leaving the page now would make the browser ask first: the page cancels the
/// `beforeunload` event. (Headless Chrome under WebDriver never shows that question itself.)
async fn leaving_asks(browser: &Browser) -> bool {
    let script = "const e = new Event('beforeunload', { cancelable: true });
                  window.dispatchEvent(e);
                  return e.defaultPrevented";
    browser.js(script).await == Value::Bool(true)
}

#[tokio::test]
async fn a_finished_exam_is_kept_when_storage_is_full_until_it_is_saved() {
    let mut browser = fresh("en").await;
    // Six earlier exams kept in full, whose review can be given up for room.
    let earlier: Vec<Attempt> = (0..6)
        .map(|i| finished_exam(100 + i, 86_400_000 * (i + 1)))
        .collect();
    let history = json!({"attempts": earlier.iter().map(Attempt::summary).collect::<Vec<_>>()});
    put(&browser, "sportello.history", &history).await;
    put(
        &browser,
        "sportello.finished",
        &serde_json::to_value(&earlier).unwrap(),
    )
    .await;
    ExamPage::start(&mut browser, "?seed=11&layout=vademecum").await;
    fill_storage(&browser).await;
    for _ in 0..3 {
        ExamPage::leave_section(&browser).await;
    }
    ExamPage::total(&browser).await;
    let warning = browser.wait_for("[data-testid=unsaved-exam]").await;
    assert!(warning.text().await.unwrap().contains("not saved"));
    // The review and its lesson links are all there when the actions are: nothing arrives later
    // to move the button under the finger.
    let links = browser.attrs("[data-testid=lesson-link]", "href").await;
    assert!(!links.is_empty(), "the review shows no lesson links yet");
    // Another page is another module, reached by a page load that would lose it: the app asks
    // first, and staying goes back to the results, still there.
    browser.click("nav a[href='/progress']").await;
    browser.wait_for("[data-testid=leave-unsaved]").await;
    assert!(
        browser
            .focus_matches("[data-testid=leave-unsaved] h1")
            .await
    );
    browser.click("[data-testid=leave-unsaved-stay]").await;
    browser.wait_for("[data-testid=unsaved-exam]").await;
    assert!(shown(&browser, "[data-testid=result-total]").await);
    // So does the browser, before a reload or closing the tab.
    assert!(
        leaving_asks(&browser).await,
        "leaving the unsaved exam asks nothing"
    );
    // A new exam would replace it: refused, and the results stay.
    browser.click("[data-testid=new-exam]").await;
    browser.wait_for("[data-testid=new-exam-refused]").await;
    assert!(shown(&browser, "[data-testid=result-total]").await);
    // It can be downloaded as a backup of just that exam.
    browser.click("[data-testid=unsaved-download]").await;
    browser.wait_for("[data-testid=unsaved-downloaded]").await;
    // Freeing space drops the earlier exams' full records, then this one is saved.
    browser.click("[data-testid=unsaved-free-space]").await;
    browser.wait_for("[data-testid=exam-saved-now]").await;
    assert!(!shown(&browser, "[data-testid=unsaved-exam]").await);
    assert!(
        !leaving_asks(&browser).await,
        "the saved exam still holds the page"
    );
    browser.click("[data-testid=new-exam]").await;
    browser.wait_for("[data-testid=exam-start]").await;
    // Every summary is kept, the new exam's full review too.
    ProgressPage::open(&mut browser).await;
    ProgressPage::wait_attempts(&browser, 7).await;
    ProgressPage::open_review(&browser, 0).await;
    browser.close().await;
}

#[tokio::test]
async fn an_unreadable_quarantine_is_itself_kept_aside_and_reported() {
    let mut browser = in_english_with(&[
        ("sportello.quarantine", "[{\"kept\": broken"),
        ("sportello.history", "{not json"),
    ])
    .await;
    ProgressPage::open(&mut browser).await;
    browser.wait_for("[data-testid=saved-data-notice]").await;
    let moved = get(&browser, "sportello.quarantine.1").await.unwrap();
    assert!(moved.contains("[{\\\"kept\\\": broken"), "{moved}");
    let aside = get(&browser, "sportello.quarantine").await.unwrap();
    assert!(aside.contains("{not json"), "{aside}");
    browser.close().await;
}

#[tokio::test]
async fn an_inconsistent_saved_attempt_is_kept_aside_and_the_exam_page_starts() {
    for (change, reason) in [
        (json!({"section": 99}), "section 100 of 3"),
        (json!({"exam_sections": []}), "no sections"),
    ] {
        let mut browser = fresh("en").await;
        let attempt = Attempt::start(shipped_exam(3, "vademecum"), now_ms() - 10_000);
        let mut value = serde_json::to_value(&attempt).unwrap();
        if let Some(section) = change.get("section") {
            value["section"] = section.clone();
        } else {
            value["exam"]["sections"] = json!([]);
        }
        put(&browser, "sportello.attempt", &value).await;
        browser.open("/exam").await;
        browser.wait_for("[data-testid=exam-start]").await;
        browser.wait_for("[data-testid=saved-data-notice]").await;
        let aside = get(&browser, "sportello.quarantine").await.unwrap();
        assert!(aside.contains(reason), "{aside}");
        assert_eq!(get(&browser, "sportello.attempt").await, None);
        let errors = browser.console_errors().await;
        assert!(errors.is_empty(), "{errors:#?}");
        browser.close().await;
    }
}

#[tokio::test]
async fn a_shared_link_that_cannot_be_followed_says_why_and_starts_nothing() {
    let mut browser = fresh("en").await;
    for query in [
        "?seed=123&layout=unknown",
        "?seed=-5&layout=vademecum",
        "?seed=18446744073709551616&layout=vademecum",
        "?seed=text&layout=vademecum",
    ] {
        browser.open(&format!("/exam{query}")).await;
        browser.wait_for("[data-testid=share-problem]").await;
        let page = browser.text("section.exam").await;
        assert!(!page.contains("your teacher shared"), "{query}: {page}");
        assert!(!shown(&browser, "[data-testid=timer]").await);
    }
    browser.close().await;
}

#[tokio::test]
async fn an_edited_backup_is_imported_without_the_exams_that_do_not_add_up() {
    let mut browser = fresh("en").await;
    let real = finished_exam(21, 3_600_000).summary();
    let edit = |ago: u64, change: &dyn Fn(&mut Value)| {
        let mut summary = serde_json::to_value(finished_exam(21, ago).summary()).unwrap();
        change(&mut summary);
        summary
    };
    let huge = edit(7_200_000, &|s| s["total"] = json!(1_000_000_000));
    let of_zero = edit(10_800_000, &|s| {
        s["total"] = json!(5);
        s["max"] = json!(0);
    });
    let in_1970 = edit(0, &|s| {
        s["started_at_ms"] = json!(1_000);
        s["finished_at_ms"] = json!(2_000);
        s["id"] = json!(format!("1000-{}", s["seed"]));
        s["passed"] = json!(true);
    });
    let backup = json!({
        "format": "sportello-backup",
        "version": 1,
        "exported_at_ms": now_ms(),
        "data": {"history": {"attempts": [real, huge, of_zero, in_1970]}},
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("edited.json");
    std::fs::write(&path, backup.to_string()).unwrap();
    ProgressPage::open(&mut browser).await;
    assert_eq!(ProgressPage::import(&browser, &path).await, "imported");
    let report = browser.wait_for("[data-testid=backup-imported]").await;
    assert_eq!(
        report.attr("data-refused").await.unwrap().as_deref(),
        Some("3")
    );
    assert!(report.text().await.unwrap().contains("do not add up"));
    ProgressPage::wait_attempts(&browser, 1).await;
    browser.close().await;
}

#[tokio::test]
async fn a_corrupt_history_while_storage_is_full_still_shows_the_notice() {
    let mut browser = in_english_with(&[("sportello.history", "{garbage ### not json")]).await;
    fill_storage(&browser).await;
    ProgressPage::open(&mut browser).await;
    browser.wait_for("[data-testid=saved-data-notice]").await;
    assert_eq!(
        get(&browser, "sportello.history").await.as_deref(),
        Some("{garbage ### not json"),
        "nothing is lost: it stays where it was"
    );
    browser.close().await;
}

/// Sets the first option text found under `value`.
fn set_first_option(value: &mut Value, text: &str) -> bool {
    match value {
        Value::Object(map) => {
            if let Some(Value::Array(options)) = map.get_mut("options") {
                if let Some(first) = options.first_mut() {
                    *first = json!(text);
                    return true;
                }
            }
            map.values_mut().any(|v| set_first_option(v, text))
        }
        Value::Array(items) => items.iter_mut().any(|v| set_first_option(v, text)),
        _ => false,
    }
}

#[tokio::test]
async fn a_ten_thousand_character_word_does_not_widen_the_page() {
    let mut browser = fresh("en").await;
    let word = "parola".repeat(1_700);
    let attempt = Attempt::start(shipped_exam(4, "vademecum"), now_ms() - 5_000);
    let mut value = serde_json::to_value(&attempt).unwrap();
    value["exam"]["sections"][0]["tasks"][0]["instructions"] = json!(word);
    assert!(set_first_option(&mut value["exam"]["sections"][0], &word));
    put(&browser, "sportello.attempt", &value).await;
    browser.open("/exam").await;
    browser.wait_for("[data-testid=timer]").await;
    let widths = browser
        .js("return [document.documentElement.scrollWidth, window.innerWidth]")
        .await;
    let (page, window) = (widths[0].as_u64().unwrap(), widths[1].as_u64().unwrap());
    assert!(
        page <= window,
        "the page is {page} px wide in a {window} px window"
    );
    browser.close().await;
}
