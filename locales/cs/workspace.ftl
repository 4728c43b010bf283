# Strings of the counsellor workspace.
ws-title = Navrat – pracovní prostor
ws-home = Úvod
ws-welcome = Dobrý den, { $name }
ws-login = Přihlásit se
ws-logout = Odhlásit se
ws-username = Uživatelské jméno
ws-password = Heslo
ws-login-failed = Nesprávné uživatelské jméno nebo heslo.
ws-login-limited = Příliš mnoho neúspěšných pokusů. Chvíli počkejte (s každým dalším pokusem déle) a zkuste to znovu.
ws-login-hint = Účet vám založí koordinátor. Zapomenuté heslo vám nastaví znovu.
ws-language = Jazyk
ws-language-switch = Změnit
ws-requests = Žádosti o schůzku
ws-translations = Překlady
ws-overview = Přehled
ws-audit = Záznam změn
ws-source = Český zdroj
ws-source-topics = Upravit témata
ws-source-strings = Upravit texty rozhraní
ws-new-requests = { $count ->
    [0] Žádné nové žádosti.
    [one] { $count } nová žádost čeká na vyřízení.
    [few] { $count } nové žádosti čekají na vyřízení.
   *[other] { $count } nových žádostí čeká na vyřízení.
}
ws-open-requests = Otevřít žádosti
ws-in-progress = Rozpracováno
ws-topics = Témata
ws-topic = Téma
ws-revision = Revize
ws-published-version = Zveřejněná verze
ws-ui-strings = Texty rozhraní
ws-file = Soubor
ws-translated = Přeloženo
ws-status-missing = Chybí
ws-status-draft = Koncept
ws-status-in-review = Ke kontrole
ws-status-published = Zveřejněno
ws-status-outdated = Zastaralé
ws-not-published = Nezveřejněno
ws-machine-draft = strojový koncept
ws-source-changed = Český zdroj se změnil
ws-source-changed-detail = Překlad vychází z revize { $from }, aktuální je revize { $to }. Změny:
ws-field-title = Název
ws-field-summary = Shrnutí
ws-field-body = Text
ws-field-keywords = Klíčová slova (oddělená čárkou)
ws-markdown-hint = Formátování: prázdný řádek mezi odstavci, „## “ podnadpis, „- “ odrážka, **tučně**, odkaz [text](https://…) nebo [text](topic:nazev-tematu).
ws-checks = Kontroly před zveřejněním
ws-check-error = Chyba:
ws-check-warning = Upozornění:
ws-save = Uložit
ws-save-draft = Uložit koncept
ws-submit-review = Odeslat ke kontrole
ws-publish = Schválit a zveřejnit
ws-return = Vrátit k přepracování
ws-withdraw = Stáhnout zveřejněný text
ws-own-work-hint = Vlastní překlad nemůžete schválit: schválí ho jiný kontrolor nebo koordinátor.
ws-saved = Uloženo.
ws-submitted = Odesláno ke kontrole.
ws-published = Zveřejněno: lidé ho teď čtou v kiosku i v botovi a najdou ho vyhledáváním.
ws-returned = Vráceno k přepracování.
ws-withdrawn = Zveřejněný text byl stažen.
ws-comments = Komentáře
ws-add-comment = Nový komentář
ws-comment = Přidat komentář
ws-source-edit-hint = Uložením vznikne nová revize a všechny překlady tohoto tématu budou označeny jako zastaralé, dokud je překladatelé neaktualizují.
ws-sample-data = Obsahuje neověřené údaje (částky, adresy, telefony, hodiny) – lidé uvidí upozornění.
ws-save-source = Uložit novou revizi
ws-source-saved = Uloženo jako nová revize. Překlady jsou teď zastaralé.
ws-source-unchanged = Nic se nezměnilo, nová revize nevznikla.
ws-sources = Zdroje
ws-strings-missing = { $count ->
    [0] Všechny texty jsou přeložené.
    [one] Chybí { $count } text.
    [few] Chybí { $count } texty.
   *[other] Chybí { $count } textů.
}
ws-show-all = Zobrazit vše
ws-show-missing = Jen chybějící
ws-strings-hint = Vlevo český text, vpravo váš překlad. Proměnné jako { "{" } $count { "}" } ponechte beze změny. Uložené texty se zobrazí hned.
ws-filter = Filtrovat
ws-filter-status = Stav
ws-filter-all = Vše
ws-point = Místo
ws-reference = Kód
ws-received = Přijato
ws-interpreter = Tlumočník
ws-counsellor = Poradce
ws-no-requests = Žádné žádosti neodpovídají filtru.
ws-yes = ano
ws-no = ne
ws-request-new = Nová
ws-request-confirmed = Potvrzená
ws-request-declined = Odmítnutá
ws-request-done = Vyřízená
ws-request-no-show = Nedostavil(a) se
ws-request-cancelled = Zrušená
ws-when-suits = Kdy se hodí
ws-alias = Přezdívka
ws-contact = Kontakt
ws-contact-telegram = Sleduje žádost v Telegramu (dostane zprávu)
ws-contact-come-back = Přijde se zeptat osobně
ws-confirmed-for = Potvrzeno na
ws-with-interpreter = s tlumočníkem
ws-decline-reason = Důvod
ws-actions = Co udělat
ws-take = Převzít
ws-confirm = Potvrdit
ws-decline = Odmítnout
ws-reschedule = Změnit termín
ws-mark-done = Vyřízeno
ws-mark-no-show = Nedostavil(a) se
ws-cancel-meeting = Zrušit schůzku
ws-date = Datum
ws-time = Čas
ws-decline-note = Poznámka pro žadatele (nepovinná)
ws-decline-hint = Důvod se zobrazí v jazyce žadatele. Poznámku pište v jeho jazyce, nebo ji vynechte.
ws-history = Historie
ws-overview-hint = Na jednotlivých místech: kolik poradců daným jazykem mluví, a kolik žádostí v něm přišlo za posledních 30 dní.
ws-requests-days = Žádosti za { $days } dní
ws-requests-count = { $count ->
    [one] { $count } žádost
    [few] { $count } žádosti
   *[other] { $count } žádostí
}
ws-content-current = Obsah zveřejněný a aktuální
ws-outdated-count = { $count } zastaralé
ws-legend-gap = Lidé žádají v tomto jazyce a nikdo z místa jím nemluví
ws-legend-thin = Místo jazyk nabízí, ale nikdo jím nemluví
ws-search-misses = Hledání bez výsledku
ws-search-misses-hint = Co lidé hledali a nenašli (nejméně dvakrát) – jen počty, bez osobních údajů. Chybějící obsah k doplnění.
ws-when = Kdy
ws-who = Kdo
ws-what = Co
ws-subject = Čeho se týká
ws-detail = Podrobnosti
ws-error-forbidden = K tomu nemáte oprávnění.
ws-error-not-found = Tato stránka neexistuje.
ws-error-too-large = Formulář je příliš velký.
ws-error-internal = Něco se pokazilo na naší straně. Zkuste to prosím znovu.
ws-error-bad-request = Tomuto požadavku nerozumíme (neplatné znaky nebo hodnoty). Nic nebylo uloženo.
ws-error-storage-full = Na disku došlo místo: změny teď nelze uložit a nic nebylo uloženo. Čtení funguje dál. Upozorněte správce.
ws-error-empty-translation = Překlad je prázdný.
ws-error-nothing-to-publish = Není nic ke schválení: nejdřív uložte koncept.
ws-error-own-work = Vlastní překlad nemůžete schválit.
ws-error-unsaved-changes = Text ve formuláři se liší od uložené verze. Uložte ho – schválit ho pak musí někdo jiný.
ws-error-checks-failed = Kontroly našly chyby. Opravte je před zveřejněním.
ws-error-comment = Komentář musí mít 1 až 2000 znaků.
ws-error-unknown-action = Neznámá akce.
ws-error-when = Zadejte platné datum (dnes nebo později) a čas.
ws-error-reason = Vyberte důvod (poznámka nejvýš 300 znaků).
ws-error-not-now = To se u žádosti v tomto stavu udělat nedá. Stránka ukazuje aktuální stav.
check-empty = Prázdné pole:
check-markdown = Chybné formátování na řádku
check-link-missing = Chybí odkaz ze zdroje:
check-phone-missing = Chybí telefonní číslo ze zdroje:
check-number-missing = Chybí číslo ze zdroje:
check-placeholder-missing = Chybí proměnná:
check-placeholder-unknown = Proměnná, kterou zdroj nemá:
check-length = Délka se hodně liší od obvyklé:
check-syntax = Chyba syntaxe Fluent:
# The privacy page.
ws-privacy = Ochrana údajů
ws-privacy-intro = Lidé, kteří Navrat používají, nám svěřují citlivé údaje o svém pobytu. Ukládáme jen nezbytné minimum, údaje, podle kterých lze člověka poznat, šifrujeme a včas mažeme.
ws-privacy-what = Co ukládáme
ws-privacy-why = Proč
ws-privacy-how-long = Jak dlouho
ws-privacy-who = Kdo to vidí
ws-privacy-request = Žádost o schůzku: místo, dny a části dne, jazyk, zda je potřeba tlumočník, téma, ze kterého přišla, kanál (kiosek nebo Telegram), referenční kód, kdy přišla, kdy se změnila a kdy byla uzavřena, stav, potvrzený termín, poradce, který ji vyřídil, potvrzený tlumočník, důvod odmítnutí (šifrovaný), jak chce člověk dostat odpověď, náhodný kód pro odkaz do Telegramu a náhodný kód formuláře proti dvojímu odeslání
ws-privacy-request-why = abychom mohli schůzku domluvit
ws-privacy-request-how-long = { $days } dní po uzavření žádosti (odmítnutí, vyřízení, nedostavení se, zrušení)
ws-privacy-request-who = poradci daného místa, koordinátoři
ws-privacy-contact = Přezdívka a telefon (nepovinné)
ws-privacy-contact-why = abychom člověka poznali a mohli ho kontaktovat
ws-privacy-contact-how-long = jako žádost; v databázi šifrované
ws-privacy-chat = Telegramový chat, který žádost sleduje; jazyk a rozpracovaný rozhovor s botem
ws-privacy-chat-why = abychom člověku poslali zprávu o jeho žádosti a odpovídali v jeho jazyce
ws-privacy-chat-how-long = jako žádost, nebo do příkazu /forget; identifikátor chatu je šifrovaný
ws-privacy-nobody = nikdo, jen služba při odeslání zprávy
ws-privacy-audit = Záznam změn a historie žádostí (kdo co změnil)
ws-privacy-audit-why = odpovědnost za to, co se s žádostmi a obsahem dělo
ws-privacy-audit-how-long = historie žádosti se maže se žádostí; záznam změn zůstává a neobsahuje osobní údaje žadatelů
ws-privacy-coordinators = koordinátoři
ws-privacy-misses = Hledání bez výsledku
ws-privacy-misses-why = abychom věděli, jaký obsah chybí
ws-privacy-misses-how-long = počty za jazyk, bez číslic; slova jen tehdy, když je někdo hledal podruhé (do té doby jen klíčovaný otisk); nejvýše 5 000 řádků, mazány po stejné lhůtě jako uzavřené žádosti
ws-privacy-staff = Účty pracovníků: přihlašovací jméno, jméno, jazyky, role, otisk hesla (argon2id)
ws-privacy-staff-why = přihlášení a přehled, které jazyky kde umíme
ws-privacy-staff-how-long = do zablokování účtu
ws-privacy-not-stored = Neukládáme: skutečná jména, státní příslušnost, doklady, pobytový status, adresy, IP adresy ani nic, co člověk v kiosku napsal a neodeslal. Údaje nejsou v logu ani v adresách stránek.

# Security of the workspace server (issue 12): unreadable sealed rows, sign-in load.
ws-contact-unreadable = Nelze přečíst: zapečetěno jiným klíčem, nebo poškozeno. Obraťte se na správce.
ws-login-busy = Právě se přihlašuje příliš mnoho lidí najednou. Počkejte pár vteřin a zkuste to znovu.

# Operations (issue 17): the kiosks' last contact on the coordinator's overview.
ws-kiosks = Kiosky
ws-kiosks-hint = Každý kiosk z profilů kiosků: kdy se jeho stránka naposledy ozvala. Kiosk, který mlčí déle než 15 minut, je označen: ověřte, že je zapnutý a připojený.
ws-kiosks-none = Nejsou nastaveny žádné profily kiosků.
ws-kiosk = Kiosk
ws-kiosk-last-contact = Poslední kontakt
ws-kiosk-version = Verze
ws-kiosk-state = Stav
ws-kiosk-never = nikdy
ws-kiosk-silent = Mlčí déle než 15 minut
ws-kiosk-live = V provozu
