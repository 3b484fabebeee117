# /settings/offline: what to keep on the phone for use with no connection (service workers).
settings-offline-legend = Що зберігати на цьому телефоні, щоб користуватися Sportello без інтернету
settings-offline-all = Увесь Sportello: іспити, вправи, уроки, усі мови
settings-offline-used = Тільки те, що я відкриваю (витрачає менше мобільного інтернету)
settings-offline-none = Нічого (Sportello завжди потрібен інтернет)
settings-offline-on = Після першого відвідування іспити, вправи і ваш прогрес працюють без інтернету. Застосунок оновлюється сам, коли є інтернет.
settings-offline-as-used = Сторінки, питання та уроки, які ви вже відкривали, працюють без інтернету. Для інших потрібен інтернет, коли ви відкриваєте їх уперше.
settings-offline-off = Sportello не зберігається на цьому телефоні: він працює тільки з інтернетом і знову завантажує те, що йому потрібно. Оберіть цей варіант, щоб заощадити місце.
