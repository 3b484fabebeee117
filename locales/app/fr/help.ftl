# Help read aloud in the learner's language (issue #13 §3), and the voice check page.
help-read-aloud = Lire ce texte à voix haute en { $language }
help-no-voice = Cet appareil n’a pas de voix pour { $language }.
help-no-voice-hint = Pour en ajouter une, cherchez « Synthèse vocale » dans les paramètres du téléphone et installez la langue.
help-back-to-settings = Retour aux paramètres
