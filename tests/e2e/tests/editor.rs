//! The question editor as a teacher uses it: a bank with one exercise of each part of the test
//! written in the form (the right answers chosen by clicking), checked live, kept across a
//! reload, downloaded and accepted by the core's checker, used in this browser and practised;
//! every kind of question on one page passes axe; a shipped bank and a converted Moodle file
//! open in the editor; a broken file is refused with its located error and the draft stays.

use fantoccini::key::Key;
use sportello_core::bank::validate::{self, Source};
use sportello_core::bank::{Content, ItemKind, Question, Section};
use sportello_e2e::pages::TeacherPage;
use sportello_e2e::{fresh, root, shipped, wait_for_value, Browser};

/// `/teacher/editor` in `locale`, ready.
async fn editor(locale: &str) -> Browser {
    let mut browser = fresh(locale).await;
    browser.open("/teacher/editor").await;
    browser.wait_for("[data-testid=editor-status]").await;
    browser
}

/// Types `text` into the field with the id `id` (after what it holds, unless `clear`).
async fn fill(browser: &Browser, id: &str, text: &str) {
    let field = browser.wait_for(&format!("#{id}")).await;
    field.clear().await.unwrap();
    if text.is_empty() {
        // Emptied as by a user: typed away, so that the page hears it.
        field
            .send_keys(&format!("x{}", Key::Backspace))
            .await
            .unwrap();
    } else {
        field.send_keys(text).await.unwrap();
    }
}

/// The value of the form field with the id `id` (`None` while it is not there).
async fn value(browser: &Browser, id: &str) -> Option<String> {
    let script = format!(
        "const e = document.getElementById({}); return e ? e.value : null",
        serde_json::to_string(id).unwrap()
    );
    browser.js(&script).await.as_str().map(String::from)
}

/// The options of the question `q` as the form shows them, the ticked one marked "✓".
async fn options_shown(browser: &Browser, q: &str) -> Vec<String> {
    let script = format!(
        "return [...document.querySelectorAll('[id^={q}-options-]')]
             .filter(e => /-options-[0-9]+$/.test(e.id))
             .map(e => e.value + (document.getElementById(e.id + '-right').checked ? ' ✓' : ''))"
    );
    serde_json::from_value(browser.js(&script).await).unwrap()
}

async fn count_text(browser: &Browser) -> String {
    browser.text("[data-testid=editor-count]").await
}

