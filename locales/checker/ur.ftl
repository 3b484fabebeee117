# جانچ کار کے پیغامات (bank-check اور اساتذہ کا صفحہ)، اردو میں۔
# RON کے فیلڈ نام، قدریں اور کوڈ ویسے ہی رہتے ہیں، الٹے نشانوں ` میں؛ شناختیں نہیں بدلتیں۔

## لیبل: پیغام کس بارے میں ہے

label-bank = بینک { $id }
label-bank-alone = بینک
label-task = کام { $id }
label-task-alone = کام
label-item = { $task } / سوال { $id }
label-layout = خاکہ { $id }
label-layout-alone = خاکہ
label-section = { $layout }: حصہ { $section }
label-slot = { $section }، جگہ { $n }

## بینک یا خاکے کے حصے

what-id = شناخت id
what-title = عنوان
what-author = مصنف { $n }
what-license = لائسنس
what-instructions = ہدایات
what-item-id = سوال کی شناخت
what-explanation = وضاحت
what-statement = بیان
what-prompt = سوال
what-text = متن
what-pair = جوڑا { $n }
what-pair-left = جوڑے { $n } کا بایاں متن
what-pair-right = جوڑے { $n } کا دایاں متن
what-extra = اضافی { $n }
what-option = انتخاب { $n }
what-accepted = قبول شدہ جواب { $n }
what-field-label = خانے { $n } کا لیبل
what-field-example = خانے { $n } کی مثال
what-field-choice = خانے { $n } کے انتخاب
what-point = نکتہ { $n }
what-model = نمونہ جواب
what-sample-sufficient = کافی نمونہ
what-sample-insufficient = ناکافی نمونہ
what-stimulus-title = مواد کا عنوان
what-stimulus-body = مواد کا متن
what-announcement = اعلان
what-turn-speaker = باری { $n } میں بولنے والا
what-turn-text = باری { $n } کا متن
what-picture = تصویر
what-audio = آڈیو فائل کا نام
what-single-choice = ایک انتخاب والا سوال
what-place = جگہ کا سوال
what-tick-info = «معلومات پر نشان لگائیں» والا سوال
what-gap = خالی جگہ

## فائل پڑھنا

