# Help read aloud in the learner's language (issue #13 §3), and the voice check page.
help-read-aloud = Read this aloud in { $language }
help-no-voice = This device has no voice for { $language }.
help-no-voice-hint = To add one, look for “Text-to-speech” in your phone’s settings and install the language.
help-back-to-settings = Back to the settings
