# I messaggi del controllo (bank-check e pagina per insegnanti), in italiano.
# Nomi dei campi RON, valori e codice restano come sono, tra apici inversi; gli id restano uguali.

## Etichette: di che cosa parla un messaggio

label-bank = banca { $id }
label-bank-alone = banca
label-task = compito { $id }
label-task-alone = compito
label-item = { $task } / domanda { $id }
label-layout = schema { $id }
label-layout-alone = schema
label-section = { $layout }: sezione { $section }
label-slot = { $section }, posto { $n }

## Parti di una banca o di uno schema

what-id = l'id
what-title = il titolo
what-author = l'autore { $n }
what-license = la licenza
what-instructions = la consegna
what-item-id = l'id della domanda
what-explanation = la spiegazione
what-statement = l'affermazione
what-prompt = la domanda
what-text = il testo
what-pair = la coppia { $n }
what-pair-left = il testo a sinistra della coppia { $n }
what-pair-right = il testo a destra della coppia { $n }
what-extra = l'extra { $n }
what-option = l'opzione { $n }
what-accepted = la risposta accettata { $n }
what-field-label = l'etichetta del campo { $n }
what-field-example = l'esempio del campo { $n }
what-field-choice = la scelta del campo { $n }
what-point = il punto { $n }
what-model = la risposta modello
what-sample-sufficient = l'esempio sufficiente
what-sample-insufficient = l'esempio insufficiente
what-stimulus-title = il titolo dello stimolo
what-stimulus-body = il testo dello stimolo
what-announcement = l'annuncio
what-turn-speaker = chi parla nel turno { $n }
what-turn-text = il testo del turno { $n }
what-picture = l'immagine
what-audio = il nome del file audio
what-single-choice = una scelta singola
what-place = una domanda di luogo
what-tick-info = una domanda «segna le informazioni»
what-gap = lo spazio

## Lettura del file

file-binary = questo è un file binario (contiene byte NUL), non un file di testo: una banca o uno schema è testo semplice salvato in UTF-8
file-not-utf8 = il file non è testo UTF-8: salvalo di nuovo scegliendo la codifica UTF-8
file-empty = il file è vuoto
file-not-downloaded = non è stato possibile scaricarlo ({ $why })
in-place = { $label }: { $message }
ends-here = { $message } (il file finisce qui: manca una `)` o una `]` di chiusura?)
typographic-quote = { $quote } inatteso: metti i testi tra virgolette dritte "…" (« » e “ ” possono stare dentro)
file-ends-early = il file finisce troppo presto: manca una `)` o una `]` di chiusura?
expected-comma = qui serve una virgola `,`: manca una virgola, o le virgolette di chiusura di un testo, prima di questo punto?
expected-option = questo campo è facoltativo: scrivi Some(…) intorno al valore, oppure None
expected-text = qui serve un testo tra virgolette, come "…"
trailing-characters = c'è altro testo dopo la fine della banca: c'è una `)` o una `]` di troppo?
unknown-topic = argomento `{ $found }` sconosciuto; gli argomenti sono: { $names }
unknown-section = sezione `{ $found }` sconosciuta; le sezioni sono: { $names }
unknown-kind = tipo di domanda `{ $found }` sconosciuto; i tipi sono: { $names }
unknown-level = livello `{ $found }` sconosciuto; i livelli sono: { $names }
unknown-value = valore `{ $found }` sconosciuto in { $outer }; scrivi uno di questi: { $names }
unknown-field = campo `{ $found }` sconosciuto in { $outer }; i suoi campi sono: { $names }
missing-field = manca il campo `{ $field }` in { $outer }
field-twice = il campo `{ $field }` è scritto due volte in { $outer }; tienine uno
list-not-closed = una lista non è chiusa: scrivi `]` prima di `{ $next }:`
expected-list-end = qui una lista non è chiusa: manca una virgola `,` o una `]` di chiusura?
expected-brackets-end = qui un valore tra parentesi non è chiuso: manca una virgola `,` o una `)` di chiusura?
expected-translations-end = qui le traduzioni non sono chiuse: manca una virgola `,` o una `{ "}" }` di chiusura?
expected-translation-colon = scrivi i due punti `:` dopo il codice della lingua, come `"en": "…"`
text-not-closed = un testo non è chiuso: mancano le virgolette `"` di chiusura?
unexpected-char = `{ $char }` non va qui: toglilo, o mettilo dentro un testo "…"
takes-boolean = `{ $field }:` vuole `true` o `false`
takes-integer = `{ $field }:` vuole un numero intero, come `0` o `2`
takes-number = `{ $field }:` vuole un numero, come `10`
number-out-of-range = `{ $field }:` questo numero è troppo grande, o sotto 0
takes-brackets = `{ $field }:` vuole un valore tra parentesi tonde `( … )`
takes-list = `{ $field }:` vuole una lista tra parentesi quadre, come `[ … ]`
takes-translations = `{ $field }:` vuole traduzioni tra parentesi graffe, come `{"{"} "en": "…" {"}"}`
takes-text = `{ $field }:` vuole un testo tra virgolette, come "…"
ron-error = errore di sintassi RON: { $detail }

