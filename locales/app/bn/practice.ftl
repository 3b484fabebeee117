# সময়ের বাধা ছাড়া অনুশীলন এবং ভুলগুলোর রিভিশন।
practice-intro = সময়ের বাধা ছাড়া অনুশীলন করুন: অংশ, বিষয় এবং প্রশ্নের ধরন বেছে নিন। প্রতিটি উত্তরের পর “যাচাই করুন” চাপুন: দেখবেন উত্তরটি সঠিক কি না, আর কেন।
practice-section-legend = পরীক্ষার অংশ
practice-all-sections = সব অংশ
practice-topic-label = বিষয়
practice-all-topics = সব বিষয়
practice-kind-label = প্রশ্নের ধরন
practice-all-kinds = সব ধরন
practice-available = { $count ->
    [0] এই বাছাইয়ে কোনো অনুশীলনী নেই। অন্যভাবে বেছে দেখুন।
    [one] এই বাছাইয়ে 1টি অনুশীলনী আছে।
   *[other] এই বাছাইয়ে { $count }টি অনুশীলনী আছে।
}
practice-start = শুরু করুন
practice-check = যাচাই করুন
practice-next = পরের অনুশীলনী
practice-stop = অনুশীলনী বদলান
practice-none = এই বাছাইয়ে কোনো অনুশীলনী নেই।
practice-slower = আরও ধীর কণ্ঠ
practice-save-failed = রিভিশন সংরক্ষণ করা যাচ্ছে না: ব্রাউজারের মেমরি পূর্ণ বা বন্ধ।
practice-topic-casa = বাড়ি
practice-topic-famiglia = পরিবার
practice-topic-lavoro = কাজ
practice-topic-salute = স্বাস্থ্য
practice-topic-scuola = স্কুল
practice-topic-trasporti = যাতায়াত
practice-topic-acquisti = কেনাকাটা
practice-topic-uffici-pubblici = সরকারি অফিস
practice-topic-tempo-libero = অবসর সময়
practice-topic-citta-servizi = শহর ও পরিষেবা
practice-kind-single-choice = বহুনির্বাচনি
practice-kind-true-false = সত্য না মিথ্যা
practice-kind-matching = মিল করা
practice-kind-place = আমরা কোথায়?
practice-kind-tick-info = লেখার ভেতরের তথ্য
practice-kind-gap-fill = বাদ পড়া শব্দ
practice-kind-form = ফর্ম
practice-kind-message = বার্তা
review-queue-title = রিভিশন
review-queue-due = { $count ->
    [0] রিভিশন: এখন রিভিশন করার মতো কোনো প্রশ্ন নেই।
    [one] রিভিশন: 1টি প্রশ্ন রিভিশন করতে হবে।
   *[other] রিভিশন: { $count }টি প্রশ্ন রিভিশন করতে হবে।
}
review-queue-waiting = { $count ->
    [one] 1টি প্রশ্ন পরে আবার আসবে।
   *[other] { $count }টি প্রশ্ন পরে আবার আসবে।
}
review-queue-start = রিভিশন করুন
review-queue-help = যে প্রশ্নের উত্তর ভুল হয়, এখানে বা কোনো অনুশীলন পরীক্ষায়, সেটি রিভিশনে ফিরে আসে। সঠিক উত্তর দিলে সেটি 1 দিন পরে আসে, তারপর 6 দিন পরে, তারপর আরও দেরিতে। ভুল উত্তর দিলে সেটি 10 মিনিট পরে আবার আসে।
review-queue-next = পরের প্রশ্ন
review-queue-done = আপাতত সব প্রশ্নের রিভিশন হয়ে গেছে। শাবাশ!
practice-bank-only = শুধু এই সংগ্রহের প্রশ্ন:
practice-bank-all = সব প্রশ্ন অনুশীলন করুন
practice-sets-title = আপনার শিক্ষকের পাঠানো প্রশ্ন
practice-set-practise = এই প্রশ্নগুলো অনুশীলন করুন
practice-set-remove = সরান
practice-set-remove-named = এই ফোন থেকে { $title } সরান
practice-set-remove-ask = এই ফোন থেকে { $title } সরাতে চান? আপনার ফলাফল আর রিভিশন থেকে যাবে। এই প্রশ্নগুলো আবার পেতে শিক্ষকের লিংকটি আবার খুলুন।
practice-set-removed = এই ফোন থেকে { $title } সরানো হয়েছে।
practice-set-remove-failed = { $title } সরানো যায়নি: ব্রাউজার তথ্য সংরক্ষণ করতে দিচ্ছে না।
