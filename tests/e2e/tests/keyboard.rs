//! A whole exam with the keyboard only (Tab, Shift+Tab, Space, Enter, arrows): the language
//! page, the start, every item of every section, the confirm dialogs, the hand-in, the writing
//! grade and the review. Each step asserts where the focus is and that it is visible.

use fantoccini::key::Key;
use serde_json::{json, Value};
use sportello_core::answer::Answer;
use sportello_e2e::{right_answer, shipped_exam, wait_for_value, Browser};
use std::collections::{BTreeMap, VecDeque};

/// Where the focus is: enough to act on it and to say it in a message.
#[derive(Debug, Clone, PartialEq)]
struct Stop {
    /// The `task/item` id of the item holding the focus, or empty.
    item: String,
    tag: String,
    kind: String,
    name: String,
    id: String,
    value: String,
    testid: String,
}

async fn stop(browser: &Browser) -> Stop {
    let v = browser
        .js("const e = document.activeElement;
             const item = e.closest('[data-testid=item]');
             return { item: item ? item.dataset.itemId : '', tag: e.tagName.toLowerCase(),
                      kind: e.type || '', name: e.name || '', id: e.id || '',
                      value: e.value === undefined ? '' : String(e.value),
                      testid: e.dataset.testid || '' };")
        .await;
    let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
    Stop {
        item: s("item"),
        tag: s("tag"),
        kind: s("kind"),
        name: s("name"),
        id: s("id"),
        value: s("value"),
        testid: s("testid"),
    }
}

/// Presses `key` and asserts the focus is visible wherever it lands.
async fn press(browser: &Browser, key: Key, step: &str) -> Stop {
    browser.press(key).await;
    let focused = browser.focused().await;
    assert!(
        focused.visible,
        "after {step}: the focus on {} is not visible",
        focused.label
    );
    stop(browser).await
}

/// Presses `key` and asserts that the focus, visible, is then on `css` (`step` names the press).
async fn press_to(browser: &Browser, key: Key, css: &str, step: &str) {
    press(browser, key, step).await;
    browser.assert_focus(css, step).await;
}

/// Takes each (key, where the focus lands, step) in turn with [`press_to`].
async fn walk(browser: &Browser, steps: &[(Key, &str, &str)]) {
    for &(key, css, step) in steps {
        press_to(browser, key, css, step).await;
    }
}

/// Presses Tab until the focus matches `css`, at most `limit` times, each stop visibly focused.
async fn tab_to(browser: &Browser, css: &str, limit: usize) {
    let mut seen = Vec::new();
    for _ in 0..limit {
        press(browser, Key::Tab, &format!("Tab towards `{css}`")).await;
        if browser.focus_matches(css).await {
            return;
        }
        seen.push(browser.focused().await.label);
    }
    panic!("{limit} Tabs did not reach `{css}`; the stops were {seen:#?}");
}

/// The values of the options of the focused select, or of the radios of its group, in order.
async fn choices(browser: &Browser) -> Vec<String> {
    let v = browser
        .js("const e = document.activeElement;
             return e.tagName === 'SELECT' ? [...e.options].map(o => o.value)
                  : [...document.getElementsByName(e.name)].map(r => r.value);")
        .await;
    serde_json::from_value(v).unwrap()
}

/// Moves the focused radio group or select to `target` with the arrow keys (Space when the
/// focused radio is the target), then checks that it holds it.
async fn choose(browser: &Browser, here: &Stop, target: &str) {
    let values = choices(browser).await;
    let from = values.iter().position(|v| *v == here.value).unwrap_or(0);
    let to = values
        .iter()
        .position(|v| v == target)
        .unwrap_or_else(|| panic!("{target:?} is not among {values:?} of {here:?}"));
    let step = format!("choosing {target:?} in {here:?}");
    if here.kind == "radio" && from == to {
        press(browser, Key::Space, &step).await;
    }
    let key = if to > from { Key::Down } else { Key::Up };
    for _ in 0..from.abs_diff(to) {
        press(browser, key, &step).await;
    }
    let now = browser
        .js("const e = document.activeElement; return [e.value, e.type !== 'radio' || e.checked]")
        .await;
    assert_eq!(now, json!([target, true]), "after {step}");
}

/// Types `text` into the focused field.
async fn type_in(browser: &Browser, text: &str) {
    browser
        .client
        .active_element()
        .await
        .unwrap()
        .send_keys(text)
        .await
        .unwrap();
}

/// The number at the end of an id such as `task--item-m2`.
fn index_in(id: &str) -> usize {
    id.rsplit_once('-')
        .and_then(|(_, n)| n.get(1..)?.parse().ok())
        .unwrap_or_else(|| panic!("no index in {id:?}"))
}

/// Answers the open section with keys: Tab from the section heading through every control,
/// the items visited in the exam's order, up to the button that leaves the section.
async fn answer_section(browser: &Browser, items: &[String], answers: &BTreeMap<String, Answer>) {
    let mut expected: VecDeque<&String> = items.iter().collect();
    let mut current = String::new();
    let mut last = None;
    loop {
        let here = press(browser, Key::Tab, &format!("Tab after {last:?}")).await;
        if here.testid == "play" {
            last = Some(here);
            continue;
        }
        if here.testid == "next-section" || here.testid == "submit-exam" {
            break;
        }
        assert!(
            !here.item.is_empty(),
            "Tab after {last:?} left the items: {here:?}"
        );
        if here.item != current {
            assert_eq!(
                Some(&here.item),
                expected.pop_front(),
                "items are visited in the exam's order"
            );
            current = here.item.clone();
        }
        match (&answers[&here.item], here.tag.as_str()) {
            (Answer::Choice(i), _) => choose(browser, &here, &i.to_string()).await,
            (Answer::TrueFalse(b), _) => choose(browser, &here, &b.to_string()).await,
            (Answer::Matching(pairs), _) => {
                let target = pairs[index_in(&here.id)].map(|r| r.to_string());
                choose(browser, &here, &target.unwrap_or_default()).await;
            }
            (Answer::Ticks(ticks), _) => {
                if ticks.contains(&here.value.parse().unwrap()) {
                    press(browser, Key::Space, "ticking a box").await;
                }
            }
            (Answer::Typed(text), _) | (Answer::Message(text), _) => type_in(browser, text).await,
            (Answer::Form(values), "select") => {
                choose(browser, &here, &values[index_in(&here.id)]).await
            }
            (Answer::Form(values), _) => type_in(browser, &values[index_in(&here.id)]).await,
        }
        last = Some(stop(browser).await);
    }
    assert!(expected.is_empty(), "Tab never reached {expected:?}");
    // Shift+Tab goes back to the last control, Tab forward again to the button.
    let back = {
        browser.press_shift_tab().await;
        stop(browser).await
    };
    assert_eq!(Some(back), last, "Shift+Tab from the section's button");
    press(browser, Key::Tab, "Tab back to the section's button").await;
}

/// Asserts that the section heading has the focus (after Start and after each section).
async fn assert_heading_focused(browser: &Browser, step: &str) {
    browser.assert_focus(".exam-bar h1", step).await;
}

#[tokio::test]
async fn a_whole_exam_with_the_keyboard_only() {
    let exam = shipped_exam(42, "vademecum");
    let answers: BTreeMap<String, Answer> = exam
        .sections
        .iter()
        .flat_map(|s| &s.tasks)
        .flat_map(|t| {
            t.items
                .iter()
                .map(|i| (format!("{}/{}", t.id, i.id), right_answer(&i.question)))
        })
        .collect();
    let mut browser = Browser::start().await;
    // A teacher's link, opened on a first visit: the language page comes first.
    browser.open("/exam?seed=42&layout=vademecum").await;
    browser.wait_for("[data-testid=language-continue]").await;
    walk(
        &browser,
        &[
            (Key::Tab, "a.skip-link", "the first Tab"),
            (
                Key::Tab,
                "input[name=language][value=it]:checked",
                "Tab to the languages",
            ),
            (
                Key::Down,
                "input[name=language]:checked:not([value=it])",
                "Down",
            ),
            (Key::Up, "input[name=language][value=it]:checked", "Up"),
            (
                Key::Tab,
                "[data-testid=language-continue]",
                "Tab from the languages",
            ),
        ],
    )
    .await;
    browser.press(Key::Enter).await;
    browser
        .wait_for("[data-testid=exam-start]:not([disabled])")
        .await;
    // The gate is gone: the focus is at the start of the page's content, and Tab goes on from
    // there to a visible stop.
    let focused = browser.focused().await.label;
    assert!(
        browser.focus_matches("main#main").await,
        "after Enter on Continue: focus is on {focused}, expected the page's main content"
    );
    press(&browser, Key::Tab, "Tab after the language page").await;

    // The intro: through the layout choice to the start button.
    tab_to(&browser, "input[name=layout][value=vademecum]:checked", 20).await;
    tab_to(&browser, "[data-testid=exam-start]", 3).await;
    browser.press(Key::Enter).await;
    browser.wait_for("[data-testid=timer]").await;
    assert_heading_focused(&browser, "Enter on Start").await;

    for (index, section) in exam.sections.iter().enumerate() {
        let items: Vec<String> = section
            .tasks
            .iter()
            .flat_map(|t| t.items.iter().map(move |i| format!("{}/{}", t.id, i.id)))
            .collect();
        answer_section(&browser, &items, &answers).await;
        let last = index + 1 == exam.sections.len();
        let button = if last {
            "[data-testid=submit-exam]"
        } else {
            "[data-testid=next-section]"
        };
        browser.assert_focus(button, "Tab past the last item").await;

        // The confirm dialog: focus in it, Tab and Shift+Tab between its buttons, kept inside.
        press(&browser, Key::Enter, "Enter on the section's button").await;
        browser.wait_for("[data-testid=confirm]").await;
        browser
            .assert_focus(".confirm, .confirm *", "the dialog opens")
            .await;
        tab_to(&browser, ".confirm [data-testid=confirm]", 2).await;
        walk(
            &browser,
            &[
                (
                    Key::Tab,
                    ".confirm button:not([data-testid=confirm])",
                    "Tab from confirm",
                ),
                (
                    Key::Tab,
                    ".confirm *",
                    "Tab from cancel (focus stays in the dialog)",
                ),
            ],
        )
        .await;
        tab_to(&browser, ".confirm button:not([data-testid=confirm])", 2).await;
        browser.press_shift_tab().await;
        browser
            .assert_focus(".confirm [data-testid=confirm]", "Shift+Tab from cancel")
            .await;
        if index == 0 {
            // Cancelling returns the focus to the button that opened the dialog.
            press(&browser, Key::Tab, "Tab to cancel").await;
            // The button gets the focus back once the page is redrawn (the next frame).
            browser.press(Key::Enter).await;
            wait_for_value("focus on the section's button", true, || {
                browser.focus_matches(button)
            })
            .await;
            browser.assert_focus(button, "Enter on cancel").await;
            press(&browser, Key::Enter, "Enter on the section's button again").await;
            browser.wait_for("[data-testid=confirm]").await;
            tab_to(&browser, ".confirm [data-testid=confirm]", 2).await;
        }
        browser.press(Key::Enter).await;
        if !last {
            browser.wait_for("[data-testid=timer]").await;
            assert_heading_focused(&browser, "confirming the next section").await;
        }
    }

    // The results: the writing graded with the keyboard, then a transcript of the review opened.
    browser.wait_for("[data-testid=result-total]").await;
    assert_eq!(browser.text("[data-testid=result-total]").await, "65");
    tab_to(
        &browser,
        "[data-testid=writing-grade] input[value=Complete]",
        200,
    )
    .await;
    press(&browser, Key::Space, "Space on Complete").await;
    browser
        .wait_for_text("[data-testid=result-total]", "100")
        .await;
    tab_to(&browser, "details.transcript > summary", 400).await;
    press(&browser, Key::Enter, "Enter on a transcript").await;
    let open = browser
        .js("return document.activeElement.closest('details').open")
        .await;
    assert_eq!(open, Value::Bool(true), "Enter opens the transcript");
    browser.close().await;
}