## Testi

empty = { $label }: { $what } è vuoto
sentence-long = { $label }: { $what } ha una frase di { $words } parole ("{ $start } …"); le frasi A2 sono brevi: al massimo { $max } parole
translation-no-locale = { $label }: una traduzione di { $what } non ha il codice della lingua
translation-empty = { $label }: la traduzione { $locale } di { $what } è vuota
letter-label = { $label }: { $what } comincia con una sua lettera ("{ $letter }"); l'app mette le lettere alle opzioni dopo averle mescolate, quindi togli la lettera
direction-control = un testo contiene il carattere invisibile di direzione { $code }, che può far leggere il testo in modo diverso da ciò che dice; toglilo

## Banche, compiti e domande

bank-language = { $label }: language deve essere "it", non "{ $language }"
bank-version = { $label }: version deve essere 1 o più
bank-no-tasks = { $label }: non ha compiti
bank-same-position = { $label }: la risposta giusta è { $position ->
        [0] la prima
        [1] la seconda
        [2] la terza
        [3] la quarta
       *[other] sempre la stessa
    } opzione in tutte le { $count } domande a scelta singola e di luogo; cambiane la posizione
bank-partial-translations = { $label }: alcuni testi non hanno traduzione in { $languages }: chi legge in quelle lingue vede lì l'inglese, o solo l'italiano
bank-id-taken = banca { $id }: questo id è già usato dalla banca in { $place }
task-id-taken = compito { $id }: questo id è già usato dal compito in { $place }
task-no-items = { $label }: non ha domande
item-id-twice = { $label }: un'altra domanda di questo compito ha già l'id { $id }
item-not-for-writing = { $label }: un compito di scrittura può avere solo domande form o message, non { $kind }
item-only-for-writing = { $label }: una domanda { $kind } può stare solo in un compito di scrittura
item-same-explanation = { $label }: la spiegazione è uguale a quella della domanda { $first }; spiega ogni risposta a parte
listening-silent-task = { $label }: un compito di ascolto ha bisogno di parole da dire: il suo stimolo non ne ha (usa un Dialogue o un Announcement) e nessuna domanda ha uno stimolo suo
listening-silent-item = { $label }: niente da ascoltare: lo stimolo del compito non ha parole e questa domanda non ha uno stimolo suo
listening-name-unheard = { $label }: la domanda nomina { $name }, ma nessuno dice quel nome ad alta voce (la voce non legge il nome di chi parla): nomina la persona in un turno o nella consegna, o scrivi "la donna", "l'uomo"
stimulus-similar = compito { $id }: il suo stimolo è quasi lo stesso testo di quello del compito { $other } ({ $place }), simile al { $percent }%; scrivi un testo nuovo
dialogue-no-turns = { $label }: il dialogo non ha turni
task-fits-no-layout = { $label }: ha { $count } { $count ->
        [one] risposta con punteggio
       *[other] risposte con punteggio
    }, ma nessuno schema ha un posto di { $section } di questa misura ({ $sizes }): non compare mai in un esame
