# رسائل المدقق (bank-check وصفحة المعلمين) بالعربية.
# أسماء حقول RON والقيم والشيفرة تبقى كما هي بين علامتي `؛ والمعرّفات لا تتغير.

## التسميات: عمّ تتحدث الرسالة

label-bank = بنك { $id }
label-bank-alone = البنك
label-task = مهمة { $id }
label-task-alone = المهمة
label-item = { $task } / سؤال { $id }
label-layout = نموذج { $id }
label-layout-alone = النموذج
label-section = { $layout }: قسم { $section }
label-slot = { $section }، الموضع { $n }

## أجزاء البنك أو النموذج

what-id = المعرّف id
what-title = العنوان
what-author = المؤلف { $n }
what-license = الترخيص
what-instructions = التعليمات
what-item-id = معرّف السؤال
what-explanation = الشرح
what-statement = العبارة
what-prompt = السؤال
what-text = النص
what-pair = الزوج { $n }
what-pair-left = النص الأيسر للزوج { $n }
what-pair-right = النص الأيمن للزوج { $n }
what-extra = الإضافي { $n }
what-option = الخيار { $n }
what-accepted = الإجابة المقبولة { $n }
what-field-label = تسمية الحقل { $n }
what-field-example = مثال الحقل { $n }
what-field-choice = اختيارات الحقل { $n }
what-point = النقطة { $n }
what-model = الإجابة النموذجية
what-sample-sufficient = النموذج الكافي
what-sample-insufficient = النموذج غير الكافي
what-stimulus-title = عنوان المادة
what-stimulus-body = نص المادة
what-announcement = الإعلان
what-turn-speaker = المتكلم في الدور { $n }
what-turn-text = نص الدور { $n }
what-picture = الصورة
what-audio = اسم ملف الصوت
what-single-choice = سؤال الاختيار الواحد
what-place = سؤال المكان
what-tick-info = سؤال «ضع علامة على المعلومات»
what-gap = الفراغ

## قراءة الملف

file-binary = هذا ملف ثنائي (فيه بايتات NUL) وليس ملفًا نصيًا: البنك أو النموذج نص بسيط محفوظ بترميز UTF-8
file-not-utf8 = الملف ليس نصًا بترميز UTF-8: احفظه مرة أخرى واختر ترميز UTF-8
file-empty = الملف فارغ
file-not-downloaded = تعذّر تنزيله ({ $why })
in-place = { $label }: { $message }
ends-here = { $message } (ينتهي الملف هنا: هل ينقص `)` أو `]` للإغلاق؟)
typographic-quote = { $quote } غير متوقعة: ضع النصوص بين علامتي تنصيص مستقيمتين "…" (يمكن أن تكون « » و “ ” داخلها)
file-ends-early = ينتهي الملف مبكرًا: هل ينقص `)` أو `]` للإغلاق؟
expected-comma = تلزم فاصلة `,` هنا: هل تنقص فاصلة، أو علامة التنصيص التي تغلق نصًا، قبلها؟
expected-option = هذا الحقل اختياري: اكتب Some(…) حول القيمة، أو None
expected-text = يلزم هنا نص بين علامتي تنصيص، مثل "…"
trailing-characters = يوجد نص بعد نهاية البنك: هل هناك `)` أو `]` زائدة؟
unknown-topic = موضوع غير معروف `{ $found }`؛ المواضيع هي: { $names }
unknown-section = قسم غير معروف `{ $found }`؛ الأقسام هي: { $names }
unknown-kind = نوع سؤال غير معروف `{ $found }`؛ الأنواع هي: { $names }
unknown-level = مستوى غير معروف `{ $found }`؛ المستويات هي: { $names }
unknown-value = قيمة غير معروفة `{ $found }` في { $outer }؛ اكتب واحدة من: { $names }
unknown-field = حقل غير معروف `{ $found }` في { $outer }؛ حقوله هي: { $names }
missing-field = الحقل `{ $field }` ناقص في { $outer }
field-twice = الحقل `{ $field }` مكتوب مرتين في { $outer }؛ أبقِ واحدًا
list-not-closed = قائمة غير مغلقة: اكتب `]` قبل `{ $next }:`
expected-list-end = قائمة غير مغلقة هنا: هل تنقص فاصلة `,` أو `]`؟
expected-brackets-end = قيمة بين قوسين غير مغلقة هنا: هل تنقص فاصلة `,` أو `)`؟
expected-translations-end = الترجمات غير مغلقة هنا: هل تنقص فاصلة `,` أو `{ "}" }`؟
expected-translation-colon = اكتب نقطتين `:` بعد رمز اللغة، مثل `"en": "…"`
text-not-closed = نص غير مغلق: هل تنقص علامة التنصيص `"` في آخره؟
unexpected-char = `{ $char }` ليس في مكانه هنا: احذفه، أو ضعه داخل نص "…"
takes-boolean = `{ $field }:` يأخذ `true` أو `false`
takes-integer = `{ $field }:` يأخذ عددًا صحيحًا، مثل `0` أو `2`
takes-number = `{ $field }:` يأخذ عددًا، مثل `10`
number-out-of-range = `{ $field }:` هذا العدد كبير جدًا، أو أقل من 0
takes-brackets = `{ $field }:` يأخذ قيمة بين قوسين `( … )`
takes-list = `{ $field }:` يأخذ قائمة بين قوسين مربعين، مثل `[ … ]`
takes-translations = `{ $field }:` يأخذ ترجمات بين قوسين معقوفين، مثل `{"{"} "en": "…" {"}"}`
takes-text = `{ $field }:` يأخذ نصًا بين علامتي تنصيص، مثل "…"
ron-error = خطأ في صياغة RON: { $detail }

