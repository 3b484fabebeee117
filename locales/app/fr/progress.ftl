# Progrès, copie de sauvegarde, données enregistrées.
progress-empty = Vous n'avez pas encore fait d'examen blanc. Ici, vous verrez vos résultats, les points de chaque partie et où vous en êtes.
progress-take-exam = Faire un examen blanc
progress-back = Tous vos examens blancs
progress-save-failed = Impossible d'enregistrer : la mémoire du navigateur est pleine. Téléchargez une copie de sauvegarde et effacez les anciennes données pour libérer de la place.
progress-review-title = Correction de l'examen blanc
progress-details-gone = Les détails de cet examen blanc ne sont plus là : l'application garde en entier seulement les 20 derniers examens blancs.
progress-history-title = Vos examens blancs
progress-history-count = { $count ->
    [one] Vous avez fait { $count } examen blanc.
   *[other] Vous avez fait { $count } examens blancs.
}
progress-show-more = { $count ->
    [one] Afficher encore { $count } examen blanc
   *[other] Afficher encore { $count } examens blancs
}
progress-passed = Réussi
progress-failed = Non réussi
progress-open-review = Voir la correction
progress-score = { $points } points sur { $max }
progress-time-used = temps { $time }
progress-ready-need-more = { $count ->
    [one] Faites encore { $count } examen blanc pour savoir où vous en êtes.
   *[other] Faites encore { $count } examens blancs pour savoir où vous en êtes.
}
progress-ready-yes = Vous pouvez passer le test : vos 3 derniers examens blancs ont tous atteint le score minimum.
progress-ready-almost = Vous y êtes presque : dans vos 3 derniers examens blancs, il vous manque en moyenne 5 points au maximum pour réussir le test.
progress-ready-keep = Continuez à vous entraîner : dans vos 3 derniers examens blancs, il vous manque en moyenne plus de 5 points pour réussir le test.
progress-streak-none = Vous n'avez pas fait d'examen blanc aujourd'hui ni hier.
progress-streak = { $count ->
    [one] { $count } jour de suite avec au moins un examen blanc.
   *[other] { $count } jours de suite avec au moins un examen blanc.
}
progress-chart-title = Votre score au fil du temps
progress-chart-label = { $count ->
    [one] Graphique du score de votre dernier examen blanc
   *[other] Graphique des scores de vos { $count } derniers examens blancs
}
progress-chart-score = Votre score
progress-chart-pass = Score minimum pour réussir le test
progress-chart-table = Afficher les données du graphique dans un tableau
progress-col-date = Date
progress-col-score = Score
progress-col-pass = Minimum
progress-col-result = Résultat
progress-accuracy-title = Bonnes réponses par partie et par thème
progress-accuracy-lead = { $count ->
    [one] D'après votre dernier examen blanc gardé en entier. L'écriture n'est pas comptée : c'est vous qui la notez.
   *[other] D'après vos { $count } derniers examens blancs gardés en entier. L'écriture n'est pas comptée : c'est vous qui la notez.
}
progress-accuracy-none = Il n'y a pas encore de réponses à compter.
progress-right-of = Bonnes réponses : { $right } sur { $units }
progress-col-right = Bonnes réponses
progress-col-percent = Pourcentage
progress-col-section = Partie
progress-col-topic = Thème
backup-title = Copie de sauvegarde
backup-lead = Vos données restent seulement sur cet appareil. Enregistrez une copie dans un fichier pour ne pas les perdre, ou pour les mettre sur un autre téléphone ou ordinateur.
backup-export-title = Enregistrer une copie
backup-export = Télécharger la copie de sauvegarde
backup-exported = Copie prête : le fichier { $file } a été téléchargé.
backup-export-failed = Le navigateur n'a pas téléchargé le fichier. Ouvrez le texte de la copie ci-dessous et enregistrez-le dans un fichier.
backup-show-json = Afficher le texte de la copie
backup-json-label = Texte de la copie de sauvegarde (JSON)
backup-import-title = Récupérer une copie
backup-import-label = Choisissez un fichier de copie de sauvegarde (.json). Ses données s'ajoutent à celles de cet appareil : rien n'est effacé.
backup-imported = { $count ->
    [0] Copie récupérée : aucun nouvel examen blanc.
    [one] Copie récupérée : { $count } examen blanc ajouté.
   *[other] Copie récupérée : { $count } examens blancs ajoutés.
}
backup-imported-updated = { $count ->
    [one] { $count } examen blanc a reçu la note de l'écriture.
   *[other] { $count } examens blancs ont reçu la note de l'écriture.
}
backup-imported-files = { $count ->
    [one] { $count } fichier de questions ajouté.
   *[other] { $count } fichiers de questions ajoutés.
}
backup-imported-refused = { $count ->
    [one] { $count } examen du fichier est incohérent (note ou date impossible) et n'a pas été importé.
   *[other] { $count } examens du fichier sont incohérents (notes ou dates impossibles) et n'ont pas été importés.
}
backup-not-a-backup = Ce fichier n'est pas une copie de sauvegarde de Sportello. Rien n'a changé.
backup-newer = Cette copie a été faite avec une version plus récente de Sportello. Rechargez la page pour mettre à jour l'application et réessayez. Rien n'a changé.
backup-damaged = Cette copie est abîmée et ne peut pas être lue. Rien n'a changé.
backup-too-big = Le fichier est trop gros pour être une copie de sauvegarde de Sportello. Rien n'a changé.
backup-unreadable = Le navigateur n'a pas réussi à lire le fichier. Rien n'a changé.
backup-full = La mémoire du navigateur est pleine : la copie n'a pas été récupérée. Rien n'a changé.
backup-unavailable = Le navigateur ne permet pas d'enregistrer des données (peut-être à cause de la navigation privée). Rien n'a changé.
backup-reset-title = Tout effacer
backup-reset = Effacer toutes mes données
backup-reset-export-first = Avant d'effacer, téléchargez une copie de sauvegarde si vous voulez garder vos résultats.
backup-reset-confirm = Voulez-vous effacer de cet appareil les examens blancs, les résultats, les paramètres, les fichiers de questions importés et les erreurs à réviser ? On ne peut pas annuler. La langue choisie reste.
backup-reset-confirm-button = Oui, tout effacer
backup-reset-done = Toutes les données ont été effacées.
saved-notice-text = Certaines données enregistrées sur cet appareil ne peuvent pas être lues : elles sont abîmées ou viennent d'une version plus récente de l'application. Elles ont été mises de côté, pas effacées, et l'application fonctionne normalement. Vous pouvez les télécharger pour en garder une copie ou pour demander de l'aide.
saved-notice-export = Télécharger les données mises de côté
saved-notice-dismiss = Masquer ce message
saved-notice-export-failed = Le navigateur n'a pas téléchargé le fichier.
backup-imported-results = { $count ->
    [one] { $count } résultat de la classe ajouté.
   *[other] { $count } résultats de la classe ajoutés.
}
