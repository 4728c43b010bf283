# Strings of the counsellor workspace.
ws-title = Navrat çalışma alanı
ws-login = Giriş yap
ws-logout = Çıkış yap
ws-username = Kullanıcı adı
ws-password = Parola
ws-login-failed = Kullanıcı adı veya parola yanlış.
ws-login-limited = Çok fazla başarısız deneme. Bir süre bekleyin (her yeni başarısızlıktan sonra daha uzun) ve tekrar deneyin.
ws-requests = Randevu talepleri
ws-translations = Çeviriler
ws-overview = Genel bakış
ws-status-missing = Eksik
ws-status-draft = Taslak
ws-status-in-review = İncelemede
ws-status-published = Yayında
ws-status-outdated = Güncel değil
ws-save-draft = Taslağı kaydet
ws-submit-review = İncelemeye gönder
ws-publish = Onayla ve yayınla
ws-confirm = Onayla
ws-decline = Reddet
ws-reschedule = Yeniden planla
ws-mark-done = Tamamlandı
ws-mark-no-show = Gelmedi

# Security of the workspace server (issue 12): unreadable sealed rows, sign-in load.
ws-contact-unreadable = Okunamıyor: başka bir anahtarla mühürlenmiş ya da bozuk. Yöneticiye sorun.
ws-login-busy = Aynı anda çok fazla oturum açma var. Birkaç saniye bekleyip yeniden deneyin.

# Operations (issue 17): the kiosks' last contact on the coordinator's overview.
ws-kiosks = Kiosklar
ws-kiosks-hint = Kiosk profillerindeki her kiosk: sayfasının en son ne zaman bildirimde bulunduğu. 15 dakikadan uzun süredir sessiz olan kiosk işaretlenir: açık ve bağlı olduğunu kontrol edin.
ws-kiosks-none = Hiç kiosk profili yapılandırılmamış.
ws-kiosk = Kiosk
ws-kiosk-last-contact = Son iletişim
ws-kiosk-version = Sürüm
ws-kiosk-state = Durum
ws-kiosk-never = hiç
ws-kiosk-silent = 15 dakikadan uzun süredir sessiz
ws-kiosk-live = Çalışıyor
