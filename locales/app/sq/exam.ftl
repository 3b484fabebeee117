# Provimi, ushtrimet, rishikimi.
loading-banks = Po ngarkohen pyetjet…
save-failed = Ruajtja nuk u krye: memoria e shfletuesit është plot. Përgjigjet tuaja mbeten në këtë faqe: mos e mbyllni. Do të provojmë përsëri me çdo përgjigje.
bank-errors-lead = Disa skedarë me pyetje kanë gabime dhe nuk përdoren:
cancel = Anuloni
section-listening = Dëgjimi
section-reading = Leximi
section-writing = Shkrimi
exam-intro-lead = Është një provë si testi i vërtetë: tri pjesë, secila me kohën e vet. Pyetjet janë në italisht, si në provim.
exam-shared = Ky është provimi që ndau mësuesi juaj (kodi { $seed }).
exam-share-bad-code = Kodi i kësaj lidhjeje nuk është i vlefshëm ({ $code }). Kërkoji sërish mësuesit lidhjen, ose fillo më poshtë një provim të ri prove.
exam-share-unknown-layout = Kjo lidhje kërkon një lloj provimi që aplikacioni nuk e njeh ({ $layout }). Kërkoji sërish mësuesit lidhjen, ose fillo më poshtë një provim të ri prove.
exam-share-missing-banks = Ky provim përdor pyetjet e mësuesit tuaj ({ $banks }), që nuk janë në këtë telefon. Hapni lidhjen e klasës që ju dërgoi mësuesi, ose filloni më poshtë një provim të ri prove.
exam-layout-label = Lloji i provimit
exam-rules-title = Si funksionon
exam-col-section = Pjesa
exam-col-time = Koha
exam-col-points = Pikët
exam-minutes = { $minutes } minuta
exam-rule-sections = I bëni { $count } pjesët një nga një. Çdo pjesë ka kohën e vet.
exam-rule-pass = Për ta kaluar testin duhen të paktën { $pass } pikë nga { $max }.
exam-rule-twice = Mund ta dëgjoni çdo regjistrim dy herë.
exam-rule-timeout = Kur mbaron koha, pjesa mbyllet dhe hapet pjesa tjetër. Në fund provimi dorëzohet vetë.
exam-rule-no-back = Nuk mund të ktheheni te një pjesë që është mbyllur.
exam-rule-saved = Përgjigjet ruhen menjëherë. Nëse e mbyllni faqen, vazhdoni me kohën që mbetet.
exam-cannot-generate = Nuk ka mjaftueshëm pyetje për të përgatitur këtë provim.
exam-start = Filloni provimin
exam-part = pjesa { $n } nga { $count }
exam-time-left = Koha që mbetet
exam-five-minutes = Mbeten 5 minuta deri në fund të kësaj pjese.
exam-one-minute = Mbetet 1 minutë deri në fund të kësaj pjese.
exam-submit = Dorëzoni provimin
exam-next-section = Kaloni te pjesa tjetër
exam-confirm-next = { $count ->
    [0] Iu përgjigjët të gjitha pyetjeve. Doni të kaloni te pjesa tjetër? Nuk do të mund të ktheheni pas.
    [one] Keni ende një pyetje pa përgjigje. Doni të kaloni te pjesa tjetër? Nuk do të mund të ktheheni pas.
   *[other] Keni ende { $count } pyetje pa përgjigje. Doni të kaloni te pjesa tjetër? Nuk do të mund të ktheheni pas.
}
exam-confirm-submit = { $count ->
    [0] Iu përgjigjët të gjitha pyetjeve. Doni ta dorëzoni provimin?
    [one] Keni ende një pyetje pa përgjigje. Doni ta dorëzoni provimin?
   *[other] Keni ende { $count } pyetje pa përgjigje. Doni ta dorëzoni provimin?
}
exam-task = Ushtrimi { $n }
transcript = Teksti i regjistrimit
play-listen = ▶ Dëgjoni
play-stop = ■ Ndaloni
plays-left = { $count ->
    [0] Nuk ka më dëgjime
    [one] Edhe 1 dëgjim
   *[other] Edhe { $count } dëgjime
}
no-italian-voice = Pajisja juaj nuk ka zë italian. Lexoni tekstin: në rezultat kjo pjesë do të shënohet si e lexuar, jo e dëgjuar.
item-gap-label = Fjala që mungon
form-required = E detyrueshme.
form-missing = Fushë e detyrueshme.
form-not-a-date = Shkruani datën kështu: dd/mm/vvvv.
form-not-a-number = Shkruani vetëm numra.
form-not-a-phone = Numër telefoni i pavlefshëm.
form-not-an-email = Adresë e-maili e pavlefshme.
form-not-an-option = Zgjidhni një nga opsionet.
message-words = Fjalë: { $count } (nga { $min } deri në { $max }).
message-too-short = Shumë i shkurtër.
message-too-long = Shumë i gjatë.
message-length-ok = Gjatësia është e duhur.
review-why = Pse:
review-right = Saktë
review-wrong = Gabim
review-partly = Të sakta: { $right } nga { $count }
review-your-answer = Përgjigja juaj:
review-no-answer = asnjë përgjigje
review-right-answer = Përgjigja e saktë:
results-title = Rezultati
results-passed = I kaluar
results-failed = I pakaluar
results-pass-mark = Për ta kaluar testin duhen { $pass } pikë nga { $max }.
results-section-points = { $points } pikë nga { $max }
results-ungraded = pa notë
results-read-not-heard = lexuar, jo dëgjuar
results-review-title = Rishikimi i përgjigjeve
results-review-loading = Po përgatitet rishikimi…
results-new-exam = Simulim i ri
results-unsaved = Ky simulim nuk është ruajtur: memoria e shfletuesit është plot. Rezultati dhe korrigjimi i tij ekzistojnë vetëm në këtë faqe: nëse e mbyllni ose nisni një simulim të ri, humbasin. Shkarkojeni në një skedar, ose lironi hapësirë duke fshirë korrigjimin e hollësishëm të simulimeve më të vjetra (pikët e tyre mbeten në historik).
results-unsaved-download = Shkarko këtë simulim
results-unsaved-free = Liro hapësirë
results-unsaved-downloaded = Skedari { $file } u shkarkua. Mund ta riktheni nga faqja Përparimi (Riktheni një kopje).
results-unsaved-download-failed = Shfletuesi nuk e shkarkoi skedarin. Mos e mbyllni këtë faqe.
results-unsaved-still-full = Hapësira ende nuk mjafton. Shkarkojeni këtë simulim që të mos e humbni.
leave-unsaved-title = Ky simulim nuk është ruajtur
leave-unsaved-text = Memoria e shfletuesit është plot: ky simulim ekziston vetëm në këtë faqe. Nëse hapni një faqe tjetër, humbet.
leave-unsaved-stay = Kthehu te simulimi
leave-unsaved-go = Hap faqen dhe humb simulimin
results-new-exam-refused = Së pari ruajeni këtë simulim: shkarkojeni ose lironi hapësirë. Një simulim i ri do ta zëvendësonte.
results-saved-now = Ky simulim tani është ruajtur.
writing-model = Shembull përgjigjeje:
writing-grade-legend = Nota juaj për këtë shkrim
writing-grade-complete = E plotë dhe e saktë: ka gjithçka që kërkon detyra
writing-grade-sufficient = Mjaftueshëm: kuptohet, por mungon diçka ose ka gabime
writing-grade-insufficient = Pamjaftueshëm: mungon pothuajse gjithçka ose nuk kuptohet
translation-fallback = (Në anglisht: nuk ka përkthim në gjuhën tënde.)
voice-check-title = Prova e zërit
voice-check-lead = Para se të fillosh, kontrollo që telefoni të lexojë italisht me zë. Kjo nuk llogaritet si dëgjim i provimit.
voice-check-play = Dëgjo një fjali prove
voice-check-question = A dëgjove një zë që flet italisht?
voice-check-yes = Po, e dëgjova
voice-check-no = Jo, nuk dëgjova asgjë
voice-check-ok = Mirë: në provim do t'i dëgjosh regjistrimet.
voice-check-none = Kjo pajisje nuk ka zë italisht, ose nuk dëgjohet. Mund ta instalosh kështu:
voice-check-android = Android: Cilësimet → Sistemi → Gjuhët → Shndërrimi i tekstit në të folur. Zgjidh «Shërbimet e të folurit nga Google», pastaj instalo italishten.
voice-check-iphone = iPhone: Cilësimet → Qasshmëria → Përmbajtja e lexuar → Zërat → Italisht.
voice-check-windows = Windows: Cilësimet → Ora dhe gjuha → E folura → Shto zëra → Italisht.
voice-check-computer = Kompjuter me Chrome: instalo një zë italisht në sistem, pastaj mbyll dhe hap përsëri Chrome. Kontrollo edhe volumin.
voice-check-continue = Mund ta bësh provimin gjithsesi: regjistrimet do të shfaqen si tekst për t'u lexuar.
result-code-title = Dërgoni rezultatin tuaj te mësuesi
result-code-help = Së pari, më sipër, vendosni notën për shkrimin tuaj. Pastaj kopjoni këtë kod dhe dërgojeni te mësuesi juaj (për shembull me WhatsApp): ky kod ka përgjigjet tuaja, jo tekstin që keni shkruar.
result-code-name = Emri juaj për mësuesin (mund ta lini bosh)
result-code-label = Kodi i rezultatit tuaj
result-code-copy = Kopjoni kodin
result-code-copied = Kodi u kopjua.
