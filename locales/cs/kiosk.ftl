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
