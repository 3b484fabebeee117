# Mesazhet e kontrolluesit (bank-check dhe faqja për mësuesit), në shqip.
# Emrat e fushave RON, vlerat dhe kodi mbeten siç janë, midis thonjëzave të pasme.

## Etiketa: për çfarë flet një mesazh

label-bank = banka { $id }
label-bank-alone = banka
label-task = detyra { $id }
label-task-alone = detyra
label-item = { $task } / pyetja { $id }
label-layout = modeli { $id }
label-layout-alone = modeli
label-section = { $layout }: seksioni { $section }
label-slot = { $section }, vendi { $n }

## Pjesë të një banke ose modeli

what-id = id-ja
what-title = titulli
what-author = autori { $n }
what-license = licenca
what-instructions = udhëzimi
what-item-id = id-ja e pyetjes
what-explanation = shpjegimi
what-statement = pohimi
what-prompt = pyetja
what-text = teksti
what-pair = çifti { $n }
what-pair-left = teksti majtas i çiftit { $n }
what-pair-right = teksti djathtas i çiftit { $n }
what-extra = shtesa { $n }
what-option = opsioni { $n }
what-accepted = përgjigjja e pranuar { $n }
what-field-label = etiketa e fushës { $n }
what-field-example = shembulli i fushës { $n }
what-field-choice = zgjedhja e fushës { $n }
what-point = pika { $n }
what-model = përgjigjja model
what-sample-sufficient = shembulli i mjaftueshëm
what-sample-insufficient = shembulli i pamjaftueshëm
what-stimulus-title = titulli i materialit
what-stimulus-body = teksti i materialit
what-announcement = njoftimi
what-turn-speaker = folësi i radhës { $n }
what-turn-text = teksti i radhës { $n }
what-picture = figura
what-audio = emri i skedarit audio
what-single-choice = një zgjedhje e vetme
what-place = një pyetje vendi
what-tick-info = një pyetje «shëno informacionin»
what-gap = boshllëku

## Leximi i skedarit

file-binary = ky është skedar binar (ka bajte NUL), jo skedar teksti: një bankë ose model është tekst i thjeshtë i ruajtur në UTF-8
file-not-utf8 = skedari nuk është tekst UTF-8: ruaje përsëri duke zgjedhur kodimin UTF-8
file-empty = skedari është bosh
file-not-downloaded = nuk u shkarkua dot ({ $why })
in-place = { $label }: { $message }
ends-here = { $message } (skedari mbaron këtu: mungon një `)` ose `]` mbyllëse?)
typographic-quote = { $quote } e papritur: vendosi tekstet midis thonjëzave të drejta "…" (« » dhe “ ” mund të jenë brenda)
file-ends-early = skedari mbaron shumë herët: mungon një `)` ose `]` mbyllëse?
expected-comma = këtu duhet një presje `,`: mungon një presje, ose thonjëza mbyllëse e një teksti, para saj?
expected-option = kjo fushë nuk është e detyrueshme: shkruaj Some(…) rreth vlerës, ose None
expected-text = këtu duhet një tekst midis thonjëzave, si "…"
trailing-characters = ka tekst pas fundit të bankës: ka një `)` ose `]` të tepërt?
unknown-topic = temë e panjohur `{ $found }`; temat janë: { $names }
unknown-section = seksion i panjohur `{ $found }`; seksionet janë: { $names }
unknown-kind = lloj pyetjeje i panjohur `{ $found }`; llojet janë: { $names }
unknown-level = nivel i panjohur `{ $found }`; nivelet janë: { $names }
unknown-value = vlerë e panjohur `{ $found }` në { $outer }; shkruaj një nga këto: { $names }
unknown-field = fushë e panjohur `{ $found }` në { $outer }; fushat e saj janë: { $names }
missing-field = mungon fusha `{ $field }` në { $outer }
field-twice = fusha `{ $field }` është shkruar dy herë në { $outer }; mbaj njërën
list-not-closed = një listë nuk është mbyllur: shkruaj `]` para `{ $next }:`
expected-list-end = këtu një listë nuk është mbyllur: mungon një presje `,` ose një `]`?
expected-brackets-end = këtu një vlerë në kllapa nuk është mbyllur: mungon një presje `,` ose një `)`?
expected-translations-end = këtu përkthimet nuk janë mbyllur: mungon një presje `,` ose një `{ "}" }`?
expected-translation-colon = shkruaj dy pika `:` pas kodit të gjuhës, si `"en": "…"`
text-not-closed = një tekst nuk është mbyllur: mungon thonjëza `"` mbyllëse?
unexpected-char = `{ $char }` nuk duhet këtu: hiqe, ose vendose brenda një teksti "…"
takes-boolean = `{ $field }:` merr `true` ose `false`
takes-integer = `{ $field }:` merr një numër të plotë, si `0` ose `2`
takes-number = `{ $field }:` merr një numër, si `10`
number-out-of-range = `{ $field }:` ky numër është shumë i madh, ose nën 0
takes-brackets = `{ $field }:` merr një vlerë në kllapa të rrumbullakëta `( … )`
takes-list = `{ $field }:` merr një listë në kllapa katrore, si `[ … ]`
takes-translations = `{ $field }:` merr përkthime në kllapa gjarpëruese, si `{"{"} "en": "…" {"}"}`
takes-text = `{ $field }:` merr një tekst midis thonjëzave, si "…"
ron-error = gabim sintakse RON: { $detail }

