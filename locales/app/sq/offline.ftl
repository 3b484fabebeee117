# /settings/offline: keeping the app on the phone for use with no connection (service worker).
settings-offline-keep = Mbajeni aplikacionin Sportello në këtë telefon, për ta përdorur pa internet
settings-offline-on = Pas vizitës së parë, provimet, ushtrimet dhe përparimi juaj funksionojnë pa internet. Aplikacioni përditësohet vetë kur ka lidhje me internetin.
settings-offline-off = Aplikacioni Sportello nuk mbahet në këtë telefon: i duhet interneti dhe shkarkon përsëri atë që i nevojitet. Zgjidhni këtë mundësi për të kursyer hapësirë ose të dhëna celulare.
settings-offline-stored = Aplikacioni Sportello përdor { $size } MB në këtë telefon.
