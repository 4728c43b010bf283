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
