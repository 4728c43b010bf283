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
# --- listen: recordings
ws-recording = Ses kaydı
ws-recording-hint = Yayımlanmış çevirinin sesli okunmuş kaydını yükleyin: Ogg/Opus, MP3, M4A veya WAV, en fazla 8 MB ve 10 dakika.
ws-recording-upload = Yükle
ws-recording-uploaded = Ses kaydı taslak olarak kaydedildi.
ws-recording-was-other = Dosya { $claimed } gibi görünüyordu ama aslında { $actual }; { $actual } olarak alındı ve dönüştürüldü.
ws-recording-outdated = Metin kayıttan sonra değişti: lütfen yeniden kaydedin.
ws-recording-done-submit = Ses kaydı incelemeye gönderildi.
ws-recording-done-publish = Ses kaydı yayımlandı.
ws-recording-done-return = Ses kaydı düzeltilmek üzere geri gönderildi.
ws-recording-done-withdraw = Ses kaydı yayından kaldırıldı.
ws-recording-error-empty = Dosya boş. Bir ses kaydı seçin.
ws-recording-error-too-large = Dosya 8 MB'tan büyük.
ws-recording-error-too-long = Ses kaydı 10 dakikadan uzun.
ws-recording-error-not-audio = Bu, bildiğimiz bir biçimde ses dosyası değil (Ogg/Opus, MP3, M4A, WAV).
ws-recording-error-unsupported = { $format } dosyaları kabul edilmiyor. Ogg/Opus, MP3, M4A veya WAV kullanın.
ws-recording-error-damaged = { $format } dosyası kesik ya da bozuk.
ws-recording-error-no-encoder = Bu sunucu şu anda yalnızca Ogg/Opus kayıtlarını kabul ediyor.
ws-recording-error-encoder = Ses kaydı dönüştürülemedi. Başka bir dosya deneyin.
ws-recording-error-none = Burada ses kaydı yok.
ws-recording-error-not-approver = Ses kaydını, yükleyenden başka bir gözden geçiren yayımlar.
ws-recording-error-not-reviewer = Bunu yalnızca bu dilin gözden geçireni yapabilir.
ws-recording-error-not-published = Yalnızca yayımlanmış bir çeviri kaydedilebilir. Önce yayımlayın.
