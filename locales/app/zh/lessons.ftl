# Short lessons: the list, one lesson, and the links to lessons from feedback.
lessons-title = 课程
lessons-intro = 关于A2考试所需内容的简短课程：阅读讲解，看例句，做练习。
lessons-loading = 正在加载课程…
lesson-not-found = 没有这节课
lesson-all = 所有课程
lesson-italian = 意大利语讲解
lesson-kicker = 课程
lesson-examples = 例句
lesson-practice = 练习
lesson-links-lead = 这节课可以帮助你：
