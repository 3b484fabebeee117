# Sportello — বাংলা ইন্টারফেস।
app-name = Sportello
app-tagline = ইইউ দীর্ঘমেয়াদি বসবাসের অনুমতির জন্য ইতালীয় ভাষার A2 পরীক্ষার সিমুলেটর
skip-to-content = মূল অংশে যান
nav-label = প্রধান মেনু
nav-home = শুরু
nav-exam = পরীক্ষা
nav-practice = অনুশীলন
nav-progress = অগ্রগতি
nav-teacher = শিক্ষক
nav-settings = সেটিংস
nav-about = তথ্য
language-label = ভাষা
language-choose-title = আপনার ভাষা বেছে নিন
language-choose-help = নির্দেশনা ও সাহায্য এই ভাষায় থাকবে। পরীক্ষাটি ইতালীয় ভাষাতেই থাকবে, আসল পরীক্ষার মতো। আপনি যেকোনো সময় সেটিংসে গিয়ে ভাষা বদলাতে পারেন।
language-continue = চালিয়ে যান
language-downloading = { $language } ভাষাটি ডাউনলোড হচ্ছে…
language-not-downloaded = { $language } ভাষাটি ডাউনলোড করা যায়নি। ইন্টারনেটে সংযোগ করুন এবং আবার ভাষাটি বেছে নিন।
home-title = ইতালীয় ভাষার A2 পরীক্ষার জন্য প্রস্তুত হোন
home-intro = পরীক্ষার তিনটি অংশ: শোনা, পড়া ও লেখা। সময় 60 মিনিট। পাস করতে 100-এর মধ্যে অন্তত 80 নম্বর লাগে।
home-exam-cta = একটি অনুশীলন পরীক্ষা দিন
home-practice-cta = সময়ের বাধা ছাড়া অনুশীলন করুন
home-privacy = আপনার তথ্য আপনার ফোনেই থাকে। নিবন্ধনের দরকার নেই, আর কেউ আপনার ওপর নজর রাখে না।
exam-title = অনুশীলন পরীক্ষা
practice-title = অনুশীলন
progress-title = আপনার অগ্রগতি
teacher-title = শিক্ষকদের জন্য
settings-title = সেটিংস
settings-rate-legend = শোনার অংশে কণ্ঠের গতি
settings-rate-slow = ধীর
settings-rate-calm = একটু ধীর (প্রস্তাবিত)
settings-rate-normal = স্বাভাবিক
settings-rate-help = আসল পরীক্ষায় রেকর্ডিংগুলো স্বাভাবিক গতিতে চলে। পরীক্ষার আগে স্বাভাবিক গতিতেও অনুশীলন করুন।
settings-not-saved = এই পছন্দটি এই ডিভাইসে সংরক্ষণ করা যায়নি: এটি শুধু এই ভিজিটের জন্য প্রযোজ্য।
about-title = তথ্য
about-text = Sportello হলো ইইউ দীর্ঘমেয়াদি বসবাসের অনুমতির (permesso di soggiorno UE per soggiornanti di lungo periodo) জন্য ইতালীয় ভাষার A2 পরীক্ষার একটি মুক্ত ও বিনামূল্যের সিমুলেটর। এটি আপনার ফোন বা কম্পিউটারের ব্রাউজারে চলে।
about-test = আসল পরীক্ষা: শোনা (2টি অনুশীলনী, 25 মিনিট, 30 নম্বর), পড়া (2টি অনুশীলনী, 25 মিনিট, 35 নম্বর), লেখা (1টি অনুশীলনী, 10 মিনিট, 35 নম্বর)। 100-এর মধ্যে 80 নম্বর পেলে পাস। পাস না করলে 90 দিন পরে আবার চেষ্টা করতে পারবেন।
about-privacy = কোনো তথ্য আপনার ডিভাইসের বাইরে যায় না।
guide-link = আসল পরীক্ষা কীভাবে হয়
loading-app = পাতাটি খোলা হচ্ছে…
not-found-title = পাতাটি পাওয়া যায়নি
not-found-text = এই পাতাটি নেই।
not-found-home = শুরুর পাতায় ফিরে যান

# Settings: link to the Italian voice check (/settings/voice, in the full app).
settings-voice-check-link = ইতালীয় কণ্ঠ পরীক্ষা করুন

# The banner when a new version of the app is ready (service worker update).
update-ready = Sportello-র একটি নতুন সংস্করণ প্রস্তুত। আপনার উত্তর ও অগ্রগতি সংরক্ষিত থাকবে।
update-reload = এখনই আবার লোড করুন

# Settings: keeping the app on the phone for use with no connection (service worker).
settings-offline-title = ইন্টারনেট ছাড়া ব্যবহার
settings-offline-link = এই ফোনে জায়গা ও ইন্টারনেট ছাড়া ব্যবহার

# The first visit's notice: what is kept on the phone for use with no connection, how much
# (offline-space, followed by the megabytes: "9.4 MB"), and where to change it (/settings/offline).
offline-first-all = Sportello এই ফোনে রাখা হচ্ছে, যাতে ইন্টারনেট ছাড়াও চলে।
offline-first-used = আপনি মোবাইল ডেটা বা ডেটা সেভার ব্যবহার করছেন: Sportello এই ফোনে শুধু আপনার খোলা পাতা আর প্রশ্নগুলো রাখে, যাতে সেগুলো ইন্টারনেট ছাড়াও চলে।
offline-space = এই ফোনে ব্যবহৃত জায়গা:
offline-change = কী রাখা হবে তা বদলান
offline-ok = ঠিক আছে
