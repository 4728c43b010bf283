# Strings of the Telegram bot.
bot-welcome = Bună ziua. Ofer informații despre întoarcerea voluntară din Cehia și pot ruga un consilier să se întâlnească cu dumneavoastră. A cere o întâlnire nu costă nimic. Cât vă poate costa întoarcerea și cine va afla de ea depinde de situația dumneavoastră: întrebați consilierul.
bot-choose-language = Alegeți limba:
bot-language-set = Vă voi scrie în limba română.
bot-menu-topics = Subiecte
bot-menu-search = Căutare
bot-menu-appointment = Întâlnire cu un consilier
bot-menu-status = Cererile mele
bot-search-prompt = Scrieți întrebarea în câteva cuvinte.
bot-not-what-i-needed = Nu asta căutam
bot-more = Mai mult
bot-back = Înapoi
bot-stop = Oprire
bot-yes = Da
bot-no = Nu
bot-stopped = Oprit. Nu s-a trimis nimic.
bot-alias-prompt = Cum să vă spunem? Trimiteți o poreclă sau apăsați „Omiteți”.
bot-phone-prompt = Trimiteți un număr de telefon dacă doriți să vă sunăm sau apăsați „Omiteți”. Vă putem răspunde și aici, pe Telegram.
bot-skip = Omiteți
bot-confirm-prompt = Trimitem această cerere?
bot-status-none = Nu aveți nicio cerere.
bot-cancel-pick = Ce cerere doriți să anulați?
bot-cancel-done = Cererea { $reference } a fost anulată.
bot-forget-confirm = Se vor șterge setarea de limbă și cererile dumneavoastră care nu au fost încă rezolvate. Continuați?
bot-forget-done = Am șters setările dumneavoastră și cererile (număr de cereri: { $requests }).
bot-attach-confirm = Doriți să urmăriți aici cererea { $reference }?
bot-attach-done = Veți primi aici vești despre cererea { $reference }.
bot-notify-confirmed = Întâlnirea dumneavoastră este confirmată: { $when }, locul: { $point }. Cod: { $reference }.
bot-notify-declined = Pentru cererea dumneavoastră { $reference } nu putem programa o întâlnire: { $reason }
bot-notify-rescheduled = Întâlnirea dumneavoastră a fost mutată: { $when }, locul: { $point }. Cod: { $reference }.
cmd-start = Start
cmd-language = Schimbați limba
cmd-status = Cererile mele
cmd-cancel = Anulați o cerere
cmd-forget = Ștergeți datele mele
bot-interpreter-prompt = Aveți nevoie de un interpret la întâlnire?

# Security: following a kiosk request (kiosk and store area)
bot-follow-taken = Această cerere este deja urmărită de un alt chat Telegram și rămâne acolo. Dacă nu ați fost dumneavoastră, adresați-vă unui consilier cu codul de referință.
# Telegram bot: appointment from everywhere, input that does not fit a step, stale buttons (issue 11)
cmd-appointment = Cere o întâlnire cu un consilier
bot-continue = Continuă cererea mea
bot-text-only = Pot citi doar text. Vă rog să scrieți în cuvinte sau să folosiți butoanele.
bot-stop-words = stop, oprește, anulează, ieșire, gata, destul
bot-back-words = înapoi, anterior
bot-list-separator = {", "}
bot-point-hint = Atingeți un loc ca să vedeți adresa, programul și cum decurge o vizită înainte să-l alegeți. Centrele de detenție pentru străini (ZZC) sunt la sfârșit: alegeți unul doar dacă sunteți reținut acolo.
bot-point-choose = Alege acest loc
bot-point-address = Adresă
bot-point-phone = Telefon
bot-chosen-mark = ✓ marchează ce ați ales. Atingeți din nou ca să anulați alegerea.
bot-stale-button = Acest buton aparține unui mesaj mai vechi și nu mai funcționează. Nu s-a schimbat nimic.
bot-stale-step = Acest buton aparține unui pas anterior. Nu s-a schimbat nimic. Acum sunteți aici:
bot-status-draft = Aveți o cerere care nu a fost trimisă încă. O puteți continua.
bot-cancel-confirm = Sigur vreți să anulați cererea { $reference }?
bot-cancel-kept = Cererea { $reference } rămâne așa cum era. Nu s-a anulat nimic.
bot-forget-history = Mesajele din acest chat rămân pe telefonul dumneavoastră. Ca să le eliminați, ștergeți acest chat în Telegram.
bot-simplified-only = Navrat este disponibil doar în chineza simplificată. Textele de mai jos sunt scrise cu caractere simplificate.

# --- listen: voice
bot-listen = 🔊 Ascultă
bot-voice-not-heard = Vă mulțumim. Un consilier nu poate asculta încă mesaje vocale aici. Vă rugăm să ne scrieți sau să cereți o programare: un consilier vă va asculta personal.
# --- ask: person
cmd-ask = Întrebați un consilier
bot-ask-button = ✉️ Întrebați un consilier
bot-ask-choose = Un consilier vă poate răspunde în scris aici sau se poate întâlni cu dumneavoastră.
bot-ask-agree = Sunt de acord
bot-ask-back = Înapoi
bot-ask-write = Scrieți întrebarea într-un singur mesaj, în limba dumneavoastră (cel mult { $max } caractere).
bot-ask-added = Adăugat la întrebarea dumneavoastră { $reference }.
bot-ask-close = Închide întrebarea mea
bot-ask-closed = Întrebarea dumneavoastră { $reference } este închisă. Puteți întreba din nou oricând.
bot-ask-answer = Un consilier a răspuns la întrebarea dumneavoastră { $reference }:
bot-ask-open = Întrebarea dumneavoastră { $reference } este deschisă. Tot ce scrieți aici acum se adaugă la ea.
bot-ask-finish-request = Mai întâi terminați sau opriți cererea de întâlnire pe care o scrieți; apoi puteți pune o întrebare.

# Kiosk question followed on Telegram through its QR code (issue 16)
bot-ask-follow-done = Răspunsurile la întrebarea dumneavoastră { $reference } vor veni acum și aici.
bot-ask-follow-taken = Această întrebare este deja urmărită de un alt chat Telegram și rămâne acolo. Dacă nu ați fost dumneavoastră, adresați-vă unui consilier cu codul de referință.
