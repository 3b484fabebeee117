# Повідомлення перевірки (bank-check і сторінка для викладачів), українською.
# Назви полів RON, значення і код лишаються як є, у зворотних лапках; id не змінюються.

## Мітки: про що повідомлення

label-bank = банк { $id }
label-bank-alone = банк
label-task = завдання { $id }
label-task-alone = завдання
label-item = { $task } / питання { $id }
label-layout = схема { $id }
label-layout-alone = схема
label-section = { $layout }: розділ { $section }
label-slot = { $section }, місце { $n }

## Частини банку або схеми

what-id = id
what-title = назва
what-author = автор { $n }
what-license = ліцензія
what-instructions = інструкція
what-item-id = id питання
what-explanation = пояснення
what-statement = твердження
what-prompt = питання
what-text = текст
what-pair = пара { $n }
what-pair-left = лівий текст пари { $n }
what-pair-right = правий текст пари { $n }
what-extra = додатковий варіант { $n }
what-option = варіант { $n }
what-accepted = прийнята відповідь { $n }
what-field-label = підпис поля { $n }
what-field-example = приклад поля { $n }
what-field-choice = вибір поля { $n }
what-point = пункт { $n }
what-model = зразкова відповідь
what-sample-sufficient = достатній зразок
what-sample-insufficient = недостатній зразок
what-stimulus-title = назва матеріалу
what-stimulus-body = текст матеріалу
what-announcement = оголошення
what-turn-speaker = мовець репліки { $n }
what-turn-text = текст репліки { $n }
what-picture = зображення
what-audio = назва аудіофайлу
what-single-choice = одиночний вибір
what-place = питання про місце
what-tick-info = питання «познач інформацію»
what-gap = пропуск

## Читання файлу

file-binary = це двійковий файл (містить байти NUL), а не текстовий: банк чи схема — це простий текст, збережений в UTF-8
file-not-utf8 = файл не є текстом UTF-8: збережіть його ще раз, вибравши кодування UTF-8
file-empty = файл порожній
file-not-downloaded = не вдалося завантажити ({ $why })
in-place = { $label }: { $message }
ends-here = { $message } (файл закінчується тут: бракує закривальної `)` або `]`?)
typographic-quote = неочікуване { $quote }: беріть тексти в прямі лапки "…" (« » і “ ” можуть бути всередині)
file-ends-early = файл закінчується зарано: бракує закривальної `)` або `]`?
expected-comma = тут потрібна кома `,`: чи не бракує перед цим коми або закривальних лапок тексту?
expected-option = це поле необов'язкове: напишіть Some(…) навколо значення, або None
expected-text = тут потрібен текст у лапках, як "…"
trailing-characters = після кінця банку є ще текст: чи немає зайвої `)` або `]`?
unknown-topic = невідома тема `{ $found }`; теми: { $names }
unknown-section = невідомий розділ `{ $found }`; розділи: { $names }
unknown-kind = невідомий тип питання `{ $found }`; типи: { $names }
unknown-level = невідомий рівень `{ $found }`; рівні: { $names }
unknown-value = невідоме значення `{ $found }` у { $outer }; напишіть одне з: { $names }
unknown-field = невідоме поле `{ $found }` у { $outer }; його поля: { $names }
missing-field = бракує поля `{ $field }` у { $outer }
field-twice = поле `{ $field }` написано двічі в { $outer }; залиште одне
list-not-closed = список не закрито: напишіть `]` перед `{ $next }:`
expected-list-end = тут список не закрито: бракує коми `,` або `]`?
expected-brackets-end = тут значення в дужках не закрито: бракує коми `,` або `)`?
expected-translations-end = тут переклади не закрито: бракує коми `,` або `{ "}" }`?
expected-translation-colon = напишіть двокрапку `:` після коду мови, як `"en": "…"`
text-not-closed = текст не закрито: бракує закривальних лапок `"`?
unexpected-char = `{ $char }` тут не на місці: видаліть його або поставте всередину тексту "…"
takes-boolean = `{ $field }:` приймає `true` або `false`
takes-integer = `{ $field }:` приймає ціле число, як `0` або `2`
takes-number = `{ $field }:` приймає число, як `10`
number-out-of-range = `{ $field }:` це число завелике або менше за 0
takes-brackets = `{ $field }:` приймає значення в круглих дужках `( … )`
takes-list = `{ $field }:` приймає список у квадратних дужках, як `[ … ]`
takes-translations = `{ $field }:` приймає переклади у фігурних дужках, як `{"{"} "en": "…" {"}"}`
takes-text = `{ $field }:` приймає текст у лапках, як "…"
ron-error = синтаксична помилка RON: { $detail }

## Тексти

