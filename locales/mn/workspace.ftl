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
