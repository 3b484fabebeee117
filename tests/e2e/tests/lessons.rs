//! Short lessons, driven as a learner would: open the list, open a lesson, answer its practice
//! (one right, one wrong) and see each checked; in practice, a wrong answer links to a lesson
//! that opens.

use sportello_core::answer::Answer;
use sportello_core::bank::validate::lessons;
use sportello_core::bank::validate::Source;
use sportello_core::bank::{Item, Question, Task};
use sportello_core::lesson::{lessons_for, Lesson};
use sportello_e2e::pages::{ExamPage, PracticePage};
use sportello_e2e::{fresh, root, shipped, Browser};

/// The shipped lessons, as the app checks them.
fn shipped_lessons() -> Vec<Lesson> {
    let mut files: Vec<_> = std::fs::read_dir(root().join("lessons"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let read: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|p| (p.display().to_string(), std::fs::read(p).unwrap()))
        .collect();
    let sources: Vec<Source<'_>> = read.iter().map(|(n, d)| Source::new(n, d)).collect();
    let report = lessons::check(&sources, &[]);
    assert!(report.is_valid(), "{:?}", report.errors);
    report.lessons.to_vec()
}

/// The key of a true/false item.
fn truth(item: &Item) -> bool {
    match item.question {
        Question::TrueFalse { answer, .. } => answer,
        ref other => panic!("not a true/false item: {other:?}"),
    }
}

/// Answers item `item` of `task` and returns the feedback's text.
async fn answer_and_check(browser: &Browser, task: &Task, item: &Item, answer: Answer) -> String {
    ExamPage::answer(browser, &task.id, &item.id, &answer).await;
    PracticePage::check(browser, &task.id, &item.id).await
}

#[tokio::test]
async fn a_lesson_opens_from_the_list_and_checks_its_practice_answers() {
    let lessons = shipped_lessons();
    let mut browser = fresh("it").await;
    browser.open("/lessons").await;
    browser.wait_for("[data-testid=lesson-list] a").await;
    let listed = browser
        .attrs("[data-testid=lesson-list] a", "data-lesson-id")
        .await;
    let ids: Vec<String> = lessons.iter().map(|l| l.id.clone()).collect();
    assert_eq!(listed, ids);

    let lesson = lessons
        .iter()
        .find(|l| {
            l.practice
                .items
                .iter()
                .filter(|i| matches!(i.question, Question::TrueFalse { .. }))
                .count()
                >= 2
        })
        .expect("a lesson with two true/false items");
    browser
        .click(&format!("[data-lesson-id=\"{}\"]", lesson.id))
        .await;
    browser.wait_for_text_start("main h1", "Lezione").await;
    assert!(browser.text("main h1").await.contains(&lesson.title));
    assert!(browser.text("main").await.contains(&lesson.examples[0].it));

    let task = &lesson.practice;
    let mut true_false = task
        .items
        .iter()
        .filter(|i| matches!(i.question, Question::TrueFalse { .. }));
    let (first, second) = (true_false.next().unwrap(), true_false.next().unwrap());
    let right = answer_and_check(&browser, task, first, Answer::TrueFalse(truth(first))).await;
    assert!(right.contains("✓ Giusto"), "{right}");
    let wrong = answer_and_check(&browser, task, second, Answer::TrueFalse(!truth(second))).await;
    assert!(wrong.contains("✗ Sbagliato"), "{wrong}");
    assert!(wrong.contains(&second.explanation), "{wrong}");

    // A lesson's practice keeps no mistakes for the review.
    PracticePage::open(&mut browser).await;
    assert_eq!(PracticePage::due(&browser).await, 0);
    browser.close_without_errors().await;
}

#[tokio::test]
async fn a_wrong_practice_answer_links_to_a_lesson_that_opens() {
    let lessons = shipped_lessons();
    let tasks: Vec<Task> = shipped()
        .banks()
        .iter()
        .flat_map(|b| b.tasks.clone())
        .collect();
    let mut browser = fresh("it").await;
    PracticePage::open(&mut browser).await;
    // Every shipped lesson on dates helps with health tasks.
    PracticePage::choose(&browser, "reading", "salute", "true_false").await;
    PracticePage::start(&browser).await;
    let shown = ExamPage::item_ids(&browser).await;
    let (task_id, item_id) = shown[0].split_once('/').unwrap();
    let task = tasks.iter().find(|t| t.id == task_id).unwrap();
    let item = task.items.iter().find(|i| i.id == item_id).unwrap();
    let linked: Vec<String> = lessons_for(task, &lessons)
        .iter()
        .map(|l| format!("/lessons/{}", l.id))
        .collect();
    assert!(!linked.is_empty(), "no lesson helps with {task_id}");

    let feedback = answer_and_check(&browser, task, item, Answer::TrueFalse(!truth(item))).await;
    assert!(feedback.contains("✗ Sbagliato"), "{feedback}");
    browser.wait_for("[data-testid=lesson-link]").await;
    let hrefs = browser.attrs("[data-testid=lesson-link]", "href").await;
    assert_eq!(hrefs[0], linked[0]);

    browser.click("[data-testid=lesson-link]").await;
    browser.wait_for_text_start("main h1", "Lezione").await;
    let here = browser.js("return location.pathname").await;
    assert_eq!(here.as_str(), Some(linked[0].as_str()));
    browser.close_without_errors().await;
}
