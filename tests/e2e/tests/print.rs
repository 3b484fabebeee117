//! The paper test and the teacher's sheet, printed to PDF through WebDriver's print command and
//! read back with `pdftotext`: the paper holds every item of the exam the same code gives on
//! screen, the sheet its transcripts and its key in the printed letters.

use fantoccini::wd::PrintConfiguration;
use sportello_core::answer::{describe, Answer};
use sportello_core::exam::{ExamGap, ExamQuestion};
use sportello_e2e::{fresh, shipped_exam, Browser};
use std::io::Write;
use std::process::{Command, Stdio};

/// The text of the page printed to PDF, [`flat`].
async fn printed_text(browser: &Browser) -> String {
    let pdf = browser
        .client
        .print(PrintConfiguration::default())
        .await
        .expect("print to PDF");
    assert!(pdf.starts_with(b"%PDF"), "not a PDF");
    let mut child = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("pdftotext (poppler-utils) runs");
    child.stdin.take().unwrap().write_all(&pdf).unwrap();
    let out = child.wait_with_output().unwrap();
    flat(&String::from_utf8_lossy(&out.stdout))
}

/// Letters, digits and punctuation only (pictures do not survive PDF text extraction), white
/// space collapsed.
fn flat(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace() || c.is_ascii_punctuation())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// What identifies an item on paper: its prompt or statement, and its options.
fn item_texts(question: &ExamQuestion) -> Vec<String> {
    let mut texts = Vec::new();
    match question {
        ExamQuestion::SingleChoice {
            prompt, options, ..
        }
        | ExamQuestion::TickInfo {
            prompt, options, ..
        } => {
            texts.push(prompt.clone());
            texts.extend(options.iter().cloned());
        }
        ExamQuestion::Place { options, .. } => texts.extend(options.iter().cloned()),
        ExamQuestion::TrueFalse { statement, .. } => texts.push(statement.clone()),
        ExamQuestion::Matching {
            prompt,
            left,
            right,
            ..
        } => {
            texts.push(prompt.clone());
            texts.extend(left.iter().chain(right).cloned());
        }
        ExamQuestion::GapFill { text, gap } => {
            texts.extend(text.split("___").map(str::to_string));
            if let ExamGap::Choice { options, .. } = gap {
                texts.extend(options.iter().cloned());
            }
        }
        ExamQuestion::Form { prompt, fields } => {
            texts.push(prompt.clone());
            texts.extend(fields.iter().map(|f| f.label.clone()));
        }
        ExamQuestion::Message { prompt, .. } => texts.push(prompt.clone()),
    }
    texts
        .into_iter()
        .map(|t| flat(&t))
        .filter(|t| t.chars().any(char::is_alphabetic))
        .collect()
}

#[tokio::test]
async fn the_paper_test_holds_every_item_of_the_on_screen_exam_and_the_sheet_its_key() {
    let exam = shipped_exam(5, "vademecum");
    let mut browser = fresh("it").await;
    browser
        .open_then_wait(
            "/teacher/print?seed=5&layout=vademecum",
            "[data-testid=paper][data-sheet=test]",
        )
        .await;
    let paper = printed_text(&browser).await;
    for text in [
        "Nome e cognome:",
        "Data:",
        "Classe:",
        "Codice dell'esame: 5",
    ] {
        assert!(paper.contains(text), "{text:?} missing from the paper");
    }
    assert!(
        !paper.contains("Stampa il test"),
        "no menu or buttons on paper"
    );
    let mut checked = 0;
    for task in exam.sections.iter().flat_map(|s| &s.tasks) {
        for item in &task.items {
            for text in item_texts(&item.question) {
                assert!(
                    paper.contains(&text),
                    "{}/{}: {text:?} is not on the paper",
                    task.id,
                    item.id
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 40, "{checked} texts checked");

    // The teacher's sheet: every transcript of the listening, every key, the checklists.
    browser
        .click_then_wait(
            "[data-testid=print-other]",
            "[data-testid=paper][data-sheet=teacher]",
        )
        .await;
    let sheet = printed_text(&browser).await;
    for task in &exam.sections[0].tasks {
        let spoken = std::iter::once(&task.stimulus)
            .chain(task.items.iter().filter_map(|i| i.stimulus.as_ref()))
            .filter_map(|s| s.content.spoken_text());
        for text in spoken {
            let first_line = flat(text.lines().next().unwrap_or_default());
            let said = first_line
                .split_once(": ")
                .map_or(first_line.as_str(), |(_, t)| t);
            assert!(
                sheet.contains(said),
                "{}: transcript {said:?} missing",
                task.id
            );
        }
    }
    for task in exam.sections.iter().flat_map(|s| &s.tasks) {
        for item in &task.items {
            if let Some(right) = Answer::right_for(&item.question) {
                let key = flat(&describe(&item.question, &right));
                assert!(
                    sheet.contains(&key),
                    "{}/{}: key {key:?} missing",
                    task.id,
                    item.id
                );
            }
        }
    }
    assert!(sheet.contains("Una risposta completa ha:"));
    browser.close_without_errors().await;
}