## النصوص

empty = { $label }: { $what } فارغ
sentence-long = { $label }: في { $what } جملة من { $words } كلمة ("{ $start } …")؛ جمل المستوى A2 قصيرة: { $max } كلمة على الأكثر
translation-no-locale = { $label }: ترجمة { $what } بلا رمز لغة
translation-empty = { $label }: ترجمة { $locale } لـ { $what } فارغة
letter-label = { $label }: { $what } يبدأ بحرف خاص به ("{ $letter }")؛ التطبيق يضع الأحرف بعد خلط الخيارات، فاحذف الحرف
direction-control = في نصٍّ رمز اتجاه غير مرئي { $code } قد يجعله يُقرأ بغير ما يقول؛ احذفه

## البنوك والمهام والأسئلة

bank-language = { $label }: يجب أن تكون language "it" لا "{ $language }"
bank-version = { $label }: يجب أن تكون version ‏1 أو أكثر
bank-no-tasks = { $label }: لا مهام فيه
bank-same-position = { $label }: الإجابة الصحيحة هي { $position ->
        [0] الخيار الأول
        [1] الخيار الثاني
        [2] الخيار الثالث
        [3] الخيار الرابع
       *[other] الخيار نفسه دائمًا
    } في كل أسئلة الاختيار الواحد والمكان ({ $count })؛ غيّر موضعها
bank-partial-translations = { $label }: بعض النصوص بلا ترجمة إلى { $languages }: من يقرأ بهذه اللغات يرى هناك الإنجليزية، أو الإيطالية فقط
bank-id-taken = بنك { $id }: هذا المعرّف مستخدم من قبل البنك في { $place }
task-id-taken = مهمة { $id }: هذا المعرّف مستخدم من قبل المهمة في { $place }
task-no-items = { $label }: لا أسئلة فيها
item-id-twice = { $label }: لسؤال آخر في هذه المهمة المعرّف { $id } نفسه
item-not-for-writing = { $label }: مهمة الكتابة لا تضم إلا أسئلة form أو message، لا { $kind }
item-only-for-writing = { $label }: سؤال { $kind } لا يكون إلا في مهمة كتابة
item-same-explanation = { $label }: الشرح مثل شرح السؤال { $first }؛ اشرح كل إجابة وحدها
listening-silent-task = { $label }: مهمة الاستماع تحتاج كلمات تُقال: مادتها بلا كلمات (استخدم Dialogue أو Announcement) ولا سؤال له مادة خاصة به
listening-silent-item = { $label }: لا شيء يُسمع: مادة المهمة بلا كلمات وهذا السؤال بلا مادة خاصة به
listening-name-unheard = { $label }: السؤال يذكر { $name }، لكن لا أحد يقول هذا الاسم بصوت عالٍ (الصوت لا يقرأ اسم المتكلم): اذكر الشخص في دور أو في التعليمات، أو اكتب "la donna"، "l'uomo"
stimulus-similar = مهمة { $id }: مادتها تكاد تكون نص المهمة { $other } نفسه ({ $place })، متشابهة بنسبة { $percent }%؛ اكتب نصًا جديدًا
dialogue-no-turns = { $label }: الحوار بلا أدوار
task-fits-no-layout = { $label }: فيها { $count } من الإجابات المحتسبة، لكن لا نموذج فيه موضع { $section } بهذا الحجم ({ $sizes }): لن تظهر في أي امتحان
task-words-above-a2 = { $label }: { $count } كلمات فوق مستوى A2 ({ $words }): أبقِ { $most } على الأكثر

