# /settings/offline: keeping the app on the phone for use with no connection (service worker).
settings-offline-keep = Зберігати Sportello на цьому телефоні, щоб користуватися без інтернету
settings-offline-on = Після першого відвідування іспити, вправи і ваш прогрес працюють без інтернету. Застосунок оновлюється сам, коли є інтернет.
settings-offline-off = Sportello не зберігається на цьому телефоні: він працює тільки з інтернетом і знову завантажує те, що йому потрібно. Оберіть цей варіант, щоб заощадити місце або мобільний інтернет.
settings-offline-stored = Sportello займає { $size } MB на цьому телефоні.
