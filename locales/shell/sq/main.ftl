# Sportello — ndërfaqja në shqip.
app-name = Sportello
app-tagline = Simulator i testit të italishtes A2 për lejen e qëndrimit afatgjatë të BE-së
skip-to-content = Kaloni te përmbajtja
nav-label = Menyja kryesore
nav-home = Kreu
nav-exam = Provimi
nav-practice = Ushtrime
nav-progress = Përparimi
nav-teacher = Mësuesit
nav-settings = Cilësimet
nav-about = Informacion
language-label = Gjuha
language-choose-title = Zgjidhni gjuhën tuaj
language-choose-help = Udhëzimet dhe ndihma do të jenë në këtë gjuhë. Testi mbetet në italisht, si provimi i vërtetë. Mund ta ndryshoni gjuhën kur të doni te Cilësimet.
language-continue = Vazhdoni
language-downloading = Po shkarkohet gjuha { $language }…
language-not-downloaded = Gjuha { $language } nuk u shkarkua dot. Lidhuni me internetin dhe zgjidhni përsëri gjuhën.
home-title = Përgatituni për testin e italishtes A2
home-intro = Testi ka tri pjesë: dëgjim, lexim dhe shkrim. Zgjat 60 minuta. Për ta kaluar duhen të paktën 80 pikë nga 100.
home-exam-cta = Bëni një simulim provimi
home-practice-cta = Ushtrohuni pa kufi kohe
home-privacy = Të dhënat tuaja mbeten në telefonin tuaj. Nuk duhet të regjistroheni dhe askush nuk ju kontrollon.
exam-title = Simulim provimi
practice-title = Ushtrime
progress-title = Përparimi juaj
teacher-title = Për mësuesit
settings-title = Cilësimet
settings-rate-legend = Shpejtësia e zërit në dëgjime
settings-rate-slow = E ngadaltë
settings-rate-calm = Pak e ngadaltë (e këshilluar)
settings-rate-normal = Normale
settings-rate-help = Në provimin e vërtetë regjistrimet kanë shpejtësi normale. Para testit, ushtrohuni edhe me shpejtësinë normale.
settings-not-saved = Kjo zgjedhje nuk u ruajt në këtë pajisje: vlen vetëm për këtë vizitë.
about-title = Informacion
about-text = Sportello është një simulator i lirë dhe falas i testit të gjuhës italiane A2 për lejen e qëndrimit afatgjatë të BE-së („permesso di soggiorno UE per soggiornanti di lungo periodo”). Funksionon në shfletuesin e telefonit ose të kompjuterit tuaj.
about-test = Testi i vërtetë: dëgjim (2 ushtrime, 25 minuta, 30 pikë), lexim (2 ushtrime, 25 minuta, 35 pikë), shkrim (1 ushtrim, 10 minuta, 35 pikë). Kalohet me 80 pikë nga 100. Nëse nuk e kaloni, mund të provoni përsëri pas 90 ditësh.
about-privacy = Asnjë e dhënë nuk del nga pajisja juaj.
guide-link = Si funksionon testi i vërtetë
loading-app = Po hapet faqja…
not-found-title = Faqja nuk u gjet
not-found-text = Kjo faqe nuk ekziston.
not-found-home = Kthehuni te kreu

# Settings: link to the Italian voice check (/settings/voice, in the full app).
settings-voice-check-link = Kontrollo zërin italian

# The banner when a new version of the app is ready (service worker update).
update-ready = Një version i ri i aplikacionit Sportello është gati. Përgjigjet tuaja dhe përparimi juaj mbeten të ruajtura.
update-reload = Ringarkoni tani

# Settings: keeping the app on the phone for use with no connection (service worker).
settings-offline-title = Përdorimi pa internet
settings-offline-link = Hapësira në këtë telefon dhe përdorimi pa internet

# The first visit's notice: what is kept on the phone for use with no connection, how much
# (offline-space, followed by the megabytes: "9.4 MB"), and where to change it (/settings/offline).
offline-first-all = Aplikacioni Sportello po ruhet në këtë telefon, që të funksionojë pa internet.
offline-first-used = Po përdorni të dhënat celulare ose kursyesin e të dhënave: aplikacioni Sportello mban në këtë telefon vetëm faqet dhe pyetjet që hapni, që të funksionojnë pa internet.
offline-space = Hapësira e përdorur në këtë telefon:
offline-change = Ndryshoni çfarë mbahet
offline-ok = OK
