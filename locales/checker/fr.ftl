# Les messages du vérificateur (bank-check et page enseignants), en français.
# Les noms de champs RON, les valeurs et le code restent tels quels, entre apostrophes inverses.

## Étiquettes : de quoi parle un message

label-bank = banque { $id }
label-bank-alone = banque
label-task = tâche { $id }
label-task-alone = tâche
label-item = { $task } / question { $id }
label-layout = modèle { $id }
label-layout-alone = modèle
label-section = { $layout } : section { $section }
label-slot = { $section }, place { $n }

## Parties d'une banque ou d'un modèle

what-id = l'id
what-title = le titre
what-author = l'auteur { $n }
what-license = la licence
what-instructions = la consigne
what-item-id = l'id de la question
what-explanation = l'explication
what-statement = l'affirmation
what-prompt = la question
what-text = le texte
what-pair = la paire { $n }
what-pair-left = le texte de gauche de la paire { $n }
what-pair-right = le texte de droite de la paire { $n }
what-extra = l'extra { $n }
what-option = l'option { $n }
what-accepted = la réponse acceptée { $n }
what-field-label = l'étiquette du champ { $n }
what-field-example = l'exemple du champ { $n }
what-field-choice = le choix du champ { $n }
what-point = le point { $n }
what-model = la réponse modèle
what-sample-sufficient = l'exemple suffisant
what-sample-insufficient = l'exemple insuffisant
what-stimulus-title = le titre du support
what-stimulus-body = le texte du support
what-announcement = l'annonce
what-turn-speaker = la personne qui parle au tour { $n }
what-turn-text = le texte du tour { $n }
what-picture = l'image
what-audio = le nom du fichier audio
what-single-choice = un choix unique
what-place = une question de lieu
what-tick-info = une question « cocher les informations »
what-gap = le trou

## Lecture du fichier

