# Short lessons: the list, one lesson, and the links to lessons from feedback.
lessons-title = Уроки
lessons-intro = Короткі уроки про те, що потрібно для тесту A2: прочитайте пояснення, подивіться приклади і виконайте вправу.
lessons-loading = Завантаження уроків…
lesson-not-found = Такого уроку немає
lesson-all = Усі уроки
lesson-italian = Пояснення італійською
lesson-kicker = Урок
lesson-examples = Приклади
lesson-practice = Вправа
lesson-links-lead = Вам може допомогти урок:
