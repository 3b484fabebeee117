# Esercizi senza tempo e ripasso degli errori.
practice-intro = Esercitati senza tempo: scegli la parte, l'argomento e il tipo di domanda. Dopo ogni risposta premi «Controlla»: vedi se è giusta e perché.
practice-section-legend = Parte del test
practice-all-sections = Tutte le parti
practice-topic-label = Argomento
practice-all-topics = Tutti gli argomenti
practice-kind-label = Tipo di domanda
practice-all-kinds = Tutti i tipi
practice-available = { $count ->
    [0] Nessun esercizio con questa scelta. Prova un'altra combinazione.
    [one] 1 esercizio con questa scelta.
   *[other] { $count } esercizi con questa scelta.
}
practice-start = Inizia
practice-check = Controlla
practice-next = Esercizio successivo
practice-stop = Cambia esercizi
practice-none = Non ci sono esercizi con questa scelta.
practice-slower = Voce più lenta
practice-save-failed = Non riesco a salvare il ripasso: la memoria del browser è piena o bloccata.
practice-topic-casa = Casa
practice-topic-famiglia = Famiglia
practice-topic-lavoro = Lavoro
practice-topic-salute = Salute
practice-topic-scuola = Scuola
practice-topic-trasporti = Trasporti
practice-topic-acquisti = Acquisti
practice-topic-uffici-pubblici = Uffici pubblici
practice-topic-tempo-libero = Tempo libero
practice-topic-citta-servizi = Città e servizi
practice-kind-single-choice = Scelta multipla
practice-kind-true-false = Vero o falso
practice-kind-matching = Abbinamenti
practice-kind-place = Dove siamo?
practice-kind-tick-info = Informazioni nel testo
practice-kind-gap-fill = Parola mancante
practice-kind-form = Modulo
practice-kind-message = Messaggio
review-queue-title = Ripasso
review-queue-due = { $count ->
    [0] Ripasso: nessuna domanda da ripassare adesso.
    [one] Ripasso: 1 domanda da ripassare.
   *[other] Ripasso: { $count } domande da ripassare.
}
review-queue-waiting = { $count ->
    [one] 1 domanda tornerà più avanti.
   *[other] { $count } domande torneranno più avanti.
}
review-queue-start = Ripassa
review-queue-help = Ogni domanda sbagliata, qui o in una simulazione, torna nel ripasso. Se rispondi giusto, torna dopo 1 giorno, poi dopo 6 giorni e poi sempre più tardi. Se sbagli, torna dopo 10 minuti.
review-queue-next = Domanda successiva
review-queue-done = Hai ripassato tutte le domande per ora. Bravo!
practice-bank-only = Solo le domande di:
practice-bank-all = Esercitati con tutte le domande
practice-sets-title = Domande del tuo insegnante
practice-set-practise = Esercitati con queste domande
practice-set-remove = Togli
practice-set-remove-named = Togli { $title } da questo telefono
practice-set-remove-ask = Togliere { $title } da questo telefono? I tuoi risultati e il ripasso restano. Per avere di nuovo queste domande, apri di nuovo il link dell'insegnante.
practice-set-removed = { $title } è stato tolto da questo telefono.
practice-set-remove-failed = Non è stato possibile togliere { $title }: il browser non permette di salvare.
