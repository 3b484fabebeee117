# The main menu's link to the lessons.
nav-lessons = Lecciones
