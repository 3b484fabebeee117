# 不限时练习和错题复习。
practice-intro = 不限时练习：选择考试部分、话题和题型。每次作答后请按“检查”：您会看到答案是否正确，以及为什么。
practice-section-legend = 考试部分
practice-all-sections = 所有部分
practice-topic-label = 话题
practice-all-topics = 所有话题
practice-kind-label = 题型
practice-all-kinds = 所有题型
practice-available = { $count ->
    [0] 没有符合这个选择的练习。请试试其他组合。
   *[other] 有 { $count } 个练习符合这个选择。
}
practice-start = 开始
practice-check = 检查
practice-next = 下一个练习
practice-stop = 更换练习
practice-none = 没有符合这个选择的练习。
practice-slower = 放慢语速
practice-save-failed = 无法保存复习内容：浏览器存储空间已满或被禁用。
practice-topic-casa = 住房
practice-topic-famiglia = 家庭
practice-topic-lavoro = 工作
practice-topic-salute = 健康
practice-topic-scuola = 学校
practice-topic-trasporti = 交通
practice-topic-acquisti = 购物
practice-topic-uffici-pubblici = 政府办公室
practice-topic-tempo-libero = 休闲
practice-topic-citta-servizi = 城市和服务
practice-kind-single-choice = 选择题
practice-kind-true-false = 判断对错
practice-kind-matching = 配对
practice-kind-place = 这是在哪里？
practice-kind-tick-info = 文中的信息
practice-kind-gap-fill = 缺少的词
practice-kind-form = 填表
practice-kind-message = 写消息
review-queue-title = 复习
review-queue-due = { $count ->
    [0] 复习：现在没有需要复习的题目。
   *[other] 复习：有 { $count } 道题需要复习。
}
review-queue-waiting = 还有 { $count } 道题以后会再出现。
review-queue-start = 开始复习
review-queue-help = 每道答错的题，不管是在这里还是在模拟考试中答错的，都会进入复习。如果您答对了，它会在 1 天后再出现，然后是 6 天后，之后间隔越来越长。如果答错了，它会在 10 分钟后再出现。
review-queue-next = 下一题
review-queue-done = 您已经复习完目前所有的题目。真棒！
practice-bank-only = 只练习这个题库的题目：
practice-bank-all = 练习所有题目
practice-sets-title = 老师给您的题目
practice-set-practise = 练习这些题目
practice-set-remove = 删除
practice-set-remove-named = 从这部手机上删除 { $title }
practice-set-remove-ask = 要从这部手机上删除 { $title } 吗？您的结果和复习内容都会保留。如果想再次使用这些题目，请再打开一次老师的链接。
practice-set-removed = 已从这部手机上删除 { $title }。
practice-set-remove-failed = 无法删除 { $title }：浏览器不允许保存数据。
