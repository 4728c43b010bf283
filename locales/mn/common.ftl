# Strings both channels use: navigation, categories, notices, the appointment flow, errors.
app-name = Navrat
app-tagline = Сайн дураараа буцах тухай мэдээлэл, таны хэлээр

## Navigation
nav-home = Нүүр
nav-back = Буцах
nav-language = Хэл
nav-finish = Дуусгаад арилгах
nav-search = Хайх

## Categories of topics
category-about = Сайн дураараа буцах
category-about-description = Энэ юу вэ, үүнийг хэн ашиглаж болох вэ
category-support = Та юу авах вэ
category-support-description = Онгоцны тийз, бичиг баримт, очсоны дараах тусламж
category-process = Хэрхэн явагддаг вэ
category-process-description = Алхмууд, хугацаа, юу авч ирэх вэ
category-rights = Таны эрх ба аюулгүй байдал
category-rights-description = Нууцлал, улсад нэвтрэх хориг, шийдвэрээ өөрчлөх
category-detention = Саатуулагдсан үед (ZZC)
category-detention-description = Байгууламжийн дотор зөвлөгөө авах
category-family-health = Гэр бүл ба эрүүл мэнд
category-family-health-description = Хүүхэд, өвчин, онцгой хэрэгцээ
category-contact = Зөвлөхтэй ярилцах
category-contact-description = Бидэнтэй хаана, хэрхэн холбогдох вэ

## Notices on a topic
notice-draft = Энэ орчуулгыг зөвлөх хараахан шалгаагүй байна. Алдаа байж болно. Ойлгомжгүй зүйл байвал зөвлөхөөс асуугаарай.
notice-outdated = Энэ текстийн чех эх хувь орчуулагдсаны дараа өөрчлөгдсөн. Энд байгаа зарим мэдээлэл хуучирсан байж болно.
notice-outdated-link = Одоогийн чех текстийг унших
notice-sample-data = Энд байгаа зарим мэдээлэл (хаяг, утасны дугаар, ажлын цаг, мөнгөн дүн) нь зөвхөн жишээ бөгөөд буруу байж болно. Зөвлөхөөс лавлаарай.
notice-fallback = Энэ текст таны хэл дээр хараахан байхгүй байна. Үүнийг дараах хэлээр харуулж байна: { $language }.
topic-sources = Эх сурвалж
topic-updated = Эх сурвалжтай сүүлд тулгасан: хувилбар { $revision }

## Search
search-label = Та юу хайж байна вэ?
search-placeholder = Жишээ нь: тийз, паспорт, хүүхэд
search-button = Хайх
search-results = { $count ->
    [one] Нэг сэдэв олдлоо
   *[other] { $count } сэдэв олдлоо
}
search-no-results = Юу ч олдсонгүй. Өөр үгээр хайж үзээрэй, эсвэл зөвлөхөөс асуугаарай.

## Counselling points
point-kind-regional = Зөвлөгөө өгөх цэг
point-kind-detention = Гадаадын иргэдийг саатуулах байгууламж (ZZC)
point-kind-office = Оффис
point-languages = Энд ярьдаг хэлүүд
point-hours = Ажлын цаг
point-visiting-rules = Уулзалт хэрхэн явагддаг вэ

## Days and times of day
day-mon = Даваа гараг
day-tue = Мягмар гараг
day-wed = Лхагва гараг
day-thu = Пүрэв гараг
day-fri = Баасан гараг
day-sat = Бямба гараг
day-sun = Ням гараг
day-part-morning = Өглөө
day-part-afternoon = Үдээс хойш
day-part-evening = Орой

## Appointment request
appointment-title = Зөвлөхтэй уулзах хүсэлт гаргах
appointment-intro = Зөвлөх танд ямар боломж байгааг тайлбарлаж өгнө. Хэрэгтэй бол орчуулагч хүсээрэй. Уулзалт хүсэх нь үнэ төлбөргүй бөгөөд та ямар нэг үүрэг хүлээхгүй. Уулзалтын үеэр буцахад ямар зардал гарч болох, таны хэлсэн зүйлийг зөвлөх хэрхэн ашигладгийг асуугаарай.
appointment-point = Та хаана уулзахыг хүсэж байна вэ?
appointment-interpreter = Надад орчуулагч хэрэгтэй
appointment-days = Аль өдрүүд танд тохиромжтой вэ?
appointment-day-parts = Өдрийн аль цагт?
appointment-topic = Та юуны талаар ярилцахыг хүсэж байна вэ? (заавал биш)
appointment-alias = Бид таныг юу гэж дуудах вэ? (заавал биш, хоч нэр байж болно)
appointment-phone = Утасны дугаар (заавал биш)
appointment-contact = Бидний хариуг хэрхэн авахыг хүсэж байна вэ?
appointment-contact-phone = Над руу залгах эсвэл мессеж бичих
appointment-contact-return = Би дахин ирж энд шалгана
appointment-contact-telegram = Би Telegram-аар хянана
appointment-consent-title = Бид юу хадгалдаг вэ
appointment-consent = Бид таны энд оруулсан зүйлийг хадгална: газар, өдрүүд ба өдрийн цаг, хэл, орчуулагч хэрэгтэй эсэх, мөн хэрэв та өгвөл хоч нэр, утасны дугаар эсвэл таны Telegram чат. Мөн хүсэлт аль сэдвээс ирсэн, хэзээ, хаанаас (киоск эсвэл Telegram) ирсэн, түүний лавлах код, санамсаргүй кодуудыг (Telegram-ын холбоос болон давхар илгээхээс сэргийлэх) хадгална. Дараа нь хүсэлт төлвийн түүхтэй болно: уулзалтын баталгаажсан цаг, аль зөвлөх шийдвэрлэсэн, орчуулагч байх эсэх, татгалзсан бол шалтгаан. Бид үүнийг зөвхөн таны уулзалтыг товлоход ашиглана. Таны сонгосон газрын зөвлөхүүд болон зохицуулагчид үүнийг харна. Таны хүсэлт хаагдсанаас хойш { $days } хоногийн дараа бид үүнийг устгана.
appointment-consent-agree = Би зөвшөөрч байна
appointment-review = Хүсэлтээ шалгана уу
appointment-edit = Өөрчлөх
appointment-submit = Хүсэлт илгээх
appointment-sent = Таны хүсэлт илгээгдлээ
appointment-reference = Таны лавлах код
appointment-reference-hint = Үүнийг бичиж авах эсвэл зургийг нь дараарай. Үүгээр та хүсэлтээ шалгаж болно.
appointment-follow-telegram = Telegram дээр хүсэлтээ хянахын тулд утсаараа уншуулна уу
appointment-status-title = Таны хүсэлт
appointment-status-lookup = Лавлах кодоо оруулна уу

