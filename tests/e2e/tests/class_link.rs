//! A teacher's own questions reach the class with no server: the teacher imports a bank and
//! makes a class link on one device; a learner opens it in another browser profile, the set is
//! checked and kept there, and the exam is made of the teacher's exercises only — the very exam
//! the teacher's preview shows; the learner's result code comes back and the teacher's page
//! scores it to the learner's own total. A set too long for a link travels as a class file. A damaged link
//! says so and starts nothing. QR codes draw the very links and codes shown; the learner
//! can remove the set; the class's results travel in the teacher's backup.

use sportello_core::bank::validate::{self, Source};
use sportello_core::class_link::ClassSet;
use sportello_core::exam::{generate, Exam};
use sportello_core::qr;
use sportello_e2e::pages::{ExamPage, PracticePage, ProgressPage, TeacherPage};
use sportello_e2e::{fresh, right_answer, root, wait_for_value, Browser};

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
    // The exam link is short: a camera reads its QR code back as the link. The class link,
    // which carries a whole exam's questions, is too long for one, and the fold says so.
    let exam_link = teacher
        .js("return document.querySelector('[data-testid=teacher-share-url]').value")
        .await;
    assert_eq!(
        teacher.qr_drawn("teacher-share-url").await,
        qr::picture(exam_link.as_str().unwrap()).unwrap()
    );
    teacher
        .js("document.querySelector('.class-link details').open = true")
        .await;
    let fold = teacher.text(".class-link details").await;
    assert!(fold.contains("too long for a QR code"), "{fold}");
    assert!(teacher
        .attrs("[data-testid=class-link-qr]", "d")
        .await
        .is_empty());
    teacher
        .screenshot_of(
            ".class-link",
            &root().join("docs/screenshot-class-link.png"),
        )
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
    learner
        .screenshot_of("main", &root().join("docs/screenshot-class-arrival.png"))
        .await;
    learner.set_screen_width(320).await;
    learner.assert_no_sideways_scroll("/class at 320 px").await;
    ExamPage::start_via(&learner, "[data-testid=class-start]").await;
    let learner_items = exam_item_ids(&learner).await;
    assert!(
        learner_items
            .iter()
            .all(|id| id.starts_with("classe-completa-")),
        "{learner_items:?}"
    );
    // The learner answers the writing task's message, hands in, and grades it sufficient.
    let exam = class_exam(&link);
    let writing = &exam.sections[2].tasks[0];
    let message = &writing.items[0];
    ExamPage::answer(
        &learner,
        &writing.id,
        &message.id,
        &right_answer(&message.question),
    )
    .await;
    ExamPage::leave_section(&learner).await;
    learner
        .click("[data-testid=writing-grade] input[value=Sufficient]")
        .await;
    let total = ExamPage::total(&learner).await;
    assert_eq!(total, "28");
    learner.wait_for("[data-testid=result-code]").await;
    let name = learner.wait_for("[data-testid=result-name]").await;
    name.send_keys("Amina").await.unwrap();
    let code = learner
        .js("return document.querySelector('[data-testid=result-code]').value")
        .await
        .as_str()
        .unwrap()
        .to_string();
    assert!(code.starts_with("R1."), "{code}");
    // Its QR code is the code itself, nickname included.
    assert_eq!(
        learner.qr_drawn("result-code").await,
        qr::picture(&code).unwrap()
    );
    learner
        .assert_accessible("results with a result code")
        .await;
    learner.set_screen(390, 1400).await;
    learner
        .screenshot_of(
            ".result-code",
            &root().join("docs/screenshot-result-code.png"),
        )
        .await;

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
    ExamPage::start_via(&teacher, "[data-testid=class-preview]").await;
    assert_eq!(exam_item_ids(&teacher).await, learner_items);

    // The code comes back: the teacher pastes it with a changed copy and the class link.
    teacher.open("/teacher").await;
    TeacherPage::wait_loaded(&teacher).await;
    let mut changed = code.clone().into_bytes();
    changed[20] = if changed[20] == b'A' { b'B' } else { b'A' };
    let changed = String::from_utf8(changed).unwrap();
    // Blank lines and two codes on one line, as pasted from a chat.
    let pasted = format!("{changed}\n\n\n{link} {code}");
    let input = teacher.wait_for("[data-testid=class-results-input]").await;
    input.send_keys(&pasted).await.unwrap();
    teacher.click("[data-testid=class-results-add]").await;
    teacher.wait_for("[data-testid=class-result-row]").await;
    // (Without Fluent's isolation marks around the numbers.)
    let refused: Vec<String> = (teacher
        .texts("[data-testid=class-results-refused] li")
        .await)
        .into_iter()
        .map(|line| line.replace(['\u{2068}', '\u{2069}'], ""))
        .collect();
    assert_eq!(refused.len(), 2, "{refused:?}");
    assert!(
        refused[0].starts_with("Line 1") && refused[1].starts_with("Line 4:"),
        "{refused:?}"
    );
    one_row(&teacher, &total).await;
    // Kept in the teacher's browser; the same code again adds no row.
    teacher.reload().await;
    teacher.wait_for("[data-testid=class-result-row]").await;
    one_row(&teacher, &total).await;
    let input = teacher.wait_for("[data-testid=class-results-input]").await;
    input.send_keys(&code).await.unwrap();
    teacher.click("[data-testid=class-results-add]").await;
    one_row(&teacher, &total).await;
    assert_eq!(
        teacher.texts("[data-testid=class-item-row]").await.len(),
        20
    );
    teacher
        .assert_accessible("/teacher with class results")
        .await;
    // A teacher reads the results on a computer's screen.
    teacher.set_screen(720, 1400).await;
    teacher
        .screenshot_of(
            "section[aria-labelledby=class-results-title]",
            &root().join("docs/screenshot-class-results.png"),
        )
        .await;

    // The results travel in the teacher's backup: restored in another browser (with the
    // teacher's file, also in the backup), the same row comes back, scored there again.
    ProgressPage::open(&mut teacher).await;
    let backup = ProgressPage::export(&teacher).await;
    assert!(backup.contains("\"class_results\""), "{backup}");
    let file = tempfile::Builder::new().suffix(".json").tempfile().unwrap();
    std::fs::write(file.path(), &backup).unwrap();
    let mut other = fresh("en").await;
    ProgressPage::open(&mut other).await;
    assert_eq!(ProgressPage::import(&other, file.path()).await, "imported");
    let said = other.text("[data-testid=backup-imported]").await;
    assert!(said.contains("class result added"), "{said}");
    other.open("/teacher").await;
    other.wait_for("[data-testid=class-result-row]").await;
    one_row(&other, &total).await;
    other.close_without_errors().await;
    teacher.close_without_errors().await;
    learner.close_without_errors().await;
}

