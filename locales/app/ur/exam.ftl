# امتحان، مشقیں، جائزہ۔
loading-banks = سوالات لوڈ ہو رہے ہیں…
save-failed = محفوظ نہیں ہو سکا: براؤزر کی میموری بھر گئی ہے۔ آپ کے جوابات اسی صفحے پر ہیں: اسے بند نہ کریں۔ ہر جواب کے ساتھ دوبارہ کوشش کی جائے گی۔
bank-errors-lead = سوالات کی کچھ فائلوں میں غلطیاں ہیں، اس لیے وہ استعمال نہیں ہو رہیں:
cancel = منسوخ کریں
section-listening = سننا
section-reading = پڑھنا
section-writing = لکھنا
exam-intro-lead = یہ اصل ٹیسٹ جیسی مشق ہے: تین حصے، ہر حصے کا اپنا وقت۔ سوالات اطالوی زبان میں ہیں، جیسے امتحان میں۔
exam-shared = یہ وہ امتحان ہے جو آپ کے استاد نے شیئر کیا ہے (کوڈ { $seed })۔
exam-share-bad-code = اس لنک کا کوڈ درست نہیں ہے ({ $code })۔ اپنے استاد سے دوبارہ لنک مانگیں، یا نیچے ایک نیا مشقی امتحان شروع کریں۔
exam-share-unknown-layout = یہ لنک ایسے امتحان کی قسم مانگتا ہے جسے یہ ایپ نہیں جانتی ({ $layout })۔ اپنے استاد سے دوبارہ لنک مانگیں، یا نیچے ایک نیا مشقی امتحان شروع کریں۔
exam-share-missing-banks = اس امتحان کے لیے آپ کے استاد کے سوالات ({ $banks }) چاہییں، جو اس فون پر نہیں ہیں۔ آپ کے استاد نے جو کلاس کا لنک بھیجا ہے اسے کھولیں، یا نیچے ایک نیا مشقی امتحان شروع کریں۔
exam-layout-label = امتحان کی قسم
exam-rules-title = یہ کیسے کام کرتا ہے
exam-col-section = حصہ
exam-col-time = وقت
exam-col-points = نمبر
exam-minutes = { $minutes } منٹ
exam-rule-sections = آپ { $count } حصے ایک ایک کر کے کرتے ہیں۔ ہر حصے کا اپنا وقت ہے۔
exam-rule-pass = ٹیسٹ پاس کرنے کے لیے { $max } میں سے کم از کم { $pass } نمبر چاہییں۔
exam-rule-twice = آپ ہر ریکارڈنگ دو بار سن سکتے ہیں۔
exam-rule-timeout = جب وقت ختم ہوتا ہے تو حصہ بند ہو جاتا ہے اور اگلا حصہ کھل جاتا ہے۔ آخر میں امتحان خود بخود جمع ہو جاتا ہے۔
exam-rule-no-back = آپ بند ہو چکے حصے میں واپس نہیں جا سکتے۔
exam-rule-saved = جوابات فوراً محفوظ ہو جاتے ہیں۔ اگر آپ صفحہ بند کر دیں تو باقی وقت کے ساتھ وہیں سے جاری رکھیں گے۔
exam-cannot-generate = یہ امتحان تیار کرنے کے لیے کافی سوالات نہیں ہیں۔
exam-start = امتحان شروع کریں
exam-part = حصہ { $n } از { $count }
exam-time-left = باقی وقت
exam-five-minutes = اس حصے کے ختم ہونے میں 5 منٹ باقی ہیں۔
exam-one-minute = اس حصے کے ختم ہونے میں 1 منٹ باقی ہے۔
exam-submit = امتحان جمع کرائیں
exam-next-section = اگلے حصے پر جائیں
exam-confirm-next = { $count ->
    [0] آپ نے سب سوالوں کے جواب دے دیے ہیں۔ کیا آپ اگلے حصے پر جانا چاہتے ہیں؟ آپ واپس نہیں آ سکیں گے۔
    [one] ابھی ایک سوال کا جواب باقی ہے۔ کیا آپ اگلے حصے پر جانا چاہتے ہیں؟ آپ واپس نہیں آ سکیں گے۔
   *[other] ابھی { $count } سوالوں کے جواب باقی ہیں۔ کیا آپ اگلے حصے پر جانا چاہتے ہیں؟ آپ واپس نہیں آ سکیں گے۔
}
exam-confirm-submit = { $count ->
    [0] آپ نے سب سوالوں کے جواب دے دیے ہیں۔ کیا آپ امتحان جمع کرانا چاہتے ہیں؟
    [one] ابھی ایک سوال کا جواب باقی ہے۔ کیا آپ امتحان جمع کرانا چاہتے ہیں؟
   *[other] ابھی { $count } سوالوں کے جواب باقی ہیں۔ کیا آپ امتحان جمع کرانا چاہتے ہیں؟
}
exam-task = مشق { $n }
transcript = تحریری متن
play-listen = ▶ سنیں
play-stop = ■ روکیں
plays-left = { $count ->
    [0] اب مزید نہیں سن سکتے
    [one] ابھی 1 بار اور سن سکتے ہیں
   *[other] ابھی { $count } بار اور سن سکتے ہیں
}
no-italian-voice = آپ کے آلے میں اطالوی آواز نہیں ہے۔ متن پڑھیں: نتیجے میں یہ حصہ ”پڑھا گیا، سنا نہیں گیا“ کے طور پر درج ہوگا۔
item-gap-label = غائب لفظ
form-required = لازمی۔
form-missing = یہ خانہ لازمی ہے۔
form-not-a-date = تاریخ اس طرح لکھیں: دن/مہینہ/سال (gg/mm/aaaa)۔
form-not-a-number = صرف ہندسے لکھیں۔
form-not-a-phone = فون نمبر درست نہیں۔
form-not-an-email = ای میل ایڈریس درست نہیں۔
form-not-an-option = دیے گئے اختیارات میں سے ایک منتخب کریں۔
message-words = الفاظ: { $count } ({ $min } سے { $max } تک)۔
message-too-short = بہت چھوٹا۔
message-too-long = بہت لمبا۔
message-length-ok = لمبائی درست ہے۔
review-why = کیوں:
review-right = درست
review-wrong = غلط
review-partly = درست: { $count } میں سے { $right }
review-your-answer = آپ کا جواب:
review-no-answer = کوئی جواب نہیں
review-right-answer = درست جواب:
results-title = نتیجہ
results-passed = پاس
results-failed = پاس نہیں
results-pass-mark = ٹیسٹ پاس کرنے کے لیے { $max } میں سے { $pass } نمبر چاہییں۔
results-section-points = { $max } میں سے { $points } نمبر
results-ungraded = نمبر نہیں دیے گئے
results-read-not-heard = پڑھا گیا، سنا نہیں گیا
results-review-title = جوابات کا جائزہ
results-review-loading = جائزہ تیار ہو رہا ہے…
results-new-exam = نیا مشقی امتحان
results-unsaved = یہ امتحان محفوظ نہیں ہوا: براؤزر کی میموری بھر گئی ہے۔ اس کا نتیجہ اور جانچ صرف اسی صفحے پر ہیں: اگر آپ اسے بند کریں یا نیا امتحان شروع کریں تو یہ ضائع ہو جائیں گے۔ اسے فائل میں ڈاؤن لوڈ کریں، یا پرانے امتحانات کی تفصیلی جانچ مٹا کر جگہ خالی کریں (ان کے نمبر تاریخچے میں رہیں گے)۔
results-unsaved-download = یہ امتحان ڈاؤن لوڈ کریں
results-unsaved-free = جگہ خالی کریں
results-unsaved-downloaded = فائل { $file } ڈاؤن لوڈ ہو گئی۔ آپ اسے پیش رفت کے صفحے سے بحال کر سکتے ہیں (بیک اپ بحال کریں)۔
results-unsaved-download-failed = براؤزر نے فائل ڈاؤن لوڈ نہیں کی۔ یہ صفحہ بند نہ کریں۔
results-unsaved-still-full = ابھی بھی کافی جگہ نہیں۔ یہ امتحان ڈاؤن لوڈ کریں تاکہ ضائع نہ ہو۔
leave-unsaved-title = یہ امتحان محفوظ نہیں ہوا
leave-unsaved-text = براؤزر کی میموری بھر گئی ہے: یہ امتحان صرف اسی صفحے پر ہے۔ اگر آپ کوئی اور صفحہ کھولیں تو یہ ضائع ہو جائے گا۔
leave-unsaved-stay = امتحان پر واپس جائیں
leave-unsaved-go = صفحہ کھولیں اور امتحان ضائع کریں
results-new-exam-refused = پہلے یہ امتحان محفوظ کریں: اسے ڈاؤن لوڈ کریں یا جگہ خالی کریں۔ نیا امتحان اس کی جگہ لے لے گا۔
results-saved-now = یہ امتحان اب محفوظ ہے۔
writing-model = نمونے کا جواب:
writing-grade-legend = اس تحریر کے لیے آپ کے نمبر
writing-grade-complete = مکمل اور درست: کام میں جو مانگا گیا ہے وہ سب موجود ہے
writing-grade-sufficient = کافی: سمجھ آتا ہے، لیکن کچھ کمی ہے یا غلطیاں ہیں
writing-grade-insufficient = ناکافی: تقریباً سب کچھ غائب ہے یا سمجھ نہیں آتا
translation-fallback = (انگریزی میں: آپ کی زبان میں ترجمہ موجود نہیں۔)
voice-check-title = آواز کی جانچ
voice-check-lead = شروع کرنے سے پہلے دیکھ لیں کہ آپ کا فون اطالوی زبان بلند آواز میں پڑھ سکتا ہے۔ یہ امتحان میں سننے کی گنتی میں شامل نہیں۔
voice-check-play = ایک آزمائشی جملہ سنیں
voice-check-question = کیا آپ نے اطالوی بولتی ہوئی آواز سنی؟
voice-check-yes = جی ہاں، سنی
voice-check-no = نہیں، کچھ نہیں سنا
voice-check-ok = ٹھیک ہے: امتحان میں آپ ریکارڈنگز سنیں گے۔
voice-check-none = اس آلے پر اطالوی آواز نہیں ہے، یا سنائی نہیں دیتی۔ آپ اسے اس طرح انسٹال کر سکتے ہیں:
voice-check-android = Android: Settings → System → Languages → Text-to-speech۔ «Speech Services by Google» چنیں، پھر اطالوی زبان انسٹال کریں۔
voice-check-iphone = iPhone: Settings → Accessibility → Spoken Content → Voices → Italian۔
voice-check-windows = Windows: Settings → Time & language → Speech → Add voices → Italian۔
voice-check-computer = Chrome والا کمپیوٹر: سسٹم میں اطالوی آواز انسٹال کریں، پھر Chrome بند کر کے دوبارہ کھولیں۔ آواز کا والیوم بھی دیکھیں۔
voice-check-continue = آپ پھر بھی امتحان دے سکتے ہیں: ریکارڈنگز پڑھنے کے لیے تحریر کی صورت میں دکھائی جائیں گی۔
result-code-title = اپنا نتیجہ اپنے استاد کو بھیجیں
result-code-help = پہلے اوپر اپنی تحریر کو نمبر دیں۔ پھر یہ کوڈ کاپی کریں اور اپنے استاد کو بھیجیں (مثلاً WhatsApp پر): اس میں آپ کے جوابات ہیں، وہ نہیں جو آپ نے لکھا۔
result-code-name = استاد کے لیے آپ کا نام (آپ اسے خالی چھوڑ سکتے ہیں)
result-code-label = آپ کے نتیجے کا کوڈ
result-code-copy = کوڈ کاپی کریں
result-code-copied = کوڈ کاپی ہو گیا۔
