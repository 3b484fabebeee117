# صفحة المعلّمين: إضافة ملفات الأسئلة، وما يوجد في التطبيق، ومشاركة امتحان.
teacher-lead = أضف ملفات أسئلتك، وافحصها، وأعطِ الصفّ كلّه الامتحان نفسه.
teacher-import-title = إضافة ملف أسئلة
teacher-import-help = ملف الأسئلة (مجموعة أسئلة) أو نوع الامتحان هو ملف نصّي بامتداد ‎.ron، والأسئلة المصدَّرة من Moodle (بصيغة GIFT أو Moodle XML) تُحوَّل إلى ملف من هذا النوع. كل ملف يُفحص مثل الملفات الموجودة في التطبيق: الملف الذي فيه أخطاء لا يُضاف، ويبقى التطبيق يعمل كما كان. الملفات المستوردة تبقى في هذا المتصفّح فقط.
teacher-import-choose = اختر ملفًا (‎.ron أو GIFT أو Moodle XML)
teacher-import-drop = أو اسحب الملف إلى هذا المربّع.
teacher-import-checking = جارٍ فحص الملف…
teacher-imported = تمّت إضافة { $file }. من الآن تستخدمه الامتحانات والتمارين.
teacher-replaced = تمّت إضافة { $file } مكان الملف السابق الذي له الاسم نفسه. من الآن تستخدمه الامتحانات والتمارين.
teacher-refused = في { $file } أخطاء، ولم تتمّ إضافته. صحّح هذه الأسطر واستورده مرة أخرى:
teacher-warnings-lead = نصائح حول { $file } (يعمل، لكن يمكن تحسينه):
teacher-save-full = { $file } صحيح، لكن ذاكرة هذا المتصفّح ممتلئة، ولم تتمّ إضافته. احذف ملفًا مستوردًا لم تعد تحتاج إليه وحاول مرة أخرى.
teacher-save-unavailable = { $file } صحيح، لكن هذا المتصفّح لا يسمح للتطبيق بحفظ الملفات (التصفّح الخاص أو الإعدادات)، ولم تتمّ إضافته.
teacher-name-taken = { $file } له اسم ملف موجود في التطبيق. غيّر اسم ملفك واستورده مرة أخرى.
teacher-too-big = { $file } كبير جدًا على ملف أسئلة (أكثر من 1 MB). لم تتمّ إضافته.
teacher-unreadable = لا يمكن قراءة { $file }. لم تتمّ إضافته.
teacher-files-title = ملفات الأسئلة في التطبيق
teacher-totals = ما يمكن أن تستخدمه الامتحانات والتمارين
teacher-col-section = الجزء
teacher-col-tasks = التمارين
teacher-col-items = الأسئلة
teacher-imported-title = المستوردة في هذا المتصفّح
teacher-imported-none = لا يوجد أي ملف مستورد حتى الآن.
teacher-shipped-title = الموجودة في التطبيق
teacher-shipped-summary = عرض الملفات الموجودة في التطبيق ({ $count })
teacher-origin-shipped = من التطبيق
teacher-origin-imported = مستورد
teacher-code = الرمز: { $id }
teacher-file = الملف: { $file }
teacher-bank-counts = { $section }: { $tasks ->
        [one] تمرين واحد
        [two] تمرينان
        [few] { $tasks } تمارين
        [many] { $tasks } تمرينًا
       *[other] { $tasks } تمرين
    }، { $items ->
        [one] سؤال واحد
        [two] سؤالان
        [few] { $items } أسئلة
        [many] { $items } سؤالًا
       *[other] { $items } سؤال
    }
