# Strings of the counsellor workspace.
ws-title = Navrat 工作台
ws-login = 登录
ws-logout = 退出登录
ws-username = 用户名
ws-password = 密码
ws-login-failed = 用户名或密码错误。
ws-login-limited = 失败次数过多。请稍等一会儿（每多失败一次，等待时间更长）再试。
ws-requests = 会面申请
ws-translations = 翻译
ws-overview = 概览
ws-status-missing = 缺失
ws-status-draft = 草稿
ws-status-in-review = 审核中
ws-status-published = 已发布
ws-status-outdated = 已过时
ws-save-draft = 保存草稿
ws-submit-review = 提交审核
ws-publish = 批准并发布
ws-confirm = 确认
ws-decline = 拒绝
ws-reschedule = 改期
ws-mark-done = 已完成
ws-mark-no-show = 未到场

# Security of the workspace server (issue 12): unreadable sealed rows, sign-in load.
ws-contact-unreadable = 无法读取：已用另一个密钥封存，或已损坏。请询问管理员。
ws-login-busy = 同时登录的人太多。请稍等几秒再试。

# Operations (issue 17): the kiosks' last contact on the coordinator's overview.
ws-kiosks = 自助终端
ws-kiosks-hint = 自助终端配置中的每台终端：其页面最后一次报告的时间。超过 15 分钟无响应的终端会被标出：请检查它是否已开机并联网。
ws-kiosks-none = 尚未配置任何自助终端。
ws-kiosk = 终端
ws-kiosk-last-contact = 最后联系
ws-kiosk-version = 版本
ws-kiosk-state = 状态
ws-kiosk-never = 从未
ws-kiosk-silent = 超过 15 分钟无响应
ws-kiosk-live = 正常运行
# --- listen: recordings
ws-recording = 录音
ws-recording-hint = 上传已发布译文的朗读录音：Ogg/Opus、MP3、M4A 或 WAV，最大 8 MB、10 分钟。
ws-recording-upload = 上传
ws-recording-uploaded = 录音已保存为草稿。
ws-recording-was-other = 该文件看起来是 { $claimed }，实际上是 { $actual }；已按 { $actual } 接收并转换。
ws-recording-outdated = 录音后文本已更改：请重新录制。
ws-recording-done-submit = 录音已提交审核。
ws-recording-done-publish = 录音已发布。
ws-recording-done-return = 录音已退回修改。
ws-recording-done-withdraw = 录音已撤下。
ws-recording-error-empty = 文件为空。请选择录音。
ws-recording-error-too-large = 文件大于 8 MB。
ws-recording-error-too-long = 录音超过 10 分钟。
ws-recording-error-not-audio = 这不是我们认识的格式的音频文件（Ogg/Opus、MP3、M4A、WAV）。
ws-recording-error-unsupported = 不接受 { $format } 文件。请使用 Ogg/Opus、MP3、M4A 或 WAV。
ws-recording-error-damaged = { $format } 文件被截断或已损坏。
ws-recording-error-no-encoder = 此服务器目前只接受 Ogg/Opus 录音。
ws-recording-error-encoder = 无法转换录音。请换一个文件。
ws-recording-error-none = 这里没有录音。
ws-recording-error-not-approver = 录音须由上传者以外的审核人发布。
ws-recording-error-not-reviewer = 只有该语言的审核人可以这样做。
ws-recording-error-not-published = 只能为已发布的译文录音。请先发布。
