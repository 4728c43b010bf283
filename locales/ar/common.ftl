# Strings both channels use: navigation, categories, notices, the appointment flow, errors.
app-name = Navrat
app-tagline = معلومات عن العودة الطوعية، بلغتك

## Navigation
nav-home = الصفحة الرئيسية
nav-back = رجوع
nav-language = اللغة
nav-finish = إنهاء ومسح البيانات
nav-search = بحث

## Categories of topics
category-about = العودة الطوعية
category-about-description = ما هي، ومن يمكنه الاستفادة منها
category-support = ما الذي يمكن الحصول عليه
category-support-description = تذكرة السفر، الوثائق، المساعدة بعد الوصول
category-process = كيف تتم العملية
category-process-description = الخطوات، المدة، ما يجب إحضاره
category-rights = حقوقك وسلامتك
category-rights-description = السرية، حظر الدخول، تغيير رأيك
category-detention = في مركز احتجاز الأجانب (ZZC)
category-detention-description = الاستشارة داخل المركز
category-family-health = العائلة والصحة
category-family-health-description = الأطفال، المرض، الاحتياجات الخاصة
category-contact = التحدث مع مستشار
category-contact-description = أين وكيف يمكنك التواصل معنا

## Notices on a topic
notice-draft = لم يراجع أي مستشار هذه الترجمة بعد. قد تحتوي على أخطاء. إذا كان هناك شيء غير واضح، يُرجى سؤال مستشار.
notice-outdated = تغيّر النص التشيكي الأصلي بعد ترجمته. قد تكون بعض التفاصيل هنا غير محدّثة.
notice-outdated-link = النص التشيكي الحالي
notice-sample-data = بعض التفاصيل هنا (العناوين، أرقام الهاتف، ساعات العمل أو المبالغ) هي أمثلة فقط وقد لا تكون صحيحة. يُرجى التحقق منها مع مستشار.
notice-fallback = هذا النص غير متوفر بلغتك بعد. يُعرض باللغة التالية: { $language }.
topic-sources = المصادر
topic-updated = آخر مقارنة مع المصدر: النسخة { $revision }

## Search
search-label = عمّ البحث؟
search-placeholder = مثلًا: تذكرة، جواز سفر، أطفال
search-button = بحث
search-results = { $count ->
    [zero] لم يُعثر على أي موضوع
    [one] تم العثور على موضوع واحد
    [two] تم العثور على موضوعين
    [few] تم العثور على { $count } مواضيع
    [many] تم العثور على { $count } موضوعًا
   *[other] تم العثور على { $count } موضوع
}
search-no-results = لم يُعثر على شيء. يُرجى تجربة كلمات أخرى أو سؤال مستشار.

## Counselling points
point-kind-regional = نقطة استشارة
point-kind-detention = مركز احتجاز الأجانب (ZZC)
point-kind-office = مكتب
point-languages = اللغات المستخدمة هنا
point-hours = ساعات العمل
point-visiting-rules = كيف تتم الزيارة

## Days and times of day
day-mon = الاثنين
day-tue = الثلاثاء
day-wed = الأربعاء
day-thu = الخميس
day-fri = الجمعة
day-sat = السبت
day-sun = الأحد
day-part-morning = الصباح
day-part-afternoon = بعد الظهر
day-part-evening = المساء

## Appointment request
appointment-title = طلب لقاء مع مستشار
appointment-intro = سيشرح لك المستشار خياراتك، ويمكن طلب مترجم عند الحاجة. طلب الموعد لا يكلّف شيئًا ولا يُلزمك بأي شيء. في الموعد، يُرجى السؤال عن كلفة العودة عليك، وعن طريقة تعامل المستشار مع ما يُقال له.
appointment-point = أين يناسبك أن يكون اللقاء؟
appointment-interpreter = أحتاج إلى مترجم
appointment-days = ما الأيام المناسبة لك؟
appointment-day-parts = في أي وقت من اليوم؟
appointment-topic = موضوع الحديث (اختياري)
appointment-alias = بماذا نناديك؟ (اختياري، يكفي اسم مستعار)
appointment-phone = رقم الهاتف (اختياري)
appointment-contact = كيف يناسبك أن تصلك أخبارنا؟
appointment-contact-phone = اتصلوا بي أو أرسلوا لي رسالة
appointment-contact-return = سأعود وأتحقق هنا
appointment-contact-telegram = سأتابع الطلب على تيليغرام
appointment-consent-title = ما الذي نحفظه
appointment-consent = نحفظ ما يُدخَل هنا: المكان، والأيام وأوقات اليوم، واللغة، والحاجة إلى مترجم، وإذا أعطيتنا إياهما، اسمًا مستعارًا ورقم هاتف أو محادثتك في تيليغرام. ونحفظ أيضًا الموضوع الذي جاء منه الطلب، ومتى ومن أين (هذه الشاشة أو تيليغرام) جاء، ورمزه المرجعي، ورموزًا عشوائية (لرابط تيليغرام ولمنع الإرسال مرتين). ثم يكون للطلب سجلّ لحالته: الوقت المؤكَّد للموعد، وأيّ مستشار تولّاه، وهل سيحضر مترجم، وسبب الرفض إن رُفض. نستخدم هذا فقط لترتيب موعدك. يراه مستشارو المكان المختار والمنسّقون. نحذفه بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من إغلاق الطلب.
appointment-consent-agree = أوافق
appointment-review = مراجعة الطلب
appointment-edit = تعديل
appointment-submit = إرسال الطلب
appointment-sent = تم إرسال طلبك
appointment-reference = الرمز المرجعي لطلبك
appointment-reference-hint = يُرجى كتابته أو تصويره. به يمكن التحقق من الطلب.
appointment-follow-telegram = لمتابعة الطلب على تيليغرام، يُرجى مسح الرمز بالهاتف
appointment-status-title = طلبك
appointment-status-lookup = الرمز المرجعي للطلب

