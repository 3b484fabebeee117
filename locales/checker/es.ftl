# Los mensajes del verificador (bank-check y página para docentes), en español.
# Los nombres de campos RON, los valores y el código quedan tal cual, entre acentos graves.

## Etiquetas: de qué habla un mensaje

label-bank = banco { $id }
label-bank-alone = banco
label-task = tarea { $id }
label-task-alone = tarea
label-item = { $task } / pregunta { $id }
label-layout = modelo { $id }
label-layout-alone = modelo
label-section = { $layout }: sección { $section }
label-slot = { $section }, puesto { $n }

## Partes de un banco o de un modelo

what-id = el id
what-title = el título
what-author = el autor { $n }
what-license = la licencia
what-instructions = la consigna
what-item-id = el id de la pregunta
what-explanation = la explicación
what-statement = la afirmación
what-prompt = la pregunta
what-text = el texto
what-pair = el par { $n }
what-pair-left = el texto izquierdo del par { $n }
what-pair-right = el texto derecho del par { $n }
what-extra = el extra { $n }
what-option = la opción { $n }
what-accepted = la respuesta aceptada { $n }
what-field-label = la etiqueta del campo { $n }
what-field-example = el ejemplo del campo { $n }
what-field-choice = la elección del campo { $n }
what-point = el punto { $n }
what-model = la respuesta modelo
what-sample-sufficient = el ejemplo suficiente
what-sample-insufficient = el ejemplo insuficiente
what-stimulus-title = el título del estímulo
what-stimulus-body = el texto del estímulo
what-announcement = el anuncio
what-turn-speaker = quien habla en el turno { $n }
what-turn-text = el texto del turno { $n }
what-picture = la imagen
what-audio = el nombre del archivo de audio
what-single-choice = una elección única
what-place = una pregunta de lugar
what-tick-info = una pregunta «marca la información»
what-gap = el hueco

## Lectura del archivo

file-binary = es un archivo binario (contiene bytes NUL), no un archivo de texto: un banco o un modelo es texto simple guardado en UTF-8
file-not-utf8 = el archivo no es texto UTF-8: guárdalo de nuevo eligiendo la codificación UTF-8
file-empty = el archivo está vacío
file-not-downloaded = no se pudo descargar ({ $why })
in-place = { $label }: { $message }
ends-here = { $message } (el archivo termina aquí: ¿falta un `)` o un `]` de cierre?)
typographic-quote = { $quote } inesperado: pon los textos entre comillas rectas "…" (« » y “ ” pueden ir dentro)
file-ends-early = el archivo termina demasiado pronto: ¿falta un `)` o un `]` de cierre?
expected-comma = aquí hace falta una coma `,`: ¿falta una coma, o las comillas de cierre de un texto, justo antes?
expected-option = este campo es opcional: escribe Some(…) alrededor del valor, o None
expected-text = aquí hace falta un texto entre comillas, como "…"
trailing-characters = hay más texto después del final del banco: ¿sobra un `)` o un `]`?
unknown-topic = tema `{ $found }` desconocido; los temas son: { $names }
unknown-section = sección `{ $found }` desconocida; las secciones son: { $names }
unknown-kind = tipo de pregunta `{ $found }` desconocido; los tipos son: { $names }
unknown-level = nivel `{ $found }` desconocido; los niveles son: { $names }
unknown-value = valor `{ $found }` desconocido en { $outer }; escribe uno de estos: { $names }
unknown-field = campo `{ $found }` desconocido en { $outer }; sus campos son: { $names }
missing-field = falta el campo `{ $field }` en { $outer }
field-twice = el campo `{ $field }` está escrito dos veces en { $outer }; deja uno
list-not-closed = una lista no está cerrada: escribe `]` antes de `{ $next }:`
expected-list-end = aquí una lista no está cerrada: ¿falta una coma `,` o un `]`?
expected-brackets-end = aquí un valor entre paréntesis no está cerrado: ¿falta una coma `,` o un `)`?
expected-translations-end = aquí las traducciones no están cerradas: ¿falta una coma `,` o una `{ "}" }`?
expected-translation-colon = escribe dos puntos `:` después del código de idioma, como `"en": "…"`
text-not-closed = un texto no está cerrado: ¿faltan sus comillas `"` de cierre?
unexpected-char = `{ $char }` no va aquí: quítalo, o ponlo dentro de un texto "…"
takes-boolean = `{ $field }:` lleva `true` o `false`
takes-integer = `{ $field }:` lleva un número entero, como `0` o `2`
takes-number = `{ $field }:` lleva un número, como `10`
number-out-of-range = `{ $field }:` este número es demasiado grande, o menor que 0
takes-brackets = `{ $field }:` lleva un valor entre paréntesis `( … )`
takes-list = `{ $field }:` lleva una lista entre corchetes, como `[ … ]`
takes-translations = `{ $field }:` lleva traducciones entre llaves, como `{"{"} "en": "…" {"}"}`
takes-text = `{ $field }:` lleva un texto entre comillas, como "…"
ron-error = error de sintaxis RON: { $detail }