file-binary = یہ بائنری فائل ہے (اس میں NUL بائٹس ہیں)، متنی فائل نہیں: بینک یا خاکہ UTF-8 میں محفوظ سادہ متن ہوتا ہے
file-not-utf8 = فائل UTF-8 متن نہیں: اسے UTF-8 انکوڈنگ چن کر دوبارہ محفوظ کریں
file-empty = فائل خالی ہے
file-not-downloaded = ڈاؤن لوڈ نہیں ہو سکی ({ $why })
in-place = { $label }: { $message }
ends-here = { $message } (فائل یہاں ختم ہوتی ہے: کیا بند کرنے والا `)` یا `]` غائب ہے؟)
typographic-quote = غیر متوقع { $quote }: متن سیدھے دوہرے واوین "…" کے بیچ لکھیں (« » اور “ ” ان کے اندر آ سکتے ہیں)
file-ends-early = فائل بہت جلد ختم ہو جاتی ہے: کیا بند کرنے والا `)` یا `]` غائب ہے؟
expected-comma = یہاں کوما `,` چاہیے: کیا اس سے پہلے کوما، یا کسی متن کا بند کرنے والا واوین، غائب ہے؟
expected-option = یہ خانہ اختیاری ہے: قدر کے گرد Some(…) لکھیں، یا None
expected-text = یہاں دوہرے واوین میں متن چاہیے، جیسے "…"
trailing-characters = بینک کے اختتام کے بعد بھی متن ہے: کیا کوئی `)` یا `]` زائد ہے؟
unknown-topic = نامعلوم موضوع `{ $found }`؛ موضوعات یہ ہیں: { $names }
unknown-section = نامعلوم حصہ `{ $found }`؛ حصے یہ ہیں: { $names }
unknown-kind = نامعلوم سوال کی قسم `{ $found }`؛ قسمیں یہ ہیں: { $names }
unknown-level = نامعلوم سطح `{ $found }`؛ سطحیں یہ ہیں: { $names }
unknown-value = { $outer } میں نامعلوم قدر `{ $found }`؛ ان میں سے ایک لکھیں: { $names }
unknown-field = { $outer } میں نامعلوم خانہ `{ $found }`؛ اس کے خانے یہ ہیں: { $names }
missing-field = { $outer } میں خانہ `{ $field }` غائب ہے
field-twice = خانہ `{ $field }` { $outer } میں دو بار لکھا ہے؛ ایک رکھیں
list-not-closed = ایک فہرست بند نہیں: `{ $next }:` سے پہلے `]` لکھیں
expected-list-end = یہاں ایک فہرست بند نہیں: کیا کوما `,` یا `]` غائب ہے؟
expected-brackets-end = یہاں قوسین میں قدر بند نہیں: کیا کوما `,` یا `)` غائب ہے؟
expected-translations-end = یہاں ترجمے بند نہیں: کیا کوما `,` یا `{ "}" }` غائب ہے؟
expected-translation-colon = زبان کے کوڈ کے بعد `:` لکھیں، جیسے `"en": "…"`
text-not-closed = ایک متن بند نہیں: کیا اس کا بند کرنے والا `"` غائب ہے؟
unexpected-char = `{ $char }` یہاں نہیں ہونا چاہیے: اسے ہٹائیں، یا کسی متن "…" کے اندر رکھیں
takes-boolean = `{ $field }:` میں `true` یا `false` لکھیں
takes-integer = `{ $field }:` میں پورا عدد لکھیں، جیسے `0` یا `2`
takes-number = `{ $field }:` میں عدد لکھیں، جیسے `10`
number-out-of-range = `{ $field }:` یہ عدد بہت بڑا ہے، یا 0 سے کم
takes-brackets = `{ $field }:` میں گول قوسین `( … )` میں قدر لکھیں
takes-list = `{ $field }:` میں مربع قوسین میں فہرست لکھیں، جیسے `[ … ]`
takes-translations = `{ $field }:` میں گھنگھریالے قوسین میں ترجمے لکھیں، جیسے `{"{"} "en": "…" {"}"}`
takes-text = `{ $field }:` میں دوہرے واوین میں متن لکھیں، جیسے "…"
ron-error = RON کی نحوی غلطی: { $detail }

## متن

empty = { $label }: { $what } خالی ہے
sentence-long = { $label }: { $what } میں { $words } الفاظ کا جملہ ہے ("{ $start } …")؛ A2 کے جملے مختصر ہوتے ہیں: زیادہ سے زیادہ { $max } الفاظ
translation-no-locale = { $label }: { $what } کے ایک ترجمے میں زبان کا کوڈ نہیں
translation-empty = { $label }: { $what } کا { $locale } ترجمہ خالی ہے
letter-label = { $label }: { $what } اپنے حرف سے شروع ہوتا ہے ("{ $letter }")؛ ایپ انتخابات ملانے کے بعد خود حروف لگاتی ہے، اس لیے حرف ہٹا دیں
direction-control = ایک متن میں سمت کا پوشیدہ نشان { $code } ہے، جس سے وہ اپنے معنی سے مختلف پڑھا جا سکتا ہے؛ اسے ہٹائیں

## بینک، کام اور سوالات

bank-language = { $label }: language کو "it" ہونا چاہیے، "{ $language }" نہیں
bank-version = { $label }: version کو 1 یا زیادہ ہونا چاہیے
bank-no-tasks = { $label }: اس میں کوئی کام نہیں
bank-same-position = { $label }: تمام { $count } ایک انتخاب والے اور جگہ والے سوالات میں صحیح جواب { $position ->
        [0] پہلا انتخاب
        [1] دوسرا انتخاب
        [2] تیسرا انتخاب
        [3] چوتھا انتخاب
       *[other] ہمیشہ ایک ہی انتخاب
    } ہے؛ اس کی جگہ بدلیں
