# Página para profesores: importar archivos de preguntas, qué hay en la aplicación, compartir un examen.
teacher-lead = Añade tus archivos de preguntas, revísalos y da a toda la clase el mismo examen.
teacher-import-title = Añadir un archivo de preguntas
teacher-import-help = Un archivo de preguntas (una colección) o un tipo de examen es un archivo de texto .ron; las preguntas exportadas de Moodle (GIFT o Moodle XML) se convierten en un archivo así. Cada archivo se revisa como los archivos incluidos en la aplicación: un archivo con errores no se añade y la aplicación sigue funcionando como antes. Los archivos importados se quedan solo en este navegador.
teacher-import-choose = Elige un archivo (.ron, GIFT o Moodle XML)
teacher-import-drop = O arrastra el archivo a este recuadro.
teacher-import-checking = Revisando el archivo…
teacher-imported = { $file } se ha añadido. Desde ahora, los exámenes y los ejercicios lo usan.
teacher-replaced = { $file } se ha añadido en lugar del archivo anterior con el mismo nombre. Desde ahora, los exámenes y los ejercicios lo usan.
teacher-refused = { $file } tiene errores y no se ha añadido. Corrige estas líneas e impórtalo de nuevo:
teacher-warnings-lead = Consejos sobre { $file } (funciona, pero se puede mejorar):
teacher-save-full = { $file } es correcto, pero la memoria de este navegador está llena y no se ha añadido. Quita un archivo importado que ya no necesites y vuelve a intentarlo.
teacher-save-unavailable = { $file } es correcto, pero este navegador no deja a la aplicación guardar archivos (navegación privada o ajustes) y no se ha añadido.
teacher-name-taken = { $file } tiene el mismo nombre que un archivo incluido en la aplicación. Cambia el nombre de tu archivo e impórtalo de nuevo.
teacher-too-big = { $file } es demasiado grande para un archivo de preguntas (más de 1 MB). No se ha añadido.
teacher-unreadable = No se puede leer { $file }. No se ha añadido.
teacher-files-title = Los archivos de preguntas de la aplicación
teacher-totals = Qué pueden usar los exámenes y los ejercicios
teacher-col-section = Parte
teacher-col-tasks = Ejercicios
teacher-col-items = Preguntas
teacher-imported-title = Importados en este navegador
teacher-imported-none = Todavía no hay archivos importados.
teacher-shipped-title = Incluidos en la aplicación
teacher-shipped-summary = Mostrar los { $count } archivos incluidos en la aplicación
teacher-origin-shipped = Incluido
teacher-origin-imported = Importado
teacher-code = Código: { $id }
teacher-file = Archivo: { $file }
teacher-bank-counts = { $section }: { $tasks ->
        [one] 1 ejercicio
       *[other] { $tasks } ejercicios
    }, { $items ->
        [one] 1 pregunta
       *[other] { $items } preguntas
    }
teacher-layout-summary = Tipo de examen: { $parts } partes, se aprueba con { $pass } puntos de { $max }.
teacher-template-unused = Esta es la plantilla: los exámenes y los ejercicios no la usan.
teacher-file-broken = Este archivo tiene errores (aparecen arriba) y no se usa.
teacher-remove = Quitar
teacher-remove-file = Quitar { $file }
teacher-remove-confirm = ¿Quieres quitar { $file } de este navegador? Los exámenes y los ejercicios ya no lo usarán.
teacher-removed = { $file } se ha quitado.
teacher-remove-failed = No se puede quitar { $file }: este navegador no deja a la aplicación cambiar los archivos guardados.
teacher-share-title = Da a la clase el mismo examen
teacher-share-help = Quien abre este enlace recibe el mismo examen, con las mismas preguntas.
teacher-share-layout = Tipo de examen
teacher-share-code = Código del examen: { $seed }
teacher-share-new = Nuevo código
teacher-share-copy = Enlace para copiar
teacher-share-none = No se puede usar ningún tipo de examen, así que no hay ningún examen para compartir.
teacher-write-title = Escribe tus propias preguntas
teacher-write-text = Escribe tus ejercicios en el editor de preguntas: un formulario que revisa cada campo mientras escribes y muestra cada ejercicio como lo verá el estudiante. O descarga la plantilla y escribe el archivo a mano: los comentarios de la plantilla explican cada línea, y la guía docs/bank-format.md en el código fuente de la aplicación explica todo lo demás. Después importa el archivo aquí.
teacher-write-template = Descargar la plantilla (TEMPLATE.ron)
teacher-write-editor = Abrir el editor de preguntas
teacher-convert-legend = Preguntas de Moodle (GIFT o Moodle XML)
teacher-convert-help = Las preguntas de opción múltiple, verdadero/falso, emparejamiento, respuesta corta y ensayo se convierten en ejercicios: los ensayos, en ejercicios de escritura; las demás, en ejercicios de lectura. Las preguntas de otros tipos se dejan fuera y se indica el motivo.
teacher-convert-topic = Tema de los ejercicios
teacher-convert-items = Preguntas por ejercicio (la prueba real tiene 5)
teacher-converted = { $from }: { $converted } de { $found } preguntas convertidas en { $file }.
teacher-convert-notes = Lo que se ha dejado fuera o hay que revisar:
teacher-convert-download = Descargar { $file }
teacher-convert-failed = No se ha podido convertir { $file }:
teacher-practise-bank = Practicar con estas preguntas
teacher-convert-edit = Abrirlo en el editor de preguntas
teacher-convert-edit-failed = No se ha podido abrir el archivo convertido en el editor: la memoria de este navegador está llena o bloqueada. Descárgalo en su lugar.

class-link-title = Tus preguntas para toda la clase
class-link-help = El enlace de la clase lleva tus preguntas: quien lo abre hace el examen con tus preguntas en su propio teléfono. Nada pasa por un servidor.
class-banks = Tus archivos en el enlace
class-mix = Preguntas del examen
class-only = Solo mis preguntas
class-mixed = Mis preguntas y las de la aplicación
class-cannot-fill = Tus preguntas no bastan para este examen: { $section }, ejercicio { $task }: hace falta un ejercicio con { $items } preguntas. Añade ejercicios, elige otro tipo de examen o mezcla tus preguntas con las de la aplicación.
class-none-chosen = Elige al menos uno de tus archivos.
class-link-label = Enlace de la clase para enviar
class-copy = Copiar el enlace
class-copied = Enlace copiado.
class-preview = Probar el examen como lo verán tus estudiantes
class-too-long = Tus preguntas son demasiadas para un enlace. Descarga el archivo de la clase y envíalo a la clase (por ejemplo, por WhatsApp): los estudiantes lo abren en la página «Enlace de la clase».
class-file = Descargar el archivo de la clase
