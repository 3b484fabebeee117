# Sportello — інтерфейс українською мовою.
app-name = Sportello
app-tagline = Симулятор тесту з італійської мови A2 для дозволу на довгострокове проживання в ЄС
skip-to-content = Перейти до вмісту
nav-label = Головне меню
nav-home = Головна
nav-exam = Іспит
nav-practice = Вправи
nav-progress = Прогрес
nav-teacher = Викладачі
nav-settings = Налаштування
nav-about = Інформація
language-label = Мова
language-choose-title = Оберіть свою мову
language-choose-help = Інструкції та підказки будуть цією мовою. Тест залишається італійською, як справжній іспит. Ви можете змінити мову будь-коли в Налаштуваннях.
language-continue = Продовжити
language-downloading = Завантаження мови { $language }…
language-not-downloaded = Не вдалося завантажити мову { $language }. Підключіться до інтернету й виберіть мову ще раз.
home-title = Підготуйтеся до тесту з італійської мови A2
home-intro = Тест має три частини: аудіювання, читання і письмо. Він триває 60 хвилин. Щоб скласти тест, потрібно щонайменше 80 балів зі 100.
home-exam-cta = Пройти пробний іспит
home-practice-cta = Вправляйтеся без обмеження часу
home-privacy = Ваші дані залишаються у вашому телефоні. Реєстрація не потрібна, і ніхто за вами не стежить.
exam-title = Пробний іспит
practice-title = Вправи
progress-title = Ваш прогрес
teacher-title = Для викладачів
settings-title = Налаштування
settings-rate-legend = Швидкість голосу в аудіюванні
settings-rate-slow = Повільна
settings-rate-calm = Трохи повільна (рекомендовано)
settings-rate-normal = Звичайна
settings-rate-help = На справжньому іспиті записи звучать зі звичайною швидкістю. Перед тестом тренуйтеся також зі звичайною швидкістю.
settings-not-saved = Цей вибір не вдалося зберегти на цьому пристрої: він діє лише під час цього відвідування.
about-title = Інформація
about-text = Sportello — це вільний і безкоштовний симулятор тесту з італійської мови A2 для дозволу на довгострокове проживання в ЄС («permesso di soggiorno UE per soggiornanti di lungo periodo»). Він працює в браузері вашого телефона або комп’ютера.
about-test = Справжній тест: аудіювання (2 завдання, 25 хвилин, 30 балів), читання (2 завдання, 25 хвилин, 35 балів), письмо (1 завдання, 10 хвилин, 35 балів). Щоб скласти тест, потрібно 80 балів зі 100. Якщо ви не склали тест, можна спробувати знову через 90 днів.
about-privacy = Жодні дані не залишають ваш пристрій.
guide-link = Як проходить справжній тест
loading-app = Відкриваємо сторінку…
not-found-title = Сторінку не знайдено
not-found-text = Такої сторінки не існує.
not-found-home = Повернутися на головну

# Settings: link to the Italian voice check (/settings/voice, in the full app).
settings-voice-check-link = Перевірити італійський голос

# The banner when a new version of the app is ready (service worker update).
update-ready = Нова версія Sportello готова. Ваші відповіді та ваш прогрес залишаються збереженими.
update-reload = Перезавантажити зараз

# Settings: keeping the app on the phone for use with no connection (service worker).
settings-offline-title = Користування без інтернету
settings-offline-link = Місце на цьому телефоні та робота без інтернету

# The first visit's notice: what is kept on the phone for use with no connection, how much
# (offline-space, followed by the megabytes: "9.4 MB"), and where to change it (/settings/offline).
offline-first-all = Sportello зберігається на цьому телефоні, щоб працювати без інтернету.
offline-first-used = Ви використовуєте мобільний інтернет або режим економії трафіку: Sportello зберігає на цьому телефоні тільки сторінки й питання, які ви відкриваєте, щоб вони працювали без інтернету.
offline-space = Зайнято місця на цьому телефоні:
offline-change = Змінити, що зберігати
offline-ok = Гаразд
