//! A teacher imports question files on `/teacher`: a broken file is refused with the
//! validator's located message and changes nothing; a valid one is used at once, kept across
//! reloads, and can be removed. The messages are in the interface language.

use sportello_core::bank::validate::{check, Source};
use sportello_e2e::pages::{LanguageGate, TeacherPage};
use sportello_e2e::{root, Browser};
use std::future::Future;
use std::time::{Duration, Instant};

/// Polls `check` until it is true, for up to 10 s.
async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let deadline = Instant::now() + Duration::from_secs(10);
    while !check().await {
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// `/teacher` on a first visit, in English: the language of the fixtures' expected messages.
async fn teacher_page() -> Browser {
    teacher_page_in("en").await
}

/// `/teacher` on a first visit, the interface language chosen as `locale`.
async fn teacher_page_in(locale: &str) -> Browser {
    let mut browser = Browser::start().await;
    browser.open("/teacher").await;
    LanguageGate::choose(&browser, locale).await;
    TeacherPage::wait_loaded(&browser).await;
    browser
}

fn expected(fixture: &str) -> Vec<String> {
    let path = root().join("core/tests/fixtures/banks").join(fixture);
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| l.strip_prefix("warning: ").unwrap_or(l).to_string())
        .collect()
}

/// Reloads the page and asserts that no imported bank is listed.
async fn still_none_imported_after_a_reload(browser: &mut Browser) {
    browser.reload().await;
    TeacherPage::wait_loaded(browser).await;
    assert!(TeacherPage::bank_ids(browser, "imported").await.is_empty());
}

/// Waits until the imported banks listed are just the one with `id`.
async fn listed_as_imported(browser: &Browser, id: &str) {
    eventually("the bank is listed as imported", || async {
        TeacherPage::bank_ids(browser, "imported").await == [id]
    })
    .await;
}

#[tokio::test]
async fn a_broken_file_shows_its_located_error_is_not_saved_and_exams_still_start() {
    let mut browser = teacher_page().await;
    let shipped = TeacherPage::bank_ids(&browser, "shipped").await;
    assert!(!shipped.is_empty(), "the shipped banks are listed");

    TeacherPage::import(&browser, "banks/syntax-error.ron").await;
    assert_eq!(
        TeacherPage::diagnostics(&browser, "errors").await,
        expected("syntax-error.expected")
    );
    assert_eq!(browser.text("[data-testid=teacher-imported]").await, "");
    assert!(TeacherPage::bank_ids(&browser, "imported").await.is_empty());
    browser
        .wait_for("[data-testid=teacher-imported-none]")
        .await;

    still_none_imported_after_a_reload(&mut browser).await;
    assert_eq!(TeacherPage::bank_ids(&browser, "shipped").await, shipped);

    browser.open("/exam").await;
    let start = browser.wait_for("[data-testid=exam-start]").await;
    eventually("the exam can start", || {
        let start = start.clone();
        async move { start.is_enabled().await.unwrap() }
    })
    .await;
    browser.close_without_errors().await;
}

#[tokio::test]
async fn a_valid_bank_is_used_at_once_survives_a_reload_and_can_be_removed() {
    let mut browser = teacher_page().await;
    let (tasks, items) = TeacherPage::totals(&browser, "reading").await;

    TeacherPage::import(&browser, "import/lettura-prova-cpia.ron").await;
    let message = browser.text("[data-testid=teacher-imported]").await;
    assert!(message.contains("lettura-prova-cpia.ron"), "{message:?}");
    assert!(TeacherPage::diagnostics(&browser, "errors")
        .await
        .is_empty());
    listed_as_imported(&browser, "prova-cpia").await;
    // The catalog was reloaded: its one reading task with two items now counts.
    assert_eq!(
        TeacherPage::totals(&browser, "reading").await,
        (tasks + 1, items + 2)
    );

    browser.reload().await;
    TeacherPage::wait_loaded(&browser).await;
    assert_eq!(
        TeacherPage::bank_ids(&browser, "imported").await,
        ["prova-cpia"]
    );
    assert_eq!(
        TeacherPage::totals(&browser, "reading").await,
        (tasks + 1, items + 2)
    );

    TeacherPage::remove(&browser, "lettura-prova-cpia.ron").await;
    eventually("the bank is no longer listed", || async {
        TeacherPage::bank_ids(&browser, "imported").await.is_empty()
    })
    .await;
    assert_eq!(
        TeacherPage::totals(&browser, "reading").await,
        (tasks, items)
    );
    still_none_imported_after_a_reload(&mut browser).await;
    browser.close_without_errors().await;
}

