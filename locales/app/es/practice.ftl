# Ejercicios sin límite de tiempo y repaso de los errores.
practice-intro = Practica sin límite de tiempo: elige la parte, el tema y el tipo de pregunta. Después de cada respuesta pulsa «Comprobar»: ves si es correcta y por qué.
practice-section-legend = Parte de la prueba
practice-all-sections = Todas las partes
practice-topic-label = Tema
practice-all-topics = Todos los temas
practice-kind-label = Tipo de pregunta
practice-all-kinds = Todos los tipos
practice-available = { $count ->
    [0] No hay ejercicios con esta elección. Prueba otra combinación.
    [one] 1 ejercicio con esta elección.
   *[other] { $count } ejercicios con esta elección.
}
practice-start = Empezar
practice-check = Comprobar
practice-next = Ejercicio siguiente
practice-stop = Cambiar ejercicios
practice-none = No hay ejercicios con esta elección.
practice-slower = Voz más lenta
practice-save-failed = No se puede guardar el repaso: la memoria del navegador está llena o bloqueada.
practice-topic-casa = Casa
practice-topic-famiglia = Familia
practice-topic-lavoro = Trabajo
practice-topic-salute = Salud
practice-topic-scuola = Escuela
practice-topic-trasporti = Transporte
practice-topic-acquisti = Compras
practice-topic-uffici-pubblici = Oficinas públicas
practice-topic-tempo-libero = Tiempo libre
practice-topic-citta-servizi = Ciudad y servicios
practice-kind-single-choice = Opción múltiple
practice-kind-true-false = Verdadero o falso
practice-kind-matching = Relacionar
practice-kind-place = ¿Dónde estamos?
practice-kind-tick-info = Información en el texto
practice-kind-gap-fill = Palabra que falta
practice-kind-form = Formulario
practice-kind-message = Mensaje
review-queue-title = Repaso
review-queue-due = { $count ->
    [0] Repaso: no hay preguntas para repasar ahora.
    [one] Repaso: 1 pregunta para repasar.
   *[other] Repaso: { $count } preguntas para repasar.
}
review-queue-waiting = { $count ->
    [one] 1 pregunta volverá más adelante.
   *[other] { $count } preguntas volverán más adelante.
}
review-queue-start = Repasar
review-queue-help = Cada pregunta que fallas, aquí o en un simulacro, vuelve al repaso. Si respondes bien, vuelve después de 1 día, luego después de 6 días y luego cada vez más tarde. Si fallas, vuelve después de 10 minutos.
review-queue-next = Pregunta siguiente
review-queue-done = Has repasado todas las preguntas por ahora. ¡Muy bien!
practice-bank-only = Solo las preguntas de:
practice-bank-all = Practicar con todas las preguntas
practice-sets-title = Preguntas de tu profesor
practice-set-practise = Practicar con estas preguntas
practice-set-remove = Quitar
practice-set-remove-named = Quitar { $title } de este teléfono
practice-set-remove-ask = ¿Quieres quitar { $title } de este teléfono? Tus resultados y tu repaso se quedan. Para tener otra vez estas preguntas, abre otra vez el enlace de tu profesor.
practice-set-removed = { $title } se ha quitado de este teléfono.
practice-set-remove-failed = No se ha podido quitar { $title }: el navegador no permite guardar datos.
