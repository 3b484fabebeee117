# Short lessons: the list, one lesson, and the links to lessons from feedback.
lessons-title = اسباق
lessons-intro = A2 ٹیسٹ کے لیے ضروری باتوں پر مختصر اسباق: وضاحت پڑھیں، مثالیں دیکھیں اور مشق کریں۔
lessons-loading = اسباق لوڈ ہو رہے ہیں…
lesson-not-found = یہ سبق موجود نہیں
lesson-all = تمام اسباق
lesson-italian = اطالوی میں وضاحت
lesson-kicker = سبق
lesson-examples = مثالیں
lesson-practice = مشق
lesson-links-lead = ایک سبق آپ کی مدد کر سکتا ہے:
