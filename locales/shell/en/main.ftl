# Sportello — English interface.
app-name = Sportello
app-tagline = Practice for the Italian A2 test for the EU long-term residence permit
skip-to-content = Skip to content
nav-label = Main menu
nav-home = Home
nav-exam = Exam
nav-practice = Practice
nav-progress = Progress
nav-teacher = Teachers
nav-settings = Settings
nav-about = About
language-label = Language
language-choose-title = Choose your language
language-choose-help = Instructions and help will be in this language. The test stays in Italian, like the real exam. You can change the language at any time in Settings.
language-continue = Continue
language-downloading = Downloading { $language }…
language-not-downloaded = { $language } could not be downloaded. Connect to the internet and choose the language again.
home-title = Get ready for the Italian A2 test
home-intro = The test has three parts: listening, reading and writing. It lasts 60 minutes. You pass with at least 80 points out of 100.
home-exam-cta = Take a practice exam
home-practice-cta = Practise without a timer
home-privacy = Your data stays on your phone. No account, no tracking.
exam-title = Practice exam
practice-title = Practice
progress-title = Your progress
teacher-title = For teachers
settings-title = Settings
settings-rate-legend = Speed of the voice in listening tasks
settings-rate-slow = Slow
settings-rate-calm = A little slow (recommended)
settings-rate-normal = Normal
settings-rate-help = In the real exam the recordings are at normal speed. Practise at normal speed too before the test.
settings-not-saved = This choice could not be saved on this device: it holds for this visit only.
about-title = About
about-text = Sportello is a free, open-source simulator of the Italian A2 language test for the EU long-term residence permit. It runs in the browser of your phone or computer.
about-test = The real test: listening (2 tasks, 25 minutes, 30 points), reading (2 tasks, 25 minutes, 35 points), writing (1 task, 10 minutes, 35 points). You pass with 80 points out of 100. If you fail, you can try again after 90 days.
about-privacy = No data leaves your device.
guide-link = How the real test works
loading-app = Opening the page…
not-found-title = Page not found
not-found-text = This page does not exist.
not-found-home = Back to the home page

# Settings: link to the Italian voice check (/settings/voice, in the full app).
settings-voice-check-link = Check the Italian voice

# The banner when a new version of the app is ready (service worker update).
update-ready = A new version of Sportello is ready. Your answers and your progress stay saved.
update-reload = Reload now

# Settings: keeping the app on the phone for use with no connection (service worker).
settings-offline-title = Use with no connection
settings-offline-link = Space on this phone and use offline

# The first visit's notice: what is kept on the phone for use with no connection, how much
# (offline-space, followed by the megabytes: "9.4 MB"), and where to change it (/settings/offline).
offline-first-all = Sportello is saving itself on this phone, so that it works with no internet.
offline-first-used = You are on mobile data or data saver: Sportello keeps on this phone only the pages and questions you open, so that they work with no internet.
offline-space = Space used on this phone:
offline-change = Change what is kept
offline-ok = OK