## Status of a request
status-new = تم الاستلام. سيتواصل معك مستشار أو يؤكد لك موعدًا.
status-confirmed = تم التأكيد: { $when } في { $point }.
status-declined = غير ممكن: { $reason }
status-done = تم
status-cancelled = تم الإلغاء
status-no-show = فات الموعد

## Errors
error-point-required = يُرجى اختيار مكان.
error-days-required = يُرجى اختيار يوم واحد على الأقل.
error-day-parts-required = يُرجى اختيار وقت واحد على الأقل من اليوم.
error-alias-too-long = الاسم المستعار طويل جدًا (الحد الأقصى لعدد الأحرف: { $max }).
error-phone-invalid = لا يبدو هذا رقم هاتف. يُرجى استخدام الأرقام، مثلًا +420 777 123 456.
error-contact-phone-missing = يُرجى إدخال رقم هاتف، أو اختيار طريقة أخرى لتصلك أخبارنا.
error-consent-required = يُرجى الموافقة على طريقة حفظنا لطلبك، وإلا فلا يمكننا إرساله.
error-reference-invalid = هذا الرمز المرجعي غير صالح. يُرجى التحقق من الحروف والأرقام.
error-reference-unknown = لم نتمكن من العثور على طلب بهذا الرمز.
error-not-found = هذه الصفحة غير موجودة.
error-not-found-hint = العودة إلى اختيار اللغة.
error-generic = حدث خطأ من جهتنا. لم يضِع أي شيء مما أدخلته. يُرجى المحاولة مرة أخرى.
error-rate-limited = محاولات كثيرة جدًا. يُرجى الانتظار دقيقة ثم المحاولة مرة أخرى.
error-storage-full = لا يمكننا حفظ طلبات جديدة الآن. يُرجى سؤال أحد الموظفين أو المحاولة لاحقًا.
error-too-long = النص طويل جدًا.
# Why a counsellor could not arrange a meeting; chosen in the workspace, read by the person.
decline-reason-capacity = لا يوجد وقت متاح في هذا المكان حاليًا. يرجى المحاولة مرة أخرى بعد بضعة أسابيع أو اختيار مكان آخر.
decline-reason-other-point = يمكن لمكان آخر أن يساعدك بشكل أفضل. يرجى طلب موعد هناك أو سؤال الموظفين.
decline-reason-not-offered = لا يمكن لهذا المكان المساعدة في هذا الأمر. يُرجى سؤال الموظفين عن المكان المناسب.
decline-reason-contact-us = يرجى الحضور شخصيًا أو سؤال الموظفين؛ يسعدنا أن نشرح لك كل شيء.

# --- listen: voice
listen-machine-voice = صوت آلي (يقرؤه الحاسوب)
listen-recorded = سجّله مستشار
listen-outdated-recording = هذا التسجيل لنسخة أقدم من هذا النص.
listen-no-voice = لا يوجد صوت لهذه اللغة بعد. يُرجى أن تطلب من الموظفين قراءة النص لك.
listen-unavailable = الاستماع غير متاح الآن. يُرجى أن تطلب من الموظفين قراءة النص لك.
# --- ask: person
ask-consent = لا يقرأ سؤالك إلا مستشارو مركز العودة الذين يتحدثون لغتك. نحتفظ به ما دامت المحادثة مفتوحة و{ $days } يومًا بعد إغلاقها، ثم نحذفه. يُرجى عدم كتابة أسماء أشخاص آخرين.
ask-hours = يجيب المستشارون الذين يتحدثون لغتك أيام { $days }، من ⁦{ $opens }:00⁩ إلى ⁦{ $closes }:00⁩ (بتوقيت براغ). يمكنك أن تتوقع إجابة خلال يوم عمل واحد.
ask-received = تم حفظ سؤالك. رقمك المرجعي: { $reference }
ask-error-empty = يُرجى كتابة سؤالك بالكلمات.
ask-error-too-long = الرسالة طويلة جدًا: { $length } حرفًا. يُرجى كتابة { $max } حرفًا على الأكثر، أو إرسالها على أجزاء.
ask-error-flood = لقد أرسلت رسائل كثيرة في وقت قصير. يُرجى الانتظار بضع دقائق ثم الكتابة مرة أخرى. كل ما أكدناه محفوظ.
