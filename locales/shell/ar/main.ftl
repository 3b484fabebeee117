# Sportello — الواجهة باللغة العربية.
app-name = Sportello
app-tagline = محاكاة لاختبار اللغة الإيطالية A2 من أجل تصريح الإقامة الأوروبي طويل الأمد
skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = الرئيسية
nav-exam = الامتحان
nav-practice = التمارين
nav-progress = التقدّم
nav-teacher = المعلّمون
nav-settings = الإعدادات
nav-about = معلومات
language-label = اللغة
language-choose-title = اختر لغتك
language-choose-help = ستكون التعليمات والمساعدة بهذه اللغة. يبقى الاختبار باللغة الإيطالية، مثل الامتحان الحقيقي. يمكنك تغيير اللغة متى شئت من الإعدادات.
language-continue = متابعة
language-downloading = جارٍ تنزيل اللغة { $language }…
language-not-downloaded = تعذّر تنزيل اللغة { $language }. اتصل بالإنترنت واختر اللغة مرة أخرى.
home-title = استعدّ لاختبار اللغة الإيطالية A2
home-intro = للاختبار ثلاثة أجزاء: الاستماع والقراءة والكتابة. مدّته 60 دقيقة. للنجاح فيه تحتاج إلى 80 نقطة على الأقل من 100.
home-exam-cta = ابدأ امتحانًا تجريبيًا
home-practice-cta = تدرّب بدون وقت محدّد
home-privacy = بياناتك تبقى على هاتفك. لا حاجة إلى التسجيل، ولا أحد يراقبك.
exam-title = امتحان تجريبي
practice-title = التمارين
progress-title = تقدّمك
teacher-title = للمعلّمين
settings-title = الإعدادات
settings-rate-legend = سرعة الصوت في تمارين الاستماع
settings-rate-slow = بطيئة
settings-rate-calm = بطيئة قليلًا (موصى بها)
settings-rate-normal = عادية
settings-rate-help = في الامتحان الحقيقي تكون التسجيلات بسرعة عادية. قبل الاختبار، تدرّب أيضًا على السرعة العادية.
settings-not-saved = تعذّر حفظ هذا الاختيار على هذا الجهاز: يسري خلال هذه الزيارة فقط.
about-title = معلومات
about-text = تطبيق Sportello محاكاة حرّة ومجانية لاختبار اللغة الإيطالية A2 من أجل تصريح الإقامة الأوروبي طويل الأمد (permesso di soggiorno UE per soggiornanti di lungo periodo). يعمل في متصفّح هاتفك أو حاسوبك.
about-test = الاختبار الحقيقي: الاستماع (تمرينان، 25 دقيقة، 30 نقطة)، القراءة (تمرينان، 25 دقيقة، 35 نقطة)، الكتابة (تمرين واحد، 10 دقائق، 35 نقطة). تنجح إذا حصلت على 80 نقطة من 100. إذا لم تنجح، يمكنك المحاولة مرة أخرى بعد 90 يومًا.
about-privacy = لا تخرج أي بيانات من جهازك.
guide-link = كيف يجري الاختبار الحقيقي
loading-app = جارٍ فتح الصفحة…
not-found-title = الصفحة غير موجودة
not-found-text = هذه الصفحة غير موجودة.
not-found-home = العودة إلى الصفحة الرئيسية

# Settings: link to the Italian voice check (/settings/voice, in the full app).
settings-voice-check-link = تحقّق من الصوت الإيطالي

# The banner when a new version of the app is ready (service worker update).
update-ready = أصبح إصدار جديد من Sportello جاهزًا. يبقى كل شيء محفوظًا: إجاباتك وتقدّمك.
update-reload = أعد التحميل الآن

# Settings: keeping the app on the phone for use with no connection (service worker).
settings-offline-title = الاستخدام بدون إنترنت
settings-offline-link = المساحة على هذا الهاتف والاستخدام دون إنترنت

# The first visit's notice: what is kept on the phone for use with no connection, how much
# (offline-space, followed by the megabytes: "9.4 MB"), and where to change it (/settings/offline).
offline-first-all = جارٍ حفظ تطبيق Sportello على هذا الهاتف، ليعمل بدون إنترنت.
offline-first-used = أنت تستخدم بيانات الجوّال أو وضع توفير البيانات: يحفظ تطبيق Sportello على هذا الهاتف الصفحات والأسئلة التي تفتحها فقط، لتعمل بدون إنترنت.
offline-space = المساحة المستخدمة على هذا الهاتف:
offline-change = غيّر ما يُحفَظ
offline-ok = حسنًا
