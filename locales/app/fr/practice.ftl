# Exercices sans limite de temps et révision des erreurs.
practice-intro = Entraînez-vous sans limite de temps : choisissez la partie, le thème et le type de question. Après chaque réponse, appuyez sur « Vérifier » : vous voyez si elle est juste et pourquoi.
practice-section-legend = Partie du test
practice-all-sections = Toutes les parties
practice-topic-label = Thème
practice-all-topics = Tous les thèmes
practice-kind-label = Type de question
practice-all-kinds = Tous les types
practice-available = { $count ->
    [0] Aucun exercice avec ce choix. Essayez une autre combinaison.
    [one] { $count } exercice avec ce choix.
   *[other] { $count } exercices avec ce choix.
}
practice-start = Commencer
practice-check = Vérifier
practice-next = Exercice suivant
practice-stop = Changer d'exercices
practice-none = Il n'y a pas d'exercices avec ce choix.
practice-slower = Voix plus lente
practice-save-failed = Impossible d'enregistrer la révision : la mémoire du navigateur est pleine ou bloquée.
practice-topic-casa = Maison
practice-topic-famiglia = Famille
practice-topic-lavoro = Travail
practice-topic-salute = Santé
practice-topic-scuola = École
practice-topic-trasporti = Transports
practice-topic-acquisti = Achats
practice-topic-uffici-pubblici = Administrations
practice-topic-tempo-libero = Temps libre
practice-topic-citta-servizi = Ville et services
practice-kind-single-choice = Choix multiple
practice-kind-true-false = Vrai ou faux
practice-kind-matching = Associations
practice-kind-place = Où sommes-nous ?
practice-kind-tick-info = Informations dans le texte
practice-kind-gap-fill = Mot manquant
practice-kind-form = Formulaire
practice-kind-message = Message
review-queue-title = Révision
review-queue-due = { $count ->
    [0] Révision : aucune question à revoir maintenant.
    [one] Révision : { $count } question à revoir.
   *[other] Révision : { $count } questions à revoir.
}
review-queue-waiting = { $count ->
    [one] { $count } question reviendra plus tard.
   *[other] { $count } questions reviendront plus tard.
}
review-queue-start = Réviser
review-queue-help = Chaque question ratée, ici ou dans un examen blanc, revient dans la révision. Si vous répondez juste, elle revient après 1 jour, puis après 6 jours, puis de plus en plus tard. Si vous vous trompez, elle revient après 10 minutes.
review-queue-next = Question suivante
review-queue-done = Vous avez révisé toutes les questions pour le moment. Bravo !
practice-bank-only = Seulement les questions de :
practice-bank-all = S'entraîner avec toutes les questions
practice-sets-title = Questions de votre enseignant
practice-set-practise = S'entraîner avec ces questions
practice-set-remove = Retirer
practice-set-remove-named = Retirer { $title } de ce téléphone
practice-set-remove-ask = Voulez-vous retirer { $title } de ce téléphone ? Vos résultats et votre révision restent. Pour avoir de nouveau ces questions, ouvrez de nouveau le lien de votre enseignant.
practice-set-removed = { $title } a été retiré de ce téléphone.
practice-set-remove-failed = Impossible de retirer { $title } : le navigateur ne permet pas d'enregistrer des données.
