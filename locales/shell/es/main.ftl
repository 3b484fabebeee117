# Sportello — interfaz en español.
app-name = Sportello
app-tagline = Simulador de la prueba de italiano A2 para el permiso de residencia UE de larga duración
skip-to-content = Ir al contenido
nav-label = Menú principal
nav-home = Inicio
nav-exam = Examen
nav-practice = Ejercicios
nav-progress = Progreso
nav-teacher = Profesores
nav-settings = Ajustes
nav-about = Información
language-label = Idioma
language-choose-title = Elige tu idioma
language-choose-help = Las instrucciones y la ayuda estarán en este idioma. La prueba sigue en italiano, como el examen real. Puedes cambiar el idioma cuando quieras en Ajustes.
language-continue = Continuar
language-downloading = Descargando el idioma { $language }…
language-not-downloaded = No se ha podido descargar el idioma { $language }. Conéctate a internet y elige de nuevo el idioma.
home-title = Prepárate para la prueba de italiano A2
home-intro = La prueba tiene tres partes: escucha, lectura y escritura. Dura 60 minutos. Para aprobarla necesitas al menos 80 puntos de 100.
home-exam-cta = Haz un simulacro de examen
home-practice-cta = Practica sin límite de tiempo
home-privacy = Tus datos se quedan en tu teléfono. No necesitas registrarte y nadie te controla.
exam-title = Simulacro de examen
practice-title = Ejercicios
progress-title = Tu progreso
teacher-title = Para profesores
settings-title = Ajustes
settings-rate-legend = Velocidad de la voz en los audios
settings-rate-slow = Lenta
settings-rate-calm = Un poco lenta (recomendada)
settings-rate-normal = Normal
settings-rate-help = En el examen real las grabaciones tienen velocidad normal. Antes de la prueba, practica también con la velocidad normal.
settings-not-saved = No se pudo guardar esta elección en este dispositivo: vale solo para esta visita.
about-title = Información
about-text = Sportello es un simulador libre y gratuito de la prueba de italiano A2 para el permiso de residencia UE de larga duración («permesso di soggiorno UE per soggiornanti di lungo periodo»). Funciona en el navegador de tu teléfono o computadora.
about-test = La prueba real: escucha (2 ejercicios, 25 minutos, 30 puntos), lectura (2 ejercicios, 25 minutos, 35 puntos), escritura (1 ejercicio, 10 minutos, 35 puntos). Se aprueba con 80 puntos de 100. Si no la apruebas, puedes volver a intentarlo después de 90 días.
about-privacy = Ningún dato sale de tu dispositivo.
guide-link = Cómo funciona la prueba real
loading-app = Abriendo la página…
not-found-title = Página no encontrada
not-found-text = Esta página no existe.
not-found-home = Volver al inicio

# Settings: link to the Italian voice check (/settings/voice, in the full app).
settings-voice-check-link = Comprobar la voz italiana

# The banner when a new version of the app is ready (service worker update).
update-ready = Ya está lista una nueva versión de Sportello. Tus respuestas y tu progreso siguen guardados.
update-reload = Recargar ahora

# Settings: keeping the app on the phone for use with no connection (service worker).
settings-offline-title = Usar sin conexión
settings-offline-link = Espacio en este teléfono y uso sin conexión

# The first visit's notice: what is kept on the phone for use with no connection, how much
# (offline-space, followed by the megabytes: "9.4 MB"), and where to change it (/settings/offline).
offline-first-all = Sportello se está guardando en este teléfono, para que funcione sin internet.
offline-first-used = Estás usando datos móviles o el ahorro de datos: Sportello guarda en este teléfono solo las páginas y las preguntas que abres, para que funcionen sin internet.
offline-space = Espacio usado en este teléfono:
offline-change = Cambiar lo que se guarda
offline-ok = OK
