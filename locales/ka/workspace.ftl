# Strings of the counsellor workspace.
ws-title = Navrat – სამუშაო სივრცე
ws-login = შესვლა
ws-logout = გასვლა
ws-username = მომხმარებლის სახელი
ws-password = პაროლი
ws-login-failed = მომხმარებლის სახელი ან პაროლი არასწორია.
ws-login-limited = ძალიან ბევრი წარუმატებელი მცდელობა. ცოტა ხანს დაელოდეთ (ყოველი შემდეგი შეცდომის შემდეგ უფრო დიდხანს) და სცადეთ ხელახლა.
ws-requests = შეხვედრის მოთხოვნები
ws-translations = თარგმანები
ws-overview = მიმოხილვა
ws-status-missing = არ არის
ws-status-draft = მონახაზი
ws-status-in-review = განხილვაშია
ws-status-published = გამოქვეყნებულია
ws-status-outdated = მოძველებულია
ws-save-draft = მონახაზის შენახვა
ws-submit-review = განსახილველად გაგზავნა
ws-publish = დამტკიცება და გამოქვეყნება
ws-confirm = დადასტურება
ws-decline = უარყოფა
ws-reschedule = გადატანა
ws-mark-done = შესრულებულია
ws-mark-no-show = არ გამოცხადდა

# Security of the workspace server (issue 12): unreadable sealed rows, sign-in load.
ws-contact-unreadable = ვერ იკითხება: დალუქულია სხვა გასაღებით ან დაზიანებულია. მიმართეთ ადმინისტრატორს.
ws-login-busy = ერთდროულად ძალიან ბევრი შესვლაა. დაელოდეთ რამდენიმე წამს და სცადეთ ხელახლა.

# Operations (issue 17): the kiosks' last contact on the coordinator's overview.
ws-kiosks = კიოსკები
ws-kiosks-hint = კიოსკის პროფილებში არსებული ყოველი კიოსკი: როდის გამოეხმაურა ბოლოს მისი გვერდი. 15 წუთზე მეტხანს ჩუმი კიოსკი მონიშნულია: შეამოწმეთ, ჩართული და დაკავშირებულია თუ არა.
ws-kiosks-none = კიოსკის პროფილები არ არის დაყენებული.
ws-kiosk = კიოსკი
ws-kiosk-last-contact = ბოლო კავშირი
ws-kiosk-version = ვერსია
ws-kiosk-state = მდგომარეობა
ws-kiosk-never = არასდროს
ws-kiosk-silent = ჩუმადაა 15 წუთზე მეტხანს
ws-kiosk-live = მუშაობს
