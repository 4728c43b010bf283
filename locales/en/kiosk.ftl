# Strings of the touchscreen kiosk.
picker-title = Choose your language
picker-hint = Touch your language
home-title = Information about voluntary return
home-appointment = Ask for a counsellor
home-status = Check my request
topic-back-to-category = More topics
kiosk-idle-warning = Is anyone here? The screen will be cleared in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
kiosk-idle-continue = I am still here
kiosk-keyboard = Keyboard
kiosk-keyboard-hide = Hide keyboard
kiosk-cleared = Everything was cleared.
kiosk-step = Step { $step } of { $total }
kiosk-next = Next
kiosk-print-hint = Show this code to a counsellor.
kiosk-space = Space
ui-draft-notice = These screens were translated by machine and not yet checked by a counsellor. Ask staff if something is unclear.
appointment-change-point = Choose another place
appointment-speaks-your-language = Counsellors here speak your language
appointment-status-show = Show
topic-ask-counsellor = Ask a counsellor about this
topic-source-text = Current Czech text

## Kiosk: what happens next, one notice per page, error summary (issue 11)
kiosk-status-new-come-back = Received. A counsellor will choose a time from the days you picked. Come back to this kiosk from the next working day, tap “{ home-status }” and enter your code: the confirmed time will be shown here.
kiosk-status-new-phone = Received. A counsellor will call or text you at the number you gave to agree on a time. You can also check here with your code.
kiosk-notice-point-draft = The descriptions of the places were translated by machine and have not been checked yet.
kiosk-unreviewed-title = Please note
point-sample-mark = Sample data, not verified
kiosk-error-summary = Something is missing or not right. Please check:
kiosk-meta-description = Information about voluntary return from Czechia in your language, and a request to meet a counsellor.
kiosk-list-separator = {", "}

# --- listen: voice
listen-play = Listen
listen-pause = Pause
listen-replay = Start again

# --- listen: kiosk steps, the code read aloud, the language picker
listen-read-code = Read the code aloud
# The mark beside a language on the picker that has no machine voice.
listen-no-voice-short = No voice
# --- ask: kiosk (issue 16): a question to a counsellor, and its answers on the status page
kiosk-ask-button = Write a question to a counsellor
kiosk-ask-title = Write a question to a counsellor
kiosk-ask-intro = Write your question in your own language. A counsellor answers in writing; you read the answer here at the kiosk with your code.
kiosk-ask-question = Your question
kiosk-ask-question-hint = At most { $max } characters.
kiosk-ask-point = For which place? (You do not have to choose.)
kiosk-ask-point-any = Any place
kiosk-ask-send = Send my question
kiosk-ask-sent = Your question has been sent
kiosk-ask-reference-hint = Write it down or take a photo. With it you read the answer.
kiosk-ask-read-answer = To read the answer, come back to this kiosk, tap “{ home-status }” and enter your code.
kiosk-ask-with-request = Now write your question: it is added to your request.
kiosk-ask-added-to-request = Your question goes with your request { $reference }.
kiosk-ask-review-option = I also want to write a question to a counsellor
kiosk-ask-error-markup = Please write your question in words. Signs and tags alone cannot be read.
kiosk-ask-error-point = Please choose one of the places shown, or “Any place”.
kiosk-question-title = Your question
kiosk-question-you = You
kiosk-question-counsellor = Counsellor
kiosk-question-waiting = No answer yet.
kiosk-question-add = Add a message
kiosk-question-send = Send
kiosk-question-close = Close my question
kiosk-question-closed = This question is closed. You can write a new one at any time.
kiosk-question-closed-now = Your question is now closed. Thank you.
kiosk-question-added = Your message was added to the question.

# Kiosk question followed on Telegram through its QR code (issue 16)
kiosk-ask-follow-telegram = Scan with your phone to follow your question on Telegram: the answers then also come there.
