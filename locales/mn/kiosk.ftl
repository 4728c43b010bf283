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
