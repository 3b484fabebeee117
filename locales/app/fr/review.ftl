# La correction d'un examen terminé (filtre, tableau des associations), la prochaine étape, et les ajouts à /progress.
review-filter-legend = Afficher dans la correction
review-filter-all = Toutes les questions ({ $count })
review-filter-mistakes = Seulement mes erreurs ({ $count })
review-filter-unanswered = Seulement sans réponse ({ $count })
review-filter-none = Aucune question ne correspond à ce choix.
review-match-text = Texte
review-match-yours = Votre réponse
review-match-right = Bonne réponse
next-step-title = Votre prochaine étape
next-step-review-lead = Certaines de vos erreurs attendent d'être révisées. Les réviser maintenant vous aide à vous en souvenir.
next-step-review = { $count ->
    [one] Réviser 1 question
   *[other] Réviser { $count } questions
}
next-step-weakest = Votre point le plus faible dans vos derniers examens : { $name }, { $right } bonnes réponses sur { $units }.
next-step-practise = S'entraîner : { $name }
next-step-exam-lead = Rien à réviser et aucun point faible : faites un autre examen blanc.
next-step-exam = Faire un examen blanc
practice-query-ignored = Certains choix du lien n'ont pas été compris et ont été ignorés : { $values }
readiness-held-back = { $count ->
    [one] Dans votre dernier examen, la partie qui vous freine le plus est : { $section }.
   *[other] Dans vos { $count } derniers examens, la partie qui vous freine le plus est : { $section }.
}
progress-chart-axis-points = Points
progress-chart-axis-dates = Date de l'examen
progress-practise-this = S'entraîner
progress-col-kind = Type de question
progress-weakest-first = Les plus faibles d'abord.
