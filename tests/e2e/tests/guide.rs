//! `/guide` opens in every interface language with its heading, a source under every answer,
//! the sources list linking the decrees and official pages, Italian terms marked as Italian,
//! the page's direction, and no sideways scrolling on a 320 px phone; home, about and the exam
//! intro link to it.

use sportello_e2e::{fresh, messages, Browser};

/// Every answer of the guide ends with its sources; the sources list closes the page.
const QUESTIONS: usize = 8;
/// The entries of the sources list, each with the date it was checked.
const SOURCES: usize = 11;

/// Opens `/guide` in `locale` and checks what every language must show.
async fn guide_in(locale: &str) {
    let texts = messages(locale);
    let mut browser = fresh(locale).await;
    browser.open("/guide").await;
    browser
        .wait_for_text("main h1", &texts["guide-title"])
        .await;
    assert_eq!(browser.html_attr("lang").await, locale);
    let dir = if matches!(locale, "ar" | "ur") {
        "rtl"
    } else {
        "ltr"
    };
    assert_eq!(browser.html_attr("dir").await, dir);

    browser
        .wait_for_text(
            "[data-testid=guide-sources] h2",
            &texts["guide-sources-title"],
        )
        .await;
    let cited = browser.texts("section[id] > .guide-source").await;
    assert_eq!(cited.len(), QUESTIONS, "{cited:?}");
    let dates = browser
        .attrs(
            "main .guide-source time, main .guide-source-list time",
            "datetime",
        )
        .await;
    assert_eq!(dates.len(), QUESTIONS + SOURCES, "{dates:?}");
    assert!(dates.iter().all(|d| d == "2026-12-01"), "{dates:?}");
    // Every source an answer cites is in the list.
    for target in browser.attrs("main .guide-source a", "href").await {
        let id = target.trim_start_matches('#');
        browser
            .wait_for(&format!("[data-testid=guide-sources] li#{id}"))
            .await;
    }

    // The decrees and the official pages are linked from the sources list.
    let pages = browser
        .attrs("[data-testid=guide-sources] li a", "href")
        .await;
    for site in [
        "https://www.gazzettaufficiale.it/",
        "https://prefettura.interno.gov.it/",
    ] {
        assert!(
            pages.iter().any(|p| p.starts_with(site)),
            "{site}: {pages:?}"
        );
    }

    // Italian terms are marked up, and no `[[…]]` marker is left in the text.
    let terms = browser.texts("main .guide span[lang=it][dir=ltr]").await;
    assert!(
        terms
            .iter()
            .any(|t| t == "permesso di soggiorno UE per soggiornanti di lungo periodo"),
        "{terms:?}"
    );
    let page = browser.text("main").await;
    assert!(!page.contains("[[") && !page.contains("]]"), "{page}");

    // A 320 px phone never scrolls sideways.
    browser.set_screen_width(320).await;
    let width = browser.js("return window.innerWidth").await;
    assert_eq!(width.as_i64(), Some(320));
    browser
        .assert_no_sideways_scroll(&format!("/guide in {locale} at 320 px"))
        .await;
    browser.close_without_errors().await;
}

macro_rules! guide_tests {
    ($($name:ident: $locale:literal),+ $(,)?) => {
        $(
            #[tokio::test]
            async fn $name() {
                guide_in($locale).await;
            }
        )+
    };
}

guide_tests! {
    the_guide_opens_in_italian: "it",
    the_guide_opens_in_english: "en",
    the_guide_opens_in_french: "fr",
    the_guide_opens_in_spanish: "es",
    the_guide_opens_in_arabic: "ar",
    the_guide_opens_in_albanian: "sq",
    the_guide_opens_in_ukrainian: "uk",
    the_guide_opens_in_chinese: "zh",
    the_guide_opens_in_bengali: "bn",
    the_guide_opens_in_urdu: "ur",
}

/// Follows the guide link of the page at `path` and waits for the guide.
async fn follow_link(browser: &mut Browser, path: &str, ready: &str) {
    let en = messages("en");
    browser.open(path).await;
    browser.wait_for(ready).await;
    browser.click("main a[href='/guide']").await;
    browser.wait_for_text("main h1", &en["guide-title"]).await;
}

#[tokio::test]
async fn home_about_and_the_exam_intro_link_to_the_guide() {
    let mut browser = fresh("en").await;
    follow_link(&mut browser, "/", "main .home").await;
    follow_link(&mut browser, "/about", "main .page").await;
    follow_link(&mut browser, "/exam", "[data-testid=exam-start]").await;
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "{errors:#?}");
    browser.close().await;
}