## الأسئلة

options-count-range = { $label }: { $what } يحتاج من 2 إلى { $max } خيارات؛ فيه { $count }
options-count-least = { $label }: { $what } يحتاج خيارين على الأقل؛ فيه { $count }
options-same = { $label }: الخياران { $first } و{ $second } متطابقان ("{ $text }")
correct-out-of-range = { $label }: correct هو { $correct }، لكن الخيارات مرقمة من 0 إلى { $last }
pinned-missing = { $label }: pinned يذكر الخيار { $option }، وهو غير موجود
pinned-twice = { $label }: pinned يذكر الخيار { $option } مرتين
matching-few-pairs = { $label }: المطابقة تحتاج زوجين على الأقل؛ فيها { $count }
matching-same-left = { $label }: للزوجين { $first } و{ $second } النص الأيسر نفسه ("{ $text }")
matching-same-right = { $label }: لـ { $first } و{ $what } النص الأيمن نفسه ("{ $text }")
tick-no-correct = { $label }: لا خيار محدد صحيحًا: اذكر الصحيحة، مثلًا correct: [0, 2]
tick-correct-twice = { $label }: correct يذكر الخيار { $option } مرتين
gap-long = { $label }: اكتب الفراغ بثلاث شرطات سفلية بالضبط ___
gap-none = { $label }: لا فراغ في النص: ضع علامته بثلاث شرطات سفلية ___
gap-many = { $label }: في النص { $gaps } فراغات ___؛ سؤال ملء الفراغ فيه فراغ واحد بالضبط
gap-no-accepted = { $label }: الفراغ لا يقبل أي إجابة: اكتب واحدة على الأقل في accepted
form-no-fields = { $label }: الاستمارة بلا حقول
points-tr-count = { $label }: ترجمة { $locale } للنقاط فيها { $texts } نصوص لـ { $points } نقاط
points-tr-empty = { $label }: ترجمة { $locale } للنقاط فيها نص فارغ
message-min-zero = { $label }: يجب أن يكون min_words ‏1 على الأقل
message-min-above-max = { $label }: min_words ({ $min }) أكبر من max_words ({ $max })
message-no-points = { $label }: اكتب في points ما تقوله الرسالة الكاملة
message-model-length = { $label }: في الإجابة النموذجية { $words } كلمة، خارج min_words–max_words ({ $min }–{ $max })

## نماذج الامتحان

layout-id-taken = نموذج { $id }: هذا المعرّف مستخدم من قبل النموذج في { $place }
layout-no-sections = { $label }: لا أقسام فيه
layout-section-twice = { $label } يظهر مرتين؛ ضع كل مواضعه في قسم واحد
layout-pass-mark = { $label }: علامة النجاح { $pass_mark } أعلى من أقصى نقاط الامتحان ({ $max })
layout-minutes = { $label } يستغرق { $minutes } دقيقة؛ يجب أن يستغرق من 1 إلى { $max } دقيقة، بدقائق كاملة (أو ثوانٍ كاملة لنماذج الاختبار)
layout-no-slots = { $label } بلا مواضع للمهام
layout-slot-empty = { $label } فيه 0 أسئلة
layout-slot-too-many = { $label } فيه { $items } سؤالًا؛ الحد الأقصى { $max }
layout-slot-no-kinds = { $label } لا يذكر أنواع أسئلة
layout-slot-writing-kind = { $label } يذكر { $kind }، لكن مهام الكتابة وحدها فيها هذا النوع
layout-slot-not-writing-kind = { $label } يذكر { $kind }، لكن مهام الكتابة لا تضم إلا أسئلة form وmessage
layout-points-too-many = { $label } يعطي { $points } نقطة؛ الحد الأقصى { $max } لكل سؤال أو مهمة
layout-writing-per-item = { $label } يُقيَّم بـ Bands(complete: …, sufficient: …)، لا بـ PerItem
layout-bands-not-writing = { $label } يُقيَّم بـ PerItem(…)، لا بـ Bands
layout-sufficient-above-complete = { $label }: sufficient ({ $sufficient }) أكبر من complete ({ $complete })
layout-fill-short = نموذج { $layout }: القسم { $section } يحتاج { $need } من المهام، في كل منها { $items } من الأسئلة، باستخدام [{ $kinds }] فقط؛ في البنوك { $have }
layout-fill-together = نموذج { $layout }: القسم { $section } يحتاج { $need } مهام مختلفة لمواضعه؛ في البنوك { $filled } فقط تناسبها معًا