#[tokio::test]
async fn a_bank_written_in_the_form_is_kept_downloaded_and_accepted_by_the_checker() {
    let mut browser = editor("en").await;
    assert!(
        count_text(&browser).await.contains("error"),
        "a blank bank has errors"
    );
    fill(&browser, "ed-title", "Domande della classe A2").await;
    fill(&browser, "ed-authors", "Maria Rossi").await;

    // Listening: a dialogue, a question with three options, the second one right.
    browser.click("[data-testid=editor-add-listening]").await;
    browser.wait_for("#task-0").await;
    let turns = "ed-tasks-0-stimulus-content-turns";
    fill(&browser, &format!("{turns}-0-speaker"), "Farmacista").await;
    fill(
        &browser,
        &format!("{turns}-0-text"),
        "Buongiorno, desidera?",
    )
    .await;
    fill(&browser, &format!("{turns}-1-speaker"), "Amina").await;
    fill(
        &browser,
        &format!("{turns}-1-text"),
        "Vorrei uno sciroppo per la tosse.",
    )
    .await;
    let q = "ed-tasks-0-items-0-question";
    fill(&browser, &format!("{q}-prompt"), "Che cosa vuole Amina?").await;
    fill(&browser, &format!("{q}-options-0"), "Un cerotto").await;
    fill(&browser, &format!("{q}-options-1"), "Uno sciroppo").await;
    fill(&browser, &format!("{q}-options-2"), "Una crema").await;
    browser.click(&format!("#{q}-options-1-right")).await;
    // Options removed before the right one, or emptied and written again in the next one: the
    // form keeps showing every option's text and the tick where the draft has them.
    let list = "#item-0-0 .editor-list";
    browser
        .click(&format!(
            "{list} li:first-child [data-testid=editor-list-remove]"
        ))
        .await;
    let first = format!("{q}-options-0");
    wait_for_value(
        "the first option removed",
        Some("Uno sciroppo".into()),
        || value(&browser, &first),
    )
    .await;
    assert_eq!(
        options_shown(&browser, q).await,
        ["Uno sciroppo ✓", "Una crema"]
    );
    browser
        .click(&format!("{list} [data-testid=editor-list-add]"))
        .await;
    fill(&browser, &format!("{q}-options-1"), "").await;
    fill(&browser, &format!("{q}-options-2"), "Una crema").await;
    browser
        .click(&format!(
            "{list} li:nth-child(2) [data-testid=editor-list-remove]"
        ))
        .await;
    let third = format!("{q}-options-2");
    wait_for_value("the emptied option removed", None, || {
        value(&browser, &third)
    })
    .await;
    assert_eq!(
        options_shown(&browser, q).await,
        ["Uno sciroppo ✓", "Una crema"]
    );
    browser
        .click(&format!("{list} [data-testid=editor-list-add]"))
        .await;
    fill(&browser, &format!("{q}-options-2"), "Un cerotto").await;
    fill(
        &browser,
        "ed-tasks-0-items-0-explanation",
        "Amina dice: vorrei uno sciroppo per la tosse.",
    )
    .await;
    // The problem shown next to an empty field goes away once it is written.
    let explanation_problems = "#problems-tasks-0-items-0-explanation li";
    assert!(browser.texts(explanation_problems).await.is_empty());

    // Reading: a notice and a false statement.
    browser.click("[data-testid=editor-add-reading]").await;
    browser.wait_for("#task-1").await;
    fill(
        &browser,
        "ed-tasks-1-stimulus-content-body",
        "Il negozio apre alle nove e chiude alle sette. La domenica è chiuso.",
    )
    .await;
    fill(
        &browser,
        "ed-tasks-1-items-0-question-statement",
        "Il negozio è aperto la domenica.",
    )
    .await;
    browser
        .click("#ed-tasks-1-items-0-question-answer-false")
        .await;
    fill(
        &browser,
        "ed-tasks-1-items-0-explanation",
        "Il testo dice: la domenica è chiuso.",
    )
    .await;

    // Writing: a message with two points and a model.
    browser.click("[data-testid=editor-add-writing]").await;
    browser.wait_for("#task-2").await;
    let m = "ed-tasks-2-items-0-question";
    fill(
        &browser,
        &format!("{m}-prompt"),
        "Scrivi un messaggio a una collega: oggi non vai al lavoro perché stai male.",
    )
    .await;
    fill(&browser, &format!("{m}-points-0"), "Saluta la collega").await;
    fill(
        &browser,
        &format!("{m}-points-1"),
        "Dice perché non va al lavoro",
    )
    .await;
    fill(
        &browser,
        &format!("{m}-model"),
        "Ciao Anna, oggi non vengo al lavoro perché ho la febbre. Domani torno. A presto, Karim",
    )
    .await;
    fill(
        &browser,
        "ed-tasks-2-items-0-explanation",
        "Il messaggio saluta e dice perché non va al lavoro.",
    )
    .await;

    let ready = || async { count_text(&browser).await.starts_with("No errors") };
    wait_for_value("the bank has no errors", true, ready).await;
    assert!(browser.texts("#problems-title li").await.is_empty());

    // A reload (or a closed tab) keeps the draft.
    browser.reload().await;
    browser.wait_for("#task-2").await;
    assert_eq!(
        value(&browser, "ed-title").await.as_deref(),
        Some("Domande della classe A2")
    );
    assert!(count_text(&browser).await.starts_with("No errors"));

    browser.catch_downloads().await;
    browser.click("[data-testid=editor-download]").await;
    let (name, text) = browser.downloaded().await;
    assert_eq!(name, "le-mie-domande.ron");
    let report = validate::check(&[Source::new(&name, &text)]);
    assert!(report.is_valid(), "{:#?}\n{text}", report.errors());
    let bank = &report.banks()[0];
    let sections: Vec<Section> = bank.tasks.iter().map(|t| t.section).collect();
    assert_eq!(
        sections,
        [Section::Listening, Section::Reading, Section::Writing]
    );
    match &bank.tasks[0].items[0].question {
        Question::SingleChoice {
            options, correct, ..
        } => {
            assert_eq!(options[*correct], "Uno sciroppo")
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        bank.tasks[1].items[0].question,
        Question::TrueFalse { answer: false, .. }
    ));
    assert!(
        matches!(&bank.tasks[0].stimulus.content, Content::Dialogue { turns } if turns[1].speaker == "Amina")
    );

    // Used in this browser at once: the questions are practised alone.
    browser.click("[data-testid=editor-use]").await;
    browser.wait_for("[data-testid=teacher-imported]").await;
    browser
        .click_then_wait(
            "[data-testid=editor-practise]",
            "[data-testid=practice-bank]",
        )
        .await;
    assert!(browser
        .text("[data-testid=practice-bank]")
        .await
        .contains("Domande della classe A2"));
    browser
        .wait_for_text_containing("[data-testid=practice-available]", "3")
        .await;
    browser.close_without_errors().await;
}

