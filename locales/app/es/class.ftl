class-title = Enlace de la clase
class-lead = Preguntas y un examen de tu profesor.
class-open-file = Un archivo de tu profesor
class-open-file-label = Abrir un archivo de mi profesor
class-not-a-set = Esto no es un enlace de la clase. Pide a tu profesor que te lo mande otra vez.
class-newer = Este enlace se hizo con una versión más nueva de la aplicación. Recarga la página; si no sirve, pregunta a tu profesor.
class-damaged = Este enlace está incompleto o dañado (quizás se cortó al copiarlo). Pide a tu profesor que te lo mande otra vez, o que te mande el archivo de la clase.
class-has-errors = Las preguntas de tu profesor tienen errores, así que el examen no puede empezar. Díselo a tu profesor: los errores están abajo.
class-too-small = Las preguntas de tu profesor no bastan para este examen ({ $section }, ejercicio { $task }), así que no puede empezar. Díselo a tu profesor.
class-set-title = Las preguntas de tu profesor
class-tasks = { $count ->
    [one] 1 ejercicio
   *[other] { $count } ejercicios
}
class-exam = Examen con el código { $seed }:
class-only-note = El examen usa solo las preguntas de tu profesor.
class-mixed-note = El examen usa las preguntas de tu profesor y las de la aplicación.
class-replace = Este teléfono ya tiene otras versiones de estas preguntas:
class-replace-one = { $title }: versión { $held } en este teléfono, versión { $incoming } en el enlace.
class-replace-button = Usar la versión del profesor
class-kept = Las preguntas están guardadas en este teléfono. Puedes practicar con ellas en «Ejercicios».
class-start = Empezar el examen
class-practise = Practicar
qr-show = Mostrar como código QR
qr-help = Otro teléfono puede leerlo con su cámara.
qr-label = Código QR
qr-too-long = Es demasiado largo para un código QR: cópialo y mándalo.
