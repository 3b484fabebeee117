# পরীক্ষা, অনুশীলন, পর্যালোচনা।
loading-banks = প্রশ্নগুলো লোড হচ্ছে…
save-failed = সংরক্ষণ করা যাচ্ছে না: ব্রাউজারের মেমরি পূর্ণ। আপনার উত্তরগুলো এই পাতায় আছে: পাতাটি বন্ধ করবেন না। প্রতিটি উত্তরের সময় আবার চেষ্টা করা হবে।
bank-errors-lead = কিছু প্রশ্নের ফাইলে ভুল আছে, তাই সেগুলো ব্যবহার করা হচ্ছে না:
cancel = বাতিল
section-listening = শোনা
section-reading = পড়া
section-writing = লেখা
exam-intro-lead = এটি আসল পরীক্ষার মতোই একটি অনুশীলন: তিনটি অংশ, প্রতিটির নিজের সময়। প্রশ্নগুলো ইতালীয় ভাষায়, পরীক্ষার মতোই।
exam-shared = এটি আপনার শিক্ষকের শেয়ার করা পরীক্ষা (কোড { $seed })।
exam-share-bad-code = এই লিংকের কোডটি সঠিক নয় ({ $code })। শিক্ষকের কাছে আবার লিংকটি চান, অথবা নিচে একটি নতুন অনুশীলন পরীক্ষা শুরু করুন।
exam-share-unknown-layout = এই লিংকটি এমন এক ধরনের পরীক্ষা চায় যা এই অ্যাপ চেনে না ({ $layout })। শিক্ষকের কাছে আবার লিংকটি চান, অথবা নিচে একটি নতুন অনুশীলন পরীক্ষা শুরু করুন।
exam-share-missing-banks = এই পরীক্ষার জন্য আপনার শিক্ষকের প্রশ্ন ({ $banks }) দরকার, যা এই ফোনে নেই। শিক্ষক যে ক্লাসের লিংক পাঠিয়েছেন সেটি খুলুন, অথবা নিচে একটি নতুন অনুশীলন পরীক্ষা শুরু করুন।
exam-layout-label = পরীক্ষার ধরন
exam-rules-title = কীভাবে চলে
exam-col-section = অংশ
exam-col-time = সময়
exam-col-points = নম্বর
exam-minutes = { $minutes } মিনিট
exam-rule-sections = আপনি { $count }টি অংশ একটি একটি করে করবেন। প্রতিটি অংশের নিজের সময় আছে।
exam-rule-pass = পাস করতে { $max } নম্বরের মধ্যে অন্তত { $pass } নম্বর লাগে।
exam-rule-twice = প্রতিটি রেকর্ডিং দুবার শুনতে পারবেন।
exam-rule-timeout = সময় শেষ হলে অংশটি বন্ধ হয়ে যায় এবং পরের অংশ খোলে। শেষে পরীক্ষা নিজে থেকেই জমা হয়ে যায়।
exam-rule-no-back = বন্ধ হয়ে যাওয়া অংশে আর ফিরে যেতে পারবেন না।
exam-rule-saved = উত্তরগুলো সঙ্গে সঙ্গে সংরক্ষিত হয়। পাতা বন্ধ করলে, বাকি সময় নিয়ে আবার চালিয়ে যেতে পারবেন।
exam-cannot-generate = এই পরীক্ষা তৈরি করার মতো যথেষ্ট প্রশ্ন নেই।
exam-start = পরীক্ষা শুরু করুন
exam-part = অংশ { $n } (মোট { $count })
exam-time-left = বাকি সময়
exam-five-minutes = এই অংশ শেষ হতে আর 5 মিনিট বাকি।
exam-one-minute = এই অংশ শেষ হতে আর 1 মিনিট বাকি।
exam-submit = পরীক্ষা জমা দিন
exam-next-section = পরের অংশে যান
exam-confirm-next = { $count ->
    [0] আপনি সব প্রশ্নের উত্তর দিয়েছেন। পরের অংশে যেতে চান? আর ফিরে আসতে পারবেন না।
    [one] এখনও একটি প্রশ্নের উত্তর দেওয়া হয়নি। পরের অংশে যেতে চান? আর ফিরে আসতে পারবেন না।
   *[other] এখনও { $count }টি প্রশ্নের উত্তর দেওয়া হয়নি। পরের অংশে যেতে চান? আর ফিরে আসতে পারবেন না।
}
exam-confirm-submit = { $count ->
    [0] আপনি সব প্রশ্নের উত্তর দিয়েছেন। পরীক্ষা জমা দিতে চান?
    [one] এখনও একটি প্রশ্নের উত্তর দেওয়া হয়নি। পরীক্ষা জমা দিতে চান?
   *[other] এখনও { $count }টি প্রশ্নের উত্তর দেওয়া হয়নি। পরীক্ষা জমা দিতে চান?
}
exam-task = অনুশীলনী { $n }
transcript = লিখিত রূপ
play-listen = ▶ শুনুন
play-stop = ■ থামান
plays-left = { $count ->
    [0] আর শোনা যাবে না
    [one] আর 1 বার শোনা যাবে
   *[other] আর { $count } বার শোনা যাবে
}
no-italian-voice = আপনার ডিভাইসে ইতালীয় কণ্ঠ নেই। লেখাটি পড়ুন: ফলাফলে এই অংশটি “পড়া হয়েছে, শোনা হয়নি” হিসেবে দেখানো হবে।
item-gap-label = বাদ পড়া শব্দ
form-required = আবশ্যক।
form-missing = এই ঘরটি পূরণ করা আবশ্যক।
form-not-a-date = তারিখ এভাবে লিখুন: দিন/মাস/বছর (gg/mm/aaaa)।
form-not-a-number = শুধু সংখ্যা লিখুন।
form-not-a-phone = ফোন নম্বরটি সঠিক নয়।
form-not-an-email = ই-মেইল ঠিকানাটি সঠিক নয়।
form-not-an-option = বিকল্পগুলোর মধ্যে একটি বেছে নিন।
message-words = শব্দ: { $count } ({ $min } থেকে { $max })।
message-too-short = খুব ছোট।
message-too-long = খুব বড়।
message-length-ok = দৈর্ঘ্য ঠিক আছে।
review-why = কেন:
review-right = সঠিক
review-wrong = ভুল
review-partly = সঠিক: { $count }টির মধ্যে { $right }টি
review-your-answer = আপনার উত্তর:
review-no-answer = কোনো উত্তর নেই
review-right-answer = সঠিক উত্তর:
results-title = ফলাফল
results-passed = পাস
results-failed = পাস হয়নি
results-pass-mark = পাস করতে { $max } নম্বরের মধ্যে { $pass } নম্বর লাগে।
results-section-points = { $max } নম্বরের মধ্যে { $points }
results-ungraded = নম্বর দেওয়া হয়নি
results-read-not-heard = পড়া হয়েছে, শোনা হয়নি
results-review-title = উত্তর পর্যালোচনা
results-review-loading = পর্যালোচনা প্রস্তুত হচ্ছে…
results-new-exam = নতুন অনুশীলন পরীক্ষা
results-unsaved = এই পরীক্ষাটি সংরক্ষিত হয়নি: ব্রাউজারের মেমরি পূর্ণ। এর ফলাফল আর সংশোধন শুধু এই পাতায় আছে: পাতাটি বন্ধ করলে বা নতুন পরীক্ষা শুরু করলে সেগুলো হারিয়ে যাবে। এটি একটি ফাইলে ডাউনলোড করুন, অথবা পুরনো পরীক্ষাগুলোর বিস্তারিত সংশোধন মুছে জায়গা খালি করুন (সেগুলোর নম্বর ইতিহাসে থেকে যাবে)।
results-unsaved-download = এই পরীক্ষাটি ডাউনলোড করুন
results-unsaved-free = জায়গা খালি করুন
results-unsaved-downloaded = { $file } ফাইলটি ডাউনলোড হয়েছে। অগ্রগতি পাতা থেকে এটি ফিরিয়ে আনতে পারবেন (একটি কপি ফিরিয়ে আনুন)।
results-unsaved-download-failed = ব্রাউজার ফাইলটি ডাউনলোড করেনি। এই পাতাটি বন্ধ করবেন না।
results-unsaved-still-full = এখনও যথেষ্ট জায়গা নেই। পরীক্ষাটি যেন হারিয়ে না যায়, তাই এটি ডাউনলোড করুন।
leave-unsaved-title = এই পরীক্ষাটি সংরক্ষিত হয়নি
leave-unsaved-text = ব্রাউজারের মেমরি পূর্ণ: এই পরীক্ষাটি শুধু এই পাতায় আছে। অন্য পাতা খুললে এটি হারিয়ে যাবে।
leave-unsaved-stay = পরীক্ষায় ফিরে যান
leave-unsaved-go = পাতাটি খুলুন এবং পরীক্ষাটি হারান
results-new-exam-refused = আগে এই পরীক্ষাটি সংরক্ষণ করুন: ডাউনলোড করুন বা জায়গা খালি করুন। নতুন পরীক্ষা এটির জায়গা নেবে।
results-saved-now = এই পরীক্ষাটি এখন সংরক্ষিত।
writing-model = নমুনা উত্তর:
writing-grade-legend = এই লেখার জন্য আপনার দেওয়া নম্বর
writing-grade-complete = সম্পূর্ণ ও সঠিক: কাজে যা চাওয়া হয়েছে তার সবকিছু আছে
writing-grade-sufficient = চলনসই: বোঝা যায়, কিন্তু কিছু বাদ আছে বা ভুল আছে
writing-grade-insufficient = অপর্যাপ্ত: প্রায় সবকিছুই বাদ আছে বা বোঝা যায় না
translation-fallback = (ইংরেজিতে: আপনার ভাষায় অনুবাদ নেই।)
voice-check-title = কণ্ঠ পরীক্ষা
voice-check-lead = শুরু করার আগে দেখে নিন আপনার ফোন ইতালীয় ভাষা জোরে পড়তে পারে কি না। এটি পরীক্ষার শোনা হিসেবে গোনা হয় না।
voice-check-play = একটি পরীক্ষামূলক বাক্য শুনুন
voice-check-question = আপনি কি ইতালীয় ভাষায় কথা বলা একটি কণ্ঠ শুনেছেন?
voice-check-yes = হ্যাঁ, শুনেছি
voice-check-no = না, কিছুই শুনিনি
voice-check-ok = ভালো: পরীক্ষায় আপনি রেকর্ডিংগুলো শুনতে পাবেন।
voice-check-none = এই ডিভাইসে ইতালীয় কণ্ঠ নেই, অথবা শোনা যাচ্ছে না। এভাবে ইনস্টল করতে পারেন:
voice-check-android = Android: Settings → System → Languages → Text-to-speech। «Speech Services by Google» বেছে নিন, তারপর ইতালীয় ভাষা ইনস্টল করুন।
voice-check-iphone = iPhone: Settings → Accessibility → Spoken Content → Voices → Italian।
voice-check-windows = Windows: Settings → Time & language → Speech → Add voices → Italian।
voice-check-computer = Chrome সহ কম্পিউটার: সিস্টেমে একটি ইতালীয় কণ্ঠ ইনস্টল করুন, তারপর Chrome বন্ধ করে আবার খুলুন। ভলিউমও দেখে নিন।
voice-check-continue = তবুও আপনি পরীক্ষা দিতে পারবেন: রেকর্ডিংগুলো পড়ার জন্য লেখা হিসেবে দেখানো হবে।
result-code-title = আপনার ফলাফল শিক্ষককে পাঠান
result-code-help = আগে ওপরে আপনার লেখায় নম্বর দিন। তারপর এই কোডটি কপি করে আপনার শিক্ষককে পাঠান (যেমন WhatsApp-এ): এতে আপনার উত্তরগুলো থাকে, আপনি যা লিখেছেন তা থাকে না।
result-code-name = শিক্ষকের জন্য আপনার নাম (খালি রাখতে পারেন)
result-code-label = আপনার ফলাফল কোড
result-code-copy = কোড কপি করুন
result-code-copied = কোড কপি হয়েছে।
