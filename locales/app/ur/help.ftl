# Help read aloud in the learner's language (issue #13 §3), and the voice check page.
help-read-aloud = اسے { $language } میں بلند آواز سے پڑھیں
help-no-voice = اس آلے میں { $language } کے لیے کوئی آواز نہیں ہے۔
help-no-voice-hint = آواز شامل کرنے کے لیے فون کی ترتیبات میں ”ٹیکسٹ ٹو اسپیچ“ تلاش کریں اور زبان انسٹال کریں۔
help-back-to-settings = ترتیبات پر واپس جائیں
