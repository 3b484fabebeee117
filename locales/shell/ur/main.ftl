# Sportello — اردو انٹرفیس۔
app-name = Sportello
app-tagline = یورپی یونین کے طویل مدتی رہائشی پرمٹ کے لیے اطالوی زبان کے A2 ٹیسٹ کا سمیولیٹر
skip-to-content = مواد پر جائیں
nav-label = مرکزی مینو
nav-home = آغاز
nav-exam = امتحان
nav-practice = مشقیں
nav-progress = پیش رفت
nav-teacher = اساتذہ
nav-settings = ترتیبات
nav-about = معلومات
language-label = زبان
language-choose-title = اپنی زبان منتخب کریں
language-choose-help = ہدایات اور مدد اسی زبان میں ہوں گی۔ ٹیسٹ اطالوی زبان میں ہی رہے گا، اصل امتحان کی طرح۔ آپ جب چاہیں ترتیبات میں جا کر زبان بدل سکتے ہیں۔
language-continue = جاری رکھیں
language-downloading = زبان { $language } ڈاؤن لوڈ ہو رہی ہے…
language-not-downloaded = زبان { $language } ڈاؤن لوڈ نہیں ہو سکی۔ انٹرنیٹ سے جڑیں اور دوبارہ زبان منتخب کریں۔
home-title = اطالوی زبان کے A2 ٹیسٹ کی تیاری کریں
home-intro = ٹیسٹ کے تین حصے ہیں: سننا، پڑھنا اور لکھنا۔ اس کا وقت 60 منٹ ہے۔ پاس ہونے کے لیے 100 میں سے کم از کم 80 نمبر چاہییں۔
home-exam-cta = مشقی امتحان دیں
home-practice-cta = وقت کی پابندی کے بغیر مشق کریں
home-privacy = آپ کا ڈیٹا آپ کے فون پر ہی رہتا ہے۔ رجسٹریشن کی ضرورت نہیں اور کوئی آپ کی نگرانی نہیں کرتا۔
exam-title = مشقی امتحان
practice-title = مشقیں
progress-title = آپ کی پیش رفت
teacher-title = اساتذہ کے لیے
settings-title = ترتیبات
settings-rate-legend = سننے کی مشقوں میں آواز کی رفتار
settings-rate-slow = آہستہ
settings-rate-calm = تھوڑی آہستہ (تجویز کردہ)
settings-rate-normal = عام
settings-rate-help = اصل امتحان میں ریکارڈنگز عام رفتار سے ہوتی ہیں۔ ٹیسٹ سے پہلے عام رفتار سے بھی مشق کریں۔
settings-not-saved = یہ انتخاب اس آلے پر محفوظ نہیں ہو سکا: یہ صرف اس وزٹ کے لیے ہے۔
about-title = معلومات
about-text = Sportello یورپی یونین کے طویل مدتی رہائشی پرمٹ (permesso di soggiorno UE per soggiornanti di lungo periodo) کے لیے اطالوی زبان کے A2 ٹیسٹ کا ایک آزاد اور مفت سمیولیٹر ہے۔ یہ آپ کے فون یا کمپیوٹر کے براؤزر میں چلتا ہے۔
about-test = اصل ٹیسٹ: سننا (2 مشقیں، 25 منٹ، 30 نمبر)، پڑھنا (2 مشقیں، 25 منٹ، 35 نمبر)، لکھنا (1 مشق، 10 منٹ، 35 نمبر)۔ 100 میں سے 80 نمبر لینے پر ٹیسٹ پاس ہوتا ہے۔ اگر آپ پاس نہ ہوں تو 90 دن بعد دوبارہ کوشش کر سکتے ہیں۔
about-privacy = کوئی ڈیٹا آپ کے آلے سے باہر نہیں جاتا۔
guide-link = اصل ٹیسٹ کیسے ہوتا ہے
loading-app = صفحہ کھل رہا ہے…
not-found-title = صفحہ نہیں ملا
not-found-text = یہ صفحہ موجود نہیں ہے۔
not-found-home = آغاز کے صفحے پر واپس جائیں

# Settings: link to the Italian voice check (/settings/voice, in the full app).
settings-voice-check-link = اطالوی آواز چیک کریں

# The banner when a new version of the app is ready (service worker update).
update-ready = Sportello کا نیا ورژن تیار ہے۔ آپ کے جوابات اور آپ کی پیش رفت اب بھی محفوظ ہیں۔
update-reload = ابھی دوبارہ لوڈ کریں

# Settings: keeping the app on the phone for use with no connection (service worker).
settings-offline-title = انٹرنیٹ کے بغیر استعمال
settings-offline-link = اس فون پر جگہ اور انٹرنیٹ کے بغیر استعمال

# The first visit's notice: what is kept on the phone for use with no connection, how much
# (offline-space, followed by the megabytes: "9.4 MB"), and where to change it (/settings/offline).
offline-first-all = Sportello اس فون پر محفوظ ہو رہا ہے، تاکہ انٹرنیٹ کے بغیر بھی چلے۔
offline-first-used = آپ موبائل ڈیٹا یا ڈیٹا سیور استعمال کر رہے ہیں: Sportello اس فون پر صرف وہ صفحات اور سوالات رکھتا ہے جو آپ کھولتے ہیں، تاکہ وہ انٹرنیٹ کے بغیر بھی چلیں۔
offline-space = اس فون پر استعمال شدہ جگہ:
offline-change = کیا رکھنا ہے، یہ بدلیں
offline-ok = ٹھیک ہے