task-words-above-a2 = { $label }: { $count } parole sopra il livello A2 ({ $words }): al massimo { $most }

## Domande

options-count-range = { $label }: { $what } vuole da 2 a { $max } opzioni; ne ha { $count }
options-count-least = { $label }: { $what } vuole almeno 2 opzioni; ne ha { $count }
options-same = { $label }: le opzioni { $first } e { $second } sono uguali ("{ $text }")
correct-out-of-range = { $label }: correct è { $correct }, ma le opzioni sono numerate da 0 a { $last }
pinned-missing = { $label }: pinned indica l'opzione { $option }, che non esiste
pinned-twice = { $label }: pinned indica due volte l'opzione { $option }
matching-few-pairs = { $label }: un abbinamento vuole almeno 2 coppie; ne ha { $count }
matching-same-left = { $label }: le coppie { $first } e { $second } hanno lo stesso testo a sinistra ("{ $text }")
matching-same-right = { $label }: { $first } e { $what } hanno lo stesso testo a destra ("{ $text }")
tick-no-correct = { $label }: nessuna opzione è indicata come giusta: elenca quelle giuste, per esempio correct: [0, 2]
tick-correct-twice = { $label }: correct indica due volte l'opzione { $option }
gap-long = { $label }: scrivi lo spazio con esattamente tre trattini bassi ___
gap-none = { $label }: il testo non ha lo spazio: segnalo con tre trattini bassi ___
gap-many = { $label }: il testo ha { $gaps } spazi ___; una domanda a completamento ne ha esattamente uno
gap-no-accepted = { $label }: lo spazio non accetta nessuna risposta: scrivine almeno una in accepted
form-no-fields = { $label }: il modulo non ha campi
points-tr-count = { $label }: la traduzione { $locale } dei punti ha { $texts } testi per { $points } punti
points-tr-empty = { $label }: la traduzione { $locale } dei punti ha un testo vuoto
message-min-zero = { $label }: min_words deve essere almeno 1
message-min-above-max = { $label }: min_words ({ $min }) è più di max_words ({ $max })
message-no-points = { $label }: scrivi in points che cosa dice un messaggio completo
message-model-length = { $label }: la risposta modello ha { $words } parole, fuori da min_words–max_words ({ $min }–{ $max })

## Schemi d'esame

layout-id-taken = schema { $id }: questo id è già usato dallo schema in { $place }
layout-no-sections = { $label }: non ha sezioni
layout-section-twice = { $label } compare due volte; metti tutti i suoi posti in una sola sezione
layout-pass-mark = { $label }: la soglia { $pass_mark } è sopra il punteggio massimo dell'esame ({ $max })
layout-minutes = { $label } dura { $minutes } minuti; deve durare da 1 a { $max } minuti, in minuti interi (o secondi interi, per gli schemi di prova)
layout-no-slots = { $label } non ha posti per i compiti
layout-slot-empty = { $label } ha 0 domande
layout-slot-too-many = { $label } ha { $items } domande; al massimo { $max }
layout-slot-no-kinds = { $label } non elenca tipi di domanda
layout-slot-writing-kind = { $label } elenca { $kind }, ma solo i compiti di scrittura lo hanno
layout-slot-not-writing-kind = { $label } elenca { $kind }, ma i compiti di scrittura hanno solo domande form e message
layout-points-too-many = { $label } dà { $points } punti; al massimo { $max } per domanda o compito
layout-writing-per-item = { $label } va valutata con Bands(complete: …, sufficient: …), non PerItem
layout-bands-not-writing = { $label } va valutata con PerItem(…), non Bands
layout-sufficient-above-complete = { $label }: sufficient ({ $sufficient }) è più di complete ({ $complete })
layout-fill-short = schema { $layout }: la sezione { $section } vuole { $need } { $need ->
        [one] compito
       *[other] compiti
    } di { $items } { $items ->
        [one] domanda
       *[other] domande
    } solo con [{ $kinds }]; le banche ne hanno { $have }
