# Strings of the Telegram bot.
bot-welcome = سلام. من درباره بازگشت داوطلبانه از جمهوری چک اطلاعات می‌دهم و می‌توانم از یک مشاور بخواهم که با شما ملاقات کند. درخواست ملاقات هزینه‌ای ندارد. اینکه بازگشت چه هزینه‌ای ممکن است برای شما داشته باشد و چه کسی از آن باخبر می‌شود، به وضعیت شما بستگی دارد: از مشاور بپرسید.
bot-choose-language = زبان خود را انتخاب کنید:
bot-language-set = من به زبان فارسی برای شما می‌نویسم.
bot-menu-topics = موضوعات
bot-menu-search = جستجو
bot-menu-appointment = ملاقات با مشاور
bot-menu-status = درخواست‌های من
bot-search-prompt = سؤال خود را در چند کلمه بنویسید.
bot-not-what-i-needed = این چیزی نبود که لازم داشتم
bot-more = بیشتر
bot-back = بازگشت
bot-stop = توقف
bot-yes = بله
bot-no = خیر
bot-stopped = متوقف شد. چیزی فرستاده نشد.
bot-alias-prompt = شما را چه صدا کنیم؟ یک نام مستعار بفرستید، یا «رد کردن» را بزنید.
bot-phone-prompt = اگر می‌خواهید با شما تماس بگیریم، یک شماره تلفن بفرستید، یا «رد کردن» را بزنید. ما همچنین می‌توانیم همین‌جا در تلگرام پاسخ دهیم.
bot-skip = رد کردن
bot-confirm-prompt = این درخواست فرستاده شود؟
bot-status-none = شما هیچ درخواستی ندارید.
bot-cancel-pick = کدام درخواست را می‌خواهید لغو کنید؟
bot-cancel-done = درخواست { $reference } لغو شد.
bot-forget-confirm = با این کار، تنظیم زبان شما و درخواست‌هایتان که هنوز رسیدگی نشده‌اند پاک می‌شوند. ادامه می‌دهید؟
bot-forget-done = پاک شد: { $requests } درخواست و تنظیمات شما.
bot-attach-confirm = آیا می‌خواهید درخواست { $reference } را اینجا دنبال کنید؟
bot-attach-done = خبرهای مربوط به درخواست { $reference } را اینجا دریافت خواهید کرد.
bot-notify-confirmed = ملاقات شما تأیید شد: { $when } در { $point }. کد پیگیری: { $reference }.
bot-notify-declined = درخواست { $reference } شما قابل انجام نیست: { $reason }
bot-notify-rescheduled = زمان ملاقات شما تغییر کرد: { $when } در { $point }. کد پیگیری: { $reference }.
cmd-start = شروع
cmd-language = تغییر زبان
cmd-status = درخواست‌های من
cmd-cancel = لغو یک درخواست
cmd-forget = پاک کردن اطلاعات من
bot-interpreter-prompt = آیا در جلسه به مترجم نیاز دارید؟

# Security: following a kiosk request (kiosk and store area)
bot-follow-taken = این درخواست را یک گفتگوی دیگر در تلگرام دنبال می‌کند و همان‌جا می‌ماند. اگر آن شما نبودید، با کد پیگیری خود به یک مشاور مراجعه کنید.
# Telegram bot: appointment from everywhere, input that does not fit a step, stale buttons (issue 11)
cmd-appointment = درخواست دیدار با مشاور
bot-continue = ادامهٔ درخواست من
bot-text-only = من فقط می‌توانم متن بخوانم. لطفاً با کلمات بنویسید یا از دکمه‌ها استفاده کنید.
bot-stop-words = توقف، بس، لغو، خروج، کافی است، تمام، stop
bot-back-words = بازگشت، برگشت، قبلی
bot-list-separator = {"، "}
bot-point-hint = روی یک مکان بزنید تا پیش از انتخاب، نشانی، ساعت‌های کاری و روند ملاقات را ببینید. مراکز نگهداری اتباع خارجی (ZZC) در انتهای فهرست هستند: فقط اگر در آنجا نگهداری می‌شوید آن را انتخاب کنید.
bot-point-choose = انتخاب این مکان
bot-point-address = نشانی
bot-point-phone = تلفن
bot-chosen-mark = ✓ آنچه را انتخاب کرده‌اید نشان می‌دهد. برای برداشتن، دوباره بزنید.
bot-stale-button = این دکمه مربوط به پیامی قدیمی است و دیگر کار نمی‌کند. چیزی تغییر نکرد.
bot-stale-step = این دکمه مربوط به مرحله‌ای قبلی است. چیزی تغییر نکرد. اکنون اینجا هستید:
bot-status-draft = درخواستی دارید که هنوز فرستاده نشده است. می‌توانید آن را ادامه دهید.
bot-cancel-confirm = آیا واقعاً می‌خواهید درخواست { $reference } را لغو کنید؟
bot-cancel-kept = درخواست { $reference } همان‌طور که بود می‌ماند. چیزی لغو نشد.
bot-forget-history = پیام‌های این گفتگو روی گوشی شما می‌مانند. برای پاک کردن آن‌ها، این گفتگو را در تلگرام حذف کنید.
bot-simplified-only = ناورات فقط به چینی ساده‌شده در دسترس است. متن‌های زیر با نویسه‌های ساده‌شده نوشته شده‌اند.

# --- listen: voice
bot-listen = 🔊 گوش دادن
bot-voice-not-heard = متشکریم. مشاور هنوز نمی‌تواند اینجا پیام‌های صوتی را گوش کند. لطفاً برای ما بنویسید یا درخواست وقت ملاقات کنید: مشاور حضوری به حرف‌های شما گوش می‌دهد.
# --- ask: person
cmd-ask = از مشاور بپرسید
bot-ask-button = ✉️ از مشاور بپرسید
bot-ask-choose = مشاور می‌تواند همین‌جا به‌صورت نوشتاری به پرسش شما پاسخ دهد یا حضوری با شما دیدار کند.
bot-ask-agree = موافقم
bot-ask-back = بازگشت
bot-ask-write = پرسش خود را در یک پیام و به زبان خودتان بنویسید (حداکثر { $max } نویسه).
bot-ask-added = به پرسش { $reference } شما افزوده شد.
bot-ask-close = بستن پرسش من
bot-ask-closed = پرسش { $reference } شما بسته شد. هر زمان بخواهید می‌توانید دوباره بپرسید.
bot-ask-answer = یک مشاور به پرسش { $reference } شما پاسخ داد:
bot-ask-open = پرسش { $reference } شما باز است. هر چه اکنون اینجا بنویسید به آن افزوده می‌شود.
bot-ask-finish-request = ابتدا درخواست ملاقاتی را که می‌نویسید تمام یا متوقف کنید؛ سپس می‌توانید پرسش خود را بپرسید.

# Kiosk question followed on Telegram through its QR code (issue 16)
bot-ask-follow-done = پاسخ‌های پرسش { $reference } شما از این پس اینجا هم می‌آیند.
bot-ask-follow-taken = این پرسش را یک گفتگوی دیگر در تلگرام دنبال می‌کند و همان‌جا می‌ماند. اگر آن شما نبودید، با کد پیگیری خود به یک مشاور مراجعه کنید.