## Tekste

empty = { $label }: { $what } është bosh
sentence-long = { $label }: { $what } ka një fjali me { $words } fjalë ("{ $start } …"); fjalitë A2 janë të shkurtra: më së shumti { $max } fjalë
translation-no-locale = { $label }: një përkthim i { $what } nuk ka kod gjuhe
translation-empty = { $label }: përkthimi { $locale } i { $what } është bosh
letter-label = { $label }: { $what } fillon me shkronjën e vet ("{ $letter }"); aplikacioni u vë shkronja opsioneve pasi i përzien, prandaj hiqe shkronjën
direction-control = një tekst ka shenjën e padukshme të drejtimit { $code }, që mund ta bëjë të lexohet ndryshe nga ç'thotë; hiqe

## Banka, detyra dhe pyetje

bank-language = { $label }: language duhet të jetë "it", jo "{ $language }"
bank-version = { $label }: version duhet të jetë 1 ose më shumë
bank-no-tasks = { $label }: nuk ka detyra
bank-same-position = { $label }: përgjigjja e saktë është { $position ->
        [0] opsioni i parë
        [1] opsioni i dytë
        [2] opsioni i tretë
        [3] opsioni i katërt
       *[other] gjithmonë i njëjti opsion
    } në të { $count } pyetjet me zgjedhje të vetme dhe të vendit; ndrysho vendin e saj
bank-partial-translations = { $label }: disa tekste nuk kanë përkthim në { $languages }: kush lexon në ato gjuhë sheh aty anglishten, ose vetëm italishten
bank-id-taken = banka { $id }: kjo id përdoret tashmë nga banka te { $place }
task-id-taken = detyra { $id }: kjo id përdoret tashmë nga detyra te { $place }
task-no-items = { $label }: nuk ka pyetje
item-id-twice = { $label }: një pyetje tjetër e kësaj detyre e ka tashmë id-në { $id }
item-not-for-writing = { $label }: një detyrë shkrimi ka vetëm pyetje form ose message, jo { $kind }
item-only-for-writing = { $label }: një pyetje { $kind } mund të jetë vetëm në një detyrë shkrimi
item-same-explanation = { $label }: shpjegimi është i njëjtë me atë të pyetjes { $first }; shpjego çdo përgjigje më vete
listening-silent-task = { $label }: një detyrë dëgjimi ka nevojë për fjalë për t'u thënë: materiali i saj nuk ka (përdor një Dialogue ose një Announcement) dhe asnjë pyetje nuk ka material të vetin
listening-silent-item = { $label }: asgjë për të dëgjuar: materiali i detyrës nuk ka fjalë dhe kjo pyetje nuk ka material të vetin
listening-name-unheard = { $label }: pyetja përmend { $name }, por askush nuk e thotë atë emër me zë (zëri nuk lexon emrin e folësit): përmende personin në një radhë ose në udhëzim, ose shkruaj "la donna", "l'uomo"
stimulus-similar = detyra { $id }: materiali i saj është pothuajse i njëjti tekst si ai i detyrës { $other } ({ $place }), { $percent }% i ngjashëm; shkruaj një tekst të ri
dialogue-no-turns = { $label }: dialogu nuk ka radhë
task-fits-no-layout = { $label }: ka { $count } { $count ->
        [one] përgjigje me pikë
       *[other] përgjigje me pikë
    }, por asnjë model nuk ka vend { $section } me këtë madhësi ({ $sizes }): nuk del kurrë në provim
