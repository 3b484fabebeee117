# Short lessons: the list, one lesson, and the links to lessons from feedback.
lessons-title = Lecciones
lessons-intro = Lecciones cortas sobre lo que necesitas para el examen A2: lee la explicación, mira los ejemplos y haz el ejercicio.
lessons-loading = Cargando las lecciones…
lesson-not-found = Esta lección no existe
lesson-all = Todas las lecciones
lesson-italian = La explicación en italiano
lesson-kicker = Lección
lesson-examples = Ejemplos
lesson-practice = Ejercicio
lesson-links-lead = Una lección te puede ayudar:
