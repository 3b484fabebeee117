# /settings/offline: keeping the app on the phone for use with no connection (service worker).
settings-offline-keep = Tieni Sportello su questo telefono, per usarlo senza internet
settings-offline-on = Dopo la prima visita, esami, esercizi e progressi funzionano senza connessione. L'app si aggiorna da sola quando c'è connessione.
settings-offline-off = Sportello non resta su questo telefono: ha bisogno della connessione e scarica di nuovo quello che serve. Scegli così per risparmiare spazio o dati.
settings-offline-stored = Sportello usa { $size } MB su questo telefono.
