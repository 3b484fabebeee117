# Short lessons: the list, one lesson, and the links to lessons from feedback.
lessons-title = Mësime
lessons-intro = Mësime të shkurtra për atë që të duhet për testin A2: lexo shpjegimin, shiko shembujt dhe provo ushtrimin.
lessons-loading = Po ngarkohen mësimet…
lesson-not-found = Ky mësim nuk ekziston
lesson-all = Të gjitha mësimet
lesson-italian = Shpjegimi në italisht
lesson-kicker = Mësim
lesson-examples = Shembuj
lesson-practice = Ushtrim
lesson-links-lead = Një mësim mund të të ndihmojë:
