# Rishikimi i një provimi të mbaruar (filtri, tabela e përputhjeve), hapi i ardhshëm dhe shtesat te /progress.
review-filter-legend = Shfaq në rishikim
review-filter-all = Të gjitha pyetjet ({ $count })
review-filter-mistakes = Vetëm gabimet e mia ({ $count })
review-filter-unanswered = Vetëm pa përgjigje ({ $count })
review-filter-none = Asnjë pyetje nuk i përshtatet kësaj zgjedhjeje.
review-match-text = Teksti
review-match-yours = Përgjigja juaj
review-match-right = Përgjigja e saktë
next-step-title = Hapi juaj i ardhshëm
next-step-review-lead = Disa nga gabimet tuaja presin përsëritjen. Përsëritja tani ju ndihmon të mbani mend.
next-step-review = { $count ->
    [one] Përsëritni 1 pyetje
   *[other] Përsëritni { $count } pyetje
}
next-step-weakest = Pjesa juaj më e dobët në provimet e fundit: { $name }, { $right } të sakta nga { $units }.
next-step-practise = Ushtrohuni: { $name }
next-step-exam-lead = Asgjë për të përsëritur dhe asnjë pjesë e dobët: bëni një simulim tjetër provimi.
next-step-exam = Bëni një simulim provimi
practice-query-ignored = Disa zgjedhje në lidhje nuk u kuptuan dhe u lanë jashtë: { $values }
readiness-held-back = { $count ->
    [one] Në provimin tuaj të fundit, pjesa që ju pengon më shumë është { $section }.
   *[other] Në { $count } provimet tuaja të fundit, pjesa që ju pengon më shumë është { $section }.
}
progress-chart-axis-points = Pikët
progress-chart-axis-dates = Data e provimit
progress-practise-this = Ushtrohuni
progress-col-kind = Lloji i pyetjes
progress-weakest-first = Më të dobëtat së pari.
