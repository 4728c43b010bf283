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
kiosk-space = Boşluk
ui-draft-notice = Bu ekranlar makine ile çevrildi ve henüz bir danışman tarafından kontrol edilmedi. Anlaşılmayan bir şey olursa lütfen bir görevliye sorun.
appointment-change-point = Başka bir yer seçin
appointment-speaks-your-language = Buradaki danışmanlar sizin dilinizi konuşuyor
appointment-status-show = Göster
topic-ask-counsellor = Bunu bir danışmana sorun
topic-source-text = Güncel Çekçe metin

## Kiosk: what happens next, one notice per page, error summary (issue 11)
kiosk-status-new-come-back = Alındı. Bir danışman seçtiğiniz günlerden bir saat belirleyecek. En erken bir sonraki iş günü bu kioska geri gelin, “{ home-status }” düğmesine dokunun ve kodunuzu girin: onaylanan saat burada gösterilecek.
kiosk-status-new-phone = Alındı. Bir danışman saat belirlemek için verdiğiniz numarayı arayacak veya mesaj gönderecek. Kodunuzla burada da kontrol edebilirsiniz.
kiosk-notice-point-draft = Yerlerin açıklamaları makine tarafından çevrildi ve henüz kontrol edilmedi.
kiosk-unreviewed-title = Lütfen dikkat
point-sample-mark = Örnek veri, doğrulanmadı
kiosk-error-summary = Bir şey eksik veya doğru değil. Lütfen kontrol edin:
kiosk-meta-description = Çekya'dan gönüllü geri dönüş hakkında kendi dilinizde bilgi ve bir danışmanla görüşme talebi.
kiosk-list-separator = {", "}

# --- listen: voice
listen-play = Dinle
listen-pause = Duraklat
listen-replay = Baştan

# --- listen: kiosk steps, the code read aloud, the language picker
listen-read-code = Kodu sesli oku
# The mark beside a language on the picker that has no machine voice.
listen-no-voice-short = Ses yok
