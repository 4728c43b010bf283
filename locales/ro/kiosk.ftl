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
