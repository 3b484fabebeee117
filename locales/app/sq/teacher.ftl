# Faqja për mësuesit: importimi i skedarëve me pyetje, çfarë ka aplikacioni, ndarja e një provimi.
teacher-lead = Shtoni skedarët tuaj me pyetje, kontrollojini dhe jepini gjithë klasës të njëjtin provim.
teacher-import-title = Shtoni një skedar me pyetje
teacher-import-help = Një skedar me pyetje (një koleksion) ose një lloj provimi është një skedar teksti .ron; pyetjet e eksportuara nga Moodle (GIFT ose Moodle XML) shndërrohen në një skedar të tillë. Çdo skedar kontrollohet si skedarët që përfshihen në aplikacion: një skedar me gabime nuk shtohet dhe aplikacioni vazhdon të punojë si më parë. Skedarët e importuar mbeten vetëm në këtë shfletues.
teacher-import-choose = Zgjidhni një skedar (.ron, GIFT ose Moodle XML)
teacher-import-drop = Ose tërhiqeni skedarin në këtë kuti.
teacher-import-checking = Po kontrollohet skedari…
teacher-imported = { $file } u shtua. Tani e tutje provimet dhe ushtrimet e përdorin.
teacher-replaced = { $file } u shtua në vend të skedarit të mëparshëm me të njëjtin emër. Tani e tutje provimet dhe ushtrimet e përdorin.
teacher-refused = { $file } ka gabime dhe nuk u shtua. Korrigjoni këto rreshta dhe importojeni përsëri:
teacher-warnings-lead = Këshilla për { $file } (funksionon, por mund të përmirësohet):
teacher-save-full = { $file } është i saktë, por memoria e këtij shfletuesi është plot dhe nuk u shtua. Hiqni një skedar të importuar që nuk ju duhet më dhe provoni përsëri.
teacher-save-unavailable = { $file } është i saktë, por ky shfletues nuk e lejon aplikacionin të ruajë skedarë (shfletim privat ose cilësime) dhe nuk u shtua.
teacher-name-taken = { $file } ka të njëjtin emër me një skedar që përfshihet në aplikacion. Ndryshoni emrin e skedarit tuaj dhe importojeni përsëri.
teacher-too-big = { $file } është shumë i madh për një skedar me pyetje (më shumë se 1 MB). Nuk u shtua.
teacher-unreadable = { $file } nuk mund të lexohet. Nuk u shtua.
teacher-files-title = Skedarët me pyetje në aplikacion
teacher-totals = Çfarë mund të përdorin provimet dhe ushtrimet
teacher-col-section = Pjesa
teacher-col-tasks = Ushtrime
teacher-col-items = Pyetje
teacher-imported-title = Të importuar në këtë shfletues
teacher-imported-none = Ende asnjë skedar i importuar.
teacher-shipped-title = Të përfshirë në aplikacion
teacher-shipped-summary = Shfaqni të { $count } skedarët që përfshihen në aplikacion
teacher-origin-shipped = I përfshirë
teacher-origin-imported = I importuar
teacher-code = Kodi: { $id }
teacher-file = Skedari: { $file }
teacher-bank-counts = { $section }: { $tasks ->
        [one] 1 ushtrim
       *[other] { $tasks } ushtrime
    }, { $items ->
        [one] 1 pyetje
       *[other] { $items } pyetje
    }
