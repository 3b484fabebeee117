# مکمل امتحان کا جائزہ (فلٹر، ملانے کا جدول)، اگلا قدم، اور پیش رفت کے صفحے پر اضافے۔
review-filter-legend = جائزے میں دکھائیں
review-filter-all = تمام سوالات ({ $count })
review-filter-mistakes = صرف میری غلطیاں ({ $count })
review-filter-unanswered = صرف بغیر جواب ({ $count })
review-filter-none = کوئی سوال اس انتخاب سے نہیں ملتا۔
review-match-text = متن
review-match-yours = آپ کا جواب
review-match-right = درست جواب
next-step-title = آپ کا اگلا قدم
next-step-review-lead = آپ کی کچھ غلطیاں دہرائی کی منتظر ہیں۔ انہیں ابھی دہرانے سے یاد رکھنے میں مدد ملتی ہے۔
next-step-review = { $count ->
    [one] 1 سوال دہرائیں
   *[other] { $count } سوالات دہرائیں
}
next-step-weakest = آپ کے حالیہ امتحانات میں سب سے کمزور حصہ: { $name }، { $units } میں سے { $right } درست۔
next-step-practise = مشق کریں: { $name }
next-step-exam-lead = دہرانے کو کچھ نہیں اور کوئی کمزور حصہ نہیں: ایک اور مشقی امتحان دیں۔
next-step-exam = مشقی امتحان دیں
practice-query-ignored = لنک کے کچھ انتخاب سمجھ میں نہیں آئے اس لیے چھوڑ دیے گئے: { $values }
readiness-held-back = { $count ->
    [one] آپ کے آخری امتحان میں جو حصہ آپ کو سب سے زیادہ پیچھے رکھتا ہے: { $section }۔
   *[other] آپ کے آخری { $count } امتحانات میں جو حصہ آپ کو سب سے زیادہ پیچھے رکھتا ہے: { $section }۔
}
progress-chart-axis-points = پوائنٹس
progress-chart-axis-dates = امتحان کی تاریخ
progress-practise-this = اس کی مشق کریں
progress-col-kind = سوال کی قسم
progress-weakest-first = سب سے کمزور پہلے۔
