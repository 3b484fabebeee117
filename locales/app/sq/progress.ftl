# Përparimi, kopja rezervë, të dhënat e ruajtura.
progress-empty = Nuk keni bërë ende asnjë simulim provimi. Këtu do të shihni rezultatet, pikët për çdo pjesë dhe sa keni përparuar.
progress-take-exam = Bëni një simulim provimi
progress-back = Të gjitha simulimet tuaja
progress-save-failed = Ruajtja nuk është e mundur: memoria e shfletuesit është plot. Shkarkoni një kopje rezervë dhe fshini të dhënat e vjetra për të liruar vend.
progress-review-title = Korrigjimi i simulimit
progress-details-gone = Hollësitë e këtij simulimi nuk ruhen më: aplikacioni i ruan të plota vetëm 20 simulimet e fundit.
progress-history-title = Simulimet tuaja
progress-history-count = { $count ->
    [one] Keni bërë 1 simulim.
   *[other] Keni bërë { $count } simulime.
}
progress-show-more = { $count ->
    [one] Shfaqni edhe 1 simulim
   *[other] Shfaqni edhe { $count } simulime
}
progress-passed = I kaluar
progress-failed = I pakaluar
progress-open-review = Shihni korrigjimin
progress-score = { $points } pikë nga { $max }
progress-time-used = koha { $time }
progress-ready-need-more = { $count ->
    [one] Bëni edhe 1 simulim për të ditur sa keni përparuar.
   *[other] Bëni edhe { $count } simulime për të ditur sa keni përparuar.
}
progress-ready-yes = Mund të paraqiteni në test: 3 simulimet tuaja të fundit i kanë arritur të gjitha pikët minimale.
progress-ready-almost = Pothuajse ia keni dalë: në 3 simulimet e fundit, mesatarisht, ju mungojnë jo më shumë se 5 pikë për ta kaluar testin.
progress-ready-keep = Vazhdoni të ushtroheni: në 3 simulimet e fundit, mesatarisht, ju mungojnë më shumë se 5 pikë për ta kaluar testin.
progress-streak-none = Sot dhe dje nuk keni bërë simulime.
progress-streak = { $count ->
    [one] 1 ditë radhazi me të paktën një simulim.
   *[other] { $count } ditë radhazi me të paktën një simulim.
}
progress-chart-title = Pikët me kalimin e kohës
progress-chart-label = { $count ->
    [one] Grafiku i pikëve të simulimit të fundit
   *[other] Grafiku i pikëve të { $count } simulimeve të fundit
}
progress-chart-score = Pikët tuaja
progress-chart-pass = Pikët minimale për ta kaluar testin
progress-chart-table = Shfaqni të dhënat e grafikut në një tabelë
progress-col-date = Data
progress-col-score = Pikët
progress-col-pass = Minimumi
progress-col-result = Rezultati
progress-accuracy-title = Përgjigjet e sakta sipas pjesës dhe temës
progress-accuracy-lead = { $count ->
    [one] Nga simulimi i fundit që ruhet i plotë. Shkrimi nuk numërohet: e vlerësoni vetë.
   *[other] Nga { $count } simulimet e fundit që ruhen të plota. Shkrimi nuk numërohet: e vlerësoni vetë.
}
progress-accuracy-none = Nuk ka ende përgjigje për t'u numëruar.
progress-right-of = Të sakta: { $right } nga { $units }
progress-col-right = Përgjigje të sakta
progress-col-percent = Përqindja
progress-col-section = Pjesa
progress-col-topic = Tema
backup-title = Kopja rezervë
backup-lead = Të dhënat tuaja mbeten vetëm në këtë pajisje. Ruani një kopje në një skedar që të mos i humbni, ose për t'i kaluar në një telefon apo kompjuter tjetër.
backup-export-title = Ruani një kopje
backup-export = Shkarkoni kopjen rezervë
backup-exported = Kopja është gati: skedari { $file } u shkarkua.
backup-export-failed = Shfletuesi nuk e shkarkoi skedarin. Hapni tekstin e kopjes më poshtë dhe ruajeni në një skedar.
backup-show-json = Shfaqni tekstin e kopjes
backup-json-label = Teksti i kopjes rezervë (JSON)
backup-import-title = Riktheni një kopje
backup-import-label = Zgjidhni një skedar kopjeje rezervë (.json). Të dhënat e tij u shtohen atyre të kësaj pajisjeje: nuk fshihet asgjë.
backup-imported = { $count ->
    [0] Kopja u rikthye: asnjë simulim i ri.
    [one] Kopja u rikthye: u shtua 1 simulim.
   *[other] Kopja u rikthye: u shtuan { $count } simulime.
}
backup-imported-updated = { $count ->
    [one] 1 simulim mori vlerësimin e shkrimit.
   *[other] { $count } simulime morën vlerësimin e shkrimit.
}
backup-imported-files = { $count ->
    [one] U shtua 1 skedar me pyetje.
   *[other] U shtuan { $count } skedarë me pyetje.
}
backup-imported-refused = { $count ->
    [one] 1 provim në skedar nuk përputhet (pikë ose datë e pamundur) dhe nuk u importua.
   *[other] { $count } provime në skedar nuk përputhen (pikë ose data të pamundura) dhe nuk u importuan.
}
backup-not-a-backup = Ky skedar nuk është kopje rezervë e aplikacionit Sportello. Nuk ndryshoi asgjë.
backup-newer = Kjo kopje është bërë me një version më të ri të aplikacionit Sportello. Ringarkoni faqen për të përditësuar aplikacionin dhe provoni përsëri. Nuk ndryshoi asgjë.
backup-damaged = Kjo kopje është e dëmtuar dhe nuk mund të lexohet. Nuk ndryshoi asgjë.
backup-too-big = Skedari është shumë i madh për të qenë kopje rezervë e aplikacionit Sportello. Nuk ndryshoi asgjë.
backup-unreadable = Shfletuesi nuk arriti ta lexonte skedarin. Nuk ndryshoi asgjë.
backup-full = Memoria e shfletuesit është plot: kopja nuk u rikthye. Nuk ndryshoi asgjë.
backup-unavailable = Shfletuesi nuk lejon ruajtjen e të dhënave (ndoshta për shkak të shfletimit privat). Nuk ndryshoi asgjë.
backup-reset-title = Fshini gjithçka
backup-reset = Fshini të gjitha të dhënat e mia
backup-reset-export-first = Para se të fshini, shkarkoni një kopje rezervë nëse doni t'i mbani rezultatet tuaja.
backup-reset-confirm = Doni të fshini nga kjo pajisje simulimet, rezultatet, cilësimet, skedarët me pyetje të importuar dhe gabimet për t'u përsëritur? Kjo nuk mund të zhbëhet. Gjuha e zgjedhur mbetet.
backup-reset-confirm-button = Po, fshini gjithçka
backup-reset-done = Të gjitha të dhënat u fshinë.
saved-notice-text = Disa të dhëna të ruajtura në këtë pajisje nuk mund të lexohen: janë të dëmtuara ose nga një version më i ri i aplikacionit. Janë vënë mënjanë, jo të fshira, dhe aplikacioni punon normalisht. Mund t'i shkarkoni për të mbajtur një kopje ose për të kërkuar ndihmë.
saved-notice-export = Shkarkoni të dhënat e vëna mënjanë
saved-notice-dismiss = Mbyllni këtë njoftim
saved-notice-export-failed = Shfletuesi nuk e shkarkoi skedarin.
backup-imported-results = { $count ->
    [one] U shtua 1 rezultat i klasës.
   *[other] U shtuan { $count } rezultate të klasës.
}
