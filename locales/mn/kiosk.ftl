# Strings of the touchscreen kiosk.
picker-title = Хэлээ сонгоно уу
picker-hint = Өөрийн хэл дээр дарна уу
home-title = Сайн дураараа буцах тухай мэдээлэл
home-appointment = Зөвлөхтэй уулзах
home-status = Хүсэлтээ шалгах
topic-back-to-category = Бусад сэдэв
kiosk-idle-warning = Энд хүн байна уу? Дэлгэц { $seconds } секундын дараа арилна.
kiosk-idle-continue = Би энд байна
kiosk-keyboard = Товчлуур
kiosk-keyboard-hide = Товчлуурыг нуух
kiosk-cleared = Бүгдийг арилгалаа.
kiosk-step = Алхам { $step } / { $total }
kiosk-next = Цааш
kiosk-print-hint = Энэ кодыг зөвлөхөд үзүүлнэ үү.
