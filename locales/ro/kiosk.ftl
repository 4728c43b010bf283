# Strings of the touchscreen kiosk.
picker-title = Alegeți limba
picker-hint = Atingeți limba dumneavoastră
home-title = Informații despre întoarcerea voluntară
home-appointment = Întâlnire cu un consilier
home-status = Starea cererii mele
topic-back-to-category = Alte subiecte
kiosk-idle-warning = Este cineva aici? Ecranul se va șterge în { $seconds ->
        [one] { $seconds } secundă
        [few] { $seconds } secunde
       *[other] { $seconds } de secunde
    }.
kiosk-idle-continue = Sunt încă aici
kiosk-keyboard = Tastatură
kiosk-keyboard-hide = Ascundeți tastatura
kiosk-cleared = Totul a fost șters.
kiosk-step = Pasul { $step } din { $total }
kiosk-next = Mai departe
kiosk-print-hint = Arătați acest cod unui consilier.
kiosk-space = Spațiu
ui-draft-notice = Aceste ecrane au fost traduse automat și nu au fost încă verificate de un consilier. Dacă ceva nu este clar, întrebați personalul.
appointment-change-point = Alegeți alt loc
appointment-speaks-your-language = Consilierii de aici vorbesc limba dumneavoastră
appointment-status-show = Afișați
topic-ask-counsellor = Întrebați un consilier despre acest lucru
topic-source-text = Textul actual în limba cehă

## Kiosk: what happens next, one notice per page, error summary (issue 11)
kiosk-status-new-come-back = Primit. Un consilier va alege o oră din zilele pe care le-ați ales. Reveniți la acest chioșc cel mai devreme în următoarea zi lucrătoare, atingeți „{ home-status }” și introduceți codul: ora confirmată va fi afișată aici.
kiosk-status-new-phone = Primit. Un consilier vă va suna sau vă va scrie la numărul dat pentru a stabili o oră. Puteți verifica și aici cu codul dumneavoastră.
kiosk-notice-point-draft = Descrierile locurilor au fost traduse automat și nu au fost încă verificate.
kiosk-unreviewed-title = Vă rugăm să rețineți
point-sample-mark = Date de exemplu, neverificate
kiosk-error-summary = Lipsește ceva sau ceva nu este corect. Vă rugăm să verificați:
kiosk-meta-description = Informații despre întoarcerea voluntară din Cehia în limba dumneavoastră și o cerere de întâlnire cu un consilier.
kiosk-list-separator = {", "}

# --- listen: voice
listen-play = Ascultă
listen-pause = Pauză
listen-replay = De la început

# --- listen: kiosk steps, the code read aloud, the language picker
listen-read-code = Citește codul cu voce tare
# The mark beside a language on the picker that has no machine voice.
listen-no-voice-short = Fără voce
# --- ask: kiosk (issue 16): a question to a counsellor, and its answers on the status page
kiosk-ask-button = Scrieți o întrebare unui consilier
kiosk-ask-title = Scrieți o întrebare unui consilier
kiosk-ask-intro = Scrieți întrebarea în limba dumneavoastră. Un consilier răspunde în scris; citiți răspunsul aici, la chioșc, cu codul dumneavoastră.
kiosk-ask-question = Întrebarea dumneavoastră
kiosk-ask-question-hint = Cel mult { $max } de caractere.
kiosk-ask-point = Pentru ce loc? (Nu este obligatoriu să alegeți.)
kiosk-ask-point-any = Orice loc
kiosk-ask-send = Trimite întrebarea
kiosk-ask-sent = Întrebarea dumneavoastră a fost trimisă
kiosk-ask-reference-hint = Notați-l sau fotografiați-l. Cu el citiți răspunsul.
kiosk-ask-read-answer = Pentru a citi răspunsul, reveniți la acest chioșc, atingeți „{ home-status }” și introduceți codul.
kiosk-ask-with-request = Acum scrieți întrebarea: va fi adăugată la cererea dumneavoastră.
kiosk-ask-added-to-request = Întrebarea dumneavoastră însoțește cererea { $reference }.
kiosk-ask-review-option = Vreau să scriu și o întrebare unui consilier
kiosk-ask-error-markup = Vă rugăm să scrieți întrebarea în cuvinte. Doar semnele și etichetele nu pot fi citite.
kiosk-ask-error-point = Vă rugăm să alegeți unul dintre locurile afișate sau „Orice loc”.
kiosk-question-title = Întrebarea dumneavoastră
kiosk-question-you = Dumneavoastră
kiosk-question-counsellor = Consilier
kiosk-question-waiting = Încă nu există un răspuns.
kiosk-question-add = Adăugați un mesaj
kiosk-question-send = Trimite
kiosk-question-close = Închide întrebarea mea
kiosk-question-closed = Această întrebare este închisă. Puteți scrie una nouă oricând.
kiosk-question-closed-now = Întrebarea dumneavoastră este acum închisă. Vă mulțumim.
kiosk-question-added = Mesajul dumneavoastră a fost adăugat la întrebare.

# Kiosk question followed on Telegram through its QR code (issue 16)
kiosk-ask-follow-telegram = Scanați cu telefonul pentru a urmări întrebarea pe Telegram: răspunsurile vor veni atunci și acolo.
