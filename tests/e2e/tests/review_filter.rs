//! The review of a finished exam, filtered as a learner would: "only my mistakes" hides every
//! item answered right, "unanswered" keeps only the blank ones, "all" brings everything back.

use sportello_core::answer::Answer;
use sportello_core::exam::ExamQuestion;
use sportello_e2e::pages::ExamPage;
use sportello_e2e::{fresh, right_answer, shipped_exam, Browser};

const SHARED: &str = "?seed=42&layout=vademecum";

/// A wrong answer to a question answered by one choice or true/false.
fn wrong_answer(question: &ExamQuestion) -> Option<Answer> {
    match right_answer(question) {
        Answer::TrueFalse(b) => Some(Answer::TrueFalse(!b)),
        Answer::Choice(i) => question
            .choice()
            .map(|(options, _)| Answer::Choice((i + 1) % options.len())),
        _ => None,
    }
}

/// The `data-outcome` of every review item the learner can see.
async fn visible_outcomes(browser: &Browser) -> Vec<String> {
    let outcomes = browser
        .js(
            "return [...document.querySelectorAll('[data-testid=review-item]')] \
               .filter(e => e.checkVisibility()).map(e => e.dataset.outcome)",
        )
        .await;
    serde_json::from_value(outcomes).unwrap()
}

async fn choose(browser: &Browser, filter: &str) {
    browser
        .click(&format!("input[name=review-filter][value={filter}]"))
        .await;
}

#[tokio::test]
async fn only_my_mistakes_hides_the_items_answered_right() {
    let exam = shipped_exam(42, "vademecum");
    let listening = &exam.sections[0];
    let reading_items: usize = exam.sections[1].tasks.iter().map(|t| t.items.len()).sum();
    let listening_items: usize = listening.tasks.iter().map(|t| t.items.len()).sum();
    let mut browser = fresh("en").await;
    ExamPage::start(&mut browser, SHARED).await;
    // Listening: every item right but one answered wrong; reading left blank.
    let mut wrong_given = false;
    for task in &listening.tasks {
        for item in &task.items {
            let answer = match wrong_answer(&item.question).filter(|_| !wrong_given) {
                Some(wrong) => {
                    wrong_given = true;
                    wrong
                }
                None => right_answer(&item.question),
            };
            ExamPage::answer(&browser, &task.id, &item.id, &answer).await;
        }
    }
    assert!(wrong_given, "the listening has an item to answer wrong");
    for _ in 0..3 {
        ExamPage::leave_section(&browser).await;
    }
    browser.wait_for("[data-testid=review-filter]").await;

    let all = visible_outcomes(&browser).await;
    assert_eq!(all.len(), listening_items + reading_items);
    assert_eq!(
        all.iter().filter(|o| *o == "right").count(),
        listening_items - 1
    );

    choose(&browser, "mistakes").await;
    let mistakes = visible_outcomes(&browser).await;
    assert_eq!(mistakes.len(), reading_items + 1, "{mistakes:?}");
    assert!(mistakes.iter().all(|o| o != "right"), "{mistakes:?}");
    assert_eq!(mistakes.iter().filter(|o| *o == "wrong").count(), 1);
    let label = browser
        .text("[data-testid=review-filter] label:has(input[value=mistakes])")
        .await
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        label.contains(&format!("Only my mistakes ({})", reading_items + 1)),
        "{label}"
    );

    choose(&browser, "unanswered").await;
    let blank = visible_outcomes(&browser).await;
    assert_eq!(blank.len(), reading_items);
    assert!(blank.iter().all(|o| o == "unanswered"), "{blank:?}");

    choose(&browser, "all").await;
    assert_eq!(visible_outcomes(&browser).await.len(), all.len());
    // The writing, graded by the learner, stays whatever the filter.
    choose(&browser, "mistakes").await;
    assert!(browser
        .js("return document.querySelector('[data-testid=writing-review]').checkVisibility()")
        .await
        .as_bool()
        .unwrap());
    browser.close_without_errors().await;
}
