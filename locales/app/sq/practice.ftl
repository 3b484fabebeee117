# Ushtrime pa kufi kohe dhe përsëritja e gabimeve.
practice-intro = Ushtrohuni pa kufi kohe: zgjidhni pjesën, temën dhe llojin e pyetjes. Pas çdo përgjigjeje shtypni „Kontrolloni”: shihni nëse është e saktë dhe pse.
practice-section-legend = Pjesa e testit
practice-all-sections = Të gjitha pjesët
practice-topic-label = Tema
practice-all-topics = Të gjitha temat
practice-kind-label = Lloji i pyetjes
practice-all-kinds = Të gjitha llojet
practice-available = { $count ->
    [0] Asnjë ushtrim me këtë zgjedhje. Provoni një kombinim tjetër.
    [one] 1 ushtrim me këtë zgjedhje.
   *[other] { $count } ushtrime me këtë zgjedhje.
}
practice-start = Filloni
practice-check = Kontrolloni
practice-next = Ushtrimi tjetër
practice-stop = Ndryshoni ushtrimet
practice-none = Nuk ka ushtrime me këtë zgjedhje.
practice-slower = Zë më i ngadaltë
practice-save-failed = Përsëritja nuk mund të ruhet: memoria e shfletuesit është plot ose e bllokuar.
practice-topic-casa = Shtëpia
practice-topic-famiglia = Familja
practice-topic-lavoro = Puna
practice-topic-salute = Shëndeti
practice-topic-scuola = Shkolla
practice-topic-trasporti = Transporti
practice-topic-acquisti = Blerjet
practice-topic-uffici-pubblici = Zyrat publike
practice-topic-tempo-libero = Koha e lirë
practice-topic-citta-servizi = Qyteti dhe shërbimet
practice-kind-single-choice = Zgjedhje e shumëfishtë
practice-kind-true-false = E vërtetë apo e gabuar
practice-kind-matching = Çiftëzime
practice-kind-place = Ku jemi?
practice-kind-tick-info = Informacione në tekst
practice-kind-gap-fill = Fjala që mungon
practice-kind-form = Formular
practice-kind-message = Mesazh
review-queue-title = Përsëritje
review-queue-due = { $count ->
    [0] Përsëritje: asnjë pyetje për të përsëritur tani.
    [one] Përsëritje: 1 pyetje për të përsëritur.
   *[other] Përsëritje: { $count } pyetje për të përsëritur.
}
review-queue-waiting = { $count ->
    [one] 1 pyetje do të kthehet më vonë.
   *[other] { $count } pyetje do të kthehen më vonë.
}
review-queue-start = Përsëritni
review-queue-help = Çdo pyetje që gaboni, këtu ose në një simulim, kthehet te përsëritja. Nëse përgjigjeni saktë, kthehet pas 1 dite, pastaj pas 6 ditësh dhe pastaj gjithnjë e më vonë. Nëse gaboni, kthehet pas 10 minutash.
review-queue-next = Pyetja tjetër
review-queue-done = I përsëritët të gjitha pyetjet për tani. Shumë mirë!
practice-bank-only = Vetëm pyetjet nga:
practice-bank-all = Ushtrohuni me të gjitha pyetjet
practice-sets-title = Pyetje nga mësuesi juaj
practice-set-practise = Ushtrohuni me këto pyetje
practice-set-remove = Hiqni
practice-set-remove-named = Hiqni { $title } nga ky telefon
practice-set-remove-ask = Doni ta hiqni { $title } nga ky telefon? Rezultatet tuaja dhe përsëritja mbeten. Për t'i pasur përsëri këto pyetje, hapni përsëri lidhjen e mësuesit tuaj.
practice-set-removed = { $title } u hoq nga ky telefon.
practice-set-remove-failed = { $title } nuk mund të hiqet: shfletuesi nuk lejon ruajtjen e të dhënave.
