# /settings/offline: what to keep on the phone for use with no connection (service workers).
settings-offline-legend = Cosa tenere su questo telefono, per usare Sportello senza internet
settings-offline-all = Tutto Sportello: esami, esercizi, lezioni, tutte le lingue
settings-offline-used = Solo quello che apro (usa meno dati mobili)
settings-offline-none = Niente (Sportello ha sempre bisogno di internet)
settings-offline-on = Dopo la prima visita, esami, esercizi e progressi funzionano senza connessione. L'app si aggiorna da sola quando c'è connessione.
settings-offline-as-used = Le pagine, le domande e le lezioni che hai già aperto funzionano senza connessione. Le altre hanno bisogno di internet la prima volta che le apri.
settings-offline-off = Sportello non resta su questo telefono: ha bisogno della connessione e scarica di nuovo quello che serve. Scegli così per risparmiare spazio.
