//! Every route renders in every locale, with no console error, at phone size.

use sportello_e2e::pages::LanguageGate;
use sportello_e2e::{fresh, messages, root, Browser, ROUTES};

async fn visit_every_route(locale: &str) {
    let texts = messages(locale);
    let mut browser = fresh(locale).await;
    assert_eq!(browser.html_attr("lang").await, locale);
    assert_eq!(browser.html_attr("dir").await, "ltr");
    if locale == "it" {
        browser
            .screenshot(&root().join("docs/screenshot.png"))
            .await;
    }
    for (path, title) in ROUTES {
        browser.open(path).await;
        browser.wait_for_text_start("main h1", &texts[title]).await;
    }
    browser.close_without_errors().await;
}

#[tokio::test]
async fn every_route_renders_in_italian_without_console_errors() {
    visit_every_route("it").await;
}

#[tokio::test]
async fn every_route_renders_in_english_without_console_errors() {
    visit_every_route("en").await;
}

#[tokio::test]
async fn the_language_is_asked_on_first_visit_and_remembered() {
    let it = messages("it");
    let en = messages("en");
    let mut browser = Browser::start().await;
    browser.open("/").await;
    browser
        .wait_for_text("main h1", &it["language-choose-title"])
        .await;
    LanguageGate::choose(&browser, "en").await;
    browser.wait_for_text("main h1", &en["home-title"]).await;
    browser.reload().await;
    browser.wait_for_text("main h1", &en["home-title"]).await;
    assert_eq!(browser.html_attr("lang").await, "en");
    browser.close().await;
}

/// The URLs the page has downloaded so far.
async fn downloaded(browser: &Browser) -> String {
    let js = "return performance.getEntriesByType('resource').map(e => e.name).join(' ')";
    browser
        .js(js)
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn the_home_page_loads_only_the_light_shell_and_the_menu_opens_the_exam_module() {
    let browser = fresh("it").await;
    let first = downloaded(&browser).await;
    // The modules are named after their content: shell-<hash>_bg.wasm.
    assert!(first.contains("/shell-"), "{first}");
    assert!(
        !first.contains("/sportello-"),
        "the full app was downloaded: {first}"
    );
    browser.click("nav a[href='/exam']").await;
    browser.wait_for("[data-testid=exam-start]").await;
    // The exam is a module of its own, without the rest of the learners' app.
    let exam = downloaded(&browser).await;
    assert!(exam.contains("/exam-"), "{exam}");
    assert!(!exam.contains("/sportello-"), "{exam}");
    browser.close_without_errors().await;
}

#[tokio::test]
async fn the_page_says_it_is_opening_and_asks_for_its_messages_while_its_module_downloads() {
    let ar = messages("ar");
    let mut browser = fresh("ar").await;
    // Notes what `boot.js` shows while the module downloads, before the app starts.
    browser
        .before_each_load(
            "new MutationObserver(changes => changes.flatMap(c => [...c.addedNodes])
                 .filter(n => n.dataset?.testid === 'boot-loading')
                 .forEach(n => { window.bootLoading = [n.textContent, n.lang, n.dir]; }))
             .observe(document, { childList: true, subtree: true })",
        )
        .await;
    browser.open("/progress").await;
    browser.wait_for("main h1").await;
    assert_eq!(
        browser.js("return window.bootLoading").await,
        serde_json::json!([ar["loading-app"], "ar", "rtl"])
    );
    // The app took its place.
    assert_eq!(
        browser
            .js("return document.querySelectorAll('[data-testid=boot-loading]').length")
            .await,
        serde_json::json!(0)
    );
    // The Arabic messages of the module (the shell's and the learners') were asked for once
    // each, before the module itself: `boot.js` asks, the app takes them. The module's code was
    // asked for before its glue had arrived, not after.
    let asked = browser
        .js("return performance.getEntriesByType('resource') \
             .map(e => [new URL(e.name).pathname, e.startTime, e.responseEnd]) \
             .filter(([p]) => p.startsWith('/messages/') || p.startsWith('/sportello-'))")
        .await;
    let asked: Vec<(String, f64, f64)> = serde_json::from_value(asked).unwrap();
    let paths: Vec<&str> = asked.iter().map(|(p, ..)| p.as_str()).collect();
    assert_eq!(paths.len(), 4, "{asked:?}");
    for path in ["/messages/shell/ar.ftl", "/messages/app/ar.ftl"] {
        assert_eq!(paths.iter().filter(|p| **p == path).count(), 1, "{asked:?}");
    }
    let entry = |test: &dyn Fn(&str) -> bool| asked.iter().find(|(p, ..)| test(p)).unwrap();
    let glue = entry(&|p| p.starts_with("/sportello-") && p.ends_with(".js"));
    let code = entry(&|p| p.ends_with("_bg.wasm"));
    assert!(
        entry(&|p| p.starts_with("/messages/app/")).1 < glue.1,
        "{asked:?}"
    );
    assert!(code.1 < glue.2, "{asked:?}");
    browser.close_without_errors().await;
}

#[tokio::test]
async fn arabic_lays_out_right_to_left() {
    let ar = messages("ar");
    let mut browser = fresh("ar").await;
    assert_eq!(browser.html_attr("lang").await, "ar");
    assert_eq!(browser.html_attr("dir").await, "rtl");
    browser.wait_for_text("main h1", &ar["home-title"]).await;
    browser
        .screenshot(&root().join("docs/screenshot-ar.png"))
        .await;
    // The full app keeps the direction, and the test content stays Italian and left-to-right.
    browser.open("/exam").await;
    browser.wait_for_text("main h1", &ar["exam-title"]).await;
    assert_eq!(browser.html_attr("dir").await, "rtl");
    browser.close().await;
}
