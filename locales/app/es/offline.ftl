# /settings/offline: what to keep on the phone for use with no connection (service workers).
settings-offline-legend = Qué guardar en este teléfono, para usar Sportello sin internet
settings-offline-all = Todo Sportello: exámenes, ejercicios, lecciones, todos los idiomas
settings-offline-used = Solo lo que abro (usa menos datos móviles)
settings-offline-none = Nada (Sportello siempre necesita internet)
settings-offline-on = Después de la primera visita, los exámenes, los ejercicios y tu progreso funcionan sin conexión. La aplicación se actualiza sola cuando hay conexión.
settings-offline-as-used = Las páginas, las preguntas y las lecciones que ya abriste funcionan sin conexión. Las demás necesitan internet la primera vez que las abres.
settings-offline-off = Sportello no se guarda en este teléfono: necesita conexión y descarga otra vez lo que usa. Elige esta opción para ahorrar espacio.
