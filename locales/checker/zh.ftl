# 检查器的消息（bank-check 和教师页面），中文。
# RON 字段名、取值和代码保持原样，放在反引号中；id 不变。

## 标签：消息说的是什么

label-bank = 题库 { $id }
label-bank-alone = 题库
label-task = 任务 { $id }
label-task-alone = 任务
label-item = { $task } / 题目 { $id }
label-layout = 试卷结构 { $id }
label-layout-alone = 试卷结构
label-section = { $layout }：部分 { $section }
label-slot = { $section }，位置 { $n }

## 题库或试卷结构的部分

what-id = id
what-title = 标题
what-author = 作者 { $n }
what-license = 许可证
what-instructions = 说明
what-item-id = 题目 id
what-explanation = 解释
what-statement = 陈述
what-prompt = 问题
what-text = 文本
what-pair = 配对 { $n }
what-pair-left = 配对 { $n } 的左侧文本
what-pair-right = 配对 { $n } 的右侧文本
what-extra = 额外项 { $n }
what-option = 选项 { $n }
what-accepted = 可接受答案 { $n }
what-field-label = 字段 { $n } 的标签
what-field-example = 字段 { $n } 的示例
what-field-choice = 字段 { $n } 的选择
what-point = 要点 { $n }
what-model = 范文
what-sample-sufficient = 及格的范例
what-sample-insufficient = 不及格的范例
what-stimulus-title = 材料标题
what-stimulus-body = 材料正文
what-announcement = 广播通知
what-turn-speaker = 第 { $n } 句的说话人
what-turn-text = 第 { $n } 句的文本
what-picture = 图片
what-audio = 音频文件名
what-single-choice = 单选题
what-place = 地点题
what-tick-info = 勾选信息题
what-gap = 空格

## 读取文件

file-binary = 这是二进制文件（含有 NUL 字节），不是文本文件：题库或试卷结构是以 UTF-8 保存的纯文本
file-not-utf8 = 文件不是 UTF-8 文本：请选择 UTF-8 编码重新保存
file-empty = 文件是空的
file-not-downloaded = 无法下载（{ $why }）
in-place = { $label }：{ $message }
ends-here = { $message }（文件在这里结束：是否缺少一个闭合的 `)` 或 `]`？）
typographic-quote = 意外的 { $quote }：文本要放在直双引号 "…" 之间（« » 和 “ ” 可以放在里面）
file-ends-early = 文件结束得太早：是否缺少一个闭合的 `)` 或 `]`？
expected-comma = 这里需要逗号 `,`：前面是否缺少逗号，或文本的结束引号？
expected-option = 这个字段可选：在值外面写 Some(…)，或写 None
expected-text = 这里需要双引号中的文本，例如 "…"
trailing-characters = 题库结束后还有文本：是否多了一个 `)` 或 `]`？
unknown-topic = 未知主题 `{ $found }`；主题有：{ $names }
unknown-section = 未知部分 `{ $found }`；部分有：{ $names }
unknown-kind = 未知题型 `{ $found }`；题型有：{ $names }
unknown-level = 未知级别 `{ $found }`；级别有：{ $names }
unknown-value = { $outer } 中的未知值 `{ $found }`；请写其中之一：{ $names }
unknown-field = { $outer } 中的未知字段 `{ $found }`；它的字段有：{ $names }
missing-field = { $outer } 中缺少字段 `{ $field }`
field-twice = 字段 `{ $field }` 在 { $outer } 中写了两次；只保留一个
list-not-closed = 列表没有闭合：在 `{ $next }:` 之前写 `]`
expected-list-end = 这里的列表没有闭合：是否缺少逗号 `,` 或 `]`？
expected-brackets-end = 这里括号中的值没有闭合：是否缺少逗号 `,` 或 `)`？
expected-translations-end = 这里的翻译没有闭合：是否缺少逗号 `,` 或 `{ "}" }`？
expected-translation-colon = 在语言代码后写冒号 `:`，例如 `"en": "…"`
text-not-closed = 文本没有闭合：是否缺少结束引号 `"`？
unexpected-char = `{ $char }` 不应出现在这里：删除它，或把它放进文本 "…" 中
takes-boolean = `{ $field }:` 要写 `true` 或 `false`
takes-integer = `{ $field }:` 要写整数，例如 `0` 或 `2`
takes-number = `{ $field }:` 要写数字，例如 `10`
number-out-of-range = `{ $field }:` 这个数字太大或小于 0
takes-brackets = `{ $field }:` 要写圆括号中的值 `( … )`
takes-list = `{ $field }:` 要写方括号中的列表，例如 `[ … ]`
takes-translations = `{ $field }:` 要写花括号中的翻译，例如 `{"{"} "en": "…" {"}"}`
takes-text = `{ $field }:` 要写双引号中的文本，例如 "…"
ron-error = RON 语法错误：{ $detail }

## 文本

