//! Harness for Sportello's end-to-end tests: serves the release build in `dist/` on loopback (with
//! the SPA fallback a static host gives), starts chromedriver with a fresh headless Chromium
//! profile, and offers the few page actions the tests need.

use axum::response::IntoResponse;
use fantoccini::elements::Element;
use fantoccini::wd::{Capabilities, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};
use std::net::{SocketAddr, TcpListener as StdListener};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::process::{Child, Command};
use tower_http::services::{ServeDir, ServeFile};

pub mod a11y;
pub mod pages;

#[path = "../../support/messages.rs"]
mod messages;
pub use messages::{messages, messages_in, MESSAGE_SETS};

/// Phone-size viewport the tests use unless they ask for another (a common Android phone).
pub const PHONE: (u32, u32) = (390, 844);

/// Every route of the app with the message key its heading starts with; the last is a page
/// that does not exist.
pub const ROUTES: [(&str, &str); 13] = [
    ("/", "home-title"),
    ("/exam", "exam-title"),
    ("/class", "class-title"),
    ("/practice", "practice-title"),
    ("/progress", "progress-title"),
    ("/teacher", "teacher-title"),
    ("/teacher/editor", "editor-title"),
    ("/settings", "settings-title"),
    ("/about", "about-title"),
    ("/guide", "guide-title"),
    ("/lessons", "lessons-title"),
    ("/lessons/date-e-orari", "lesson-kicker"),
    ("/pagina-che-non-esiste", "not-found-title"),
];

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The release build to test: `$SPORTELLO_DIST` or `dist/` at the workspace root.
pub fn dist() -> PathBuf {
    let dir = std::env::var_os("SPORTELLO_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("dist"));
    assert!(
        dir.join("index.html").is_file(),
        "{} has no index.html: run `make build` first",
        dir.display()
    );
    dir
}

fn free_port() -> u16 {
    StdListener::bind("127.0.0.1:0")
        .expect("bind a free port")
        .local_addr()
        .unwrap()
        .port()
}

/// What the app renders into the page (not what `boot.js` shows while the module downloads).
const APP_RENDERED: &str = "body > *:not(noscript):not(script):not([data-testid=boot-loading])";

/// The test host's side of the network: on, slow, or cut. While cut, every request is answered
/// with an error and noted, so a test sees what the app still asked of the network; while held,
/// every answer waits until it is let go (a slow connection, as long as a test needs).
#[derive(Clone, Default)]
pub struct Network {
    cut: Arc<AtomicBool>,
    asked_while_cut: Arc<Mutex<Vec<String>>>,
    held: tokio::sync::watch::Sender<bool>,
}

impl Network {
    /// Holds every answer from now on, until [`Network::let_go`].
    pub fn hold(&self) {
        self.held.send_replace(true);
    }

    /// Lets the held answers go, and the ones after them.
    pub fn let_go(&self) {
        self.held.send_replace(false);
    }

    /// Cuts the network: from now on the host answers nothing.
    pub fn cut(&self) {
        self.cut.store(true, Ordering::SeqCst);
    }

    /// Puts the network back.
    pub fn restore(&self) {
        self.cut.store(false, Ordering::SeqCst);
    }

    /// The paths asked for since the network was cut.
    pub fn asked_while_cut(&self) -> Vec<String> {
        self.asked_while_cut.lock().unwrap().clone()
    }
}

/// Serves `dir` on a free loopback port; unknown paths get `index.html` (SPA fallback).
async fn serve(dir: PathBuf, network: Network, brotli: bool) -> SocketAddr {
    let index = dir.join("index.html");
    // As a static host that serves the .gz (and, with `brotli`, .br) copies `make build` writes,
    // and answers an unknown path with the app.
    let (mut files, mut app_page) = (ServeDir::new(&dir), ServeFile::new(index));
    if brotli {
        (files, app_page) = (files.precompressed_br(), app_page.precompressed_br());
    }
    let files = files
        .precompressed_gzip()
        .fallback(app_page.precompressed_gzip());
    let app = axum::Router::new()
        .fallback_service(files)
        .layer(axum::middleware::from_fn(
            move |request: axum::extract::Request, next: axum::middleware::Next| {
                let network = network.clone();
                async move {
                    if network.cut.load(Ordering::SeqCst) {
                        let path = request.uri().path().to_string();
                        network.asked_while_cut.lock().unwrap().push(path);
                        return http::StatusCode::SERVICE_UNAVAILABLE.into_response();
                    }
                    // The sender lives as long as `network`, which this closure holds.
                    let _ = network.held.subscribe().wait_for(|held| !held).await;
                    next.run(request).await
                }
            },
        ));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    addr
}

/// A running chromedriver, in a process group of its own with the browser it starts: dropping it
/// ends both. (A test that fails never closes its session, and a browser left behind would go on
/// running, and writing into its removed profile, long after the test.)
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        if let Some(group) = self.0.id().and_then(|pid| i32::try_from(pid).ok()) {
            // SAFETY: killpg only sends a signal; `group` is the group this driver leads.
            unsafe { libc::killpg(group, libc::SIGKILL) };
        }
    }
}

