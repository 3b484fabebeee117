use sportello_e2e::pages::{LanguageGate, TeacherPage};
use sportello_e2e::{root, Browser};

#[tokio::test]
async fn shots() {
    let mut browser = Browser::start().await;
    browser.open("/teacher").await;
    LanguageGate::choose(&browser, "it").await;
    TeacherPage::wait_loaded(&browser).await;
    let out = std::path::Path::new("/tmp/teacher-shots");
    std::fs::create_dir_all(out).unwrap();
    browser.js("window.scrollTo(0,0)").await;
    browser.screenshot(&out.join("1-top.png")).await;
    TeacherPage::import(&browser, &root().join("tests/fixtures/banks/syntax-error.ron")).await;
    browser.js("document.querySelector('[data-testid=teacher-refused]').scrollIntoView()").await;
    browser.screenshot(&out.join("2-refused.png")).await;
    TeacherPage::import(&browser, &root().join("tests/fixtures/banks/style-warnings.ron")).await;
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    browser.js("document.querySelector('[data-testid=teacher-imported]').scrollIntoView()").await;
    browser.screenshot(&out.join("3-imported.png")).await;
    browser.js("document.querySelector('#teacher-files-title').scrollIntoView()").await;
    browser.screenshot(&out.join("4-files.png")).await;
    browser.click("[data-file=\"style-warnings.ron\"] [data-testid=teacher-remove]").await;
    browser.js("document.querySelector('.confirm').scrollIntoView()").await;
    browser.screenshot(&out.join("5-confirm.png")).await;
    browser.js("document.querySelector('#teacher-share-title').scrollIntoView()").await;
    browser.screenshot(&out.join("6-share.png")).await;
    browser.js("document.querySelector('#teacher-write-title').scrollIntoView()").await;
    browser.screenshot(&out.join("7-write.png")).await;
    let w = browser.js("return [document.documentElement.scrollWidth, window.innerWidth]").await;
    println!("widths {w}");
    let errors = browser.console_errors().await;
    println!("console {errors:?}");
}