## Textos

empty = { $label }: { $what } está vacío
sentence-long = { $label }: { $what } tiene una frase de { $words } palabras ("{ $start } …"); las frases A2 son cortas: { $max } palabras como máximo
translation-no-locale = { $label }: una traducción de { $what } no tiene código de idioma
translation-empty = { $label }: la traducción { $locale } de { $what } está vacía
letter-label = { $label }: { $what } empieza con su propia letra ("{ $letter }"); la aplicación pone letras a las opciones después de mezclarlas, así que quita la letra
direction-control = un texto contiene el carácter invisible de dirección { $code }, que puede hacer que se lea distinto de lo que dice; quítalo

## Bancos, tareas y preguntas

bank-language = { $label }: language debe ser "it", no "{ $language }"
bank-version = { $label }: version debe ser 1 o más
bank-no-tasks = { $label }: no tiene tareas
bank-same-position = { $label }: la respuesta correcta es { $position ->
        [0] la primera
        [1] la segunda
        [2] la tercera
        [3] la cuarta
       *[other] siempre la misma
    } opción en las { $count } preguntas de elección única y de lugar; cambia su posición
bank-partial-translations = { $label }: algunos textos no tienen traducción en { $languages }: quien lee en esos idiomas ve allí el inglés, o solo el italiano
bank-id-taken = banco { $id }: este id ya lo usa el banco en { $place }
task-id-taken = tarea { $id }: este id ya lo usa la tarea en { $place }
task-no-items = { $label }: no tiene preguntas
item-id-twice = { $label }: otra pregunta de esta tarea ya tiene el id { $id }
item-not-for-writing = { $label }: una tarea de escritura solo puede tener preguntas form o message, no { $kind }
item-only-for-writing = { $label }: una pregunta { $kind } solo puede estar en una tarea de escritura
item-same-explanation = { $label }: la explicación es igual a la de la pregunta { $first }; explica cada respuesta por separado
listening-silent-task = { $label }: una tarea de escucha necesita palabras que decir: su estímulo no tiene (usa un Dialogue o un Announcement) y ninguna pregunta tiene estímulo propio
listening-silent-item = { $label }: nada que escuchar: el estímulo de la tarea no tiene palabras y esta pregunta no tiene estímulo propio
listening-name-unheard = { $label }: la pregunta nombra a { $name }, pero nadie dice ese nombre en voz alta (la voz no lee el nombre de quien habla): nombra a la persona en un turno o en la consigna, o escribe "la donna", "l'uomo"
stimulus-similar = tarea { $id }: su estímulo es casi el mismo texto que el de la tarea { $other } ({ $place }), parecido al { $percent } %; escribe un texto nuevo
dialogue-no-turns = { $label }: el diálogo no tiene turnos
task-fits-no-layout = { $label }: tiene { $count } { $count ->
        [one] respuesta puntuada
       *[other] respuestas puntuadas
    }, pero ningún modelo tiene un puesto de { $section } de ese tamaño ({ $sizes }): nunca aparece en un examen
