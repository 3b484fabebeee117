# /settings/offline: keeping the app on the phone for use with no connection (service worker).
settings-offline-keep = 把 Sportello 保存在这部手机上，没有网络也能使用
settings-offline-on = 第一次打开后，考试、练习和您的进度在没有网络时也能使用。有网络时，应用会自动更新。
settings-offline-off = Sportello 不会保存在这部手机上：它需要网络，并会重新下载用到的内容。选择这一项可以节省空间或流量。
settings-offline-stored = Sportello 在这部手机上占用 { $size } MB。
