# Teacher page: importing question files, what the app holds, sharing an exam.
teacher-lead = Add your own question files, check them, and give a whole class the same exam.
teacher-import-title = Add a question file
teacher-import-help = A question file (a bank) or an exam type (a layout) is a .ron text file; questions exported from Moodle (GIFT or Moodle XML) are converted into one. Every file is checked like the files included in the app: a file with errors is not added, and the app keeps working as before. Imported files stay only in this browser.
teacher-import-choose = Choose a file (.ron, GIFT or Moodle XML)
teacher-import-drop = Or drag the file into this box.
teacher-import-checking = Checking the file…
teacher-imported = { $file } was added. Exams and exercises use it from now on.
teacher-replaced = { $file } was added in place of the earlier file with the same name. Exams and exercises use it from now on.
teacher-refused = { $file } has errors and was not added. Fix these lines and import it again:
teacher-warnings-lead = Advice on { $file } (it works, but it could be better):
teacher-save-full = { $file } is correct, but this browser's storage is full, so it was not added. Remove an imported file you no longer need and try again.
teacher-save-unavailable = { $file } is correct, but this browser does not let the app save files (private browsing or settings), so it was not added.
teacher-name-taken = { $file } has the same name as a file included in the app. Rename your file and import it again.
teacher-too-big = { $file } is too big for a question file (more than 1 MB). It was not added.
teacher-unreadable = { $file } could not be read. It was not added.
teacher-files-title = Question files in the app
teacher-totals = What exams and exercises can use
teacher-col-section = Part
teacher-col-tasks = Exercises
teacher-col-items = Questions
teacher-imported-title = Imported in this browser
teacher-imported-none = No file imported yet.
teacher-shipped-title = Included in the app
teacher-shipped-summary = Show the { $count } files included in the app
teacher-origin-shipped = Included
teacher-origin-imported = Imported
teacher-code = Code: { $id }
teacher-file = File: { $file }
teacher-bank-counts = { $section }: { $tasks ->
        [one] 1 exercise
       *[other] { $tasks } exercises
    }, { $items ->
        [one] 1 question
       *[other] { $items } questions
    }
teacher-layout-summary = Exam type: { $parts } parts, pass mark { $pass } points out of { $max }.
teacher-template-unused = This is the template: exams and exercises do not use it.
teacher-file-broken = This file has errors (listed above) and is not used.
teacher-remove = Remove
teacher-remove-file = Remove { $file }
teacher-remove-confirm = Remove { $file } from this browser? Exams and exercises will no longer use it.
teacher-removed = { $file } was removed.
teacher-remove-failed = { $file } could not be removed: this browser does not let the app change its saved files.
teacher-share-title = Give the class the same exam
teacher-share-help = Everyone who opens this link gets the same exam, with the same questions.
teacher-share-layout = Kind of exam
teacher-share-code = Exam code: { $seed }
teacher-share-new = New code
teacher-share-copy = Link to copy
teacher-share-none = No exam type can be used, so there is no exam to share.
teacher-write-title = Write your own questions
teacher-write-text = Write your exercises in the question editor: a form that checks every field as you type and shows each exercise as the learner will see it. Or download the template and write the file by hand: the comments in the template explain each line, and the guide docs/bank-format.md in the app's source code explains everything else. Then import the file here.
teacher-write-template = Download the template (TEMPLATE.ron)
teacher-write-editor = Open the question editor
teacher-convert-legend = Questions from Moodle (GIFT or Moodle XML)
teacher-convert-help = Multiple-choice, true/false, matching, short-answer and essay questions become tasks: essays become writing tasks, the others reading tasks. Questions of other kinds are left out, with the reason.
teacher-convert-topic = Topic of the tasks
teacher-convert-items = Questions per task (the real test has 5)
teacher-converted = { $from }: { $converted } of { $found } questions converted into { $file }.
teacher-convert-notes = Left out, or to check:
teacher-convert-download = Download { $file }
teacher-convert-failed = { $file } could not be converted:
teacher-practise-bank = Practise these questions
teacher-convert-edit = Open it in the question editor
teacher-convert-edit-failed = The converted file could not be opened in the editor: this browser's storage is full or blocked. Download it instead.

class-link-title = Your questions for the whole class
class-link-help = The class link carries your questions: learners who open it get the exam with your questions on their own phone. Nothing goes through a server.
class-banks = Your files in the link
class-mix = Questions of the exam
class-only = Only my questions
class-mixed = My questions and the app's
class-cannot-fill = Your questions are not enough for this exam: { $section }, exercise { $task } needs an exercise with { $items } questions. Add exercises, choose another kind of exam, or mix your questions with the app's.
class-none-chosen = Choose at least one of your files.
class-link-label = Class link to send
class-copy = Copy the link
class-copied = Link copied.
class-preview = Try the exam as your learners will see it
class-too-long = Your questions are too many for a link. Download the class file and send it to the class (for example by WhatsApp): learners open it on the "Class link" page.
class-file = Download the class file