teacher-layout-summary = Lloji i provimit: { $parts } pjesë, kalohet me { $pass } pikë nga { $max }.
teacher-template-unused = Ky është modeli: provimet dhe ushtrimet nuk e përdorin.
teacher-file-broken = Ky skedar ka gabime (janë renditur më sipër) dhe nuk përdoret.
teacher-remove = Hiqni
teacher-remove-file = Hiqni { $file }
teacher-remove-confirm = Doni ta hiqni { $file } nga ky shfletues? Provimet dhe ushtrimet nuk do ta përdorin më.
teacher-removed = { $file } u hoq.
teacher-remove-failed = { $file } nuk mund të hiqet: ky shfletues nuk e lejon aplikacionin të ndryshojë skedarët e ruajtur.
teacher-share-title = Jepini klasës të njëjtin provim
teacher-share-help = Kushdo që hap këtë lidhje merr të njëjtin provim, me të njëjtat pyetje.
teacher-share-layout = Lloji i provimit
teacher-share-code = Kodi i provimit: { $seed }
teacher-share-new = Kod i ri
teacher-share-copy = Lidhja për ta kopjuar
teacher-share-none = Asnjë lloj provimi nuk mund të përdoret, prandaj nuk ka provim për të ndarë.
teacher-write-title = Shkruani pyetjet tuaja
teacher-write-text = Shkruani ushtrimet tuaja në redaktorin e pyetjeve: një formular që kontrollon çdo fushë ndërsa shkruani dhe e tregon çdo ushtrim ashtu siç do ta shohë nxënësi. Ose shkarkoni modelin dhe shkruajeni skedarin me dorë: komentet në model shpjegojnë çdo rresht, dhe udhëzuesi docs/bank-format.md në kodin burimor të aplikacionit shpjegon gjithçka tjetër. Pastaj importojeni skedarin këtu.
teacher-write-template = Shkarkoni modelin (TEMPLATE.ron)
teacher-write-editor = Hapni redaktorin e pyetjeve
teacher-convert-legend = Pyetje nga Moodle (GIFT ose Moodle XML)
teacher-convert-help = Pyetjet me zgjedhje të shumëfishtë, e vërtetë/e gabuar, me çiftëzime, me përgjigje të shkurtër dhe ese bëhen ushtrime: esetë bëhen ushtrime shkrimi, të tjerat ushtrime leximi. Pyetjet e llojeve të tjera lihen jashtë dhe tregohet arsyeja.
teacher-convert-topic = Tema e ushtrimeve
teacher-convert-items = Pyetje për ushtrim (testi i vërtetë ka 5)
teacher-converted = { $from }: { $converted } nga { $found } pyetje u shndërruan në { $file }.
teacher-convert-notes = Të lëna jashtë, ose për t'u kontrolluar:
teacher-convert-download = Shkarkoni { $file }
teacher-convert-failed = { $file } nuk mund të shndërrohet:
teacher-practise-bank = Ushtrohuni me këto pyetje
teacher-convert-edit = Hapeni në redaktorin e pyetjeve
teacher-convert-edit-failed = Skedari i shndërruar nuk mund të hapet në redaktor: memoria e këtij shfletuesi është plot ose e bllokuar. Në vend të kësaj, shkarkojeni.

class-link-title = Pyetjet tuaja për gjithë klasën
class-link-help = Lidhja e klasës i mbart pyetjet tuaja: nxënësit që e hapin e bëjnë provimin me pyetjet tuaja në telefonin e tyre. Asgjë nuk kalon përmes një serveri.
class-banks = Skedarët tuaj në lidhje
class-mix = Pyetjet e provimit
class-only = Vetëm pyetjet e mia
class-mixed = Pyetjet e mia dhe ato të aplikacionit
class-cannot-fill = Pyetjet tuaja nuk mjaftojnë për këtë provim: { $section }, ushtrimi { $task }: duhet një ushtrim me { $items } pyetje. Shtoni ushtrime, zgjidhni një lloj tjetër provimi ose përzieni pyetjet tuaja me ato të aplikacionit.
class-none-chosen = Zgjidhni të paktën një nga skedarët tuaj.
class-link-label = Lidhja e klasës për ta dërguar
class-copy = Kopjoni lidhjen
class-copied = Lidhja u kopjua.
class-preview = Bëni provimin siç do ta shohin nxënësit tuaj
class-too-long = Pyetjet tuaja janë shumë për një lidhje. Shkarkoni skedarin e klasës dhe dërgojeni te klasa (për shembull me WhatsApp): nxënësit e hapin te faqja „Lidhja e klasës”.
class-file = Shkarkoni skedarin e klasës
