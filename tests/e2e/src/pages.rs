//! Page objects: each knows the selectors of one part of the app.

use crate::{root, wait_for_value, Browser};
use fantoccini::Locator;
use sportello_core::answer::Answer;

/// The first-visit language choice.
pub struct LanguageGate;

impl LanguageGate {
    /// Chooses `locale` and continues into the app.
    pub async fn choose(browser: &Browser, locale: &str) {
        browser
            .click(&format!("input[name=language][value={locale}]"))
            .await;
        browser
            .click_then_wait(
                "[data-testid=language-continue]",
                "main#main .page, main#main section",
            )
            .await;
    }
}

/// The exam page: intro, sections, results.
pub struct ExamPage;

impl ExamPage {
    /// Opens `/exam` (with an optional query) and starts the exam.
    pub async fn start(browser: &mut Browser, query: &str) {
        browser.open(&format!("/exam{query}")).await;
        browser
            .click_then_wait("[data-testid=exam-start]", "[data-testid=timer]")
            .await;
    }

    /// Follows the link `link` to an exam's start page, checks that it names no problem, and
    /// starts the exam.
    pub async fn start_via(browser: &Browser, link: &str) {
        browser
            .click_then_wait(link, "[data-testid=exam-start]")
            .await;
        assert!(browser
            .texts("[data-testid=share-problem]")
            .await
            .is_empty());
        browser
            .click_then_wait("[data-testid=exam-start]", "[data-testid=timer]")
            .await;
    }

    /// The `data-item-id` of every item on the page, in order.
    pub async fn item_ids(browser: &Browser) -> Vec<String> {
        browser.attrs("[data-testid=item]", "data-item-id").await
    }

    /// The visible text of every item on the page, in order (options included).
    pub async fn item_texts(browser: &Browser) -> Vec<String> {
        browser.texts("[data-testid=item]").await
    }

    /// Gives `answer` to the item `task/item` through its native controls, as a learner would.
    pub async fn answer(browser: &Browser, task: &str, item: &str, answer: &Answer) {
        let scope = format!("[data-testid=item][data-item-id=\"{task}/{item}\"]");
        let find = |css: String| async move { browser.wait_for(&css).await };
        let type_in = |css: String, text: &str| {
            let text = text.to_string();
            async move { find(css).await.send_keys(&text).await.unwrap() }
        };
        match answer {
            Answer::Choice(i) => {
                let radio = format!("{scope} input[type=radio][value=\"{i}\"]");
                if browser.client.find(Locator::Css(&radio)).await.is_ok() {
                    browser.click(&radio).await;
                } else {
                    find(format!("{scope} select"))
                        .await
                        .select_by_value(&i.to_string())
                        .await
                        .unwrap();
                }
            }
            Answer::TrueFalse(b) => {
                browser
                    .click(&format!("{scope} input[type=radio][value=\"{b}\"]"))
                    .await;
            }
            Answer::Matching(chosen) => {
                let selects = browser
                    .client
                    .find_all(Locator::Css(&format!("{scope} select")))
                    .await
                    .unwrap();
                for (select, choice) in selects.iter().zip(chosen) {
                    if let Some(r) = choice {
                        select.select_by_value(&r.to_string()).await.unwrap();
                    }
                }
            }
            Answer::Ticks(ticks) => {
                for i in ticks {
                    browser
                        .click(&format!("{scope} input[type=checkbox][value=\"{i}\"]"))
                        .await;
                }
            }
            Answer::Typed(text) => {
                type_in(format!("{scope} input[type=text]"), text).await;
            }
            Answer::Form(values) => {
                let controls = browser
                    .client
                    .find_all(Locator::Css(&format!(
                        "{scope} .form-field input, {scope} .form-field select"
                    )))
                    .await
                    .unwrap();
                for (control, value) in controls.iter().zip(values) {
                    if value.is_empty() {
                        continue;
                    }
                    if control.tag_name().await.unwrap() == "select" {
                        control.select_by_value(value).await.unwrap();
                    } else {
                        control.send_keys(value).await.unwrap();
                    }
                }
            }
            Answer::Message(text) => {
                type_in(format!("{scope} textarea"), text).await;
            }
        }
    }

    /// Leaves the section (next section, or hand in on the last), confirms, and waits for what
    /// follows: the next section or the results.
    pub async fn leave_section(browser: &Browser) {
        let next = browser
            .client
            .find(Locator::Css("[data-testid=next-section]"))
            .await;
        match next {
            Ok(button) => button.click().await.unwrap(),
            Err(_) => browser.click("[data-testid=submit-exam]").await,
        }
        browser.click("[data-testid=confirm]").await;
        browser
            .wait_for(
                "[data-testid=next-section], [data-testid=submit-exam], \
                 [data-testid=result-total]",
            )
            .await;
    }

    /// Opens every folded part of the page (transcripts, explanations).
    pub async fn unfold_all(browser: &Browser) {
        browser
            .js("document.querySelectorAll('main details').forEach(d => d.open = true)")
            .await;
    }

