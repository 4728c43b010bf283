# Strings of the Telegram bot.
bot-welcome = 您好。我提供关于从捷克自愿返回的信息，并可以请一位顾问与您见面。申请会面不收费。返回可能要您付多少钱、谁会知道这件事，要看您的情况：请问顾问。
bot-choose-language = 请选择您的语言：
bot-language-set = 我将用中文给您写消息。
bot-menu-topics = 主题
bot-menu-search = 搜索
bot-menu-appointment = 与顾问会面
bot-menu-status = 我的申请
bot-search-prompt = 请用几个词写下您的问题。
bot-not-what-i-needed = 这不是我需要的
bot-more = 更多
bot-back = 返回
bot-stop = 停止
bot-yes = 是
bot-no = 否
bot-stopped = 已停止。没有发送任何内容。
bot-alias-prompt = 我们怎么称呼您？请发送一个昵称，或点击“跳过”。
bot-phone-prompt = 如果您希望我们打电话给您，请发送电话号码，或点击“跳过”。我们也可以在 Telegram 这里回复您。
bot-skip = 跳过
bot-confirm-prompt = 发送这个申请吗？
bot-status-none = 您没有任何申请。
bot-cancel-pick = 您想取消哪个申请？
bot-cancel-done = 申请 { $reference } 已取消。
bot-forget-confirm = 这将删除您的语言设置和尚未处理的申请。要继续吗？
bot-forget-done = 已删除：{ $requests } 个申请和您的设置。
bot-attach-confirm = 您想在这里关注申请 { $reference } 吗？
bot-attach-done = 您将在这里收到申请 { $reference } 的最新消息。
bot-notify-confirmed = 您的会面已确认：{ $when }，地点：{ $point }。编号：{ $reference }。
bot-notify-declined = 您的申请 { $reference } 无法安排：{ $reason }
bot-notify-rescheduled = 您的会面时间已更改：{ $when }，地点：{ $point }。编号：{ $reference }。
cmd-start = 开始
cmd-language = 更换语言
cmd-status = 我的申请
cmd-cancel = 取消申请
cmd-forget = 删除我的数据
bot-interpreter-prompt = 会面时您需要口译员吗？
# Security: following a kiosk request (kiosk and store area)
bot-follow-taken = 另一个 Telegram 聊天已在关注此申请，申请将保留在那里。如果那不是您，请带着您的申请编号联系顾问。
# Telegram bot: appointment from everywhere, input that does not fit a step, stale buttons (issue 11)
cmd-appointment = 申请与顾问见面
bot-continue = 继续我的申请
bot-text-only = 我只能读取文字。请用文字书写，或使用按钮。
bot-stop-words = 停止, 停, 取消, 退出, 结束, 不要了, stop
bot-back-words = 返回, 上一步, 后退
bot-list-separator = {"、"}
bot-point-hint = 点击一个地点，在选择之前查看地址、开放时间和来访方式。外国人拘留中心（ZZC）在列表末尾：只有当您被拘留在那里时才选择。
bot-point-choose = 选择这个地点
bot-point-address = 地址
bot-point-phone = 电话
bot-chosen-mark = ✓ 表示您已选择的项目。再点一次即可取消。
bot-stale-button = 这个按钮属于一条较早的消息，已不再有效。没有任何更改。
bot-stale-step = 这个按钮属于之前的步骤。没有任何更改。您现在在这里：
bot-status-draft = 您有一份尚未发送的申请。您可以继续填写。
bot-cancel-confirm = 您确定要取消申请 { $reference } 吗？
bot-cancel-kept = 申请 { $reference } 保持不变。没有取消任何内容。
bot-forget-history = 此聊天中的消息仍保留在您的手机上。如需删除，请在 Telegram 中删除此聊天。
bot-simplified-only = Navrat 目前只提供簡體中文。以下內容以簡體字顯示。

# --- listen: voice
bot-listen = 🔊 收听
bot-voice-not-heard = 谢谢。顾问目前还不能在这里收听语音消息。请给我们写消息，或申请预约：顾问会当面听您说。
# --- ask: person
cmd-ask = 向顾问提问
bot-ask-button = ✉️ 向顾问提问
bot-ask-choose = 顾问可以在这里以书面形式回答您的问题，也可以与您面谈。
bot-ask-agree = 我同意
bot-ask-back = 返回
bot-ask-write = 请用您的语言，在一条消息中写下您的问题（最多 { $max } 个字符）。
bot-ask-added = 已添加到您的问题 { $reference }。
bot-ask-close = 关闭我的问题
bot-ask-closed = 您的问题 { $reference } 已关闭。您可以随时再次提问。
bot-ask-answer = 顾问回答了您的问题 { $reference }：
bot-ask-open = 您的问题 { $reference } 仍在进行中。您现在在这里写的所有内容都会添加到该问题中。
bot-ask-finish-request = 请先完成或停止您正在填写的会面申请，然后再提问。

# Kiosk question followed on Telegram through its QR code (issue 16)
bot-ask-follow-done = 您的问题 { $reference } 的回答现在也会发送到这里。
bot-ask-follow-taken = 另一个 Telegram 聊天已在关注此问题，问题将保留在那里。如果那不是您，请带着您的编号联系顾问。
