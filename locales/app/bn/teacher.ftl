# শিক্ষকদের পাতা: প্রশ্নের ফাইল যোগ করা, অ্যাপে কী আছে, একটি পরীক্ষা শেয়ার করা।
teacher-lead = নিজের প্রশ্নের ফাইল যোগ করুন, সেগুলো যাচাই করুন এবং পুরো ক্লাসকে একই পরীক্ষা দিন।
teacher-import-title = প্রশ্নের ফাইল যোগ করুন
teacher-import-help = প্রশ্নের ফাইল (প্রশ্নের সংগ্রহ) বা পরীক্ষার ধরন হলো একটি .ron টেক্সট ফাইল; Moodle থেকে এক্সপোর্ট করা প্রশ্ন (GIFT বা Moodle XML) এমন একটি ফাইলে রূপান্তর করা হয়। প্রতিটি ফাইল অ্যাপের ভেতরের ফাইলগুলোর মতোই যাচাই করা হয়: ভুল থাকলে ফাইলটি যোগ করা হয় না, আর অ্যাপ আগের মতোই চলতে থাকে। ইমপোর্ট করা ফাইল শুধু এই ব্রাউজারেই থাকে।
teacher-import-choose = একটি ফাইল বেছে নিন (.ron, GIFT বা Moodle XML)
teacher-import-drop = অথবা ফাইলটি টেনে এই ঘরে আনুন।
teacher-import-checking = ফাইলটি যাচাই করা হচ্ছে…
teacher-imported = { $file } যোগ করা হয়েছে। এখন থেকে পরীক্ষা ও অনুশীলনে এটি ব্যবহার হবে।
teacher-replaced = একই নামের আগের ফাইলের জায়গায় { $file } যোগ করা হয়েছে। এখন থেকে পরীক্ষা ও অনুশীলনে এটি ব্যবহার হবে।
teacher-refused = { $file } ফাইলে ভুল আছে, তাই যোগ করা হয়নি। এই লাইনগুলো ঠিক করে আবার ইমপোর্ট করুন:
teacher-warnings-lead = { $file } ফাইলের জন্য পরামর্শ (এটি চলে, তবে আরও ভালো করা যায়):
teacher-save-full = { $file } ফাইলটি সঠিক, কিন্তু এই ব্রাউজারের মেমরি পূর্ণ, তাই যোগ করা হয়নি। দরকার নেই এমন একটি ইমপোর্ট করা ফাইল সরিয়ে আবার চেষ্টা করুন।
teacher-save-unavailable = { $file } ফাইলটি সঠিক, কিন্তু এই ব্রাউজার অ্যাপকে ফাইল সংরক্ষণ করতে দেয় না (প্রাইভেট ব্রাউজিং বা সেটিংসের কারণে), তাই যোগ করা হয়নি।
teacher-name-taken = { $file } ফাইলের নাম অ্যাপের ভেতরের একটি ফাইলের নামের মতোই। আপনার ফাইলের নাম বদলে আবার ইমপোর্ট করুন।
teacher-too-big = প্রশ্নের ফাইল হিসেবে { $file } খুব বড় (1 MB-এর বেশি)। এটি যোগ করা হয়নি।
teacher-unreadable = { $file } ফাইলটি পড়া যাচ্ছে না। এটি যোগ করা হয়নি।
teacher-files-title = অ্যাপের প্রশ্নের ফাইল
teacher-totals = পরীক্ষা ও অনুশীলনে যা ব্যবহার করা যায়
teacher-col-section = অংশ
teacher-col-tasks = অনুশীলনী
teacher-col-items = প্রশ্ন
teacher-imported-title = এই ব্রাউজারে ইমপোর্ট করা
teacher-imported-none = এখনও কোনো ফাইল ইমপোর্ট করা হয়নি।
teacher-shipped-title = অ্যাপের ভেতরে দেওয়া
teacher-shipped-summary = অ্যাপের ভেতরের { $count }টি ফাইল দেখান
teacher-origin-shipped = অ্যাপের ভেতরে
teacher-origin-imported = ইমপোর্ট করা
teacher-code = কোড: { $id }
teacher-file = ফাইল: { $file }
teacher-bank-counts = { $section }: { $tasks ->
        [one] 1টি অনুশীলনী
       *[other] { $tasks }টি অনুশীলনী
    }, { $items ->
        [one] 1টি প্রশ্ন
       *[other] { $items }টি প্রশ্ন
    }
