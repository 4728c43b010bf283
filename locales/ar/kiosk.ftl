# Strings of the touchscreen kiosk.
picker-title = اختيار اللغة
picker-hint = للمتابعة، يُرجى الضغط على لغتك
home-title = معلومات عن العودة الطوعية
home-appointment = طلب لقاء مع مستشار
home-status = التحقق من طلبي
topic-back-to-category = مواضيع أخرى
kiosk-idle-warning = هل يوجد أحد هنا؟ ستُمسح الشاشة بعد { $seconds ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }.
kiosk-idle-continue = ما زلت هنا
kiosk-keyboard = لوحة المفاتيح
kiosk-keyboard-hide = إخفاء لوحة المفاتيح
kiosk-cleared = تم مسح كل شيء.
kiosk-step = الخطوة { $step } من { $total }
kiosk-next = التالي
kiosk-print-hint = يُرجى إظهار هذا الرمز لمستشار.
kiosk-space = مسافة
ui-draft-notice = تُرجمت هذه الشاشات آليًا ولم يراجعها أي مستشار بعد. إذا كان هناك شيء غير واضح، يُرجى سؤال أحد الموظفين.
appointment-change-point = اختيار مكان آخر
appointment-speaks-your-language = المستشارون هنا يتحدثون لغتك
appointment-status-show = عرض
topic-ask-counsellor = سؤال مستشار عن هذا
topic-source-text = النص التشيكي الحالي

## Kiosk: what happens next, one notice per page, error summary (issue 11)
kiosk-status-new-come-back = تم الاستلام. سيختار مستشار موعدًا من الأيام التي اخترتها. عد إلى هذا الكشك ابتداءً من يوم العمل التالي، واضغط على «{ home-status }» وأدخل رمزك: سيظهر هنا الموعد المؤكد.
kiosk-status-new-phone = تم الاستلام. سيتصل بك مستشار أو يراسلك على الرقم الذي أعطيته للاتفاق على موعد. يمكنك أيضًا التحقق هنا باستخدام رمزك.
kiosk-notice-point-draft = ترجمت آلةٌ أوصافَ الأماكن ولم يراجعها أحد بعد.
kiosk-unreviewed-title = يرجى الانتباه
point-sample-mark = بيانات نموذجية، غير مؤكدة
kiosk-error-summary = هناك شيء ناقص أو غير صحيح. يرجى التحقق من:
kiosk-meta-description = معلومات عن العودة الطوعية من التشيك بلغتك، وطلب لقاء مع مستشار.
kiosk-list-separator = {"، "}

# --- listen: voice
listen-play = استمع
listen-pause = إيقاف مؤقت
listen-replay = من البداية

# --- listen: kiosk steps, the code read aloud, the language picker
listen-read-code = اقرأ الرمز بصوت عالٍ
# The mark beside a language on the picker that has no machine voice.
listen-no-voice-short = لا يوجد صوت
# --- ask: kiosk (issue 16): a question to a counsellor, and its answers on the status page
kiosk-ask-button = اكتب سؤالاً إلى مستشار
kiosk-ask-title = اكتب سؤالاً إلى مستشار
kiosk-ask-intro = اكتب سؤالك بلغتك. يجيب المستشار كتابةً، وتقرأ الجواب هنا في الكشك برمزك.
kiosk-ask-question = سؤالك
kiosk-ask-question-hint = { $max } حرفاً على الأكثر.
kiosk-ask-point = لأي مكان؟ (لست مضطراً إلى الاختيار.)
kiosk-ask-point-any = أي مكان
kiosk-ask-send = أرسل سؤالي
kiosk-ask-sent = تم إرسال سؤالك
kiosk-ask-reference-hint = اكتبه أو التقط له صورة. به تقرأ الجواب.
kiosk-ask-read-answer = لقراءة الجواب، عد إلى هذا الكشك، واضغط على «{ home-status }» وأدخل رمزك.
kiosk-ask-with-request = اكتب سؤالك الآن: سيُضاف إلى طلبك.
kiosk-ask-added-to-request = سؤالك مرفق بطلبك { $reference }.
kiosk-ask-review-option = أريد أيضاً أن أكتب سؤالاً إلى مستشار
kiosk-ask-error-markup = يرجى كتابة سؤالك بالكلمات. لا يمكن قراءة الرموز والوسوم وحدها.
kiosk-ask-error-point = يرجى اختيار أحد الأماكن المعروضة، أو «أي مكان».
kiosk-question-title = سؤالك
kiosk-question-you = أنت
kiosk-question-counsellor = المستشار
kiosk-question-waiting = لا يوجد جواب بعد.
kiosk-question-add = أضف رسالة
kiosk-question-send = أرسل
kiosk-question-close = أغلق سؤالي
kiosk-question-closed = هذا السؤال مغلق. يمكنك كتابة سؤال جديد في أي وقت.
kiosk-question-closed-now = تم إغلاق سؤالك. شكراً لك.
kiosk-question-added = أُضيفت رسالتك إلى السؤال.

# Kiosk question followed on Telegram through its QR code (issue 16)
kiosk-ask-follow-telegram = امسح الرمز بهاتفك لتتابع سؤالك على تيليغرام: ستصلك الأجوبة هناك أيضًا.
