# /settings/offline: what to keep on the phone for use with no connection (service workers).
settings-offline-legend = Çfarë të mbani në këtë telefon, për ta përdorur Sportello pa internet
settings-offline-all = I gjithë Sportello: provimet, ushtrimet, mësimet, të gjitha gjuhët
settings-offline-used = Vetëm atë që hap (përdor më pak të dhëna celulare)
settings-offline-none = Asgjë (aplikacionit Sportello i duhet gjithmonë interneti)
settings-offline-on = Pas vizitës së parë, provimet, ushtrimet dhe përparimi juaj funksionojnë pa internet. Aplikacioni përditësohet vetë kur ka lidhje me internetin.
settings-offline-as-used = Faqet, pyetjet dhe mësimet që keni hapur funksionojnë pa internet. Të tjerat kanë nevojë për internet herën e parë që i hapni.
settings-offline-off = Aplikacioni Sportello nuk mbahet në këtë telefon: i duhet interneti dhe shkarkon përsëri atë që i nevojitet. Zgjidhni këtë mundësi për të kursyer hapësirë.
