# /settings/offline: keeping the app on the phone for use with no connection (service worker).
settings-offline-keep = Guardar Sportello en este teléfono para usarlo sin internet
settings-offline-on = Después de la primera visita, los exámenes, los ejercicios y tu progreso funcionan sin conexión. La aplicación se actualiza sola cuando hay conexión.
settings-offline-off = Sportello no se guarda en este teléfono: necesita conexión y descarga otra vez lo que usa. Elige esta opción para ahorrar espacio o datos.
settings-offline-stored = Sportello usa { $size } MB en este teléfono.
