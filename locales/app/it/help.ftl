# Help read aloud in the learner's language (issue #13 §3), and the voice check page.
help-read-aloud = Leggi ad alta voce in { $language }
help-no-voice = Questo dispositivo non ha una voce per { $language }.
help-no-voice-hint = Per aggiungerla, cerca «Sintesi vocale» nelle impostazioni del telefono e installa la lingua.
help-back-to-settings = Torna alle impostazioni
