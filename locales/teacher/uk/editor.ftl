# Редактор питань (/teacher/editor): як написати збірку питань, заповнивши форму.
editor-title = Редактор питань
editor-lead = Напишіть файл з питаннями, заповнивши форму, без жодного коду. Кожна зміна одразу перевіряється і зберігається в цьому браузері; коли помилок не буде, завантажте файл і додайте його на сторінці для викладачів.
editor-back = ← Назад до сторінки для викладачів
editor-saved = Чернетку збережено в цьому браузері.
editor-save-full = Не вдається зберегти чернетку: пам’ять цього браузера заповнена. Завантажте файл зараз, щоб не втратити свою роботу.
editor-save-unavailable = Не вдається зберегти чернетку: цей браузер не дозволяє застосунку зберігати дані (приватний режим або налаштування). Завантажте файл, перш ніж закрити сторінку.
editor-ready = Помилок немає: файл готовий. { $advice ->
    [0] Порад немає.
    [one] { $advice } порада.
    [few] { $advice } поради.
    [many] { $advice } порад.
   *[other] { $advice } поради.
}
editor-not-ready = Щоб файл можна було використати, виправте { $errors ->
    [one] { $errors } помилку
    [few] { $errors } помилки
    [many] { $errors } помилок
   *[other] { $errors } помилки
}; { $advice ->
    [0] порад немає.
    [one] { $advice } порада.
    [few] { $advice } поради.
    [many] { $advice } порад.
   *[other] { $advice } поради.
}
editor-all-problems = Переглянути всі помилки й поради
editor-error = Помилка:
editor-advice = Порада:
editor-download = Завантажити { $file }
editor-new = Почати новий файл
editor-previous = Вашу попередню чернетку «{ $title }» збережено.
editor-bring-back = Повернути її
editor-open = Відкрити наявний файл
editor-open-help = Відкрийте файл з питаннями, щоб змінити його: файл .ron на цьому пристрої (файли GIFT і Moodle XML спершу перетворюються) або один із файлів застосунку. Вашу чернетку буде збережено як попередню.
editor-open-file = Файл на цьому пристрої
editor-open-app = Файл застосунку
editor-open-app-button = Відкрити
editor-open-failed = Не вдається відкрити цей файл:
editor-bank-legend = Файл
editor-bank-title = Назва (італійською)
editor-bank-id = Код файлу (літери, цифри й дефіси)
editor-bank-authors = Автори (розділяйте імена комами)
editor-bank-license = Ліцензія
editor-bank-level = Рівень
editor-bank-version = Версія (збільшуйте її, коли змінюєте файл)
editor-add-label = Додати завдання
editor-add-listening = Додати завдання з аудіювання
editor-add-reading = Додати завдання з читання
editor-add-writing = Додати завдання з письма
editor-task-heading = Завдання { $n }
editor-task-up = Перемістити вище
editor-task-down = Перемістити нижче
editor-task-remove = Видалити це завдання
editor-task-section = Частина тесту
editor-task-topic = Тема
editor-task-id = Код завдання
editor-task-instructions = Інструкція (італійською, як у тесті)
editor-task-instructions-tr = Інструкція
editor-translations = Переклади ({ $count } з { $total })
editor-translations-help = Учень бачить переклад своєю мовою під італійським текстом. Залиште поле порожнім, якщо не можете перекласти.
editor-stimulus = Що учень читає або слухає
editor-listening-help = У завданні з аудіювання застосунок читає текст уголос італійським голосом, на іспиті — двічі.
editor-content-kind = Вид тексту
editor-content-text = Письмовий текст
editor-content-dialogue = Діалог
editor-content-announcement = Оголошення (один голос)
editor-content-none = Нічого (у питаннях сказано все)
editor-content-none-help = Тексту немає: у питанні сказано все, що потрібно учневі.
editor-text-title = Заголовок тексту (необов’язково)
editor-text-body = Текст
editor-announcement-body = Що каже голос
editor-voice = Голос
editor-voice-female = Жінка
editor-voice-male = Чоловік
editor-turn = Репліка { $n }
editor-turn-speaker = Хто говорить
editor-turn-text = Що говорить
editor-turn-add = Додати репліку
editor-turn-remove = Видалити цю репліку
editor-picture = Зображення: один або два емодзі (необов’язково)
editor-picture-svg = Зображення: файл { $file }.
editor-audio = Запис: назва файлу в теці question-banks (необов’язково)
editor-audio-help = Без запису застосунок читає текст італійським голосом. Запис треба скопіювати в теку question-banks застосунку на сервері, де розміщено сайт.
editor-item-heading = Питання { $n }
editor-item-kind = Тип питання
editor-item-id = Код питання
editor-item-own-stimulus = Це питання має власний короткий текст або запис
editor-item-remove = Видалити це питання
editor-item-new-kind = Тип нового питання
editor-item-add = Додати питання
editor-prompt = Питання (італійською)
editor-place-prompt = Питання (необов’язково: зазвичай це “Dove sono queste persone?”)
editor-options = Варіанти: позначте правильний
editor-places = Місця: позначте правильне
editor-options-tick = Відомості: позначте всі, що є в тексті
editor-list-entry = { $n }.
editor-list-remove = Видалити { $n }
editor-list-add = Додати рядок
editor-right-answer = { $n } — правильно
editor-statement = Речення (італійською)
editor-statement-is = Це речення
editor-true = Правдиве
editor-false = Хибне
editor-pairs = Пари, що відповідають одна одній
editor-pairs-help = Запишіть кожен текст ліворуч разом із текстом праворуч, який йому відповідає; на іспиті праву частину перемішують.
editor-pair-left = Ліворуч { $n }
editor-pair-right = Праворуч { $n }
editor-pair-add = Додати пару
editor-pair-remove = Видалити пару { $n }
editor-extra = Зайві тексти праворуч, яким нічого не відповідає (необов’язково)
editor-gap-text = Речення, де пропущене слово позначено ___ (три знаки підкреслення)
editor-gap-mode = Учень
editor-gap-typed = вписує слово
editor-gap-choice = вибирає з варіантів
editor-accepted = Прийнятні відповіді (великі літери й діакритичні знаки не враховуються)
editor-form-field = Поле { $n } бланка
editor-form-label = Назва поля (напр. Cognome)
editor-form-kind = Що в ньому запитують
editor-form-text = Текст
editor-form-date = Дата
editor-form-number = Число
editor-form-phone = Номер телефону
editor-form-email = Електронна пошта
editor-form-choice = Вибір
editor-form-choices = Варіанти (через кому)
editor-form-required = Обов’язкове
editor-form-example = Приклад хорошої відповіді (необов’язково)
editor-form-add = Додати поле
editor-form-remove = Видалити поле { $n }
editor-min-words = Мінімальна кількість слів
editor-max-words = Максимальна кількість слів
editor-points = Що містить повна відповідь (один пункт на рядок)
editor-model = Зразкова відповідь
editor-sample-sufficient = Відповідь, якої ледве достатньо (необов’язково)
editor-sample-insufficient = Відповідь, що не отримує жодного бала (необов’язково)
editor-explanation = Чому правильна відповідь правильна (простою італійською)
editor-explanation-tr = Пояснення
editor-preview = Подивитися, як це бачить учень
editor-use = Використати в цьому браузері
editor-use-help = «Використати в цьому браузері» перевіряє файл і додає його тут у застосунок, як імпорт на сторінці для викладачів: ви можете одразу вправлятися з ним і використовувати його в іспитах. Після зміни зробіть це ще раз, щоб замінити файл.
editor-practise = Вправлятися з цими питаннями
