# Strings of the Telegram bot.
bot-welcome = Dobrý den. Poskytuji informace o dobrovolném návratu z Česka a mohu požádat poradce, aby se s vámi setkal. Požádat o schůzku nic nestojí. Co vás může stát návrat a kdo se o něm dozví, záleží na vaší situaci: zeptejte se poradce.
bot-choose-language = Vyberte si jazyk:
bot-language-set = Budu vám psát česky.
bot-menu-topics = Témata
bot-menu-search = Hledat
bot-menu-appointment = Schůzka s poradcem
bot-menu-status = Moje žádosti
bot-search-prompt = Napište svou otázku několika slovy.
bot-not-what-i-needed = Tohle mi nepomohlo
bot-more = Více
bot-back = Zpět
bot-stop = Zastavit
bot-yes = Ano
bot-no = Ne
bot-stopped = Zastaveno. Nic nebylo odesláno.
bot-alias-prompt = Jak vám máme říkat? Pošlete přezdívku, nebo stiskněte „Přeskočit“.
bot-phone-prompt = Pokud chcete, abychom vám zavolali, pošlete telefonní číslo, nebo stiskněte „Přeskočit“. Odpovědět vám můžeme i tady v Telegramu.
bot-skip = Přeskočit
bot-confirm-prompt = Odeslat tuto žádost?
bot-status-none = Nemáte žádné žádosti.
bot-cancel-pick = Kterou žádost chcete zrušit?
bot-cancel-done = Žádost { $reference } byla zrušena.
bot-forget-confirm = Tím smažete nastavení jazyka a své žádosti, které ještě nebyly vyřízeny. Pokračovat?
bot-forget-done = Smazáno: vaše nastavení a žádosti (počet žádostí: { $requests }).
bot-attach-confirm = Chcete tady sledovat žádost { $reference }?
bot-attach-done = Zprávy o žádosti { $reference } budete dostávat tady.
bot-notify-confirmed = Vaše schůzka je potvrzena: { $when }, místo: { $point }. Kód: { $reference }.
bot-notify-declined = Vaši žádost { $reference } nelze vyřídit: { $reason }
bot-notify-rescheduled = Vaše schůzka byla přesunuta: { $when }, místo: { $point }. Kód: { $reference }.
cmd-start = Začít
cmd-language = Změnit jazyk
cmd-status = Moje žádosti
cmd-cancel = Zrušit žádost
cmd-forget = Smazat moje údaje
bot-interpreter-prompt = Potřebujete na schůzce tlumočníka?

# Security: following a kiosk request (kiosk and store area)
bot-follow-taken = Tuto žádost už sleduje jiný chat v Telegramu a zůstane u něj. Pokud jste to nebyli vy, obraťte se na poradce se svým referenčním kódem.
# Telegram bot: appointment from everywhere, input that does not fit a step, stale buttons (issue 11)
cmd-appointment = Požádat o schůzku s poradcem
bot-continue = Pokračovat v žádosti
bot-text-only = Umím číst jen text. Napište to prosím slovy, nebo použijte tlačítka.
bot-stop-words = stop, konec, zrušit, zastavit, dost, storno
bot-back-words = zpět, zpátky, předchozí
bot-list-separator = {", "}
bot-point-hint = Klepněte na místo: než ho vyberete, uvidíte adresu, otevírací dobu a jak probíhá návštěva. Zařízení pro zajištění cizinců (ZZC) jsou na konci: vyberte je jen tehdy, když jste v něm zajištěni.
bot-point-choose = Vybrat toto místo
bot-point-address = Adresa
bot-point-phone = Telefon
bot-chosen-mark = ✓ označuje, co jste vybrali. Dalším klepnutím volbu zrušíte.
bot-stale-button = Toto tlačítko patří ke starší zprávě a už nefunguje. Nic se nezměnilo.
bot-stale-step = Toto tlačítko patří k dřívějšímu kroku. Nic se nezměnilo. Teď jste tady:
bot-status-draft = Máte rozepsanou žádost, která ještě nebyla odeslána. Můžete v ní pokračovat.
bot-cancel-confirm = Opravdu chcete zrušit žádost { $reference }?
bot-cancel-kept = Žádost { $reference } zůstává, jak byla. Nic nebylo zrušeno.
bot-forget-history = Zprávy z tohoto chatu zůstávají ve vašem telefonu. Pokud je chcete odstranit, smažte tento chat v Telegramu.
bot-simplified-only = Navrat je k dispozici jen ve zjednodušené čínštině. Texty níže jsou ve zjednodušených znacích.

# --- listen: voice
bot-listen = 🔊 Poslechnout
bot-voice-not-heard = Děkujeme. Hlasové zprávy tu poradce zatím nemůže poslechnout. Napište nám prosím, nebo si požádejte o schůzku: poradce vás vyslechne osobně.
# --- ask: person
cmd-ask = Zeptat se poradce
bot-ask-button = ✉️ Zeptat se poradce
bot-ask-choose = Poradce vám může na otázku odpovědět písemně tady, nebo se s vámi setkat osobně.
bot-ask-agree = Souhlasím
bot-ask-back = Zpět
bot-ask-write = Napište svou otázku v jedné zprávě, svým jazykem (nejvýš { $max } znaků).
bot-ask-added = Přidáno k vaší otázce { $reference }.
bot-ask-close = Uzavřít moji otázku
bot-ask-closed = Vaše otázka { $reference } je uzavřená. Zeptat se můžete kdykoli znovu.
bot-ask-answer = Poradce odpověděl na vaši otázku { $reference }:
bot-ask-open = Vaše otázka { $reference } je otevřená. Všechno, co sem teď napíšete, se k ní přidá.
bot-ask-finish-request = Nejdřív dokončete nebo zastavte žádost o schůzku, kterou píšete; pak se můžete zeptat.

# Kiosk question followed on Telegram through its QR code (issue 16)
bot-ask-follow-done = Odpovědi na vaši otázku { $reference } vám teď přijdou i sem.
bot-ask-follow-taken = Tuto otázku už sleduje jiný chat v Telegramu a zůstane u něj. Pokud jste to nebyli vy, obraťte se na poradce se svým referenčním kódem.
