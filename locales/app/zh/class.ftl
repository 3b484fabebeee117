class-title = 班级链接
class-lead = 老师给您的题目和考试。
class-open-file = 老师发来的文件
class-open-file-label = 打开老师发给我的文件
class-not-a-set = 这不是班级链接。请让老师再发一次。
class-newer = 这个链接是用更新版本的应用制作的。请重新加载页面；如果还是不行，请问老师。
class-damaged = 这个链接不完整或已损坏（可能是复制时被截断了）。请让老师再发一次，或者让老师发来班级文件。
class-has-errors = 老师的题目有错误，所以考试无法开始。请告诉老师：错误列在下面。
class-too-small = 老师的题目不够组成这次考试（{ $section }，练习 { $task }），所以考试无法开始。请告诉老师。
class-set-title = 老师的题目
class-tasks = { $count ->
   *[other] { $count } 个练习
}
class-exam = 考试代码 { $seed }：
class-only-note = 这次考试只使用老师的题目。
class-mixed-note = 这次考试使用老师的题目和应用中的题目。
class-replace = 这部手机上已经有这些题目的其他版本：
class-replace-one = { $title }：这部手机上是版本 { $held }，链接中是版本 { $incoming }。
class-replace-button = 使用老师的版本
class-kept = 题目已保存在这部手机上。您可以在“练习”中练习这些题目。
class-start = 开始考试
class-practise = 去练习
qr-show = 显示为二维码
qr-help = 另一部手机可以用相机扫描它。
qr-label = 二维码
qr-too-long = 内容太长，二维码放不下：请改为复制后发送。
