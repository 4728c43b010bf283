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
