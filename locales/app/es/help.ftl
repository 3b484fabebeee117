# Help read aloud in the learner's language (issue #13 §3), and the voice check page.
help-read-aloud = Leer esto en voz alta en { $language }
help-no-voice = Este dispositivo no tiene voz para { $language }.
help-no-voice-hint = Para añadirla, busca «Texto a voz» en los ajustes del teléfono e instala el idioma.
help-back-to-settings = Volver a los ajustes
