class-title = Lidhja e klasës
class-lead = Pyetje dhe një provim nga mësuesi juaj.
class-open-file = Një skedar nga mësuesi juaj
class-open-file-label = Hapni një skedar nga mësuesi im
class-not-a-set = Kjo nuk është lidhje e klasës. Kërkojini mësuesit ta dërgojë përsëri.
class-newer = Kjo lidhje është bërë me një version më të ri të aplikacionit. Ringarkoni faqen; nëse nuk ndihmon, pyesni mësuesin.
class-damaged = Kjo lidhje është e paplotë ose e dëmtuar (ndoshta u pre kur u kopjua). Kërkojini mësuesit ta dërgojë përsëri, ose të dërgojë skedarin e klasës.
class-has-errors = Pyetjet e mësuesit tuaj kanë gabime, prandaj provimi nuk mund të fillojë. Tregojini mësuesit: gabimet janë më poshtë.
class-too-small = Pyetjet e mësuesit tuaj nuk mjaftojnë për këtë provim ({ $section }, ushtrimi { $task }), prandaj provimi nuk mund të fillojë. Tregojini mësuesit.
class-set-title = Pyetjet e mësuesit tuaj
class-tasks = { $count ->
    [one] 1 ushtrim
   *[other] { $count } ushtrime
}
class-exam = Provimi me kodin { $seed }:
class-only-note = Provimi përdor vetëm pyetjet e mësuesit tuaj.
class-mixed-note = Provimi përdor pyetjet e mësuesit tuaj dhe ato të aplikacionit.
class-replace = Ky telefon ka tashmë versione të tjera të këtyre pyetjeve:
class-replace-one = { $title }: versioni { $held } në këtë telefon, versioni { $incoming } në lidhje.
class-replace-button = Përdorni versionin e mësuesit
class-kept = Pyetjet janë ruajtur në këtë telefon. Mund të ushtroheni me to te „Ushtrime”.
class-start = Filloni provimin
class-practise = Ushtrohuni
qr-show = Shfaqeni si kod QR
qr-help = Një telefon tjetër mund ta lexojë me kamerën e tij.
qr-label = Kodi QR
qr-too-long = Teksti është shumë i gjatë për një kod QR: kopjojeni dhe dërgojeni.
