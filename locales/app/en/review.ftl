# The review of a finished exam (filter, matching table), the next step, and what /progress adds.
review-filter-legend = Show in the review
review-filter-all = All questions ({ $count })
review-filter-mistakes = Only my mistakes ({ $count })
review-filter-unanswered = Only unanswered ({ $count })
review-filter-none = No question fits this choice.
review-match-text = Text
review-match-yours = Your answer
review-match-right = Right answer
next-step-title = Your next step
next-step-review-lead = Some of your mistakes are waiting for review. Reviewing them now helps you remember.
next-step-review = { $count ->
    [one] Review 1 question
   *[other] Review { $count } questions
}
next-step-weakest = Your weakest part in your recent exams: { $name }, { $right } right out of { $units }.
next-step-practise = Practise: { $name }
next-step-exam-lead = Nothing to review and no weak part: take another practice exam.
next-step-exam = Take a practice exam
practice-query-ignored = Some choices in the link were not understood and were left out: { $values }
readiness-held-back = { $count ->
    [one] In your last exam, the part that holds you back most is { $section }.
   *[other] In your last { $count } exams, the part that holds you back most is { $section }.
}
progress-chart-axis-points = Points
progress-chart-axis-dates = Date of the exam
progress-practise-this = Practise this
progress-col-kind = Question type
progress-weakest-first = Weakest first.
