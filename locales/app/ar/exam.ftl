# الامتحان والتمارين والمراجعة.
loading-banks = جارٍ تحميل الأسئلة…
save-failed = لا يمكن الحفظ: ذاكرة المتصفّح ممتلئة. إجاباتك باقية في هذه الصفحة: لا تغلقها. سنحاول الحفظ مرة أخرى مع كل إجابة.
bank-errors-lead = بعض ملفات الأسئلة فيها أخطاء ولا تُستخدم:
cancel = إلغاء
section-listening = الاستماع
section-reading = القراءة
section-writing = الكتابة
exam-intro-lead = هذا تدريب مثل الاختبار الحقيقي: ثلاثة أجزاء، ولكل جزء وقته. الأسئلة باللغة الإيطالية، كما في الامتحان.
exam-shared = هذا هو الامتحان الذي شاركه معلّمك (الرمز { $seed }).
exam-share-bad-code = رمز هذا الرابط غير صالح ({ $code }). اطلب الرابط من معلّمك مرة أخرى، أو ابدأ امتحانًا تدريبيًا جديدًا في الأسفل.
exam-share-unknown-layout = هذا الرابط يطلب نوع امتحان لا يعرفه التطبيق ({ $layout }). اطلب الرابط من معلّمك مرة أخرى، أو ابدأ امتحانًا تدريبيًا جديدًا في الأسفل.
exam-layout-label = نوع الامتحان
exam-rules-title = كيف يعمل
exam-col-section = الجزء
exam-col-time = الوقت
exam-col-points = النقاط
exam-minutes = { $minutes } دقيقة
exam-rule-sections = تؤدّي الأجزاء جزءًا بعد جزء، وعددها { $count }. لكل جزء وقته.
exam-rule-pass = للنجاح في الاختبار تحتاج إلى { $pass } نقطة على الأقل من { $max }.
exam-rule-twice = يمكنك الاستماع إلى كل تسجيل مرتين.
exam-rule-timeout = عندما ينتهي الوقت، يُغلق الجزء ويُفتح الجزء التالي. في النهاية يُسلَّم الامتحان تلقائيًا.
exam-rule-no-back = لا يمكنك العودة إلى جزء أُغلق.
exam-rule-saved = تُحفظ الإجابات فورًا. إذا أغلقت الصفحة، تتابع بالوقت المتبقّي.
exam-cannot-generate = لا توجد أسئلة كافية لإعداد هذا الامتحان.
exam-start = بدء الامتحان
exam-part = الجزء { $n } من { $count }
exam-time-left = الوقت المتبقّي
exam-five-minutes = بقيت 5 دقائق على نهاية هذا الجزء.
exam-one-minute = بقيت دقيقة واحدة على نهاية هذا الجزء.
exam-submit = تسليم الامتحان
exam-next-section = الانتقال إلى الجزء التالي
exam-confirm-next = { $count ->
    [0] أجبت عن كل الأسئلة. هل تريد الانتقال إلى الجزء التالي؟ لن تستطيع العودة.
    [one] بقي سؤال واحد بلا إجابة. هل تريد الانتقال إلى الجزء التالي؟ لن تستطيع العودة.
    [two] بقي سؤالان بلا إجابة. هل تريد الانتقال إلى الجزء التالي؟ لن تستطيع العودة.
    [few] بقيت { $count } أسئلة بلا إجابة. هل تريد الانتقال إلى الجزء التالي؟ لن تستطيع العودة.
    [many] بقي { $count } سؤالًا بلا إجابة. هل تريد الانتقال إلى الجزء التالي؟ لن تستطيع العودة.
   *[other] بقي { $count } سؤال بلا إجابة. هل تريد الانتقال إلى الجزء التالي؟ لن تستطيع العودة.
}
exam-confirm-submit = { $count ->
    [0] أجبت عن كل الأسئلة. هل تريد تسليم الامتحان؟
    [one] بقي سؤال واحد بلا إجابة. هل تريد تسليم الامتحان؟
    [two] بقي سؤالان بلا إجابة. هل تريد تسليم الامتحان؟
    [few] بقيت { $count } أسئلة بلا إجابة. هل تريد تسليم الامتحان؟
    [many] بقي { $count } سؤالًا بلا إجابة. هل تريد تسليم الامتحان؟
   *[other] بقي { $count } سؤال بلا إجابة. هل تريد تسليم الامتحان؟
}
exam-task = التمرين { $n }
transcript = نص التسجيل
play-listen = ▶ استمع
play-stop = ■ إيقاف
plays-left = { $count ->
    [0] لم تبقَ أي مرة للاستماع
    [one] بقيت مرة واحدة للاستماع
    [two] بقيت مرتان للاستماع
    [few] بقيت { $count } مرات للاستماع
    [many] بقيت { $count } مرة للاستماع
   *[other] بقيت { $count } مرة للاستماع
}
no-italian-voice = لا يوجد صوت إيطالي في جهازك. اقرأ النص: في النتيجة سيُسجَّل هذا الجزء على أنه مقروء، لا مسموع.
item-gap-label = الكلمة الناقصة
form-required = إلزامي.
form-missing = حقل إلزامي.
form-not-a-date = اكتب التاريخ هكذا: اليوم/الشهر/السنة (gg/mm/aaaa).
form-not-a-number = اكتب أرقامًا فقط.
form-not-a-phone = رقم الهاتف غير صحيح.
form-not-an-email = عنوان البريد الإلكتروني غير صحيح.
form-not-an-option = اختر أحد الخيارات.
message-words = عدد الكلمات: { $count } (من { $min } إلى { $max }).
message-too-short = قصير جدًا.
message-too-long = طويل جدًا.
message-length-ok = الطول مناسب.
review-why = السبب:
review-right = صحيح
review-wrong = خطأ
review-partly = الإجابات الصحيحة: { $right } من { $count }
review-your-answer = إجابتك:
review-no-answer = لا توجد إجابة
review-right-answer = الإجابة الصحيحة:
results-title = النتيجة
results-passed = ناجح
results-failed = غير ناجح
results-pass-mark = للنجاح في الاختبار تحتاج إلى { $pass } نقطة من { $max }.
results-writing-ungraded = الكتابة ليس لها درجة بعد. اقرأ النموذج في الأسفل وضع درجة لنصّك: يتغيّر المجموع تلقائيًا.
results-section-points = { $points } من { $max } نقطة
results-ungraded = بدون درجة
results-read-not-heard = مقروء، غير مسموع
results-review-title = مراجعة الإجابات
results-new-exam = امتحان تجريبي جديد
writing-model = نموذج إجابة:
writing-checklist = الإجابة الكاملة تحتوي على:
writing-grade-legend = درجتك لهذا النص
writing-grade-complete = كاملة وصحيحة: فيها كل ما يطلبه التمرين
writing-grade-sufficient = مقبولة: مفهومة، لكن ينقصها شيء أو فيها أخطاء
writing-grade-insufficient = غير كافية: ينقصها كل شيء تقريبًا أو غير مفهومة
translation-fallback = (بالإنجليزية: لا توجد ترجمة بلغتك.)
voice-check-title = اختبار الصوت
voice-check-lead = قبل أن تبدأ، تأكّد أن هاتفك يستطيع قراءة الإيطالية بصوت عالٍ. هذا لا يُحسب استماعًا في الامتحان.
voice-check-play = استمع إلى جملة تجريبية
voice-check-question = هل سمعت صوتًا يتكلّم الإيطالية؟
voice-check-yes = نعم، سمعته
voice-check-no = لا، لم أسمع شيئًا
voice-check-ok = جيد: ستسمع التسجيلات في الامتحان.
voice-check-none = لا يوجد صوت إيطالي على هذا الجهاز، أو لا يُسمع. يمكنك تثبيته هكذا:
voice-check-android = أندرويد: الإعدادات ← النظام ← اللغات ← تحويل النص إلى كلام. اختر «خدمات الكلام من Google» ثم ثبّت اللغة الإيطالية.
voice-check-iphone = آيفون: الإعدادات ← تسهيلات الاستخدام ← المحتوى المنطوق ← الأصوات ← الإيطالية.
voice-check-windows = ويندوز: الإعدادات ← الوقت واللغة ← الكلام ← إضافة أصوات ← الإيطالية.
voice-check-computer = حاسوب مع Chrome: ثبّت صوتًا إيطاليًا في النظام، ثم أغلق Chrome وافتحه من جديد. تحقّق من مستوى الصوت أيضًا.
voice-check-continue = يمكنك أن تقدّم الامتحان رغم ذلك: ستظهر التسجيلات نصًا للقراءة.
