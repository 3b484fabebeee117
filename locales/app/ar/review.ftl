# مراجعة امتحان منتهٍ (التصفية، جدول المطابقة)، والخطوة التالية، وما يُضاف إلى صفحة التقدّم.
review-filter-legend = ما يُعرض في المراجعة
review-filter-all = كل الأسئلة ({ $count })
review-filter-mistakes = أخطائي فقط ({ $count })
review-filter-unanswered = بلا إجابة فقط ({ $count })
review-filter-none = لا يوجد سؤال يطابق هذا الاختيار.
review-match-text = النص
review-match-yours = إجابتك
review-match-right = الإجابة الصحيحة
next-step-title = خطوتك التالية
next-step-review-lead = بعض أخطائك تنتظر المراجعة. مراجعتها الآن تساعدك على التذكّر.
next-step-review = { $count ->
    [one] راجِع سؤالًا واحدًا
   *[other] راجِع { $count } أسئلة
}
next-step-weakest = أضعف جزء في امتحاناتك الأخيرة: { $name }، { $right } صحيحة من { $units }.
next-step-practise = تدرّب: { $name }
next-step-exam-lead = لا شيء للمراجعة ولا جزء ضعيف: قدّم امتحانًا تجريبيًا آخر.
next-step-exam = ابدأ امتحانًا تجريبيًا
practice-query-ignored = لم تُفهم بعض الاختيارات في الرابط فتُركت: { $values }
readiness-held-back = { $count ->
    [one] في امتحانك الأخير، الجزء الذي يعيقك أكثر هو { $section }.
   *[other] في امتحاناتك الـ{ $count } الأخيرة، الجزء الذي يعيقك أكثر هو { $section }.
}
progress-chart-axis-points = النقاط
progress-chart-axis-dates = تاريخ الامتحان
progress-practise-this = تدرّب على هذا
progress-col-kind = نوع السؤال
progress-weakest-first = الأضعف أولًا.