task-words-above-a2 = { $label }: { $count } palabras por encima de A2 ({ $words }): deja como máximo { $most }

## Preguntas

options-count-range = { $label }: { $what } necesita de 2 a { $max } opciones; tiene { $count }
options-count-least = { $label }: { $what } necesita al menos 2 opciones; tiene { $count }
options-same = { $label }: las opciones { $first } y { $second } son iguales ("{ $text }")
correct-out-of-range = { $label }: correct es { $correct }, pero las opciones van numeradas de 0 a { $last }
pinned-missing = { $label }: pinned indica la opción { $option }, que no existe
pinned-twice = { $label }: pinned indica dos veces la opción { $option }
matching-few-pairs = { $label }: una relación necesita al menos 2 pares; tiene { $count }
matching-same-left = { $label }: los pares { $first } y { $second } tienen el mismo texto izquierdo ("{ $text }")
matching-same-right = { $label }: { $first } y { $what } tienen el mismo texto derecho ("{ $text }")
tick-no-correct = { $label }: ninguna opción está marcada como correcta: escribe las correctas, por ejemplo correct: [0, 2]
tick-correct-twice = { $label }: correct indica dos veces la opción { $option }
gap-long = { $label }: escribe el hueco con exactamente tres guiones bajos ___
gap-none = { $label }: el texto no tiene hueco: márcalo con tres guiones bajos ___
gap-many = { $label }: el texto tiene { $gaps } huecos ___; una pregunta de completar tiene exactamente uno
gap-no-accepted = { $label }: el hueco no acepta ninguna respuesta: escribe al menos una en accepted
form-no-fields = { $label }: el formulario no tiene campos
points-tr-count = { $label }: la traducción { $locale } de los puntos tiene { $texts } textos para { $points } puntos
points-tr-empty = { $label }: la traducción { $locale } de los puntos tiene un texto vacío
message-min-zero = { $label }: min_words debe ser al menos 1
message-min-above-max = { $label }: min_words ({ $min }) es mayor que max_words ({ $max })
message-no-points = { $label }: escribe en points lo que dice un mensaje completo
message-model-length = { $label }: la respuesta modelo tiene { $words } palabras, fuera de min_words–max_words ({ $min }–{ $max })

## Modelos de examen

layout-id-taken = modelo { $id }: este id ya lo usa el modelo en { $place }
layout-no-sections = { $label }: no tiene secciones
layout-section-twice = { $label } aparece dos veces; pon todos sus puestos en una sola sección
layout-pass-mark = { $label }: el aprobado { $pass_mark } supera el máximo de puntos del examen ({ $max })
layout-minutes = { $label } dura { $minutes } minutos; debe durar de 1 a { $max } minutos, en minutos enteros (o segundos enteros, para modelos de prueba)
layout-no-slots = { $label } no tiene puestos para tareas
layout-slot-empty = { $label } tiene 0 preguntas
layout-slot-too-many = { $label } tiene { $items } preguntas; como máximo { $max }
layout-slot-no-kinds = { $label } no indica tipos de pregunta
layout-slot-writing-kind = { $label } indica { $kind }, pero solo las tareas de escritura lo tienen
layout-slot-not-writing-kind = { $label } indica { $kind }, pero las tareas de escritura solo tienen preguntas form y message
layout-points-too-many = { $label } da { $points } puntos; como máximo { $max } por pregunta o tarea
layout-writing-per-item = { $label } se puntúa con Bands(complete: …, sufficient: …), no con PerItem
layout-bands-not-writing = { $label } se puntúa con PerItem(…), no con Bands
layout-sufficient-above-complete = { $label }: sufficient ({ $sufficient }) es mayor que complete ({ $complete })
layout-fill-short = modelo { $layout }: la sección { $section } necesita { $need } { $need ->
        [one] tarea
       *[other] tareas
    } de { $items } { $items ->
        [one] pregunta
       *[other] preguntas
    } solo con [{ $kinds }]; los bancos tienen { $have }
