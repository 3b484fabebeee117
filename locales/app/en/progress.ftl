# Progress, backup, saved data.
progress-empty = You have not taken a practice exam yet. Here you will see your results, the points for each part and how close you are to passing.
progress-take-exam = Take a practice exam
progress-back = All your practice exams
progress-save-failed = Cannot save: the browser's storage is full. Download a backup and delete old data to free some space.
progress-review-title = Review of the practice exam
progress-details-gone = The details of this exam are no longer kept: the app keeps only the last 20 exams in full.
progress-history-title = Your practice exams
progress-history-count = { $count ->
    [one] You took 1 practice exam.
   *[other] You took { $count } practice exams.
}
progress-show-more = { $count ->
    [one] Show 1 more exam
   *[other] Show { $count } more exams
}
progress-passed = Passed
progress-failed = Not passed
progress-open-review = See the review
progress-score = { $points } points out of { $max }
progress-time-used = time { $time }
progress-ready-need-more = { $count ->
    [one] Take 1 more practice exam to see how ready you are.
   *[other] Take { $count } more practice exams to see how ready you are.
}
progress-ready-yes = You are ready for the test: your last 3 practice exams all reached the pass mark.
progress-ready-almost = Almost there: in your last 3 practice exams you were on average at most 5 points below the pass mark.
progress-ready-keep = Keep practising: in your last 3 practice exams you were on average more than 5 points below the pass mark.
progress-streak-none = No practice exam today or yesterday.
progress-streak = { $count ->
    [one] 1 day in a row with at least one practice exam.
   *[other] { $count } days in a row with at least one practice exam.
}
progress-chart-title = Your score over time
progress-chart-label = { $count ->
    [one] Chart of the score of your last practice exam
   *[other] Chart of the scores of your last { $count } practice exams
}
progress-chart-score = Your score
progress-chart-pass = Pass mark
progress-chart-table = Show the chart's data as a table
progress-col-date = Date
progress-col-score = Score
progress-col-pass = Pass mark
progress-col-result = Result
progress-accuracy-title = Right answers by part and by topic
progress-accuracy-lead = { $count ->
    [one] From your last practice exam kept in full. Writing is not counted: you grade it yourself.
   *[other] From your last { $count } practice exams kept in full. Writing is not counted: you grade it yourself.
}
progress-accuracy-none = There are no answers to count yet.
progress-right-of = { $right } right out of { $units }
progress-col-right = Right answers
progress-col-percent = Share
progress-col-section = Part
progress-col-topic = Topic
backup-title = Backup
backup-lead = Your data stays only on this device. Save a copy in a file so you do not lose it, or to move it to another phone or computer.
backup-export-title = Save a copy
backup-export = Download a backup
backup-exported = Backup ready: the file { $file } was downloaded.
backup-export-failed = The browser did not download the file. Open the backup text below and save it in a file.
backup-show-json = Show the backup text
backup-json-label = Backup text (JSON)
backup-import-title = Restore a copy
backup-import-label = Choose a backup file (.json). Its data is added to the data on this device: nothing is deleted.
backup-imported = { $count ->
    [0] Backup restored: no new practice exams.
    [one] Backup restored: 1 practice exam added.
   *[other] Backup restored: { $count } practice exams added.
}
backup-imported-updated = { $count ->
    [one] 1 exam received the grade of its writing.
   *[other] { $count } exams received the grade of their writing.
}
backup-imported-files = { $count ->
    [one] 1 question file added.
   *[other] { $count } question files added.
}
backup-imported-refused = { $count ->
    [one] 1 exam in the file does not add up (impossible score or date) and was not imported.
   *[other] { $count } exams in the file do not add up (impossible scores or dates) and were not imported.
}
backup-not-a-backup = This file is not a Sportello backup. Nothing was changed.
backup-newer = This backup was made by a newer version of Sportello. Reload the page to update the app and try again. Nothing was changed.
backup-damaged = This backup is damaged and cannot be read. Nothing was changed.
backup-too-big = The file is too big to be a Sportello backup. Nothing was changed.
backup-unreadable = The browser could not read the file. Nothing was changed.
backup-full = The browser's storage is full: the backup was not restored. Nothing was changed.
backup-unavailable = The browser does not allow saving data (private browsing, perhaps). Nothing was changed.
backup-reset-title = Delete everything
backup-reset = Delete all my data
backup-reset-export-first = Before deleting, download a backup if you want to keep your results.
backup-reset-confirm = Delete your practice exams, results, settings, imported question files and mistakes to review from this device? This cannot be undone. Your language choice stays.
backup-reset-confirm-button = Yes, delete everything
backup-reset-done = All your data was deleted.
saved-notice-text = Some data saved on this device cannot be read: it is damaged or from a newer version of the app. It was put aside, not deleted, and the app works normally. You can download it to keep a copy or to ask for help.
saved-notice-export = Download the data put aside
saved-notice-dismiss = Hide this message
saved-notice-export-failed = The browser did not download the file.
backup-imported-results = { $count ->
    [one] 1 class result added.
   *[other] { $count } class results added.
}
