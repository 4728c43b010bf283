# Strings of the counsellor workspace.
ws-title = Navrat ажлын орчин
ws-login = Нэвтрэх
ws-logout = Гарах
ws-username = Хэрэглэгчийн нэр
ws-password = Нууц үг
ws-login-failed = Хэрэглэгчийн нэр эсвэл нууц үг буруу байна.
ws-login-limited = Хэт олон удаа амжилтгүй оролдлоо. Түр хүлээгээд (дараагийн алдаа бүрийн дараа илүү удаан) дахин оролдоно уу.
ws-requests = Уулзалтын хүсэлтүүд
ws-translations = Орчуулгууд
ws-overview = Тойм
ws-status-missing = Байхгүй
ws-status-draft = Ноорог
ws-status-in-review = Хянагдаж байна
ws-status-published = Нийтлэгдсэн
ws-status-outdated = Хуучирсан
ws-save-draft = Ноорог хадгалах
ws-submit-review = Хянуулахаар илгээх
ws-publish = Батлаад нийтлэх
ws-confirm = Баталгаажуулах
ws-decline = Татгалзах
ws-reschedule = Цагийг өөрчлөх
ws-mark-done = Дууссан
ws-mark-no-show = Ирээгүй

# Security of the workspace server (issue 12): unreadable sealed rows, sign-in load.
ws-contact-unreadable = Уншиж чадахгүй: өөр түлхүүрээр битүүмжилсэн эсвэл гэмтсэн. Администратороос асуугаарай.
ws-login-busy = Нэг дор хэт олон нэвтрэлт байна. Хэдэн секунд хүлээгээд дахин оролдоно уу.

# Operations (issue 17): the kiosks' last contact on the coordinator's overview.
ws-kiosks = Киоскууд
ws-kiosks-hint = Киоскийн профайл дахь киоск бүр: түүний хуудас хамгийн сүүлд хэзээ мэдээлсэн. 15 минутаас удаан чимээгүй байгаа киоскийг тэмдэглэсэн: асаалттай, холбогдсон эсэхийг шалгана уу.
ws-kiosks-none = Киоскийн профайл тохируулаагүй байна.
ws-kiosk = Киоск
ws-kiosk-last-contact = Сүүлийн холбоо
ws-kiosk-version = Хувилбар
ws-kiosk-state = Төлөв
ws-kiosk-never = хэзээ ч үгүй
ws-kiosk-silent = 15 минутаас удаан чимээгүй
ws-kiosk-live = Ажиллаж байна
# --- listen: recordings
ws-recording = Бичлэг
ws-recording-hint = Нийтлэгдсэн орчуулгыг чангаар уншсан бичлэгээ оруулна уу: Ogg/Opus, MP3, M4A эсвэл WAV, ихдээ 8 МБ, 10 минут.
ws-recording-upload = Оруулах
ws-recording-uploaded = Бичлэгийг ноорог болгон хадгаллаа.
ws-recording-was-other = Файл { $claimed } мэт харагдсан ч үнэндээ { $actual } байна; { $actual } гэж хүлээн авч хөрвүүллээ.
ws-recording-outdated = Бичсэнээс хойш текст өөрчлөгдсөн: дахин бичнэ үү.
ws-recording-done-submit = Бичлэгийг хянуулахаар илгээлээ.
ws-recording-done-publish = Бичлэг нийтлэгдлээ.
ws-recording-done-return = Бичлэгийг засуулахаар буцаалаа.
ws-recording-done-withdraw = Бичлэгийг нийтлэлээс хаслаа.
ws-recording-error-empty = Файл хоосон байна. Бичлэг сонгоно уу.
ws-recording-error-too-large = Файл 8 МБ-аас том байна.
ws-recording-error-too-long = Бичлэг 10 минутаас урт байна.
ws-recording-error-not-audio = Энэ нь бидний мэдэх форматын (Ogg/Opus, MP3, M4A, WAV) аудио файл биш байна.
ws-recording-error-unsupported = { $format } файлыг хүлээн авахгүй. Ogg/Opus, MP3, M4A эсвэл WAV ашиглана уу.
ws-recording-error-damaged = { $format } файл тасарсан эсвэл гэмтсэн байна.
ws-recording-error-no-encoder = Энэ сервер одоогоор зөвхөн Ogg/Opus бичлэг хүлээн авна.
ws-recording-error-encoder = Бичлэгийг хөрвүүлж чадсангүй. Өөр файл оролдоно уу.
ws-recording-error-none = Энд бичлэг алга.
ws-recording-error-not-approver = Бичлэгийг оруулсан хүнээс өөр хянагч нийтэлнэ.
ws-recording-error-not-reviewer = Үүнийг зөвхөн энэ хэлний хянагч хийж болно.
ws-recording-error-not-published = Зөвхөн нийтлэгдсэн орчуулгыг бичиж болно. Эхлээд нийтэлнэ үү.