layout-fill-together = modelo { $layout }: la sección { $section } necesita { $need } tareas distintas para sus puestos; los bancos solo tienen { $filled } que encajan juntas

## Lessons

label-lesson = lección { $id }
label-lesson-practice = { $lesson } / tarea { $id }
what-example = ejemplo { $n }
what-item-explanation = la explicación del ítem { $id }
lesson-id-taken = lección { $id }: este id ya lo usa la lección en { $place }
lesson-id-empty = { $label }: el id está vacío
lesson-id-characters = { $label }: un id solo tiene minúsculas, cifras y guiones
lesson-file-name = { $label }: el archivo de esta lección debe llamarse { $id }.ron
lesson-examples-count = { $label }: tiene { $count } ejemplos; una lección tiene de { $start } a { $end }
lesson-practice-id = { $label }: el id del ejercicio debe ser { $expected }
lesson-practice-writing = { $label }: el ejercicio de una lección es de escucha o de lectura, no de escritura
lesson-practice-items-count = { $label }: tiene { $count } ítems; el ejercicio de una lección tiene de { $start } a { $end }
lesson-translations-missing = { $label }: { $what } no tiene traducción en { $languages }
lesson-unknown = tarea { $task }: no existe la lección { $id } (lessons/{ $id }.ron)

## Preguntas importadas de Moodle (GIFT y Moodle XML)

import-format = este es un archivo { $format }, que Sportello no sabe leer. Sportello lee bancos de preguntas (.ron), GIFT (.gift o .txt) y Moodle XML (.xml): en Moodle, exporta las preguntas en formato GIFT o Moodle XML
gift-unclosed = las respuestas abiertas aquí con {"{"} no tienen la {"}"} de cierre: añade {"}"} después de la última respuesta
gift-stray-close = esta {"}"} no cierra ninguna respuesta: quítala, o escribe \{"}"} para mostrarla como texto
gift-unclosed-title = el título abierto con :: no tiene los :: de cierre
gift-no-answers = cada respuesta entre llaves debe empezar por = (correcta) o ~ (incorrecta), por ejemplo {"{"}=sí ~no{"}"}
gift-pair-arrow = en una pregunta de emparejamiento cada respuesta es un par escrito =izquierda -> derecha
xml-broken = el XML no es válido aquí ({ $detail }): vuelve a exportar las preguntas desde Moodle
xml-not-moodle = este archivo XML no es una exportación de preguntas de Moodle (no tiene <quiz>): en Moodle, usa Banco de preguntas › Exportar › Formato Moodle XML
import-question = pregunta { $n }
import-question-titled = pregunta { $n } ({ $title })
import-dropped = { $label } se ha quedado fuera: { $reason }
import-no-feedback = { $label } no tiene retroalimentación, así que su explicación solo dice la respuesta correcta: añade en la retroalimentación por qué es correcta
import-nothing = no se ha podido convertir ninguna pregunta
import-why-gaps = tiene { $gaps } huecos y solo se admite uno
import-why-no-text = no tiene texto
import-why-no-right = ninguna respuesta está marcada como correcta
import-why-options = una pregunta de opción múltiple necesita de 2 a 4 respuestas, y esta tiene { $count }
import-why-pairs = una pregunta de emparejamiento necesita al menos 2 pares, y esta tiene { $count }
import-why-no-model = un ensayo necesita una respuesta modelo (en GIFT después de ####, en Moodle en la información para evaluadores)
import-why-no-points = escribe en la pregunta, como lista, lo que debe decir el texto: un punto por línea, empezando por -
import-why-kind = las preguntas de tipo { $kind } no forman parte del examen A2
