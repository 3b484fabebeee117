class-title = Link della classe
class-lead = Domande e un esame dal tuo insegnante.
class-open-file = Un file dal tuo insegnante
class-open-file-label = Apri un file del mio insegnante
class-not-a-set = Questo non è un link della classe. Chiedi all'insegnante di mandarlo di nuovo.
class-newer = Questo link è stato fatto con una versione più nuova dell'app. Ricarica la pagina; se non basta, chiedi all'insegnante.
class-damaged = Questo link è incompleto o rovinato (forse è stato tagliato quando è stato copiato). Chiedi all'insegnante di mandarlo di nuovo, o di mandare il file della classe.
class-has-errors = Le domande del tuo insegnante hanno degli errori, quindi l'esame non può cominciare. Dillo all'insegnante: gli errori sono qui sotto.
class-too-small = Le domande del tuo insegnante non bastano per questo esame ({ $section }, esercizio { $task }), quindi l'esame non può cominciare. Dillo all'insegnante.
class-set-title = Le domande del tuo insegnante
class-tasks = { $count ->
    [one] 1 esercizio
   *[other] { $count } esercizi
}
class-exam = Esame con il codice { $seed }:
class-only-note = L'esame usa solo le domande del tuo insegnante.
class-mixed-note = L'esame usa le domande del tuo insegnante e quelle dell'app.
class-replace = Questo telefono ha già altre versioni di queste domande:
class-replace-one = { $title }: versione { $held } su questo telefono, versione { $incoming } nel link.
class-replace-button = Usa la versione dell'insegnante
class-kept = Le domande sono salvate su questo telefono. Puoi esercitarti con queste domande in Esercizi.
class-start = Comincia l'esame
class-practise = Esercitati
qr-show = Mostra come codice QR
qr-help = Un altro telefono lo può leggere con la fotocamera.
qr-label = Codice QR
qr-too-long = È troppo lungo per un codice QR: copialo e invialo.
