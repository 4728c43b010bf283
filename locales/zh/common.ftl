# Strings both channels use: navigation, categories, notices, the appointment flow, errors.
app-name = Navrat
app-tagline = 用您的语言了解自愿返回的信息

## Navigation
nav-home = 首页
nav-back = 返回
nav-language = 语言
nav-finish = 结束并清除
nav-search = 搜索

## Categories of topics
category-about = 自愿返回
category-about-description = 什么是自愿返回，谁可以参加
category-support = 您能得到什么
category-support-description = 车票或机票、证件、抵达后的帮助
category-process = 如何进行
category-process-description = 步骤、时间、需要携带什么
category-rights = 您的权利和安全
category-rights-description = 保密、禁止入境、改变主意
category-detention = 在外国人拘留中心（ZZC）
category-detention-description = 在拘留中心内接受咨询
category-family-health = 家庭与健康
category-family-health-description = 儿童、疾病、特殊需要
category-contact = 与顾问交谈
category-contact-description = 在哪里、如何联系我们

## Notices on a topic
notice-draft = 此翻译尚未经过顾问核对，可能有错误。如有不清楚的地方，请询问顾问。
notice-outdated = 本文的捷克语原文在翻译后已有更改。这里的部分信息可能已经过时。
notice-outdated-link = 阅读最新的捷克语原文
notice-sample-data = 这里的部分信息（地址、电话号码、时间或金额）只是示例，可能不准确。请向顾问核实。
notice-fallback = 此内容暂时没有您的语言版本，现以下列语言显示：{ $language }。
topic-sources = 来源
topic-updated = 最近一次与原文核对：版本 { $revision }

## Search
search-label = 您在找什么？
search-placeholder = 例如：车票、护照、孩子
search-button = 搜索
search-results = { $count ->
   *[other] 找到 { $count } 个主题
}
search-no-results = 没有找到结果。请换个词试试，或询问顾问。

## Counselling points
point-kind-regional = 咨询点
point-kind-detention = 外国人拘留中心（ZZC）
point-kind-office = 办公室
point-languages = 这里使用的语言
point-hours = 开放时间
point-visiting-rules = 探访流程

## Days and times of day
day-mon = 星期一
day-tue = 星期二
day-wed = 星期三
day-thu = 星期四
day-fri = 星期五
day-sat = 星期六
day-sun = 星期日
day-part-morning = 上午
day-part-afternoon = 下午
day-part-evening = 晚上

## Appointment request
appointment-title = 申请与顾问会面
appointment-intro = 顾问会向您解释您有哪些选择。如果需要，请申请口译员。申请会面不收费，也不会让您承担任何义务。会面时，请问一问返回可能要您付多少钱，以及顾问怎样处理您告诉他们的内容。
appointment-point = 您想在哪里会面？
appointment-interpreter = 我需要口译员
appointment-days = 哪几天您方便？
appointment-day-parts = 一天中的什么时间？
appointment-topic = 您想谈什么？（可选）
appointment-alias = 我们怎么称呼您？（可选，用昵称也可以）
appointment-phone = 电话号码（可选）
appointment-contact = 您希望我们怎样通知您？
appointment-contact-phone = 给我打电话或发短信
appointment-contact-return = 我会回来这里查看
appointment-contact-telegram = 我会在 Telegram 上关注
appointment-consent-title = 我们保存哪些信息
appointment-consent = 我们保存您在这里输入的内容：地点、日期和时段、语言、您是否需要口译员，以及如果您提供了，昵称和电话号码或者您的 Telegram 聊天。我们还保存申请来自哪个主题、何时以及从哪里（自助终端或 Telegram）发出、申请的参考编号，以及随机码（用于 Telegram 链接和防止重复发送）。之后申请会有一份状态记录：确认的会面时间、哪位顾问处理了申请、是否会有口译员，以及如果被拒绝，拒绝的原因。我们只用这些信息来安排您的会面。您所选地点的顾问和协调员可以看到这些信息。您的申请关闭 { $days } 天后，我们会删除这些信息。
appointment-consent-agree = 我同意
appointment-review = 核对您的申请
appointment-edit = 修改
appointment-submit = 发送申请
appointment-sent = 您的申请已发送
appointment-reference = 您的申请编号
appointment-reference-hint = 请把它写下来或拍照保存。凭此编号可以查询您的申请。
appointment-follow-telegram = 用手机扫码，在 Telegram 上关注您的申请
appointment-status-title = 您的申请
appointment-status-lookup = 请输入您的申请编号

## Status of a request
status-new = 已收到。顾问会联系您或确认时间。
status-confirmed = 已确认：{ $when }，地点：{ $point }。
status-declined = 无法安排：{ $reason }
status-done = 已完成
status-cancelled = 已取消
status-no-show = 未按约到场

## Errors
error-point-required = 请选择一个地点。
error-days-required = 请至少选择一天。
error-day-parts-required = 请至少选择一个时间段。
error-alias-too-long = 昵称太长（最多 { $max } 个字符）。
error-phone-invalid = 这看起来不像电话号码。请使用数字，例如 +420 777 123 456。
error-contact-phone-missing = 请输入电话号码，或选择其他联系方式。
error-consent-required = 请同意我们保存您申请的方式，否则我们无法发送申请。
error-reference-invalid = 此申请编号无效。请检查字母和数字。
error-reference-unknown = 找不到使用此编号的申请。
error-not-found = 此页面不存在。
error-not-found-hint = 请返回选择您的语言。
error-generic = 我们这边出了问题。您填写的内容没有丢失。请重试。
error-rate-limited = 尝试次数过多。请等一分钟后再试。
error-storage-full = 目前无法保存新的申请。请询问工作人员，或稍后再试。
error-too-long = 文字太长。
# Why a counsellor could not arrange a meeting; chosen in the workspace, read by the person.
decline-reason-capacity = 这个地点目前没有空闲时间。请过几周再试，或选择其他地点。
decline-reason-other-point = 其他地点能更好地帮助您。请在那里预约，或询问工作人员。
decline-reason-not-offered = 这个地点无法处理此事。请询问工作人员应该去哪里。
decline-reason-contact-us = 请亲自前来或询问工作人员，我们很乐意为您解释一切。

# --- listen: voice
listen-machine-voice = 机器语音（由电脑朗读）
listen-recorded = 由顾问录制
listen-outdated-recording = 此录音对应的是本文的旧版本。
listen-no-voice = 此语言暂时没有语音。请让工作人员为您朗读文字。
listen-unavailable = 现在无法收听。请让工作人员为您朗读文字。
# --- ask: person
ask-consent = 只有会说您语言的返回中心顾问会阅读您的问题。在对话开放期间以及关闭后 { $days } 天内保存，之后删除。请不要写其他人的姓名。
ask-hours = 会说您语言的顾问在{ $days }的 { $opens }:00–{ $closes }:00（布拉格时间）回复。您可以在一个工作日内收到答复。
ask-received = 您的问题已保存。您的编号：{ $reference }
ask-error-empty = 请用文字写下您的问题。
ask-error-too-long = 消息太长：{ $length } 个字符。请最多写 { $max } 个字符，或分几次发送。
ask-error-flood = 您在短时间内发送了很多消息。请等几分钟再写。我们已确认的内容都已保存。
