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
