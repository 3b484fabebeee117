# Short lessons: the list, one lesson, and the links to lessons from feedback.
lessons-title = Leçons
lessons-intro = De courtes leçons sur ce qu'il faut pour le test A2 : lisez l'explication, regardez les exemples et faites l'exercice.
lessons-loading = Chargement des leçons…
lesson-not-found = Cette leçon n'existe pas
lesson-all = Toutes les leçons
lesson-italian = L'explication en italien
lesson-kicker = Leçon
lesson-examples = Exemples
lesson-practice = Exercice
lesson-links-lead = Une leçon peut vous aider :
