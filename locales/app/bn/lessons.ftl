# Short lessons: the list, one lesson, and the links to lessons from feedback.
lessons-title = পাঠ
lessons-intro = A2 পরীক্ষার জন্য যা দরকার তার ছোট ছোট পাঠ: ব্যাখ্যা পড়ুন, উদাহরণ দেখুন এবং অনুশীলন করুন।
lessons-loading = পাঠগুলো লোড হচ্ছে…
lesson-not-found = এই পাঠটি নেই
lesson-all = সব পাঠ
lesson-italian = ইতালীয় ভাষায় ব্যাখ্যা
lesson-kicker = পাঠ
lesson-examples = উদাহরণ
lesson-practice = অনুশীলন
lesson-links-lead = একটি পাঠ আপনাকে সাহায্য করতে পারে:
