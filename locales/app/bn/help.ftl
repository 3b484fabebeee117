# Help read aloud in the learner's language (issue #13 §3), and the voice check page.
help-read-aloud = এটি { $language }-তে জোরে পড়ে শোনাও
help-no-voice = এই ডিভাইসে { $language }-এর কোনো কণ্ঠ নেই।
help-no-voice-hint = যোগ করতে ফোনের সেটিংসে “টেক্সট-টু-স্পিচ” খুঁজুন এবং ভাষাটি ইনস্টল করুন।
help-back-to-settings = সেটিংসে ফিরে যান