task-words-above-a2 = { $label }: { $count } fjalë mbi nivelin A2 ({ $words }): mbani të shumtën { $most }

## Pyetje

options-count-range = { $label }: { $what } kërkon nga 2 deri në { $max } opsione; ka { $count }
options-count-least = { $label }: { $what } kërkon të paktën 2 opsione; ka { $count }
options-same = { $label }: opsionet { $first } dhe { $second } janë të njëjta ("{ $text }")
correct-out-of-range = { $label }: correct është { $correct }, por opsionet numërohen nga 0 deri në { $last }
pinned-missing = { $label }: pinned tregon opsionin { $option }, që nuk ekziston
pinned-twice = { $label }: pinned tregon dy herë opsionin { $option }
matching-few-pairs = { $label }: një lidhje kërkon të paktën 2 çifte; ka { $count }
matching-same-left = { $label }: çiftet { $first } dhe { $second } kanë të njëjtin tekst majtas ("{ $text }")
matching-same-right = { $label }: { $first } dhe { $what } kanë të njëjtin tekst djathtas ("{ $text }")
tick-no-correct = { $label }: asnjë opsion nuk është shënuar i saktë: shkruaj të saktët, p.sh. correct: [0, 2]
tick-correct-twice = { $label }: correct tregon dy herë opsionin { $option }
gap-long = { $label }: shkruaje boshllëkun me saktësisht tri vija të poshtme ___
gap-none = { $label }: teksti nuk ka boshllëk: shënoje me tri vija të poshtme ___
gap-many = { $label }: teksti ka { $gaps } boshllëqe ___; një pyetje plotësimi ka saktësisht një
gap-no-accepted = { $label }: boshllëku nuk pranon asnjë përgjigje: shkruaj të paktën një në accepted
form-no-fields = { $label }: formulari nuk ka fusha
points-tr-count = { $label }: përkthimi { $locale } i pikave ka { $texts } tekste për { $points } pika
points-tr-empty = { $label }: përkthimi { $locale } i pikave ka një tekst bosh
message-min-zero = { $label }: min_words duhet të jetë të paktën 1
message-min-above-max = { $label }: min_words ({ $min }) është më shumë se max_words ({ $max })
message-no-points = { $label }: shkruaj te points çfarë thotë një mesazh i plotë
message-model-length = { $label }: përgjigjja model ka { $words } fjalë, jashtë min_words–max_words ({ $min }–{ $max })

## Modelet e provimit

layout-id-taken = modeli { $id }: kjo id përdoret tashmë nga modeli te { $place }
layout-no-sections = { $label }: nuk ka seksione
layout-section-twice = { $label } del dy herë; vendos të gjitha vendet e tij në një seksion
layout-pass-mark = { $label }: pragu { $pass_mark } është mbi pikët maksimale të provimit ({ $max })
layout-minutes = { $label } zgjat { $minutes } minuta; duhet të zgjasë nga 1 deri në { $max } minuta, në minuta të plota (ose sekonda të plota, për modelet e provës)
layout-no-slots = { $label } nuk ka vende për detyra
layout-slot-empty = { $label } ka 0 pyetje
layout-slot-too-many = { $label } ka { $items } pyetje; më së shumti { $max }
layout-slot-no-kinds = { $label } nuk rendit lloje pyetjesh
layout-slot-writing-kind = { $label } rendit { $kind }, por vetëm detyrat e shkrimit e kanë
layout-slot-not-writing-kind = { $label } rendit { $kind }, por detyrat e shkrimit kanë vetëm pyetje form dhe message
layout-points-too-many = { $label } jep { $points } pikë; më së shumti { $max } për pyetje ose detyrë
layout-writing-per-item = { $label } vlerësohet me Bands(complete: …, sufficient: …), jo me PerItem
layout-bands-not-writing = { $label } vlerësohet me PerItem(…), jo me Bands
layout-sufficient-above-complete = { $label }: sufficient ({ $sufficient }) është më shumë se complete ({ $complete })
layout-fill-short = modeli { $layout }: seksioni { $section } kërkon { $need } { $need ->
        [one] detyrë
       *[other] detyra
    } me { $items } { $items ->
        [one] pyetje
       *[other] pyetje
    } vetëm me [{ $kinds }]; bankat kanë { $have }
