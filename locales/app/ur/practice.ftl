# وقت کی پابندی کے بغیر مشقیں اور غلطیوں کی دہرائی۔
practice-intro = وقت کی پابندی کے بغیر مشق کریں: حصہ، موضوع اور سوال کی قسم منتخب کریں۔ ہر جواب کے بعد ”چیک کریں“ دبائیں: آپ دیکھیں گے کہ جواب درست ہے یا نہیں، اور کیوں۔
practice-section-legend = ٹیسٹ کا حصہ
practice-all-sections = تمام حصے
practice-topic-label = موضوع
practice-all-topics = تمام موضوعات
practice-kind-label = سوال کی قسم
practice-all-kinds = تمام اقسام
practice-available = { $count ->
    [0] اس انتخاب کے ساتھ کوئی مشق نہیں۔ کوئی اور انتخاب آزمائیں۔
    [one] اس انتخاب کے ساتھ 1 مشق ہے۔
   *[other] اس انتخاب کے ساتھ { $count } مشقیں ہیں۔
}
practice-start = شروع کریں
practice-check = چیک کریں
practice-next = اگلی مشق
practice-stop = مشقیں بدلیں
practice-none = اس انتخاب کے ساتھ کوئی مشق نہیں ہے۔
practice-slower = آہستہ آواز
practice-save-failed = دہرائی محفوظ نہیں ہو سکی: براؤزر کی میموری بھر گئی ہے یا بند ہے۔
practice-topic-casa = گھر
practice-topic-famiglia = خاندان
practice-topic-lavoro = کام
practice-topic-salute = صحت
practice-topic-scuola = اسکول
practice-topic-trasporti = آمد و رفت
practice-topic-acquisti = خریداری
practice-topic-uffici-pubblici = سرکاری دفاتر
practice-topic-tempo-libero = فارغ وقت
practice-topic-citta-servizi = شہر اور سہولیات
practice-kind-single-choice = کثیر انتخابی
practice-kind-true-false = درست یا غلط
practice-kind-matching = جوڑ ملائیں
practice-kind-place = ہم کہاں ہیں؟
practice-kind-tick-info = متن میں معلومات
practice-kind-gap-fill = غائب لفظ
practice-kind-form = فارم
practice-kind-message = پیغام
review-queue-title = دہرائی
review-queue-due = { $count ->
    [0] دہرائی: ابھی دہرانے کے لیے کوئی سوال نہیں۔
    [one] دہرائی: 1 سوال دہرانا ہے۔
   *[other] دہرائی: { $count } سوال دہرانے ہیں۔
}
review-queue-waiting = { $count ->
    [one] 1 سوال بعد میں واپس آئے گا۔
   *[other] { $count } سوال بعد میں واپس آئیں گے۔
}
review-queue-start = دہرائیں
review-queue-help = جس سوال کا جواب غلط ہو، یہاں یا کسی مشقی امتحان میں، وہ دہرائی میں واپس آتا ہے۔ اگر آپ درست جواب دیں تو وہ 1 دن بعد واپس آتا ہے، پھر 6 دن بعد، اور پھر ہر بار زیادہ دیر بعد۔ اگر آپ غلط جواب دیں تو وہ 10 منٹ بعد واپس آتا ہے۔
review-queue-next = اگلا سوال
review-queue-done = آپ نے فی الحال تمام سوالات دہرا لیے ہیں۔ شاباش!
practice-bank-only = صرف اس مجموعے کے سوالات:
practice-bank-all = تمام سوالات کی مشق کریں
practice-sets-title = آپ کے استاد کی طرف سے سوالات
practice-set-practise = ان سوالات کی مشق کریں
practice-set-remove = ہٹائیں
practice-set-remove-named = { $title } کو اس فون سے ہٹائیں
practice-set-remove-ask = کیا آپ { $title } کو اس فون سے ہٹانا چاہتے ہیں؟ آپ کے نتائج اور آپ کی دہرائی باقی رہیں گے۔ یہ سوالات دوبارہ حاصل کرنے کے لیے اپنے استاد کا لنک دوبارہ کھولیں۔
practice-set-removed = { $title } کو اس فون سے ہٹا دیا گیا ہے۔
practice-set-remove-failed = { $title } کو ہٹایا نہیں جا سکا: براؤزر ڈیٹا محفوظ کرنے نہیں دیتا۔
