# Strings both channels use: navigation, categories, notices, the appointment flow, errors.
app-name = Navrat
app-tagline = Gönüllü geri dönüş hakkında bilgi, kendi dilinizde

## Navigation
nav-home = Ana sayfa
nav-back = Geri
nav-language = Dil
nav-finish = Bitir ve temizle
nav-search = Ara

## Categories of topics
category-about = Gönüllü geri dönüş
category-about-description = Nedir ve kimler yararlanabilir
category-support = Neler alırsınız
category-support-description = Bilet, belgeler, vardıktan sonra yardım
category-process = Süreç nasıl işler
category-process-description = Adımlar, süre, yanınızda ne getirmelisiniz
category-rights = Haklarınız ve güvenliğiniz
category-rights-description = Gizlilik, giriş yasağı, fikrinizi değiştirmek
category-detention = Gözetim merkezinde (ZZC)
category-detention-description = Merkezin içinde danışmanlık
category-family-health = Aile ve sağlık
category-family-health-description = Çocuklar, hastalık, özel ihtiyaçlar
category-contact = Bir danışmanla konuşun
category-contact-description = Bize nerede ve nasıl ulaşabilirsiniz

## Notices on a topic
notice-draft = Bu çeviri henüz bir danışman tarafından kontrol edilmedi. Hatalar içerebilir. Anlaşılmayan bir şey olursa lütfen bir danışmana sorun.
notice-outdated = Bu metnin Çekçe aslı, çevrildikten sonra değişti. Buradaki bazı bilgiler güncel olmayabilir.
notice-outdated-link = Güncel Çekçe metni okuyun
notice-sample-data = Buradaki bazı bilgiler (adresler, telefon numaraları, saatler veya tutarlar) örnektir ve doğru olmayabilir. Lütfen bunları bir danışmanla kontrol edin.
notice-fallback = Bu metin henüz sizin dilinizde mevcut değil. Şu dilde gösteriliyor: { $language }.
topic-sources = Kaynaklar
topic-updated = Kaynakla son karşılaştırma: sürüm { $revision }

## Search
search-label = Ne arıyorsunuz?
search-placeholder = Örneğin: bilet, pasaport, çocuklar
search-button = Ara
search-results = { $count ->
    [one] Bir konu bulundu
   *[other] { $count } konu bulundu
}
search-no-results = Hiçbir şey bulunamadı. Başka kelimeler deneyin veya bir danışmana sorun.

## Counselling points
point-kind-regional = Danışma noktası
point-kind-detention = Yabancılar için gözetim merkezi (ZZC)
point-kind-office = Ofis
point-languages = Burada konuşulan diller
point-hours = Çalışma saatleri
point-visiting-rules = Ziyaret nasıl yapılır

## Days and times of day
day-mon = Pazartesi
day-tue = Salı
day-wed = Çarşamba
day-thu = Perşembe
day-fri = Cuma
day-sat = Cumartesi
day-sun = Pazar
day-part-morning = Sabah
day-part-afternoon = Öğleden sonra
day-part-evening = Akşam

## Appointment request
appointment-title = Bir danışmanla görüşme talep edin
appointment-intro = Bir danışman seçeneklerinizi size anlatır. Gerekirse tercüman isteyin. Görüşme istemek ücretsizdir ve sizi hiçbir şeye zorunlu kılmaz. Görüşmede geri dönüşün size neye mal olabileceğini ve danışmanın anlattıklarınızı nasıl kullandığını sorun.
appointment-point = Nerede görüşmek istersiniz?
appointment-interpreter = Tercümana ihtiyacım var
appointment-days = Hangi günler size uygun?
appointment-day-parts = Günün hangi saatinde?
appointment-topic = Ne hakkında konuşmak istersiniz? (isteğe bağlı)
appointment-alias = Size nasıl hitap edelim? (isteğe bağlı, bir takma ad da olur)
appointment-phone = Telefon numarası (isteğe bağlı)
appointment-contact = Bizden nasıl haber almak istersiniz?
appointment-contact-phone = Beni arayın veya mesaj gönderin
appointment-contact-return = Geri gelip buradan kontrol edeceğim
appointment-contact-telegram = Telegram'dan takip edeceğim
appointment-consent-title = Neleri saklıyoruz
appointment-consent = Buraya girdiklerinizi saklarız: yer, günler ve günün saatleri, dil, tercümana ihtiyacınız olup olmadığı ve verirseniz bir takma ad ile telefon numarası ya da Telegram sohbetiniz. Ayrıca talebin hangi konudan geldiğini, ne zaman ve nereden (kiosk ya da Telegram) geldiğini, referans kodunu ve rastgele kodları (Telegram bağlantısı için ve iki kez gönderilmesini önlemek için) saklarız. Sonra talebin bir durum geçmişi olur: görüşmenin onaylanan saati, talebi hangi danışmanın ele aldığı, tercüman olup olmayacağı ve reddedildiyse nedeni. Bunları yalnızca görüşmenizi ayarlamak için kullanırız. Seçtiğiniz yerin danışmanları ve koordinatörler bunları görür. Talebiniz kapatıldıktan { $days } gün sonra bunları sileriz.
appointment-consent-agree = Kabul ediyorum
appointment-review = Talebinizi kontrol edin
appointment-edit = Değiştir
appointment-submit = Talebi gönder
appointment-sent = Talebiniz gönderildi
appointment-reference = Referans kodunuz
appointment-reference-hint = Bunu bir yere yazın veya fotoğrafını çekin. Bu kodla talebinizi kontrol edebilirsiniz.
appointment-follow-telegram = Talebinizi Telegram'da takip etmek için telefonunuzla tarayın
appointment-status-title = Talebiniz
appointment-status-lookup = Referans kodunuzu girin

