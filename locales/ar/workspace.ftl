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
# --- ask: inbox (issue 16): questions to counsellors, saved replies, protection concerns.
ws-inbox = الأسئلة
ws-inbox-tab-unassigned = غير مستلمة
ws-inbox-tab-mine = أسئلتي
ws-inbox-tab-waiting = بانتظار الشخص
ws-inbox-tab-closed = مغلقة
ws-inbox-empty = لا توجد أسئلة.
ws-inbox-waiting = ينتظر
ws-inbox-messages = الرسائل
ws-inbox-protection = مخاوف تتعلق بالحماية
ws-inbox-content-gap = ناقص في المحتوى
ws-inbox-saved-replies = ردود محفوظة
ws-inbox-minutes = { $count } دقيقة
ws-inbox-hours = { $count } ساعة
ws-inbox-days = { $count } يوم
ws-inbox-question = سؤال
ws-inbox-state-unassigned = غير مستلم
ws-inbox-state-assigned = مستلم
ws-inbox-state-waiting-for-person = بانتظار الشخص
ws-inbox-state-closed = مغلق
ws-inbox-take = استلام
ws-inbox-answer = الرد
ws-inbox-use-reply = اختر ردًا محفوظًا وعدّله:
ws-inbox-answer-send = إرسال الرد
ws-inbox-internal-note = ملاحظة داخلية
ws-inbox-note-add = إضافة ملاحظة (لن يراها الشخص)
ws-inbox-mark-gap = تعليم: ناقص في المحتوى
ws-inbox-unmark-gap = إلغاء التعليم: ناقص في المحتوى
ws-inbox-mark-concern = تعليم مخاوف الحماية
ws-inbox-unmark-concern = إلغاء تعليم مخاوف الحماية
ws-inbox-close = إغلاق
ws-inbox-hand-over = تسليم إلى زميل
ws-inbox-hand-over-send = تسليم
ws-inbox-from-person = الشخص
ws-inbox-from-counsellor = رد المركز
ws-inbox-from-note = ملاحظة داخلية
ws-inbox-error-empty = النص فارغ. اكتب ردًا.
ws-inbox-error-too-long = النص أطول من 2000 حرف. اختصره.
ws-inbox-error-markup = النص يحتوي على وسوم فقط، بلا كلمات.
ws-inbox-error-not-now = غير ممكن الآن: استلم زميل السؤال أو أنه مغلق.
ws-inbox-error-reply = الرد المحفوظ يحتاج إلى عنوان (حتى 120 حرفًا) ونص (حتى 2000 حرف).
ws-inbox-no-replies = لا توجد ردود محفوظة لهذه اللغة بعد.
ws-inbox-reply-title = العنوان
ws-inbox-reply-body = النص
ws-inbox-reply-save = حفظ
ws-inbox-reply-delete = حذف
ws-inbox-reply-new = رد محفوظ جديد
ws-inbox-overview = الأسئلة حسب اللغة
ws-inbox-open = مفتوحة
ws-inbox-waiting-answer = بانتظار رد
ws-inbox-oldest = أطول انتظار
ws-inbox-answerers = يجيبون
ws-inbox-nobody-answers = لا أحد يجيب
ws-inbox-content-gaps = أسئلة ناقصة في المحتوى
ws-protection-checklist = مخاوف الحماية (الخوف من الأذى، الاستغلال، قاصر بمفرده): 1. هل الشخص في خطر مباشر؟ إذا كان كذلك، اتصل بـ 112 أو 158. 2. قاصر بمفرده: أبلغ مكتب حماية الطفل (OSPOD) والمنسق اليوم. 3. الاستغلال أو الاتجار بالبشر: اعرض جهة اتصال La Strada ‏(222 71 71 71). 4. لا تعد بما لا تستطيع الوفاء به؛ اسأل فقط عما هو ضروري. 5. اكتب في ملاحظة داخلية ما قمت به.

# --- ask: inbox look (issue 16): an internal note is marked as unseen by the person.
ws-inbox-note-unseen = لا يراها الشخص

