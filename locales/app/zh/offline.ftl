# /settings/offline: what to keep on the phone for use with no connection (service workers).
settings-offline-legend = 在这部手机上保存什么，以便没有网络也能使用 Sportello
settings-offline-all = 整个 Sportello：考试、练习、课程、所有语言
settings-offline-used = 只保存我打开的内容（更省流量）
settings-offline-none = 什么都不保存（Sportello 总是需要网络）
settings-offline-on = 第一次打开后，考试、练习和您的进度在没有网络时也能使用。有网络时，应用会自动更新。
settings-offline-as-used = 您打开过的页面、题目和课程，没有网络也能使用。其他内容第一次打开时需要网络。
settings-offline-off = Sportello 不会保存在这部手机上：它需要网络，并会重新下载用到的内容。选择这一项可以节省空间。
