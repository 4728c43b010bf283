# Strings both channels use: navigation, categories, notices, the appointment flow, errors.
app-name = Navrat
app-tagline = Informații despre întoarcerea voluntară, în limba dumneavoastră

## Navigation
nav-home = Acasă
nav-back = Înapoi
nav-language = Limba
nav-finish = Terminați și ștergeți
nav-search = Căutare

## Categories of topics
category-about = Întoarcerea voluntară
category-about-description = Ce este și cine poate beneficia de ea
category-support = Ce primiți
category-support-description = Bilet, documente, ajutor după sosire
category-process = Cum se desfășoară
category-process-description = Pași, durată, ce să aduceți
category-rights = Drepturile și siguranța dumneavoastră
category-rights-description = Confidențialitate, interdicție de intrare, dacă vă răzgândiți
category-detention = În centrul de detenție (ZZC)
category-detention-description = Consiliere chiar în centru
category-family-health = Familie și sănătate
category-family-health-description = Copii, boală, nevoi speciale
category-contact = Vorbiți cu un consilier
category-contact-description = Unde și cum ne găsiți

## Notices on a topic
notice-draft = Această traducere nu a fost încă verificată de un consilier. Poate conține greșeli. Întrebați un consilier dacă ceva nu este clar.
notice-outdated = Originalul în limba cehă al acestui text s-a schimbat de când a fost tradus. Unele detalii de aici pot fi depășite.
notice-outdated-link = Citiți textul actual în limba cehă
notice-sample-data = Unele detalii de aici (adrese, numere de telefon, program sau sume) sunt doar exemple și pot să nu fie corecte. Verificați-le cu un consilier.
notice-fallback = Acest text nu este încă disponibil în limba dumneavoastră. Este afișat în limba: { $language }.
topic-sources = Surse
topic-updated = Ultima verificare față de sursă: revizia { $revision }

## Search
search-label = Ce căutați?
search-placeholder = De exemplu: bilet, pașaport, copii
search-button = Căutați
search-results = { $count ->
    [one] Am găsit un subiect
    [few] Am găsit { $count } subiecte
   *[other] Am găsit { $count } de subiecte
}
search-no-results = Nu am găsit nimic. Încercați alte cuvinte sau întrebați un consilier.

## Counselling points
point-kind-regional = Punct de consiliere
point-kind-detention = Centru de detenție pentru străini (ZZC)
point-kind-office = Birou
point-languages = Limbi vorbite aici
point-hours = Program
point-visiting-rules = Cum are loc o vizită

## Days and times of day
day-mon = Luni
day-tue = Marți
day-wed = Miercuri
day-thu = Joi
day-fri = Vineri
day-sat = Sâmbătă
day-sun = Duminică
day-part-morning = Dimineața
day-part-afternoon = După-amiaza
day-part-evening = Seara

## Appointment request
appointment-title = Cereți o întâlnire cu un consilier
appointment-intro = Un consilier vă va explica opțiunile. Dacă aveți nevoie, cereți un interpret. A cere o întâlnire nu costă nimic și nu vă obligă la nimic. La întâlnire, întrebați cât vă poate costa întoarcerea și ce face consilierul cu ce îi spuneți.
appointment-point = Unde doriți să ne întâlnim?
appointment-interpreter = Am nevoie de un interpret
appointment-days = Ce zile vă convin?
appointment-day-parts = În ce parte a zilei?
appointment-topic = Despre ce doriți să vorbiți? (opțional)
appointment-alias = Cum să vă spunem? (opțional, poate fi și o poreclă)
appointment-phone = Număr de telefon (opțional)
appointment-contact = Cum doriți să primiți vești de la noi?
appointment-contact-phone = Sunați-mă sau scrieți-mi
appointment-contact-return = Revin și verific aici
appointment-contact-telegram = Urmăresc pe Telegram
appointment-consent-title = Ce păstrăm
appointment-consent = Păstrăm ce introduceți aici: locul, zilele și părțile zilei, limba, dacă aveți nevoie de interpret și, dacă ni le dați, o poreclă și un număr de telefon sau chatul dumneavoastră din Telegram. Păstrăm și subiectul de la care a venit cererea, când și de unde (chioșc sau Telegram) a venit, codul ei de referință și coduri aleatorii (pentru linkul din Telegram și împotriva trimiterii de două ori). Apoi cererea are un istoric al stării: ora confirmată a întâlnirii, ce consilier a preluat-o, dacă va fi un interpret și motivul, dacă a fost respinsă. Le folosim doar pentru a vă programa întâlnirea. Le văd consilierii locului pe care îl alegeți și coordonatorii. Le ștergem la { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    } după închiderea cererii dumneavoastră.
appointment-consent-agree = Sunt de acord
appointment-review = Verificați cererea
appointment-edit = Modificați
appointment-submit = Trimiteți cererea
appointment-sent = Cererea dumneavoastră a fost trimisă
appointment-reference = Codul dumneavoastră de referință
appointment-reference-hint = Notați-l sau fotografiați-l. Cu el vă puteți verifica cererea.
appointment-follow-telegram = Scanați cu telefonul pentru a urmări cererea pe Telegram
appointment-status-title = Cererea dumneavoastră
appointment-status-lookup = Introduceți codul de referință

