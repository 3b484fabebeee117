# Esame, esercizi, revisione.
loading-banks = Sto caricando le domande…
save-failed = Non riesco a salvare: la memoria del browser è piena. Le tue risposte restano in questa pagina: non chiuderla. Riprovo a ogni risposta.
bank-errors-lead = Alcuni file di domande hanno errori e non sono usati:
cancel = Annulla
section-listening = Ascolto
section-reading = Lettura
section-writing = Scrittura
exam-intro-lead = È una prova come il test vero: tre parti, ognuna con il suo tempo. Le domande sono in italiano, come all'esame.
exam-shared = Questo è l'esame condiviso dal tuo insegnante (codice { $seed }).
exam-share-bad-code = Il codice di questo link non è valido ({ $code }). Chiedi di nuovo il link all'insegnante, oppure comincia qui sotto un nuovo esame di prova.
exam-share-unknown-layout = Questo link chiede un tipo di esame che l'app non conosce ({ $layout }). Chiedi di nuovo il link all'insegnante, oppure comincia qui sotto un nuovo esame di prova.
exam-share-missing-banks = Questo esame usa le domande del tuo insegnante ({ $banks }), che non sono su questo telefono. Apri il link della classe che ti ha mandato l'insegnante, o comincia qui sotto un nuovo esame di prova.
exam-layout-label = Tipo di esame
exam-rules-title = Come funziona
exam-col-section = Parte
exam-col-time = Tempo
exam-col-points = Punti
exam-minutes = { $minutes } minuti
exam-rule-sections = Fai le { $count } parti una alla volta. Ogni parte ha il suo tempo.
exam-rule-pass = Per superare il test servono almeno { $pass } punti su { $max }.
exam-rule-twice = Puoi ascoltare ogni registrazione due volte.
exam-rule-timeout = Quando il tempo finisce, la parte si chiude e si apre la successiva. Alla fine l'esame si consegna da solo.
exam-rule-no-back = Non puoi tornare a una parte già chiusa.
exam-rule-saved = Le risposte si salvano subito. Se chiudi la pagina, continui con il tempo che resta.
exam-cannot-generate = Non ci sono abbastanza domande per preparare questo esame.
exam-start = Inizia l'esame
exam-part = parte { $n } di { $count }
exam-time-left = Tempo che resta
exam-five-minutes = Mancano 5 minuti alla fine di questa parte.
exam-one-minute = Manca 1 minuto alla fine di questa parte.
exam-submit = Consegna l'esame
exam-next-section = Vai alla parte successiva
exam-confirm-next = { $count ->
    [0] Hai risposto a tutte le domande. Vuoi passare alla parte successiva? Non potrai tornare indietro.
    [one] Hai ancora una domanda senza risposta. Vuoi passare alla parte successiva? Non potrai tornare indietro.
   *[other] Hai ancora { $count } domande senza risposta. Vuoi passare alla parte successiva? Non potrai tornare indietro.
}
exam-confirm-submit = { $count ->
    [0] Hai risposto a tutte le domande. Vuoi consegnare l'esame?
    [one] Hai ancora una domanda senza risposta. Vuoi consegnare l'esame?
   *[other] Hai ancora { $count } domande senza risposta. Vuoi consegnare l'esame?
}
exam-task = Esercizio { $n }
transcript = Trascrizione
play-listen = ▶ Ascolta
play-stop = ■ Ferma
plays-left = { $count ->
    [0] Nessun ascolto rimasto
    [one] Ancora 1 ascolto
   *[other] Ancora { $count } ascolti
}
no-italian-voice = Il tuo dispositivo non ha una voce italiana. Leggi il testo: nel risultato questa parte sarà segnata come letta, non ascoltata.
item-gap-label = Parola mancante
form-required = Obbligatorio.
form-missing = Campo obbligatorio.
form-not-a-date = Scrivi la data così: gg/mm/aaaa.
form-not-a-number = Scrivi solo numeri.
form-not-a-phone = Numero di telefono non valido.
form-not-an-email = Indirizzo e-mail non valido.
form-not-an-option = Scegli una delle opzioni.
message-words = Parole: { $count } (da { $min } a { $max }).
message-too-short = Troppo corto.
message-too-long = Troppo lungo.
message-length-ok = Lunghezza giusta.
review-why = Perché:
review-right = Giusto
review-wrong = Sbagliato
review-partly = { $right } giuste su { $count }
review-your-answer = La tua risposta:
review-no-answer = nessuna risposta
review-right-answer = Risposta giusta:
results-title = Risultato
results-passed = Superato
results-failed = Non superato
results-pass-mark = Per superare il test servono { $pass } punti su { $max }.
results-section-points = { $points } punti su { $max }
results-ungraded = senza voto
results-read-not-heard = letto, non ascoltato
results-review-title = Revisione delle risposte
results-review-loading = Sto preparando la revisione…
results-new-exam = Nuova simulazione
results-unsaved = Questa simulazione non è salvata: la memoria del browser è piena. Il risultato e la correzione esistono solo in questa pagina: se la chiudi o inizi una nuova simulazione, si perdono. Scaricala in un file, oppure libera spazio cancellando la correzione dettagliata delle simulazioni più vecchie (i loro punteggi restano nella cronologia).
results-unsaved-download = Scarica questa simulazione
results-unsaved-free = Libera spazio
results-unsaved-downloaded = Il file { $file } è stato scaricato. Puoi ripristinarlo dalla pagina Progressi (Recuperare una copia).
results-unsaved-download-failed = Il browser non ha scaricato il file. Non chiudere questa pagina.
results-unsaved-still-full = Lo spazio non basta ancora. Scarica questa simulazione per non perderla.
leave-unsaved-title = Questa simulazione non è salvata
leave-unsaved-text = La memoria del browser è piena: questa simulazione esiste solo in questa pagina. Se apri un'altra pagina, la perdi.
leave-unsaved-stay = Torna alla simulazione
leave-unsaved-go = Apri la pagina e perdi la simulazione
results-new-exam-refused = Prima salva questa simulazione: scaricala o libera spazio. Una nuova simulazione la sostituirebbe.
results-saved-now = Questa simulazione ora è salvata.
writing-model = Esempio di risposta:
writing-grade-legend = Il tuo voto per questa scrittura
writing-grade-complete = Completa e corretta: c'è tutto quello che chiede il compito
writing-grade-sufficient = Sufficiente: si capisce, ma manca qualcosa o ci sono errori
writing-grade-insufficient = Insufficiente: manca quasi tutto o non si capisce
translation-fallback = (In inglese: manca la traduzione nella tua lingua.)
voice-check-title = Prova della voce
voice-check-lead = Prima di cominciare, controlla che il telefono legga l'italiano ad alta voce. Non conta come ascolto dell'esame.
voice-check-play = Ascolta una frase di prova
voice-check-question = Hai sentito una voce che parla italiano?
voice-check-yes = Sì, l'ho sentita
voice-check-no = No, non ho sentito niente
voice-check-ok = Bene: nell'esame sentirai le registrazioni.
voice-check-none = Su questo dispositivo non c'è una voce italiana, o non si sente. Puoi installarla così:
voice-check-android = Android: Impostazioni → Sistema → Lingue → Sintesi vocale (Text-to-speech). Scegli «Servizi di sintesi vocale Google», poi installa la lingua italiana.
voice-check-iphone = iPhone: Impostazioni → Accessibilità → Contenuto letto ad alta voce → Voci → Italiano.
voice-check-windows = Windows: Impostazioni → Ora e lingua → Voce → Aggiungi voci → Italiano.
voice-check-computer = Computer con Chrome: installa una voce italiana nel sistema, poi chiudi e riapri Chrome. Controlla anche il volume.
voice-check-continue = Puoi fare l'esame lo stesso: le registrazioni saranno mostrate come testo da leggere.
result-code-title = Manda il tuo risultato all'insegnante
result-code-help = Prima valuta la tua scrittura qui sopra. Poi copia questo codice e mandalo al tuo insegnante (per esempio con WhatsApp): contiene le tue risposte, non quello che hai scritto.
result-code-name = Il tuo nome per l'insegnante (puoi lasciarlo vuoto)
result-code-label = Il tuo codice del risultato
result-code-copy = Copia il codice
result-code-copied = Codice copiato.
