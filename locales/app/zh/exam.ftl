# 考试、练习、复习。
loading-banks = 正在加载题目…
save-failed = 无法保存：浏览器存储空间已满。您的答案还在这个页面上：请不要关闭它。每次作答时会再次尝试保存。
bank-errors-lead = 以下题目文件有错误，没有被使用：
cancel = 取消
section-listening = 听力
section-reading = 阅读
section-writing = 写作
exam-intro-lead = 这是一次和真正考试一样的练习：分为三部分，每部分有自己的时间。题目是意大利语，和考试一样。
exam-shared = 这是您的老师分享的考试（代码 { $seed }）。
exam-share-bad-code = 此链接中的代码无效（{ $code }）。请再向老师要一次链接，或在下方开始一次新的模拟考试。
exam-share-unknown-layout = 此链接要求的考试类型本应用不认识（{ $layout }）。请再向老师要一次链接，或在下方开始一次新的模拟考试。
exam-share-missing-banks = 这次考试需要老师的题目（{ $banks }），但这部手机上没有。请打开老师发来的班级链接，或在下方开始一次新的模拟考试。
exam-layout-label = 考试类型
exam-rules-title = 考试规则
exam-col-section = 部分
exam-col-time = 时间
exam-col-points = 分数
exam-minutes = { $minutes } 分钟
exam-rule-sections = { $count } 个部分要一个一个地完成。每部分有自己的时间。
exam-rule-pass = 满分 { $max } 分，至少 { $pass } 分才能通过考试。
exam-rule-twice = 每段录音可以听两遍。
exam-rule-timeout = 时间到了，这一部分就会关闭，下一部分会打开。最后，考试会自动提交。
exam-rule-no-back = 已经关闭的部分不能再回去。
exam-rule-saved = 答案会立即保存。如果您关闭页面，回来后会用剩下的时间继续。
exam-cannot-generate = 题目不够，无法准备这次考试。
exam-start = 开始考试
exam-part = 第 { $n } 部分，共 { $count } 部分
exam-time-left = 剩余时间
exam-five-minutes = 这一部分还剩 5 分钟。
exam-one-minute = 这一部分还剩 1 分钟。
exam-submit = 提交考试
exam-next-section = 进入下一部分
exam-confirm-next = { $count ->
    [0] 您已回答所有题目。要进入下一部分吗？进入后不能返回。
   *[other] 还有 { $count } 道题没有回答。要进入下一部分吗？进入后不能返回。
}
exam-confirm-submit = { $count ->
    [0] 您已回答所有题目。要提交考试吗？
   *[other] 还有 { $count } 道题没有回答。要提交考试吗？
}
exam-task = 任务 { $n }
transcript = 录音文本
play-listen = ▶ 收听
play-stop = ■ 停止
plays-left = { $count ->
    [0] 已经不能再听了
   *[other] 还可以听 { $count } 次
}
no-italian-voice = 您的设备没有意大利语语音。请阅读文本：结果中这一部分会标记为“已阅读，未收听”。
item-gap-label = 缺少的词
form-required = 必填。
form-missing = 此项必填。
form-not-a-date = 请这样写日期：日/月/年（gg/mm/aaaa）。
form-not-a-number = 请只写数字。
form-not-a-phone = 电话号码无效。
form-not-an-email = 电子邮件地址无效。
form-not-an-option = 请选择一个选项。
message-words = 词数：{ $count }（{ $min } 到 { $max } 个）。
message-too-short = 太短。
message-too-long = 太长。
message-length-ok = 长度合适。
review-why = 原因：
review-right = 正确
review-wrong = 错误
review-partly = 答对 { $right } 个，共 { $count } 个
review-your-answer = 您的答案：
review-no-answer = 没有作答
review-right-answer = 正确答案：
results-title = 结果
results-passed = 通过
results-failed = 未通过
results-pass-mark = 满分 { $max } 分，需要 { $pass } 分才能通过考试。
results-section-points = { $points } 分（满分 { $max } 分）
results-ungraded = 未评分
results-read-not-heard = 已阅读，未收听
results-review-title = 答案回顾
results-new-exam = 新的模拟考试
results-unsaved = 这次考试没有保存：浏览器存储空间已满。它的结果和批改只在这个页面上：如果关闭页面或开始新的考试，就会丢失。请把它下载成文件，或者删除较早考试的详细批改来腾出空间（它们的分数仍保留在历史记录中）。
results-unsaved-download = 下载这次考试
results-unsaved-free = 腾出空间
results-unsaved-downloaded = 已下载文件 { $file }。您可以在“进度”页面恢复它（恢复备份）。
results-unsaved-download-failed = 浏览器没有下载文件。请不要关闭这个页面。
results-unsaved-still-full = 空间仍然不够。请下载这次考试，以免丢失。
results-new-exam-refused = 请先保存这次考试：下载它或腾出空间。新的考试会替换它。
results-saved-now = 这次考试现在已保存。
writing-model = 参考答案：
writing-grade-legend = 您给这篇作文的评分
writing-grade-complete = 完整且正确：包含题目要求的所有内容
writing-grade-sufficient = 及格：能看懂，但缺少一些内容或有错误
writing-grade-insufficient = 不及格：几乎什么都没写，或者看不懂
translation-fallback = （英文：暂无你的语言的翻译。）
voice-check-title = 语音测试
voice-check-lead = 开始前，请确认你的手机能朗读意大利语。这不算作考试中的播放次数。
voice-check-play = 听一句测试句子
voice-check-question = 你听到说意大利语的声音了吗？
voice-check-yes = 是的，听到了
voice-check-no = 没有，什么也没听到
voice-check-ok = 很好：考试中你会听到录音。
voice-check-none = 此设备没有意大利语语音，或者听不到。你可以这样安装：
voice-check-android = 安卓：设置 → 系统 → 语言 → 文字转语音。选择“Google 语音服务”，然后安装意大利语。
voice-check-iphone = iPhone：设置 → 辅助功能 → 朗读内容 → 声音 → 意大利语。
voice-check-windows = Windows：设置 → 时间和语言 → 语音 → 添加语音 → 意大利语。
voice-check-computer = 使用 Chrome 的电脑：在系统中安装意大利语语音，然后关闭并重新打开 Chrome。也请检查音量。
voice-check-continue = 你仍然可以参加考试：录音会以文字形式显示供你阅读。
