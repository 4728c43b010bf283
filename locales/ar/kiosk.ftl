# Strings of the touchscreen kiosk.
picker-title = اختر لغتك
picker-hint = اضغط على لغتك
home-title = معلومات عن العودة الطوعية
home-appointment = طلب لقاء مع مستشار
home-status = التحقق من طلبي
topic-back-to-category = مواضيع أخرى
kiosk-idle-warning = هل يوجد أحد هنا؟ ستُمسح الشاشة بعد { $seconds } ثانية.
kiosk-idle-continue = ما زلت هنا
kiosk-keyboard = لوحة المفاتيح
kiosk-keyboard-hide = إخفاء لوحة المفاتيح
kiosk-cleared = تم مسح كل شيء.
kiosk-step = الخطوة { $step } من { $total }
kiosk-next = التالي
kiosk-print-hint = أظهِر هذا الرمز لمستشار.
