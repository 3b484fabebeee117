# যাচাইকারীর বার্তা (bank-check ও শিক্ষকদের পাতা), বাংলায়।
# RON-এর ফিল্ডের নাম, মান ও কোড যেমন আছে তেমনই থাকে, ব্যাকটিকের ভেতরে; id বদলায় না।

## লেবেল: বার্তাটি কী নিয়ে

label-bank = ব্যাংক { $id }
label-bank-alone = ব্যাংক
label-task = কাজ { $id }
label-task-alone = কাজ
label-item = { $task } / প্রশ্ন { $id }
label-layout = কাঠামো { $id }
label-layout-alone = কাঠামো
label-section = { $layout }: অংশ { $section }
label-slot = { $section }, স্থান { $n }

## ব্যাংক বা কাঠামোর অংশ

what-id = id
what-title = শিরোনাম
what-author = লেখক { $n }
what-license = লাইসেন্স
what-instructions = নির্দেশনা
what-item-id = প্রশ্নের id
what-explanation = ব্যাখ্যা
what-statement = বিবৃতি
what-prompt = প্রশ্ন
what-text = লেখা
what-pair = জোড়া { $n }
what-pair-left = জোড়া { $n }-এর বাম লেখা
what-pair-right = জোড়া { $n }-এর ডান লেখা
what-extra = অতিরিক্ত { $n }
what-option = বিকল্প { $n }
what-accepted = গ্রহণযোগ্য উত্তর { $n }
what-field-label = ঘর { $n }-এর লেবেল
what-field-example = ঘর { $n }-এর উদাহরণ
what-field-choice = ঘর { $n }-এর পছন্দ
what-point = বিষয় { $n }
what-model = নমুনা উত্তর
what-sample-sufficient = যথেষ্ট নমুনা
what-sample-insufficient = অপর্যাপ্ত নমুনা
what-stimulus-title = উপকরণের শিরোনাম
what-stimulus-body = উপকরণের লেখা
what-announcement = ঘোষণা
what-turn-speaker = পালা { $n }-এর বক্তা
what-turn-text = পালা { $n }-এর লেখা
what-picture = ছবি
what-audio = অডিও ফাইলের নাম
what-single-choice = একক পছন্দের প্রশ্ন
what-place = স্থানের প্রশ্ন
what-tick-info = «তথ্যে টিক দিন» প্রশ্ন
what-gap = শূন্যস্থান

## ফাইল পড়া

