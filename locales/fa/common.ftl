# Strings both channels use: navigation, categories, notices, the appointment flow, errors.
app-name = Navrat
app-tagline = اطلاعات درباره بازگشت داوطلبانه، به زبان شما

## Navigation
nav-home = صفحه اصلی
nav-back = بازگشت
nav-language = زبان
nav-finish = پایان و پاک کردن
nav-search = جستجو

## Categories of topics
category-about = بازگشت داوطلبانه
category-about-description = چیست و چه کسانی می‌توانند از آن استفاده کنند
category-support = چه چیزهایی دریافت می‌کنید
category-support-description = بلیت، مدارک، کمک پس از رسیدن
category-process = روند کار چگونه است
category-process-description = مراحل، زمان، چه چیزهایی همراه بیاورید
category-rights = حقوق و امنیت شما
category-rights-description = محرمانه بودن، ممنوعیت ورود، تغییر تصمیم
category-detention = در بازداشتگاه (ZZC)
category-detention-description = مشاوره در داخل بازداشتگاه
category-family-health = خانواده و سلامت
category-family-health-description = کودکان، بیماری، نیازهای ویژه
category-contact = گفتگو با مشاور
category-contact-description = کجا و چگونه با ما تماس بگیرید

## Notices on a topic
notice-draft = این ترجمه هنوز توسط مشاور بررسی نشده است. ممکن است اشتباه داشته باشد. اگر چیزی روشن نیست، لطفاً از یک مشاور بپرسید.
notice-outdated = متن اصلی چکی این نوشته پس از ترجمه تغییر کرده است. ممکن است برخی جزئیات در اینجا به‌روز نباشند.
notice-outdated-link = متن فعلی چکی را بخوانید
notice-sample-data = برخی جزئیات در اینجا (آدرس‌ها، شماره‌های تلفن، ساعت‌ها یا مبلغ‌ها) فقط نمونه هستند و ممکن است درست نباشند. لطفاً آن‌ها را با یک مشاور بررسی کنید.
notice-fallback = این متن هنوز به زبان شما موجود نیست. به این زبان نمایش داده می‌شود: { $language }
topic-sources = منابع
topic-updated = آخرین مقایسه با متن اصلی: نسخه { $revision }

## Search
search-label = دنبال چه چیزی هستید؟
search-placeholder = برای مثال: بلیت، پاسپورت، کودکان
search-button = جستجو
search-results = { $count ->
    [one] یک موضوع پیدا شد
   *[other] { $count } موضوع پیدا شد
}
search-no-results = چیزی پیدا نشد. کلمه‌های دیگری را امتحان کنید، یا از یک مشاور بپرسید.

## Counselling points
point-kind-regional = محل مشاوره
point-kind-detention = بازداشتگاه اتباع خارجی (ZZC)
point-kind-office = دفتر
point-languages = زبان‌هایی که در اینجا صحبت می‌شود
point-hours = ساعات کاری
point-visiting-rules = ملاقات چگونه انجام می‌شود

## Days and times of day
day-mon = دوشنبه
day-tue = سه‌شنبه
day-wed = چهارشنبه
day-thu = پنج‌شنبه
day-fri = جمعه
day-sat = شنبه
day-sun = یکشنبه
day-part-morning = صبح
day-part-afternoon = بعد از ظهر
day-part-evening = عصر

## Appointment request
appointment-title = درخواست ملاقات با مشاور
appointment-intro = یک مشاور گزینه‌های شما را توضیح می‌دهد. اگر لازم است، مترجم درخواست کنید. درخواست ملاقات هزینه‌ای ندارد و شما را به هیچ کاری متعهد نمی‌کند. در ملاقات بپرسید که بازگشت چه هزینه‌ای ممکن است برای شما داشته باشد و مشاور با آنچه به او می‌گویید چه می‌کند.
appointment-point = کجا می‌خواهید ملاقات کنید؟
appointment-interpreter = به مترجم نیاز دارم
appointment-days = چه روزهایی برای شما مناسب است؟
appointment-day-parts = چه وقتی از روز؟
appointment-topic = درباره چه چیزی می‌خواهید صحبت کنید؟ (اختیاری)
appointment-alias = شما را چه صدا کنیم؟ (اختیاری، نام مستعار هم کافی است)
appointment-phone = شماره تلفن (اختیاری)
appointment-contact = چگونه می‌خواهید از ما خبر بگیرید؟
appointment-contact-phone = به من زنگ بزنید یا پیام بدهید
appointment-contact-return = خودم برمی‌گردم و اینجا بررسی می‌کنم
appointment-contact-telegram = آن را در تلگرام دنبال می‌کنم
appointment-consent-title = چه چیزهایی را نگه می‌داریم
appointment-consent = ما چیزهایی را که اینجا وارد می‌کنید نگه می‌داریم: محل، روزها و بخش‌های روز، زبان، اینکه آیا به مترجم نیاز دارید و اگر خودتان بدهید، نام مستعار و شماره تلفن یا چت تلگرام شما. همچنین موضوعی که درخواست از آن آمد، زمان و محل ارسال آن (کیوسک یا تلگرام)، کد پیگیری آن و کدهای تصادفی (برای پیوند تلگرام و جلوگیری از ارسال دوباره) را نگه می‌داریم. سپس درخواست یک سابقه وضعیت دارد: زمان تأییدشده ملاقات، کدام مشاور به آن رسیدگی کرد، آیا مترجم حاضر خواهد بود و اگر رد شد، دلیل آن. از این‌ها فقط برای تنظیم ملاقات شما استفاده می‌کنیم. مشاوران محلی که انتخاب می‌کنید و هماهنگ‌کنندگان آن‌ها را می‌بینند. { $days } روز پس از بسته شدن درخواست شما، آن‌ها را پاک می‌کنیم.
appointment-consent-agree = موافقم
appointment-review = درخواست خود را بررسی کنید
appointment-edit = تغییر
appointment-submit = ارسال درخواست
appointment-sent = درخواست شما فرستاده شد
appointment-reference = کد پیگیری شما
appointment-reference-hint = آن را یادداشت کنید یا از آن عکس بگیرید. با این کد می‌توانید درخواست خود را بررسی کنید.
appointment-follow-telegram = برای دنبال کردن درخواست خود در تلگرام، با گوشی خود اسکن کنید
appointment-status-title = درخواست شما
appointment-status-lookup = کد پیگیری خود را وارد کنید