bank-partial-translations = { $label }: کچھ متون کا { $languages } میں ترجمہ نہیں: ان زبانوں میں پڑھنے والے وہاں انگریزی، یا صرف اطالوی دیکھتے ہیں
bank-id-taken = بینک { $id }: یہ شناخت پہلے ہی { $place } والا بینک استعمال کرتا ہے
task-id-taken = کام { $id }: یہ شناخت پہلے ہی { $place } والا کام استعمال کرتا ہے
task-no-items = { $label }: اس میں کوئی سوال نہیں
item-id-twice = { $label }: اس کام کے ایک اور سوال کی شناخت پہلے ہی { $id } ہے
item-not-for-writing = { $label }: لکھنے کے کام میں صرف form یا message سوال ہو سکتے ہیں، { $kind } نہیں
item-only-for-writing = { $label }: { $kind } سوال صرف لکھنے کے کام میں ہو سکتا ہے
item-same-explanation = { $label }: وضاحت سوال { $first } والی جیسی ہے؛ ہر جواب الگ سمجھائیں
listening-silent-task = { $label }: سننے کے کام کو بولنے کے لیے الفاظ چاہییں: اس کے مواد میں نہیں (Dialogue یا Announcement استعمال کریں) اور کسی سوال کا اپنا مواد نہیں
listening-silent-item = { $label }: سننے کو کچھ نہیں: کام کے مواد میں الفاظ نہیں اور اس سوال کا اپنا مواد نہیں
listening-name-unheard = { $label }: سوال میں { $name } کا نام ہے، مگر کوئی یہ نام بلند آواز سے نہیں کہتا (آواز بولنے والے کا نام نہیں پڑھتی): اس شخص کا نام کسی باری یا ہدایات میں لیں، یا "la donna"، "l'uomo" لکھیں
stimulus-similar = کام { $id }: اس کا مواد تقریباً کام { $other } ({ $place }) والا متن ہی ہے، { $percent }% ملتا جلتا؛ نیا متن لکھیں
dialogue-no-turns = { $label }: مکالمے میں کوئی باری نہیں
task-fits-no-layout = { $label }: اس میں { $count } نمبر والے جوابات ہیں، مگر کسی خاکے میں { $section } کی اس سائز کی جگہ نہیں ({ $sizes }): یہ کبھی امتحان میں نہیں آتا
task-words-above-a2 = { $label }: A2 سے اوپر کے { $count } الفاظ ({ $words }): زیادہ سے زیادہ { $most } رکھیں

## سوالات

options-count-range = { $label }: { $what } کو 2 سے { $max } انتخابات چاہییں؛ اس میں { $count } ہیں
options-count-least = { $label }: { $what } کو کم از کم 2 انتخابات چاہییں؛ اس میں { $count } ہیں
options-same = { $label }: انتخابات { $first } اور { $second } ایک جیسے ہیں ("{ $text }")
correct-out-of-range = { $label }: correct کی قدر { $correct } ہے، مگر انتخابات کے نمبر 0 سے { $last } تک ہیں
pinned-missing = { $label }: pinned میں انتخاب { $option } ہے، جو موجود نہیں
pinned-twice = { $label }: pinned میں انتخاب { $option } دو بار ہے
matching-few-pairs = { $label }: ملانے والے سوال کو کم از کم 2 جوڑے چاہییں؛ اس میں { $count } ہیں
matching-same-left = { $label }: جوڑوں { $first } اور { $second } کا بایاں متن ایک ہے ("{ $text }")
matching-same-right = { $label }: { $first } اور { $what } کا دایاں متن ایک ہے ("{ $text }")
tick-no-correct = { $label }: کوئی انتخاب صحیح نشان زد نہیں: صحیح والے لکھیں، مثلاً correct: [0, 2]
tick-correct-twice = { $label }: correct میں انتخاب { $option } دو بار ہے
gap-long = { $label }: خالی جگہ بالکل تین زیریں لکیروں ___ سے لکھیں
gap-none = { $label }: متن میں خالی جگہ نہیں: اسے تین زیریں لکیروں ___ سے نشان زد کریں
gap-many = { $label }: متن میں { $gaps } خالی جگہیں ___ ہیں؛ خالی جگہ پُر کرنے والے سوال میں بالکل ایک ہوتی ہے
gap-no-accepted = { $label }: خالی جگہ کوئی جواب قبول نہیں کرتی: accepted میں کم از کم ایک لکھیں
form-no-fields = { $label }: فارم میں کوئی خانہ نہیں
points-tr-count = { $label }: نکات کے { $locale } ترجمے میں { $points } نکات کے لیے { $texts } متن ہیں
points-tr-empty = { $label }: نکات کے { $locale } ترجمے میں ایک متن خالی ہے
message-min-zero = { $label }: min_words کم از کم 1 ہونا چاہیے
message-min-above-max = { $label }: min_words ({ $min }) ، max_words ({ $max }) سے زیادہ ہے
message-no-points = { $label }: points میں لکھیں کہ مکمل پیغام کیا کہتا ہے
message-model-length = { $label }: نمونہ جواب میں { $words } الفاظ ہیں، min_words–max_words ({ $min }–{ $max }) سے باہر