file-binary = এটি বাইনারি ফাইল (এতে NUL বাইট আছে), লেখার ফাইল নয়: ব্যাংক বা কাঠামো হলো UTF-8-এ সংরক্ষিত সাধারণ লেখা
file-not-utf8 = ফাইলটি UTF-8 লেখা নয়: UTF-8 এনকোডিং বেছে আবার সংরক্ষণ করুন
file-empty = ফাইলটি খালি
file-not-downloaded = ডাউনলোড করা যায়নি ({ $why })
in-place = { $label }: { $message }
ends-here = { $message } (ফাইল এখানে শেষ: বন্ধ করার `)` বা `]` কি নেই?)
typographic-quote = অপ্রত্যাশিত { $quote }: লেখা সোজা ডাবল উদ্ধৃতিচিহ্ন "…"-এর মধ্যে রাখুন (« » ও “ ” ভেতরে থাকতে পারে)
file-ends-early = ফাইল খুব আগে শেষ: বন্ধ করার `)` বা `]` কি নেই?
expected-comma = এখানে একটি কমা `,` দরকার: এর আগে কি কমা, বা কোনো লেখার শেষ উদ্ধৃতিচিহ্ন, নেই?
expected-option = এই ঘরটি ঐচ্ছিক: মানের চারপাশে Some(…) লিখুন, অথবা None
expected-text = এখানে উদ্ধৃতিচিহ্নের মধ্যে লেখা দরকার, যেমন "…"
trailing-characters = ব্যাংকের শেষের পরেও লেখা আছে: কোনো `)` বা `]` কি বেশি আছে?
unknown-topic = অজানা বিষয় `{ $found }`; বিষয়গুলো: { $names }
unknown-section = অজানা অংশ `{ $found }`; অংশগুলো: { $names }
unknown-kind = অজানা প্রশ্নের ধরন `{ $found }`; ধরনগুলো: { $names }
unknown-level = অজানা স্তর `{ $found }`; স্তরগুলো: { $names }
unknown-value = { $outer }-এ অজানা মান `{ $found }`; এগুলোর একটি লিখুন: { $names }
unknown-field = { $outer }-এ অজানা ঘর `{ $found }`; এর ঘরগুলো: { $names }
missing-field = { $outer }-এ `{ $field }` ঘরটি নেই
field-twice = `{ $field }` ঘরটি { $outer }-এ দুবার লেখা; একটি রাখুন
list-not-closed = একটি তালিকা বন্ধ হয়নি: `{ $next }:`-এর আগে `]` লিখুন
expected-list-end = এখানে একটি তালিকা বন্ধ হয়নি: কমা `,` বা `]` কি নেই?
expected-brackets-end = এখানে বন্ধনীর মান বন্ধ হয়নি: কমা `,` বা `)` কি নেই?
expected-translations-end = এখানে অনুবাদগুলো বন্ধ হয়নি: কমা `,` বা `{ "}" }` কি নেই?
expected-translation-colon = ভাষার কোডের পরে কোলন `:` লিখুন, যেমন `"en": "…"`
text-not-closed = একটি লেখা বন্ধ হয়নি: শেষের `"` কি নেই?
unexpected-char = `{ $char }` এখানে থাকার কথা নয়: মুছে ফেলুন, অথবা কোনো লেখা "…"-এর ভেতরে রাখুন
takes-boolean = `{ $field }:`-এ `true` বা `false` লিখুন
takes-integer = `{ $field }:`-এ পূর্ণসংখ্যা লিখুন, যেমন `0` বা `2`
takes-number = `{ $field }:`-এ একটি সংখ্যা লিখুন, যেমন `10`
number-out-of-range = `{ $field }:` সংখ্যাটি খুব বড়, বা 0-এর কম
takes-brackets = `{ $field }:`-এ গোল বন্ধনীতে মান লিখুন `( … )`
takes-list = `{ $field }:`-এ বর্গ বন্ধনীতে তালিকা লিখুন, যেমন `[ … ]`
takes-translations = `{ $field }:`-এ দ্বিতীয় বন্ধনীতে অনুবাদ লিখুন, যেমন `{"{"} "en": "…" {"}"}`
takes-text = `{ $field }:`-এ উদ্ধৃতিচিহ্নের মধ্যে লেখা দিন, যেমন "…"
ron-error = RON বাক্যগঠনের ভুল: { $detail }

## লেখা

empty = { $label }: { $what } খালি
sentence-long = { $label }: { $what }-এ { $words } শব্দের একটি বাক্য আছে ("{ $start } …"); A2 বাক্য ছোট হয়: সর্বোচ্চ { $max } শব্দ
translation-no-locale = { $label }: { $what }-এর একটি অনুবাদে ভাষার কোড নেই
translation-empty = { $label }: { $what }-এর { $locale } অনুবাদ খালি
letter-label = { $label }: { $what } নিজের অক্ষর দিয়ে শুরু ("{ $letter }"); অ্যাপ বিকল্পগুলো মিশিয়ে নিজেই অক্ষর বসায়, তাই অক্ষরটি মুছে দিন
direction-control = একটি লেখায় অদৃশ্য দিক-নিয়ন্ত্রণ চিহ্ন { $code } আছে, যা লেখাটিকে অন্যভাবে পড়াতে পারে; এটি মুছে দিন

## ব্যাংক, কাজ ও প্রশ্ন

bank-language = { $label }: language হতে হবে "it", "{ $language }" নয়
bank-version = { $label }: version হতে হবে 1 বা বেশি
bank-no-tasks = { $label }: এতে কোনো কাজ নেই
bank-same-position = { $label }: সব { $count }টি একক পছন্দ ও স্থানের প্রশ্নে সঠিক উত্তর { $position ->
        [0] প্রথম বিকল্প
        [1] দ্বিতীয় বিকল্প
        [2] তৃতীয় বিকল্প
        [3] চতুর্থ বিকল্প
       *[other] সবসময় একই বিকল্প
    }; এর অবস্থান বদলান