empty = { $label }: { $what } — порожнє
sentence-long = { $label }: { $what } має речення з { $words } слів ("{ $start } …"); речення рівня A2 короткі: щонайбільше { $max } слів
translation-no-locale = { $label }: переклад { $what } не має коду мови
translation-empty = { $label }: переклад { $locale } для { $what } порожній
letter-label = { $label }: { $what } починається з власної літери ("{ $letter }"); застосунок додає літери після перемішування варіантів, тож приберіть літеру
direction-control = текст містить невидимий символ напрямку { $code }, через який він може читатися інакше, ніж написано; видаліть його

## Банки, завдання і питання

bank-language = { $label }: language має бути "it", а не "{ $language }"
bank-version = { $label }: version має бути 1 або більше
bank-no-tasks = { $label }: немає завдань
bank-same-position = { $label }: правильна відповідь — { $position ->
        [0] перший
        [1] другий
        [2] третій
        [3] четвертий
       *[other] завжди той самий
    } варіант в усіх { $count } питаннях з одиночним вибором і про місце; змінюйте її позицію
bank-partial-translations = { $label }: деякі тексти не мають перекладу { $languages }: хто читає цими мовами, бачить там англійську або лише італійську
bank-id-taken = банк { $id }: цей id уже використовує банк у { $place }
task-id-taken = завдання { $id }: цей id уже використовує завдання в { $place }
task-no-items = { $label }: немає питань
item-id-twice = { $label }: інше питання цього завдання вже має id { $id }
item-not-for-writing = { $label }: завдання з письма може мати лише питання form або message, а не { $kind }
item-only-for-writing = { $label }: питання { $kind } може бути лише в завданні з письма
item-same-explanation = { $label }: пояснення таке саме, як у питання { $first }; пояснюйте кожну відповідь окремо
listening-silent-task = { $label }: завданню на слухання потрібні слова для озвучення: його матеріал їх не має (використайте Dialogue або Announcement), і жодне питання не має власного матеріалу
listening-silent-item = { $label }: нічого слухати: матеріал завдання не має слів, і це питання не має власного матеріалу
listening-name-unheard = { $label }: питання називає { $name }, але ніхто не вимовляє це ім'я вголос (голос не читає ім'я мовця): назвіть людину в репліці чи в інструкції або напишіть "la donna", "l'uomo"
stimulus-similar = завдання { $id }: його матеріал майже той самий текст, що й у завдання { $other } ({ $place }), схожість { $percent }%; напишіть новий текст
dialogue-no-turns = { $label }: діалог не має реплік
task-fits-no-layout = { $label }: має { $count } { $count ->
        [one] оцінювану відповідь
        [few] оцінювані відповіді
       *[other] оцінюваних відповідей
    }, але жодна схема не має місця в розділі { $section } такого розміру ({ $sizes }): воно ніколи не з'явиться в іспиті
task-words-above-a2 = { $label }: { $count } слів вище рівня A2 ({ $words }): залиште щонайбільше { $most }

## Питання

options-count-range = { $label }: { $what } потребує від 2 до { $max } варіантів; є { $count }
options-count-least = { $label }: { $what } потребує щонайменше 2 варіанти; є { $count }
options-same = { $label }: варіанти { $first } і { $second } однакові ("{ $text }")
correct-out-of-range = { $label }: correct дорівнює { $correct }, але варіанти пронумеровано від 0 до { $last }
pinned-missing = { $label }: pinned вказує варіант { $option }, якого немає
pinned-twice = { $label }: pinned двічі вказує варіант { $option }
matching-few-pairs = { $label }: для відповідності потрібно щонайменше 2 пари; є { $count }
matching-same-left = { $label }: пари { $first } і { $second } мають однаковий лівий текст ("{ $text }")
matching-same-right = { $label }: { $first } і { $what } мають однаковий правий текст ("{ $text }")
tick-no-correct = { $label }: жоден варіант не позначено правильним: перелічіть правильні, напр. correct: [0, 2]
tick-correct-twice = { $label }: correct двічі вказує варіант { $option }
gap-long = { $label }: позначте пропуск рівно трьома підкресленнями ___
gap-none = { $label }: у тексті немає пропуску: позначте його трьома підкресленнями ___
gap-many = { $label }: у тексті { $gaps } пропусків ___; питання на заповнення має рівно один
gap-no-accepted = { $label }: пропуск не приймає жодної відповіді: напишіть хоча б одну в accepted
form-no-fields = { $label }: у формі немає полів
points-tr-count = { $label }: переклад { $locale } пунктів має { $texts } текстів для { $points } пунктів
points-tr-empty = { $label }: переклад { $locale } пунктів має порожній текст
message-min-zero = { $label }: min_words має бути щонайменше 1
message-min-above-max = { $label }: min_words ({ $min }) більше за max_words ({ $max })
message-no-points = { $label }: напишіть у points, що має сказати повне повідомлення
message-model-length = { $label }: зразкова відповідь має { $words } слів, поза min_words–max_words ({ $min }–{ $max })

## Схеми іспиту