## امتحان کے خاکے

layout-id-taken = خاکہ { $id }: یہ شناخت پہلے ہی { $place } والا خاکہ استعمال کرتا ہے
layout-no-sections = { $label }: اس میں کوئی حصہ نہیں
layout-section-twice = { $label } دو بار آتا ہے؛ اس کی تمام جگہیں ایک حصے میں رکھیں
layout-pass-mark = { $label }: کامیابی کے نمبر { $pass_mark } امتحان کے زیادہ سے زیادہ نمبروں ({ $max }) سے اوپر ہیں
layout-minutes = { $label } { $minutes } منٹ کا ہے؛ اسے 1 سے { $max } منٹ کا ہونا چاہیے، پورے منٹوں میں (یا آزمائشی خاکوں کے لیے پورے سیکنڈوں میں)
layout-no-slots = { $label } میں کاموں کی کوئی جگہ نہیں
layout-slot-empty = { $label } میں 0 سوال ہیں
layout-slot-too-many = { $label } میں { $items } سوال ہیں؛ زیادہ سے زیادہ { $max }
layout-slot-no-kinds = { $label } میں سوال کی کوئی قسم درج نہیں
layout-slot-writing-kind = { $label } میں { $kind } درج ہے، مگر یہ صرف لکھنے کے کاموں میں ہوتا ہے
layout-slot-not-writing-kind = { $label } میں { $kind } درج ہے، مگر لکھنے کے کاموں میں صرف form اور message سوال ہوتے ہیں
layout-points-too-many = { $label } { $points } نمبر دیتا ہے؛ ہر سوال یا کام کے زیادہ سے زیادہ { $max }
layout-writing-per-item = { $label } کو Bands(complete: …, sufficient: …) سے جانچا جائے، PerItem سے نہیں
layout-bands-not-writing = { $label } کو PerItem(…) سے جانچا جائے، Bands سے نہیں
layout-sufficient-above-complete = { $label }: sufficient ({ $sufficient }) ، complete ({ $complete }) سے زیادہ ہے
layout-fill-short = خاکہ { $layout }: حصہ { $section } کو { $need } کام چاہییں، ہر ایک میں { $items } سوال، صرف [{ $kinds }] کے ساتھ؛ بینکوں میں { $have } ہیں
layout-fill-together = خاکہ { $layout }: حصہ { $section } کو اپنی جگہوں کے لیے { $need } مختلف کام چاہییں؛ بینکوں میں صرف { $filled } ہیں جو ایک ساتھ فٹ ہوتے ہیں

## Lessons

