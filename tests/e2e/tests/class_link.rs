//! A teacher's own questions reach the class with no server: the teacher imports a bank and
//! makes a class link on one device; a learner opens it in another browser profile, the set is
//! checked and kept there, and the exam is made of the teacher's exercises only — the very exam
//! the teacher's preview shows. A damaged link says so and starts nothing.

use sportello_e2e::pages::{ExamPage, TeacherPage};
use sportello_e2e::{fresh, wait_for_value, Browser};

/// The teacher's bank (five exercises: a whole Vademecum exam).
const BANK: &str = "import/classe-completa.ron";

/// The item ids of every section of the exam running in `browser`, leaving each section.
async fn exam_item_ids(browser: &Browser) -> Vec<String> {
    let mut ids = Vec::new();
    for section in 0..3 {
        let here = ExamPage::item_ids(browser).await;
        assert!(!here.is_empty(), "section {section} has items");
        ids.extend(here);
        if section < 2 {
            ExamPage::leave_section(browser).await;
        }
    }
    ids
}

/// The class link the teacher page shows, once the teacher's bank is imported.
async fn class_link(teacher: &mut Browser) -> String {
    TeacherPage::open_and_import(teacher, BANK).await;
    teacher.wait_for("[data-testid=class-link]").await;
    let link = teacher
        .js("return document.querySelector('[data-testid=class-link]').value")
        .await;
    link.as_str().unwrap().to_string()
}

#[tokio::test]
async fn a_learner_opens_the_class_link_and_takes_the_exam_made_of_the_teachers_questions() {
    let mut teacher = fresh("en").await;
    let link = class_link(&mut teacher).await;
    assert!(link.contains("/class#S1."), "{link}");
    // By default the set is used alone, since it fills the layout.
    assert_eq!(
        teacher
            .js("return document.querySelector('[data-testid=class-only]').checked")
            .await,
        true
    );
    teacher
        .assert_accessible("/teacher with a class link")
        .await;

    // Another profile: nothing of the teacher's is there.
    let mut learner = fresh("fr").await;
    let path = &link[link.find("/class#").unwrap()..];
    learner.open(path).await;
    learner.wait_for("[data-testid=class-kept]").await;
    let banks = learner.texts("[data-testid=class-set-bank]").await;
    assert_eq!(banks.len(), 1);
    assert!(
        banks[0].contains("Prove della classe A2") && banks[0].contains("Maria Rossi"),
        "{banks:?}"
    );
    learner
        .assert_accessible("/class with the teacher's set")
        .await;
    learner.set_screen_width(320).await;
    learner.assert_no_sideways_scroll("/class at 320 px").await;
    learner
        .click_then_wait("[data-testid=class-start]", "[data-testid=exam-start]")
        .await;
    assert!(learner
        .texts("[data-testid=share-problem]")
        .await
        .is_empty());
    learner
        .click_then_wait("[data-testid=exam-start]", "[data-testid=timer]")
        .await;
    let learner_items = exam_item_ids(&learner).await;
    assert!(
        learner_items
            .iter()
            .all(|id| id.starts_with("classe-completa-")),
        "{learner_items:?}"
    );

    // The set is kept: the same link again asks nothing and doubles nothing.
    learner.open(path).await;
    learner.wait_for("[data-testid=class-kept]").await;
    learner.open("/teacher").await;
    TeacherPage::wait_loaded(&learner).await;
    assert_eq!(
        TeacherPage::bank_ids(&learner, "imported").await,
        ["classe-completa"]
    );

    // The teacher's preview is the learners' exam.
    teacher
        .click_then_wait("[data-testid=class-preview]", "[data-testid=exam-start]")
        .await;
    teacher
        .click_then_wait("[data-testid=exam-start]", "[data-testid=timer]")
        .await;
    assert_eq!(exam_item_ids(&teacher).await, learner_items);
    teacher.close_without_errors().await;
    learner.close_without_errors().await;
}

#[tokio::test]
async fn a_damaged_link_or_a_set_that_cannot_fill_the_exam_says_why_and_starts_nothing() {
    let mut teacher = fresh("en").await;
    let link = class_link(&mut teacher).await;
    let path = &link[link.find("/class#").unwrap()..];

    let mut learner = fresh("en").await;
    // Cut short by a messenger.
    learner.open(&path[..path.len() - 40]).await;
    learner.wait_for("[data-testid=share-problem]").await;
    let problem = learner.text("[data-testid=share-problem]").await;
    assert!(problem.contains("incomplete or damaged"), "{problem}");
    assert!(learner
        .attrs("[data-testid=class-start]", "href")
        .await
        .is_empty());
    // An exam link naming the teacher's banks, on a phone without them.
    learner
        .open("/exam?seed=5&layout=vademecum&banks=classe-completa")
        .await;
    learner.wait_for("[data-testid=share-problem]").await;
    let problem = learner.text("[data-testid=share-problem]").await;
    assert!(problem.contains("classe-completa"), "{problem}");
    let page = learner.js("return document.body.innerText").await;
    assert!(
        !page.as_str().unwrap().contains("your teacher shared"),
        "{page}"
    );

    // A set too small for the exam is mixed with the app's questions; alone, the teacher is
    // told which part lacks what, and there is no link.
    TeacherPage::remove(&teacher, "classe-completa.ron").await;
    TeacherPage::import(&teacher, "import/lettura-prova-cpia.ron").await;
    wait_for_value("the mixed set chosen", Some(true), || async {
        teacher
            .js(
                "const e = document.querySelector('[data-testid=class-mixed]'); \
                 return e && e.checked",
            )
            .await
            .as_bool()
    })
    .await;
    teacher.wait_for("[data-testid=class-link]").await;
    teacher.click("[data-testid=class-only]").await;
    teacher.wait_for("[data-testid=class-problem]").await;
    let problem = teacher.text("[data-testid=class-problem]").await;
    assert!(problem.contains("Listening"), "{problem}");
    assert!(teacher
        .attrs("[data-testid=class-link]", "class")
        .await
        .is_empty());
    teacher.click("[data-testid=class-mixed]").await;
    teacher.wait_for("[data-testid=class-link]").await;
    teacher.close_without_errors().await;
    learner.close().await;
}