# --- workspace strings translated 2026-12-03 (machine drafts, to be reviewed by counsellors)
ws-home = البداية
ws-welcome = مرحبًا، { $name }
ws-login-hint = ينشئ المنسق حسابك، ويمكنه تعيين كلمة مرور جديدة إذا نسيتها.
ws-language = اللغة
ws-language-switch = تغيير
ws-audit = سجل التدقيق
ws-source = الأصل التشيكي
ws-source-topics = تحرير المواضيع
ws-source-strings = تحرير نصوص الواجهة
ws-new-requests = { $count ->
    [0] لا توجد طلبات جديدة.
    [zero] لا توجد طلبات جديدة.
    [one] طلب جديد واحد بانتظار المعالجة.
    [two] طلبان جديدان بانتظار المعالجة ({ $count }).
    [few] { $count } طلبات جديدة بانتظار المعالجة.
    [many] { $count } طلبًا جديدًا بانتظار المعالجة.
   *[other] { $count } طلب جديد بانتظار المعالجة.
}
ws-open-requests = فتح الطلبات
ws-in-progress = قيد المعالجة
ws-topics = المواضيع
ws-topic = الموضوع
ws-revision = النسخة
ws-published-version = النسخة المنشورة
ws-ui-strings = نصوص الواجهة
ws-file = الملف
ws-translated = مترجمة
ws-not-published = غير منشورة
ws-machine-draft = مسودة آلية
ws-source-changed = تغيّر الأصل التشيكي
ws-source-changed-detail = تتبع الترجمة النسخة { $from }؛ والنسخة الحالية هي { $to }. التغييرات:
ws-field-title = العنوان
ws-field-summary = الملخص
ws-field-body = النص
ws-field-keywords = الكلمات المفتاحية (مفصولة بفواصل)
ws-markdown-hint = التنسيق: سطر فارغ بين الفقرات، "## " عنوان فرعي، "- " نقطة قائمة، **غامق**، رابط ⁦[نص](https://…)⁩ أو ⁦[نص](topic:ism-al-mawdu)⁩.
ws-checks = الفحوص قبل النشر
ws-check-error = خطأ:
ws-check-warning = تنبيه:
ws-save = حفظ
ws-return = إعادة للتعديل
ws-withdraw = سحب النص المنشور
ws-own-work-hint = لا يمكنك الموافقة على ترجمتك بنفسك: يوافق عليها مراجع آخر أو منسق.
ws-saved = تم الحفظ.
ws-submitted = أُرسلت للمراجعة.
ws-published = تم النشر: يقرؤها الناس الآن في الكشك وفي البوت، ويجدها البحث.
ws-returned = أُعيدت للتعديل.
ws-withdrawn = تم سحب النص المنشور.
ws-comments = التعليقات
ws-add-comment = تعليق جديد
ws-comment = إضافة تعليق
ws-source-edit-hint = الحفظ ينشئ نسخة جديدة، وتُعلَّم كل ترجمة لهذا الموضوع على أنها قديمة حتى يحدّثها مترجموها.
ws-sample-data = يحتوي على معلومات غير مُتحقَّق منها (مبالغ، عناوين، أرقام هواتف، ساعات) – يرى الناس تنبيهًا.
ws-save-source = حفظ كنسخة جديدة
ws-source-saved = حُفظت كنسخة جديدة. أصبحت الترجمات الآن قديمة.
ws-source-unchanged = لم يتغير شيء؛ لم تُنشأ نسخة جديدة.
ws-sources = المصادر
ws-strings-missing = { $count ->
    [0] كل النصوص مترجمة.
    [zero] كل النصوص مترجمة.
    [one] ينقص نص واحد ({ $count }).
    [two] ينقص نصان ({ $count }).
    [few] تنقص { $count } نصوص.
    [many] ينقص { $count } نصًا.
   *[other] ينقص { $count } نص.
}
ws-show-all = عرض الكل
ws-show-missing = الناقصة فقط
ws-strings-hint = النص التشيكي على اليسار، وترجمتك على اليمين. اترك المتغيرات مثل ⁦{ "{" } $count { "}" }⁩ دون تغيير. تظهر النصوص المحفوظة فورًا.
ws-filter = تصفية
ws-filter-status = الحالة
ws-filter-all = الكل
ws-point = المكان
ws-reference = الرمز
ws-received = تاريخ الاستلام
ws-interpreter = مترجم
ws-counsellor = المستشار
ws-no-requests = لا توجد طلبات تطابق التصفية.
ws-yes = نعم
ws-no = لا
ws-request-new = جديد
ws-request-confirmed = مؤكد
ws-request-declined = مرفوض
ws-request-done = تم
ws-request-no-show = لم يحضر
ws-request-cancelled = ملغى
ws-when-suits = الوقت المناسب
ws-alias = الاسم المستعار
ws-contact = التواصل
ws-contact-telegram = يتابع الطلب في Telegram (تصله رسالة)
ws-contact-come-back = سيعود ليسأل شخصيًا
ws-confirmed-for = مؤكد في
ws-with-interpreter = مع مترجم
ws-decline-reason = السبب
ws-actions = ما العمل
ws-take = استلام
ws-cancel-meeting = إلغاء اللقاء
ws-date = التاريخ
ws-time = الوقت
ws-decline-note = ملاحظة للشخص (اختيارية)
ws-decline-hint = يظهر السبب بلغة الشخص. اكتب الملاحظة بلغته أو اتركها فارغة.
ws-history = السجل
ws-overview-hint = لكل مكان: كم مستشارًا يتحدث اللغة، وكم طلبًا وصل بها في آخر 30 يومًا.
ws-requests-days = الطلبات خلال { $days } يوم
ws-requests-count = { $count ->
    [zero] { $count } طلب
    [one] طلب واحد ({ $count })
    [two] طلبان ({ $count })
    [few] { $count } طلبات
    [many] { $count } طلبًا
   *[other] { $count } طلب
}
ws-content-current = المحتوى منشور وحديث
ws-outdated-count = { $count } قديمة
ws-legend-gap = يسأل الناس بهذه اللغة ولا أحد في المكان يتحدثها
ws-legend-thin = المكان يعرض اللغة لكن لا أحد يتحدثها
ws-search-misses = عمليات بحث بلا نتيجة
ws-search-misses-hint = ما بحث عنه الناس ولم يجدوه (مرتين على الأقل) – أعداد فقط، بلا بيانات شخصية. محتوى ناقص ينبغي إضافته.
ws-when = متى
ws-who = من
ws-what = ماذا
ws-subject = بخصوص
ws-detail = التفاصيل
ws-error-forbidden = لا يحق لك القيام بذلك.
ws-error-not-found = هذه الصفحة غير موجودة.
ws-error-too-large = النموذج كبير جدًا.
ws-error-internal = حدث خطأ من جهتنا. يرجى المحاولة مرة أخرى.
ws-error-bad-request = لا يمكن فهم هذا الطلب (أحرف أو قيم غير صالحة). لم يُحفظ شيء.
ws-error-storage-full = القرص ممتلئ: لا يمكن حفظ التغييرات الآن، ولم يُحفظ شيء. القراءة ما زالت تعمل. أبلغ المسؤول عن النظام.
ws-error-empty-translation = الترجمة فارغة.
ws-error-nothing-to-publish = لا يوجد ما تتم الموافقة عليه: احفظ مسودة أولًا.
ws-error-own-work = لا يمكنك الموافقة على ترجمتك بنفسك.
ws-error-unsaved-changes = النص في النموذج يختلف عن النسخة المحفوظة. احفظه – ثم يجب أن يوافق عليه شخص آخر.
ws-error-checks-failed = وجدت الفحوص أخطاء. صحّحها قبل النشر.
ws-error-comment = يتكون التعليق من 1 إلى 2000 حرف.
ws-error-unknown-action = إجراء غير معروف.
ws-error-when = أدخل تاريخًا صالحًا (اليوم أو بعده) ووقتًا.
ws-error-reason = اختر سببًا (الملاحظة 300 حرف على الأكثر).
ws-error-not-now = لا يمكن القيام بذلك لطلب في هذه الحالة. تعرض الصفحة حالته الحالية.
check-empty = حقل فارغ:
check-markdown = تنسيق معطوب في السطر
check-link-missing = رابط من الأصل ناقص:
check-phone-missing = رقم هاتف من الأصل ناقص:
check-number-missing = رقم من الأصل ناقص:
check-placeholder-missing = متغير ناقص:
check-placeholder-unknown = متغير غير موجود في الأصل:
check-length = الطول بعيد عن المعتاد:
check-syntax = خطأ في صياغة Fluent:
ws-privacy = الخصوصية
ws-privacy-intro = الأشخاص الذين يستخدمون Navrat يأتمنوننا على معلومات حساسة عن إقامتهم. نحفظ الحد الأدنى، ونشفّر ما يدل على هوية الشخص، ونحذفه في موعده.
ws-privacy-what = ما نحفظه
ws-privacy-why = لماذا
ws-privacy-how-long = إلى متى
ws-privacy-who = من يراه
ws-privacy-request = طلب موعد: المكان، الأيام وأوقات اليوم، اللغة، هل يلزم مترجم، الموضوع الذي جاء منه، القناة (الكشك أو Telegram)، الرمز، وقت استلامه وتغييره وإغلاقه، الحالة، الوقت المؤكد، المستشار الذي تولاه، هل تأكد المترجم، سبب الرفض (مشفّر)، كيف يريد الشخص أن يصله خبر منا، رمز متابعة عشوائي لرابط Telegram ومفتاح نموذج عشوائي يمنع الإرسال مرتين
ws-privacy-request-why = لترتيب اللقاء
ws-privacy-request-how-long = { $days } يومًا بعد إغلاق الطلب (مرفوض، تم، لم يحضر، ملغى)
ws-privacy-request-who = مستشارو ذلك المكان، المنسقون
ws-privacy-contact = الاسم المستعار ورقم الهاتف (اختياريان)
ws-privacy-contact-why = للتعرف على الشخص والتواصل معه
ws-privacy-contact-how-long = مثل الطلب؛ مشفّرة في قاعدة البيانات
ws-privacy-chat = محادثة Telegram التي تتابع الطلب؛ اللغة ومحادثة غير مكتملة مع البوت
ws-privacy-chat-why = لإرسال أخبار طلبه إلى الشخص والرد عليه بلغته
ws-privacy-chat-how-long = مثل الطلب، أو حتى /forget؛ معرّف المحادثة مشفّر
ws-privacy-nobody = لا أحد؛ الخدمة فقط، لإرسال الرسالة
ws-privacy-audit = سجل التدقيق وسجلات الطلبات (من غيّر ماذا)
ws-privacy-audit-why = المساءلة عمّا حدث للطلبات والمحتوى
ws-privacy-audit-how-long = يُحذف سجل الطلب معه؛ يبقى سجل التدقيق ولا يحتوي على بيانات شخصية لمن يسألون
ws-privacy-coordinators = المنسقون
ws-privacy-misses = عمليات بحث بلا نتيجة
ws-privacy-misses-why = لمعرفة المحتوى الناقص
ws-privacy-misses-how-long = أعداد لكل لغة، مع حذف الأرقام؛ الكلمات فقط بعد البحث عنها مرة ثانية (قبل ذلك مجرد بصمة مفتاحية)؛ 5000 صف على الأكثر، تُحذف بعد المدة نفسها المطبقة على الطلبات المغلقة
ws-privacy-staff = حسابات الموظفين: اسم الدخول، الاسم، اللغات، الأدوار، بصمة كلمة المرور (argon2id)
ws-privacy-staff-why = تسجيل الدخول، ومعرفة اللغات التي يستطيع كل مكان خدمتها
ws-privacy-staff-how-long = حتى تعطيل الحساب
ws-privacy-not-stored = لا نحفظ: الأسماء الحقيقية، الجنسية، الوثائق، وضع الإقامة، العناوين، عناوين IP، ولا أي شيء كُتب في الكشك ولم يُرسل. لا توجد بيانات شخصية في السجلات ولا في عناوين الصفحات.
