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
kiosk-space = 空格
ui-draft-notice = 这些页面由机器翻译，尚未经过顾问核对。如有不清楚的地方，请询问工作人员。
appointment-change-point = 选择其他地点
appointment-speaks-your-language = 这里的顾问会说您的语言
appointment-status-show = 查看
topic-ask-counsellor = 向顾问询问此事
topic-source-text = 最新的捷克语原文

## Kiosk: what happens next, one notice per page, error summary (issue 11)
kiosk-status-new-come-back = 已收到。顾问会从您选择的日期中安排一个时间。请最早于下一个工作日回到这台自助终端，点击“{ home-status }”并输入您的代码：这里会显示确认的时间。
kiosk-status-new-phone = 已收到。顾问会拨打或发短信到您留下的号码，与您商定时间。您也可以在这里用您的代码查询。
kiosk-notice-point-draft = 各地点的说明由机器翻译，尚未经过核对。
kiosk-unreviewed-title = 请注意
point-sample-mark = 示例数据，未经核实
kiosk-error-summary = 有内容缺失或不正确。请检查：
kiosk-meta-description = 用您的语言了解从捷克自愿回国的信息，并申请与顾问会面。
kiosk-list-separator = {"、"}

# --- listen: voice
listen-play = 收听
listen-pause = 暂停
listen-replay = 从头播放

# --- listen: kiosk steps, the code read aloud, the language picker
listen-read-code = 朗读编号
# The mark beside a language on the picker that has no machine voice.
listen-no-voice-short = 暂无语音
# --- ask: kiosk (issue 16): a question to a counsellor, and its answers on the status page
kiosk-ask-button = 给顾问写问题
kiosk-ask-title = 给顾问写问题
kiosk-ask-intro = 请用您自己的语言写下问题。顾问会以书面形式回答；您可以凭代码在这台自助终端上阅读回答。
kiosk-ask-question = 您的问题
kiosk-ask-question-hint = 最多 { $max } 个字符。
kiosk-ask-point = 针对哪个地点？（可以不选。）
kiosk-ask-point-any = 任何地点
kiosk-ask-send = 发送我的问题
kiosk-ask-sent = 您的问题已发送
kiosk-ask-reference-hint = 请记下或拍照保存。凭它可以阅读回答。
kiosk-ask-read-answer = 要阅读回答，请回到这台自助终端，点击“{ home-status }”并输入您的代码。
kiosk-ask-with-request = 现在请写下您的问题：它将附在您的申请中。
kiosk-ask-added-to-request = 您的问题附在申请 { $reference } 中。
kiosk-ask-review-option = 我还想给顾问写一个问题
kiosk-ask-error-markup = 请用文字写下问题。仅有符号和标签无法阅读。
kiosk-ask-error-point = 请选择所示地点之一，或选择“任何地点”。
kiosk-question-title = 您的问题
kiosk-question-you = 您
kiosk-question-counsellor = 顾问
kiosk-question-waiting = 还没有回答。
kiosk-question-add = 补充留言
kiosk-question-send = 发送
kiosk-question-close = 关闭我的问题
kiosk-question-closed = 此问题已关闭。您随时可以写一个新问题。
kiosk-question-closed-now = 您的问题现已关闭。谢谢。
kiosk-question-added = 您的留言已添加到问题中。

# Kiosk question followed on Telegram through its QR code (issue 16)
kiosk-ask-follow-telegram = 用手机扫描，即可在 Telegram 上关注您的问题：回答也会发送到那里。