label-lesson = سبق { $id }
label-lesson-practice = { $lesson } / کام { $id }
what-example = مثال { $n }
what-item-explanation = آئٹم { $id } کی وضاحت
lesson-id-taken = سبق { $id }: یہ id پہلے ہی { $place } والے سبق میں استعمال ہو چکا ہے
lesson-id-empty = { $label }: id خالی ہے
lesson-id-characters = { $label }: id میں صرف چھوٹے حروف، ہندسے اور ہائفن ہوتے ہیں
lesson-file-name = { $label }: اس سبق کی فائل کا نام { $id }.ron ہونا چاہیے
lesson-examples-count = { $label }: اس میں { $count } مثالیں ہیں؛ سبق میں { $start } سے { $end } ہوتی ہیں
lesson-practice-id = { $label }: مشق کا id { $expected } ہونا چاہیے
lesson-practice-writing = { $label }: سبق کی مشق سننا یا پڑھنا ہے، لکھنا نہیں
lesson-practice-items-count = { $label }: اس میں { $count } آئٹم ہیں؛ سبق کی مشق میں { $start } سے { $end } ہوتے ہیں
lesson-translations-missing = { $label }: { $what } کا { $languages } میں ترجمہ نہیں
lesson-unknown = کام { $task }: { $id } نام کا کوئی سبق نہیں (lessons/{ $id }.ron)

## Moodle سے درآمد کیے گئے سوالات (GIFT اور Moodle XML)

import-format = یہ { $format } فائل ہے، جسے Sportello نہیں پڑھ سکتا۔ Sportello سوالات کے بینک (.ron)، GIFT (.gift یا .txt) اور Moodle XML (.xml) پڑھتا ہے: Moodle میں سوالات GIFT یا Moodle XML فارمیٹ میں ایکسپورٹ کریں
gift-unclosed = یہاں {"{"} سے کھلنے والے جوابات کا بند کرنے والا {"}"} نہیں: آخری جواب کے بعد {"}"} لگائیں
gift-stray-close = یہ {"}"} کوئی جواب بند نہیں کرتا: اسے ہٹائیں، یا اسے متن کے طور پر دکھانے کے لیے \{"}"} لکھیں
gift-unclosed-title = :: سے کھلنے والے عنوان کا بند کرنے والا :: نہیں
gift-no-answers = قوسین میں ہر جواب = (صحیح) یا ~ (غلط) سے شروع ہونا چاہیے، مثلاً {"{"}=ہاں ~نہیں{"}"}
gift-pair-arrow = ملانے والے سوال میں ہر جواب ایک جوڑا ہے، جو یوں لکھا جاتا ہے: =بایاں -> دایاں
xml-broken = یہاں XML خراب ہے ({ $detail }): سوالات Moodle سے دوبارہ ایکسپورٹ کریں
xml-not-moodle = یہ XML فائل Moodle کے سوالات کی ایکسپورٹ نہیں (اس میں <quiz> نہیں): Moodle میں سوالات کا بینک › ایکسپورٹ › Moodle XML فارمیٹ استعمال کریں
import-question = سوال { $n }
import-question-titled = سوال { $n } ({ $title })
import-dropped = { $label } چھوڑ دیا گیا: { $reason }
import-no-feedback = { $label } میں کوئی فیڈبیک نہیں، اس لیے اس کی وضاحت صرف صحیح جواب بتاتی ہے: فیڈبیک میں لکھیں کہ یہ جواب کیوں صحیح ہے
import-nothing = کوئی سوال تبدیل نہیں ہو سکا
import-why-gaps = اس میں { $gaps } خالی جگہیں ہیں، جبکہ صرف ایک کی اجازت ہے
import-why-no-text = اس میں کوئی متن نہیں
import-why-no-right = کوئی جواب صحیح نشان زد نہیں
import-why-options = کثیر انتخابی سوال کو 2 سے 4 جوابات چاہییں، اور اس میں { $count } ہیں
import-why-pairs = ملانے والے سوال کو کم از کم 2 جوڑے چاہییں، اور اس میں { $count } ہیں
import-why-no-model = مضمون والے سوال کو نمونہ جواب چاہیے (GIFT میں #### کے بعد، Moodle میں جانچنے والوں کے لیے معلومات میں)
import-why-no-points = سوال میں فہرست کی صورت میں لکھیں کہ متن کو کیا کہنا ہے، ہر سطر پر ایک نکتہ، جو - سے شروع ہو
import-why-kind = { $kind } قسم کے سوالات A2 امتحان کا حصہ نہیں