teacher-layout-summary = পরীক্ষার ধরন: { $parts }টি অংশ, পাস করতে { $max } নম্বরের মধ্যে { $pass } নম্বর লাগে।
teacher-template-unused = এটি নমুনা ফাইল (টেমপ্লেট): পরীক্ষা ও অনুশীলনে এটি ব্যবহার হয় না।
teacher-file-broken = এই ফাইলে ভুল আছে (ওপরে দেখানো হয়েছে), তাই এটি ব্যবহার হয় না।
teacher-remove = সরান
teacher-remove-file = { $file } সরান
teacher-remove-confirm = এই ব্রাউজার থেকে { $file } সরাতে চান? পরীক্ষা ও অনুশীলনে এটি আর ব্যবহার হবে না।
teacher-removed = { $file } সরানো হয়েছে।
teacher-remove-failed = { $file } সরানো যাচ্ছে না: এই ব্রাউজার অ্যাপকে সংরক্ষিত ফাইল বদলাতে দেয় না।
teacher-share-title = পুরো ক্লাসকে একই পরীক্ষা দিন
teacher-share-help = যে-ই এই লিংক খুলবে, সে একই প্রশ্নসহ একই পরীক্ষা পাবে।
teacher-share-layout = পরীক্ষার ধরন
teacher-share-code = পরীক্ষার কোড: { $seed }
teacher-share-new = নতুন কোড
teacher-share-copy = কপি করার লিংক
teacher-share-imported-note = এই ব্রাউজারে ইমপোর্ট করা ফাইলগুলো আপনার শিক্ষার্থীদের কাছে নেই: তাদের পরীক্ষায় শুধু অ্যাপের ভেতরের ফাইল ব্যবহার হয়।
teacher-share-none = কোনো পরীক্ষার ধরন ব্যবহার করা যাচ্ছে না, তাই শেয়ার করার মতো কোনো পরীক্ষা নেই।
teacher-write-title = নিজের প্রশ্ন লিখুন
teacher-write-text = নমুনা ফাইলটি ডাউনলোড করুন, কোড ও শিরোনাম বদলান, আর এর অনুশীলনীগুলোর জায়গায় আপনার অনুশীলনী দিন: নমুনার মন্তব্যগুলো প্রতিটি লাইন ব্যাখ্যা করে, আর অ্যাপের সোর্স কোডে থাকা docs/bank-format.md নির্দেশিকা বাকি সবকিছু ব্যাখ্যা করে। তারপর ফাইলটি এখানে ইমপোর্ট করুন: যাচাই আপনাকে লাইন ধরে ধরে বলে দেবে কী ঠিক করতে হবে।
teacher-write-template = নমুনা ফাইল ডাউনলোড করুন (TEMPLATE.ron)
teacher-convert-legend = Moodle থেকে প্রশ্ন (GIFT বা Moodle XML)
teacher-convert-help = বহুনির্বাচনি, সত্য/মিথ্যা, মিল করা, সংক্ষিপ্ত উত্তর ও রচনামূলক প্রশ্ন অনুশীলনীতে রূপান্তরিত হয়: রচনামূলক প্রশ্ন হয় লেখার অনুশীলনী, বাকিগুলো পড়ার অনুশীলনী। অন্য ধরনের প্রশ্ন বাদ দেওয়া হয়, আর কেন বাদ দেওয়া হলো তা জানানো হয়।
teacher-convert-topic = অনুশীলনীর বিষয়
teacher-convert-items = প্রতি অনুশীলনীতে প্রশ্নের সংখ্যা (আসল পরীক্ষায় 5টি)
teacher-converted = { $from }: { $found }টি প্রশ্নের মধ্যে { $converted }টি { $file } ফাইলে রূপান্তর করা হয়েছে।
teacher-convert-notes = যা বাদ দেওয়া হয়েছে, বা যা যাচাই করতে হবে:
teacher-convert-download = { $file } ডাউনলোড করুন
teacher-convert-failed = { $file } ফাইলটি রূপান্তর করা যায়নি:
teacher-practise-bank = এই প্রশ্নগুলো অনুশীলন করুন
