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
