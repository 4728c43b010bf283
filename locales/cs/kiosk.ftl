# Strings of the touchscreen kiosk.
picker-title = Vyberte si jazyk
picker-hint = Dotkněte se svého jazyka
home-title = Informace o dobrovolném návratu
home-appointment = Chci mluvit s poradcem
home-status = Stav mé žádosti
topic-back-to-category = Další témata
kiosk-idle-warning = Je tu někdo? Obrazovka se vymaže za { $seconds ->
        [one] { $seconds } sekundu
        [few] { $seconds } sekundy
        [many] { $seconds } sekundy
       *[other] { $seconds } sekund
    }.
kiosk-idle-continue = Ještě jsem tady
kiosk-keyboard = Klávesnice
kiosk-keyboard-hide = Skrýt klávesnici
kiosk-cleared = Vše bylo vymazáno.
kiosk-step = Krok { $step } z { $total }
kiosk-next = Další
kiosk-print-hint = Ukažte tento kód poradci.
kiosk-space = Mezera
ui-draft-notice = Tyto obrazovky přeložil stroj a poradce je zatím nezkontroloval. Pokud je něco nejasné, zeptejte se personálu.
appointment-change-point = Vybrat jiné místo
appointment-speaks-your-language = Poradci tady mluví vaším jazykem
appointment-status-show = Zobrazit
topic-ask-counsellor = Zeptat se na to poradce
topic-source-text = Aktuální český text

## Kiosk: what happens next, one notice per page, error summary (issue 11)
kiosk-status-new-come-back = Přijato. Poradce vybere čas z dnů, které jste zvolili. Vraťte se k tomuto kiosku nejdříve další pracovní den, klepněte na „{ home-status }“ a zadejte svůj kód: uvidíte tu potvrzený čas.
kiosk-status-new-phone = Přijato. Poradce vám zavolá nebo napíše na číslo, které jste zadali, a domluví s vámi čas. Stav můžete zkontrolovat i tady se svým kódem.
kiosk-notice-point-draft = Popisy míst přeložil stroj a zatím je nikdo nezkontroloval.
kiosk-unreviewed-title = Upozornění
point-sample-mark = Ukázková data, neověřeno
kiosk-error-summary = Něco chybí nebo není v pořádku. Zkontrolujte prosím:
kiosk-meta-description = Informace o dobrovolném návratu z Česka ve vašem jazyce a žádost o schůzku s poradcem.
kiosk-list-separator = {", "}

# --- listen: voice
listen-play = Poslechnout
listen-pause = Pozastavit
listen-replay = Znovu od začátku

# --- listen: kiosk steps, the code read aloud, the language picker
listen-read-code = Přečíst kód nahlas
# The mark beside a language on the picker that has no machine voice.
listen-no-voice-short = Bez hlasu
