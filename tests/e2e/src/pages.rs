//! Page objects: each knows the selectors of one part of the app.

use crate::Browser;

/// The first-visit language choice.
pub struct LanguageGate;

impl LanguageGate {
    /// Chooses `locale` and continues into the app.
    pub async fn choose(browser: &Browser, locale: &str) {
        browser
            .click(&format!("input[name=language][value={locale}]"))
            .await;
        browser.click("[data-testid=language-continue]").await;
        browser.wait_for("main#main .page, main#main section").await;
    }
}
