# /settings/offline: keeping the app on the phone for use with no connection (service worker).
settings-offline-keep = Sportello এই ফোনে রাখুন, যাতে ইন্টারনেট ছাড়াও ব্যবহার করা যায়
settings-offline-on = প্রথমবার খোলার পর পরীক্ষা, অনুশীলন আর আপনার অগ্রগতি ইন্টারনেট ছাড়াই চলে। ইন্টারনেট থাকলে অ্যাপটি নিজে থেকেই আপডেট হয়।
settings-offline-off = Sportello এই ফোনে রাখা হয় না: এর জন্য ইন্টারনেট লাগে, আর যা দরকার তা আবার ডাউনলোড করে। জায়গা বা ইন্টারনেট ডেটা বাঁচাতে এটি বেছে নিন।
settings-offline-stored = Sportello এই ফোনে { $size } MB জায়গা ব্যবহার করে।