/// The teacher's class results show one row, Amina's, with the total `total`.
async fn one_row(teacher: &Browser, total: &str) {
    let totals = teacher
        .attrs("[data-testid=class-result-row]", "data-total")
        .await;
    assert_eq!(totals, [total]);
    let row = teacher.text("[data-testid=class-result-row]").await;
    assert!(row.contains("Amina"), "{row}");
}

/// The exam of the class link `link`, as the core builds it from the teacher's bank.
fn class_exam(link: &str) -> Exam {
    let set = ClassSet::decode(link).unwrap();
    let layout =
        std::fs::read_to_string(root().join("question-banks/layouts/vademecum.ron")).unwrap();
    let sources = [
        Source::new("layouts/vademecum.ron", &layout),
        Source::new(&set.files[0].name, &set.files[0].text),
    ];
    let report = validate::check(&sources);
    let tasks = report.banks().iter().flat_map(|b| b.tasks.iter());
    generate(&report.layouts()[0], tasks, set.seed, |_| false).unwrap()
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

#[tokio::test]
async fn a_set_too_long_for_a_link_is_sent_as_a_class_file_and_opened_by_the_learner() {
    // A teacher's bank as long as a shipped one (its own ids): too long for a link.
    let shipped =
        std::fs::read_to_string(root().join("question-banks/ascolto-salute.ron")).unwrap();
    let long = shipped.replace("ascolto-salute", "classe-lunga");
    let mut teacher = fresh("en").await;
    teacher.open("/teacher").await;
    TeacherPage::wait_loaded(&teacher).await;
    TeacherPage::drop_file(&teacher, "classe-lunga.ron", &long).await;
    teacher.wait_for("[data-testid=class-file]").await;
    assert!(teacher
        .attrs("[data-testid=class-link]", "class")
        .await
        .is_empty());
    teacher.catch_downloads().await;
    teacher.click("[data-testid=class-file]").await;
    let (name, text) = teacher.downloaded().await;
    assert!(
        name.starts_with("classe-") && name.ends_with(".sportello"),
        "{name}"
    );

    // The learner finds "Open a file from my teacher" on the Practice page.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(&name);
    std::fs::write(&file, &text).unwrap();
    let mut learner = fresh("en").await;
    PracticePage::open(&mut learner).await;
    learner
        .click_then_wait(
            "[data-testid=practice-class]",
            "[data-testid=class-file-input]",
        )
        .await;
    learner
        .wait_for("[data-testid=class-file-input]")
        .await
        .send_keys(&file.to_string_lossy())
        .await
        .unwrap();
    learner.wait_for("[data-testid=class-kept]").await;
    let banks = learner.texts("[data-testid=class-set-bank]").await;
    assert_eq!(banks.len(), 1, "{banks:?}");
    // The set has listening only: the exam mixes it with the app's questions.
    ExamPage::start_via(&learner, "[data-testid=class-start]").await;
    drop(dir);

    // On the Practice page the set is listed, to practise alone or to remove after asking.
    PracticePage::open(&mut learner).await;
    learner.wait_for("[data-testid=practice-set]").await;
    let sets = learner.texts("[data-testid=practice-set]").await;
    assert_eq!(sets.len(), 1, "{sets:?}");
    let practise = learner
        .attr("[data-testid=practice-set-practise]", "href")
        .await
        .unwrap();
    assert_eq!(practise, "/practice?bank=classe-lunga");
    learner.click("[data-testid=practice-set-remove]").await;
    learner.wait_for("[data-testid=confirm]").await;
    learner
        .assert_accessible("/practice asking to remove a set")
        .await;
    learner.click("[data-testid=confirm]").await;
    learner
        .wait_for_text_containing("[data-testid=practice-set-status]", "was removed")
        .await;
    wait_for_value("sets listed", 0, || async {
        learner.texts("[data-testid=practice-set]").await.len()
    })
    .await;
    // Gone for good: after a reload, and from the files of this phone.
    PracticePage::open(&mut learner).await;
    assert!(learner.texts("[data-testid=practice-set]").await.is_empty());
    learner.open("/teacher").await;
    TeacherPage::wait_loaded(&learner).await;
    assert!(TeacherPage::bank_ids(&learner, "imported").await.is_empty());
    teacher.close_without_errors().await;
    learner.close_without_errors().await;
}

#[tokio::test]
async fn the_teachers_guide_opens_from_the_teacher_page_with_its_pictures() {
    let mut teacher = fresh("en").await;
    teacher.open("/teacher").await;
    TeacherPage::wait_loaded(&teacher).await;
    teacher
        .click_then_wait("[data-testid=teacher-guide]", "main.guide-page h1")
        .await;
    let title = teacher.text("main.guide-page h1").await;
    assert!(title.starts_with("Sportello in class"), "{title}");
    // Every screenshot is there and drawn, and the link to the bank guide leads to its part.
    wait_for_value("pictures drawn", true, || async {
        teacher
            .js("const all = [...document.images]; \
                 return all.length >= 4 && all.every(i => i.complete && i.naturalWidth > 0)")
            .await
            .as_bool()
            .unwrap_or(false)
    })
    .await;
    teacher.assert_accessible("the teachers' guide").await;
    teacher
        .click_then_wait(
            "a[href='bank-format.html#the-question-editor-a-bank-without-writing-code']",
            "#the-question-editor-a-bank-without-writing-code",
        )
        .await;
    teacher.assert_accessible("the bank guide").await;
    teacher.set_screen_width(320).await;
    teacher
        .assert_no_sideways_scroll("the bank guide at 320 px")
        .await;
    teacher.close_without_errors().await;
}