bank-partial-translations = { $label }: কিছু লেখার { $languages } অনুবাদ নেই: ওই ভাষায় যারা পড়ে তারা সেখানে ইংরেজি, বা শুধু ইতালীয় দেখে
bank-id-taken = ব্যাংক { $id }: এই id আগেই { $place }-এর ব্যাংক ব্যবহার করছে
task-id-taken = কাজ { $id }: এই id আগেই { $place }-এর কাজ ব্যবহার করছে
task-no-items = { $label }: এতে কোনো প্রশ্ন নেই
item-id-twice = { $label }: এই কাজের আরেকটি প্রশ্নের id আগেই { $id }
item-not-for-writing = { $label }: লেখার কাজে শুধু form বা message প্রশ্ন থাকতে পারে, { $kind } নয়
item-only-for-writing = { $label }: { $kind } প্রশ্ন শুধু লেখার কাজে থাকতে পারে
item-same-explanation = { $label }: ব্যাখ্যাটি প্রশ্ন { $first }-এর মতোই; প্রতিটি উত্তর আলাদা করে ব্যাখ্যা করুন
listening-silent-task = { $label }: শোনার কাজে বলার মতো কথা দরকার: এর উপকরণে নেই (Dialogue বা Announcement ব্যবহার করুন) এবং কোনো প্রশ্নের নিজের উপকরণ নেই
listening-silent-item = { $label }: শোনার কিছু নেই: কাজের উপকরণে কথা নেই এবং এই প্রশ্নের নিজের উপকরণ নেই
listening-name-unheard = { $label }: প্রশ্নে { $name }-এর নাম আছে, কিন্তু কেউ নামটি জোরে বলে না (কণ্ঠস্বর বক্তার নাম পড়ে না): কোনো পালায় বা নির্দেশনায় মানুষটির নাম বলুন, অথবা "la donna", "l'uomo" লিখুন
stimulus-similar = কাজ { $id }: এর উপকরণ প্রায় কাজ { $other }-এর ({ $place }) লেখার মতোই, { $percent }% মিল; নতুন লেখা লিখুন
dialogue-no-turns = { $label }: কথোপকথনে কোনো পালা নেই
task-fits-no-layout = { $label }: এতে { $count }টি নম্বরযুক্ত উত্তর আছে, কিন্তু কোনো কাঠামোর { $section } অংশে এই আকারের স্থান নেই ({ $sizes }): এটি কখনো পরীক্ষায় আসে না
task-words-above-a2 = { $label }: A2-এর উপরের { $count }টি শব্দ ({ $words }): সর্বোচ্চ { $most }টি রাখুন

## প্রশ্ন

options-count-range = { $label }: { $what }-এ 2 থেকে { $max }টি বিকল্প দরকার; আছে { $count }টি
options-count-least = { $label }: { $what }-এ অন্তত 2টি বিকল্প দরকার; আছে { $count }টি
options-same = { $label }: বিকল্প { $first } ও { $second } একই ("{ $text }")
correct-out-of-range = { $label }: correct হলো { $correct }, কিন্তু বিকল্পগুলোর নম্বর 0 থেকে { $last }
pinned-missing = { $label }: pinned-এ বিকল্প { $option } আছে, যা নেই
pinned-twice = { $label }: pinned-এ বিকল্প { $option } দুবার আছে
matching-few-pairs = { $label }: মেলানোর প্রশ্নে অন্তত 2টি জোড়া দরকার; আছে { $count }টি
matching-same-left = { $label }: জোড়া { $first } ও { $second }-এর বাম লেখা একই ("{ $text }")
matching-same-right = { $label }: { $first } ও { $what }-এর ডান লেখা একই ("{ $text }")
tick-no-correct = { $label }: কোনো বিকল্প সঠিক চিহ্নিত নয়: সঠিকগুলো লিখুন, যেমন correct: [0, 2]
tick-correct-twice = { $label }: correct-এ বিকল্প { $option } দুবার আছে
gap-long = { $label }: শূন্যস্থান ঠিক তিনটি আন্ডারস্কোর ___ দিয়ে লিখুন
gap-none = { $label }: লেখায় শূন্যস্থান নেই: তিনটি আন্ডারস্কোর ___ দিয়ে চিহ্নিত করুন
gap-many = { $label }: লেখায় { $gaps }টি শূন্যস্থান ___ আছে; শূন্যস্থান পূরণের প্রশ্নে ঠিক একটি থাকে
gap-no-accepted = { $label }: শূন্যস্থান কোনো উত্তর নেয় না: accepted-এ অন্তত একটি লিখুন
form-no-fields = { $label }: ফর্মে কোনো ঘর নেই
points-tr-count = { $label }: বিষয়গুলোর { $locale } অনুবাদে { $points }টি বিষয়ের জন্য { $texts }টি লেখা আছে
points-tr-empty = { $label }: বিষয়গুলোর { $locale } অনুবাদে একটি লেখা খালি
message-min-zero = { $label }: min_words অন্তত 1 হতে হবে
message-min-above-max = { $label }: min_words ({ $min }) max_words ({ $max })-এর চেয়ে বেশি
message-no-points = { $label }: points-এ লিখুন একটি সম্পূর্ণ বার্তায় কী থাকে
message-model-length = { $label }: নমুনা উত্তরে { $words }টি শব্দ, min_words–max_words ({ $min }–{ $max })-এর বাইরে

