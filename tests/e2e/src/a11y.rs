//! Accessibility checks for the end-to-end tests: axe-core injected through WebDriver (so the
//! page's Content-Security-Policy stays as strict as it is), colour-scheme emulation through the
//! Chrome DevTools Protocol, keyboard-only input, visible focus and reflow.

use crate::{root, Browser, VendorCommand};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde_json::{json, Value};
use std::sync::OnceLock;

/// The WCAG 2.x A and AA rule sets axe runs (no AAA, no best practices but [`EXTRA_RULES`]).
const WCAG_TAGS: [&str; 6] = [
    "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa",
];

/// Rules axe files as best practices that the suite runs too: a dialog without a name is
/// announced as a bare "dialog" (WCAG 4.1.2, name, role, value).
const EXTRA_RULES: [&str; 1] = ["aria-dialog-name"];

/// The source of axe-core, installed from npm by `scripts/setup.sh` (pinned in package.json).
fn axe_source() -> &'static str {
    static SOURCE: OnceLock<String> = OnceLock::new();
    SOURCE.get_or_init(|| {
        let path = root().join("node_modules/axe-core/axe.min.js");
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e}: run `scripts/setup.sh test` to install axe-core",
                path.display()
            )
        })
    })
}

/// The light or the dark colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// `prefers-color-scheme: light`.
    Light,
    /// `prefers-color-scheme: dark`.
    Dark,
}

impl Scheme {
    /// Both schemes, light first.
    pub const BOTH: [Scheme; 2] = [Scheme::Light, Scheme::Dark];

    fn as_str(self) -> &'static str {
        match self {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
        }
    }
}

/// The focused element, as the keyboard tests compare it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Focused {
    /// A short description: tag, type, name, value, test id, text.
    pub label: String,
    /// Whether the focused element shows an outline or a box shadow.
    pub visible: bool,
}

impl Browser {
    /// Emulates a phone screen `width` px wide for this tab (a window resize does not change
    /// the harness's phone emulation).
    pub async fn set_screen_width(&self, width: u32) {
        self.set_screen(width, 800).await;
    }

    /// Emulates a phone screen of `width` × `height` CSS pixels (a tall one fits a whole part of
    /// a page in a screenshot).
    pub async fn set_screen(&self, width: u32, height: u32) {
        let params =
            json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": true });
        self.client
            .issue_cmd(VendorCommand::devtools(
                "Emulation.setDeviceMetricsOverride",
                params,
            ))
            .await
            .expect("emulate the screen's width through the DevTools protocol");
    }

    /// Emulates `prefers-color-scheme` for this tab (it lasts across navigations).
    pub async fn set_color_scheme(&self, scheme: Scheme) {
        let params = json!({
            "features": [{ "name": "prefers-color-scheme", "value": scheme.as_str() }]
        });
        self.client
            .issue_cmd(VendorCommand::devtools(
                "Emulation.setEmulatedMedia",
                params,
            ))
            .await
            .expect("emulate prefers-color-scheme through the DevTools protocol");
        let query = format!(
            "return matchMedia('(prefers-color-scheme: {})').matches",
            scheme.as_str()
        );
        assert_eq!(
            self.js(&query).await,
            Value::Bool(true),
            "the {} scheme is emulated",
            scheme.as_str()
        );
    }