layout-id-taken = схема { $id }: цей id уже використовує схема в { $place }
layout-no-sections = { $label }: немає розділів
layout-section-twice = { $label } трапляється двічі; зберіть усі його місця в одному розділі
layout-pass-mark = { $label }: прохідний бал { $pass_mark } вищий за максимум балів іспиту ({ $max })
layout-minutes = { $label } триває { $minutes } хв; має тривати від 1 до { $max } хв, цілими хвилинами (або цілими секундами для тестових схем)
layout-no-slots = { $label } не має місць для завдань
layout-slot-empty = { $label } має 0 питань
layout-slot-too-many = { $label } має { $items } питань; щонайбільше { $max }
layout-slot-no-kinds = { $label } не перелічує типів питань
layout-slot-writing-kind = { $label } перелічує { $kind }, але це є лише в завданнях з письма
layout-slot-not-writing-kind = { $label } перелічує { $kind }, але завдання з письма мають лише питання form і message
layout-points-too-many = { $label } дає { $points } балів; щонайбільше { $max } за питання чи завдання
layout-writing-per-item = { $label } оцінюють через Bands(complete: …, sufficient: …), а не PerItem
layout-bands-not-writing = { $label } оцінюють через PerItem(…), а не Bands
layout-sufficient-above-complete = { $label }: sufficient ({ $sufficient }) більше за complete ({ $complete })
layout-fill-short = схема { $layout }: розділ { $section } потребує завдань: { $need }, по { $items } питань, лише з [{ $kinds }]; у банках їх { $have }
layout-fill-together = схема { $layout }: розділ { $section } потребує { $need } різних завдань для своїх місць; у банках лише { $filled }, що підходять разом

## Lessons

label-lesson = урок { $id }
label-lesson-practice = { $lesson } / завдання { $id }
what-example = приклад { $n }
what-item-explanation = пояснення пункту { $id }
lesson-id-taken = урок { $id }: цей id уже використовує урок у { $place }
lesson-id-empty = { $label }: id порожній
lesson-id-characters = { $label }: id містить лише малі літери, цифри й дефіси
lesson-file-name = { $label }: файл цього уроку має називатися { $id }.ron
lesson-examples-count = { $label }: має { $count } прикладів; урок має від { $start } до { $end }
lesson-practice-id = { $label }: id вправи має бути { $expected }
lesson-practice-writing = { $label }: вправа уроку — це слухання або читання, не письмо
lesson-practice-items-count = { $label }: має { $count } пунктів; вправа уроку має від { $start } до { $end }
lesson-translations-missing = { $label }: { $what } не має перекладу мовами { $languages }
lesson-unknown = завдання { $task }: уроку { $id } немає (lessons/{ $id }.ron)

## Питання, імпортовані з Moodle (GIFT і Moodle XML)

import-format = це файл { $format }, який Sportello не вміє читати. Sportello читає банки питань (.ron), GIFT (.gift або .txt) і Moodle XML (.xml): у Moodle експортуйте питання у форматі GIFT або Moodle XML
gift-unclosed = відповіді, відкриті тут дужкою {"{"}, не мають закривальної {"}"}: додайте {"}"} після останньої відповіді
gift-stray-close = ця {"}"} не закриває жодних відповідей: видаліть її або напишіть \{"}"}, щоб показати її як текст
gift-unclosed-title = назва, відкрита через ::, не має закривальних ::
gift-no-answers = кожна відповідь у фігурних дужках має починатися з = (правильна) або ~ (неправильна), напр. {"{"}=так ~ні{"}"}
gift-pair-arrow = у питанні на відповідність кожна відповідь — це пара, записана як =ліве -> праве
xml-broken = тут XML пошкоджений ({ $detail }): експортуйте питання з Moodle ще раз
xml-not-moodle = цей файл XML не є експортом питань з Moodle (у ньому немає <quiz>): у Moodle скористайтеся пунктом Банк питань › Експорт › Формат Moodle XML
import-question = питання { $n }
import-question-titled = питання { $n } ({ $title })
import-dropped = { $label } не імпортовано: { $reason }
import-no-feedback = { $label } не має відгуку, тож його пояснення лише називає правильну відповідь: напишіть у відгуку, чому вона правильна
import-nothing = не вдалося перетворити жодного питання
import-why-gaps = пропусків у ньому: { $gaps }, а дозволено лише один
import-why-no-text = у ньому немає тексту
import-why-no-right = жодну відповідь не позначено правильною
import-why-options = питання з множинним вибором має мати від 2 до 4 відповідей, а в цьому їх { $count }
import-why-pairs = питання на відповідність має мати щонайменше 2 пари, а в цьому їх { $count }
import-why-no-model = есе потребує зразкової відповіді (у GIFT після ####, у Moodle в інформації для оцінювачів)
import-why-no-points = напишіть у питанні списком, що має сказати текст: один пункт на рядок, на початку рядка -
import-why-kind = питання типу { $kind } не входять до іспиту A2
