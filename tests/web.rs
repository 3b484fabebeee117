//! Components mounted in headless Chromium: what the learner clicks and types reaches the answer,
//! what is shown follows it, and the confirmation dialog can be used from the keyboard.

use leptos::prelude::*;
use sportello::components::confirm::{Confirm, ConfirmButton};
use sportello::components::item_input::ItemInput;
use sportello::components::radio_group::{RadioGroup, RadioOption};
use sportello::i18n::I18nProvider;
use sportello_core::answer::Answer;
use sportello_core::bank::{FieldKind, FormField, Section};
use sportello_core::exam::ExamQuestion;
use sportello_core::saved::StorageKey;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` (inside the translation context, in Italian) in a fresh element and returns
/// the element.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + Send + 'static) -> web_sys::HtmlElement {
    window()
        .local_storage()
        .unwrap()
        .unwrap()
        .set_item(StorageKey::Language.as_str(), "it")
        .unwrap();
    let document = window().document().unwrap();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <I18nProvider>{view()}</I18nProvider> }
    });
    handle.forget();
    root
}

/// Lets the reactive system run its pending effects (they run after the current task).
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Visible text without Fluent's bidi isolation marks around interpolated values.
fn visible(el: &web_sys::HtmlElement) -> String {
    el.text_content()
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "")
}

fn find(root: &web_sys::HtmlElement, css: &str) -> web_sys::HtmlElement {
    root.query_selector(css)
        .unwrap()
        .unwrap_or_else(|| panic!("no {css}"))
        .unchecked_into()
}

/// Mounts an item whose answer lives in a signal, as the exam page does.
fn item(question: ExamQuestion) -> (web_sys::HtmlElement, RwSignal<Option<Answer>>) {
    let answer = RwSignal::new(None::<Answer>);
    let root = mount(move || {
        view! {
            <ItemInput
                key="t/1".to_string()
                question
                answer
                on_answer=Callback::new(move |a| answer.set(Some(a)))
            />
        }
    });
    (root, answer)
}

#[wasm_bindgen_test]
fn clicking_an_option_answers_a_single_choice_and_checks_only_it() {
    let (root, answer) = item(ExamQuestion::SingleChoice {
        prompt: "Dove va Amina?".into(),
        options: vec!["In farmacia".into(), "In banca".into(), "A scuola".into()],
        correct: 0,
        order: vec![0, 1, 2],
    });
    assert_eq!(
        find(&root, "legend").text_content().unwrap(),
        "Dove va Amina?"
    );
    find(&root, "input[value='1']").click();
    assert_eq!(answer.get_untracked(), Some(Answer::Choice(1)));
    let checked: Vec<bool> = (0..3)
        .map(|i| {
            find(&root, &format!("input[value='{i}']"))
                .unchecked_into::<web_sys::HtmlInputElement>()
                .checked()
        })
        .collect();
    assert_eq!(checked, [false, true, false]);
}

#[wasm_bindgen_test]
fn a_saved_answer_is_shown_checked_when_the_item_appears() {
    let answer = RwSignal::new(Some(Answer::TrueFalse(false)));
    let root = mount(move || {
        view! {
            <ItemInput
                key="t/2".to_string()
                question=ExamQuestion::TrueFalse { statement: "Il negozio è chiuso.".into(), answer: true }
                answer
                on_answer=Callback::new(move |a| answer.set(Some(a)))
            />
        }
    });
    let no: web_sys::HtmlInputElement = find(&root, "input[value='false']").unchecked_into();
    assert!(no.checked());
    find(&root, "input[value='true']").click();
    assert_eq!(answer.get_untracked(), Some(Answer::TrueFalse(true)));
}

#[wasm_bindgen_test]
fn ticking_boxes_builds_the_set_and_unticking_removes() {
    let (root, answer) = item(ExamQuestion::TickInfo {
        prompt: "Che cosa dice il messaggio?".into(),
        options: vec!["L'orario".into(), "Il prezzo".into(), "L'indirizzo".into()],
        correct: vec![0, 2],
        order: vec![0, 1, 2],
    });
    find(&root, "input[value='0']").click();
    find(&root, "input[value='2']").click();
    find(&root, "input[value='0']").click();
    assert_eq!(
        answer.get_untracked(),
        Some(Answer::Ticks([2].into_iter().collect()))
    );
}

#[wasm_bindgen_test]
async fn typing_a_message_updates_the_word_counter() {
    let (root, answer) = item(ExamQuestion::Message {
        prompt: "Scrivi a Luca.".into(),
        min_words: 3,
        max_words: 5,
        points: vec!["Saluta".into()],
        points_tr: Default::default(),
        model: "Ciao Luca, a domani!".into(),
        sample_sufficient: None,
        sample_insufficient: None,
    });
    let area: web_sys::HtmlTextAreaElement = find(&root, "textarea").unchecked_into();
    area.set_value("Ciao Luca, come stai oggi?");
    area.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    assert_eq!(
        answer.get_untracked(),
        Some(Answer::Message("Ciao Luca, come stai oggi?".into()))
    );
    settle().await;
    let counter = visible(&find(&root, "[data-testid=word-count]"));
    assert!(counter.starts_with("Parole: 5 "), "{counter}");
    assert!(counter.contains("Lunghezza giusta"), "{counter}");
}

#[wasm_bindgen_test]
async fn a_badly_written_date_is_flagged_in_words_next_to_its_field() {
    let (root, _answer) = item(ExamQuestion::Form {
        prompt: "Compila il modulo.".into(),
        fields: vec![FormField {
            label: "Data di nascita".into(),
            kind: FieldKind::Date,
            required: true,
            example: None,
        }],
    });
    assert!(root.query_selector(".problem").unwrap().is_none());
    let input: web_sys::HtmlInputElement = find(&root, "input").unchecked_into();
    input.set_value("31/02/1990");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(root.query_selector(".problem").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn a_radio_group_calls_back_with_the_chosen_value_and_checks_what_the_signal_holds() {
    let selected = RwSignal::new(None::<Section>);
    let chosen = RwSignal::new(Vec::<Section>::new());
    let root = mount(move || {
        let options = Section::ALL
            .into_iter()
            .map(|s| RadioOption::new(s, s.as_str(), s.as_str().to_string()))
            .collect();
        view! {
            <RadioGroup
                name="section"
                legend="Parte".to_string()
                options
                selected
                on_choose=Callback::new(move |s| chosen.update(|c| c.push(s)))
                testid="section-group"
            />
        }
    });
    let checked = |root: &web_sys::HtmlElement| -> Vec<bool> {
        Section::ALL
            .iter()
            .map(|s| {
                find(root, &format!("input[value='{}']", s.as_str()))
                    .unchecked_into::<web_sys::HtmlInputElement>()
                    .checked()
            })
            .collect()
    };
    assert_eq!(
        find(&root, "fieldset[data-testid=section-group] legend")
            .text_content()
            .unwrap(),
        "Parte"
    );
    assert_eq!(checked(&root), [false, false, false]);
    find(&root, "input[value='reading']").click();
    assert_eq!(chosen.get_untracked(), [Section::Reading]);
    // The group shows the signal, not the last click.
    selected.set(Some(Section::Writing));
    settle().await;
    assert_eq!(checked(&root), [false, false, true]);
}

/// Sends a key press to `target`, bubbling as the browser's own does.
fn press(target: &web_sys::HtmlElement, key: &str, shift: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn focused() -> Option<web_sys::Element> {
    window().document().unwrap().active_element()
}

#[wasm_bindgen_test]
async fn the_confirm_dialog_is_named_by_its_question_and_escape_cancels() {
    let cancelled = RwSignal::new(0);
    let root = mount(move || {
        view! {
            <Confirm
                message="Cancellare tutto?".to_string()
                confirm_label="Sì".to_string()
                on_confirm=Callback::new(|()| ())
                on_cancel=Callback::new(move |()| cancelled.update(|n| *n += 1))
            />
        }
    });
    settle().await;
    let dialog = find(&root, "[role=alertdialog]");
    let name_id = dialog.get_attribute("aria-labelledby").expect("a name");
    let name = window()
        .document()
        .unwrap()
        .get_element_by_id(&name_id)
        .expect("the element naming the dialog");
    assert_eq!(name.text_content().unwrap(), "Cancellare tutto?");
    // Focus is inside on opening, and Shift+Tab from the dialog wraps to its last button.
    assert!(focused().is_some_and(|f| dialog.contains(Some(&f))));
    press(&dialog, "Tab", true);
    let last = find(&root, "[role=alertdialog] button:not([data-testid])");
    assert!(focused().is_some_and(|f| f.is_same_node(Some(&last))));
    press(&last, "Tab", false);
    let first = find(&root, "[data-testid=confirm]");
    assert!(focused().is_some_and(|f| f.is_same_node(Some(&first))));
    press(&first, "Escape", false);
    assert_eq!(cancelled.get_untracked(), 1);
}

#[wasm_bindgen_test]
async fn escape_closes_the_confirmation_and_gives_the_focus_back_to_its_button() {
    let done = RwSignal::new(false);
    let root = mount(move || {
        view! {
            <ConfirmButton
                label="Cancella".to_string()
                testid="reset-all"
                button_class="button danger"
                class="reset-ask"
                message="Cancellare tutto?".to_string()
                confirm_label="Sì".to_string()
                on_confirm=Callback::new(move |()| done.set(true))
            />
        }
    });
    find(&root, "[data-testid=reset-all]").click();
    settle().await;
    let dialog = find(&root, "[role=alertdialog]");
    assert!(root
        .query_selector("[data-testid=reset-all]")
        .unwrap()
        .is_none());
    press(&dialog, "Escape", false);
    settle().await;
    settle().await;
    assert!(root.query_selector("[role=alertdialog]").unwrap().is_none());
    let button = find(&root, "[data-testid=reset-all]");
    assert!(focused().is_some_and(|f| f.is_same_node(Some(&button))));
    assert!(!done.get_untracked());
}
