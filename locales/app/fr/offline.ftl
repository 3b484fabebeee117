# /settings/offline: what to keep on the phone for use with no connection (service workers).
settings-offline-legend = Ce qu'il faut garder sur ce téléphone, pour utiliser Sportello sans internet
settings-offline-all = Tout Sportello : examens, exercices, leçons, toutes les langues
settings-offline-used = Seulement ce que j'ouvre (utilise moins de données mobiles)
settings-offline-none = Rien (Sportello a toujours besoin d'internet)
settings-offline-on = Après la première visite, les examens, les exercices et vos progrès fonctionnent sans connexion. L'application se met à jour toute seule quand il y a une connexion.
settings-offline-as-used = Les pages, les questions et les leçons que vous avez déjà ouvertes fonctionnent sans connexion. Les autres ont besoin d'internet la première fois que vous les ouvrez.
settings-offline-off = Sportello n'est pas gardé sur ce téléphone : il a besoin d'une connexion, et il télécharge de nouveau ce qu'il lui faut. Choisissez cette option pour économiser de la place.
