# /settings/offline: what to keep on the phone for use with no connection (service workers).
settings-offline-legend = What to keep on this phone, to use Sportello with no internet
settings-offline-all = All of Sportello: exams, practice, lessons, every language
settings-offline-used = Only what I open (uses less mobile data)
settings-offline-none = Nothing (Sportello always needs the internet)
settings-offline-on = After the first visit, exams, practice and your progress work with no connection. The app updates itself when there is a connection.
settings-offline-as-used = The pages, questions and lessons you have opened work with no connection. The others need the internet the first time you open them.
settings-offline-off = Sportello is not kept on this phone: it needs a connection, and it downloads again what it needs. Choose this to save space.