    /// The remaining time shown, in seconds.
    pub async fn seconds_left(browser: &Browser) -> u64 {
        let text = browser.text("[data-testid=timer]").await;
        let (m, s) = text
            .split_once(':')
            .unwrap_or_else(|| panic!("timer shows {text:?}"));
        m.parse::<u64>().unwrap() * 60 + s.parse::<u64>().unwrap()
    }

    /// The total shown on the results.
    pub async fn total(browser: &Browser) -> String {
        browser.wait_for("[data-testid=result-total]").await;
        browser.text("[data-testid=result-total]").await
    }

    /// Whether the verdict says passed.
    pub async fn passed(browser: &Browser) -> bool {
        let el = browser.wait_for("[data-testid=result-verdict]").await;
        el.attr("data-passed").await.unwrap().as_deref() == Some("true")
    }
}

/// The teacher page: importing, listing and removing question files.
pub struct TeacherPage;

impl TeacherPage {
    /// Waits until the page has loaded the catalog (the totals table and an enabled file input).
    pub async fn wait_loaded(browser: &Browser) {
        browser.wait_for("[data-testid=teacher-totals]").await;
        browser
            .wait_for("[data-testid=teacher-file]:not([disabled])")
            .await;
    }

    /// Opens `/teacher`, waits until it is ready and imports `fixture` (see [`Self::import`]).
    pub async fn open_and_import(browser: &mut Browser, fixture: &str) {
        browser.open("/teacher").await;
        TeacherPage::wait_loaded(browser).await;
        TeacherPage::import(browser, fixture).await;
    }

    /// Chooses `fixture` (a path below `core/tests/fixtures`) in the file input and waits until
    /// the page says what happened.
    pub async fn import(browser: &Browser, fixture: &str) {
        let path = root()
            .join("core/tests/fixtures")
            .join(fixture)
            .canonicalize()
            .expect("the fixture exists");
        browser
            .wait_for("[data-testid=teacher-file]:not([disabled])")
            .await
            .send_keys(&path.to_string_lossy())
            .await
            .expect("choose a file in the file input");
        browser
            .wait_for(
                "[data-testid=teacher-imported], [data-testid=teacher-refused], \
                 [data-testid=teacher-import-problem]",
            )
            .await;
    }

    /// Drops a file named `name` holding `text` on the drop box, as a file dragged from the
    /// desktop, and waits until the page says what happened.
    pub async fn drop_file(browser: &Browser, name: &str, text: &str) {
        browser
            .wait_for("[data-testid=teacher-file]:not([disabled])")
            .await;
        let script = format!(
            "const files = new DataTransfer();
             files.items.add(new File([{text}], {name}));
             document.querySelector('[data-testid=teacher-drop]').dispatchEvent(
                 new DragEvent('drop', {{ dataTransfer: files, bubbles: true, cancelable: true }}));",
            text = serde_json::to_string(text).unwrap(),
            name = serde_json::to_string(name).unwrap(),
        );
        browser.js(&script).await;
        browser
            .wait_for(
                "[data-testid=teacher-imported], [data-testid=teacher-refused], \
                 [data-testid=teacher-import-problem]",
            )
            .await;
    }

    /// The lines of a list of diagnostics (`errors` or `warnings`) of the last import.
    pub async fn diagnostics(browser: &Browser, list: &str) -> Vec<String> {
        browser
            .texts(&format!("[data-testid=teacher-{list}] li"))
            .await
    }

    /// The ids of the listed banks coming from `origin` (`imported` or `shipped`).
    pub async fn bank_ids(browser: &Browser, origin: &str) -> Vec<String> {
        let css = format!("[data-testid=teacher-bank][data-origin={origin}]");
        browser.attrs(&css, "data-bank-id").await
    }

    /// Tasks and items in the totals row of `section` (`listening`, `reading`, `writing`).
    pub async fn totals(browser: &Browser, section: &str) -> (u32, u32) {
        let cells = browser
            .texts(&format!(
                "[data-testid=teacher-totals] tr[data-section={section}] td"
            ))
            .await;
        let number = |i: usize| cells[i].parse::<u32>().expect("a count");
        (number(0), number(1))
    }

    /// Removes the imported file named `file`, confirming, and waits for the result.
    pub async fn remove(browser: &Browser, file: &str) {
        let card = format!("[data-file=\"{file}\"]");
        browser
            .click(&format!("{card} [data-testid=teacher-remove]"))
            .await;
        browser
            .click(&format!("{card} [data-testid=confirm]"))
            .await;
        browser.wait_for("[data-testid=teacher-removed]").await;
    }

    /// Chooses the layout `id` for the shared exam.
    pub async fn choose_layout(browser: &Browser, id: &str) {
        browser
            .click(&format!("input[name=teacher-layout][value={id}]"))
            .await;
    }

    /// The path of the link to share (`/exam?seed=N&layout=ID`).
    pub async fn share_link(browser: &Browser) -> String {
        browser
            .attr("[data-testid=teacher-share-link]", "href")
            .await
            .unwrap_or_default()
    }

