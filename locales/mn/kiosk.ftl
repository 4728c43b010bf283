# Strings of the touchscreen kiosk.
picker-title = Хэлээ сонгоно уу
picker-hint = Өөрийн хэл дээр дарна уу
home-title = Сайн дураараа буцах тухай мэдээлэл
home-appointment = Зөвлөхтэй уулзах
home-status = Хүсэлтээ шалгах
topic-back-to-category = Бусад сэдэв
kiosk-idle-warning = Энд хүн байна уу? Дэлгэц { $seconds } секундын дараа арилна.
kiosk-idle-continue = Би энд байна
kiosk-keyboard = Гар
kiosk-keyboard-hide = Гарыг нуух
kiosk-cleared = Бүгдийг арилгалаа.
kiosk-step = Алхам { $step } / { $total }
kiosk-next = Цааш
kiosk-print-hint = Энэ кодыг зөвлөхөд үзүүлнэ үү.
kiosk-space = Зай
ui-draft-notice = Эдгээр дэлгэцийг машинаар орчуулсан бөгөөд зөвлөх хараахан шалгаагүй байна. Ойлгомжгүй зүйл байвал ажилтнаас асуугаарай.
appointment-change-point = Өөр газар сонгох
appointment-speaks-your-language = Энд зөвлөхүүд таны хэлээр ярьдаг
appointment-status-show = Харах
topic-ask-counsellor = Энэ талаар зөвлөхөөс асуух
topic-source-text = Одоогийн чех текст

## Kiosk: what happens next, one notice per page, error summary (issue 11)
kiosk-status-new-come-back = Хүлээн авлаа. Зөвлөх таны сонгосон өдрүүдээс цаг сонгоно. Дараагийн ажлын өдрөөс хойш энэ киоскт эргэн ирж, «{ home-status }» дээр дарж кодоо оруулна уу: баталгаажсан цаг энд харагдана.
kiosk-status-new-phone = Хүлээн авлаа. Зөвлөх таны өгсөн дугаар руу залгаж эсвэл мессеж бичиж цаг тохирно. Та мөн кодоороо эндээс шалгаж болно.
kiosk-notice-point-draft = Газруудын тайлбарыг машин орчуулсан бөгөөд хараахан шалгаагүй байна.
kiosk-unreviewed-title = Анхааруулга
point-sample-mark = Жишээ мэдээлэл, шалгаагүй
kiosk-error-summary = Ямар нэг зүйл дутуу эсвэл буруу байна. Шалгана уу:
kiosk-meta-description = Чехээс сайн дураар буцах тухай мэдээлэл таны хэлээр, мөн зөвлөхтэй уулзах хүсэлт.
kiosk-list-separator = {", "}

# --- listen: voice
listen-play = Сонсох
listen-pause = Түр зогсоох
listen-replay = Дахин эхнээс

# --- listen: kiosk steps, the code read aloud, the language picker
listen-read-code = Кодыг чангаар унших
# The mark beside a language on the picker that has no machine voice.
listen-no-voice-short = Дуу хоолой байхгүй
# --- ask: kiosk (issue 16): a question to a counsellor, and its answers on the status page
kiosk-ask-button = Зөвлөхөд асуулт бичих
kiosk-ask-title = Зөвлөхөд асуулт бичих
kiosk-ask-intro = Асуултаа өөрийн хэлээр бичнэ үү. Зөвлөх бичгээр хариулна; хариултыг та энэ киоскоос өөрийн кодоор уншина.
kiosk-ask-question = Таны асуулт
kiosk-ask-question-hint = Хамгийн ихдээ { $max } тэмдэгт.
kiosk-ask-point = Аль газарт зориулсан бэ? (Сонгох албагүй.)
kiosk-ask-point-any = Аль ч газар
kiosk-ask-send = Асуултаа илгээх
kiosk-ask-sent = Таны асуулт илгээгдлээ
kiosk-ask-reference-hint = Үүнийг бичиж аваад эсвэл зургийг нь авна уу. Үүгээр та хариултаа уншина.
kiosk-ask-read-answer = Хариултаа уншихын тулд энэ киоск руу буцаж ирээд «{ home-status }» дээр дарж, кодоо оруулна уу.
kiosk-ask-with-request = Одоо асуултаа бичнэ үү: энэ нь таны хүсэлтэд нэмэгдэнэ.
kiosk-ask-added-to-request = Таны асуулт { $reference } хүсэлттэй хамт байна.
kiosk-ask-review-option = Би бас зөвлөхөд асуулт бичмээр байна
kiosk-ask-error-markup = Асуултаа үгээр бичнэ үү. Зөвхөн тэмдэг, шошгыг уншиж чадахгүй.
kiosk-ask-error-point = Харуулсан газруудын нэгийг эсвэл «Аль ч газар»-ыг сонгоно уу.
kiosk-question-title = Таны асуулт
kiosk-question-you = Та
kiosk-question-counsellor = Зөвлөх
kiosk-question-waiting = Одоогоор хариулт алга.
kiosk-question-add = Мессеж нэмэх
kiosk-question-send = Илгээх
kiosk-question-close = Асуултаа хаах
kiosk-question-closed = Энэ асуулт хаагдсан. Та хүссэн үедээ шинэ асуулт бичиж болно.
kiosk-question-closed-now = Таны асуулт одоо хаагдлаа. Баярлалаа.
kiosk-question-added = Таны мессеж асуултад нэмэгдлээ.

# Kiosk question followed on Telegram through its QR code (issue 16)
kiosk-ask-follow-telegram = Утсаараа уншуулж, асуултаа Telegram-д дагаарай: тэгвэл хариултууд тэнд бас ирнэ.
