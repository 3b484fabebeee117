# Help read aloud in the learner's language (issue #13 §3), and the voice check page.
help-read-aloud = Прочитати вголос мовою { $language }
help-no-voice = На цьому пристрої немає голосу для мови { $language }.
help-no-voice-hint = Щоб додати його, знайдіть «Синтез мовлення» в налаштуваннях телефона й установіть мову.
help-back-to-settings = Назад до налаштувань