    /// Asks for a new code for the shared exam.
    pub async fn new_code(browser: &Browser) {
        browser.click("[data-testid=teacher-share-new]").await;
    }
}

/// The practice page: filters, one task at a time with a check per item, and the review of
/// mistakes.
pub struct PracticePage;

impl PracticePage {
    /// Opens `/practice` and waits for the filters.
    pub async fn open(browser: &mut Browser) {
        browser
            .open_then_wait("/practice", "[data-testid=practice-start]")
            .await;
    }

    /// Chooses the section (`listening`, `reading`, `writing` or `mixed`), the topic and the item
    /// kind (their names in bank files, or `""` for any).
    pub async fn choose(browser: &Browser, section: &str, topic: &str, kind: &str) {
        browser
            .click(&format!("input[name=practice-section][value={section}]"))
            .await;
        browser
            .wait_for("#practice-topic")
            .await
            .select_by_value(topic)
            .await
            .unwrap();
        browser
            .wait_for("#practice-kind")
            .await
            .select_by_value(kind)
            .await
            .unwrap();
    }

    /// Starts practising and waits for the first item.
    pub async fn start(browser: &Browser) {
        browser
            .click_then_wait("[data-testid=practice-start]", "[data-testid=item]")
            .await;
    }

    /// Checks the answer to item `task/item` and returns the feedback's text.
    pub async fn check(browser: &Browser, task: &str, item: &str) -> String {
        let scope = format!("[data-testid=item][data-item-id=\"{task}/{item}\"]");
        browser
            .click(&format!(
                "{scope} [data-testid=check-answer]:not([disabled])"
            ))
            .await;
        browser
            .wait_for(&format!("{scope} [data-testid=feedback]"))
            .await
            .text()
            .await
            .unwrap()
    }

    /// The number of review items due, as the review button holds it.
    pub async fn due(browser: &Browser) -> u32 {
        browser
            .attr("[data-testid=review-due]", "data-count")
            .await
            .and_then(|n| n.parse().ok())
            .expect("the review button holds a count")
    }

    /// Waits until `count` review items are due.
    pub async fn wait_due(browser: &Browser, count: u32) {
        wait_for_value("items due", count, || Self::due(browser)).await;
    }

    /// Starts the review of the due items and waits for the first one.
    pub async fn review(browser: &Browser) {
        browser
            .click_then_wait("[data-testid=review-due]", "[data-testid=item]")
            .await;
    }
}

/// The progress page: the history of finished exams, their review, the backup.
pub struct ProgressPage;

impl ProgressPage {
    /// Opens `/progress` and waits for its title.
    pub async fn open(browser: &mut Browser) {
        browser
            .open_then_wait("/progress", "section.progress h1")
            .await;
    }

    /// The id of every exam listed, latest first.
    pub async fn attempt_ids(browser: &Browser) -> Vec<String> {
        browser
            .attrs("[data-testid=attempt]", "data-attempt-id")
            .await
    }

    /// Waits until `count` exams are listed.
    pub async fn wait_attempts(browser: &Browser, count: usize) {
        wait_for_value("exams listed", count, || async {
            Self::attempt_ids(browser).await.len()
        })
        .await;
    }

    /// The visible text of the listed exam `index` (0: the latest), without the invisible
    /// marks Fluent puts around each value.
    pub async fn row_text(browser: &Browser, index: usize) -> String {
        browser.texts("[data-testid=attempt]").await[index].replace(['\u{2068}', '\u{2069}'], "")
    }

    /// Opens the review of the listed exam `index` and waits for its total.
    pub async fn open_review(browser: &Browser, index: usize) {
        let links = browser
            .client
            .find_all(Locator::Css(
                "[data-testid=attempt] [data-testid=attempt-open]",
            ))
            .await
            .unwrap();
        links[index].click().await.unwrap();
        browser.wait_for("[data-testid=result-total]").await;
    }

    /// Exports the backup and returns the JSON text the page offers for download.
    pub async fn export(browser: &Browser) -> String {
        browser.click("[data-testid=backup-export]").await;
        browser.wait_for("[data-testid=backup-json]").await;
        browser
            .js("return document.querySelector('[data-testid=backup-json]').value")
            .await
            .as_str()
            .expect("the backup text")
            .to_string()
    }

    /// Chooses the file at `path` to import (on a freshly opened page) and returns what the page
    /// says: `imported`, or the reason it refused (`not-a-backup`, `full`, …).
    pub async fn import(browser: &Browser, path: &std::path::Path) -> String {
        browser
            .wait_for("[data-testid=backup-file]:not([disabled])")
            .await
            .send_keys(&path.canonicalize().unwrap().to_string_lossy())
            .await
            .expect("choose a file in the file input");
        let outcome = browser
            .wait_for("[data-testid=backup-imported], [data-testid=backup-refused]")
            .await;
        match outcome.attr("data-reason").await.unwrap() {
            Some(reason) => reason,
            None => "imported".to_string(),
        }
    }
}
