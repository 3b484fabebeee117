# Help read aloud in the learner's language (issue #13 §3), and the voice check page.
help-read-aloud = 用{ $language }朗读这段文字
help-no-voice = 此设备没有{ $language }语音。
help-no-voice-hint = 如需添加，请在手机设置中找到“文字转语音”，然后安装该语言。
help-back-to-settings = 返回设置