## Status of a request
status-new = Хүлээн авлаа. Зөвлөх тантай холбогдох эсвэл цагийг баталгаажуулна.
status-confirmed = Баталгаажсан: { $when }, газар: { $point }.
status-declined = Боломжгүй: { $reason }
status-done = Дууссан
status-cancelled = Цуцлагдсан
status-no-show = Уулзалтад ирээгүй

## Errors
error-point-required = Газраа сонгоно уу.
error-days-required = Дор хаяж нэг өдөр сонгоно уу.
error-day-parts-required = Өдрийн дор хаяж нэг цагийг сонгоно уу.
error-alias-too-long = Хоч нэр хэт урт байна (хамгийн ихдээ { $max } тэмдэгт).
error-phone-invalid = Энэ утасны дугаар шиг харагдахгүй байна. Тоо ашиглана уу, жишээ нь +420 777 123 456.
error-contact-phone-missing = Утасны дугаараа оруулна уу, эсвэл бидний хариуг авах өөр аргыг сонгоно уу.
error-consent-required = Бид таны хүсэлтийг хэрхэн хадгалахыг зөвшөөрнө үү. Эс тэгвээс бид үүнийг илгээж чадахгүй.
error-reference-invalid = Энэ лавлах код буруу байна. Үсэг, тоогоо шалгана уу.
error-reference-unknown = Энэ кодтой хүсэлт олдсонгүй.
error-not-found = Ийм хуудас байхгүй.
error-not-found-hint = Буцаж очоод хэлээ сонгоно уу.
error-generic = Манай талд алдаа гарлаа. Таны оруулсан зүйл алга болоогүй. Дахин оролдоно уу.
error-rate-limited = Хэт олон удаа оролдлоо. Нэг минут хүлээгээд дахин оролдоно уу.
error-storage-full = Бид яг одоо шинэ хүсэлт хадгалах боломжгүй байна. Ажилтнаас тусламж хүсэх эсвэл дараа дахин оролдоно уу.
error-too-long = Текст хэт урт байна.
# Why a counsellor could not arrange a meeting; chosen in the workspace, read by the person.
decline-reason-capacity = Одоогоор энэ газарт сул цаг алга. Хэдэн долоо хоногийн дараа дахин оролдох эсвэл өөр газар сонгоно уу.
decline-reason-other-point = Өөр газар танд илүү сайн туслах боломжтой. Тэнд цаг захиалах эсвэл ажилтнаас асууна уу.
decline-reason-not-offered = Энэ газар энэ асуудлаар тусалж чадахгүй. Хаана хандахаа ажилтнаас асууна уу.
decline-reason-contact-us = Биечлэн ирэх эсвэл ажилтнаас асууна уу; бид бүгдийг тайлбарлахдаа баяртай байна.

# --- listen: voice
listen-machine-voice = Машины дуу хоолой (компьютер уншина)
listen-recorded = Зөвлөх бичиж оруулсан
listen-outdated-recording = Энэ бичлэг нь энэ текстийн хуучин хувилбарынх.
listen-no-voice = Энэ хэлээр одоогоор дуу хоолой байхгүй. Ажилтнаас текстийг уншиж өгөхийг хүснэ үү.
listen-unavailable = Одоогоор сонсох боломжгүй. Ажилтнаас текстийг уншиж өгөхийг хүснэ үү.
# --- ask: person
ask-consent = Таны асуултыг зөвхөн таны хэлээр ярьдаг Буцах төвийн зөвлөхүүд уншина. Яриа нээлттэй байх хугацаанд болон хаагдсанаас хойш { $days } хоног хадгалж, дараа нь устгана. Бусад хүмүүсийн нэрийг бүү бичнэ үү.
ask-hours = Таны хэлээр ярьдаг зөвлөхүүд { $days }, { $opens }:00–{ $closes }:00 (Прагийн цагаар) хариулна. Нэг ажлын өдрийн дотор хариу авна гэж найдаж болно.
ask-received = Таны асуулт хадгалагдлаа. Таны дугаар: { $reference }
ask-error-empty = Асуултаа үгээр бичнэ үү.
ask-error-too-long = Мессеж хэт урт байна: { $length } тэмдэгт. { $max }-аас ихгүй тэмдэгт бичих эсвэл хэсэг хэсгээр илгээнэ үү.
ask-error-flood = Та богино хугацаанд олон мессеж илгээлээ. Хэдэн минут хүлээгээд дахин бичнэ үү. Бидний баталгаажуулсан бүх зүйл хадгалагдсан.
