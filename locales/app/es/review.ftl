# La revisión de un examen terminado (filtro, tabla de relaciones), el próximo paso, y lo que se añade a /progress.
review-filter-legend = Mostrar en la revisión
review-filter-all = Todas las preguntas ({ $count })
review-filter-mistakes = Solo mis errores ({ $count })
review-filter-unanswered = Solo sin respuesta ({ $count })
review-filter-none = Ninguna pregunta corresponde a esta opción.
review-match-text = Texto
review-match-yours = Tu respuesta
review-match-right = Respuesta correcta
next-step-title = Tu próximo paso
next-step-review-lead = Algunos de tus errores esperan repaso. Repasarlos ahora te ayuda a recordar.
next-step-review = { $count ->
    [one] Repasar 1 pregunta
   *[other] Repasar { $count } preguntas
}
next-step-weakest = Tu punto más débil en tus últimos exámenes: { $name }, { $right } correctas de { $units }.
next-step-practise = Practicar: { $name }
next-step-exam-lead = Nada que repasar y ningún punto débil: haz otro simulacro de examen.
next-step-exam = Haz un simulacro de examen
practice-query-ignored = Algunas opciones del enlace no se entendieron y se dejaron fuera: { $values }
readiness-held-back = { $count ->
    [one] En tu último examen, la parte que más te frena es { $section }.
   *[other] En tus últimos { $count } exámenes, la parte que más te frena es { $section }.
}
progress-chart-axis-points = Puntos
progress-chart-axis-dates = Fecha del examen
progress-practise-this = Practicar
progress-col-kind = Tipo de pregunta
progress-weakest-first = Primero las más débiles.
