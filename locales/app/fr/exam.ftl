# Examen, exercices, correction.
loading-banks = Chargement des questions…
save-failed = Impossible d'enregistrer : la mémoire du navigateur est pleine. Vos réponses restent sur cette page : ne la fermez pas. Nous réessayons à chaque réponse.
bank-errors-lead = Certains fichiers de questions ont des erreurs et ne sont pas utilisés :
cancel = Annuler
section-listening = Écoute
section-reading = Lecture
section-writing = Écriture
exam-intro-lead = C'est un essai comme le vrai test : trois parties, chacune avec son temps. Les questions sont en italien, comme à l'examen.
exam-shared = C'est l'examen partagé par votre enseignant (code { $seed }).
exam-share-bad-code = Le code de ce lien n’est pas valide ({ $code }). Demandez de nouveau le lien à votre enseignant, ou commencez ci-dessous un nouvel examen d’entraînement.
exam-share-unknown-layout = Ce lien demande un type d’examen que l’application ne connaît pas ({ $layout }). Demandez de nouveau le lien à votre enseignant, ou commencez ci-dessous un nouvel examen d’entraînement.
exam-share-missing-banks = Cet examen utilise les questions de votre enseignant ({ $banks }), qui ne sont pas sur ce téléphone. Ouvrez le lien de la classe que votre enseignant vous a envoyé, ou commencez ci-dessous un nouvel examen d'entraînement.
exam-layout-label = Type d'examen
exam-rules-title = Comment ça marche
exam-col-section = Partie
exam-col-time = Temps
exam-col-points = Points
exam-minutes = { $minutes } minutes
exam-rule-sections = Vous faites les { $count } parties une par une. Chaque partie a son temps.
exam-rule-pass = Pour réussir le test, il faut au moins { $pass } points sur { $max }.
exam-rule-twice = Vous pouvez écouter chaque enregistrement deux fois.
exam-rule-timeout = Quand le temps est fini, la partie se ferme et la suivante s'ouvre. À la fin, l'examen est rendu automatiquement.
exam-rule-no-back = Vous ne pouvez pas revenir à une partie déjà fermée.
exam-rule-saved = Les réponses sont enregistrées tout de suite. Si vous fermez la page, vous continuez avec le temps qui reste.
exam-cannot-generate = Il n'y a pas assez de questions pour préparer cet examen.
exam-start = Commencer l'examen
exam-part = partie { $n } sur { $count }
exam-time-left = Temps restant
exam-five-minutes = Il reste 5 minutes avant la fin de cette partie.
exam-one-minute = Il reste 1 minute avant la fin de cette partie.
exam-submit = Rendre l'examen
exam-next-section = Passer à la partie suivante
exam-confirm-next = { $count ->
    [0] Vous avez répondu à toutes les questions. Voulez-vous passer à la partie suivante ? Vous ne pourrez pas revenir en arrière.
    [one] Il reste une question sans réponse. Voulez-vous passer à la partie suivante ? Vous ne pourrez pas revenir en arrière.
   *[other] Il reste { $count } questions sans réponse. Voulez-vous passer à la partie suivante ? Vous ne pourrez pas revenir en arrière.
}
exam-confirm-submit = { $count ->
    [0] Vous avez répondu à toutes les questions. Voulez-vous rendre l'examen ?
    [one] Il reste une question sans réponse. Voulez-vous rendre l'examen ?
   *[other] Il reste { $count } questions sans réponse. Voulez-vous rendre l'examen ?
}
exam-task = Exercice { $n }
transcript = Transcription
play-listen = ▶ Écouter
play-stop = ■ Arrêter
plays-left = { $count ->
    [0] Plus aucune écoute
    [one] Encore 1 écoute
   *[other] Encore { $count } écoutes
}
no-italian-voice = Votre appareil n'a pas de voix italienne. Lisez le texte : dans le résultat, cette partie sera marquée comme lue, pas écoutée.
item-gap-label = Mot manquant
form-required = Obligatoire.
form-missing = Champ obligatoire.
form-not-a-date = Écrivez la date comme ceci : jj/mm/aaaa.
form-not-a-number = Écrivez seulement des chiffres.
form-not-a-phone = Numéro de téléphone non valide.
form-not-an-email = Adresse e-mail non valide.
form-not-an-option = Choisissez une des options.
message-words = Mots : { $count } (de { $min } à { $max }).
message-too-short = Trop court.
message-too-long = Trop long.
message-length-ok = Bonne longueur.
review-why = Pourquoi :
review-right = Juste
review-wrong = Faux
review-partly = Bonnes réponses : { $right } sur { $count }
review-your-answer = Votre réponse :
review-no-answer = pas de réponse
review-right-answer = Bonne réponse :
results-title = Résultat
results-passed = Réussi
results-failed = Non réussi
results-pass-mark = Pour réussir le test, il faut { $pass } points sur { $max }.
results-section-points = { $points } points sur { $max }
results-ungraded = sans note
results-read-not-heard = lu, pas écouté
results-review-title = Revoir vos réponses
results-review-loading = Préparation de la révision…
results-new-exam = Nouvel examen blanc
results-unsaved = Cet examen n'est pas enregistré : la mémoire du navigateur est pleine. Son résultat et sa correction n'existent que sur cette page : si vous la fermez ou commencez un nouvel examen, ils sont perdus. Téléchargez-le dans un fichier, ou libérez de la place en supprimant la correction détaillée de vos anciens examens (leurs notes restent dans l'historique).
results-unsaved-download = Télécharger cet examen
results-unsaved-free = Libérer de la place
results-unsaved-downloaded = Le fichier { $file } a été téléchargé. Vous pouvez le restaurer depuis la page Progrès (Récupérer une copie).
results-unsaved-download-failed = Le navigateur n'a pas téléchargé le fichier. Ne fermez pas cette page.
results-unsaved-still-full = La place ne suffit toujours pas. Téléchargez cet examen pour ne pas le perdre.
leave-unsaved-title = Cet examen n'est pas enregistré
leave-unsaved-text = La mémoire du navigateur est pleine : cet examen n'existe que sur cette page. Si vous ouvrez une autre page, il est perdu.
leave-unsaved-stay = Revenir à l'examen
leave-unsaved-go = Ouvrir la page et perdre l'examen
results-new-exam-refused = Enregistrez d'abord cet examen : téléchargez-le ou libérez de la place. Un nouvel examen le remplacerait.
results-saved-now = Cet examen est maintenant enregistré.
writing-model = Exemple de réponse :
writing-grade-legend = Votre note pour ce texte
writing-grade-complete = Complet et correct : il y a tout ce que demande l'exercice
writing-grade-sufficient = Suffisant : on comprend, mais il manque quelque chose ou il y a des erreurs
writing-grade-insufficient = Insuffisant : il manque presque tout ou on ne comprend pas
translation-fallback = (En anglais : pas de traduction dans votre langue.)
voice-check-title = Test de la voix
voice-check-lead = Avant de commencer, vérifiez que votre téléphone peut lire l'italien à voix haute. Cela ne compte pas comme une écoute de l'examen.
voice-check-play = Écouter une phrase de test
voice-check-question = Avez-vous entendu une voix parler italien ?
voice-check-yes = Oui, je l'ai entendue
voice-check-no = Non, je n'ai rien entendu
voice-check-ok = Bien : vous entendrez les enregistrements pendant l'examen.
voice-check-none = Cet appareil n'a pas de voix italienne, ou on ne l'entend pas. Vous pouvez en installer une ainsi :
voice-check-android = Android : Paramètres → Système → Langues → Synthèse vocale. Choisissez « Services vocaux Google », puis installez l'italien.
voice-check-iphone = iPhone : Réglages → Accessibilité → Contenu énoncé → Voix → Italien.
voice-check-windows = Windows : Paramètres → Heure et langue → Voix → Ajouter des voix → Italien.
voice-check-computer = Ordinateur avec Chrome : installez une voix italienne dans le système, puis fermez et rouvrez Chrome. Vérifiez aussi le volume.
voice-check-continue = Vous pouvez quand même passer l'examen : les enregistrements seront affichés en texte à lire.
result-code-title = Envoyez votre résultat à votre enseignant
result-code-help = D'abord, donnez une note à votre texte, ci-dessus. Ensuite, copiez ce code et envoyez-le à votre enseignant (par exemple par WhatsApp) : il contient vos réponses, pas ce que vous avez écrit.
result-code-name = Votre nom pour l'enseignant (vous pouvez le laisser vide)
result-code-label = Votre code de résultat
result-code-copy = Copier le code
result-code-copied = Code copié.
