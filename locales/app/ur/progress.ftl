# پیش رفت، بیک اپ، محفوظ ڈیٹا۔
progress-empty = آپ نے ابھی تک کوئی مشقی امتحان نہیں دیا۔ یہاں آپ اپنے نتائج، ہر حصے کے نمبر اور یہ دیکھیں گے کہ آپ کتنے تیار ہیں۔
progress-take-exam = مشقی امتحان دیں
progress-back = آپ کے تمام مشقی امتحان
progress-save-failed = محفوظ نہیں ہو سکا: براؤزر کی میموری بھر گئی ہے۔ بیک اپ ڈاؤن لوڈ کریں اور جگہ خالی کرنے کے لیے پرانا ڈیٹا مٹا دیں۔
progress-review-title = مشقی امتحان کا جائزہ
progress-details-gone = اس مشقی امتحان کی تفصیلات اب موجود نہیں: ایپ صرف آخری 20 مشقی امتحان پوری طرح محفوظ رکھتی ہے۔
progress-history-title = آپ کے مشقی امتحان
progress-history-count = { $count ->
    [one] آپ نے 1 مشقی امتحان دیا ہے۔
   *[other] آپ نے { $count } مشقی امتحان دیے ہیں۔
}
progress-show-more = { $count ->
    [one] 1 اور مشقی امتحان دکھائیں
   *[other] { $count } اور مشقی امتحان دکھائیں
}
progress-passed = پاس
progress-failed = پاس نہیں
progress-open-review = جائزہ دیکھیں
progress-score = { $max } میں سے { $points } نمبر
progress-time-used = وقت { $time }
progress-ready-need-more = { $count ->
    [one] یہ جاننے کے لیے کہ آپ کتنے تیار ہیں، 1 اور مشقی امتحان دیں۔
   *[other] یہ جاننے کے لیے کہ آپ کتنے تیار ہیں، { $count } اور مشقی امتحان دیں۔
}
progress-ready-yes = آپ ٹیسٹ دے سکتے ہیں: آپ کے آخری 3 مشقی امتحانوں میں ہر بار پاس ہونے کے کم از کم نمبر آئے ہیں۔
progress-ready-almost = آپ تقریباً تیار ہیں: آخری 3 مشقی امتحانوں میں، اوسطاً، ٹیسٹ پاس کرنے کے لیے آپ کے زیادہ سے زیادہ 5 نمبر کم ہیں۔
progress-ready-keep = مشق جاری رکھیں: آخری 3 مشقی امتحانوں میں، اوسطاً، ٹیسٹ پاس کرنے کے لیے آپ کے 5 سے زیادہ نمبر کم ہیں۔
progress-streak-none = آج اور کل آپ نے کوئی مشقی امتحان نہیں دیا۔
progress-streak = { $count ->
    [one] لگاتار 1 دن، ہر دن کم از کم ایک مشقی امتحان۔
   *[other] لگاتار { $count } دن، ہر دن کم از کم ایک مشقی امتحان۔
}
progress-chart-title = وقت کے ساتھ آپ کے نمبر
progress-chart-label = { $count ->
    [one] آخری مشقی امتحان کے نمبروں کا گراف
   *[other] آخری { $count } مشقی امتحانوں کے نمبروں کا گراف
}
progress-chart-score = آپ کے نمبر
progress-chart-pass = ٹیسٹ پاس کرنے کے لیے کم از کم نمبر
progress-chart-table = گراف کا ڈیٹا جدول میں دکھائیں
progress-col-date = تاریخ
progress-col-score = نمبر
progress-col-pass = کم از کم
progress-col-result = نتیجہ
progress-accuracy-title = حصے اور موضوع کے لحاظ سے درست جوابات
progress-accuracy-lead = { $count ->
    [one] آخری مشقی امتحان سے، جو پوری طرح محفوظ ہے۔ تحریر شمار نہیں کی گئی: اسے آپ خود نمبر دیتے ہیں۔
   *[other] آخری { $count } مشقی امتحانوں سے، جو پوری طرح محفوظ ہیں۔ تحریر شمار نہیں کی گئی: اسے آپ خود نمبر دیتے ہیں۔
}
progress-accuracy-none = ابھی گننے کے لیے کوئی جواب نہیں ہے۔
progress-right-of = { $units } میں سے { $right } درست
progress-col-right = درست جوابات
progress-col-percent = فیصد
progress-col-section = حصہ
progress-col-topic = موضوع
backup-title = بیک اپ
backup-lead = آپ کا ڈیٹا صرف اسی آلے پر رہتا ہے۔ اسے کھونے سے بچانے کے لیے، یا کسی دوسرے فون یا کمپیوٹر پر لے جانے کے لیے، اس کی ایک نقل فائل میں محفوظ کریں۔
backup-export-title = نقل محفوظ کریں
backup-export = بیک اپ ڈاؤن لوڈ کریں
backup-exported = بیک اپ تیار ہے: فائل { $file } ڈاؤن لوڈ ہو گئی ہے۔
backup-export-failed = براؤزر نے فائل ڈاؤن لوڈ نہیں کی۔ نیچے بیک اپ کا متن کھولیں اور اسے ایک فائل میں محفوظ کریں۔
backup-show-json = بیک اپ کا متن دکھائیں
backup-json-label = بیک اپ کا متن (JSON)
backup-import-title = بیک اپ بحال کریں
backup-import-label = بیک اپ فائل (‎.json) منتخب کریں۔ اس کا ڈیٹا اس آلے کے ڈیٹا میں شامل ہو جاتا ہے: کچھ بھی نہیں مٹایا جاتا۔
backup-imported = { $count ->
    [0] بیک اپ بحال ہو گیا: کوئی نیا مشقی امتحان نہیں۔
    [one] بیک اپ بحال ہو گیا: 1 مشقی امتحان شامل ہوا۔
   *[other] بیک اپ بحال ہو گیا: { $count } مشقی امتحان شامل ہوئے۔
}
backup-imported-updated = { $count ->
    [one] 1 مشقی امتحان کی تحریر کو نمبر مل گئے۔
   *[other] { $count } مشقی امتحانوں کی تحریر کو نمبر مل گئے۔
}
backup-imported-files = { $count ->
    [one] سوالات کی 1 فائل شامل ہوئی۔
   *[other] سوالات کی { $count } فائلیں شامل ہوئیں۔
}
backup-imported-refused = { $count ->
    [one] فائل کے 1 امتحان کا ڈیٹا درست نہیں (ناممکن نمبر یا تاریخ)، اس لیے درآمد نہیں ہوا۔
   *[other] فائل کے { $count } امتحانات کا ڈیٹا درست نہیں (ناممکن نمبر یا تاریخ)، اس لیے درآمد نہیں ہوئے۔
}
backup-not-a-backup = یہ فائل Sportello کا بیک اپ نہیں ہے۔ کچھ نہیں بدلا۔
backup-newer = یہ بیک اپ Sportello کے نئے ورژن سے بنایا گیا ہے۔ ایپ اپ ڈیٹ کرنے کے لیے صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔ کچھ نہیں بدلا۔
backup-damaged = یہ بیک اپ خراب ہے اور پڑھا نہیں جا سکتا۔ کچھ نہیں بدلا۔
backup-too-big = یہ فائل Sportello کا بیک اپ ہونے کے لیے بہت بڑی ہے۔ کچھ نہیں بدلا۔
backup-unreadable = براؤزر فائل نہیں پڑھ سکا۔ کچھ نہیں بدلا۔
backup-full = براؤزر کی میموری بھر گئی ہے: بیک اپ بحال نہیں ہوا۔ کچھ نہیں بدلا۔
backup-unavailable = براؤزر ڈیٹا محفوظ کرنے نہیں دیتا (شاید پرائیویٹ براؤزنگ کی وجہ سے)۔ کچھ نہیں بدلا۔
backup-reset-title = سب کچھ مٹائیں
backup-reset = میرا سارا ڈیٹا مٹا دیں
backup-reset-export-first = مٹانے سے پہلے، اگر آپ اپنے نتائج رکھنا چاہتے ہیں تو بیک اپ ڈاؤن لوڈ کر لیں۔
backup-reset-confirm = کیا آپ اس آلے سے مشقی امتحان، نتائج، ترتیبات، امپورٹ کی گئی سوالات کی فائلیں اور دہرائی والی غلطیاں مٹانا چاہتے ہیں؟ یہ واپس نہیں ہو سکتا۔ منتخب کی گئی زبان باقی رہے گی۔
backup-reset-confirm-button = ہاں، سب کچھ مٹا دیں
backup-reset-done = سارا ڈیٹا مٹا دیا گیا ہے۔
saved-notice-text = اس آلے پر محفوظ کچھ ڈیٹا پڑھا نہیں جا سکتا: وہ خراب ہے یا ایپ کے نئے ورژن کا ہے۔ اسے مٹایا نہیں گیا، الگ رکھ دیا گیا ہے، اور ایپ معمول کے مطابق کام کرتی ہے۔ آپ اس کی نقل رکھنے یا مدد مانگنے کے لیے اسے ڈاؤن لوڈ کر سکتے ہیں۔
saved-notice-export = الگ رکھا گیا ڈیٹا ڈاؤن لوڈ کریں
saved-notice-dismiss = یہ اطلاع چھپائیں
saved-notice-export-failed = براؤزر نے فائل ڈاؤن لوڈ نہیں کی۔
backup-imported-results = { $count ->
    [one] کلاس کا 1 نتیجہ شامل ہوا۔
   *[other] کلاس کے { $count } نتائج شامل ہوئے۔
}
