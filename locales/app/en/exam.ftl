# Exam, practice, review.
loading-banks = Loading the questions…
save-failed = Cannot save: the browser's storage is full. Your answers stay on this page: do not close it. Saving is tried again with every answer.
bank-errors-lead = Some question files have errors and are not used:
cancel = Cancel
section-listening = Listening
section-reading = Reading
section-writing = Writing
exam-intro-lead = A practice exam like the real test: three parts, each with its own time. The questions are in Italian, as in the exam.
exam-shared = This is the exam your teacher shared (code { $seed }).
exam-share-bad-code = The code in this link is not valid ({ $code }). Ask your teacher for the link again, or start a new practice exam below.
exam-share-unknown-layout = This link asks for a type of exam this app does not know ({ $layout }). Ask your teacher for the link again, or start a new practice exam below.
exam-share-missing-banks = This exam needs your teacher's questions ({ $banks }), which are not on this phone. Open the class link your teacher sent, or start a new practice exam below.
exam-layout-label = Kind of exam
exam-rules-title = How it works
exam-col-section = Part
exam-col-time = Time
exam-col-points = Points
exam-minutes = { $minutes } minutes
exam-rule-sections = You do the { $count } parts one at a time. Each part has its own time.
exam-rule-pass = You pass with at least { $pass } points out of { $max }.
exam-rule-twice = You can listen to each recording twice.
exam-rule-timeout = When the time runs out, the part closes and the next one opens. At the end the exam is handed in by itself.
exam-rule-no-back = You cannot go back to a part that is closed.
exam-rule-saved = Your answers are saved at once. If you close the page, you go on with the time that is left.
exam-cannot-generate = There are not enough questions to prepare this exam.
exam-start = Start the exam
exam-part = part { $n } of { $count }
exam-time-left = Time left
exam-five-minutes = 5 minutes left in this part.
exam-one-minute = 1 minute left in this part.
exam-submit = Hand in the exam
exam-next-section = Go to the next part
exam-confirm-next = { $count ->
    [0] You answered every question. Go to the next part? You cannot come back.
    [one] One question has no answer yet. Go to the next part? You cannot come back.
   *[other] { $count } questions have no answer yet. Go to the next part? You cannot come back.
}
exam-confirm-submit = { $count ->
    [0] You answered every question. Hand in the exam?
    [one] One question has no answer yet. Hand in the exam?
   *[other] { $count } questions have no answer yet. Hand in the exam?
}
exam-task = Task { $n }
transcript = Transcript
play-listen = ▶ Listen
play-stop = ■ Stop
plays-left = { $count ->
    [0] No plays left
    [one] 1 play left
   *[other] { $count } plays left
}
no-italian-voice = Your device has no Italian voice. Read the text instead: the result will mark this part as read, not heard.
item-gap-label = Missing word
form-required = Required.
form-missing = Required field.
form-not-a-date = Write the date like this: dd/mm/yyyy.
form-not-a-number = Write numbers only.
form-not-a-phone = Not a valid phone number.
form-not-an-email = Not a valid e-mail address.
form-not-an-option = Choose one of the options.
message-words = Words: { $count } (from { $min } to { $max }).
message-too-short = Too short.
message-too-long = Too long.
message-length-ok = Right length.
review-why = Why:
review-right = Right
review-wrong = Wrong
review-partly = { $right } right out of { $count }
review-your-answer = Your answer:
review-no-answer = no answer
review-right-answer = Right answer:
results-title = Result
results-passed = Passed
results-failed = Not passed
results-pass-mark = You pass with { $pass } points out of { $max }.
results-section-points = { $points } points out of { $max }
results-ungraded = not graded
results-read-not-heard = read, not heard
results-review-title = Review of your answers
results-review-loading = Preparing the review…
results-new-exam = New practice exam
results-unsaved = This exam is not saved: the browser's storage is full. Its result and review exist only on this page: if you close it or start a new exam, they are lost. Download it as a file, or free space by deleting the detailed review of your older exams (their scores stay in your history).
results-unsaved-download = Download this exam
results-unsaved-free = Free space
results-unsaved-downloaded = The file { $file } was downloaded. You can restore it from the Progress page (Restore a copy).
results-unsaved-download-failed = The browser did not download the file. Do not close this page.
results-unsaved-still-full = There is still not enough space. Download this exam so you do not lose it.
# Asked before another page is opened while the exam is not saved.
leave-unsaved-title = This exam is not saved
leave-unsaved-text = The browser's storage is full: this exam exists only on this page. If you open another page, it is lost.
leave-unsaved-stay = Back to the exam
leave-unsaved-go = Open the page and lose the exam
results-new-exam-refused = Save this exam first: download it or free space. A new exam would replace it.
results-saved-now = This exam is now saved.
writing-model = Model answer:
writing-grade-legend = Your grade for this writing
writing-grade-complete = Complete and correct: it has everything the task asks for
writing-grade-sufficient = Sufficient: it is clear, but something is missing or there are mistakes
writing-grade-insufficient = Insufficient: almost everything is missing or it is not clear
translation-fallback = (In English: there is no translation in your language.)
voice-check-title = Voice check
voice-check-lead = Before you start, check that your phone can read Italian aloud. This does not count as a play in the exam.
voice-check-play = Listen to a test sentence
voice-check-question = Did you hear a voice speaking Italian?
voice-check-yes = Yes, I heard it
voice-check-no = No, I heard nothing
voice-check-ok = Good: you will hear the recordings in the exam.
voice-check-none = This device has no Italian voice, or it cannot be heard. You can install one like this:
voice-check-android = Android: Settings → System → Languages → Text-to-speech. Choose “Speech Services by Google”, then install Italian.
voice-check-iphone = iPhone: Settings → Accessibility → Spoken Content → Voices → Italian.
voice-check-windows = Windows: Settings → Time & language → Speech → Add voices → Italian.
voice-check-computer = Computer with Chrome: install an Italian voice in the system, then close and reopen Chrome. Check the volume too.
voice-check-continue = You can take the exam anyway: the recordings will be shown as text to read.
result-code-title = Send your result to your teacher
result-code-help = Grade your writing above first. Then copy this code and send it to your teacher (for example by WhatsApp): it holds your answers, not what you wrote.
result-code-name = Your name for the teacher (you can leave it empty)
result-code-label = Your result code
result-code-copy = Copy the code
result-code-copied = Code copied.