    /// Runs axe-core's WCAG 2.x A/AA rules on `scope` (a CSS selector, e.g. `body` or `main`)
    /// and fails with every violation: its rule, impact, elements and `page`.
    pub async fn assert_accessible_in(&self, page: &str, scope: &str) {
        let loaded = self.js("return typeof window.axe === 'object'").await;
        if loaded != Value::Bool(true) {
            self.client
                .execute(axe_source(), vec![])
                .await
                .expect("inject axe-core");
        }
        let script = "const [scope, tags, extra, done] = arguments;
            axe.run(document.querySelector(scope), {
                runOnly: { type: 'tag', values: tags },
                rules: Object.fromEntries(extra.map(id => [id, { enabled: true }])),
                resultTypes: ['violations'],
            }).then(r => done(r.violations.map(v => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                nodes: v.nodes.map(n => ({
                    target: n.target.join(' '),
                    html: n.html.slice(0, 160),
                    summary: n.failureSummary,
                })),
            }))), e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));";
        let violations = self
            .client
            .execute_async(
                script,
                vec![json!(scope), json!(WCAG_TAGS), json!(EXTRA_RULES)],
            )
            .await
            .expect("run axe-core");
        let violations = violations.as_array().cloned().unwrap_or_default();
        if violations.is_empty() {
            return;
        }
        let url = self
            .client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default();
        let mut message = format!(
            "{} accessibility violation(s) on {page} ({url}, in `{scope}`):\n",
            violations.len()
        );
        for v in &violations {
            message.push_str(&format!(
                "- {} ({}): {}\n",
                v["id"].as_str().unwrap_or("?"),
                v["impact"].as_str().unwrap_or("?"),
                v["help"].as_str().unwrap_or("")
            ));
            for n in v["nodes"].as_array().into_iter().flatten() {
                message.push_str(&format!(
                    "    at `{}`: {}\n      {}\n",
                    n["target"].as_str().unwrap_or(""),
                    n["html"].as_str().unwrap_or(""),
                    n["summary"]
                        .as_str()
                        .unwrap_or("")
                        .replace('\n', "\n      ")
                ));
            }
        }
        panic!("{message}");
    }

    /// Runs axe-core on the whole document; see [`Browser::assert_accessible_in`].
    pub async fn assert_accessible(&self, page: &str) {
        self.assert_accessible_in(page, "body").await;
    }

    /// Presses `key` (down and up), as a keyboard would, on whatever has the focus.
    pub async fn press(&self, key: Key) {
        self.press_holding(None, key).await;
    }

    /// Presses Shift+Tab.
    pub async fn press_shift_tab(&self) {
        self.press_holding(Some(Key::Shift), Key::Tab).await;
    }

    /// Presses `key` while holding `held` down, if any.
    async fn press_holding(&self, held: Option<Key>, key: Key) {
        let code = |key: Key| key.chars().next().expect("a key code");
        let mut actions = KeyActions::new("keyboard".into());
        if let Some(held) = held {
            actions = actions.then(KeyAction::Down { value: code(held) });
        }
        actions = actions
            .then(KeyAction::Down { value: code(key) })
            .then(KeyAction::Up { value: code(key) });
        if let Some(held) = held {
            actions = actions.then(KeyAction::Up { value: code(held) });
        }
        self.client
            .perform_actions(actions)
            .await
            .expect("press the keys");
        self.client.release_actions().await.expect("release keys");
    }

    /// Types `text` into whatever has the focus, key by key.
    pub async fn type_text(&self, text: &str) {
        let mut actions = KeyActions::new("keyboard".into());
        for c in text.chars() {
            actions = actions
                .then(KeyAction::Down { value: c })
                .then(KeyAction::Up { value: c });
        }
        self.client
            .perform_actions(actions)
            .await
            .expect("type text");
    }

    /// Whether the focused element matches `css`.
    pub async fn focus_matches(&self, css: &str) -> bool {
        let script = "const e = document.activeElement; return !!e && e.matches(arguments[0])";
        self.client.execute(script, vec![json!(css)]).await.unwrap() == Value::Bool(true)
    }

    /// The focused element: a description, and whether its focus is visible (a non-`none`
    /// outline or a box shadow in its computed style).
    pub async fn focused(&self) -> Focused {
        let script = "const e = document.activeElement;
            if (!e || e === document.body) return { label: 'body', visible: false };
            const s = getComputedStyle(e);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
            const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
            const attrs = ['type', 'name', 'value', 'data-testid', 'role']
                .map(a => e.getAttribute(a) === null ? '' : `[${a}=${e.getAttribute(a)}]`)
                .join('');
            const text = (e.innerText || '').trim().slice(0, 40);
            return { label: `${e.tagName.toLowerCase()}${attrs} ${JSON.stringify(text)}`,
                     visible: outline || shadow };";
        let value = self.js(script).await;
        Focused {
            label: value["label"].as_str().unwrap_or("?").to_string(),
            visible: value["visible"].as_bool().unwrap_or(false),
        }
    }

    /// Asserts that the focused element matches `css` and shows its focus; `step` says what led
    /// there, for the message.
    pub async fn assert_focus(&self, css: &str, step: &str) {
        let focused = self.focused().await;
        assert!(
            self.focus_matches(css).await,
            "after {step}: focus is on {}, expected `{css}`",
            focused.label
        );
        assert!(
            focused.visible,
            "after {step}: the focus on {} is not visible (no outline, no box shadow)",
            focused.label
        );
    }

    /// Fails when the page scrolls sideways: the document wider than the browser's viewport
    /// (a phone then widens its layout viewport too, so both are compared with the screen).
    pub async fn assert_no_sideways_scroll(&self, page: &str) {
        let script = "const width = arguments[0];
            const wide = [...document.querySelectorAll('main *, header *')]
                .filter(e => e.getBoundingClientRect().right > width + 0.5
                          || e.getBoundingClientRect().left < -0.5)
                .filter(e => !e.closest('.sr-only'))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                          + ' ' + Math.round(e.getBoundingClientRect().width) + 'px');
            return { scroll: document.documentElement.scrollWidth, inner: innerWidth, wide };";
        let width = self.viewport.0;
        let v = self
            .client
            .execute(script, vec![json!(width)])
            .await
            .unwrap();
        let (scroll, inner) = (v["scroll"].as_u64().unwrap(), v["inner"].as_u64().unwrap());
        assert!(
            scroll <= inner && inner <= u64::from(width),
            "{page} scrolls sideways: {scroll}px wide, viewport {inner}px, screen {width}px; \
             too wide: {}",
            v["wide"]
        );
    }

    /// Asserts that the element `css` is fully on screen (scrolled into view first when
    /// `scroll`), not cut off sideways and not covered by another element (the sticky bar).
    pub async fn assert_on_screen(&self, css: &str, scroll: bool, page: &str) {
        let script = "const [css, scroll] = arguments;
            const e = document.querySelector(css);
            if (!e) return 'missing';
            if (scroll) e.scrollIntoView({ block: 'center' });
            const r = e.getBoundingClientRect();
            if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight)
                return `off screen: ${JSON.stringify(r)} in ${innerWidth}x${innerHeight}`;
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            if (!hit || !(e === hit || e.contains(hit)))
                return `covered by ${hit && hit.outerHTML.slice(0, 80)}`;
            return 'ok';";
        let v = self
            .client
            .execute(script, vec![json!(css), json!(scroll)])
            .await
            .unwrap();
        assert_eq!(v, json!("ok"), "on {page}, `{css}` is not reachable");
    }
}
