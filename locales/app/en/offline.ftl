# /settings/offline: keeping the app on the phone for use with no connection (service worker).
settings-offline-keep = Keep Sportello on this phone, to use it with no internet
settings-offline-on = After the first visit, exams, practice and your progress work with no connection. The app updates itself when there is a connection.
settings-offline-off = Sportello is not kept on this phone: it needs a connection, and it downloads again what it needs. Choose this to save space or data.
settings-offline-stored = Sportello uses { $size } MB on this phone.