layout-fill-together = schema { $layout }: la sezione { $section } vuole { $need } compiti diversi per i suoi posti; le banche ne hanno solo { $filled } che vanno bene insieme

## Lessons

label-lesson = lezione { $id }
label-lesson-practice = { $lesson } / compito { $id }
what-example = esempio { $n }
what-item-explanation = la spiegazione dell'item { $id }
lesson-id-taken = lezione { $id }: questo id è già usato dalla lezione in { $place }
lesson-id-empty = { $label }: l'id è vuoto
lesson-id-characters = { $label }: un id ha solo lettere minuscole, cifre e trattini
lesson-file-name = { $label }: il file di questa lezione deve chiamarsi { $id }.ron
lesson-examples-count = { $label }: ha { $count } esempi; una lezione ne ha da { $start } a { $end }
lesson-practice-id = { $label }: l'id dell'esercizio deve essere { $expected }
lesson-practice-writing = { $label }: l'esercizio di una lezione è di ascolto o di lettura, non di scrittura
lesson-practice-items-count = { $label }: ha { $count } item; l'esercizio di una lezione ne ha da { $start } a { $end }
lesson-translations-missing = { $label }: { $what } non ha traduzione in { $languages }
lesson-unknown = compito { $task }: non esiste la lezione { $id } (lessons/{ $id }.ron)

## Domande importate da Moodle (GIFT e Moodle XML)

import-format = questo è un file { $format }, che Sportello non sa leggere. Sportello legge banche di domande (.ron), GIFT (.gift o .txt) e Moodle XML (.xml): in Moodle esporta le domande nel formato GIFT o Moodle XML
gift-unclosed = le risposte aperte qui con {"{"} non hanno la {"}"} di chiusura: aggiungi {"}"} dopo l'ultima risposta
gift-stray-close = questa {"}"} non chiude nessuna risposta: toglila, o scrivi \{"}"} per mostrarla come testo
gift-unclosed-title = il titolo aperto con :: non ha i :: di chiusura
gift-no-answers = le risposte tra graffe cominciano con = (giusta) o ~ (sbagliata), per esempio {"{"}=sì ~no{"}"}
gift-pair-arrow = in una domanda di abbinamento ogni risposta è una coppia scritta =sinistra -> destra
xml-broken = l'XML è rotto qui ({ $detail }): esporta di nuovo le domande da Moodle
xml-not-moodle = questo file XML non è un'esportazione di domande di Moodle (non ha <quiz>): in Moodle usa Banca delle domande › Esporta › formato Moodle XML
import-question = domanda { $n }
import-question-titled = domanda { $n } ({ $title })
import-dropped = { $label } è stata lasciata fuori: { $reason }
import-no-feedback = { $label } non ha feedback, quindi la spiegazione dice solo la risposta giusta: scrivi nel feedback perché è giusta
import-nothing = nessuna domanda si è potuta convertire
import-why-gaps = ha { $gaps } spazi vuoti, ma ne è ammesso uno
import-why-no-text = non ha testo
import-why-no-right = nessuna risposta è segnata come giusta
import-why-options = una domanda a scelta multipla ha da 2 a 4 risposte, e questa ne ha { $count }
import-why-pairs = una domanda di abbinamento ha almeno 2 coppie, e questa ne ha { $count }
import-why-no-model = un testo libero ha bisogno di una risposta modello (in GIFT dopo ####, in Moodle nelle informazioni per il valutatore)
import-why-no-points = scrivi cosa deve dire il testo come elenco nella domanda, un punto per riga che comincia con -
import-why-kind = le domande di tipo { $kind } non fanno parte del test A2
