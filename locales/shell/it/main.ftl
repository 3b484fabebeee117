# Sportello — interfaccia in italiano (lingua predefinita).
app-name = Sportello
app-tagline = Simulatore del test di italiano A2 per il permesso di soggiorno UE di lungo periodo
skip-to-content = Vai al contenuto
nav-label = Menu principale
nav-home = Inizio
nav-exam = Esame
nav-practice = Esercizi
nav-progress = Progressi
nav-teacher = Insegnanti
nav-settings = Impostazioni
nav-about = Informazioni
language-label = Lingua
language-choose-title = Scegli la tua lingua
language-choose-help = Le istruzioni e gli aiuti saranno in questa lingua. Il test resta in italiano, come l'esame vero. Puoi cambiare lingua quando vuoi in Impostazioni.
language-continue = Continua
language-downloading = Sto scaricando la lingua { $language }…
language-not-downloaded = Non è stato possibile scaricare la lingua { $language }. Collegati a internet e scegli di nuovo la lingua.
home-title = Preparati al test di italiano A2
home-intro = Il test ha tre parti: ascolto, lettura e scrittura. Dura 60 minuti. Per superarlo servono almeno 80 punti su 100.
home-exam-cta = Fai una simulazione d'esame
home-practice-cta = Esercitati senza tempo
home-privacy = I tuoi dati restano sul tuo telefono. Non serve registrarsi e nessuno ti controlla.
exam-title = Simulazione d'esame
practice-title = Esercizi
progress-title = I tuoi progressi
teacher-title = Per gli insegnanti
settings-title = Impostazioni
settings-rate-legend = Velocità della voce negli ascolti
settings-rate-slow = Lenta
settings-rate-calm = Un po' lenta (consigliata)
settings-rate-normal = Normale
settings-rate-help = All'esame vero le registrazioni hanno una velocità normale. Esercitati anche con la velocità normale prima del test.
settings-not-saved = Non è stato possibile salvare la scelta su questo dispositivo: vale solo per questa visita.
about-title = Informazioni
about-text = Sportello è un simulatore libero e gratuito del test di lingua italiana A2 per il permesso di soggiorno UE per soggiornanti di lungo periodo. Funziona nel browser del tuo telefono o computer.
about-test = Il test vero: ascolto (2 esercizi, 25 minuti, 30 punti), lettura (2 esercizi, 25 minuti, 35 punti), scrittura (1 esercizio, 10 minuti, 35 punti). Si supera con 80 punti su 100. Se non lo superi, puoi riprovare dopo 90 giorni.
about-privacy = Nessun dato lascia il tuo dispositivo.
guide-link = Come funziona il test vero
loading-app = Sto aprendo la pagina…
not-found-title = Pagina non trovata
not-found-text = Questa pagina non esiste.
not-found-home = Torna all'inizio

# Settings: link to the Italian voice check (/settings/voice, in the full app).
settings-voice-check-link = Controlla la voce italiana

# The banner when a new version of the app is ready (service worker update).
update-ready = È pronta una nuova versione di Sportello. Le tue risposte e i tuoi progressi restano salvati.
update-reload = Ricarica ora

# Settings: keeping the app on the phone for use with no connection (service worker).
settings-offline-title = Usare senza connessione
settings-offline-link = Spazio sul telefono e uso senza connessione

# The first visit's notice: what is kept on the phone for use with no connection, how much
# (offline-space, followed by the megabytes: "9.4 MB"), and where to change it (/settings/offline).
offline-first-all = Sportello si sta salvando su questo telefono, così funziona anche senza internet.
offline-first-used = Stai usando i dati mobili o il risparmio dati: Sportello tiene su questo telefono solo le pagine e le domande che apri, così funzionano anche senza internet.
offline-space = Spazio usato su questo telefono:
offline-change = Cambia cosa tenere
offline-ok = OK
