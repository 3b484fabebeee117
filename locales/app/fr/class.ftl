class-title = Lien de la classe
class-lead = Des questions et un examen de votre enseignant.
class-open-file = Un fichier de votre enseignant
class-open-file-label = Ouvrir un fichier de mon enseignant
class-not-a-set = Ce n'est pas un lien de la classe. Demandez à votre enseignant de l'envoyer de nouveau.
class-newer = Ce lien a été fait avec une version plus récente de l'application. Rechargez la page ; si cela ne suffit pas, demandez à votre enseignant.
class-damaged = Ce lien est incomplet ou abîmé (il a peut-être été coupé pendant la copie). Demandez à votre enseignant de l'envoyer de nouveau, ou d'envoyer le fichier de la classe.
class-has-errors = Les questions de votre enseignant ont des erreurs, donc l'examen ne peut pas commencer. Dites-le à votre enseignant : les erreurs sont ci-dessous.
class-too-small = Les questions de votre enseignant ne suffisent pas pour cet examen ({ $section }, exercice { $task }), donc il ne peut pas commencer. Dites-le à votre enseignant.
class-set-title = Les questions de votre enseignant
class-tasks = { $count ->
    [one] { $count } exercice
   *[other] { $count } exercices
}
class-exam = Examen avec le code { $seed } :
class-only-note = L'examen utilise seulement les questions de votre enseignant.
class-mixed-note = L'examen utilise les questions de votre enseignant et celles de l'application.
class-replace = Ce téléphone a déjà d'autres versions de ces questions :
class-replace-one = { $title } : version { $held } sur ce téléphone, version { $incoming } dans le lien.
class-replace-button = Utiliser la version de l'enseignant
class-kept = Les questions sont enregistrées sur ce téléphone. Vous pouvez vous entraîner avec elles dans « Exercices ».
class-start = Commencer l'examen
class-practise = S'entraîner
qr-show = Afficher en code QR
qr-help = Un autre téléphone peut le lire avec son appareil photo.
qr-label = Code QR
qr-too-long = C'est trop long pour un code QR : copiez-le et envoyez-le.
