# Short lessons: the list, one lesson, and the links to lessons from feedback.
lessons-title = Lessons
lessons-intro = Short lessons on what you need for the A2 test: read the explanation, look at the examples and try the exercise.
lessons-loading = Loading the lessons…
lesson-not-found = This lesson does not exist
lesson-all = All lessons
lesson-italian = The explanation in Italian
lesson-kicker = Lesson
lesson-examples = Examples
lesson-practice = Exercise
lesson-links-lead = A lesson can help you:
