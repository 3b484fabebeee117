# /settings/offline: what to keep on the phone for use with no connection (service workers).
settings-offline-legend = اس فون پر کیا رکھیں، تاکہ Sportello انٹرنیٹ کے بغیر استعمال کر سکیں
settings-offline-all = پورا Sportello: امتحانات، مشقیں، اسباق، سب زبانیں
settings-offline-used = صرف وہ جو میں کھولوں (کم موبائل ڈیٹا خرچ ہوتا ہے)
settings-offline-none = کچھ نہیں (Sportello کو ہمیشہ انٹرنیٹ کی ضرورت ہوتی ہے)
settings-offline-on = پہلی بار کھولنے کے بعد آپ امتحانات، مشقیں اور اپنی پیش رفت انٹرنیٹ کے بغیر استعمال کر سکتے ہیں۔ جب انٹرنیٹ ہو تو ایپ خود ہی اپ ڈیٹ ہو جاتی ہے۔
settings-offline-as-used = جو صفحات، سوالات اور اسباق آپ کھول چکے ہیں، وہ انٹرنیٹ کے بغیر چلتے ہیں۔ باقی کو پہلی بار کھولنے پر انٹرنیٹ کی ضرورت ہوتی ہے۔
settings-offline-off = Sportello اس فون پر نہیں رکھا جاتا: اسے انٹرنیٹ کی ضرورت ہوتی ہے، اور جو کچھ چاہیے وہ دوبارہ ڈاؤن لوڈ کرتا ہے۔ جگہ بچانے کے لیے یہ منتخب کریں۔
