# /settings/offline: what to keep on the phone for use with no connection (service workers).
settings-offline-legend = ইন্টারনেট ছাড়া Sportello ব্যবহার করতে এই ফোনে কী রাখবেন
settings-offline-all = পুরো Sportello: পরীক্ষা, অনুশীলন, পাঠ, সব ভাষা
settings-offline-used = শুধু আমি যা খুলি (কম মোবাইল ডেটা লাগে)
settings-offline-none = কিছুই না (Sportello-র জন্য সবসময় ইন্টারনেট লাগে)
settings-offline-on = প্রথমবার খোলার পর পরীক্ষা, অনুশীলন আর আপনার অগ্রগতি ইন্টারনেট ছাড়াই চলে। ইন্টারনেট থাকলে অ্যাপটি নিজে থেকেই আপডেট হয়।
settings-offline-as-used = আপনি যে পাতা, প্রশ্ন আর পাঠগুলো খুলেছেন, সেগুলো ইন্টারনেট ছাড়াই চলে। বাকিগুলো প্রথমবার খুলতে ইন্টারনেট লাগে।
settings-offline-off = Sportello এই ফোনে রাখা হয় না: এর জন্য ইন্টারনেট লাগে, আর যা দরকার তা আবার ডাউনলোড করে। জায়গা বাঁচাতে এটি বেছে নিন।
