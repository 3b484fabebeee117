//! Questions from Moodle, as a teacher brings them: a GIFT and a Moodle XML file are converted on
//! `/teacher` with the topic chosen, the page says what was left out and where, the converted
//! bank is imported, and its questions are practised alone from its "Practise" link. A broken
//! GIFT file gets a located error and a PDF a message naming the formats read, in the interface
//! language, and nothing is saved.

use sportello_core::answer::Answer;
use sportello_core::bank::import::{convert, Format, Options};
use sportello_core::bank::{Bank, Question, Topic};
use sportello_e2e::pages::{ExamPage, PracticePage, TeacherPage};
use sportello_e2e::{fresh, root, wait_for_value, Browser};
use std::collections::BTreeSet;

/// The bank the app makes of a fixture in `core/tests/fixtures/moodle`, converted by the core.
fn converted(name: &str, topic: Topic) -> Bank {
    let data = std::fs::read(root().join("core/tests/fixtures/moodle").join(name)).unwrap();
    let options = Options {
        topic,
        items_per_task: 5,
    };
    convert(name, &data, Format::of(name, &data), &options)
        .bank
        .expect("the fixture converts")
}

/// `/teacher` in `locale`, ready to import.
async fn teacher(locale: &str) -> Browser {
    let mut browser = fresh(locale).await;
    browser.open("/teacher").await;
    TeacherPage::wait_loaded(&browser).await;
    browser
}

/// Chooses the topic of converted tasks, then imports the fixture `moodle/NAME`.
async fn import_as(browser: &Browser, name: &str, topic: Topic) {
    browser
        .wait_for("#teacher-convert-topic")
        .await
        .select_by_value(topic.as_str())
        .await
        .unwrap();
    TeacherPage::import(browser, &format!("moodle/{name}")).await;
}

/// The task ids of the items on the practice page.
async fn served_tasks(browser: &Browser) -> BTreeSet<String> {
    ExamPage::item_ids(browser)
        .await
        .iter()
        .map(|id| id.split_once('/').expect("task/item").0.to_string())
        .collect()
}

/// Follows the bank's "Practise these questions" link and practises every task it has, one
/// after the other: each task served is one of the bank's, and all of them come.
async fn practise_only(browser: &Browser, bank: &Bank) {
    browser
        .click_then_wait(
            &format!(
                "[data-testid=teacher-bank][data-bank-id=\"{}\"] \
                 [data-testid=teacher-practise-bank]",
                bank.id
            ),
            "[data-testid=practice-bank]",
        )
        .await;
    assert!(
        browser
            .text("[data-testid=practice-bank]")
            .await
            .contains(&bank.title),
        "the page names the set"
    );
    browser
        .wait_for_text_containing(
            "[data-testid=practice-available]",
            &bank.tasks.len().to_string(),
        )
        .await;
    PracticePage::start(browser).await;
    let all: BTreeSet<String> = bank.tasks.iter().map(|t| t.id.clone()).collect();
    let mut seen = BTreeSet::new();
    loop {
        let served = served_tasks(browser).await;
        assert_eq!(served.len(), 1, "one task at a time: {served:?}");
        assert!(served.is_subset(&all), "{served:?} is not from {}", bank.id);
        seen.extend(served.clone());
        if seen == all {
            break;
        }
        browser.click("[data-testid=practice-next]").await;
        wait_for_value("another task", true, || async {
            let now = served_tasks(browser).await;
            !now.is_empty() && now != served
        })
        .await;
    }
}