empty = { $label }：{ $what }是空的
sentence-long = { $label }：{ $what }有一个 { $words } 个词的句子（"{ $start } …"）；A2 的句子要短：最多 { $max } 个词
translation-no-locale = { $label }：{ $what }的一个翻译没有语言代码
translation-empty = { $label }：{ $what }的 { $locale } 翻译是空的
letter-label = { $label }：{ $what }以自己的字母开头（"{ $letter }"）；应用会在打乱选项后自己加字母，所以请去掉这个字母
direction-control = 一段文本含有不可见的方向控制符 { $code }，可能使文本读起来与原意不同；请删除它

## 题库、任务和题目

bank-language = { $label }：language 必须是 "it"，而不是 "{ $language }"
bank-version = { $label }：version 必须为 1 或更大
bank-no-tasks = { $label }：没有任务
bank-same-position = { $label }：在全部 { $count } 道单选题和地点题中，正确答案{ $position ->
        [0] 都是第一个选项
        [1] 都是第二个选项
        [2] 都是第三个选项
        [3] 都是第四个选项
       *[other] 总在同一位置
    }；请变换它的位置
bank-partial-translations = { $label }：有些文本没有 { $languages } 翻译：用这些语言阅读的学习者在那里只看到英语或意大利语
bank-id-taken = 题库 { $id }：这个 id 已被 { $place } 的题库使用
task-id-taken = 任务 { $id }：这个 id 已被 { $place } 的任务使用
task-no-items = { $label }：没有题目
item-id-twice = { $label }：本任务的另一道题已使用 id { $id }
item-not-for-writing = { $label }：写作任务只能有 form 或 message 题，不能有 { $kind }
item-only-for-writing = { $label }：{ $kind } 题只能出现在写作任务中
item-same-explanation = { $label }：解释与题目 { $first } 的相同；请分别解释每个答案
listening-silent-task = { $label }：听力任务需要可以朗读的话：它的材料没有（请用 Dialogue 或 Announcement），也没有题目有自己的材料
listening-silent-item = { $label }：没有可听的内容：任务材料没有文字，这道题也没有自己的材料
listening-name-unheard = { $label }：题目提到 { $name }，但没有人大声说出这个名字（语音不朗读说话人的名字）：请在对话或说明中提到这个人，或写 "la donna"、"l'uomo"
stimulus-similar = 任务 { $id }：它的材料与任务 { $other } 的（{ $place }）几乎相同，相似度 { $percent }%；请写新的文本
dialogue-no-turns = { $label }：对话没有任何一句
task-fits-no-layout = { $label }：它有 { $count } 个计分答案，但没有试卷结构在 { $section } 部分有这个大小的位置（{ $sizes }）：它永远不会出现在考试中
task-words-above-a2 = { $label }：{ $count } 个超出 A2 的词（{ $words }）：最多保留 { $most } 个

## 题目

options-count-range = { $label }：{ $what }需要 2 到 { $max } 个选项；现在有 { $count } 个
options-count-least = { $label }：{ $what }至少需要 2 个选项；现在有 { $count } 个
options-same = { $label }：选项 { $first } 和 { $second } 相同（"{ $text }"）
correct-out-of-range = { $label }：correct 是 { $correct }，但选项编号是 0 到 { $last }
pinned-missing = { $label }：pinned 列出了不存在的选项 { $option }
pinned-twice = { $label }：pinned 两次列出选项 { $option }
matching-few-pairs = { $label }：配对题至少需要 2 对；现在有 { $count } 对
matching-same-left = { $label }：配对 { $first } 和 { $second } 的左侧文本相同（"{ $text }"）
matching-same-right = { $label }：{ $first } 和 { $what } 的右侧文本相同（"{ $text }"）
tick-no-correct = { $label }：没有标出正确选项：请列出正确的，例如 correct: [0, 2]
tick-correct-twice = { $label }：correct 两次列出选项 { $option }
gap-long = { $label }：空格要正好写成三个下划线 ___
gap-none = { $label }：文本没有空格：请用三个下划线 ___ 标出
gap-many = { $label }：文本有 { $gaps } 个空格 ___；填空题只能有一个
gap-no-accepted = { $label }：空格不接受任何答案：请在 accepted 中至少写一个
form-no-fields = { $label }：表格没有字段
points-tr-count = { $label }：要点的 { $locale } 翻译有 { $texts } 段文本，但有 { $points } 个要点
points-tr-empty = { $label }：要点的 { $locale } 翻译有一段空文本
message-min-zero = { $label }：min_words 至少为 1
message-min-above-max = { $label }：min_words（{ $min }）大于 max_words（{ $max }）
message-no-points = { $label }：请在 points 中列出完整的消息要说什么
message-model-length = { $label }：范文有 { $words } 个词，不在 min_words–max_words（{ $min }–{ $max }）之内

## 试卷结构

