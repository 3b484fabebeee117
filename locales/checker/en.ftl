# The checker's messages (bank-check and the teacher page), in English.
# RON field names, values and code stay as written, in backticks; ids are shown as they are.

## Labels: what a message is about

label-bank = bank { $id }
label-bank-alone = bank
label-task = task { $id }
label-task-alone = task
label-item = { $task } / item { $id }
label-layout = layout { $id }
label-layout-alone = layout
label-section = { $layout }: section { $section }
label-slot = { $section }, slot { $n }

## Parts of a bank or layout

what-id = the id
what-title = the title
what-author = author { $n }
what-license = the license
what-instructions = the instructions
what-item-id = the item id
what-explanation = the explanation
what-statement = the statement
what-prompt = the prompt
what-text = the text
what-pair = pair { $n }
what-pair-left = the left text of pair { $n }
what-pair-right = the right text of pair { $n }
what-extra = extra { $n }
what-option = option { $n }
what-accepted = accepted answer { $n }
what-field-label = the label of field { $n }
what-field-example = the example of field { $n }
what-field-choice = the choice of field { $n }
what-point = point { $n }
what-model = the model answer
what-sample-sufficient = the sufficient sample
what-sample-insufficient = the insufficient sample
what-stimulus-title = the stimulus title
what-stimulus-body = the stimulus body
what-announcement = the announcement
what-turn-speaker = the speaker of turn { $n }
what-turn-text = the text of turn { $n }
what-picture = the picture
what-audio = the audio file name
what-single-choice = a single choice
what-place = a place question
what-tick-info = a tick-the-information question
what-gap = the gap

## Reading the file

file-binary = this is a binary file (it contains NUL bytes), not a text file: a bank or layout is plain text saved as UTF-8
file-not-utf8 = the file is not UTF-8 text: save it again choosing the UTF-8 encoding
file-empty = the file is empty
file-not-downloaded = could not be downloaded ({ $why })
in-place = { $label }: { $message }
ends-here = { $message } (the file ends here: is a closing `)` or `]` missing?)
typographic-quote = unexpected { $quote }: put texts between straight double quotes "…" (« » and “ ” can go inside them)
file-ends-early = the file ends too early: is a closing `)` or `]` missing?
expected-comma = expected a comma `,` here: is a comma, or the closing quote of a text, missing before it?
expected-option = this field is optional: write Some(…) around the value, or None
expected-text = expected a text in double quotes, like "…"
trailing-characters = there is more text after the end of the bank: is there an extra `)` or `]`?
unknown-topic = unknown topic `{ $found }`; the topics are: { $names }
unknown-section = unknown section `{ $found }`; the sections are: { $names }
unknown-kind = unknown item kind `{ $found }`; the kinds are: { $names }
unknown-level = unknown level `{ $found }`; the levels are: { $names }
unknown-value = unknown value `{ $found }` in { $outer }; write one of: { $names }
unknown-field = unknown field `{ $found }` in { $outer }; its fields are: { $names }
missing-field = the field `{ $field }` is missing in { $outer }
field-twice = the field `{ $field }` is written twice in { $outer }; keep one
list-not-closed = a list is not closed: write `]` before `{ $next }:`
expected-list-end = a list is not closed here: is a comma `,` or a closing `]` missing?
expected-brackets-end = a value in brackets is not closed here: is a comma `,` or a closing `)` missing?
expected-translations-end = the translations are not closed here: is a comma `,` or a closing `{ "}" }` missing?
expected-translation-colon = write a colon `:` after the language code, like `"en": "…"`
text-not-closed = a text is not closed: is its closing `"` missing?
unexpected-char = `{ $char }` does not belong here: remove it, or put it inside a text "…"
takes-boolean = `{ $field }:` takes `true` or `false`
takes-integer = `{ $field }:` takes a whole number, like `0` or `2`
takes-number = `{ $field }:` takes a number, like `10`
number-out-of-range = `{ $field }:` this number is too large, or below 0
takes-brackets = `{ $field }:` takes a value in round brackets `( … )`
takes-list = `{ $field }:` takes a list in square brackets, like `[ … ]`
takes-translations = `{ $field }:` takes translations in curly brackets, like `{"{"} "en": "…" {"}"}`
takes-text = `{ $field }:` takes a text in double quotes, like "…"
ron-error = { $detail }

