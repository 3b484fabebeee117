class-title = Class link
class-lead = Questions and an exam from your teacher.
class-open-file = A file from your teacher
class-open-file-label = Open a file from my teacher
class-not-a-set = This is not a class link. Ask your teacher to send it again.
class-newer = This link was made with a newer version of the app. Reload the page; if it does not help, ask your teacher.
class-damaged = This link is incomplete or damaged (perhaps it was cut when it was copied). Ask your teacher to send it again, or to send the class file.
class-has-errors = Your teacher's questions have errors, so the exam cannot start. Tell your teacher: the errors are listed below.
class-too-small = Your teacher's questions are not enough for this exam ({ $section }, exercise { $task }), so it cannot start. Tell your teacher.
class-set-title = Your teacher's questions
class-tasks = { $count ->
    [one] 1 exercise
   *[other] { $count } exercises
}
class-exam = Exam code { $seed }:
class-only-note = The exam uses only your teacher's questions.
class-mixed-note = The exam uses your teacher's questions and the app's.
class-replace = This phone already has other versions of these questions:
class-replace-one = { $title }: version { $held } on this phone, version { $incoming } in the link.
class-replace-button = Use the teacher's version
class-kept = The questions are saved on this phone. You can practise them in Practice.
class-start = Start the exam
class-practise = Practise
qr-show = Show as a QR code
qr-help = Another phone can read it with its camera.
qr-label = QR code
qr-too-long = This is too long for a QR code: copy it and send it instead.
