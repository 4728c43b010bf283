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
# --- ask: kiosk (issue 16): a question to a counsellor, and its answers on the status page
kiosk-ask-button = Napsat otázku poradci
kiosk-ask-title = Napsat otázku poradci
kiosk-ask-intro = Napište svou otázku ve svém jazyce. Poradce odpoví písemně; odpověď si přečtete tady v kiosku se svým kódem.
kiosk-ask-question = Vaše otázka
kiosk-ask-question-hint = Nejvýše { $max } znaků.
kiosk-ask-point = Pro které místo? (Vybírat nemusíte.)
kiosk-ask-point-any = Kterékoli místo
kiosk-ask-send = Odeslat otázku
kiosk-ask-sent = Vaše otázka byla odeslána
kiosk-ask-reference-hint = Zapište si ho nebo si ho vyfoťte. S ním si přečtete odpověď.
kiosk-ask-read-answer = Odpověď si přečtete tak, že se vrátíte k tomuto kiosku, klepnete na „{ home-status }“ a zadáte svůj kód.
kiosk-ask-with-request = Teď napište svou otázku: přidá se k vaší žádosti.
kiosk-ask-added-to-request = Vaše otázka patří k vaší žádosti { $reference }.
kiosk-ask-review-option = Chci také napsat otázku poradci
kiosk-ask-error-markup = Napište prosím otázku slovy. Samotné značky a znaky nelze přečíst.
kiosk-ask-error-point = Vyberte prosím jedno z nabízených míst, nebo „Kterékoli místo“.
kiosk-question-title = Vaše otázka
kiosk-question-you = Vy
kiosk-question-counsellor = Poradce
kiosk-question-waiting = Zatím bez odpovědi.
kiosk-question-add = Připsat zprávu
kiosk-question-send = Odeslat
kiosk-question-close = Uzavřít mou otázku
kiosk-question-closed = Tato otázka je uzavřená. Novou můžete napsat kdykoli.
kiosk-question-closed-now = Vaše otázka je teď uzavřená. Děkujeme.
kiosk-question-added = Vaše zpráva byla přidána k otázce.

# Kiosk question followed on Telegram through its QR code (issue 16)
kiosk-ask-follow-telegram = Naskenujte telefonem a sledujte svou otázku v Telegramu: odpovědi pak přijdou i tam.