## পরীক্ষার কাঠামো

layout-id-taken = কাঠামো { $id }: এই id আগেই { $place }-এর কাঠামো ব্যবহার করছে
layout-no-sections = { $label }: এতে কোনো অংশ নেই
layout-section-twice = { $label } দুবার আছে; এর সব স্থান একটি অংশে রাখুন
layout-pass-mark = { $label }: পাস নম্বর { $pass_mark } পরীক্ষার সর্বোচ্চ নম্বরের ({ $max }) চেয়ে বেশি
layout-minutes = { $label } { $minutes } মিনিট চলে; এটি 1 থেকে { $max } মিনিট চলতে হবে, পূর্ণ মিনিটে (বা পরীক্ষামূলক কাঠামোয় পূর্ণ সেকেন্ডে)
layout-no-slots = { $label }-এ কাজের কোনো স্থান নেই
layout-slot-empty = { $label }-এ 0টি প্রশ্ন
layout-slot-too-many = { $label }-এ { $items }টি প্রশ্ন; সর্বোচ্চ { $max }
layout-slot-no-kinds = { $label }-এ কোনো প্রশ্নের ধরন নেই
layout-slot-writing-kind = { $label }-এ { $kind } আছে, কিন্তু এটি শুধু লেখার কাজে থাকে
layout-slot-not-writing-kind = { $label }-এ { $kind } আছে, কিন্তু লেখার কাজে শুধু form ও message প্রশ্ন থাকে
layout-points-too-many = { $label } { $points } নম্বর দেয়; প্রতি প্রশ্ন বা কাজে সর্বোচ্চ { $max }
layout-writing-per-item = { $label }-এর নম্বর Bands(complete: …, sufficient: …) দিয়ে দিতে হবে, PerItem দিয়ে নয়
layout-bands-not-writing = { $label }-এর নম্বর PerItem(…) দিয়ে দিতে হবে, Bands দিয়ে নয়
layout-sufficient-above-complete = { $label }: sufficient ({ $sufficient }) complete ({ $complete })-এর চেয়ে বেশি
layout-fill-short = কাঠামো { $layout }: অংশ { $section }-এ { $items }টি প্রশ্নের, শুধু [{ $kinds }] দিয়ে, { $need }টি কাজ দরকার; ব্যাংকগুলোতে আছে { $have }টি
layout-fill-together = কাঠামো { $layout }: অংশ { $section }-এর স্থানগুলোর জন্য { $need }টি আলাদা কাজ দরকার; ব্যাংকগুলোতে একসাথে মেলে মাত্র { $filled }টি

## Lessons

