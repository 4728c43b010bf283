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
