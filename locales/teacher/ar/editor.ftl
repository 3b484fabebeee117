# محرّر الأسئلة (/teacher/editor): كتابة مجموعة أسئلة في استمارة.
editor-title = محرّر الأسئلة
editor-lead = اكتب ملف أسئلة في استمارة، من دون كتابة شيفرة. كل تغيير يُفحص فورًا ويُحفظ في هذا المتصفّح؛ وعندما لا تبقى أخطاء، نزّل الملف وأضفه في صفحة المعلّمين.
editor-back = → العودة إلى صفحة المعلّمين
editor-saved = تمّ حفظ المسودّة في هذا المتصفّح.
editor-save-full = تعذّر حفظ المسودّة: ذاكرة هذا المتصفّح ممتلئة. نزّل الملف الآن حتى لا تفقد عملك.
editor-save-unavailable = تعذّر حفظ المسودّة: هذا المتصفّح لا يسمح للتطبيق بالحفظ (التصفّح الخاص أو الإعدادات). نزّل الملف قبل أن تغلق الصفحة.
editor-ready = لا توجد أخطاء: الملف جاهز. { $advice ->
    [0] لا توجد نصائح.
    [one] هناك نصيحة واحدة.
    [two] هناك نصيحتان.
    [few] هناك { $advice } نصائح.
    [many] هناك { $advice } نصيحة.
   *[other] هناك { $advice } نصيحة.
}
editor-not-ready = يجب تصحيح { $errors ->
    [one] خطأ واحد
    [two] خطأين
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
} قبل أن يصبح الملف صالحًا للاستخدام؛ { $advice ->
    [0] ولا توجد نصائح.
    [one] وهناك نصيحة واحدة.
    [two] وهناك نصيحتان.
    [few] وهناك { $advice } نصائح.
    [many] وهناك { $advice } نصيحة.
   *[other] وهناك { $advice } نصيحة.
}
editor-all-problems = عرض كل الأخطاء والنصائح
editor-error = خطأ:
editor-advice = نصيحة:
editor-download = تنزيل { $file }
editor-new = بدء ملف جديد
editor-previous = مسودّتك السابقة «{ $title }» محفوظة.
editor-bring-back = استرجاعها
editor-open = فتح ملف موجود
editor-open-help = افتح ملف أسئلة لتعدّله: ملف .ron على هذا الجهاز (ملفات GIFT و Moodle XML تُحوَّل أولًا)، أو أحد ملفات التطبيق. تبقى مسودّتك محفوظة بوصفها المسودّة السابقة.
editor-open-file = ملف على هذا الجهاز
editor-open-app = ملف من ملفات التطبيق
editor-open-app-button = فتح
editor-open-failed = تعذّر فتح هذا الملف:
editor-bank-legend = الملف
editor-bank-title = العنوان (بالإيطالية)
editor-bank-id = رمز الملف (حروف وأرقام وشَرطات)
editor-bank-authors = المؤلّفون (افصل بين الأسماء بفواصل)
editor-bank-license = الرخصة
editor-bank-level = المستوى
editor-bank-version = الإصدار (زِد الرقم عندما تغيّر الملف)
editor-add-label = إضافة تمرين
editor-add-listening = إضافة تمرين استماع
editor-add-reading = إضافة تمرين قراءة
editor-add-writing = إضافة تمرين كتابة
editor-task-heading = التمرين { $n }
editor-task-up = نقل إلى الأعلى
editor-task-down = نقل إلى الأسفل
editor-task-remove = إزالة هذا التمرين
editor-task-section = جزء الاختبار
editor-task-topic = الموضوع
editor-task-id = رمز التمرين
editor-task-instructions = التعليمات (بالإيطالية، كما في الاختبار)
editor-task-instructions-tr = التعليمات
editor-translations = الترجمات ({ $count } من { $total })
editor-translations-help = يرى المتعلّم الترجمة بلغته تحت النص الإيطالي. اترك الحقل فارغًا إذا لم تستطع الترجمة.
editor-stimulus = ما يقرؤه المتعلّم أو يسمعه
editor-listening-help = في تمرين الاستماع يقرأ التطبيق النص بصوت إيطالي، مرّتين في الامتحان.
editor-content-kind = نوع النص
editor-content-text = نص مكتوب
editor-content-dialogue = حوار
editor-content-announcement = إعلان (صوت واحد)
editor-content-none = لا شيء (الأسئلة تقول كل شيء)
editor-content-none-help = لا يوجد نص: السؤال يقول كل ما يحتاج إليه المتعلّم.
editor-text-title = عنوان النص (اختياري)
editor-text-body = النص
editor-announcement-body = ما يقوله الصوت
editor-voice = الصوت
editor-voice-female = امرأة
editor-voice-male = رجل
editor-turn = السطر { $n }
editor-turn-speaker = مَن يتكلّم
editor-turn-text = ما يقوله
editor-turn-add = إضافة سطر
editor-turn-remove = إزالة هذا السطر
editor-picture = الصورة: رمز تعبيري (إيموجي) واحد أو اثنان (اختياري)
editor-picture-svg = الصورة: الملف { $file }.
editor-audio = التسجيل: اسم الملف في مجلّد question-banks (اختياري)
editor-audio-help = من دون تسجيل، يقرأ التطبيق النص بصوت إيطالي. يجب نسخ التسجيل إلى مجلّد question-banks الخاص بالتطبيق على خادم الموقع.
editor-item-heading = السؤال { $n }
editor-item-kind = نوع السؤال
editor-item-id = رمز السؤال
editor-item-own-stimulus = لهذا السؤال نصّ قصير أو تسجيل خاص به
editor-item-remove = إزالة هذا السؤال
editor-item-new-kind = نوع السؤال الجديد
editor-item-add = إضافة سؤال
editor-prompt = السؤال (بالإيطالية)
editor-place-prompt = السؤال (اختياري: المعتاد هو “Dove sono queste persone?”)
editor-options = الخيارات: ضع علامة على الخيار الصحيح
editor-places = الأماكن: ضع علامة على المكان الصحيح
editor-options-tick = المعلومات: ضع علامة على كل معلومة موجودة في النص
editor-list-entry = { $n }.
editor-list-remove = إزالة { $n }
editor-list-add = إضافة عنصر
editor-right-answer = { $n } صحيح
editor-statement = الجملة (بالإيطالية)
editor-statement-is = هذه الجملة
editor-true = صحيحة
editor-false = خاطئة
editor-pairs = الأزواج المتطابقة
editor-pairs-help = اكتب كل نص مع النص الذي يطابقه؛ في الامتحان يُخلط ترتيب النصوص المطابِقة.
editor-pair-left = النص { $n }
editor-pair-right = ما يطابق النص { $n }
editor-pair-add = إضافة زوج
editor-pair-remove = إزالة الزوج { $n }
editor-extra = نصوص مطابِقة إضافية لا تطابق أيّ نص (اختياري)
editor-gap-text = جملة فيها فراغ مكتوب هكذا ___ (ثلاث شَرطات سفلية)
editor-gap-mode = المتعلّم
editor-gap-typed = يكتب الكلمة
editor-gap-choice = يختار من بين خيارات
editor-accepted = الإجابات المقبولة (لا فرق بين الحروف الكبيرة والصغيرة، ولا تُحتسب علامات النبر)
editor-form-field = الحقل { $n } في الاستمارة
editor-form-label = اسم الحقل (مثلًا Cognome)
editor-form-kind = ما يطلبه الحقل
editor-form-text = نص
editor-form-date = تاريخ
editor-form-number = رقم
editor-form-phone = رقم الهاتف
editor-form-email = البريد الإلكتروني
editor-form-choice = اختيار من قائمة
editor-form-choices = الخيارات (افصل بينها بفواصل)
editor-form-required = إلزامي
editor-form-example = مثال على إجابة جيدة (اختياري)
editor-form-add = إضافة حقل
editor-form-remove = إزالة الحقل { $n }
editor-min-words = أقل عدد من الكلمات
editor-max-words = أكبر عدد من الكلمات
editor-points = ما تقوله الإجابة الكاملة (فكرة واحدة في كل سطر)
editor-model = نموذج إجابة
editor-sample-sufficient = إجابة كافية بالكاد (اختياري)
editor-sample-insufficient = إجابة لا تحصل على أي نقطة (اختياري)
editor-explanation = لماذا الإجابة الصحيحة صحيحة (بإيطالية بسيطة)
editor-explanation-tr = الشرح
editor-preview = شاهِده كما يراه المتعلّم
editor-use = استخدامه في هذا المتصفّح
editor-use-help = «استخدامه في هذا المتصفّح» يفحص الملف ويضيفه إلى التطبيق هنا، كما يفعل الاستيراد في صفحة المعلّمين: يمكنك فورًا أن تتدرّب عليه وأن تستخدمه في الامتحانات. بعد أي تغيير، كرّر ذلك ليحلّ الملف الجديد محلّ القديم.
editor-practise = التدرّب على هذه الأسئلة
