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
# --- ask: kiosk (issue 16): a question to a counsellor, and its answers on the status page
kiosk-ask-button = Bir danışmana soru yazın
kiosk-ask-title = Bir danışmana soru yazın
kiosk-ask-intro = Sorunuzu kendi dilinizde yazın. Bir danışman yazılı olarak yanıtlar; yanıtı burada, kioskta kodunuzla okursunuz.
kiosk-ask-question = Sorunuz
kiosk-ask-question-hint = En fazla { $max } karakter.
kiosk-ask-point = Hangi yer için? (Seçmek zorunda değilsiniz.)
kiosk-ask-point-any = Herhangi bir yer
kiosk-ask-send = Sorumu gönder
kiosk-ask-sent = Sorunuz gönderildi
kiosk-ask-reference-hint = Not alın veya fotoğrafını çekin. Yanıtı bununla okursunuz.
kiosk-ask-read-answer = Yanıtı okumak için bu kioska geri gelin, “{ home-status }” düğmesine dokunun ve kodunuzu girin.
kiosk-ask-with-request = Şimdi sorunuzu yazın: talebinize eklenecek.
kiosk-ask-added-to-request = Sorunuz { $reference } numaralı talebinizle birlikte.
kiosk-ask-review-option = Bir danışmana soru da yazmak istiyorum
kiosk-ask-error-markup = Lütfen sorunuzu kelimelerle yazın. Yalnızca işaretler ve etiketler okunamaz.
kiosk-ask-error-point = Lütfen gösterilen yerlerden birini veya “Herhangi bir yer”i seçin.
kiosk-question-title = Sorunuz
kiosk-question-you = Siz
kiosk-question-counsellor = Danışman
kiosk-question-waiting = Henüz yanıt yok.
kiosk-question-add = Mesaj ekle
kiosk-question-send = Gönder
kiosk-question-close = Sorumu kapat
kiosk-question-closed = Bu soru kapatıldı. İstediğiniz zaman yeni bir soru yazabilirsiniz.
kiosk-question-closed-now = Sorunuz artık kapatıldı. Teşekkür ederiz.
kiosk-question-added = Mesajınız soruya eklendi.

# Kiosk question followed on Telegram through its QR code (issue 16)
kiosk-ask-follow-telegram = Sorunuzu Telegram'da takip etmek için telefonunuzla tarayın: yanıtlar o zaman oraya da gelir.
