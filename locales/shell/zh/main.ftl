# Sportello — 简体中文界面。
app-name = Sportello
app-tagline = 意大利语 A2 考试模拟器，帮助您申请欧盟长期居留许可
skip-to-content = 跳到主要内容
nav-label = 主菜单
nav-home = 首页
nav-exam = 考试
nav-practice = 练习
nav-progress = 进度
nav-teacher = 教师
nav-settings = 设置
nav-about = 关于
language-label = 语言
language-choose-title = 选择您的语言
language-choose-help = 说明和帮助会使用这种语言。测试仍然是意大利语，和真正的考试一样。您可以随时在“设置”中更改语言。
language-continue = 继续
language-downloading = 正在下载语言 { $language }…
language-not-downloaded = 无法下载语言 { $language }。请连接互联网，然后再次选择该语言。
home-title = 准备意大利语 A2 考试
home-intro = 考试分为三部分：听力、阅读和写作。考试时间为 60 分钟。满分 100 分，至少 80 分才能通过。
home-exam-cta = 参加模拟考试
home-practice-cta = 不限时练习
home-privacy = 您的数据只保存在您的手机上。不需要注册，也没有人监视您。
exam-title = 模拟考试
practice-title = 练习
progress-title = 您的进度
teacher-title = 教师专区
settings-title = 设置
settings-rate-legend = 听力中的语速
settings-rate-slow = 慢
settings-rate-calm = 稍慢（推荐）
settings-rate-normal = 正常
settings-rate-help = 在真正的考试中，录音是正常语速。考试前也请用正常语速练习。
settings-not-saved = 无法在此设备上保存此选择：仅在本次访问中有效。
about-title = 关于
about-text = Sportello 是一个自由、免费的意大利语 A2 考试模拟器，适用于申请欧盟长期居留许可（permesso di soggiorno UE per soggiornanti di lungo periodo）。它可以在您的手机或电脑的浏览器中使用。
about-test = 真正的考试：听力（2 项任务，25 分钟，30 分），阅读（2 项任务，25 分钟，35 分），写作（1 项任务，10 分钟，35 分）。满分 100 分，80 分通过。如果没有通过，90 天后可以再考。
about-privacy = 任何数据都不会离开您的设备。
guide-link = 真实考试是怎样的
loading-app = 正在打开页面…
not-found-title = 找不到页面
not-found-text = 此页面不存在。
not-found-home = 返回首页

# Settings: link to the Italian voice check (/settings/voice, in the full app).
settings-voice-check-link = 检查意大利语语音

# The banner when a new version of the app is ready (service worker update).
update-ready = Sportello 的新版本已经准备好了。您的答案和进度都已保存，不会丢失。
update-reload = 立即重新加载

# Settings: keeping the app on the phone for use with no connection (service worker).
settings-offline-title = 没有网络也能用
settings-offline-link = 手机上的空间和离线使用

# The first visit's notice: what is kept on the phone for use with no connection, how much
# (offline-space, followed by the megabytes: "9.4 MB"), and where to change it (/settings/offline).
offline-first-all = Sportello 正在保存到这部手机上，这样没有网络也能使用。
offline-first-used = 您正在使用手机流量或省流量模式：Sportello 只在这部手机上保存您打开的页面和题目，这样没有网络时它们也能使用。
offline-space = 在这部手机上占用的空间：
offline-change = 更改保存的内容
offline-ok = 好的
