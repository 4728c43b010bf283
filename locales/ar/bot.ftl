# Strings of the Telegram bot.
bot-welcome = مرحبًا. أقدّم معلومات عن العودة الطوعية من التشيك، ويمكنني أن أطلب من مستشار أن يلتقي بك. طلب الموعد لا يكلّف شيئًا. أما كم قد تكلّفك العودة ومن سيعرف بها، فيتوقف على وضعك: يُرجى سؤال المستشار.
bot-choose-language = يُرجى اختيار لغتك:
bot-language-set = سأكتب لك باللغة العربية.
bot-menu-topics = المواضيع
bot-menu-search = بحث
bot-menu-appointment = لقاء مع مستشار
bot-menu-status = طلباتي
bot-search-prompt = يُرجى كتابة سؤالك في بضع كلمات.
bot-not-what-i-needed = ليس هذا ما أحتاجه
bot-more = المزيد
bot-back = رجوع
bot-stop = إيقاف
bot-yes = نعم
bot-no = لا
bot-stopped = تم الإيقاف. لم يُرسَل أي شيء.
bot-alias-prompt = بماذا نناديك؟ يُرجى إرسال اسم مستعار، أو الضغط على "تخطي".
bot-phone-prompt = يُرجى إرسال رقم هاتف إذا كان الاتصال بك مناسبًا، أو الضغط على "تخطي". يمكننا أيضًا الرد عليك هنا في تيليغرام.
bot-skip = تخطي
bot-confirm-prompt = هل نرسل هذا الطلب؟
bot-status-none = ليس لديك أي طلبات.
bot-cancel-pick = ما الطلب الذي نلغيه؟
bot-cancel-done = تم إلغاء الطلب { $reference }.
bot-forget-confirm = سيؤدي هذا إلى حذف إعداد لغتك وطلباتك التي لم تُعالَج بعد. هل نتابع؟
bot-forget-done = تم حذف إعداداتك وطلباتك (عدد الطلبات المحذوفة: { $requests }).
bot-attach-confirm = هل نرسل أخبار الطلب { $reference } إلى هنا؟
bot-attach-done = ستصلك هنا الأخبار المتعلقة بالطلب { $reference }.
bot-notify-confirmed = تم تأكيد لقائك: { $when } في { $point }. الرمز المرجعي: { $reference }.
bot-notify-declined = لا يمكن ترتيب طلبك { $reference }: { $reason }
bot-notify-rescheduled = تم تغيير موعد لقائك: { $when } في { $point }. الرمز المرجعي: { $reference }.
cmd-start = البدء
cmd-language = تغيير اللغة
cmd-status = طلباتي
cmd-cancel = إلغاء طلب
cmd-forget = حذف بياناتي
bot-interpreter-prompt = هل يلزم مترجم في الموعد؟
# Security: following a kiosk request (kiosk and store area)
bot-follow-taken = هذا الطلب تتابعه بالفعل محادثة أخرى في تيليغرام، وسيبقى معها. إذا لم تكن أنت، فتواصل مع مستشار ومعك الرمز المرجعي لطلبك.
# Telegram bot: appointment from everywhere, input that does not fit a step, stale buttons (issue 11)
cmd-appointment = طلب موعد مع مستشار
bot-continue = متابعة طلبي
bot-text-only = أستطيع قراءة النصوص فقط. يُرجى الكتابة بالكلمات أو استخدام الأزرار.
bot-stop-words = توقف، إيقاف، إلغاء، خروج، كفى، انتهى، stop
bot-back-words = رجوع، السابق، عودة
bot-list-separator = {"، "}
bot-point-hint = اضغط على مكان لترى العنوان وساعات العمل وكيف تجري الزيارة قبل أن تختاره. مراكز احتجاز الأجانب (ZZC) في آخر القائمة: اخترها فقط إذا كنت محتجزًا هناك.
bot-point-choose = اختيار هذا المكان
bot-point-address = العنوان
bot-point-phone = الهاتف
bot-chosen-mark = ✓ تشير إلى ما اخترته. اضغط مرة أخرى لإلغاء الاختيار.
bot-stale-button = هذا الزر يعود إلى رسالة سابقة ولم يعد يعمل. لم يتغير شيء.
bot-stale-step = هذا الزر يعود إلى خطوة سابقة. لم يتغير شيء. أنت الآن هنا:
bot-status-draft = لديك طلب لم يُرسَل بعد. يمكنك متابعته.
bot-cancel-confirm = هل تريد حقًا إلغاء الطلب { $reference }؟
bot-cancel-kept = الطلب { $reference } باقٍ كما هو. لم يُلغَ شيء.
bot-forget-history = تبقى رسائل هذه المحادثة على هاتفك. لإزالتها احذف هذه المحادثة في تيليغرام.
bot-simplified-only = نافرات متوفر باللغة الصينية المبسطة فقط. النصوص أدناه مكتوبة بالحروف المبسطة.

# --- listen: voice
bot-listen = 🔊 استمع
bot-voice-not-heard = شكرًا لك. لا يستطيع المستشار الاستماع إلى الرسائل الصوتية هنا بعد. يُرجى الكتابة إلينا أو طلب موعد: سيستمع إليك المستشار شخصيًا.
# --- ask: person
cmd-ask = اسأل مستشارًا
bot-ask-button = ✉️ اسأل مستشارًا
bot-ask-choose = يمكن للمستشار أن يجيب عن سؤالك كتابةً هنا، أو أن يلتقي بك شخصيًا.
bot-ask-agree = أوافق
bot-ask-back = رجوع
bot-ask-write = اكتب سؤالك في رسالة واحدة، بلغتك ({ $max } حرفًا على الأكثر).
bot-ask-added = تمت الإضافة إلى سؤالك { $reference }.
bot-ask-close = أغلق سؤالي
bot-ask-closed = تم إغلاق سؤالك { $reference }. يمكنك السؤال مرة أخرى في أي وقت.
bot-ask-answer = أجاب مستشار عن سؤالك { $reference }:
bot-ask-open = سؤالك { $reference } مفتوح. كل ما تكتبه هنا الآن يُضاف إليه.
bot-ask-finish-request = أكمل أولًا طلب الموعد الذي تكتبه أو أوقفه؛ ثم يمكنك طرح سؤال.

# Kiosk question followed on Telegram through its QR code (issue 16)
bot-ask-follow-done = ستصلك الآن أجوبة سؤالك { $reference } هنا أيضًا.
bot-ask-follow-taken = هذا السؤال تتابعه بالفعل محادثة أخرى في تيليغرام، وسيبقى معها. إذا لم تكن أنت، فتواصل مع مستشار ومعك رمزك المرجعي.
