# Вправи без обмеження часу і повторення помилок.
practice-intro = Вправляйтеся без обмеження часу: виберіть частину, тему і тип питання. Після кожної відповіді натисніть «Перевірити»: ви побачите, чи відповідь правильна і чому.
practice-section-legend = Частина тесту
practice-all-sections = Усі частини
practice-topic-label = Тема
practice-all-topics = Усі теми
practice-kind-label = Тип питання
practice-all-kinds = Усі типи
practice-available = { $count ->
    [0] Для цього вибору немає вправ. Спробуйте інше поєднання.
    [one] Для цього вибору є { $count } вправа.
    [few] Для цього вибору є { $count } вправи.
    [many] Для цього вибору є { $count } вправ.
   *[other] Для цього вибору є { $count } вправи.
}
practice-start = Почати
practice-check = Перевірити
practice-next = Наступна вправа
practice-stop = Змінити вправи
practice-none = Для цього вибору немає вправ.
practice-slower = Повільніший голос
practice-save-failed = Не вдається зберегти повторення: пам’ять браузера заповнена або заблокована.
practice-topic-casa = Дім
practice-topic-famiglia = Сім’я
practice-topic-lavoro = Робота
practice-topic-salute = Здоров’я
practice-topic-scuola = Школа
practice-topic-trasporti = Транспорт
practice-topic-acquisti = Покупки
practice-topic-uffici-pubblici = Державні установи
practice-topic-tempo-libero = Вільний час
practice-topic-citta-servizi = Місто і послуги
practice-kind-single-choice = Вибір відповіді
practice-kind-true-false = Правда чи неправда
practice-kind-matching = Відповідності
practice-kind-place = Де ми?
practice-kind-tick-info = Інформація в тексті
practice-kind-gap-fill = Пропущене слово
practice-kind-form = Бланк
practice-kind-message = Повідомлення
review-queue-title = Повторення
review-queue-due = { $count ->
    [0] Повторення: зараз немає питань для повторення.
    [one] Повторення: { $count } питання для повторення.
    [few] Повторення: { $count } питання для повторення.
    [many] Повторення: { $count } питань для повторення.
   *[other] Повторення: { $count } питання для повторення.
}
review-queue-waiting = { $count ->
    [one] { $count } питання повернеться пізніше.
    [few] { $count } питання повернуться пізніше.
    [many] { $count } питань повернуться пізніше.
   *[other] { $count } питання повернуться пізніше.
}
review-queue-start = Повторити
review-queue-help = Кожне питання, на яке ви відповіли неправильно тут або в пробному іспиті, повертається на повторення. Якщо ви відповісте правильно, воно повернеться через 1 день, потім через 6 днів, а потім усе пізніше. Якщо ви помилитеся, воно повернеться через 10 хвилин.
review-queue-next = Наступне питання
review-queue-done = Поки що ви повторили всі питання. Молодець!
practice-bank-only = Тільки питання з:
practice-bank-all = Вправлятися з усіма питаннями
practice-sets-title = Питання від вашого вчителя
practice-set-practise = Вправлятися з цими питаннями
practice-set-remove = Видалити
practice-set-remove-named = Видалити { $title } з цього телефона
practice-set-remove-ask = Видалити { $title } з цього телефона? Ваші результати й повторення залишаться. Щоб знову мати ці питання, ще раз відкрийте посилання від вашого вчителя.
practice-set-removed = { $title } видалено з цього телефона.
practice-set-remove-failed = Не вдалося видалити { $title }: браузер не дозволяє зберігати дані.