## Status of a request
status-new = دریافت شد. یک مشاور با شما تماس می‌گیرد یا زمانی را تأیید می‌کند.
status-confirmed = تأیید شد: { $when } در { $point }.
status-declined = امکان‌پذیر نیست: { $reason }
status-done = انجام شد
status-cancelled = لغو شد
status-no-show = عدم حضور در ملاقات

## Errors
error-point-required = لطفاً یک محل را انتخاب کنید.
error-days-required = لطفاً دست‌کم یک روز را انتخاب کنید.
error-day-parts-required = لطفاً دست‌کم یک وقت از روز را انتخاب کنید.
error-alias-too-long = نام مستعار خیلی طولانی است (حداکثر { $max } حرف).
error-phone-invalid = این شبیه شماره تلفن نیست. لطفاً از عدد استفاده کنید، برای مثال +420 777 123 456.
error-contact-phone-missing = لطفاً یک شماره تلفن وارد کنید، یا راه دیگری برای خبر گرفتن از ما انتخاب کنید.
error-consent-required = لطفاً با روش نگهداری درخواستتان موافقت کنید، وگرنه نمی‌توانیم آن را بفرستیم.
error-reference-invalid = این کد پیگیری معتبر نیست. لطفاً حروف و اعداد را بررسی کنید.
error-reference-unknown = درخواستی با این کد پیدا نکردیم.
error-not-found = این صفحه وجود ندارد.
error-not-found-hint = لطفاً برگردید و زبان خود را انتخاب کنید.
error-generic = مشکلی از طرف ما پیش آمد. چیزی از آنچه وارد کرده بودید از بین نرفته است. لطفاً دوباره امتحان کنید.
error-rate-limited = تعداد تلاش‌ها بیش از حد است. لطفاً یک دقیقه صبر کنید و دوباره امتحان کنید.
error-storage-full = در حال حاضر نمی‌توانیم درخواست جدیدی ذخیره کنیم. لطفاً از یکی از کارکنان بپرسید یا بعداً دوباره امتحان کنید.
error-too-long = متن خیلی طولانی است.
# Why a counsellor could not arrange a meeting; chosen in the workspace, read by the person.
decline-reason-capacity = در حال حاضر در این مکان وقت خالی وجود ندارد. لطفاً چند هفته دیگر دوباره امتحان کنید یا مکان دیگری را انتخاب کنید.
decline-reason-other-point = مکان دیگری بهتر می‌تواند به شما کمک کند. لطفاً آنجا درخواست وقت کنید یا از کارکنان بپرسید.
decline-reason-not-offered = این مکان نمی‌تواند در این موضوع کمک کند. از کارکنان بپرسید به کجا مراجعه کنید.
decline-reason-contact-us = لطفاً حضوری بیایید یا از کارکنان بپرسید؛ با کمال میل همه چیز را توضیح می‌دهیم.

# --- listen: voice
listen-machine-voice = صدای ماشینی (رایانه می‌خواند)
listen-recorded = ضبط‌شده توسط مشاور
listen-outdated-recording = این ضبط مربوط به نسخهٔ قدیمی‌تر این متن است.
listen-no-voice = هنوز برای این زبان صدایی نداریم. لطفاً از کارکنان بخواهید متن را برایتان بخوانند.
listen-unavailable = گوش دادن اکنون در دسترس نیست. لطفاً از کارکنان بخواهید متن را برایتان بخوانند.
# --- ask: person
ask-consent = پرسش شما را فقط مشاوران مرکز بازگشت که به زبان شما صحبت می‌کنند می‌خوانند. تا زمانی که گفتگو باز است و { $days } روز پس از بسته شدن آن نگهداری و سپس حذف می‌شود. لطفاً نام افراد دیگر را ننویسید.
ask-hours = مشاورانی که به زبان شما صحبت می‌کنند در روزهای { $days }، از ساعت ⁦{ $opens }:00⁩ تا ⁦{ $closes }:00⁩ (به وقت پراگ) پاسخ می‌دهند. می‌توانید ظرف یک روز کاری منتظر پاسخ باشید.
ask-received = پرسش شما ذخیره شد. شمارهٔ پیگیری شما: { $reference }
ask-error-empty = لطفاً پرسش خود را با کلمات بنویسید.
ask-error-too-long = پیام بیش از حد طولانی است: { $length } نویسه. لطفاً حداکثر { $max } نویسه بنویسید یا آن را در چند بخش بفرستید.
ask-error-flood = شما در مدت کوتاهی پیام‌های زیادی فرستادید. لطفاً چند دقیقه صبر کنید و دوباره بنویسید. هر آنچه تأیید کرده‌ایم ذخیره شده است.
