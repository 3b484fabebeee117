# /settings/offline: keeping the app on the phone for use with no connection (service worker).
settings-offline-keep = Sportello کو اس فون پر رکھیں، تاکہ انٹرنیٹ کے بغیر استعمال کر سکیں
settings-offline-on = پہلی بار کھولنے کے بعد آپ امتحانات، مشقیں اور اپنی پیش رفت انٹرنیٹ کے بغیر استعمال کر سکتے ہیں۔ جب انٹرنیٹ ہو تو ایپ خود ہی اپ ڈیٹ ہو جاتی ہے۔
settings-offline-off = Sportello اس فون پر نہیں رکھا جاتا: اسے انٹرنیٹ کی ضرورت ہوتی ہے، اور جو کچھ چاہیے وہ دوبارہ ڈاؤن لوڈ کرتا ہے۔ جگہ یا انٹرنیٹ ڈیٹا بچانے کے لیے یہ منتخب کریں۔
settings-offline-stored = Sportello اس فون پر { $size } MB جگہ استعمال کرتا ہے۔