## Status of a request
status-new = Primită. Un consilier vă va contacta sau vă va confirma ora.
status-confirmed = Confirmată: { $when }, locul: { $point }.
status-declined = Nu este posibil: { $reason }
status-done = Finalizată
status-cancelled = Anulată
status-no-show = Întâlnire ratată

## Errors
error-point-required = Alegeți un loc.
error-days-required = Alegeți cel puțin o zi.
error-day-parts-required = Alegeți cel puțin o parte a zilei.
error-alias-too-long = Porecla este prea lungă (număr maxim de caractere: { $max }).
error-phone-invalid = Acesta nu pare un număr de telefon. Folosiți cifre, de exemplu +420 777 123 456.
error-contact-phone-missing = Introduceți un număr de telefon sau alegeți alt mod de a primi vești de la noi.
error-consent-required = Vă rugăm să fiți de acord cu felul în care păstrăm cererea, altfel nu o putem trimite.
error-reference-invalid = Acest cod de referință nu este valabil. Verificați literele și cifrele.
error-reference-unknown = Nu am găsit nicio cerere cu acest cod.
error-not-found = Această pagină nu există.
error-not-found-hint = Întoarceți-vă pentru a vă alege limba.
error-generic = Ceva nu a mers bine la noi. Nu s-a pierdut nimic din ce ați introdus. Vă rugăm să încercați din nou.
error-rate-limited = Prea multe încercări. Vă rugăm să așteptați un minut și să încercați din nou.
error-storage-full = Momentan nu putem salva cereri noi. Vă rugăm să cereți ajutor unui angajat sau să încercați mai târziu.
error-too-long = Textul este prea lung.
# Why a counsellor could not arrange a meeting; chosen in the workspace, read by the person.
decline-reason-capacity = Momentan nu există niciun interval liber la acest loc. Vă rugăm să încercați din nou peste câteva săptămâni sau să alegeți alt loc.
decline-reason-other-point = Un alt loc vă poate ajuta mai bine. Vă rugăm să cereți o programare acolo sau să întrebați personalul.
decline-reason-not-offered = Acest loc nu vă poate ajuta în această problemă. Întrebați personalul unde să vă adresați.
decline-reason-contact-us = Vă rugăm să veniți personal sau să întrebați personalul; vă explicăm totul cu plăcere.

# --- listen: voice
listen-machine-voice = Voce sintetică (citește un calculator)
listen-recorded = Înregistrat de un consilier
listen-outdated-recording = Această înregistrare este pentru o versiune mai veche a acestui text.
listen-no-voice = Încă nu avem o voce pentru această limbă. Vă rugăm să cereți personalului să vă citească textul.
listen-unavailable = Ascultarea nu este disponibilă acum. Vă rugăm să cereți personalului să vă citească textul.
# --- ask: person
ask-consent = Întrebarea dumneavoastră este citită doar de consilierii Centrului de Întoarcere care vorbesc limba dumneavoastră. O păstrăm cât timp conversația este deschisă și { $days } zile după închidere, apoi o ștergem. Vă rugăm să nu scrieți numele altor persoane.
ask-hours = Consilierii care vorbesc limba dumneavoastră răspund { $days }, { $opens }:00–{ $closes }:00 (ora Pragăi). Vă puteți aștepta la un răspuns în cel mult o zi lucrătoare.
ask-received = Întrebarea dumneavoastră a fost salvată. Numărul dumneavoastră: { $reference }
ask-error-empty = Vă rugăm să scrieți întrebarea în cuvinte.
ask-error-too-long = Mesajul este prea lung: { $length } caractere. Vă rugăm să scrieți cel mult { $max } caractere sau să îl trimiteți în mai multe părți.
ask-error-flood = Ați trimis multe mesaje într-un timp scurt. Vă rugăm să așteptați câteva minute, apoi să scrieți din nou. Tot ce am confirmat este salvat.
