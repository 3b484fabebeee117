# Short lessons: the list, one lesson, and the links to lessons from feedback.
lessons-title = Lezioni
lessons-intro = Brevi lezioni su quello che serve per il test A2: leggi la spiegazione, guarda gli esempi e prova gli esercizi.
lessons-loading = Carico le lezioni…
lesson-not-found = Questa lezione non c'è
lesson-all = Tutte le lezioni
lesson-italian = La spiegazione in italiano
lesson-kicker = Lezione
lesson-examples = Esempi
lesson-practice = Esercizio
lesson-links-lead = Una lezione può aiutarti:
