# Strings both channels use: navigation, categories, notices, the appointment flow, errors.
app-name = Navrat
app-tagline = Informace o dobrovolném návratu ve vašem jazyce

## Navigation
nav-home = Domů
nav-back = Zpět
nav-language = Jazyk
nav-finish = Ukončit a vymazat
nav-search = Hledat

## Categories of topics
category-about = Dobrovolný návrat
category-about-description = Co to je a kdo ho může využít
category-support = Co dostanete
category-support-description = Letenka, doklady, pomoc po příjezdu
category-process = Jak to probíhá
category-process-description = Kroky, jak dlouho to trvá, co si vzít s sebou
category-rights = Vaše práva a bezpečí
category-rights-description = Důvěrnost, zákaz vstupu, když změníte názor
category-detention = V zajištění (ZZC)
category-detention-description = Poradenství přímo v zařízení
category-family-health = Rodina a zdraví
category-family-health-description = Děti, nemoc, zvláštní potřeby
category-contact = Promluvit si s poradcem
category-contact-description = Kde a jak nás najdete

## Notices on a topic
notice-draft = Tento překlad ještě nezkontroloval poradce. Může obsahovat chyby. Pokud něčemu nerozumíte, zeptejte se poradce.
notice-outdated = Český originál tohoto textu se od překladu změnil. Některé údaje zde nemusí být aktuální.
notice-outdated-link = Přečíst si aktuální český text
notice-sample-data = Některé údaje zde (adresy, telefonní čísla, otevírací doba nebo částky) jsou jen příklady a nemusí být správné. Ověřte si je u poradce.
notice-fallback = Tento text zatím není k dispozici ve vašem jazyce. Zobrazuje se v jazyce: { $language }.
topic-sources = Zdroje
topic-updated = Naposledy porovnáno se zdrojem: revize { $revision }

## Search
search-label = Co hledáte?
search-placeholder = Například: letenka, pas, děti
search-button = Hledat
search-results = { $count ->
    [one] Nalezeno jedno téma
    [few] Nalezena { $count } témata
    [many] Nalezeno { $count } tématu
   *[other] Nalezeno { $count } témat
}
search-no-results = Nic jsme nenašli. Zkuste jiná slova nebo se zeptejte poradce.

## Counselling points
point-kind-regional = Poradenské místo
point-kind-detention = Zařízení pro zajištění cizinců (ZZC)
point-kind-office = Kancelář
point-languages = Jazyky, kterými se tu mluví
point-hours = Otevírací doba
point-visiting-rules = Jak probíhá návštěva

## Days and times of day
day-mon = Pondělí
day-tue = Úterý
day-wed = Středa
day-thu = Čtvrtek
day-fri = Pátek
day-sat = Sobota
day-sun = Neděle
day-part-morning = Dopoledne
day-part-afternoon = Odpoledne
day-part-evening = Večer

## Appointment request
appointment-title = Požádat o schůzku s poradcem
appointment-intro = Poradce vám vysvětlí, jaké máte možnosti. Pokud potřebujete, požádejte o tlumočníka. Požádat o schůzku nic nestojí a k ničemu vás nezavazuje. Na schůzce se zeptejte, co vás návrat může stát a jak poradce zachází s tím, co mu řeknete.
appointment-point = Kde se chcete sejít?
appointment-interpreter = Potřebuji tlumočníka
appointment-days = Které dny se vám hodí?
appointment-day-parts = V jakou denní dobu?
appointment-topic = O čem chcete mluvit? (nepovinné)
appointment-alias = Jak vám máme říkat? (nepovinné, stačí přezdívka)
appointment-phone = Telefonní číslo (nepovinné)
appointment-contact = Jak se od nás chcete dozvědět odpověď?
appointment-contact-phone = Zavolejte mi nebo mi pošlete SMS
appointment-contact-return = Přijdu znovu a podívám se tady
appointment-contact-telegram = Budu to sledovat v Telegramu
appointment-consent-title = Co ukládáme
appointment-consent = Ukládáme, co sem zadáte: místo, dny a části dne, jazyk, jestli potřebujete tlumočníka, a pokud je uvedete, přezdívku a telefonní číslo nebo chat v Telegramu. Ukládáme také téma, ze kterého žádost přišla, kdy a odkud (kiosek nebo Telegram) přišla, její referenční kód a náhodné kódy (pro odkaz do Telegramu a proti dvojímu odeslání). K žádosti pak patří historie stavu: potvrzený čas schůzky, který poradce ji vyřídil, jestli bude tlumočník, případně důvod zamítnutí. Používáme to jen k domluvě vaší schůzky. Vidí to poradci místa, které vyberete, a koordinátoři. Smažeme to { $days ->
        [one] { $days } den
        [few] { $days } dny
        [many] { $days } dne
       *[other] { $days } dní
    } po uzavření vaší žádosti.
appointment-consent-agree = Souhlasím
appointment-review = Zkontrolujte svou žádost
appointment-edit = Změnit
appointment-submit = Odeslat žádost
appointment-sent = Vaše žádost byla odeslána
appointment-reference = Váš referenční kód
appointment-reference-hint = Zapište si ho nebo si ho vyfoťte. S ním si můžete ověřit stav své žádosti.
appointment-follow-telegram = Naskenujte telefonem a sledujte svou žádost v Telegramu
appointment-status-title = Vaše žádost
appointment-status-lookup = Zadejte svůj referenční kód

## Status of a request
status-new = Přijato. Poradce se vám ozve nebo potvrdí čas.
status-confirmed = Potvrzeno: { $when }, místo: { $point }.
status-declined = Není možné: { $reason }
status-done = Vyřízeno
status-cancelled = Zrušeno
status-no-show = Zmeškaná schůzka

## Errors
error-point-required = Vyberte místo.
error-days-required = Vyberte alespoň jeden den.
error-day-parts-required = Vyberte alespoň jednu denní dobu.
error-alias-too-long = Přezdívka je příliš dlouhá (nejvyšší počet znaků: { $max }).
error-phone-invalid = Tohle nevypadá jako telefonní číslo. Použijte číslice, například +420 777 123 456.
error-contact-phone-missing = Zadejte telefonní číslo, nebo vyberte jiný způsob, jak se od nás dozvíte odpověď.
error-consent-required = Prosím, souhlaste s tím, jak vaši žádost ukládáme. Jinak ji nemůžeme odeslat.
error-reference-invalid = Tento referenční kód není platný. Zkontrolujte písmena a čísla.
error-reference-unknown = Žádost s tímto kódem jsme nenašli.
error-not-found = Tato stránka neexistuje.
error-not-found-hint = Vraťte se zpět a vyberte svůj jazyk.
error-generic = Na naší straně se něco pokazilo. Nic z toho, co jste zadali, se neztratilo. Zkuste to prosím znovu.
error-rate-limited = Příliš mnoho pokusů. Počkejte prosím minutu a zkuste to znovu.
error-storage-full = Nové žádosti teď nemůžeme uložit. Požádejte prosím někoho z personálu o pomoc nebo to zkuste později.
error-too-long = Text je příliš dlouhý.
# Why a counsellor could not arrange a meeting; chosen in the workspace, read by the person.
decline-reason-capacity = Na tomto místě teď není volný termín. Zkuste to prosím znovu za několik týdnů, nebo si vyberte jiné místo.
decline-reason-other-point = Lépe vám pomohou na jiném místě. Požádejte prosím o schůzku tam, nebo se zeptejte personálu.
decline-reason-not-offered = S touto věcí vám na tomto místě pomoci nemůžeme. Zeptejte se personálu, kam se obrátit.
decline-reason-contact-us = Přijďte prosím osobně nebo se zeptejte personálu, rádi vám vše vysvětlíme.

# --- listen: voice
listen-machine-voice = Strojový hlas (čte počítač)
listen-recorded = Namluvil poradce
listen-outdated-recording = Nahrávka je ke starší verzi tohoto textu.
listen-no-voice = Pro tento jazyk zatím nemáme hlas. Požádejte prosím personál, aby vám text přečetl.
listen-unavailable = Poslech teď není k dispozici. Požádejte prosím personál, aby vám text přečetl.
# --- ask: person
ask-consent = Vaši otázku čtou jen poradci a poradkyně Centra pro návraty, kteří mluví vaším jazykem. Uchováváme ji, dokud je rozhovor otevřený, a { $days } dní po jeho uzavření, pak ji smažeme. Nepište prosím jména jiných lidí.
ask-hours = Poradci, kteří mluví vaším jazykem, odpovídají { $days }, { $opens }:00–{ $closes }:00 (pražského času). Odpověď můžete čekat do jednoho pracovního dne.
ask-received = Vaše otázka je uložená. Vaše číslo: { $reference }
ask-error-empty = Napište prosím svou otázku slovy.
ask-error-too-long = Zpráva je příliš dlouhá: { $length } znaků. Napište prosím nejvýš { $max } znaků, nebo ji pošlete po částech.
ask-error-flood = Poslali jste hodně zpráv za krátkou dobu. Počkejte prosím pár minut a pak pište znovu. Vše, co jsme potvrdili, je uložené.
