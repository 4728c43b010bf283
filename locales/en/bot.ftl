# Strings of the Telegram bot.
bot-welcome = Hello. I give information about voluntary return from Czechia and can ask a counsellor to meet you. Asking for a meeting costs nothing. What return may cost you and who will learn about it depends on your situation: ask the counsellor.
bot-choose-language = Choose your language:
bot-language-set = I will write to you in English.
bot-menu-topics = Topics
bot-menu-search = Search
bot-menu-appointment = Meet a counsellor
bot-menu-status = My requests
bot-search-prompt = Write your question in a few words.
bot-not-what-i-needed = Not what I needed
bot-more = More
bot-back = Back
bot-stop = Stop
bot-yes = Yes
bot-no = No
bot-stopped = Stopped. Nothing was sent.
bot-alias-prompt = What should we call you? Send a nickname, or press "Skip".
bot-phone-prompt = Send a phone number if you want a call, or press "Skip". We can also answer here in Telegram.
bot-skip = Skip
bot-confirm-prompt = Send this request?
bot-status-none = You have no requests.
bot-cancel-pick = Which request do you want to cancel?
bot-cancel-done = Request { $reference } was cancelled.
bot-forget-confirm = This deletes your language setting and your requests that were not handled yet. Continue?
bot-forget-done = Deleted: { $requests } requests and your settings.
bot-attach-confirm = Do you want to follow request { $reference } here?
bot-attach-done = You will get news about request { $reference } here.
bot-notify-confirmed = Your meeting is confirmed: { $when } at { $point }. Reference: { $reference }.
bot-notify-declined = Your request { $reference } cannot be arranged: { $reason }
bot-notify-rescheduled = Your meeting was moved: { $when } at { $point }. Reference: { $reference }.
cmd-start = Start
cmd-language = Change language
cmd-status = My requests
cmd-cancel = Cancel a request
cmd-forget = Delete my data
bot-interpreter-prompt = Do you need an interpreter at the meeting?

# Security: following a kiosk request (kiosk and store area)
bot-follow-taken = Another Telegram chat already follows this request, and it stays with that chat. If that was not you, contact a counsellor with your reference code.
# Telegram bot: appointment from everywhere, input that does not fit a step, stale buttons (issue 11)
cmd-appointment = Ask for a meeting with a counsellor
bot-continue = Continue my request
bot-text-only = I can read only text. Please write in words, or use the buttons.
bot-stop-words = stop, cancel, quit, exit, enough, end
bot-back-words = back, previous, go back
bot-list-separator = {", "}
bot-point-hint = Tap a place to see its address, opening hours and how a visit works before you choose it. Detention facilities (ZZC) are at the end: choose one only if you are held there.
bot-point-choose = Choose this place
bot-point-address = Address
bot-point-phone = Phone
bot-chosen-mark = ✓ marks what you chose. Tap again to remove it.
bot-stale-button = This button belongs to an earlier message and no longer works. Nothing was changed.
bot-stale-step = This button belongs to an earlier step. Nothing was changed. You are here now:
bot-status-draft = You have a request that is not sent yet. You can continue it.
bot-cancel-confirm = Do you really want to cancel request { $reference }?
bot-cancel-kept = Request { $reference } stays as it is. Nothing was cancelled.
bot-forget-history = The messages of this chat stay on your phone. To remove them, delete this chat in Telegram.
bot-simplified-only = Navrat is available in Simplified Chinese only. The texts below are in Simplified characters.

# --- listen: voice
bot-listen = 🔊 Listen
bot-voice-not-heard = Thank you. A counsellor cannot listen to voice messages here yet. Please write to us, or ask for an appointment: a counsellor will hear you in person.
# --- ask: person
cmd-ask = Ask a counsellor a question
bot-ask-button = ✉️ Ask a counsellor
bot-ask-choose = A counsellor can answer your question in writing here, or meet you in person.
bot-ask-agree = I agree
bot-ask-back = Back
bot-ask-write = Write your question in one message, in your language (at most { $max } characters).
bot-ask-added = Added to your question { $reference }.
bot-ask-close = Close my question
bot-ask-closed = Your question { $reference } is closed. You can ask again at any time.
bot-ask-answer = A counsellor answered your question { $reference }:
bot-ask-open = Your question { $reference } is open. Everything you write here now is added to it.
bot-ask-finish-request = First finish or stop the request for a meeting you are writing; then you can ask a question.

# Kiosk question followed on Telegram through its QR code (issue 16)
bot-ask-follow-done = The answers to your question { $reference } will now also come here.
bot-ask-follow-taken = Another Telegram chat already follows this question, and it stays with that chat. If that was not you, contact a counsellor with your reference code.