async fn start_chromedriver() -> (Driver, u16) {
    let port = free_port();
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .process_group(0)
        .kill_on_drop(true)
        .spawn()
        .expect("chromedriver not found on PATH: run `make setup-test`");
    let child = Driver(child);
    let deadline = Instant::now() + Duration::from_secs(20);
    while tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_err()
    {
        assert!(Instant::now() < deadline, "chromedriver did not start");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    (child, port)
}

/// A chromedriver command outside the WebDriver standard: a POST of `body` to
/// `session/{id}/{path}`.
#[derive(Debug)]
struct VendorCommand {
    path: &'static str,
    body: Value,
}

impl VendorCommand {
    /// The browser's console log (chromedriver's log endpoint).
    fn browser_log() -> VendorCommand {
        VendorCommand {
            path: "se/log",
            body: json!({"type": "browser"}),
        }
    }

    /// A Chrome DevTools Protocol command, through chromedriver's `goog/cdp/execute` endpoint.
    fn devtools(cmd: &str, params: Value) -> VendorCommand {
        VendorCommand {
            path: "goog/cdp/execute",
            body: json!({ "cmd": cmd, "params": params }),
        }
    }
}

impl WebDriverCompatibleCommand for VendorCommand {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/{}",
            session_id.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

/// One browser with a fresh profile, pointed at the served app.
pub struct Browser {
    /// The WebDriver client.
    pub client: Client,
    base: String,
    _driver: Driver,
    _profile: tempfile::TempDir,
    console: Vec<String>,
    viewport: (u32, u32),
    /// The test host's network, to cut.
    pub network: Network,
}

impl Browser {
    /// Starts a fresh headless Chromium at phone size, serving `dist/`.
    pub async fn start() -> Browser {
        Browser::start_serving(dist()).await
    }

    /// Starts a fresh headless Chromium at phone size, serving `dir`.
    pub async fn start_serving(dir: PathBuf) -> Browser {
        Browser::launch(dir, PHONE, 100, true).await
    }

    /// Starts a fresh headless Chromium at phone size, on a host that serves the gzip copies
    /// only (as most static hosts do), to measure what a first visit downloads.
    pub async fn start_gzip_host() -> Browser {
        Browser::launch(dist(), PHONE, 100, false).await
    }

    /// Starts a fresh headless Chromium serving `dist/` with a `viewport` (CSS pixels) and the
    /// browser's text size set to `text_percent` of the default (as a learner's own setting).
    pub async fn start_sized(viewport: (u32, u32), text_percent: u32) -> Browser {
        Browser::launch(dist(), viewport, text_percent, true).await
    }

    async fn launch(
        dir: PathBuf,
        viewport: (u32, u32),
        text_percent: u32,
        brotli: bool,
    ) -> Browser {
        let network = Network::default();
        let addr = serve(dir, network.clone(), brotli).await;
        let profile = tempfile::tempdir().unwrap();
        let mut args = vec![
            "--headless=new".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--disable-dev-shm-usage".into(),
            "--lang=it-IT".into(),
            format!("--window-size={},{}", viewport.0, viewport.1),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        if let Ok(extra) = std::env::var("SPORTELLO_CHROME_ARGS") {
            args.extend(extra.split_whitespace().map(String::from));
        }
        // The browser's own language is Italian, as on a phone bought in Italy.
        let mut chrome = json!({
            "args": args,
            "prefs": {
                "intl.accept_languages": "it-IT,it",
                "webkit.webprefs.default_font_size": 16 * text_percent / 100,
            },
            "mobileEmulation": {
                "deviceMetrics": { "width": viewport.0, "height": viewport.1, "pixelRatio": 1.0 }
            },
        });
        if let Ok(bin) = std::env::var("CHROME_BIN") {
            chrome["binary"] = json!(bin);
        }
        let caps: Capabilities = serde_json::from_value(json!({
            "browserName": "chrome",
            "goog:chromeOptions": chrome,
            "goog:loggingPrefs": { "browser": "ALL" },
        }))
        .unwrap();
        // A chromedriver that answers before it is ready (or a port another test's driver took
        // meanwhile) fails the session: a fresh driver on a fresh port is tried, three times.
        let mut attempt = 1;
        let (client, driver) = loop {
            let (driver, port) = start_chromedriver().await;
            match ClientBuilder::new(HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(client) => break (client, driver),
                Err(e) if attempt == 3 => {
                    panic!("start a Chromium session through chromedriver: {e:?}")
                }
                Err(_) => {
                    attempt += 1;
                    drop(driver);
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
            }
        };
        Browser {
            client,
            base: format!("http://{addr}"),
            _driver: driver,
            _profile: profile,
            console: Vec::new(),
            viewport,
            network,
        }
    }

    /// The URL of `path` on the served app.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Opens `path` (e.g. `/exam`) and waits for the app to render into it.
    pub async fn open(&mut self, path: &str) {
        self.client.goto(&self.url(path)).await.unwrap();
        self.wait_for(APP_RENDERED).await;
    }

    /// Waits up to 10 s for an element.
    pub async fn wait_for(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("waiting for `{css}`: {e}"))
    }

    /// Waits until the element's visible text equals `text`.
    pub async fn wait_for_text(&self, css: &str, text: &str) {
        let expected = format!("{text:?}");
        self.wait_for_text_that(css, &expected, |now| now == text)
            .await;
    }

    /// Waits until the element's visible text starts with `prefix`.
    pub async fn wait_for_text_start(&self, css: &str, prefix: &str) {
        let expected = format!("it to start with {prefix:?}");
        self.wait_for_text_that(css, &expected, |now| now.starts_with(prefix))
            .await;
    }

    /// Waits until the element's visible text contains `words`, ignoring the marks that isolate
    /// the variables of a translated message (U+2068, U+2069).
    pub async fn wait_for_text_containing(&self, css: &str, words: &str) {
        let expected = format!("it to contain {words:?}");
        self.wait_for_text_that(css, &expected, |now| {
            now.replace(['\u{2068}', '\u{2069}'], "").contains(words)
        })
        .await;
    }

    /// Waits until the element's visible text passes `test`; fails saying what was `expected`.
    async fn wait_for_text_that(&self, css: &str, expected: &str, test: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let now = self.text(css).await;
            if test(&now) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "`{css}` shows {now:?}, expected {expected}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The visible text of the first element matching `css` (empty when absent).
    pub async fn text(&self, css: &str) -> String {
        match self.client.find(Locator::Css(css)).await {
            Ok(el) => el.text().await.unwrap_or_default().trim().to_string(),
            Err(_) => String::new(),
        }
    }

    /// The visible text of every element matching `css`, trimmed, read in one step (so a
    /// re-render between elements cannot leave a stale one).
    pub async fn texts(&self, css: &str) -> Vec<String> {
        self.collect(css, "e.innerText.trim()").await
    }

    /// The attribute `name` of every element matching `css`, read in one step.
    pub async fn attrs(&self, css: &str, name: &str) -> Vec<String> {
        self.collect(css, &format!("e.getAttribute({name:?}) ?? ''"))
            .await
    }

    /// The attribute `name` of the element matching `css`, once it is there.
    pub async fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.wait_for(css).await.attr(name).await.unwrap()
    }

    async fn collect(&self, css: &str, expression: &str) -> Vec<String> {
        let script =
            format!("return [...document.querySelectorAll(arguments[0])].map(e => {expression})");
        let value = self
            .client
            .execute(&script, vec![json!(css)])
            .await
            .unwrap();
        serde_json::from_value(value).expect("a list of strings")
    }

    /// An attribute of `<html>`, e.g. `lang` or `dir`.
    pub async fn html_attr(&self, name: &str) -> String {
        let el = self.client.find(Locator::Css("html")).await.unwrap();
        el.attr(name).await.unwrap().unwrap_or_default()
    }

    /// Clicks the first element matching `css` (found again if the page re-rendered it between
    /// finding and clicking, as a user's click would land on the new one).
    pub async fn click(&self, css: &str) {
        for _ in 0..3 {
            match self.wait_for(css).await.click().await {
                Ok(()) => return,
                Err(e) if e.is_stale_element_reference() => continue,
                Err(e) => panic!("clicking `{css}`: {e}"),
            }
        }
        panic!("`{css}` was replaced three times while being clicked");
    }

    /// Clicks the first element matching `css` once it has stopped moving: where parts of a page
    /// arrive late (lesson links under the reviewed items), a click aimed at a moving element
    /// lands on whatever took its place, for a user as for WebDriver.
    pub async fn click_when_still(&self, css: &str) {
        let position = format!(
            "const e = document.querySelector('{css}'); \
             if (!e) return null; \
             e.scrollIntoView({{block: 'center'}}); \
             const r = e.getBoundingClientRect(); return [r.x, r.y];"
        );
        let mut last = Value::Null;
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let now = self.js(&position).await;
            if !now.is_null() && now == last {
                break;
            }
            assert!(Instant::now() < deadline, "`{css}` never stopped moving");
            last = now;
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        self.click(css).await;
    }

    /// Clicks the element matching `css`, then waits for one matching `then`.
    pub async fn click_then_wait(&self, css: &str, then: &str) {
        self.click(css).await;
        self.wait_for(then).await;
    }

    /// Opens `path`, then waits for an element matching `then`.
    pub async fn open_then_wait(&mut self, path: &str, then: &str) {
        self.open(path).await;
        self.wait_for(then).await;
    }

    /// Catches the files the page offers for download, as it makes them (the page's policy
    /// forbids fetching them back): they are kept in `window.downloads` until the next load.
    pub async fn catch_downloads(&self) {
        self.js("window.downloads = [];
                 const texts = {};
                 const make = URL.createObjectURL;
                 URL.createObjectURL = function (blob) {
                     const url = make.call(URL, blob);
                     blob.text().then(text => { texts[url] = text; });
                     return url;
                 };
                 HTMLAnchorElement.prototype.click = function () {
                     const name = this.download, url = this.href;
                     const keep = () => url in texts
                         ? window.downloads.push({ name, text: texts[url] })
                         : setTimeout(keep, 10);
                     keep();
                 };")
            .await;
    }

    /// The name and text of the first file offered for download since
    /// [`Self::catch_downloads`].
    pub async fn downloaded(&self) -> (String, String) {
        wait_for_value("a download", true, || async {
            self.js("return window.downloads.length > 0")
                .await
                .as_bool()
                == Some(true)
        })
        .await;
        let file = self.js("return window.downloads[0]").await;
        (
            file["name"].as_str().unwrap().to_string(),
            file["text"].as_str().unwrap().to_string(),
        )
    }

    /// Runs JavaScript in the page and returns its result.
    pub async fn js(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.unwrap()
    }

    /// Runs `script` in every page loaded from now on, before the page's own scripts (e.g. to
    /// fake browser APIs that headless Chromium lacks).
    pub async fn before_each_load(&self, script: &str) {
        let params = json!({ "source": script });
        self.client
            .issue_cmd(VendorCommand::devtools(
                "Page.addScriptToEvaluateOnNewDocument",
                params,
            ))
            .await
            .expect("add a script through the DevTools protocol");
    }

    /// Reloads the page.
    pub async fn reload(&mut self) {
        self.client.refresh().await.unwrap();
        self.wait_for(APP_RENDERED).await;
    }

    /// Console errors and uncaught exceptions seen so far (severe entries of the browser log).
    pub async fn console_errors(&mut self) -> Vec<String> {
        let log = self
            .client
            .issue_cmd(VendorCommand::browser_log())
            .await
            .unwrap_or(Value::Null);
        for entry in log.as_array().into_iter().flatten() {
            if entry["level"] == "SEVERE" {
                self.console
                    .push(entry["message"].as_str().unwrap_or("").to_string());
            }
        }
        self.console.clone()
    }

    /// Saves a PNG screenshot of the top of the page.
    pub async fn screenshot(&self, path: &Path) {
        self.js("window.scrollTo(0, 0)").await;
        let png = self.client.screenshot().await.unwrap();
        std::fs::write(path, png).unwrap();
    }

    /// Saves a PNG screenshot of the element `css` alone (scrolled into view), for the guides.
    pub async fn screenshot_of(&self, css: &str, path: &Path) {
        let element = self.wait_for(css).await;
        let png = element.screenshot().await.unwrap();
        std::fs::write(path, png).unwrap();
    }

    /// The QR code drawn as `data-testid={testid}-qr`, once its fold (`details`) is opened: its
    /// size in modules and its path, to compare with the core's picture of the expected text
    /// (whose own tests read it back with a QR reader).
    pub async fn qr_drawn(&self, testid: &str) -> sportello_core::qr::QrPicture {
        let svg = format!("[data-testid={testid}-qr]");
        self.js(&format!(
            "document.querySelector('{svg}').closest('details').open = true"
        ))
        .await;
        let size = self.attr(&svg, "data-modules").await.unwrap();
        sportello_core::qr::QrPicture {
            size: size.parse().unwrap(),
            path: self.attr(&format!("{svg} path"), "d").await.unwrap(),
        }
    }

    /// From now on, this tab's requests go to the network, past the service worker: to see what
    /// a first visit downloads from the host.
    pub async fn bypass_service_worker(&self) {
        for (command, params) in [
            ("Network.enable", json!({})),
            ("Network.setBypassServiceWorker", json!({ "bypass": true })),
        ] {
            self.client
                .issue_cmd(VendorCommand::devtools(command, params))
                .await
                .expect("bypass the service worker through the DevTools protocol");
        }
    }

    /// Waits until the service worker is active: the whole app is then kept for offline use.
    pub async fn wait_for_offline_copy(&self) {
        wait_for_value("an active service worker", true, || async {
            self.js("return navigator.serviceWorker.getRegistration() \
                   .then(r => !!(r && r.active && r.active.state === 'activated'))")
                .await
                .as_bool()
                .unwrap_or(false)
        })
        .await;
    }

    /// Ends the session.
    pub async fn close(self) {
        self.client.close().await.unwrap();
    }

    /// Fails if the page logged an error, then closes the browser: the end of most tests.
    pub async fn close_without_errors(mut self) {
        let errors = self.console_errors().await;
        assert!(errors.is_empty(), "console errors: {errors:#?}");
        self.close().await;
    }
}

/// Waits up to 10 s until `current()` gives `expected`; fails with the last value and `what`
/// it counts.
pub async fn wait_for_value<T, F, Fut>(what: &str, expected: T, current: F)
where
    T: PartialEq + std::fmt::Debug,
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = T>,
{
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let now = current().await;
        if now == expected {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{now:?} {what}, expected {expected:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A fresh browser that has chosen `locale` on the first-visit language page.
pub async fn fresh(locale: &str) -> Browser {
    let mut browser = Browser::start().await;
    browser.open("/").await;
    pages::LanguageGate::choose(&browser, locale).await;
    browser
}

/// The shipped banks (the template left out, as in the app) and layouts, validated by the core.
pub fn shipped() -> sportello_core::bank::validate::Report {
    use sportello_core::bank::validate::{check, Source};
    let read = |dir: &Path| -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .filter(|p| !p.ends_with("TEMPLATE.ron"))
            .collect();
        files.sort();
        files
            .into_iter()
            .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
            .collect()
    };
    let dir = root().join("question-banks");
    let mut files = read(&dir);
    files.extend(read(&dir.join("layouts")));
    let sources: Vec<Source<'_>> = files.iter().map(|(n, d)| Source::new(n, d)).collect();
    let report = check(&sources);
    assert!(
        report.is_valid(),
        "shipped banks have errors: {:?}",
        report.errors()
    );
    report
}

/// The exam the app generates for `seed` and `layout` from the shipped banks with an empty seen
/// set (as a shared link does): the same core code, so tests know the answer key.
pub fn shipped_exam(seed: u64, layout: &str) -> sportello_core::exam::Exam {
    let report = shipped();
    let layout = report
        .layouts()
        .iter()
        .find(|l| l.id == layout)
        .unwrap_or_else(|| panic!("no layout {layout}"));
    let tasks = report.banks().iter().flat_map(|b| b.tasks.iter());
    sportello_core::exam::generate(layout, tasks, seed, |_| false).unwrap()
}

/// A right answer for every item of a question: the key for scored kinds, the examples (or a
/// plausible value) for form fields, the model for messages.
pub fn right_answer(
    question: &sportello_core::exam::ExamQuestion,
) -> sportello_core::answer::Answer {
    use sportello_core::answer::Answer;
    use sportello_core::bank::FieldKind;
    use sportello_core::exam::ExamQuestion;
    match question {
        ExamQuestion::Form { fields, .. } => Answer::Form(
            fields
                .iter()
                .map(|f| match (&f.example, &f.kind) {
                    (Some(e), _) => e.clone(),
                    (None, FieldKind::Date) => "12/03/1990".into(),
                    (None, FieldKind::Number) => "3".into(),
                    (None, FieldKind::Phone) => "3331234567".into(),
                    (None, FieldKind::Email) => "nome@esempio.it".into(),
                    (None, FieldKind::Choice(o)) => o[0].clone(),
                    (None, FieldKind::Text) => "Rossi".into(),
                })
                .collect(),
        ),
        ExamQuestion::Message { model, .. } => Answer::Message(model.clone()),
        other => Answer::right_for(other).expect("scored kinds have a key"),
    }
}