layout-id-taken = 试卷结构 { $id }：这个 id 已被 { $place } 的试卷结构使用
layout-no-sections = { $label }：没有部分
layout-section-twice = { $label } 出现了两次；请把它的所有位置放在同一个部分中
layout-pass-mark = { $label }：及格线 { $pass_mark } 高于考试的最高分（{ $max }）
layout-minutes = { $label } 持续 { $minutes } 分钟；必须为 1 到 { $max } 分钟的整数分钟（测试用结构可为整数秒）
layout-no-slots = { $label } 没有任务位置
layout-slot-empty = { $label } 有 0 道题
layout-slot-too-many = { $label } 有 { $items } 道题；最多 { $max } 道
layout-slot-no-kinds = { $label } 没有列出题型
layout-slot-writing-kind = { $label } 列出了 { $kind }，但只有写作任务有这种题
layout-slot-not-writing-kind = { $label } 列出了 { $kind }，但写作任务只有 form 和 message 题
layout-points-too-many = { $label } 给 { $points } 分；每道题或每个任务最多 { $max } 分
layout-writing-per-item = { $label } 必须用 Bands(complete: …, sufficient: …) 评分，而不是 PerItem
layout-bands-not-writing = { $label } 必须用 PerItem(…) 评分，而不是 Bands
layout-sufficient-above-complete = { $label }：sufficient（{ $sufficient }）大于 complete（{ $complete }）
layout-fill-short = 试卷结构 { $layout }：部分 { $section } 需要 { $need } 个每个 { $items } 道题、只用 [{ $kinds }] 的任务；题库中有 { $have } 个
layout-fill-together = 试卷结构 { $layout }：部分 { $section } 的位置需要 { $need } 个不同的任务；题库中只有 { $filled } 个能同时符合

## Lessons

label-lesson = 课程 { $id }
label-lesson-practice = { $lesson } / 任务 { $id }
what-example = 例句 { $n }
what-item-explanation = 题目 { $id } 的解释
lesson-id-taken = 课程 { $id }：这个 id 已被 { $place } 的课程使用
lesson-id-empty = { $label }：id 为空
lesson-id-characters = { $label }：id 只能包含小写字母、数字和连字符
lesson-file-name = { $label }：这个课程的文件必须命名为 { $id }.ron
lesson-examples-count = { $label }：有 { $count } 个例句；一个课程应有 { $start } 到 { $end } 个
lesson-practice-id = { $label }：练习的 id 必须是 { $expected }
lesson-practice-writing = { $label }：课程的练习是听力或阅读，不是写作
lesson-practice-items-count = { $label }：有 { $count } 道题；课程的练习应有 { $start } 到 { $end } 道
lesson-translations-missing = { $label }：{ $what } 没有 { $languages } 的翻译
lesson-unknown = 任务 { $task }：没有课程 { $id }（lessons/{ $id }.ron）

## 从 Moodle 导入的题目（GIFT 和 Moodle XML）

import-format = 这是 { $format } 文件，Sportello 无法读取。Sportello 能读取题库（.ron）、GIFT（.gift 或 .txt）和 Moodle XML（.xml）：请在 Moodle 中把题目导出为 GIFT 或 Moodle XML 格式
gift-unclosed = 这里用 {"{"} 开始的答案没有闭合的 {"}"}：请在最后一个答案后加上 {"}"}
gift-stray-close = 这个 {"}"} 没有闭合任何答案：请删除它，或写成 \{"}"} 以显示为文字
gift-unclosed-title = 用 :: 开始的标题没有闭合的 ::
gift-no-answers = 花括号中的每个答案都必须以 =（正确）或 ~（错误）开头，例如 {"{"}=是 ~否{"}"}
gift-pair-arrow = 在配对题中，每个答案都是一对，写成 =左 -> 右
xml-broken = 这里的 XML 已损坏（{ $detail }）：请从 Moodle 重新导出题目
xml-not-moodle = 这个 XML 文件不是 Moodle 的题目导出文件（没有 <quiz>）：请在 Moodle 中使用“题库 › 导出 › Moodle XML格式”
import-question = 第 { $n } 题
import-question-titled = 第 { $n } 题（{ $title }）
import-dropped = { $label }未导入：{ $reason }
import-no-feedback = { $label }没有反馈，所以它的解释只给出正确答案：请在反馈中写明这个答案为什么正确
import-nothing = 没有任何题目能够转换
import-why-gaps = 它有 { $gaps } 个空格，但只允许一个
import-why-no-text = 它没有文本
import-why-no-right = 没有答案被标为正确
import-why-options = 选择题需要 2 到 4 个答案，而这道题有 { $count } 个
import-why-pairs = 配对题至少需要 2 对，而这道题有 { $count } 对
import-why-no-model = 作文题需要范文（GIFT 中写在 #### 之后，Moodle 中写在“给评分者的信息”里）
import-why-no-points = 请在题目中以列表写出文本必须包含的内容，每行一个要点，以 - 开头
import-why-kind = { $kind } 类型的题目不属于 A2 考试
