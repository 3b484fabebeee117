# اساتذہ کا صفحہ: سوالات کی فائلیں شامل کرنا، ایپ میں کیا ہے، امتحان شیئر کرنا۔
teacher-lead = اپنی سوالات کی فائلیں شامل کریں، انہیں چیک کریں اور پوری کلاس کو ایک ہی امتحان دیں۔
teacher-import-title = سوالات کی فائل شامل کریں
teacher-import-help = سوالات کی فائل (سوالات کا مجموعہ) یا امتحان کی قسم ایک ‎.ron ٹیکسٹ فائل ہوتی ہے؛ Moodle سے ایکسپورٹ کیے گئے سوالات (GIFT یا Moodle XML) ایسی ہی فائل میں تبدیل کر دیے جاتے ہیں۔ ہر فائل کو ایپ میں شامل فائلوں کی طرح چیک کیا جاتا ہے: غلطیوں والی فائل شامل نہیں کی جاتی اور ایپ پہلے کی طرح کام کرتی رہتی ہے۔ امپورٹ کی گئی فائلیں صرف اسی براؤزر میں رہتی ہیں۔
teacher-import-choose = ایک فائل منتخب کریں (‎.ron، GIFT یا Moodle XML)
teacher-import-drop = یا فائل کو کھینچ کر اس خانے میں لے آئیں۔
teacher-import-checking = فائل چیک ہو رہی ہے…
teacher-imported = { $file } شامل ہو گئی ہے۔ اب سے امتحان اور مشقیں اسے استعمال کریں گی۔
teacher-replaced = { $file } اسی نام کی پچھلی فائل کی جگہ شامل ہو گئی ہے۔ اب سے امتحان اور مشقیں اسے استعمال کریں گی۔
teacher-refused = { $file } میں غلطیاں ہیں، اس لیے اسے شامل نہیں کیا گیا۔ یہ سطریں درست کریں اور اسے دوبارہ امپورٹ کریں:
teacher-warnings-lead = { $file } کے بارے میں مشورے (یہ کام کرتی ہے، لیکن بہتر ہو سکتی ہے):
teacher-save-full = { $file } درست ہے، لیکن اس براؤزر کی میموری بھر گئی ہے، اس لیے اسے شامل نہیں کیا گیا۔ کوئی امپورٹ کی گئی فائل ہٹائیں جس کی اب ضرورت نہیں، اور دوبارہ کوشش کریں۔
teacher-save-unavailable = { $file } درست ہے، لیکن یہ براؤزر ایپ کو فائلیں محفوظ کرنے نہیں دیتا (پرائیویٹ براؤزنگ یا ترتیبات کی وجہ سے)، اس لیے اسے شامل نہیں کیا گیا۔
teacher-name-taken = { $file } کا نام ایپ میں شامل ایک فائل جیسا ہے۔ اپنی فائل کا نام بدلیں اور اسے دوبارہ امپورٹ کریں۔
teacher-too-big = { $file } سوالات کی فائل کے لیے بہت بڑی ہے (1 MB سے زیادہ)۔ اسے شامل نہیں کیا گیا۔
teacher-unreadable = { $file } پڑھی نہیں جا سکی۔ اسے شامل نہیں کیا گیا۔
teacher-files-title = ایپ میں سوالات کی فائلیں
teacher-totals = امتحان اور مشقیں کیا استعمال کر سکتی ہیں
teacher-col-section = حصہ
teacher-col-tasks = مشقیں
teacher-col-items = سوالات
teacher-imported-title = اس براؤزر میں امپورٹ کی گئی فائلیں
teacher-imported-none = ابھی تک کوئی فائل امپورٹ نہیں کی گئی۔
teacher-shipped-title = ایپ میں شامل فائلیں
teacher-shipped-summary = ایپ میں شامل { $count } فائلیں دکھائیں
teacher-origin-shipped = ایپ میں شامل
teacher-origin-imported = امپورٹ کی گئی
teacher-code = کوڈ: { $id }
teacher-file = فائل: { $file }
teacher-bank-counts = { $section }: { $tasks ->
        [one] 1 مشق
       *[other] { $tasks } مشقیں
    }، { $items ->
        [one] 1 سوال
       *[other] { $items } سوالات
    }
