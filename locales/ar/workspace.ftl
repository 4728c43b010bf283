# Strings of the counsellor workspace.
ws-title = مساحة عمل Navrat
ws-login = تسجيل الدخول
ws-logout = تسجيل الخروج
ws-username = اسم المستخدم
ws-password = كلمة المرور
ws-login-failed = اسم المستخدم أو كلمة المرور غير صحيحة.
ws-login-limited = محاولات فاشلة كثيرة جدًا. انتظر قليلًا (مدة أطول بعد كل محاولة فاشلة أخرى) ثم حاول مرة أخرى.
ws-requests = طلبات المواعيد
ws-translations = الترجمات
ws-overview = نظرة عامة
ws-status-missing = غير موجودة
ws-status-draft = مسودة
ws-status-in-review = قيد المراجعة
ws-status-published = منشورة
ws-status-outdated = قديمة
ws-save-draft = حفظ المسودة
ws-submit-review = إرسال للمراجعة
ws-publish = الموافقة والنشر
ws-confirm = تأكيد
ws-decline = رفض
ws-reschedule = تغيير الموعد
ws-mark-done = تم
ws-mark-no-show = لم يحضر

# Security of the workspace server (issue 12): unreadable sealed rows, sign-in load.
ws-contact-unreadable = تتعذر القراءة: مختوم بمفتاح آخر أو تالف. اسأل المسؤول.
ws-login-busy = عمليات تسجيل دخول كثيرة في الوقت نفسه. انتظر بضع ثوانٍ ثم حاول مرة أخرى.

# Operations (issue 17): the kiosks' last contact on the coordinator's overview.
ws-kiosks = الأكشاك
ws-kiosks-hint = كل كشك في ملفات تعريف الأكشاك: متى أبلغت صفحته آخر مرة. الكشك الصامت لأكثر من 15 دقيقة مُعلَّم: تحقّق من أنه يعمل ومتصل.
ws-kiosks-none = لم يُعدّ أي ملف تعريف للأكشاك.
ws-kiosk = الكشك
ws-kiosk-last-contact = آخر اتصال
ws-kiosk-version = الإصدار
ws-kiosk-state = الحالة
ws-kiosk-never = أبدًا
ws-kiosk-silent = صامت لأكثر من 15 دقيقة
ws-kiosk-live = يعمل
# --- listen: recordings
ws-recording = التسجيل
ws-recording-hint = ارفع تسجيلًا للترجمة المنشورة مقروءة بصوت عالٍ: Ogg/Opus أو MP3 أو M4A أو WAV، بحد أقصى 8 ميغابايت و10 دقائق.
ws-recording-upload = رفع
ws-recording-uploaded = حُفظ التسجيل كمسودة.
ws-recording-was-other = بدا الملف وكأنه { $claimed } لكنه في الحقيقة { $actual }؛ قُبل بصفته { $actual } وحُوِّل.
ws-recording-outdated = تغيّر النص منذ التسجيل: يُرجى تسجيله من جديد.
ws-recording-done-submit = أُرسل التسجيل للمراجعة.
ws-recording-done-publish = نُشر التسجيل.
ws-recording-done-return = أُعيد التسجيل لإعادة العمل عليه.
ws-recording-done-withdraw = سُحب التسجيل.
ws-recording-error-empty = الملف فارغ. اختر تسجيلًا.
ws-recording-error-too-large = الملف أكبر من 8 ميغابايت.
ws-recording-error-too-long = التسجيل أطول من 10 دقائق.
ws-recording-error-not-audio = هذا ليس ملفًا صوتيًا بصيغة نعرفها (Ogg/Opus، MP3، M4A، WAV).
ws-recording-error-unsupported = لا نقبل ملفات { $format }. استخدم Ogg/Opus أو MP3 أو M4A أو WAV.
ws-recording-error-damaged = ملف { $format } مقطوع أو تالف.
ws-recording-error-no-encoder = لا يقبل هذا الخادم الآن إلا تسجيلات Ogg/Opus.
ws-recording-error-encoder = تعذّر تحويل التسجيل. جرّب ملفًا آخر.
ws-recording-error-none = لا يوجد تسجيل هنا.
ws-recording-error-not-approver = ينشر التسجيلَ مراجعٌ غير الذي رفعه.
ws-recording-error-not-reviewer = لا يحق ذلك إلا لمراجع هذه اللغة.
ws-recording-error-not-published = لا يمكن تسجيل إلا ترجمة منشورة. انشرها أولًا.