#[tokio::test]
async fn every_kind_of_question_is_written_with_the_keyboard_previewed_and_accessible() {
    let browser = editor("en").await;
    // Keyboard only: the focus goes to each new exercise and each new question.
    browser
        .js("document.querySelector('[data-testid=editor-add-reading]').focus()")
        .await;
    browser.press(Key::Enter).await;
    browser.wait_for("#task-0").await;
    wait_for_value("focus on the new exercise", true, || async {
        browser.focus_matches("#task-0").await
    })
    .await;
    for (n, kind) in ItemKind::ALL.into_iter().enumerate().skip(1) {
        browser
            .wait_for("#task-0-new-kind")
            .await
            .select_by_value(kind.as_str())
            .await
            .unwrap();
        browser
            .js("document.querySelector('#task-0-add-item').focus()")
            .await;
        browser.press(Key::Enter).await;
        let item = format!("#item-0-{n}");
        browser.wait_for(&item).await;
        wait_for_value("focus on the new question", true, || async {
            browser.focus_matches(&item).await
        })
        .await;
    }
    let kinds = browser.texts("[data-testid=editor-item]").await;
    assert_eq!(kinds.len(), ItemKind::ALL.len());

    // A gap with options to choose, a choice field in the form.
    browser.click("#ed-tasks-0-items-5-question-gap-true").await;
    browser
        .wait_for("#ed-tasks-0-items-5-question-gap-options-0")
        .await;

    // The preview shows the exercise as the exam does: a control for every question.
    browser.click("[data-testid=editor-preview] summary").await;
    browser
        .wait_for("[data-testid=editor-preview] [data-testid=item]")
        .await;
    let previewed = browser
        .texts("[data-testid=editor-preview] [data-testid=item]")
        .await;
    assert_eq!(previewed.len(), ItemKind::ALL.len());
    // Typing in the form changes the preview at once.
    fill(
        &browser,
        "ed-tasks-0-items-1-question-statement",
        "Il bar apre alle sette.",
    )
    .await;
    browser
        .wait_for_text_containing("[data-testid=editor-preview]", "Il bar apre alle sette.")
        .await;
    browser
        .assert_accessible("/teacher/editor with every kind of question")
        .await;
    browser
        .screenshot(&std::env::temp_dir().join("sportello-editor.png"))
        .await;
    browser.close_without_errors().await;
}

#[tokio::test]
async fn shipped_and_converted_banks_open_in_the_editor_and_a_broken_file_is_refused() {
    let mut browser = fresh("en").await;
    // A Moodle file converted on the teacher page opens in the editor.
    browser.open("/teacher").await;
    TeacherPage::wait_loaded(&browser).await;
    TeacherPage::import(&browser, "moodle/domande-negozi.gift").await;
    browser
        .click_then_wait(
            "[data-testid=teacher-convert-edit]",
            "[data-testid=editor-status]",
        )
        .await;
    browser.wait_for("#task-0").await;
    let converted = value(&browser, "ed-id").await.unwrap();
    assert_eq!(converted, "domande-negozi");

    // A shipped bank opens whole, and the converted draft is kept to bring back.
    let report = shipped();
    let bank = &report.banks()[0];
    let file = report
        .files()
        .find(|f| {
            f.errors.is_empty() && matches!(f.loaded, validate::Loaded::Bank(b) if b.id == bank.id)
        })
        .unwrap()
        .name
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    browser.click(".editor-open summary").await;
    browser
        .wait_for("[data-testid=editor-app-file]")
        .await
        .select_by_value(&file)
        .await
        .unwrap();
    browser.click("[data-testid=editor-open-app]").await;
    wait_for_value(
        "the shipped bank in the editor",
        Some(bank.id.clone()),
        || async { value(&browser, "ed-id").await },
    )
    .await;
    assert_eq!(
        browser.texts("[data-testid=editor-task]").await.len(),
        bank.tasks.len()
    );
    browser.wait_for("[data-testid=editor-previous]").await;

    // A broken file is refused with its place, and the draft in the editor stays.
    let broken = root()
        .join("core/tests/fixtures/moodle/rotto.gift")
        .canonicalize()
        .unwrap();
    browser
        .wait_for("[data-testid=editor-file]")
        .await
        .send_keys(&broken.to_string_lossy())
        .await
        .unwrap();
    let problem = browser.wait_for("[data-testid=editor-open-problem]").await;
    let text = problem.text().await.unwrap();
    assert!(text.contains("rotto.gift:"), "{text}");
    assert_eq!(value(&browser, "ed-id").await, Some(bank.id.clone()));

    // The converted draft comes back.
    browser.click("[data-testid=editor-bring-back]").await;
    wait_for_value("the converted draft is back", Some(converted), || async {
        value(&browser, "ed-id").await
    })
    .await;
    browser.reload().await;
    browser.wait_for("#task-0").await;
    assert_eq!(
        value(&browser, "ed-id").await.as_deref(),
        Some("domande-negozi")
    );
    browser.close_without_errors().await;
}