file-binary = c'est un fichier binaire (il contient des octets NUL), pas un fichier texte : une banque ou un modèle est du texte simple enregistré en UTF-8
file-not-utf8 = le fichier n'est pas du texte UTF-8 : enregistrez-le de nouveau en choisissant l'encodage UTF-8
file-empty = le fichier est vide
file-not-downloaded = n'a pas pu être téléchargé ({ $why })
in-place = { $label } : { $message }
ends-here = { $message } (le fichier s'arrête ici : manque-t-il une `)` ou un `]` de fermeture ?)
typographic-quote = { $quote } inattendu : mettez les textes entre guillemets droits "…" (« » et “ ” peuvent aller dedans)
file-ends-early = le fichier s'arrête trop tôt : manque-t-il une `)` ou un `]` de fermeture ?
expected-comma = il faut une virgule `,` ici : manque-t-il une virgule, ou le guillemet de fin d'un texte, juste avant ?
expected-option = ce champ est facultatif : écrivez Some(…) autour de la valeur, ou None
expected-text = il faut un texte entre guillemets ici, comme "…"
trailing-characters = il y a encore du texte après la fin de la banque : y a-t-il une `)` ou un `]` en trop ?
unknown-topic = thème `{ $found }` inconnu ; les thèmes sont : { $names }
unknown-section = section `{ $found }` inconnue ; les sections sont : { $names }
unknown-kind = type de question `{ $found }` inconnu ; les types sont : { $names }
unknown-level = niveau `{ $found }` inconnu ; les niveaux sont : { $names }
unknown-value = valeur `{ $found }` inconnue dans { $outer } ; écrivez l'une de celles-ci : { $names }
unknown-field = champ `{ $found }` inconnu dans { $outer } ; ses champs sont : { $names }
missing-field = le champ `{ $field }` manque dans { $outer }
field-twice = le champ `{ $field }` est écrit deux fois dans { $outer } ; gardez-en un
list-not-closed = une liste n'est pas fermée : écrivez `]` avant `{ $next }:`
expected-list-end = une liste n'est pas fermée ici : manque-t-il une virgule `,` ou un `]` ?
expected-brackets-end = une valeur entre parenthèses n'est pas fermée ici : manque-t-il une virgule `,` ou une `)` ?
expected-translations-end = les traductions ne sont pas fermées ici : manque-t-il une virgule `,` ou une `{ "}" }` ?
expected-translation-colon = écrivez deux-points `:` après le code de langue, comme `"en": "…"`
text-not-closed = un texte n'est pas fermé : manque-t-il son guillemet `"` de fin ?
unexpected-char = `{ $char }` n'a pas sa place ici : supprimez-le, ou mettez-le dans un texte "…"
takes-boolean = `{ $field }:` prend `true` ou `false`
takes-integer = `{ $field }:` prend un nombre entier, comme `0` ou `2`
takes-number = `{ $field }:` prend un nombre, comme `10`
number-out-of-range = `{ $field }:` ce nombre est trop grand, ou inférieur à 0
takes-brackets = `{ $field }:` prend une valeur entre parenthèses `( … )`
takes-list = `{ $field }:` prend une liste entre crochets, comme `[ … ]`
takes-translations = `{ $field }:` prend des traductions entre accolades, comme `{"{"} "en": "…" {"}"}`
takes-text = `{ $field }:` prend un texte entre guillemets, comme "…"
ron-error = erreur de syntaxe RON : { $detail }

## Textes

empty = { $label } : { $what } est vide
sentence-long = { $label } : { $what } a une phrase de { $words } mots ("{ $start } …") ; les phrases A2 sont courtes : { $max } mots au plus
translation-no-locale = { $label } : une traduction de { $what } n'a pas de code de langue
translation-empty = { $label } : la traduction { $locale } de { $what } est vide
letter-label = { $label } : { $what } commence par sa propre lettre ("{ $letter }") ; l'application met les lettres après avoir mélangé les options, enlevez donc la lettre
direction-control = un texte contient le caractère invisible de direction { $code }, qui peut le faire lire autrement que ce qu'il dit ; supprimez-le

## Banques, tâches et questions

bank-language = { $label } : language doit être "it", pas "{ $language }"
bank-version = { $label } : version doit être 1 ou plus
bank-no-tasks = { $label } : elle n'a aucune tâche
bank-same-position = { $label } : la bonne réponse est { $position ->
        [0] la première
        [1] la deuxième
        [2] la troisième
        [3] la quatrième
       *[other] toujours la même
    } option dans les { $count } questions à choix unique et de lieu ; variez sa position
bank-partial-translations = { $label } : certains textes n'ont pas de traduction en { $languages } : les apprenants qui lisent ces langues y voient l'anglais, ou seulement l'italien
bank-id-taken = banque { $id } : cet id est déjà utilisé par la banque en { $place }
task-id-taken = tâche { $id } : cet id est déjà utilisé par la tâche en { $place }
task-no-items = { $label } : elle n'a aucune question
item-id-twice = { $label } : une autre question de cette tâche a déjà l'id { $id }
item-not-for-writing = { $label } : une tâche d'écriture n'a que des questions form ou message, pas { $kind }
item-only-for-writing = { $label } : une question { $kind } ne peut être que dans une tâche d'écriture
item-same-explanation = { $label } : l'explication est la même que celle de la question { $first } ; expliquez chaque réponse à part
listening-silent-task = { $label } : une tâche d'écoute a besoin de mots à dire : son support n'en a pas (utilisez un Dialogue ou un Announcement) et aucune question n'a son propre support
listening-silent-item = { $label } : rien à entendre : le support de la tâche n'a pas de mots et cette question n'a pas son propre support
listening-name-unheard = { $label } : la question nomme { $name }, mais personne ne dit ce nom à voix haute (la voix ne lit pas le nom de la personne qui parle) : nommez la personne dans un tour ou dans la consigne, ou écrivez "la donna", "l'uomo"
stimulus-similar = tâche { $id } : son support est presque le même texte que celui de la tâche { $other } ({ $place }), semblable à { $percent } % ; écrivez un nouveau texte
dialogue-no-turns = { $label } : le dialogue n'a aucun tour
task-fits-no-layout = { $label } : elle a { $count } { $count ->
        [one] réponse notée
       *[other] réponses notées
    }, mais aucun modèle n'a de place { $section } de cette taille ({ $sizes }) : elle n'apparaît jamais dans un examen
task-words-above-a2 = { $label } : { $count } mots au-dessus de A2 ({ $words }) : gardez-en au plus { $most }

## Questions

options-count-range = { $label } : { $what } demande de 2 à { $max } options ; il y en a { $count }
options-count-least = { $label } : { $what } demande au moins 2 options ; il y en a { $count }
options-same = { $label } : les options { $first } et { $second } sont identiques ("{ $text }")
correct-out-of-range = { $label } : correct vaut { $correct }, mais les options sont numérotées de 0 à { $last }
pinned-missing = { $label } : pinned indique l'option { $option }, qui n'existe pas
pinned-twice = { $label } : pinned indique deux fois l'option { $option }
matching-few-pairs = { $label } : un appariement demande au moins 2 paires ; il y en a { $count }
matching-same-left = { $label } : les paires { $first } et { $second } ont le même texte de gauche ("{ $text }")
matching-same-right = { $label } : { $first } et { $what } ont le même texte de droite ("{ $text }")
tick-no-correct = { $label } : aucune option n'est marquée juste : listez les bonnes, par exemple correct: [0, 2]
tick-correct-twice = { $label } : correct indique deux fois l'option { $option }
gap-long = { $label } : écrivez le trou avec exactement trois tirets bas ___
gap-none = { $label } : le texte n'a pas de trou : marquez-le avec trois tirets bas ___
gap-many = { $label } : le texte a { $gaps } trous ___ ; une question à trou en a exactement un
gap-no-accepted = { $label } : le trou n'accepte aucune réponse : écrivez-en au moins une dans accepted
form-no-fields = { $label } : le formulaire n'a aucun champ
points-tr-count = { $label } : la traduction { $locale } des points a { $texts } textes pour { $points } points
points-tr-empty = { $label } : la traduction { $locale } des points a un texte vide
message-min-zero = { $label } : min_words doit valoir au moins 1
message-min-above-max = { $label } : min_words ({ $min }) est plus grand que max_words ({ $max })
message-no-points = { $label } : écrivez dans points ce que dit un message complet
message-model-length = { $label } : la réponse modèle a { $words } mots, hors de min_words–max_words ({ $min }–{ $max })

## Modèles d'examen

layout-id-taken = modèle { $id } : cet id est déjà utilisé par le modèle en { $place }
layout-no-sections = { $label } : il n'a aucune section
layout-section-twice = { $label } apparaît deux fois ; mettez toutes ses places dans une seule section
layout-pass-mark = { $label } : le seuil { $pass_mark } dépasse le maximum de points de l'examen ({ $max })
layout-minutes = { $label } dure { $minutes } minutes ; elle doit durer de 1 à { $max } minutes, en minutes entières (ou en secondes entières, pour les modèles de test)
layout-no-slots = { $label } n'a aucune place de tâche
layout-slot-empty = { $label } a 0 question
layout-slot-too-many = { $label } a { $items } questions ; { $max } au plus
layout-slot-no-kinds = { $label } ne liste aucun type de question
layout-slot-writing-kind = { $label } liste { $kind }, mais seules les tâches d'écriture l'ont
layout-slot-not-writing-kind = { $label } liste { $kind }, mais les tâches d'écriture n'ont que des questions form et message
layout-points-too-many = { $label } donne { $points } points ; { $max } au plus par question ou tâche
layout-writing-per-item = { $label } doit être notée avec Bands(complete: …, sufficient: …), pas PerItem
layout-bands-not-writing = { $label } doit être notée avec PerItem(…), pas Bands
layout-sufficient-above-complete = { $label } : sufficient ({ $sufficient }) est plus grand que complete ({ $complete })
layout-fill-short = modèle { $layout } : la section { $section } demande { $need } { $need ->
        [one] tâche
       *[other] tâches
    } de { $items } { $items ->
        [one] question
       *[other] questions
    } avec seulement [{ $kinds }] ; les banques en ont { $have }
layout-fill-together = modèle { $layout } : la section { $section } demande { $need } tâches différentes pour ses places ; les banques n'en ont que { $filled } qui vont ensemble

## Lessons

label-lesson = leçon { $id }
label-lesson-practice = { $lesson } / tâche { $id }
what-example = exemple { $n }
what-item-explanation = l'explication de l'item { $id }
lesson-id-taken = leçon { $id } : cet id est déjà utilisé par la leçon en { $place }
lesson-id-empty = { $label } : l'id est vide
lesson-id-characters = { $label } : un id ne contient que des minuscules, des chiffres et des tirets
lesson-file-name = { $label } : le fichier de cette leçon doit s’appeler { $id }.ron
lesson-examples-count = { $label } : elle a { $count } exemples ; une leçon en a de { $start } à { $end }
lesson-practice-id = { $label } : l'id de l'exercice doit être { $expected }
lesson-practice-writing = { $label } : l'exercice d'une leçon est une écoute ou une lecture, pas une écriture
lesson-practice-items-count = { $label } : il a { $count } items ; l'exercice d'une leçon en a de { $start } à { $end }
lesson-translations-missing = { $label } : { $what } n'a pas de traduction en { $languages }
lesson-unknown = tâche { $task } : la leçon { $id } n’existe pas (lessons/{ $id }.ron)

## Questions importées de Moodle (GIFT et Moodle XML)

import-format = c'est un fichier { $format }, que Sportello ne sait pas lire. Sportello lit les banques de questions (.ron), GIFT (.gift ou .txt) et Moodle XML (.xml) : dans Moodle, exportez les questions au format GIFT ou Moodle XML
gift-unclosed = les réponses ouvertes ici par {"{"} n'ont pas d'accolade {"}"} de fermeture : ajoutez {"}"} après la dernière réponse
gift-stray-close = cette accolade {"}"} ne ferme aucune réponse : supprimez-la, ou écrivez \{"}"} pour l'afficher comme texte
gift-unclosed-title = le titre ouvert par :: n'a pas de :: de fermeture
gift-no-answers = chaque réponse entre accolades doit commencer par = (juste) ou ~ (fausse), par exemple {"{"}=oui ~non{"}"}
gift-pair-arrow = dans une question d'appariement, chaque réponse est une paire écrite =gauche -> droite
xml-broken = le XML n'est pas valide ici ({ $detail }) : exportez de nouveau les questions depuis Moodle
xml-not-moodle = ce fichier XML n'est pas un export de questions Moodle (il n'a pas de <quiz>) : dans Moodle, utilisez Banque de questions › Exporter › Format XML Moodle
import-question = question { $n }
import-question-titled = question { $n } ({ $title })
import-dropped = { $label } a été laissée de côté : { $reason }
import-no-feedback = { $label } n'a pas de feedback, son explication donne donc seulement la bonne réponse : ajoutez dans le feedback pourquoi elle est juste
import-nothing = aucune question n'a pu être convertie
import-why-gaps = elle a { $gaps } trous alors qu'un seul est permis
import-why-no-text = elle n'a pas de texte
import-why-no-right = aucune réponse n'est marquée juste
import-why-options = une question à choix multiple demande de 2 à 4 réponses, et celle-ci en a { $count }
import-why-pairs = une question d'appariement demande au moins 2 paires, et celle-ci en a { $count }
import-why-no-model = une composition demande une réponse modèle (en GIFT après ####, dans Moodle dans les informations pour les évaluateurs)
import-why-no-points = écrivez dans la question, sous forme de liste, ce que le texte doit dire : un point par ligne, commençant par -
import-why-kind = les questions de type { $kind } ne font pas partie de l'examen A2
