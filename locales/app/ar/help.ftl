# Help read aloud in the learner's language (issue #13 §3), and the voice check page.
help-read-aloud = اقرأ هذا بصوت عالٍ بـ{ $language }
help-no-voice = لا يوجد في هذا الجهاز صوت لـ{ $language }.
help-no-voice-hint = لإضافته، ابحث عن «تحويل النص إلى كلام» في إعدادات الهاتف وثبّت اللغة.
help-back-to-settings = العودة إلى الإعدادات