## Status of a request
status-new = Alındı. Bir danışman sizinle iletişime geçecek veya bir saat onaylayacak.
status-confirmed = Onaylandı: { $when }, yer: { $point }.
status-declined = Mümkün değil: { $reason }
status-done = Tamamlandı
status-cancelled = İptal edildi
status-no-show = Randevuya gelinmedi

## Errors
error-point-required = Lütfen bir yer seçin.
error-days-required = Lütfen en az bir gün seçin.
error-day-parts-required = Lütfen günün en az bir zaman dilimini seçin.
error-alias-too-long = Takma ad çok uzun (en fazla { $max } karakter).
error-phone-invalid = Bu bir telefon numarasına benzemiyor. Lütfen rakam kullanın, örneğin +420 777 123 456.
error-contact-phone-missing = Lütfen bir telefon numarası girin veya bizden haber almak için başka bir yol seçin.
error-consent-required = Lütfen talebinizi nasıl sakladığımızı kabul edin, aksi halde talebi gönderemeyiz.
error-reference-invalid = Bu referans kodu geçerli değil. Lütfen harfleri ve rakamları kontrol edin.
error-reference-unknown = Bu koda ait bir talep bulamadık.
error-not-found = Bu sayfa mevcut değil.
error-not-found-hint = Dilinizi seçmek için geri dönün.
error-generic = Bizim tarafımızda bir sorun oluştu. Girdiğiniz hiçbir şey kaybolmadı. Lütfen tekrar deneyin.
error-rate-limited = Çok fazla deneme yapıldı. Lütfen bir dakika bekleyip tekrar deneyin.
error-storage-full = Şu anda yeni talepleri kaydedemiyoruz. Lütfen bir görevliye sorun veya daha sonra tekrar deneyin.
error-too-long = Metin çok uzun.
# Why a counsellor could not arrange a meeting; chosen in the workspace, read by the person.
decline-reason-capacity = Şu anda bu yerde boş zaman yok. Lütfen birkaç hafta sonra tekrar deneyin veya başka bir yer seçin.
decline-reason-other-point = Başka bir yer size daha iyi yardımcı olabilir. Lütfen oradan randevu isteyin veya personele sorun.
decline-reason-not-offered = Bu yer bu konuda yardımcı olamıyor. Nereye başvuracağınızı personele sorun.
decline-reason-contact-us = Lütfen bizzat gelin veya personele sorun; her şeyi memnuniyetle açıklarız.

# --- listen: voice
listen-machine-voice = Makine sesi (bilgisayar okuyor)
listen-recorded = Bir danışman tarafından kaydedildi
listen-outdated-recording = Bu kayıt, bu metnin daha eski bir sürümüne ait.
listen-no-voice = Bu dil için henüz bir ses yok. Lütfen metni size okumasını personelden isteyin.
listen-unavailable = Dinleme şu anda kullanılamıyor. Lütfen metni size okumasını personelden isteyin.
# --- ask: person
ask-consent = Sorunuzu yalnızca Geri Dönüş Merkezi'nin sizin dilinizi konuşan danışmanları okur. Görüşme açık olduğu sürece ve kapandıktan sonra { $days } gün saklanır, ardından silinir. Lütfen başka kişilerin adlarını yazmayın.
ask-hours = Dilinizi konuşan danışmanlar { $days }, { $opens }:00–{ $closes }:00 (Prag saati) arasında yanıt verir. Bir iş günü içinde yanıt bekleyebilirsiniz.
ask-received = Sorunuz kaydedildi. Referans numaranız: { $reference }
ask-error-empty = Lütfen sorunuzu kelimelerle yazın.
ask-error-too-long = Mesaj çok uzun: { $length } karakter. Lütfen en fazla { $max } karakter yazın veya birkaç parça halinde gönderin.
ask-error-flood = Kısa sürede çok sayıda mesaj gönderdiniz. Lütfen birkaç dakika bekleyin, sonra tekrar yazın. Onayladığımız her şey kaydedildi.
