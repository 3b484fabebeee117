# Page pour les enseignants : importer des fichiers de questions, ce que contient l'application, partager un examen.
teacher-lead = Ajoutez vos fichiers de questions, vérifiez-les et donnez le même examen à toute la classe.
teacher-import-title = Ajouter un fichier de questions
teacher-import-help = Un fichier de questions (une collection) ou un type d'examen est un fichier texte .ron ; les questions exportées de Moodle (GIFT ou Moodle XML) sont converties en un fichier de ce type. Chaque fichier est vérifié comme les fichiers inclus dans l'application : un fichier avec des erreurs n'est pas ajouté, et l'application continue de fonctionner comme avant. Les fichiers importés restent seulement dans ce navigateur.
teacher-import-choose = Choisissez un fichier (.ron, GIFT ou Moodle XML)
teacher-import-drop = Ou faites glisser le fichier dans ce cadre.
teacher-import-checking = Vérification du fichier…
teacher-imported = { $file } a été ajouté. Maintenant, les examens et les exercices l'utilisent.
teacher-replaced = { $file } a été ajouté à la place de l'ancien fichier du même nom. Maintenant, les examens et les exercices l'utilisent.
teacher-refused = { $file } contient des erreurs et n'a pas été ajouté. Corrigez ces lignes et importez-le à nouveau :
teacher-warnings-lead = Conseils pour { $file } (il fonctionne, mais on peut l'améliorer) :
teacher-save-full = { $file } est correct, mais la mémoire de ce navigateur est pleine, donc il n'a pas été ajouté. Retirez un fichier importé dont vous n'avez plus besoin et réessayez.
teacher-save-unavailable = { $file } est correct, mais ce navigateur ne permet pas à l'application d'enregistrer des fichiers (navigation privée ou paramètres), donc il n'a pas été ajouté.
teacher-name-taken = { $file } a le même nom qu'un fichier inclus dans l'application. Changez le nom de votre fichier et importez-le à nouveau.
teacher-too-big = { $file } est trop gros pour un fichier de questions (plus de 1 Mo). Il n'a pas été ajouté.
teacher-unreadable = Impossible de lire { $file }. Il n'a pas été ajouté.
teacher-files-title = Les fichiers de questions dans l'application
teacher-totals = Ce que les examens et les exercices peuvent utiliser
teacher-col-section = Partie
teacher-col-tasks = Exercices
teacher-col-items = Questions
teacher-imported-title = Importés dans ce navigateur
teacher-imported-none = Aucun fichier importé pour l'instant.
teacher-shipped-title = Inclus dans l'application
teacher-shipped-summary = Afficher les { $count } fichiers inclus dans l'application
teacher-origin-shipped = Inclus
teacher-origin-imported = Importé
teacher-code = Code : { $id }
teacher-file = Fichier : { $file }
teacher-bank-counts = { $section } : { $tasks ->
        [one] { $tasks } exercice
       *[other] { $tasks } exercices
    }, { $items ->
        [one] { $items } question
       *[other] { $items } questions
    }
teacher-layout-summary = Type d'examen : { $parts } parties, on le réussit avec { $pass } points sur { $max }.
teacher-template-unused = C'est le modèle : les examens et les exercices ne l'utilisent pas.
teacher-file-broken = Ce fichier contient des erreurs (elles sont listées plus haut) et n'est pas utilisé.
teacher-remove = Retirer
teacher-remove-file = Retirer { $file }
teacher-remove-confirm = Voulez-vous retirer { $file } de ce navigateur ? Les examens et les exercices ne l'utiliseront plus.
teacher-removed = { $file } a été retiré.
teacher-remove-failed = Impossible de retirer { $file } : ce navigateur ne permet pas à l'application de modifier les fichiers enregistrés.
teacher-share-title = Donnez le même examen à la classe
teacher-share-help = Toute personne qui ouvre ce lien reçoit le même examen, avec les mêmes questions.
teacher-share-layout = Type d'examen
teacher-share-code = Code de l'examen : { $seed }
teacher-share-new = Nouveau code
teacher-share-copy = Lien à copier
teacher-share-none = Aucun type d'examen n'est utilisable, donc il n'y a pas d'examen à partager.
teacher-write-title = Écrivez vos propres questions
teacher-write-text = Écrivez vos exercices dans l'éditeur de questions : un formulaire qui vérifie chaque champ pendant que vous écrivez et montre chaque exercice tel que l'élève le verra. Ou bien téléchargez le modèle et écrivez le fichier à la main : les commentaires du modèle expliquent chaque ligne, et le guide docs/bank-format.md dans le code source de l'application explique tout le reste. Ensuite, importez le fichier ici.
teacher-write-template = Télécharger le modèle (TEMPLATE.ron)
teacher-write-editor = Ouvrir l'éditeur de questions
teacher-convert-legend = Questions venant de Moodle (GIFT ou Moodle XML)
teacher-convert-help = Les questions à choix multiple, vrai/faux, d'appariement, à réponse courte et de rédaction deviennent des exercices : les rédactions deviennent des exercices d'écriture, les autres des exercices de lecture. Les questions d'autres types sont laissées de côté, et l'application indique pourquoi.
teacher-convert-topic = Thème des exercices
teacher-convert-items = Questions par exercice (le vrai test en a 5)
teacher-converted = { $from } : { $converted } questions sur { $found } converties dans { $file }.
teacher-convert-notes = Laissé de côté, ou à vérifier :
teacher-convert-download = Télécharger { $file }
teacher-convert-failed = Impossible de convertir { $file } :
teacher-practise-bank = S'entraîner avec ces questions
teacher-convert-edit = L'ouvrir dans l'éditeur de questions
teacher-convert-edit-failed = Impossible d'ouvrir le fichier converti dans l'éditeur : la mémoire de ce navigateur est pleine ou bloquée. Téléchargez-le plutôt.

class-link-title = Vos questions pour toute la classe
class-link-help = Le lien de la classe contient vos questions : les élèves qui l'ouvrent font l'examen avec vos questions sur leur propre téléphone. Rien ne passe par un serveur.
class-banks = Vos fichiers dans le lien
class-mix = Questions de l'examen
class-only = Seulement mes questions
class-mixed = Mes questions et celles de l'application
class-cannot-fill = Vos questions ne suffisent pas pour cet examen : { $section }, exercice { $task } : il faut un exercice avec { $items } questions. Ajoutez des exercices, choisissez un autre type d'examen ou mélangez vos questions avec celles de l'application.
class-none-chosen = Choisissez au moins un de vos fichiers.
class-link-label = Lien de la classe à envoyer
class-copy = Copier le lien
class-copied = Lien copié.
class-preview = Essayer l'examen comme vos élèves le verront
class-too-long = Vos questions sont trop nombreuses pour un lien. Téléchargez le fichier de la classe et envoyez-le à la classe (par exemple par WhatsApp) : les élèves l'ouvrent sur la page « Lien de la classe ».
class-file = Télécharger le fichier de la classe
