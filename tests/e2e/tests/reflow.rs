//! Reflow and zoom: at 320 px width, with the browser's text at 100% and at 200%, no page scrolls
//! sideways (every route, a running exam, its results, an imported bank with a 10,000-character
//! word), and the timer and the Listen button stay on screen.

use sportello_e2e::pages::{ExamPage, LanguageGate, TeacherPage};
use sportello_e2e::{Browser, ROUTES};

/// The narrowest screen WCAG's reflow asks for (1280 px at 400%).
const NARROW: (u32, u32) = (320, 640);

async fn no_sideways_scroll(viewport: (u32, u32), text_percent: u32) {
    let what = format!("{}x{} px, text {text_percent}%", viewport.0, viewport.1);
    let mut browser = Browser::start_sized(viewport, text_percent).await;
    browser.open("/").await;
    browser.wait_for("[data-testid=language-continue]").await;
    // The body's text is 1.0625rem: 17 px at the browser's default size, scaled by the setting.
    let size = browser
        .js("return parseFloat(getComputedStyle(document.body).fontSize)")
        .await;
    assert_eq!(size.as_f64(), Some(17.0 * f64::from(text_percent) / 100.0));
    browser
        .assert_no_sideways_scroll(&format!("the language page at {what}"))
        .await;
    LanguageGate::choose(&browser, "it").await;
    for (path, _) in ROUTES {
        browser.open(path).await;
        browser.wait_for("main h1").await;
        if path == "/teacher" {
            TeacherPage::wait_loaded(&browser).await;
        }
        browser
            .assert_no_sideways_scroll(&format!("{path} at {what}"))
            .await;
    }

    // A running exam: the timer stays in view while scrolling, the Listen button is reachable.
    ExamPage::start(&mut browser, "?seed=42&layout=vademecum").await;
    let page = format!("a running listening section at {what}");
    browser.assert_no_sideways_scroll(&page).await;
    browser
        .assert_on_screen("[data-testid=play]", true, &page)
        .await;
    browser
        .assert_on_screen("[data-testid=timer]", false, &page)
        .await;
    browser
        .js("window.scrollTo(0, document.body.scrollHeight)")
        .await;
    browser
        .assert_on_screen("[data-testid=timer]", false, &page)
        .await;
    browser.click("[data-testid=next-section]").await;
    browser.wait_for("[data-testid=confirm]").await;
    browser
        .assert_no_sideways_scroll(&format!("the confirm dialog at {what}"))
        .await;
    browser.click("[data-testid=confirm]").await;
    for section in ["reading", "writing"] {
        browser
            .wait_for("[data-testid=next-section], [data-testid=submit-exam]")
            .await;
        let page = format!("a running {section} section at {what}");
        browser.assert_no_sideways_scroll(&page).await;
        ExamPage::leave_section(&browser).await;
    }
    ExamPage::total(&browser).await;
    ExamPage::unfold_all(&browser).await;
    browser
        .assert_no_sideways_scroll(&format!("the results at {what}"))
        .await;

    // A bank with a 10,000-character word, imported on the teacher page.
    TeacherPage::open_and_import(&mut browser, "import/parola-lunga.ron").await;
    browser.wait_for("[data-testid=teacher-imported]").await;
    browser
        .wait_for("[data-testid=teacher-bank][data-bank-id=parola-lunga]")
        .await;
    browser
        .assert_no_sideways_scroll(&format!("the teacher page with a long word at {what}"))
        .await;
    browser.close().await;
}

#[tokio::test]
async fn at_320_px_no_page_scrolls_sideways() {
    no_sideways_scroll(NARROW, 100).await;
}

#[tokio::test]
async fn at_320_px_and_200_percent_text_no_page_scrolls_sideways() {
    no_sideways_scroll(NARROW, 200).await;
}