#[tokio::test]
async fn a_file_reusing_a_shipped_task_id_is_refused() {
    let mut browser = teacher_page().await;
    TeacherPage::import(&browser, "import/duplicate-shipped.ron").await;
    let errors = TeacherPage::diagnostics(&browser, "errors").await;
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(
            "duplicate-shipped.ron:13:13: task lettura-scuola-01: this id is already used by \
             the task at lettura-scuola.ron:"
        ),
        "{errors:#?}"
    );
    assert!(TeacherPage::bank_ids(&browser, "imported").await.is_empty());
    still_none_imported_after_a_reload(&mut browser).await;
    browser.close().await;
}

#[tokio::test]
async fn warnings_are_listed_apart_and_do_not_stop_an_import() {
    let browser = teacher_page().await;
    TeacherPage::import(&browser, "banks/style-warnings.ron").await;
    browser.wait_for("[data-testid=teacher-imported]").await;
    assert!(TeacherPage::diagnostics(&browser, "errors")
        .await
        .is_empty());
    // Checked with the shipped layouts too, whose listening slots all take 5 answers.
    let mut warnings = expected("style-warnings.expected");
    warnings.insert(
        1,
        "style-warnings.ron:21:13: task fx-ascolto-01: it has 4 scored answers, but no layout \
         has a listening slot of that size (5): it never appears in an exam"
            .to_string(),
    );
    assert_eq!(
        TeacherPage::diagnostics(&browser, "warnings").await,
        warnings
    );
    listed_as_imported(&browser, "fx").await;
    browser.close().await;
}

#[tokio::test]
async fn the_share_link_opens_the_exam_with_its_code_and_layout() {
    let mut browser = teacher_page().await;
    TeacherPage::choose_layout(&browser, "cpia-veneto").await;
    let first = TeacherPage::share_link(&browser).await;
    assert!(first.starts_with("/exam?seed="), "{first}");
    assert!(first.ends_with("&layout=cpia-veneto"), "{first}");
    TeacherPage::new_code(&browser).await;
    eventually("a new code makes a new link", || async {
        TeacherPage::share_link(&browser).await != first
    })
    .await;
    let link = TeacherPage::share_link(&browser).await;
    assert!(link.ends_with("&layout=cpia-veneto"), "{link}");
    let seed = link["/exam?seed=".len()..link.find('&').unwrap()].to_string();
    assert!(seed.parse::<u64>().is_ok(), "{link}");

    browser.click("[data-testid=teacher-share-link]").await;
    let chosen = browser
        .wait_for("input[name=layout][value=cpia-veneto]")
        .await;
    assert_eq!(
        chosen.prop("checked").await.unwrap().as_deref(),
        Some("true")
    );
    let page = browser.text("main").await;
    assert!(
        page.contains(&seed),
        "the exam names the shared code {seed}"
    );
    browser.reload().await;
    browser.wait_for("[data-testid=exam-start]").await;
    assert!(browser.text("main").await.contains(&seed));
    browser.close().await;
}

#[tokio::test]
async fn a_file_dropped_on_the_box_is_checked_like_a_chosen_one() {
    let browser = teacher_page().await;
    let text =
        std::fs::read_to_string(root().join("core/tests/fixtures/import/lettura-prova-cpia.ron"))
            .unwrap();
    TeacherPage::drop_file(&browser, "trascinato.ron", &text).await;
    browser.wait_for("[data-testid=teacher-imported]").await;
    listed_as_imported(&browser, "prova-cpia").await;
    browser.close().await;
}

#[tokio::test]
async fn a_broken_file_is_explained_in_the_teachers_language() {
    let browser = teacher_page_in("fr").await;
    TeacherPage::import(&browser, "banks/expected-boolean.ron").await;
    let path = root().join("core/tests/fixtures/banks/expected-boolean.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let report = check(&[Source::new("expected-boolean.ron", &text)]);
    let french: Vec<String> = report.errors().iter().map(|d| d.render("fr")).collect();
    assert_eq!(
        french,
        [
            "expected-boolean.ron:24:80: tâche fx-ascolto-01 / question 1 : \
          `answer:` prend `true` ou `false`"
        ]
    );
    assert_eq!(TeacherPage::diagnostics(&browser, "errors").await, french);
    browser.close_without_errors().await;
}
