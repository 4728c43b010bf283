# Strings of the counsellor workspace.
ws-title = محیط کاری Navrat
ws-login = ورود
ws-logout = خروج
ws-username = نام کاربری
ws-password = رمز عبور
ws-login-failed = نام کاربری یا رمز عبور اشتباه است.
ws-login-limited = تلاش‌های ناموفق زیادی انجام شده است. کمی صبر کنید (پس از هر شکست بعدی طولانی‌تر) و دوباره امتحان کنید.
ws-requests = درخواست‌های ملاقات
ws-translations = ترجمه‌ها
ws-overview = نمای کلی
ws-status-missing = ناموجود
ws-status-draft = پیش‌نویس
ws-status-in-review = در حال بررسی
ws-status-published = منتشر شده
ws-status-outdated = قدیمی
ws-save-draft = ذخیره پیش‌نویس
ws-submit-review = ارسال برای بررسی
ws-publish = تأیید و انتشار
ws-confirm = تأیید
ws-decline = رد کردن
ws-reschedule = تغییر زمان
ws-mark-done = انجام شد
ws-mark-no-show = نیامد

# Security of the workspace server (issue 12): unreadable sealed rows, sign-in load.
ws-contact-unreadable = خوانده نمی‌شود: با کلید دیگری مهر شده یا آسیب دیده است. از مدیر سیستم بپرسید.
ws-login-busy = ورودهای هم‌زمان بیش از حد است. چند ثانیه صبر کنید و دوباره امتحان کنید.

# Operations (issue 17): the kiosks' last contact on the coordinator's overview.
ws-kiosks = کیوسک‌ها
ws-kiosks-hint = هر کیوسک در نمایه‌های کیوسک: آخرین بار کی صفحه‌اش گزارش داده است. کیوسکی که بیش از ۱۵ دقیقه خاموش مانده علامت خورده است: بررسی کنید روشن و متصل باشد.
ws-kiosks-none = هیچ نمایهٔ کیوسکی تنظیم نشده است.
ws-kiosk = کیوسک
ws-kiosk-last-contact = آخرین تماس
ws-kiosk-version = نسخه
ws-kiosk-state = وضعیت
ws-kiosk-never = هرگز
ws-kiosk-silent = بیش از ۱۵ دقیقه بی‌صدا
ws-kiosk-live = کار می‌کند
# --- listen: recordings
ws-recording = ضبط صدا
ws-recording-hint = ضبط صدای ترجمهٔ منتشرشده را که با صدای بلند خوانده شده بارگذاری کنید: Ogg/Opus، MP3، M4A یا WAV، حداکثر ۸ مگابایت و ۱۰ دقیقه.
ws-recording-upload = بارگذاری
ws-recording-uploaded = ضبط صدا به‌عنوان پیش‌نویس ذخیره شد.
ws-recording-was-other = فایل شبیه { $claimed } بود اما در واقع { $actual } است؛ به‌عنوان { $actual } پذیرفته و تبدیل شد.
ws-recording-outdated = متن پس از ضبط تغییر کرده است: لطفاً دوباره ضبط کنید.
ws-recording-done-submit = ضبط صدا برای بازبینی فرستاده شد.
ws-recording-done-publish = ضبط صدا منتشر شد.
ws-recording-done-return = ضبط صدا برای اصلاح بازگردانده شد.
ws-recording-done-withdraw = ضبط صدا از انتشار خارج شد.
ws-recording-error-empty = فایل خالی است. یک ضبط صدا انتخاب کنید.
ws-recording-error-too-large = فایل بزرگ‌تر از ۸ مگابایت است.
ws-recording-error-too-long = ضبط صدا بیش از ۱۰ دقیقه است.
ws-recording-error-not-audio = این فایل صوتی در قالبی که می‌شناسیم نیست (Ogg/Opus، MP3، M4A، WAV).
ws-recording-error-unsupported = فایل‌های { $format } پذیرفته نمی‌شوند. از Ogg/Opus، MP3، M4A یا WAV استفاده کنید.
ws-recording-error-damaged = فایل { $format } ناقص یا خراب است.
ws-recording-error-no-encoder = این سرور فعلاً فقط ضبط‌های Ogg/Opus را می‌پذیرد.
ws-recording-error-encoder = تبدیل ضبط صدا ممکن نشد. فایل دیگری را امتحان کنید.
ws-recording-error-none = اینجا ضبط صدایی نیست.
ws-recording-error-not-approver = ضبط صدا را بازبینی غیر از بارگذارکننده منتشر می‌کند.
ws-recording-error-not-reviewer = فقط بازبین این زبان می‌تواند این کار را انجام دهد.
ws-recording-error-not-published = فقط ترجمهٔ منتشرشده را می‌توان ضبط کرد. ابتدا آن را منتشر کنید.