teacher-layout-summary = نوع الامتحان: عدد الأجزاء { $parts }، والنجاح بـ { $pass } نقطة من { $max }.
teacher-template-unused = هذا هو النموذج: الامتحانات والتمارين لا تستخدمه.
teacher-file-broken = في هذا الملف أخطاء (مذكورة في الأعلى)، ولا يُستخدم.
teacher-remove = إزالة
teacher-remove-file = إزالة { $file }
teacher-remove-confirm = هل تريد إزالة { $file } من هذا المتصفّح؟ لن تستخدمه الامتحانات والتمارين بعد الآن.
teacher-removed = تمّت إزالة { $file }.
teacher-remove-failed = لا يمكن إزالة { $file }: هذا المتصفّح لا يسمح للتطبيق بتغيير الملفات المحفوظة.
teacher-share-title = أعطِ الصفّ الامتحان نفسه
teacher-share-help = كلّ من يفتح هذا الرابط يحصل على الامتحان نفسه، بالأسئلة نفسها.
teacher-share-layout = نوع الامتحان
teacher-share-code = رمز الامتحان: { $seed }
teacher-share-new = رمز جديد
teacher-share-copy = الرابط للنسخ
teacher-share-none = لا يوجد نوع امتحان يمكن استخدامه، لذلك لا يوجد امتحان للمشاركة.
teacher-write-title = اكتب أسئلتك
teacher-write-text = اكتب تمارينك في محرّر الأسئلة: استمارة تفحص كل حقل أثناء الكتابة وتعرض كل تمرين كما سيراه المتعلّم. أو نزّل النموذج واكتب الملف بنفسك: التعليقات في النموذج تشرح كل سطر، والدليل docs/bank-format.md في الشيفرة المصدرية للتطبيق يشرح كل الباقي. ثم استورد الملف هنا.
teacher-write-template = تنزيل النموذج (TEMPLATE.ron)
teacher-write-editor = فتح محرّر الأسئلة
teacher-convert-legend = أسئلة من Moodle (بصيغة GIFT أو Moodle XML)
teacher-convert-help = تتحوّل أسئلة الاختيار من متعدّد، وصحيح أو خطأ، والمطابقة، والإجابة القصيرة، والمقال إلى تمارين: أسئلة المقال تصبح تمارين كتابة، والباقي تمارين قراءة. أمّا الأسئلة من الأنواع الأخرى فتُترك جانبًا، مع ذكر السبب.
teacher-convert-topic = موضوع التمارين
teacher-convert-items = عدد الأسئلة في كل تمرين (في الاختبار الحقيقي 5)
teacher-converted = { $from }: تمّ تحويل { $converted } من أصل { $found } من الأسئلة إلى { $file }.
teacher-convert-notes = ما تُرك جانبًا، أو ما يجب التحقّق منه:
teacher-convert-download = تنزيل { $file }
teacher-convert-failed = لا يمكن تحويل { $file }:
teacher-practise-bank = التدرّب على هذه الأسئلة
teacher-convert-edit = فتحه في محرّر الأسئلة
teacher-convert-edit-failed = تعذّر فتح الملف المحوَّل في المحرّر: ذاكرة هذا المتصفّح ممتلئة أو لا يُسمح للتطبيق باستخدامها. نزّله بدلًا من ذلك.

class-link-title = أسئلتك للصفّ كلّه
class-link-help = رابط الصفّ يحمل أسئلتك: المتعلّمون الذين يفتحونه يحصلون على الامتحان بأسئلتك على هواتفهم. لا يمرّ أي شيء عبر خادم.
class-banks = ملفاتك في الرابط
class-mix = أسئلة الامتحان
class-only = أسئلتي فقط
class-mixed = أسئلتي وأسئلة التطبيق
class-cannot-fill = أسئلتك لا تكفي لهذا الامتحان: في { $section }، التمرين { $task } يحتاج إلى تمرين عدد أسئلته { $items }. أضف تمارين، أو اختر نوع امتحان آخر، أو اخلط أسئلتك بأسئلة التطبيق.
class-none-chosen = اختر ملفًا واحدًا على الأقل من ملفاتك.
class-link-label = رابط الصفّ للإرسال
class-copy = نسخ الرابط
class-copied = تمّ نسخ الرابط.
class-preview = جرّب الامتحان كما سيراه متعلّموك
class-too-long = أسئلتك كثيرة جدًا على رابط واحد. نزّل ملف الصفّ وأرسله إلى الصفّ (مثلًا عبر WhatsApp): يفتحه المتعلّمون في صفحة «رابط الصفّ».
class-file = تنزيل ملف الصفّ

class-results-title = نتائج الصفّ
class-results-help = الصق هنا رموز النتائج التي يرسلها إليك متعلّموك (رمز في كل سطر، أو عدّة رموز معًا). تُحسب كل نتيجة هنا من جديد بناءً على أسئلتك: الرمز يحمل الإجابات، ولا يحمل الدرجة أبدًا. النتائج تبقى في هذا المتصفّح فقط، وفي نسخته الاحتياطية (صفحة التقدّم).
class-results-input = رموز النتائج
class-results-add = إضافة النتائج
class-results-col-name = المتعلّم
class-results-col-total = المجموع
class-results-no-name = (بدون اسم)
class-results-passed = ناجح
class-results-failed = غير ناجح
class-results-provisional = لم تُقيَّم الكتابة بعد
class-results-csv = تنزيل الجدول (CSV)
class-results-analysis = سؤالًا بسؤال، بدءًا بالأصعب
class-results-col-question = السؤال
class-results-col-right = الإجابات الصحيحة
class-results-col-wrong = الإجابة الخاطئة الأكثر تكرارًا
class-results-right = { $right } من { $of }
class-results-unreadable = السطر { $line }: هذا ليس رمز نتيجة، أو هو ناقص. اطلب من المتعلّم أن ينسخه مرة أخرى كاملًا.
class-results-newer = السطر { $line }: هذا الرمز صُنع بإصدار أحدث من التطبيق. أعد تحميل الصفحة.
class-results-missing-bank = السطر { $line }: هذا الرمز لأسئلة غير موجودة في هذا المتصفّح ({ $bank }). استورد ذلك الملف أولًا.
class-results-other-version = السطر { $line }: هذا الرمز للإصدار { $needed } من { $bank }، لكن في هذا المتصفّح الإصدار { $held }.
class-results-unknown-layout = السطر { $line }: هذا الرمز لنوع امتحان غير موجود في هذا المتصفّح ({ $layout }).
class-results-not-this-exam = السطر { $line }: الإجابات في هذا الرمز ليست من امتحانه (تمّ تغيير الرمز).
teacher-guide = دليل المعلّمين (بالإنجليزية): كتابة الأسئلة، ورابط الصفّ، ونتائج الصفّ، خطوة بخطوة.