label-lesson = পাঠ { $id }
label-lesson-practice = { $lesson } / কাজ { $id }
what-example = উদাহরণ { $n }
what-item-explanation = আইটেম { $id }-এর ব্যাখ্যা
lesson-id-taken = পাঠ { $id }: এই id { $place }-এর পাঠে আগেই ব্যবহৃত
lesson-id-empty = { $label }: id খালি
lesson-id-characters = { $label }: id-তে শুধু ছোট হাতের অক্ষর, সংখ্যা আর হাইফেন থাকে
lesson-file-name = { $label }: এই পাঠের ফাইলের নাম হতে হবে { $id }.ron
lesson-examples-count = { $label }: এতে { $count }টি উদাহরণ আছে; একটি পাঠে { $start } থেকে { $end }টি থাকে
lesson-practice-id = { $label }: অনুশীলনের id হতে হবে { $expected }
lesson-practice-writing = { $label }: পাঠের অনুশীলন শোনা বা পড়া, লেখা নয়
lesson-practice-items-count = { $label }: এতে { $count }টি আইটেম আছে; পাঠের অনুশীলনে { $start } থেকে { $end }টি থাকে
lesson-translations-missing = { $label }: { $what }-এর { $languages } ভাষায় অনুবাদ নেই
lesson-unknown = কাজ { $task }: { $id } নামে কোনো পাঠ নেই (lessons/{ $id }.ron)

## Moodle থেকে আনা প্রশ্ন (GIFT ও Moodle XML)

import-format = এটি একটি { $format } ফাইল, যা Sportello পড়তে পারে না। Sportello পড়ে প্রশ্ন ব্যাংক (.ron), GIFT (.gift বা .txt) ও Moodle XML (.xml): Moodle-এ প্রশ্নগুলো GIFT বা Moodle XML ফরম্যাটে এক্সপোর্ট করুন
gift-unclosed = এখানে {"{"} দিয়ে খোলা উত্তরগুলোর শেষে বন্ধ করার {"}"} নেই: শেষ উত্তরের পরে {"}"} যোগ করুন
gift-stray-close = এই {"}"} কোনো উত্তর বন্ধ করে না: এটি মুছে দিন, অথবা লেখা হিসেবে দেখাতে \{"}"} লিখুন
gift-unclosed-title = :: দিয়ে খোলা শিরোনামের শেষে বন্ধ করার :: নেই
gift-no-answers = বন্ধনীর ভেতরের প্রতিটি উত্তর = (সঠিক) বা ~ (ভুল) দিয়ে শুরু হতে হবে, যেমন {"{"}=হ্যাঁ ~না{"}"}
gift-pair-arrow = মেলানোর প্রশ্নে প্রতিটি উত্তর একটি জোড়া, লেখা হয় =বাম -> ডান
xml-broken = এখানে XML ত্রুটিপূর্ণ ({ $detail }): Moodle থেকে প্রশ্নগুলো আবার এক্সপোর্ট করুন
xml-not-moodle = এই XML ফাইলটি Moodle-এর প্রশ্ন এক্সপোর্ট নয় (এতে <quiz> নেই): Moodle-এ প্রশ্ন ব্যাংক › এক্সপোর্ট › Moodle XML ফরম্যাট ব্যবহার করুন
import-question = প্রশ্ন { $n }
import-question-titled = প্রশ্ন { $n } ({ $title })
import-dropped = { $label } বাদ দেওয়া হয়েছে: { $reason }
import-no-feedback = { $label }-এ কোনো ফিডব্যাক নেই, তাই এর ব্যাখ্যায় শুধু সঠিক উত্তরটি বলা আছে: উত্তরটি কেন সঠিক তা ফিডব্যাকে লিখুন
import-nothing = কোনো প্রশ্ন রূপান্তর করা যায়নি
import-why-gaps = এতে { $gaps }টি শূন্যস্থান আছে, কিন্তু মাত্র একটি থাকতে পারে
import-why-no-text = এতে কোনো লেখা নেই
import-why-no-right = কোনো উত্তর সঠিক হিসেবে চিহ্নিত নয়
import-why-options = বহুনির্বাচনী প্রশ্নে 2 থেকে 4টি উত্তর দরকার, আর এটিতে আছে { $count }টি
import-why-pairs = মেলানোর প্রশ্নে অন্তত 2টি জোড়া দরকার, আর এটিতে আছে { $count }টি
import-why-no-model = রচনা প্রশ্নে একটি নমুনা উত্তর দরকার (GIFT-এ ####-এর পরে, Moodle-এ মূল্যায়নকারীদের জন্য তথ্যে)
import-why-no-points = লেখায় কী বলতে হবে তা প্রশ্নের মধ্যে তালিকা করে লিখুন, প্রতি লাইনে একটি বিষয়, লাইনের শুরুতে -
import-why-kind = { $kind } ধরনের প্রশ্ন A2 পরীক্ষার অংশ নয়
