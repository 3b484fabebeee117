# শেষ হওয়া পরীক্ষার পর্যালোচনা (ফিল্টার, মিলানোর টেবিল), পরের ধাপ, এবং অগ্রগতি পাতায় যা যোগ হয়।
review-filter-legend = পর্যালোচনায় দেখান
review-filter-all = সব প্রশ্ন ({ $count })
review-filter-mistakes = শুধু আমার ভুল ({ $count })
review-filter-unanswered = শুধু উত্তর না দেওয়া ({ $count })
review-filter-none = এই পছন্দের সাথে কোনো প্রশ্ন মেলে না।
review-match-text = লেখা
review-match-yours = আপনার উত্তর
review-match-right = সঠিক উত্তর
next-step-title = আপনার পরের ধাপ
next-step-review-lead = আপনার কিছু ভুল রিভিশনের অপেক্ষায় আছে। এখন রিভিশন করলে মনে রাখতে সুবিধা হয়।
next-step-review = { $count ->
    [one] 1টি প্রশ্ন রিভিশন করুন
   *[other] { $count }টি প্রশ্ন রিভিশন করুন
}
next-step-weakest = আপনার সাম্প্রতিক পরীক্ষায় সবচেয়ে দুর্বল অংশ: { $name }, { $units }টির মধ্যে { $right }টি সঠিক।
next-step-practise = অনুশীলন করুন: { $name }
next-step-exam-lead = রিভিশনের কিছু নেই এবং কোনো দুর্বল অংশ নেই: আরেকটি অনুশীলন পরীক্ষা দিন।
next-step-exam = একটি অনুশীলন পরীক্ষা দিন
practice-query-ignored = লিংকের কিছু পছন্দ বোঝা যায়নি, তাই বাদ দেওয়া হয়েছে: { $values }
readiness-held-back = { $count ->
    [one] আপনার শেষ পরীক্ষায় যে অংশ আপনাকে সবচেয়ে বেশি পিছিয়ে রাখছে: { $section }।
   *[other] আপনার শেষ { $count }টি পরীক্ষায় যে অংশ আপনাকে সবচেয়ে বেশি পিছিয়ে রাখছে: { $section }।
}
progress-chart-axis-points = পয়েন্ট
progress-chart-axis-dates = পরীক্ষার তারিখ
progress-practise-this = এটি অনুশীলন করুন
progress-col-kind = প্রশ্নের ধরন
progress-weakest-first = সবচেয়ে দুর্বল আগে।
