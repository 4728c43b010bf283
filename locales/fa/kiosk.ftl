# Strings of the touchscreen kiosk.
picker-title = زبان خود را انتخاب کنید
picker-hint = روی زبان خود بزنید
home-title = اطلاعات درباره بازگشت داوطلبانه
home-appointment = درخواست ملاقات با مشاور
home-status = بررسی درخواست من
topic-back-to-category = موضوعات بیشتر
kiosk-idle-warning = کسی اینجا هست؟ صفحه تا { $seconds } ثانیه دیگر پاک می‌شود.
kiosk-idle-continue = هنوز اینجا هستم
kiosk-keyboard = صفحه‌کلید
kiosk-keyboard-hide = پنهان کردن صفحه‌کلید
kiosk-cleared = همه چیز پاک شد.
kiosk-step = مرحله { $step } از { $total }
kiosk-next = بعدی
kiosk-print-hint = این کد را به یک مشاور نشان دهید.
kiosk-space = فاصله
ui-draft-notice = این صفحه‌ها به‌صورت ماشینی ترجمه شده‌اند و هنوز توسط مشاور بررسی نشده‌اند. اگر چیزی روشن نیست، لطفاً از کارکنان بپرسید.
appointment-change-point = انتخاب محل دیگر
appointment-speaks-your-language = مشاوران اینجا به زبان شما صحبت می‌کنند
appointment-status-show = نمایش
topic-ask-counsellor = درباره این موضوع از مشاور بپرسید
topic-source-text = متن فعلی چکی

## Kiosk: what happens next, one notice per page, error summary (issue 11)
kiosk-status-new-come-back = دریافت شد. مشاور از روزهایی که انتخاب کردید یک زمان انتخاب می‌کند. از روز کاری بعد به این کیوسک برگردید، روی «{ home-status }» بزنید و کد خود را وارد کنید: زمان تأییدشده اینجا نشان داده می‌شود.
kiosk-status-new-phone = دریافت شد. مشاور برای هماهنگی زمان با شماره‌ای که دادید تماس می‌گیرد یا پیام می‌دهد. همچنین می‌توانید اینجا با کد خود بررسی کنید.
kiosk-notice-point-draft = توضیحات مکان‌ها با ماشین ترجمه شده و هنوز بررسی نشده است.
kiosk-unreviewed-title = لطفاً توجه کنید
point-sample-mark = داده‌های نمونه، تأییدنشده
kiosk-error-summary = چیزی کم است یا درست نیست. لطفاً بررسی کنید:
kiosk-meta-description = اطلاعات درباره بازگشت داوطلبانه از چک به زبان شما، و درخواست دیدار با مشاور.
kiosk-list-separator = {"، "}

# --- listen: voice
listen-play = گوش دادن
listen-pause = مکث
listen-replay = از اول

# --- listen: kiosk steps, the code read aloud, the language picker
listen-read-code = خواندن کد با صدای بلند
# The mark beside a language on the picker that has no machine voice.
listen-no-voice-short = بدون صدا
# --- ask: kiosk (issue 16): a question to a counsellor, and its answers on the status page
kiosk-ask-button = نوشتن پرسش برای مشاور
kiosk-ask-title = نوشتن پرسش برای مشاور
kiosk-ask-intro = پرسش خود را به زبان خودتان بنویسید. مشاور کتبی پاسخ می‌دهد و شما پاسخ را همین‌جا در کیوسک با کد خود می‌خوانید.
kiosk-ask-question = پرسش شما
kiosk-ask-question-hint = حداکثر { $max } نویسه.
kiosk-ask-point = برای کدام مکان؟ (لازم نیست انتخاب کنید.)
kiosk-ask-point-any = هر مکانی
kiosk-ask-send = فرستادن پرسش
kiosk-ask-sent = پرسش شما فرستاده شد
kiosk-ask-reference-hint = آن را یادداشت کنید یا از آن عکس بگیرید. با آن پاسخ را می‌خوانید.
kiosk-ask-read-answer = برای خواندن پاسخ، به همین کیوسک برگردید، روی «{ home-status }» بزنید و کد خود را وارد کنید.
kiosk-ask-with-request = اکنون پرسش خود را بنویسید: به درخواست شما افزوده می‌شود.
kiosk-ask-added-to-request = پرسش شما همراه درخواست { $reference } است.
kiosk-ask-review-option = می‌خواهم پرسشی هم برای مشاور بنویسم
kiosk-ask-error-markup = لطفاً پرسش خود را با کلمات بنویسید. فقط نشانه‌ها و برچسب‌ها خوانده نمی‌شوند.
kiosk-ask-error-point = لطفاً یکی از مکان‌های نشان‌داده‌شده یا «هر مکانی» را انتخاب کنید.
kiosk-question-title = پرسش شما
kiosk-question-you = شما
kiosk-question-counsellor = مشاور
kiosk-question-waiting = هنوز پاسخی نیامده است.
kiosk-question-add = افزودن پیام
kiosk-question-send = فرستادن
kiosk-question-close = بستن پرسش من
kiosk-question-closed = این پرسش بسته شده است. هر زمان می‌توانید پرسش تازه‌ای بنویسید.
kiosk-question-closed-now = پرسش شما اکنون بسته شد. سپاسگزاریم.
kiosk-question-added = پیام شما به پرسش افزوده شد.

# Kiosk question followed on Telegram through its QR code (issue 16)
kiosk-ask-follow-telegram = با تلفن خود اسکن کنید تا پرسشتان را در تلگرام دنبال کنید: آن‌وقت پاسخ‌ها آنجا هم می‌آیند.
