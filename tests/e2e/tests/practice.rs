//! Untimed practice and the review of mistakes, driven as a learner would: choose what to
//! practise, answer, check, and find the mistakes again in the review.

use sportello_core::answer::Answer;
use sportello_core::bank::{Item, Question, Section, Task};
use sportello_e2e::pages::{ExamPage, PracticePage};
use sportello_e2e::{fresh, shipped, shipped_exam, Browser};

/// Every task of the shipped banks.
fn shipped_tasks() -> Vec<Task> {
    shipped()
        .banks()
        .iter()
        .flat_map(|b| b.tasks.clone())
        .collect()
}

/// The task and item of a `task/item` id shown on the page.
fn find<'a>(tasks: &'a [Task], id: &str) -> (&'a Task, &'a Item) {
    let (task_id, item_id) = id.split_once('/').expect("task/item");
    let task = tasks
        .iter()
        .find(|t| t.id == task_id)
        .expect("a shipped task");
    let item = task
        .items
        .iter()
        .find(|i| i.id == item_id)
        .expect("its item");
    (task, item)
}

/// Whitespace made single spaces, as the browser shows text.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The key of a true/false item.
fn truth(item: &Item) -> bool {
    match item.question {
        Question::TrueFalse { answer, .. } => answer,
        ref other => panic!("not a true/false item: {other:?}"),
    }
}

/// Starts practising reading true/false items and returns the first item shown, in a page
/// where only such items are shown.
async fn first_reading_true_false<'a>(
    browser: &mut Browser,
    tasks: &'a [Task],
) -> (&'a Task, &'a Item) {
    PracticePage::open(browser).await;
    PracticePage::choose(browser, "reading", "", "true_false").await;
    PracticePage::start(browser).await;
    let ids = ExamPage::item_ids(browser).await;
    assert!(!ids.is_empty());
    for id in &ids {
        let (task, item) = find(tasks, id);
        assert_eq!(task.section, Section::Reading, "{id}");
        truth(item);
    }
    find(tasks, &ids[0])
}

#[tokio::test]
async fn checking_an_answer_shows_it_is_right_and_the_explanation() {
    let tasks = shipped_tasks();
    let mut browser = fresh("it").await;
    let (task, item) = first_reading_true_false(&mut browser, &tasks).await;
    ExamPage::answer(
        &browser,
        &task.id,
        &item.id,
        &Answer::TrueFalse(truth(item)),
    )
    .await;
    let feedback = PracticePage::check(&browser, &task.id, &item.id).await;
    assert!(feedback.contains("✓ Giusto"), "{feedback}");
    assert!(
        squeeze(&feedback).contains(&squeeze(&item.explanation)),
        "{feedback:?} lacks {:?}",
        item.explanation
    );
    assert_eq!(
        PracticePage::due(&browser).await,
        0,
        "a right answer is no mistake"
    );
    browser
        .screenshot(&std::env::temp_dir().join("sportello-practice-feedback.png"))
        .await;
    browser.close_without_errors().await;
}

#[tokio::test]
async fn a_wrong_answer_comes_back_in_the_review() {
    let tasks = shipped_tasks();
    let mut browser = fresh("en").await;
    let (task, item) = first_reading_true_false(&mut browser, &tasks).await;
    assert_eq!(PracticePage::due(&browser).await, 0);
    let wrong = Answer::TrueFalse(!truth(item));
    ExamPage::answer(&browser, &task.id, &item.id, &wrong).await;
    let feedback = PracticePage::check(&browser, &task.id, &item.id).await;
    assert!(feedback.contains("✗ Wrong"), "{feedback}");
    assert!(squeeze(&feedback).contains(&squeeze(&item.explanation)));
    PracticePage::wait_due(&browser, 1).await;

    // The mistake is saved: it is still due after a reload.
    PracticePage::open(&mut browser).await;
    assert_eq!(PracticePage::due(&browser).await, 1);
    PracticePage::review(&browser).await;
    let served = ExamPage::item_ids(&browser).await;
    assert_eq!(served, [format!("{}/{}", task.id, item.id)]);

    // Answered right in the review, it waits for another day.
    let right = Answer::TrueFalse(truth(item));
    ExamPage::answer(&browser, &task.id, &item.id, &right).await;
    let feedback = PracticePage::check(&browser, &task.id, &item.id).await;
    assert!(feedback.contains("✓ Right"), "{feedback}");
    PracticePage::wait_due(&browser, 0).await;
    browser.click("[data-testid=practice-next]").await;
    browser.wait_for("[data-testid=review-queue-done]").await;
    browser.close().await;
}

#[tokio::test]
async fn the_mistakes_of_a_finished_exam_enter_the_review_once() {
    let exam = shipped_exam(42, "vademecum");
    let scored: usize = exam
        .sections
        .iter()
        .flat_map(|s| &s.tasks)
        .flat_map(|t| &t.items)
        .filter(|i| Answer::right_for(&i.question).is_some())
        .count();
    let mut browser = fresh("it").await;
    ExamPage::start(&mut browser, "?seed=42&layout=vademecum").await;
    for _ in 0..3 {
        ExamPage::leave_section(&browser).await;
    }
    assert_eq!(ExamPage::total(&browser).await, "0");
    PracticePage::open(&mut browser).await;
    assert_eq!(PracticePage::due(&browser).await as usize, scored);
    // The results page records the exam again when it opens: no card is added twice.
    browser.open("/exam").await;
    ExamPage::total(&browser).await;
    PracticePage::open(&mut browser).await;
    assert_eq!(PracticePage::due(&browser).await as usize, scored);
    PracticePage::review(&browser).await;
    let served = ExamPage::item_ids(&browser).await;
    assert_eq!(served.len(), 1);
    let (task_id, _) = served[0].split_once('/').unwrap();
    assert!(exam.task_ids().any(|id| id == task_id), "{served:?}");
    browser.close().await;
}
