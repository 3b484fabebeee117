# Untimed practice and the review of mistakes.
practice-intro = Practise without a timer: choose the part, the topic and the kind of question. After each answer press “Check”: you see whether it is right and why.
practice-section-legend = Part of the test
practice-all-sections = All parts
practice-topic-label = Topic
practice-all-topics = All topics
practice-kind-label = Kind of question
practice-all-kinds = All kinds
practice-available = { $count ->
    [0] No exercise with this choice. Try another combination.
    [one] 1 exercise with this choice.
   *[other] { $count } exercises with this choice.
}
practice-start = Start
practice-check = Check
practice-next = Next exercise
practice-stop = Change exercises
practice-none = There are no exercises with this choice.
practice-slower = Slower voice
practice-save-failed = The review cannot be saved: the browser's storage is full or blocked.
practice-topic-casa = Home
practice-topic-famiglia = Family
practice-topic-lavoro = Work
practice-topic-salute = Health
practice-topic-scuola = School
practice-topic-trasporti = Transport
practice-topic-acquisti = Shopping
practice-topic-uffici-pubblici = Public offices
practice-topic-tempo-libero = Free time
practice-topic-citta-servizi = Town and services
practice-kind-single-choice = Multiple choice
practice-kind-true-false = True or false
practice-kind-matching = Matching
practice-kind-place = Where are they?
practice-kind-tick-info = Information in the text
practice-kind-gap-fill = Missing word
practice-kind-form = Form
practice-kind-message = Message
review-queue-title = Review
review-queue-due = { $count ->
    [0] Review: no questions to review now.
    [one] Review: 1 question to review.
   *[other] Review: { $count } questions to review.
}
review-queue-waiting = { $count ->
    [one] 1 question will come back later.
   *[other] { $count } questions will come back later.
}
review-queue-start = Review
review-queue-help = Every question you get wrong, here or in a practice exam, comes back for review. If you answer it right, it comes back after 1 day, then after 6 days, then later and later. If you get it wrong, it comes back after 10 minutes.
review-queue-next = Next question
review-queue-done = You have reviewed every question for now. Well done!
practice-bank-only = Only the questions of:
practice-bank-all = Practise all the questions
practice-sets-title = Questions from your teacher
practice-set-practise = Practise this set
practice-set-remove = Remove
practice-set-remove-named = Remove { $title } from this phone
practice-set-remove-ask = Remove { $title } from this phone? Your results and your review stay. To have these questions again, open your teacher's link again.
practice-set-removed = { $title } was removed from this phone.
practice-set-remove-failed = { $title } could not be removed: the browser does not allow saving.
