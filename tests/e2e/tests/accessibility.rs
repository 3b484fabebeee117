//! axe-core's WCAG 2.x A/AA rules on every route and on the states that matter, in light and
//! dark mode, in Italian and in Arabic: any violation fails, naming its rule, element and page.

use sportello_e2e::a11y::Scheme;
use sportello_e2e::pages::{ExamPage, LanguageGate, PracticePage, ProgressPage, TeacherPage};
use sportello_e2e::{fresh, Browser, ROUTES};

/// Runs axe on `scope` in the light and the dark scheme, and leaves the light one on.
async fn check_both(browser: &Browser, page: &str, scope: &str) {
    for scheme in Scheme::BOTH {
        browser.set_color_scheme(scheme).await;
        browser
            .assert_accessible_in(&format!("{page} ({scheme:?})"), scope)
            .await;
    }
    browser.set_color_scheme(Scheme::Light).await;
}

/// Two tests of each `check`: one with the interface in Italian, one in Arabic (right to left).
macro_rules! in_italian_and_arabic {
    ($($check:ident => $italian:ident, $arabic:ident;)*) => {$(
        #[tokio::test]
        async fn $italian() {
            $check("it").await;
        }

        #[tokio::test]
        async fn $arabic() {
            $check("ar").await;
        }
    )*};
}

/// The first-visit language page, then every route, in `locale`, light and dark.
async fn every_route(locale: &str) {
    let mut browser = Browser::start().await;
    browser.open("/").await;
    browser.wait_for("[data-testid=language-continue]").await;
    check_both(&browser, "the language page", "body").await;
    LanguageGate::choose(&browser, locale).await;
    for (path, _) in ROUTES {
        browser.open(path).await;
        browser.wait_for("main h1").await;
        if path == "/exam" {
            browser
                .wait_for("[data-testid=exam-start]:not([disabled])")
                .await;
        }
        if path == "/teacher" {
            TeacherPage::wait_loaded(&browser).await;
        }
        if path == "/practice" {
            browser.wait_for("[data-testid=practice-start]").await;
        }
        check_both(&browser, &format!("{path} in {locale}"), "body").await;
    }
    browser.close().await;
}

/// Checks `main` in both colour schemes, in a state named `state` and `locale`.
async fn check_main(browser: &Browser, state: &str, locale: &str) {
    check_both(browser, &format!("{state} in {locale}"), "main").await;
}

/// A running section, the confirm dialog, the results with the review open (transcripts
/// unfolded, writing graded), and a past exam's review on /progress, in `locale`.
async fn exam_states(locale: &str) {
    let mut browser = fresh(locale).await;
    ExamPage::start(&mut browser, "?seed=42&layout=vademecum").await;
    for section in ["listening", "reading", "writing"] {
        let state = format!("a running {section} section in {locale}");
        check_both(&browser, &state, "main").await;
        ExamPage::leave_section(&browser).await;
    }

    ExamPage::total(&browser).await;
    browser
        .click("[data-testid=writing-grade] input[value=Sufficient]")
        .await;
    ExamPage::unfold_all(&browser).await;
    check_main(&browser, "the results and review", locale).await;

    ProgressPage::open(&mut browser).await;
    ProgressPage::wait_attempts(&browser, 1).await;
    check_main(&browser, "the progress with one exam", locale).await;
    ProgressPage::open_review(&browser, 0).await;
    check_main(&browser, "a past exam's review", locale).await;
    browser.close().await;
}

/// Practice feedback, and the teacher page with an import report (errors, then warnings).
async fn practice_and_teacher_states(locale: &str) {
    let mut browser = fresh(locale).await;
    PracticePage::open(&mut browser).await;
    PracticePage::choose(&browser, "reading", "", "true_false").await;
    PracticePage::start(&browser).await;
    let first = browser
        .wait_for("[data-testid=item] input[type=radio]")
        .await;
    first.click().await.unwrap();
    browser
        .click("[data-testid=item] [data-testid=check-answer]:not([disabled])")
        .await;
    browser.wait_for("[data-testid=feedback]").await;
    check_main(&browser, "practice feedback", locale).await;

    TeacherPage::open_and_import(&mut browser, "banks/syntax-error.ron").await;
    check_main(&browser, "a refused import", locale).await;
    TeacherPage::import(&browser, "banks/style-warnings.ron").await;
    browser.wait_for("[data-testid=teacher-imported]").await;
    browser.wait_for("[data-testid=teacher-remove]").await;
    check_main(&browser, "an import with warnings", locale).await;
    browser.close().await;
}