teacher-layout-summary = امتحان کی قسم: { $parts } حصے، پاس ہونے کے لیے { $max } میں سے { $pass } نمبر۔
teacher-template-unused = یہ نمونہ (ٹیمپلیٹ) ہے: امتحان اور مشقیں اسے استعمال نہیں کرتیں۔
teacher-file-broken = اس فائل میں غلطیاں ہیں (اوپر درج ہیں)، اس لیے یہ استعمال نہیں ہوتی۔
teacher-remove = ہٹائیں
teacher-remove-file = { $file } ہٹائیں
teacher-remove-confirm = کیا آپ { $file } کو اس براؤزر سے ہٹانا چاہتے ہیں؟ امتحان اور مشقیں اسے مزید استعمال نہیں کریں گی۔
teacher-removed = { $file } ہٹا دی گئی ہے۔
teacher-remove-failed = { $file } ہٹائی نہیں جا سکی: یہ براؤزر ایپ کو محفوظ فائلیں بدلنے نہیں دیتا۔
teacher-share-title = کلاس کو ایک ہی امتحان دیں
teacher-share-help = جو بھی یہ لنک کھولے گا اسے وہی امتحان ملے گا، انہی سوالات کے ساتھ۔
teacher-share-layout = امتحان کی قسم
teacher-share-code = امتحان کا کوڈ: { $seed }
teacher-share-new = نیا کوڈ
teacher-share-copy = کاپی کرنے کے لیے لنک
teacher-share-imported-note = آپ کے طلبہ کے پاس وہ فائلیں نہیں ہیں جو اس براؤزر میں امپورٹ کی گئی ہیں: ان کا امتحان صرف ایپ میں شامل فائلیں استعمال کرتا ہے۔
teacher-share-none = امتحان کی کوئی قسم استعمال نہیں ہو سکتی، اس لیے شیئر کرنے کے لیے کوئی امتحان نہیں۔
teacher-write-title = اپنے سوالات لکھیں
teacher-write-text = اپنی مشقیں سوالات کے ایڈیٹر میں لکھیں: یہ ایک فارم ہے جو لکھتے وقت ہر خانہ چیک کرتا ہے اور ہر مشق کو ویسے ہی دکھاتا ہے جیسے سیکھنے والا اسے دیکھے گا۔ یا نمونہ ڈاؤن لوڈ کریں اور فائل خود ہاتھ سے لکھیں: نمونے میں دیے گئے تبصرے ہر سطر سمجھاتے ہیں، اور ایپ کے سورس کوڈ میں موجود گائیڈ docs/bank-format.md باقی سب کچھ سمجھاتی ہے۔ پھر فائل یہاں امپورٹ کریں۔
teacher-write-template = نمونہ ڈاؤن لوڈ کریں (TEMPLATE.ron)
teacher-write-editor = سوالات کا ایڈیٹر کھولیں
teacher-convert-legend = Moodle سے سوالات (GIFT یا Moodle XML)
teacher-convert-help = کثیر انتخابی، درست/غلط، جوڑ ملانے، مختصر جواب اور مضمون والے سوالات مشقوں میں بدل جاتے ہیں: مضمون والے سوالات لکھنے کی مشقیں بن جاتے ہیں، باقی پڑھنے کی مشقیں۔ دوسری قسم کے سوالات چھوڑ دیے جاتے ہیں، اور اس کی وجہ بتائی جاتی ہے۔
teacher-convert-topic = مشقوں کا موضوع
teacher-convert-items = ہر مشق میں سوالات (اصل ٹیسٹ میں 5 ہوتے ہیں)
teacher-converted = { $from }: { $found } میں سے { $converted } سوالات { $file } میں تبدیل کر دیے گئے۔
teacher-convert-notes = جو چھوڑ دیا گیا، یا جسے چیک کرنا ہے:
teacher-convert-download = { $file } ڈاؤن لوڈ کریں
teacher-convert-failed = { $file } تبدیل نہیں کی جا سکی:
teacher-practise-bank = ان سوالات کی مشق کریں
teacher-convert-edit = اسے سوالات کے ایڈیٹر میں کھولیں
teacher-convert-edit-failed = تبدیل شدہ فائل ایڈیٹر میں نہیں کھل سکی: اس براؤزر کی میموری بھر گئی ہے یا اسے استعمال کرنے کی اجازت نہیں۔ اس کے بجائے فائل ڈاؤن لوڈ کر لیں۔