#[tokio::test]
async fn a_gift_file_is_converted_imported_and_practised_alone() {
    let bank = converted("domande-negozi.gift", Topic::Acquisti);
    let mut browser = teacher("en").await;
    import_as(&browser, "domande-negozi.gift", Topic::Acquisti).await;
    browser
        .wait_for_text_containing(
            "[data-testid=teacher-converted]",
            "domande-negozi.gift: 9 of 10 questions converted into domande-negozi.ron.",
        )
        .await;
    assert_eq!(
        TeacherPage::diagnostics(&browser, "convert-notes").await,
        [
            "domande-negozi.gift:35:1: question 9 (Conto) was left out: numerical questions are \
          not part of the A2 test"
        ]
    );
    browser.wait_for("[data-testid=teacher-imported]").await;
    browser
        .wait_for("[data-testid=teacher-convert-download]")
        .await;
    wait_for_value("the bank listed as imported", vec![bank.id.clone()], || {
        TeacherPage::bank_ids(&browser, "imported")
    })
    .await;
    browser
        .screenshot(&std::env::temp_dir().join("sportello-moodle-import.png"))
        .await;

    practise_only(&browser, &bank).await;

    // A true/false item of the set, answered and checked: right, with the teacher's feedback.
    browser
        .open_then_wait(
            &format!("/practice?bank={}&kind=true_false", bank.id),
            "[data-testid=practice-bank]",
        )
        .await;
    PracticePage::start(&browser).await;
    let id = ExamPage::item_ids(&browser).await[0].clone();
    let (task_id, item_id) = id.split_once('/').unwrap();
    let item = (bank.tasks.iter())
        .filter(|t| t.id == task_id)
        .flat_map(|t| &t.items)
        .find(|i| i.id == item_id)
        .expect("an item of the set");
    let Question::TrueFalse { answer, .. } = item.question else {
        panic!("{item:?}")
    };
    ExamPage::answer(&browser, task_id, item_id, &Answer::TrueFalse(answer)).await;
    let feedback = PracticePage::check(&browser, task_id, item_id).await;
    assert!(feedback.contains("✓ Right"), "{feedback}");
    assert!(feedback.contains(&item.explanation), "{feedback}");
    browser.close_without_errors().await;
}

#[tokio::test]
async fn a_moodle_xml_file_is_converted_and_practised_and_a_short_task_is_pointed_out() {
    let bank = converted("domande-farmacia.xml", Topic::Salute);
    let browser = teacher("en").await;
    import_as(&browser, "domande-farmacia.xml", Topic::Salute).await;
    browser
        .wait_for_text_containing(
            "[data-testid=teacher-converted]",
            "domande-farmacia.xml: 6 of 7 questions converted into domande-farmacia.ron.",
        )
        .await;
    browser.wait_for("[data-testid=teacher-imported]").await;
    let warnings = TeacherPage::diagnostics(&browser, "warnings").await;
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("task domande-farmacia-02: it has 2 scored answers")),
        "{warnings:#?}"
    );
    practise_only(&browser, &bank).await;
    browser.close_without_errors().await;
}

#[tokio::test]
async fn a_broken_gift_file_and_a_pdf_are_refused_with_the_reason_in_the_interface_language() {
    let mut browser = teacher("it").await;
    TeacherPage::import(&browser, "moodle/rotto.gift").await;
    assert_eq!(
        TeacherPage::diagnostics(&browser, "errors").await,
        [
            "rotto.gift:4:43: le risposte aperte qui con { non hanno la } di chiusura: aggiungi } \
          dopo l'ultima risposta"
        ]
    );
    TeacherPage::import(&browser, "moodle/volantino.pdf").await;
    wait_for_value(
        "the PDF refused",
        vec![
            "volantino.pdf: questo è un file PDF, che Sportello non sa leggere. Sportello legge \
              banche di domande (.ron), GIFT (.gift o .txt) e Moodle XML (.xml): in Moodle \
              esporta le domande nel formato GIFT o Moodle XML"
                .to_string(),
        ],
        || TeacherPage::diagnostics(&browser, "errors"),
    )
    .await;
    browser.reload().await;
    TeacherPage::wait_loaded(&browser).await;
    assert!(TeacherPage::bank_ids(&browser, "imported").await.is_empty());
    browser.close_without_errors().await;
}