/// The confirm dialogs (leaving an exam section, removing an imported file), in `locale`.
async fn confirm_dialogs(locale: &str) {
    let mut browser = fresh(locale).await;
    ExamPage::start(&mut browser, "?seed=42&layout=vademecum").await;
    browser.click("[data-testid=next-section]").await;
    browser.wait_for("[data-testid=confirm]").await;
    check_main(&browser, "the exam's confirm dialog", locale).await;

    TeacherPage::open_and_import(&mut browser, "import/lettura-prova-cpia.ron").await;
    browser.click("[data-testid=teacher-remove]").await;
    browser
        .wait_for("[data-testid=teacher-bank] [data-testid=confirm]")
        .await;
    check_main(&browser, "the remove confirmation", locale).await;
    browser.close().await;
}

/// Whether the element `css` is inside a polite live region (`role=status` or
/// `aria-live=polite`), and the focused element's description.
async fn in_polite_region(browser: &Browser, css: &str) -> bool {
    let script = "const e = document.querySelector(arguments[0]);
        return !!e && !!e.closest('[role=status], [aria-live=polite]')
            && !e.closest('[role=alert], [aria-live=assertive]');";
    browser
        .client
        .execute(script, vec![serde_json::json!(css)])
        .await
        .unwrap()
        == serde_json::Value::Bool(true)
}

#[tokio::test]
async fn time_warnings_save_failures_results_and_import_reports_are_polite_and_keep_focus() {
    let mut browser = fresh("it").await;

    // Import reports: the outcome is announced, the focus stays on the file input.
    browser.open("/teacher").await;
    TeacherPage::wait_loaded(&browser).await;
    browser
        .js("document.querySelector('[data-testid=teacher-file]').focus()")
        .await;
    TeacherPage::import(&browser, "banks/syntax-error.ron").await;
    assert!(in_polite_region(&browser, "[data-testid=teacher-refused]").await);
    assert!(browser.focus_matches("[data-testid=teacher-file]").await);

    // The time warnings' region is in the running section from its start.
    ExamPage::start(&mut browser, "?seed=42&layout=vademecum").await;
    assert!(
        in_polite_region(&browser, ".exam-bar ~ [aria-live=polite]").await,
        "the time warnings have a polite live region"
    );

    // A failed save: the storage refuses every write; the notice is polite, the focus stays.
    browser
        .js("Storage.prototype.setItem = () => { \
               throw new DOMException('full', 'QuotaExceededError'); }")
        .await;
    let radio = browser
        .wait_for("[data-testid=item] input[type=radio]")
        .await;
    radio.click().await.unwrap();
    browser.wait_for("[data-testid=save-status] .notice").await;
    assert!(in_polite_region(&browser, "[data-testid=save-status] .notice").await);
    assert!(
        browser
            .focus_matches("[data-testid=item] input[type=radio]")
            .await,
        "the failed save leaves the focus on the answer: {:?}",
        browser.focused().await
    );
    browser.reload().await;

    // The results: the total is in a polite region, so grading the writing announces it.
    browser.wait_for("[data-testid=timer]").await;
    for _ in 0..3 {
        ExamPage::leave_section(&browser).await;
    }
    ExamPage::total(&browser).await;
    assert!(in_polite_region(&browser, "[data-testid=result-total]").await);
    // Nothing was written: "complete" cannot be chosen, "insufficient" can.
    browser
        .click("[data-testid=writing-grade] input[value=Insufficient]")
        .await;
    assert!(
        browser
            .focus_matches("[data-testid=writing-grade] input[value=Insufficient]")
            .await,
        "grading keeps the focus on the grade"
    );
    browser.close().await;
}

in_italian_and_arabic! {
    every_route =>
        every_route_passes_axe_in_italian_light_and_dark,
        every_route_passes_axe_in_arabic_light_and_dark;
    exam_states =>
        the_exam_states_pass_axe_in_italian,
        the_exam_states_pass_axe_in_arabic;
    confirm_dialogs =>
        the_confirm_dialogs_pass_axe_in_italian,
        the_confirm_dialogs_pass_axe_in_arabic;
    practice_and_teacher_states =>
        practice_feedback_and_import_reports_pass_axe_in_italian,
        practice_feedback_and_import_reports_pass_axe_in_arabic;
}