layout-fill-together = modeli { $layout }: seksioni { $section } kërkon { $need } detyra të ndryshme për vendet e tij; bankat kanë vetëm { $filled } që shkojnë bashkë

## Lessons

label-lesson = mësimi { $id }
label-lesson-practice = { $lesson } / detyra { $id }
what-example = shembulli { $n }
what-item-explanation = shpjegimi i pyetjes { $id }
lesson-id-taken = mësimi { $id }: ky id përdoret tashmë nga mësimi te { $place }
lesson-id-empty = { $label }: id-ja është bosh
lesson-id-characters = { $label }: një id ka vetëm shkronja të vogla, shifra dhe viza
lesson-file-name = { $label }: skedari i këtij mësimi duhet të quhet { $id }.ron
lesson-examples-count = { $label }: ka { $count } shembuj; një mësim ka nga { $start } deri në { $end }
lesson-practice-id = { $label }: id-ja e ushtrimit duhet të jetë { $expected }
lesson-practice-writing = { $label }: ushtrimi i një mësimi është dëgjim ose lexim, jo shkrim
lesson-practice-items-count = { $label }: ka { $count } pyetje; ushtrimi i një mësimi ka nga { $start } deri në { $end }
lesson-translations-missing = { $label }: { $what } nuk ka përkthim në { $languages }
lesson-unknown = detyra { $task }: nuk ka mësim { $id } (lessons/{ $id }.ron)

## Pyetje të importuara nga Moodle (GIFT dhe Moodle XML)

import-format = ky është një skedar { $format }, që Sportello nuk e lexon dot. Sportello lexon banka pyetjesh (.ron), GIFT (.gift ose .txt) dhe Moodle XML (.xml): në Moodle, eksporto pyetjet në formatin GIFT ose Moodle XML
gift-unclosed = përgjigjet e hapura këtu me {"{"} nuk kanë {"}"} mbyllëse: shto {"}"} pas përgjigjes së fundit
gift-stray-close = kjo {"}"} nuk mbyll asnjë përgjigje: hiqe, ose shkruaj \{"}"} për ta treguar si tekst
gift-unclosed-title = titulli i hapur me :: nuk ka :: mbyllëse
gift-no-answers = çdo përgjigje në kllapa gjarpëruese duhet të fillojë me = (e saktë) ose ~ (e gabuar), p.sh. {"{"}=po ~jo{"}"}
gift-pair-arrow = në një pyetje lidhjeje çdo përgjigje është një çift i shkruar =majtas -> djathtas
xml-broken = XML-ja nuk është e vlefshme këtu ({ $detail }): eksporto përsëri pyetjet nga Moodle
xml-not-moodle = ky skedar XML nuk është eksport pyetjesh nga Moodle (nuk ka <quiz>): në Moodle, përdor Banka e pyetjeve › Eksporto › formati Moodle XML
import-question = pyetja { $n }
import-question-titled = pyetja { $n } ({ $title })
import-dropped = { $label } u la jashtë: { $reason }
import-no-feedback = { $label } nuk ka feedback, prandaj shpjegimi i saj thotë vetëm përgjigjen e saktë: shkruaj te feedback-u pse është e saktë
import-nothing = asnjë pyetje nuk u konvertua dot
import-why-gaps = ka { $gaps } boshllëqe, ndërsa lejohet vetëm një
import-why-no-text = nuk ka tekst
import-why-no-right = asnjë përgjigje nuk është shënuar e saktë
import-why-options = një pyetje me zgjedhje të shumëfishtë kërkon nga 2 deri në 4 përgjigje, dhe kjo ka { $count }
import-why-pairs = një pyetje lidhjeje kërkon të paktën 2 çifte, dhe kjo ka { $count }
import-why-no-model = një ese kërkon një përgjigje model (në GIFT pas ####, në Moodle te informacioni për vlerësuesit)
import-why-no-points = shkruaj në pyetje, si listë, çfarë duhet të thotë teksti: një pikë për rresht, që fillon me -
import-why-kind = pyetjet e llojit { $kind } nuk janë pjesë e provimit A2
