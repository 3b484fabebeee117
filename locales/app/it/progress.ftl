# Progressi, copia di sicurezza, dati salvati.
progress-empty = Non hai ancora fatto simulazioni d'esame. Qui vedrai i risultati, i punti per ogni parte e a che punto sei.
progress-take-exam = Fai una simulazione d'esame
progress-back = Tutte le tue simulazioni
progress-save-failed = Non è possibile salvare: la memoria del browser è piena. Scarica una copia di sicurezza e cancella i dati vecchi per liberare spazio.
progress-review-title = Correzione della simulazione
progress-details-gone = I dettagli di questa simulazione non ci sono più: l'app conserva per intero solo le ultime 20 simulazioni.
progress-history-title = Le tue simulazioni
progress-history-count = { $count ->
    [one] Hai fatto 1 simulazione.
   *[other] Hai fatto { $count } simulazioni.
}
progress-show-more = { $count ->
    [one] Mostra ancora 1 simulazione
   *[other] Mostra altre { $count } simulazioni
}
progress-passed = Superato
progress-failed = Non superato
progress-open-review = Vedi la correzione
progress-score = { $points } punti su { $max }
progress-time-used = tempo { $time }
progress-ready-need-more = { $count ->
    [one] Fai ancora 1 simulazione per sapere a che punto sei.
   *[other] Fai ancora { $count } simulazioni per sapere a che punto sei.
}
progress-ready-yes = Puoi presentarti al test: le tue ultime 3 simulazioni hanno tutte raggiunto il punteggio minimo.
progress-ready-almost = Ci sei quasi: nelle ultime 3 simulazioni, in media, ti mancano al massimo 5 punti per superare il test.
progress-ready-keep = Continua a esercitarti: nelle ultime 3 simulazioni, in media, ti mancano più di 5 punti per superare il test.
progress-streak-none = Oggi e ieri non hai fatto simulazioni.
progress-streak = { $count ->
    [one] 1 giorno di fila con almeno una simulazione.
   *[other] { $count } giorni di fila con almeno una simulazione.
}
progress-chart-title = Il punteggio nel tempo
progress-chart-label = { $count ->
    [one] Grafico del punteggio dell'ultima simulazione
   *[other] Grafico del punteggio delle ultime { $count } simulazioni
}
progress-chart-score = Il tuo punteggio
progress-chart-pass = Punteggio minimo per superare il test
progress-chart-table = Mostra i dati del grafico in una tabella
progress-col-date = Data
progress-col-score = Punteggio
progress-col-pass = Minimo
progress-col-result = Risultato
progress-accuracy-title = Risposte giuste per parte e per argomento
progress-accuracy-lead = { $count ->
    [one] Dall'ultima simulazione conservata per intero. La scrittura non è contata: la valuti tu.
   *[other] Dalle ultime { $count } simulazioni conservate per intero. La scrittura non è contata: la valuti tu.
}
progress-accuracy-none = Non ci sono ancora risposte da contare.
progress-right-of = { $right } giuste su { $units }
progress-col-right = Risposte giuste
progress-col-percent = Percentuale
progress-col-section = Parte
progress-col-topic = Argomento
backup-title = Copia di sicurezza
backup-lead = I tuoi dati restano solo su questo dispositivo. Salva una copia in un file per non perderli o per spostarli su un altro telefono o computer.
backup-export-title = Salvare una copia
backup-export = Scarica la copia di sicurezza
backup-exported = Copia pronta: il file { $file } è stato scaricato.
backup-export-failed = Il browser non ha scaricato il file. Apri il testo della copia qui sotto e salvalo in un file.
backup-show-json = Mostra il testo della copia
backup-json-label = Testo della copia di sicurezza (JSON)
backup-import-title = Recuperare una copia
backup-import-label = Scegli un file di copia di sicurezza (.json). I suoi dati si aggiungono a quelli di questo dispositivo: niente viene cancellato.
backup-imported = { $count ->
    [0] Copia recuperata: nessuna simulazione nuova.
    [one] Copia recuperata: 1 simulazione aggiunta.
   *[other] Copia recuperata: { $count } simulazioni aggiunte.
}
backup-imported-updated = { $count ->
    [one] 1 simulazione ha ricevuto la valutazione della scrittura.
   *[other] { $count } simulazioni hanno ricevuto la valutazione della scrittura.
}
backup-imported-files = { $count ->
    [one] 1 file di domande aggiunto.
   *[other] { $count } file di domande aggiunti.
}
backup-imported-refused = { $count ->
    [one] 1 esame del file non torna (punteggio o data impossibile) e non è stato importato.
   *[other] { $count } esami del file non tornano (punteggi o date impossibili) e non sono stati importati.
}
backup-not-a-backup = Questo file non è una copia di sicurezza di Sportello. Non è cambiato niente.
backup-newer = Questa copia è stata fatta con una versione più nuova di Sportello. Ricarica la pagina per aggiornare l'app e riprova. Non è cambiato niente.
backup-damaged = Questa copia è danneggiata e non si può leggere. Non è cambiato niente.
backup-too-big = Il file è troppo grande per essere una copia di sicurezza di Sportello. Non è cambiato niente.
backup-unreadable = Il browser non è riuscito a leggere il file. Non è cambiato niente.
backup-full = La memoria del browser è piena: la copia non è stata recuperata. Non è cambiato niente.
backup-unavailable = Il browser non permette di salvare dati (forse per la navigazione privata). Non è cambiato niente.
backup-reset-title = Cancellare tutto
backup-reset = Cancella tutti i miei dati
backup-reset-export-first = Prima di cancellare, scarica una copia di sicurezza se vuoi tenere i tuoi risultati.
backup-reset-confirm = Vuoi cancellare da questo dispositivo simulazioni, risultati, impostazioni, file di domande importati ed errori da ripassare? Non si può annullare. La lingua scelta resta.
backup-reset-confirm-button = Sì, cancella tutto
backup-reset-done = Tutti i dati sono stati cancellati.
saved-notice-text = Alcuni dati salvati su questo dispositivo non si possono leggere: sono danneggiati o di una versione più nuova dell'app. Sono stati messi da parte, non cancellati, e l'app funziona normalmente. Puoi scaricarli per tenerne una copia o per chiedere aiuto.
saved-notice-export = Scarica i dati messi da parte
saved-notice-dismiss = Nascondi questo avviso
saved-notice-export-failed = Il browser non ha scaricato il file.
backup-imported-results = { $count ->
    [one] 1 risultato della classe aggiunto.
   *[other] { $count } risultati della classe aggiunti.
}
