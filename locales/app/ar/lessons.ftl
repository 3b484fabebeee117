# Short lessons: the list, one lesson, and the links to lessons from feedback.
lessons-title = الدروس
lessons-intro = دروس قصيرة عمّا تحتاجه لاختبار A2: اقرأ الشرح، وانظر إلى الأمثلة، وجرّب التمرين.
lessons-loading = جارٍ تحميل الدروس…
lesson-not-found = هذا الدرس غير موجود
lesson-all = كل الدروس
lesson-italian = الشرح بالإيطالية
lesson-kicker = درس
lesson-examples = أمثلة
lesson-practice = تمرين
lesson-links-lead = درس يمكن أن يساعدك:
