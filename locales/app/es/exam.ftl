# Examen, ejercicios, revisión.
loading-banks = Cargando las preguntas…
save-failed = No se puede guardar: la memoria del navegador está llena. Tus respuestas siguen en esta página: no la cierres. Lo intentamos de nuevo con cada respuesta.
bank-errors-lead = Algunos archivos de preguntas tienen errores y no se usan:
cancel = Cancelar
section-listening = Escucha
section-reading = Lectura
section-writing = Escritura
exam-intro-lead = Es una prueba como el examen real: tres partes, cada una con su tiempo. Las preguntas están en italiano, como en el examen.
exam-shared = Este es el examen que compartió tu profesor (código { $seed }).
exam-share-bad-code = El código de este enlace no es válido ({ $code }). Pide otra vez el enlace a tu profesor, o empieza abajo un nuevo examen de práctica.
exam-share-unknown-layout = Este enlace pide un tipo de examen que la aplicación no conoce ({ $layout }). Pide otra vez el enlace a tu profesor, o empieza abajo un nuevo examen de práctica.
exam-share-missing-banks = Este examen usa las preguntas de tu profesor ({ $banks }), que no están en este teléfono. Abre el enlace de la clase que te mandó tu profesor, o empieza abajo un nuevo examen de práctica.
exam-layout-label = Tipo de examen
exam-rules-title = Cómo funciona
exam-col-section = Parte
exam-col-time = Tiempo
exam-col-points = Puntos
exam-minutes = { $minutes } minutos
exam-rule-sections = Haces las { $count } partes una por una. Cada parte tiene su tiempo.
exam-rule-pass = Para aprobar necesitas al menos { $pass } puntos de { $max }.
exam-rule-twice = Puedes escuchar cada grabación dos veces.
exam-rule-timeout = Cuando se acaba el tiempo, la parte se cierra y se abre la siguiente. Al final, el examen se entrega solo.
exam-rule-no-back = No puedes volver a una parte ya cerrada.
exam-rule-saved = Las respuestas se guardan enseguida. Si cierras la página, sigues con el tiempo que queda.
exam-cannot-generate = No hay suficientes preguntas para preparar este examen.
exam-start = Empezar el examen
exam-part = parte { $n } de { $count }
exam-time-left = Tiempo restante
exam-five-minutes = Quedan 5 minutos para el final de esta parte.
exam-one-minute = Queda 1 minuto para el final de esta parte.
exam-submit = Entregar el examen
exam-next-section = Ir a la parte siguiente
exam-confirm-next = { $count ->
    [0] Has respondido a todas las preguntas. ¿Quieres pasar a la parte siguiente? No podrás volver atrás.
    [one] Todavía tienes una pregunta sin respuesta. ¿Quieres pasar a la parte siguiente? No podrás volver atrás.
   *[other] Todavía tienes { $count } preguntas sin respuesta. ¿Quieres pasar a la parte siguiente? No podrás volver atrás.
}
exam-confirm-submit = { $count ->
    [0] Has respondido a todas las preguntas. ¿Quieres entregar el examen?
    [one] Todavía tienes una pregunta sin respuesta. ¿Quieres entregar el examen?
   *[other] Todavía tienes { $count } preguntas sin respuesta. ¿Quieres entregar el examen?
}
exam-task = Ejercicio { $n }
transcript = Transcripción
play-listen = ▶ Escuchar
play-stop = ■ Parar
plays-left = { $count ->
    [0] No quedan escuchas
    [one] Queda 1 escucha
   *[other] Quedan { $count } escuchas
}
no-italian-voice = Tu dispositivo no tiene una voz italiana. Lee el texto: en el resultado, esta parte aparecerá como leída, no escuchada.
item-gap-label = Palabra que falta
form-required = Obligatorio.
form-missing = Campo obligatorio.
form-not-a-date = Escribe la fecha así: dd/mm/aaaa.
form-not-a-number = Escribe solo números.
form-not-a-phone = Número de teléfono no válido.
form-not-an-email = Correo electrónico no válido.
form-not-an-option = Elige una de las opciones.
message-words = Palabras: { $count } (de { $min } a { $max }).
message-too-short = Demasiado corto.
message-too-long = Demasiado largo.
message-length-ok = Longitud correcta.
review-why = Por qué:
review-right = Correcto
review-wrong = Incorrecto
review-partly = Correctas: { $right } de { $count }
review-your-answer = Tu respuesta:
review-no-answer = sin respuesta
review-right-answer = Respuesta correcta:
results-title = Resultado
results-passed = Aprobado
results-failed = No aprobado
results-pass-mark = Para aprobar necesitas { $pass } puntos de { $max }.
results-section-points = { $points } puntos de { $max }
results-ungraded = sin nota
results-read-not-heard = leído, no escuchado
results-review-title = Revisión de las respuestas
results-review-loading = Preparando la revisión…
results-new-exam = Nuevo simulacro
results-unsaved = Este simulacro no está guardado: la memoria del navegador está llena. Su resultado y su corrección solo existen en esta página: si la cierras o empiezas un simulacro nuevo, se pierden. Descárgalo en un archivo, o libera espacio borrando la corrección detallada de tus simulacros más antiguos (sus puntuaciones siguen en el historial).
results-unsaved-download = Descargar este simulacro
results-unsaved-free = Liberar espacio
results-unsaved-downloaded = Se ha descargado el archivo { $file }. Puedes restaurarlo desde la página Progreso (Recuperar una copia).
results-unsaved-download-failed = El navegador no ha descargado el archivo. No cierres esta página.
results-unsaved-still-full = Todavía no hay espacio suficiente. Descarga este simulacro para no perderlo.
leave-unsaved-title = Este simulacro no está guardado
leave-unsaved-text = La memoria del navegador está llena: este simulacro solo existe en esta página. Si abres otra página, se pierde.
leave-unsaved-stay = Volver al simulacro
leave-unsaved-go = Abrir la página y perder el simulacro
results-new-exam-refused = Primero guarda este simulacro: descárgalo o libera espacio. Un simulacro nuevo lo sustituiría.
results-saved-now = Este simulacro ya está guardado.
writing-model = Ejemplo de respuesta:
writing-grade-legend = Tu nota para este texto
writing-grade-complete = Completo y correcto: tiene todo lo que pide el ejercicio
writing-grade-sufficient = Suficiente: se entiende, pero falta algo o hay errores
writing-grade-insufficient = Insuficiente: falta casi todo o no se entiende
translation-fallback = (En inglés: no hay traducción en tu idioma.)
voice-check-title = Prueba de la voz
voice-check-lead = Antes de empezar, comprueba que tu teléfono puede leer en italiano en voz alta. No cuenta como una escucha del examen.
voice-check-play = Escuchar una frase de prueba
voice-check-question = ¿Has oído una voz que habla italiano?
voice-check-yes = Sí, la he oído
voice-check-no = No, no he oído nada
voice-check-ok = Bien: en el examen oirás las grabaciones.
voice-check-none = Este dispositivo no tiene una voz italiana, o no se oye. Puedes instalarla así:
voice-check-android = Android: Ajustes → Sistema → Idiomas → Síntesis de voz. Elige «Servicios de voz de Google» e instala el italiano.
voice-check-iphone = iPhone: Ajustes → Accesibilidad → Contenido leído → Voces → Italiano.
voice-check-windows = Windows: Configuración → Hora e idioma → Voz → Agregar voces → Italiano.
voice-check-computer = Ordenador con Chrome: instala una voz italiana en el sistema, luego cierra y vuelve a abrir Chrome. Revisa también el volumen.
voice-check-continue = Puedes hacer el examen igualmente: las grabaciones se mostrarán como texto para leer.
result-code-title = Manda tu resultado a tu profesor
result-code-help = Primero pon la nota a tu texto, aquí arriba. Después copia este código y mándalo a tu profesor (por ejemplo, por WhatsApp): lleva tus respuestas, no lo que has escrito.
result-code-name = Tu nombre para el profesor (puedes dejarlo vacío)
result-code-label = Tu código de resultado
result-code-copy = Copiar el código
result-code-copied = Código copiado.
