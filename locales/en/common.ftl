# Strings both channels use: navigation, categories, notices, the appointment flow, errors.
app-name = Navrat
app-tagline = Information about voluntary return, in your language

## Navigation
nav-home = Home
nav-back = Back
nav-language = Language
nav-finish = Finish and clear
nav-search = Search

## Categories of topics
category-about = Voluntary return
category-about-description = What it is and who can use it
category-support = What you get
category-support-description = Ticket, documents, help after arrival
category-process = How it works
category-process-description = Steps, time, what to bring
category-rights = Your rights and safety
category-rights-description = Confidentiality, entry ban, changing your mind
category-detention = In detention (ZZC)
category-detention-description = Counselling inside the facility
category-family-health = Family and health
category-family-health-description = Children, illness, special needs
category-contact = Talk to a counsellor
category-contact-description = Where and how to reach us

## Notices on a topic
notice-draft = This translation has not been checked by a counsellor yet. It may contain mistakes. Ask a counsellor if something is unclear.
notice-outdated = The Czech original of this text has changed since it was translated. Some details here may be out of date.
notice-outdated-link = Read the current Czech text
notice-sample-data = Some details here (addresses, phone numbers, hours or amounts) are examples and may not be correct. Check them with a counsellor.
notice-fallback = This text is not available in your language yet. It is shown in { $language }.
topic-sources = Sources
topic-updated = Last checked against the source: revision { $revision }

## Search
search-label = What are you looking for?
search-placeholder = For example: ticket, passport, children
search-button = Search
search-results = { $count ->
    [one] One topic found
   *[other] { $count } topics found
}
search-no-results = Nothing found. Try other words, or ask a counsellor.

## Counselling points
point-kind-regional = Counselling point
point-kind-detention = Detention facility (ZZC)
point-kind-office = Office
point-languages = Languages spoken here
point-hours = Opening hours
point-visiting-rules = How a visit works

## Days and times of day
day-mon = Monday
day-tue = Tuesday
day-wed = Wednesday
day-thu = Thursday
day-fri = Friday
day-sat = Saturday
day-sun = Sunday
day-part-morning = Morning
day-part-afternoon = Afternoon
day-part-evening = Evening

## Appointment request
appointment-title = Ask for a meeting with a counsellor
appointment-intro = A counsellor will explain your options. If you need one, ask for an interpreter. Asking for a meeting costs nothing and does not oblige you to anything. At the meeting, ask what return may cost you and how the counsellor handles what you tell them.
appointment-point = Where do you want to meet?
appointment-interpreter = I need an interpreter
appointment-days = Which days suit you?
appointment-day-parts = What time of day?
appointment-topic = What do you want to talk about? (optional)
appointment-alias = What should we call you? (optional, a nickname is fine)
appointment-phone = Phone number (optional)
appointment-contact = How do you want to hear from us?
appointment-contact-phone = Call or text me
appointment-contact-return = I will come back and check here
appointment-contact-telegram = I will follow it on Telegram
appointment-consent-title = What we store
appointment-consent = We store what you enter here: the place, the days and parts of the day, the language, whether you need an interpreter and, if you give them, a nickname and a phone number or your Telegram chat. We also store the topic the request came from, when and from where (kiosk or Telegram) it came, its reference code and random codes (for the Telegram link and against sending twice). The request then has a status history: the confirmed time of the meeting, which counsellor handled it, whether an interpreter will be there, and a reason if it was declined. We use this only to arrange your meeting. Counsellors of the place you choose and coordinators can see it. We delete it { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after your request is closed.
appointment-consent-agree = I agree
appointment-review = Check your request
appointment-edit = Change
appointment-submit = Send request
appointment-sent = Your request has been sent
appointment-reference = Your reference code
appointment-reference-hint = Write it down or take a photo. With it you can check your request.
appointment-follow-telegram = Scan with your phone to follow your request on Telegram
appointment-status-title = Your request
appointment-status-lookup = Enter your reference code

## Status of a request
status-new = Received. A counsellor will contact you or confirm a time.
status-confirmed = Confirmed: { $when } at { $point }.
status-declined = Not possible: { $reason }
status-done = Done
status-cancelled = Cancelled
status-no-show = Missed appointment

## Errors
error-point-required = Choose a place.
error-days-required = Choose at least one day.
error-day-parts-required = Choose at least one time of day.
error-alias-too-long = The nickname is too long (at most { $max } characters).
error-phone-invalid = This does not look like a phone number. Use digits, for example +420 777 123 456.
error-contact-phone-missing = Enter a phone number, or choose another way to hear from us.
error-consent-required = Please agree to how we store your request, or we cannot send it.
error-reference-invalid = This reference code is not valid. Check the letters and numbers.
error-reference-unknown = We could not find a request with this code.
error-not-found = This page does not exist.
error-not-found-hint = Go back to choose your language.
error-generic = Something went wrong on our side. Nothing you entered was lost. Please try again.
error-rate-limited = Too many attempts. Please wait a minute and try again.
error-storage-full = We cannot save new requests right now. Please ask a staff member or try again later.
error-too-long = The text is too long.
# Why a counsellor could not arrange a meeting; chosen in the workspace, read by the person.
decline-reason-capacity = There is no free time at this place right now. Please try again in a few weeks, or choose another place.
decline-reason-other-point = Another place can help you better. Please request an appointment there, or ask the staff.
decline-reason-not-offered = This place cannot help with this matter. Ask the staff where to turn.
decline-reason-contact-us = Please come in person or ask the staff; we will gladly explain everything.

# --- listen: voice
listen-machine-voice = Machine voice (read by a computer)
listen-recorded = Recorded by a counsellor
listen-outdated-recording = This recording is of an older version of this text.
listen-no-voice = There is no voice for this language yet. Please ask the staff to read the text to you.
listen-unavailable = Listening is not available right now. Please ask the staff to read the text to you.
# --- ask: person
ask-consent = Your question is read only by counsellors of the Return Centre who speak your language. It is kept while the conversation is open and { $days } days after it is closed, then deleted. Please do not write the names of other people.
ask-hours = Counsellors who speak your language answer on { $days }, { $opens }:00–{ $closes }:00 (Prague time). You can expect an answer within one working day.
ask-received = Your question is saved. Your reference: { $reference }
ask-error-empty = Please write your question in words.
ask-error-too-long = The message is too long: { $length } characters. Please write at most { $max } characters, or send it in several parts.
ask-error-flood = You sent many messages in a short time. Please wait a few minutes, then write again. Everything we confirmed is saved.
