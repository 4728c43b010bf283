# Strings of the Telegram bot.
bot-welcome = Merhaba. Çekya'dan gönüllü geri dönüş hakkında bilgi veriyorum ve bir danışmandan sizinle görüşmesini isteyebilirim. Görüşme istemek ücretsizdir. Geri dönüşün size neye mal olabileceği ve bunu kimin öğreneceği durumunuza bağlıdır: danışmana sorun.
bot-choose-language = Dilinizi seçin:
bot-language-set = Size Türkçe yazacağım.
bot-menu-topics = Konular
bot-menu-search = Ara
bot-menu-appointment = Danışmanla görüşün
bot-menu-status = Taleplerim
bot-search-prompt = Sorunuzu birkaç kelimeyle yazın.
bot-not-what-i-needed = Aradığım bu değildi
bot-more = Daha fazla
bot-back = Geri
bot-stop = Durdur
bot-yes = Evet
bot-no = Hayır
bot-stopped = Durduruldu. Hiçbir şey gönderilmedi.
bot-alias-prompt = Size nasıl hitap edelim? Bir takma ad gönderin veya "Atla" düğmesine basın.
bot-phone-prompt = Aranmak istiyorsanız bir telefon numarası gönderin veya "Atla" düğmesine basın. Size burada, Telegram'da da yanıt verebiliriz.
bot-skip = Atla
bot-confirm-prompt = Bu talep gönderilsin mi?
bot-status-none = Hiç talebiniz yok.
bot-cancel-pick = Hangi talebi iptal etmek istiyorsunuz?
bot-cancel-done = { $reference } kodlu talep iptal edildi.
bot-forget-confirm = Bu işlem dil ayarınızı ve henüz işleme alınmamış taleplerinizi siler. Devam edilsin mi?
bot-forget-done = Silindi: { $requests } talep ve ayarlarınız.
bot-attach-confirm = { $reference } kodlu talebi buradan takip etmek ister misiniz?
bot-attach-done = { $reference } kodlu talep hakkındaki haberleri buradan alacaksınız.
bot-notify-confirmed = Görüşmeniz onaylandı: { $when }, yer: { $point }. Referans: { $reference }.
bot-notify-declined = { $reference } kodlu talebiniz için görüşme ayarlanamıyor: { $reason }
bot-notify-rescheduled = Görüşmenizin zamanı değişti: { $when }, yer: { $point }. Referans: { $reference }.
cmd-start = Başlat
cmd-language = Dili değiştir
cmd-status = Taleplerim
cmd-cancel = Bir talebi iptal et
cmd-forget = Verilerimi sil
bot-interpreter-prompt = Görüşmede tercümana ihtiyacınız var mı?

# Security: following a kiosk request (kiosk and store area)
bot-follow-taken = Bu talebi başka bir Telegram sohbeti zaten takip ediyor ve talep orada kalacak. Bu siz değilseniz, referans kodunuzla bir danışmana başvurun.
# Telegram bot: appointment from everywhere, input that does not fit a step, stale buttons (issue 11)
cmd-appointment = Bir danışmanla görüşme iste
bot-continue = Talebime devam et
bot-text-only = Yalnızca metin okuyabiliyorum. Lütfen kelimelerle yazın ya da düğmeleri kullanın.
bot-stop-words = dur, durdur, iptal, çık, yeter, bitir, stop
bot-back-words = geri, önceki
bot-list-separator = {", "}
bot-point-hint = Seçmeden önce adresi, açılış saatlerini ve ziyaretin nasıl olduğunu görmek için bir yere dokunun. Yabancılar için geri gönderme merkezleri (ZZC) listenin sonundadır: yalnızca orada tutuluyorsanız seçin.
bot-point-choose = Bu yeri seç
bot-point-address = Adres
bot-point-phone = Telefon
bot-chosen-mark = ✓ seçtiklerinizi gösterir. Kaldırmak için tekrar dokunun.
bot-stale-button = Bu düğme eski bir mesaja ait ve artık çalışmıyor. Hiçbir şey değişmedi.
bot-stale-step = Bu düğme önceki bir adıma ait. Hiçbir şey değişmedi. Şu an buradasınız:
bot-status-draft = Henüz gönderilmemiş bir talebiniz var. Devam edebilirsiniz.
bot-cancel-confirm = { $reference } talebini gerçekten iptal etmek istiyor musunuz?
bot-cancel-kept = { $reference } talebi olduğu gibi kalıyor. Hiçbir şey iptal edilmedi.
bot-forget-history = Bu sohbetin mesajları telefonunuzda kalır. Silmek için bu sohbeti Telegram'da silin.
bot-simplified-only = Navrat yalnızca Basitleştirilmiş Çince olarak mevcuttur. Aşağıdaki metinler basitleştirilmiş karakterlerle yazılmıştır.

# --- listen: voice
bot-listen = 🔊 Dinle
bot-voice-not-heard = Teşekkürler. Bir danışman burada sesli mesajları henüz dinleyemiyor. Lütfen bize yazın veya randevu isteyin: bir danışman sizi yüz yüze dinleyecek.
# --- ask: person
cmd-ask = Bir danışmana sorun
bot-ask-button = ✉️ Bir danışmana sorun
bot-ask-choose = Bir danışman sorunuzu burada yazılı olarak yanıtlayabilir veya sizinle yüz yüze görüşebilir.
bot-ask-agree = Kabul ediyorum
bot-ask-back = Geri
bot-ask-write = Sorunuzu tek bir mesajda, kendi dilinizde yazın (en fazla { $max } karakter).
bot-ask-added = { $reference } numaralı sorunuza eklendi.
bot-ask-close = Sorumu kapat
bot-ask-closed = { $reference } numaralı sorunuz kapatıldı. İstediğiniz zaman yeniden sorabilirsiniz.
bot-ask-answer = Bir danışman { $reference } numaralı sorunuzu yanıtladı:
bot-ask-open = { $reference } numaralı sorunuz açık. Şimdi buraya yazdığınız her şey ona eklenir.
bot-ask-finish-request = Önce yazmakta olduğunuz görüşme talebini tamamlayın veya durdurun; sonra soru sorabilirsiniz.

# Kiosk question followed on Telegram through its QR code (issue 16)
bot-ask-follow-done = { $reference } numaralı sorunuzun yanıtları artık buraya da gelecek.
bot-ask-follow-taken = Bu soruyu başka bir Telegram sohbeti zaten takip ediyor ve soru orada kalacak. Bu siz değilseniz, referans kodunuzla bir danışmana başvurun.
