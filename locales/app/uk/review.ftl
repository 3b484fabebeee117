# Перегляд завершеного іспиту (фільтр, таблиця відповідностей), наступний крок і доповнення до /progress.
review-filter-legend = Показати в перегляді
review-filter-all = Усі питання ({ $count })
review-filter-mistakes = Лише мої помилки ({ $count })
review-filter-unanswered = Лише без відповіді ({ $count })
review-filter-none = Жодне питання не відповідає цьому вибору.
review-match-text = Текст
review-match-yours = Ваша відповідь
review-match-right = Правильна відповідь
next-step-title = Ваш наступний крок
next-step-review-lead = Деякі ваші помилки чекають на повторення. Повторіть їх зараз, щоб краще запам'ятати.
next-step-review = { $count ->
    [one] Повторити { $count } питання
    [few] Повторити { $count } питання
    [many] Повторити { $count } питань
   *[other] Повторити { $count } питання
}
next-step-weakest = Ваша найслабша частина в останніх іспитах: { $name }, правильно { $right } з { $units }.
next-step-practise = Тренуватися: { $name }
next-step-exam-lead = Немає чого повторювати і немає слабкої частини: пройдіть ще один пробний іспит.
next-step-exam = Пройти пробний іспит
practice-query-ignored = Деякі параметри посилання не зрозумілі, тому їх пропущено: { $values }
readiness-held-back = { $count ->
    [one] В останньому іспиті вас найбільше стримує частина «{ $section }».
   *[other] В останніх іспитах ({ $count }) вас найбільше стримує частина «{ $section }».
}
progress-chart-axis-points = Бали
progress-chart-axis-dates = Дата іспиту
progress-practise-this = Тренуватися
progress-col-kind = Тип питання
progress-weakest-first = Спочатку найслабші.
