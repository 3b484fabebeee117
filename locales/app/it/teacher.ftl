# Pagina per gli insegnanti: importare file di domande, che cosa c'è nell'app, condividere un esame.
teacher-lead = Aggiungi i tuoi file di domande, controllali e dai a tutta la classe lo stesso esame.
teacher-import-title = Aggiungi un file di domande
teacher-import-help = Un file di domande (una raccolta) o un tipo di esame è un file di testo .ron; le domande esportate da Moodle (GIFT o Moodle XML) vengono convertite in un file così. Ogni file viene controllato come i file inclusi nell'app: un file con errori non viene aggiunto e l'app continua a funzionare come prima. I file importati restano solo in questo browser.
teacher-import-choose = Scegli un file (.ron, GIFT o Moodle XML)
teacher-import-drop = Oppure trascina il file in questo riquadro.
teacher-import-checking = Sto controllando il file…
teacher-imported = { $file } è stato aggiunto. Da ora esami ed esercizi lo usano.
teacher-replaced = { $file } è stato aggiunto al posto del file di prima con lo stesso nome. Da ora esami ed esercizi lo usano.
teacher-refused = { $file } ha errori e non è stato aggiunto. Correggi queste righe e importalo di nuovo:
teacher-warnings-lead = Consigli su { $file } (funziona, ma si può migliorare):
teacher-save-full = { $file } è corretto, ma la memoria di questo browser è piena e non è stato aggiunto. Togli un file importato che non ti serve più e riprova.
teacher-save-unavailable = { $file } è corretto, ma questo browser non permette all'app di salvare file (navigazione privata o impostazioni) e non è stato aggiunto.
teacher-name-taken = { $file } ha lo stesso nome di un file incluso nell'app. Cambia il nome del tuo file e importalo di nuovo.
teacher-too-big = { $file } è troppo grande per un file di domande (più di 1 MB). Non è stato aggiunto.
teacher-unreadable = Non riesco a leggere { $file }. Non è stato aggiunto.
teacher-files-title = I file di domande nell'app
teacher-totals = Che cosa possono usare esami ed esercizi
teacher-col-section = Parte
teacher-col-tasks = Esercizi
teacher-col-items = Domande
teacher-imported-title = Importati in questo browser
teacher-imported-none = Nessun file importato per ora.
teacher-shipped-title = Inclusi nell'app
teacher-shipped-summary = Mostra i { $count } file inclusi nell'app
teacher-origin-shipped = Incluso
teacher-origin-imported = Importato
teacher-code = Codice: { $id }
teacher-file = File: { $file }
teacher-bank-counts = { $section }: { $tasks ->
        [one] 1 esercizio
       *[other] { $tasks } esercizi
    }, { $items ->
        [one] 1 domanda
       *[other] { $items } domande
    }
teacher-layout-summary = Tipo di esame: { $parts } parti, si supera con { $pass } punti su { $max }.
teacher-template-unused = Questo è il modello: esami ed esercizi non lo usano.
teacher-file-broken = Questo file ha errori (sono elencati sopra) e non viene usato.
teacher-remove = Togli
teacher-remove-file = Togli { $file }
teacher-remove-confirm = Vuoi togliere { $file } da questo browser? Esami ed esercizi non lo useranno più.
teacher-removed = { $file } è stato tolto.
teacher-remove-failed = Non riesco a togliere { $file }: questo browser non permette all'app di cambiare i file salvati.
teacher-share-title = Dai alla classe lo stesso esame
teacher-share-help = Chi apre questo link riceve lo stesso esame, con le stesse domande.
teacher-share-layout = Tipo di esame
teacher-share-code = Codice dell'esame: { $seed }
teacher-share-new = Nuovo codice
teacher-share-copy = Link da copiare
teacher-share-none = Nessun tipo di esame si può usare, quindi non c'è un esame da condividere.
teacher-write-title = Scrivi le tue domande
teacher-write-text = Scrivi i tuoi esercizi nell'editor delle domande: un modulo che controlla ogni campo mentre scrivi e mostra ogni esercizio come lo vedrà lo studente. Oppure scarica il modello e scrivi il file a mano: i commenti nel modello spiegano ogni riga, e la guida docs/bank-format.md nel codice sorgente dell'app spiega tutto il resto. Poi importa il file qui.
teacher-write-template = Scarica il modello (TEMPLATE.ron)
teacher-write-editor = Apri l'editor delle domande
teacher-convert-legend = Domande da Moodle (GIFT o Moodle XML)
teacher-convert-help = Le domande a scelta multipla, vero/falso, abbinamento, risposta breve e testo libero diventano compiti: i testi liberi diventano compiti di scrittura, le altre compiti di lettura. Le domande di altro tipo vengono lasciate fuori, con il motivo.
teacher-convert-topic = Argomento dei compiti
teacher-convert-items = Domande per compito (il test vero ne ha 5)
teacher-converted = { $from }: { $converted } domande su { $found } convertite in { $file }.
teacher-convert-notes = Lasciate fuori, o da controllare:
teacher-convert-download = Scarica { $file }
teacher-convert-failed = Non è stato possibile convertire { $file }:
teacher-practise-bank = Esercitati con queste domande
teacher-convert-edit = Aprilo nell'editor delle domande
teacher-convert-edit-failed = Non riesco ad aprire il file convertito nell'editor: la memoria di questo browser è piena o bloccata. Scarica invece il file.

class-link-title = Le tue domande per tutta la classe
class-link-help = Il link della classe contiene le tue domande: chi lo apre fa l'esame con le tue domande sul proprio telefono. Niente passa da un server.
class-banks = I tuoi file nel link
class-mix = Domande dell'esame
class-only = Solo le mie domande
class-mixed = Le mie domande e quelle dell'app
class-cannot-fill = Le tue domande non bastano per questo esame: { $section }, esercizio { $task }: serve un esercizio con { $items } domande. Aggiungi esercizi, scegli un altro tipo di esame o mescola le tue domande con quelle dell'app.
class-none-chosen = Scegli almeno uno dei tuoi file.
class-link-label = Link della classe da inviare
class-copy = Copia il link
class-copied = Link copiato.
class-preview = Prova l'esame come lo vedranno i tuoi studenti
class-too-long = Le tue domande sono troppe per un link. Scarica il file della classe e invialo alla classe (per esempio con WhatsApp): gli studenti lo aprono nella pagina "Link della classe".
class-file = Scarica il file della classe
