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
