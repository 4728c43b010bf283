# Strings of the Telegram bot.
bot-welcome = Сайн байна уу. Би Чех улсаас сайн дураараа буцах тухай мэдээлэл өгдөг бөгөөд зөвлөхөөс тантай уулзахыг хүсэж чадна. Уулзалт хүсэх нь үнэ төлбөргүй. Буцахад танд ямар зардал гарч болох, энэ тухай хэн мэдэх нь таны нөхцөл байдлаас хамаарна: зөвлөхөөс асуугаарай.
bot-choose-language = Хэлээ сонгоно уу:
bot-language-set = Би танд монгол хэлээр бичнэ.
bot-menu-topics = Сэдвүүд
bot-menu-search = Хайх
bot-menu-appointment = Зөвлөхтэй уулзах
bot-menu-status = Миний хүсэлтүүд
bot-search-prompt = Асуултаа цөөн үгээр бичнэ үү.
bot-not-what-i-needed = Надад хэрэгтэй зүйл биш байна
bot-more = Цааш үзэх
bot-back = Буцах
bot-stop = Зогсоох
bot-yes = Тийм
bot-no = Үгүй
bot-stopped = Зогсоолоо. Юу ч илгээгдээгүй.
bot-alias-prompt = Бид таныг юу гэж дуудах вэ? Хоч нэрээ илгээнэ үү, эсвэл «Алгасах» дээр дарна уу.
bot-phone-prompt = Хэрэв та утсаар ярихыг хүсвэл утасны дугаараа илгээнэ үү, эсвэл «Алгасах» дээр дарна уу. Бид энд, Telegram дээр ч хариулж болно.
bot-skip = Алгасах
bot-confirm-prompt = Энэ хүсэлтийг илгээх үү?
bot-status-none = Танд хүсэлт алга.
bot-cancel-pick = Аль хүсэлтийг цуцлах вэ?
bot-cancel-done = { $reference } хүсэлт цуцлагдлаа.
bot-forget-confirm = Энэ нь таны хэлний тохиргоо болон хараахан шийдвэрлэгдээгүй хүсэлтүүдийг устгана. Үргэлжлүүлэх үү?
bot-forget-done = Устгасан: { $requests } хүсэлт болон таны тохиргоо.
bot-attach-confirm = { $reference } хүсэлтийг эндээс хянах уу?
bot-attach-done = Та { $reference } хүсэлтийн мэдээг эндээс авах болно.
bot-notify-confirmed = Таны уулзалт баталгаажлаа: { $when }, газар: { $point }. Код: { $reference }.
bot-notify-declined = Таны { $reference } хүсэлтийн дагуу уулзалт зохион байгуулах боломжгүй: { $reason }
bot-notify-rescheduled = Таны уулзалтыг өөр цагт шилжүүллээ: { $when }, газар: { $point }. Код: { $reference }.
cmd-start = Эхлэх
cmd-language = Хэл солих
cmd-status = Миний хүсэлтүүд
cmd-cancel = Хүсэлт цуцлах
cmd-forget = Миний мэдээллийг устгах
bot-interpreter-prompt = Уулзалтад танд орчуулагч хэрэгтэй юу?

# Security: following a kiosk request (kiosk and store area)
bot-follow-taken = Энэ хүсэлтийг Telegram-ын өөр чат аль хэдийн дагаж байгаа бөгөөд тэнд үлдэнэ. Хэрэв энэ та биш бол лавлах кодоо барьж зөвлөхөд хандана уу.
# Telegram bot: appointment from everywhere, input that does not fit a step, stale buttons (issue 11)
cmd-appointment = Зөвлөхтэй уулзах хүсэлт гаргах
bot-continue = Хүсэлтээ үргэлжлүүлэх
bot-text-only = Би зөвхөн текст уншиж чадна. Үгээр бичих эсвэл товчлуурууд ашиглана уу.
bot-stop-words = зогс, зогсоох, цуцлах, гарах, болих, stop
bot-back-words = буцах, өмнөх
bot-list-separator = {", "}
bot-point-hint = Сонгохоосоо өмнө хаяг, ажлын цаг, уулзалт хэрхэн болдгийг харахын тулд газар дээр дарна уу. Гадаадын иргэдийг саатуулах төвүүд (ZZC) жагсаалтын төгсгөлд байна: зөвхөн тэнд саатуулагдаж байгаа бол сонгоно уу.
bot-point-choose = Энэ газрыг сонгох
bot-point-address = Хаяг
bot-point-phone = Утас
bot-chosen-mark = ✓ тэмдэг таны сонгосныг заана. Дахин дарвал сонголт арилна.
bot-stale-button = Энэ товчлуур өмнөх мессежид хамаарах тул ажиллахаа больсон. Юу ч өөрчлөгдөөгүй.
bot-stale-step = Энэ товчлуур өмнөх алхамд хамаарна. Юу ч өөрчлөгдөөгүй. Та одоо энд байна:
bot-status-draft = Танд хараахан илгээгээгүй хүсэлт байна. Та үүнийг үргэлжлүүлж болно.
bot-cancel-confirm = Та { $reference } хүсэлтийг үнэхээр цуцлах уу?
bot-cancel-kept = { $reference } хүсэлт хэвээр байна. Юу ч цуцлагдаагүй.
bot-forget-history = Энэ чатын мессежүүд таны утсанд үлдэнэ. Устгахыг хүсвэл Telegram дээр энэ чатыг устгана уу.
bot-simplified-only = Navrat зөвхөн хялбаршуулсан хятад хэлээр байна. Доорх бичвэрүүд хялбаршуулсан ханзаар бичигдсэн.

# --- listen: voice
bot-listen = 🔊 Сонсох
bot-voice-not-heard = Баярлалаа. Зөвлөх энд дуут мессежийг одоогоор сонсох боломжгүй. Бидэнд бичнэ үү, эсвэл уулзалт хүснэ үү: зөвлөх таныг биечлэн сонсоно.
# --- ask: person
cmd-ask = Зөвлөхөөс асуух
bot-ask-button = ✉️ Зөвлөхөөс асуух
bot-ask-choose = Зөвлөх таны асуултад энд бичгээр хариулах эсвэл тантай биечлэн уулзаж болно.
bot-ask-agree = Би зөвшөөрч байна
bot-ask-back = Буцах
bot-ask-write = Асуултаа нэг мессежээр, өөрийн хэлээр бичнэ үү ({ $max }-аас ихгүй тэмдэгт).
bot-ask-added = Таны { $reference } асуултад нэмэгдлээ.
bot-ask-close = Миний асуултыг хаах
bot-ask-closed = Таны { $reference } асуулт хаагдлаа. Хүссэн үедээ дахин асууж болно.
bot-ask-answer = Зөвлөх таны { $reference } асуултад хариуллаа:
bot-ask-open = Таны { $reference } асуулт нээлттэй байна. Одоо энд бичсэн бүхэн түүнд нэмэгдэнэ.
bot-ask-finish-request = Эхлээд бичиж буй уулзалтын хүсэлтээ дуусгах эсвэл зогсооно уу; дараа нь асуулт асууж болно.

# Kiosk question followed on Telegram through its QR code (issue 16)
bot-ask-follow-done = Таны { $reference } асуултын хариултууд одоо энд бас ирнэ.
bot-ask-follow-taken = Энэ асуултыг Telegram-ын өөр чат аль хэдийн дагаж байгаа бөгөөд тэнд үлдэнэ. Хэрэв энэ та биш байсан бол лавлах кодоо аваад зөвлөхөд хандаарай.
