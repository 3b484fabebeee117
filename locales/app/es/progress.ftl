# Progreso, copia de seguridad, datos guardados.
progress-empty = Todavía no has hecho ningún simulacro de examen. Aquí verás tus resultados, los puntos de cada parte y cómo vas.
progress-take-exam = Haz un simulacro de examen
progress-back = Todos tus simulacros
progress-save-failed = No se puede guardar: la memoria del navegador está llena. Descarga una copia de seguridad y borra los datos antiguos para liberar espacio.
progress-review-title = Corrección del simulacro
progress-details-gone = Los detalles de este simulacro ya no están: la aplicación guarda completos solo los últimos 20 simulacros.
progress-history-title = Tus simulacros
progress-history-count = { $count ->
    [one] Has hecho 1 simulacro.
   *[other] Has hecho { $count } simulacros.
}
progress-show-more = { $count ->
    [one] Mostrar 1 simulacro más
   *[other] Mostrar { $count } simulacros más
}
progress-passed = Aprobado
progress-failed = No aprobado
progress-open-review = Ver la corrección
progress-score = { $points } puntos de { $max }
progress-time-used = tiempo { $time }
progress-ready-need-more = { $count ->
    [one] Haz 1 simulacro más para saber cómo vas.
   *[other] Haz { $count } simulacros más para saber cómo vas.
}
progress-ready-yes = Puedes presentarte a la prueba: tus últimos 3 simulacros han llegado todos a la puntuación mínima.
progress-ready-almost = Ya casi lo tienes: en los últimos 3 simulacros te faltan, de media, 5 puntos como máximo para aprobar la prueba.
progress-ready-keep = Sigue practicando: en los últimos 3 simulacros te faltan, de media, más de 5 puntos para aprobar la prueba.
progress-streak-none = Hoy y ayer no has hecho simulacros.
progress-streak = { $count ->
    [one] 1 día seguido con al menos un simulacro.
   *[other] { $count } días seguidos con al menos un simulacro.
}
progress-chart-title = Tu puntuación a lo largo del tiempo
progress-chart-label = { $count ->
    [one] Gráfico de la puntuación del último simulacro
   *[other] Gráfico de la puntuación de los últimos { $count } simulacros
}
progress-chart-score = Tu puntuación
progress-chart-pass = Puntuación mínima para aprobar la prueba
progress-chart-table = Mostrar los datos del gráfico en una tabla
progress-col-date = Fecha
progress-col-score = Puntuación
progress-col-pass = Mínimo
progress-col-result = Resultado
progress-accuracy-title = Respuestas correctas por parte y por tema
progress-accuracy-lead = { $count ->
    [one] Del último simulacro guardado completo. La escritura no se cuenta: la evalúas tú.
   *[other] De los últimos { $count } simulacros guardados completos. La escritura no se cuenta: la evalúas tú.
}
progress-accuracy-none = Todavía no hay respuestas que contar.
progress-right-of = Correctas: { $right } de { $units }
progress-col-right = Respuestas correctas
progress-col-percent = Porcentaje
progress-col-section = Parte
progress-col-topic = Tema
backup-title = Copia de seguridad
backup-lead = Tus datos se quedan solo en este dispositivo. Guarda una copia en un archivo para no perderlos o para pasarlos a otro teléfono o computadora.
backup-export-title = Guardar una copia
backup-export = Descargar la copia de seguridad
backup-exported = Copia lista: se ha descargado el archivo { $file }.
backup-export-failed = El navegador no ha descargado el archivo. Abre el texto de la copia aquí abajo y guárdalo en un archivo.
backup-show-json = Mostrar el texto de la copia
backup-json-label = Texto de la copia de seguridad (JSON)
backup-import-title = Recuperar una copia
backup-import-label = Elige un archivo de copia de seguridad (.json). Sus datos se añaden a los de este dispositivo: no se borra nada.
backup-imported = { $count ->
    [0] Copia recuperada: ningún simulacro nuevo.
    [one] Copia recuperada: 1 simulacro añadido.
   *[other] Copia recuperada: { $count } simulacros añadidos.
}
backup-imported-updated = { $count ->
    [one] 1 simulacro ha recibido la nota de la escritura.
   *[other] { $count } simulacros han recibido la nota de la escritura.
}
backup-imported-files = { $count ->
    [one] 1 archivo de preguntas añadido.
   *[other] { $count } archivos de preguntas añadidos.
}
backup-imported-refused = { $count ->
    [one] 1 examen del archivo no cuadra (puntuación o fecha imposible) y no se ha importado.
   *[other] { $count } exámenes del archivo no cuadran (puntuaciones o fechas imposibles) y no se han importado.
}
backup-not-a-backup = Este archivo no es una copia de seguridad de Sportello. No ha cambiado nada.
backup-newer = Esta copia se hizo con una versión más nueva de Sportello. Recarga la página para actualizar la aplicación y vuelve a intentarlo. No ha cambiado nada.
backup-damaged = Esta copia está dañada y no se puede leer. No ha cambiado nada.
backup-too-big = El archivo es demasiado grande para ser una copia de seguridad de Sportello. No ha cambiado nada.
backup-unreadable = El navegador no ha podido leer el archivo. No ha cambiado nada.
backup-full = La memoria del navegador está llena: la copia no se ha recuperado. No ha cambiado nada.
backup-unavailable = El navegador no permite guardar datos (quizás por la navegación privada). No ha cambiado nada.
backup-reset-title = Borrar todo
backup-reset = Borrar todos mis datos
backup-reset-export-first = Antes de borrar, descarga una copia de seguridad si quieres conservar tus resultados.
backup-reset-confirm = ¿Quieres borrar de este dispositivo los simulacros, los resultados, los ajustes, los archivos de preguntas importados y los errores para repasar? No se puede deshacer. El idioma elegido se queda.
backup-reset-confirm-button = Sí, borrar todo
backup-reset-done = Se han borrado todos los datos.
saved-notice-text = Algunos datos guardados en este dispositivo no se pueden leer: están dañados o son de una versión más nueva de la aplicación. Se han apartado, no se han borrado, y la aplicación funciona con normalidad. Puedes descargarlos para guardar una copia o para pedir ayuda.
saved-notice-export = Descargar los datos apartados
saved-notice-dismiss = Ocultar este aviso
saved-notice-export-failed = El navegador no ha descargado el archivo.
backup-imported-results = { $count ->
    [one] 1 resultado de la clase añadido.
   *[other] { $count } resultados de la clase añadidos.
}
