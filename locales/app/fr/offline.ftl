# /settings/offline: keeping the app on the phone for use with no connection (service worker).
settings-offline-keep = Garder Sportello sur ce téléphone, pour l'utiliser sans internet
settings-offline-on = Après la première visite, les examens, les exercices et vos progrès fonctionnent sans connexion. L'application se met à jour toute seule quand il y a une connexion.
settings-offline-off = Sportello n'est pas gardé sur ce téléphone : il a besoin d'une connexion, et il télécharge de nouveau ce qu'il lui faut. Choisissez cette option pour économiser de la place ou des données.
settings-offline-stored = Sportello utilise { $size } MB sur ce téléphone.
