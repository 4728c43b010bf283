# Strings of the touchscreen kiosk.
picker-title = Dilinizi seçin
picker-hint = Dilinize dokunun
home-title = Gönüllü geri dönüş hakkında bilgi
home-appointment = Danışmanla görüşme isteyin
home-status = Talebimi kontrol et
topic-back-to-category = Diğer konular
kiosk-idle-warning = Burada kimse var mı? Ekran { $seconds } saniye içinde temizlenecek.
kiosk-idle-continue = Hâlâ buradayım
kiosk-keyboard = Klavye
kiosk-keyboard-hide = Klavyeyi gizle
kiosk-cleared = Her şey temizlendi.
kiosk-step = Adım { $step } / { $total }
kiosk-next = İleri
kiosk-print-hint = Bu kodu bir danışmana gösterin.