## Texts

empty = { $label }: { $what } is empty
sentence-long = { $label }: { $what } has a sentence of { $words } words ("{ $start } …"); A2 sentences are short: { $max } words at most
translation-no-locale = { $label }: a translation of { $what } has no locale
translation-empty = { $label }: the { $locale } translation of { $what } is empty
letter-label = { $label }: { $what } starts with its own letter ("{ $letter }"); the app letters options after shuffling them, so leave the letter out
direction-control = a text contains the invisible direction control { $code }, which can make it read differently from what it says; remove it

## Banks, tasks and items

bank-language = { $label }: language must be "it", not "{ $language }"
bank-version = { $label }: version must be 1 or more
bank-no-tasks = { $label }: it has no tasks
bank-same-position = { $label }: the right answer is the { $position ->
        [0] first
        [1] second
        [2] third
        [3] fourth
       *[other] same
    } option in all { $count } single-choice and place items; vary its position
bank-partial-translations = { $label }: some texts have no translation in { $languages }: learners reading those languages see the English there, or only the Italian
bank-id-taken = bank { $id }: this id is already used by the bank at { $place }
task-id-taken = task { $id }: this id is already used by the task at { $place }
task-no-items = { $label }: it has no items
item-id-twice = { $label }: another item of this task already has the id { $id }
item-not-for-writing = { $label }: a writing task can only have form or message items, not { $kind }
item-only-for-writing = { $label }: a { $kind } item can only be in a writing task
item-same-explanation = { $label }: the explanation is the same as item { $first }'s; explain each answer on its own
listening-silent-task = { $label }: a listening task needs words to speak: its stimulus has none (use a Dialogue or an Announcement) and no item has a stimulus of its own
listening-silent-item = { $label }: nothing to hear: the task's stimulus has no words and this item has no stimulus of its own
listening-name-unheard = { $label }: the question names { $name }, but nobody says that name aloud (the voice does not read the speaker's name): name the person in a turn or in the instructions, or write "la donna", "l'uomo"
stimulus-similar = task { $id }: its stimulus is almost the same text as task { $other }'s ({ $place }), { $percent }% alike; write a new text
dialogue-no-turns = { $label }: the dialogue has no turns
task-fits-no-layout = { $label }: it has { $count } scored { $count ->
        [one] answer
       *[other] answers
    }, but no layout has a { $section } slot of that size ({ $sizes }): it never appears in an exam
task-words-above-a2 = { $label }: { $count } words above A2 ({ $words }): keep at most { $most }

## Questions

options-count-range = { $label }: { $what } needs 2 to { $max } options; it has { $count }
options-count-least = { $label }: { $what } needs at least 2 options; it has { $count }
options-same = { $label }: options { $first } and { $second } are the same ("{ $text }")
correct-out-of-range = { $label }: correct is { $correct }, but the options are numbered 0 to { $last }
pinned-missing = { $label }: pinned lists option { $option }, which does not exist
pinned-twice = { $label }: pinned lists option { $option } twice
matching-few-pairs = { $label }: a matching needs at least 2 pairs; it has { $count }
matching-same-left = { $label }: pairs { $first } and { $second } have the same left text ("{ $text }")
matching-same-right = { $label }: { $first } and { $what } have the same right text ("{ $text }")
tick-no-correct = { $label }: no option is marked correct: list the right ones, e.g. correct: [0, 2]
tick-correct-twice = { $label }: correct lists option { $option } twice
gap-long = { $label }: write the gap as exactly three underscores ___
gap-none = { $label }: the text has no gap: mark it with three underscores ___
gap-many = { $label }: the text has { $gaps } gaps ___; a gap-fill item has exactly one
gap-no-accepted = { $label }: the gap accepts no answer: list at least one in accepted
form-no-fields = { $label }: the form has no fields
points-tr-count = { $label }: the { $locale } translation of the points has { $texts } texts for { $points } points
points-tr-empty = { $label }: the { $locale } translation of the points has an empty text
message-min-zero = { $label }: min_words must be at least 1
message-min-above-max = { $label }: min_words ({ $min }) is more than max_words ({ $max })
message-no-points = { $label }: list in points what a complete message says
message-model-length = { $label }: the model answer has { $words } words, outside min_words–max_words ({ $min }–{ $max })

## Layouts

layout-id-taken = layout { $id }: this id is already used by the layout at { $place }
layout-no-sections = { $label }: it has no sections
layout-section-twice = { $label } appears twice; put all its task slots in one section
layout-pass-mark = { $label }: the pass mark { $pass_mark } is above the most points the exam gives ({ $max })
layout-minutes = { $label } lasts { $minutes } minutes; it must last from 1 to { $max } minutes, in whole minutes (or whole seconds, for test layouts)
layout-no-slots = { $label } has no task slots
layout-slot-empty = { $label } has 0 items
layout-slot-too-many = { $label } has { $items } items; at most { $max }
layout-slot-no-kinds = { $label } lists no item kinds
layout-slot-writing-kind = { $label } lists { $kind }, but only writing tasks have it
layout-slot-not-writing-kind = { $label } lists { $kind }, but writing tasks have only form and message items
layout-points-too-many = { $label } gives { $points } points; at most { $max } per item or task
layout-writing-per-item = { $label } must be scored with Bands(complete: …, sufficient: …), not PerItem
layout-bands-not-writing = { $label } must be scored with PerItem(…), not Bands
layout-sufficient-above-complete = { $label }: sufficient ({ $sufficient }) is more than complete ({ $complete })
layout-fill-short = layout { $layout }: section { $section } needs { $need } { $need ->
        [one] task
       *[other] tasks
    } of { $items } { $items ->
        [one] item
       *[other] items
    } using only [{ $kinds }]; the banks have { $have }
layout-fill-together = layout { $layout }: section { $section } needs { $need } different tasks for its slots; the banks have only { $filled } that fit them together

## Lessons

label-lesson = lesson { $id }
label-lesson-practice = { $lesson } / task { $id }
what-example = example { $n }
what-item-explanation = the explanation of item { $id }
lesson-id-taken = lesson { $id }: this id is already used by the lesson at { $place }
lesson-id-empty = { $label }: the id is empty
lesson-id-characters = { $label }: an id has only lowercase letters, digits and hyphens
lesson-file-name = { $label }: the file of this lesson must be named { $id }.ron
lesson-examples-count = { $label }: it has { $count } examples; a lesson has { $start } to { $end }
lesson-practice-id = { $label }: the practice's id must be { $expected }
lesson-practice-writing = { $label }: a lesson's practice is listening or reading, not writing
lesson-practice-items-count = { $label }: it has { $count } items; a lesson's practice has { $start } to { $end }
lesson-translations-missing = { $label }: { $what } has no translation in { $languages }
lesson-unknown = task { $task }: there is no lesson { $id } (lessons/{ $id }.ron)

## Importing questions from Moodle (GIFT and Moodle XML)

import-format = this is a { $format } file, which Sportello cannot read. Sportello reads question banks (.ron), GIFT (.gift or .txt) and Moodle XML (.xml): in Moodle, export the questions in the GIFT or Moodle XML format
gift-unclosed = the answers opened here with {"{"} have no closing {"}"}: add {"}"} after the last answer
gift-stray-close = this {"}"} closes no answers: remove it, or write \{"}"} to show it as text
gift-unclosed-title = the title opened with :: has no closing ::
gift-no-answers = the answers in braces must each start with = (right) or ~ (wrong), e.g. {"{"}=yes ~no{"}"}
gift-pair-arrow = in a matching question every answer is a pair written =left -> right
xml-broken = the XML is broken here ({ $detail }): export the questions again from Moodle
xml-not-moodle = this XML file is not a Moodle question export (it has no <quiz>): in Moodle, use Question bank › Export › Moodle XML format
import-question = question { $n }
import-question-titled = question { $n } ({ $title })
import-dropped = { $label } was left out: { $reason }
import-no-feedback = { $label } has no feedback, so its explanation only names the right answer: add why it is right in the feedback
import-nothing = no question could be converted
import-why-gaps = it has { $gaps } gaps where one is allowed
import-why-no-text = it has no text
import-why-no-right = no answer is marked right
import-why-options = a multiple-choice question needs 2 to 4 answers, and this one has { $count }
import-why-pairs = a matching question needs at least 2 pairs, and this one has { $count }
import-why-no-model = an essay needs a model answer (in GIFT after ####, in Moodle in the information for graders)
import-why-no-points = write what the text must say as a list in the question, one point per line starting with -
import-why-kind = { $kind } questions are not part of the A2 test
