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
