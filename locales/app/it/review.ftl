# La revisione di un esame finito (filtro, tabella degli abbinamenti), il prossimo passo, e le aggiunte a /progress.
review-filter-legend = Mostra nella revisione
review-filter-all = Tutte le domande ({ $count })
review-filter-mistakes = Solo i miei errori ({ $count })
review-filter-unanswered = Solo senza risposta ({ $count })
review-filter-none = Nessuna domanda corrisponde a questa scelta.
review-match-text = Testo
review-match-yours = La tua risposta
review-match-right = Risposta giusta
next-step-title = Il tuo prossimo passo
next-step-review-lead = Alcuni tuoi errori aspettano il ripasso. Ripassarli adesso ti aiuta a ricordare.
next-step-review = { $count ->
    [one] Ripassa 1 domanda
   *[other] Ripassa { $count } domande
}
next-step-weakest = La parte più debole nei tuoi ultimi esami: { $name }, { $right } giuste su { $units }.
next-step-practise = Esercitati: { $name }
next-step-exam-lead = Niente da ripassare e nessuna parte debole: fai un'altra simulazione d'esame.
next-step-exam = Fai una simulazione d'esame
practice-query-ignored = Alcune scelte del link non sono state capite e sono state ignorate: { $values }
readiness-held-back = { $count ->
    [one] Nel tuo ultimo esame, la parte che ti frena di più è { $section }.
   *[other] Nei tuoi ultimi { $count } esami, la parte che ti frena di più è { $section }.
}
progress-chart-axis-points = Punti
progress-chart-axis-dates = Data dell'esame
progress-practise-this = Esercitati
progress-col-kind = Tipo di domanda
progress-weakest-first = Prima le più deboli.
