# Strings of the counsellor workspace.
ws-title = Spațiul de lucru Navrat
ws-login = Autentificare
ws-logout = Deconectare
ws-username = Nume de utilizator
ws-password = Parolă
ws-login-failed = Nume de utilizator sau parolă greșită.
ws-login-limited = Prea multe încercări eșuate. Așteptați puțin (tot mai mult după fiecare nouă eroare) și încercați din nou.
ws-requests = Cereri de întâlnire
ws-translations = Traduceri
ws-overview = Prezentare generală
ws-status-missing = Lipsește
ws-status-draft = Ciornă
ws-status-in-review = În verificare
ws-status-published = Publicată
ws-status-outdated = Învechită
ws-save-draft = Salvați ciorna
ws-submit-review = Trimiteți la verificare
ws-publish = Aprobați și publicați
ws-confirm = Confirmați
ws-decline = Refuzați
ws-reschedule = Reprogramați
ws-mark-done = Finalizată
ws-mark-no-show = Nu s-a prezentat

# Security of the workspace server (issue 12): unreadable sealed rows, sign-in load.
ws-contact-unreadable = Nu poate fi citit: sigilat cu altă cheie sau deteriorat. Întrebați administratorul.
ws-login-busy = Prea multe autentificări în același timp. Așteptați câteva secunde și încercați din nou.

# Operations (issue 17): the kiosks' last contact on the coordinator's overview.
ws-kiosks = Chioșcuri
ws-kiosks-hint = Fiecare chioșc din profilurile de chioșc: când a raportat ultima dată pagina lui. Un chioșc tăcut de peste 15 minute este marcat: verificați că este pornit și conectat.
ws-kiosks-none = Nu este configurat niciun profil de chioșc.
ws-kiosk = Chioșc
ws-kiosk-last-contact = Ultimul contact
ws-kiosk-version = Versiune
ws-kiosk-state = Stare
ws-kiosk-never = niciodată
ws-kiosk-silent = Tăcut de peste 15 minute
ws-kiosk-live = Funcționează
# --- listen: recordings
ws-recording = Înregistrare
ws-recording-hint = Încărcați o înregistrare a traducerii publicate citite cu voce tare: Ogg/Opus, MP3, M4A sau WAV, cel mult 8 MB și 10 minute.
ws-recording-upload = Încărcați
ws-recording-uploaded = Înregistrarea a fost salvată ca ciornă.
ws-recording-was-other = Fișierul părea { $claimed }, dar este { $actual }; a fost primit ca { $actual } și convertit.
ws-recording-outdated = Textul s-a schimbat de la înregistrare: vă rugăm să-l înregistrați din nou.
ws-recording-done-submit = Înregistrarea a fost trimisă la verificare.
ws-recording-done-publish = Înregistrarea este publicată.
ws-recording-done-return = Înregistrarea a fost returnată pentru refacere.
ws-recording-done-withdraw = Înregistrarea a fost retrasă.
ws-recording-error-empty = Fișierul este gol. Alegeți o înregistrare.
ws-recording-error-too-large = Fișierul are mai mult de 8 MB.
ws-recording-error-too-long = Înregistrarea durează mai mult de 10 minute.
ws-recording-error-not-audio = Acesta nu este un fișier audio într-un format cunoscut (Ogg/Opus, MP3, M4A, WAV).
ws-recording-error-unsupported = Fișierele { $format } nu sunt acceptate. Folosiți Ogg/Opus, MP3, M4A sau WAV.
ws-recording-error-damaged = Fișierul { $format } este trunchiat sau deteriorat.
ws-recording-error-no-encoder = Acest server acceptă acum doar înregistrări Ogg/Opus.
ws-recording-error-encoder = Înregistrarea nu a putut fi convertită. Încercați alt fișier.
ws-recording-error-none = Nu există nicio înregistrare aici.
ws-recording-error-not-approver = O înregistrare este publicată de alt verificator decât cel care a încărcat-o.
ws-recording-error-not-reviewer = Doar un verificator al acestei limbi poate face asta.
ws-recording-error-not-published = Se poate înregistra doar o traducere publicată. Publicați-o mai întâi.
