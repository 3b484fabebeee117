# تمارين بدون وقت محدّد، ومراجعة الأخطاء.
practice-intro = تدرّب بدون وقت محدّد: اختر الجزء والموضوع ونوع السؤال. بعد كل إجابة اضغط «تحقّق»: سترى هل هي صحيحة ولماذا.
practice-section-legend = جزء الاختبار
practice-all-sections = كل الأجزاء
practice-topic-label = الموضوع
practice-all-topics = كل المواضيع
practice-kind-label = نوع السؤال
practice-all-kinds = كل الأنواع
practice-available = { $count ->
    [0] لا يوجد أي تمرين بهذا الاختيار. جرّب اختيارًا آخر.
    [one] تمرين واحد بهذا الاختيار.
    [two] تمرينان بهذا الاختيار.
    [few] { $count } تمارين بهذا الاختيار.
    [many] { $count } تمرينًا بهذا الاختيار.
   *[other] { $count } تمرين بهذا الاختيار.
}
practice-start = ابدأ
practice-check = تحقّق
practice-next = التمرين التالي
practice-stop = تغيير التمارين
practice-none = لا توجد تمارين بهذا الاختيار.
practice-slower = صوت أبطأ
practice-save-failed = لا يمكن حفظ المراجعة: ذاكرة المتصفّح ممتلئة أو مقفلة.
practice-topic-casa = البيت
practice-topic-famiglia = العائلة
practice-topic-lavoro = العمل
practice-topic-salute = الصحة
practice-topic-scuola = المدرسة
practice-topic-trasporti = المواصلات
practice-topic-acquisti = التسوّق
practice-topic-uffici-pubblici = المكاتب الحكومية
practice-topic-tempo-libero = وقت الفراغ
practice-topic-citta-servizi = المدينة والخدمات
practice-kind-single-choice = اختيار من متعدّد
practice-kind-true-false = صحيح أو خطأ
practice-kind-matching = المطابقة
practice-kind-place = أين نحن؟
practice-kind-tick-info = معلومات في النص
practice-kind-gap-fill = الكلمة الناقصة
practice-kind-form = استمارة
practice-kind-message = رسالة
review-queue-title = المراجعة
review-queue-due = { $count ->
    [0] المراجعة: لا توجد أسئلة للمراجعة الآن.
    [one] المراجعة: سؤال واحد للمراجعة.
    [two] المراجعة: سؤالان للمراجعة.
    [few] المراجعة: { $count } أسئلة للمراجعة.
    [many] المراجعة: { $count } سؤالًا للمراجعة.
   *[other] المراجعة: { $count } سؤال للمراجعة.
}
review-queue-waiting = { $count ->
    [one] سيعود سؤال واحد لاحقًا.
    [two] سيعود سؤالان لاحقًا.
    [few] ستعود { $count } أسئلة لاحقًا.
    [many] سيعود { $count } سؤالًا لاحقًا.
   *[other] سيعود { $count } سؤال لاحقًا.
}
review-queue-start = راجِع
review-queue-help = كل سؤال تخطئ فيه، هنا أو في امتحان تجريبي، يعود إلى المراجعة. إذا أجبت إجابة صحيحة، يعود بعد يوم واحد، ثم بعد 6 أيام، ثم بعد مدة أطول فأطول. إذا أخطأت، يعود بعد 10 دقائق.
review-queue-next = السؤال التالي
review-queue-done = راجعت كل الأسئلة في الوقت الحالي. أحسنت!
practice-bank-only = فقط الأسئلة من:
practice-bank-all = تدرّب على كل الأسئلة
practice-sets-title = أسئلة من معلّمك
practice-set-practise = تدرّب على هذه الأسئلة
practice-set-remove = إزالة
practice-set-remove-named = إزالة { $title } من هذا الهاتف
practice-set-remove-ask = هل تريد إزالة { $title } من هذا الهاتف؟ تبقى نتائجك ومراجعتك. لتحصل على هذه الأسئلة مرة أخرى، افتح رابط معلّمك مرة أخرى.
practice-set-removed = تمّت إزالة { $title } من هذا الهاتف.
practice-set-remove-failed = لا يمكن إزالة { $title }: المتصفّح لا يسمح بالحفظ.
