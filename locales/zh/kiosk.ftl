# Strings of the touchscreen kiosk.
picker-title = 请选择您的语言
picker-hint = 请点击您的语言
home-title = 自愿返回的相关信息
home-appointment = 申请见顾问
home-status = 查询我的申请
topic-back-to-category = 更多主题
kiosk-idle-warning = 还有人在吗？屏幕将在 { $seconds } 秒后清除。
kiosk-idle-continue = 我还在
kiosk-keyboard = 键盘
kiosk-keyboard-hide = 隐藏键盘
kiosk-cleared = 所有内容已清除。
kiosk-step = 第 { $step } 步，共 { $total } 步
kiosk-next = 下一步
kiosk-print-hint = 请把此编号出示给顾问。