## Lessons

label-lesson = الدرس { $id }
label-lesson-practice = { $lesson } / المهمة { $id }
what-example = المثال { $n }
what-item-explanation = شرح البند { $id }
lesson-id-taken = الدرس { $id }: هذا المعرّف مستخدم في الدرس في { $place }
lesson-id-empty = { $label }: المعرّف فارغ
lesson-id-characters = { $label }: المعرّف فيه حروف صغيرة وأرقام وشرطات فقط
lesson-file-name = { $label }: يجب أن يكون اسم ملف هذا الدرس { $id }.ron
lesson-examples-count = { $label }: فيه { $count } أمثلة؛ الدرس فيه من { $start } إلى { $end }
lesson-practice-id = { $label }: يجب أن يكون معرّف التمرين { $expected }
lesson-practice-writing = { $label }: تمرين الدرس استماع أو قراءة، وليس كتابة
lesson-practice-items-count = { $label }: فيه { $count } بنود؛ تمرين الدرس فيه من { $start } إلى { $end }
lesson-translations-missing = { $label }: { $what } بلا ترجمة إلى { $languages }
lesson-unknown = المهمة { $task }: لا يوجد درس { $id } (lessons/{ $id }.ron)

## الأسئلة المستوردة من Moodle (GIFT وMoodle XML)

import-format = هذا ملف { $format }، ولا يستطيع Sportello قراءته. يقرأ Sportello بنوك الأسئلة (.ron) وGIFT (.gift أو .txt) وMoodle XML (.xml): في Moodle، صدّر الأسئلة بصيغة GIFT أو Moodle XML
gift-unclosed = الإجابات التي فُتحت هنا بـ {"{"} ليس لها {"}"} للإغلاق: أضف {"}"} بعد آخر إجابة
gift-stray-close = هذا القوس {"}"} لا يغلق أي إجابات: احذفه، أو اكتب \{"}"} ليظهر كنص
gift-unclosed-title = العنوان الذي فُتح بـ :: ليس له :: للإغلاق
gift-no-answers = يجب أن تبدأ كل إجابة بين القوسين المعقوفين بـ = (صحيحة) أو ~ (خاطئة)، مثلًا {"{"}=نعم ~لا{"}"}
gift-pair-arrow = في سؤال المطابقة كل إجابة زوج يُكتب هكذا: =الأيسر -> الأيمن
xml-broken = بنية XML غير صالحة هنا ({ $detail }): صدّر الأسئلة مرة أخرى من Moodle
xml-not-moodle = ملف XML هذا ليس تصديرًا لأسئلة Moodle (ليس فيه <quiz>): في Moodle، استخدم بنك الأسئلة › تصدير › صيغة Moodle XML
import-question = السؤال { $n }
import-question-titled = السؤال { $n } ({ $title })
import-dropped = لم يُستورد { $label }: { $reason }
import-no-feedback = { $label } بلا تغذية راجعة، لذلك لا يذكر شرحه إلا الإجابة الصحيحة: أضف في التغذية الراجعة لماذا هي صحيحة
import-nothing = تعذّر تحويل أي سؤال
import-why-gaps = فيه { $gaps } من الفراغات، والمسموح فراغ واحد
import-why-no-text = لا نص فيه
import-why-no-right = لم تُحدَّد أي إجابة على أنها صحيحة
import-why-options = سؤال الاختيار من متعدد يحتاج من 2 إلى 4 إجابات، وفي هذا السؤال { $count }
import-why-pairs = سؤال المطابقة يحتاج زوجين على الأقل، وفي هذا السؤال { $count }
import-why-no-model = سؤال المقال يحتاج إجابة نموذجية (في GIFT بعد ####، وفي Moodle في المعلومات للمقيّمين)
import-why-no-points = اكتب في السؤال ما يجب أن يقوله النص في شكل قائمة، نقطة واحدة في كل سطر تبدأ بـ -
import-why-kind = أسئلة النوع { $kind } ليست جزءًا من امتحان A2
