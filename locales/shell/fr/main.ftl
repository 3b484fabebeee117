# Sportello — interface en français.
app-name = Sportello
app-tagline = Simulateur du test d'italien A2 pour le titre de séjour UE de longue durée
skip-to-content = Aller au contenu
nav-label = Menu principal
nav-home = Accueil
nav-exam = Examen
nav-practice = Exercices
nav-progress = Progrès
nav-teacher = Enseignants
nav-settings = Paramètres
nav-about = Informations
language-label = Langue
language-choose-title = Choisissez votre langue
language-choose-help = Les instructions et l'aide seront dans cette langue. Le test reste en italien, comme le vrai examen. Vous pouvez changer de langue quand vous voulez dans Paramètres.
language-continue = Continuer
language-downloading = Téléchargement de la langue { $language }…
language-not-downloaded = Impossible de télécharger la langue { $language }. Connectez-vous à internet et choisissez de nouveau la langue.
home-title = Préparez-vous au test d'italien A2
home-intro = Le test a trois parties : écoute, lecture et écriture. Il dure 60 minutes. Pour le réussir, il faut au moins 80 points sur 100.
home-exam-cta = Faire un examen blanc
home-practice-cta = Entraînez-vous sans limite de temps
home-privacy = Vos données restent sur votre téléphone. Pas besoin de créer un compte, et personne ne vous surveille.
exam-title = Examen blanc
practice-title = Exercices
progress-title = Vos progrès
teacher-title = Pour les enseignants
settings-title = Paramètres
settings-rate-legend = Vitesse de la voix dans les écoutes
settings-rate-slow = Lente
settings-rate-calm = Un peu lente (conseillée)
settings-rate-normal = Normale
settings-rate-help = Au vrai examen, les enregistrements sont à vitesse normale. Avant le test, entraînez-vous aussi à vitesse normale.
settings-not-saved = Ce choix n’a pas pu être enregistré sur cet appareil : il vaut seulement pour cette visite.
about-title = Informations
about-text = Sportello est un simulateur libre et gratuit du test d'italien A2 pour le titre de séjour UE de longue durée (« permesso di soggiorno UE per soggiornanti di lungo periodo »). Il fonctionne dans le navigateur de votre téléphone ou de votre ordinateur.
about-test = Le vrai test : écoute (2 exercices, 25 minutes, 30 points), lecture (2 exercices, 25 minutes, 35 points), écriture (1 exercice, 10 minutes, 35 points). On le réussit avec 80 points sur 100. Si vous ne le réussissez pas, vous pouvez réessayer après 90 jours.
about-privacy = Aucune donnée ne quitte votre appareil.
guide-link = Comment se passe le vrai test
loading-app = Ouverture de la page…
not-found-title = Page introuvable
not-found-text = Cette page n'existe pas.
not-found-home = Retour à l'accueil

# Settings: link to the Italian voice check (/settings/voice, in the full app).
settings-voice-check-link = Vérifier la voix italienne

# The banner when a new version of the app is ready (service worker update).
update-ready = Une nouvelle version de Sportello est prête. Vos réponses et vos progrès restent enregistrés.
update-reload = Recharger maintenant

# Settings: keeping the app on the phone for use with no connection (service worker).
settings-offline-title = Utiliser sans connexion
settings-offline-link = Espace sur ce téléphone et utilisation sans connexion

# The first visit's notice: what is kept on the phone for use with no connection, how much
# (offline-space, followed by the megabytes: "9.4 MB"), and where to change it (/settings/offline).
offline-first-all = Sportello s'enregistre sur ce téléphone, pour fonctionner sans internet.
offline-first-used = Vous utilisez les données mobiles ou l'économiseur de données : Sportello garde sur ce téléphone seulement les pages et les questions que vous ouvrez, pour qu'elles fonctionnent sans internet.
offline-space = Espace utilisé sur ce téléphone :
offline-change = Changer ce qui est gardé
offline-ok = OK
