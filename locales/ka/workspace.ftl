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
# --- listen: recordings
ws-recording = ჩანაწერი
ws-recording-hint = ატვირთეთ გამოქვეყნებული თარგმანის ხმამაღლა წაკითხული ჩანაწერი: Ogg/Opus, MP3, M4A ან WAV, მაქსიმუმ 8 MB და 10 წუთი.
ws-recording-upload = ატვირთვა
ws-recording-uploaded = ჩანაწერი შენახულია მონახაზად.
ws-recording-was-other = ფაილი { $claimed }-ს ჰგავდა, მაგრამ სინამდვილეში { $actual }-ია; მიღებულია როგორც { $actual } და გარდაქმნილია.
ws-recording-outdated = ჩაწერის შემდეგ ტექსტი შეიცვალა: გთხოვთ, ხელახლა ჩაწეროთ.
ws-recording-done-submit = ჩანაწერი გაიგზავნა შესამოწმებლად.
ws-recording-done-publish = ჩანაწერი გამოქვეყნდა.
ws-recording-done-return = ჩანაწერი დაბრუნდა გადასამუშავებლად.
ws-recording-done-withdraw = ჩანაწერი მოიხსნა.
ws-recording-error-empty = ფაილი ცარიელია. აირჩიეთ ჩანაწერი.
ws-recording-error-too-large = ფაილი 8 MB-ზე დიდია.
ws-recording-error-too-long = ჩანაწერი 10 წუთზე გრძელია.
ws-recording-error-not-audio = ეს არ არის ჩვენთვის ცნობილი ფორმატის აუდიოფაილი (Ogg/Opus, MP3, M4A, WAV).
ws-recording-error-unsupported = { $format } ფაილებს არ ვიღებთ. გამოიყენეთ Ogg/Opus, MP3, M4A ან WAV.
ws-recording-error-damaged = { $format } ფაილი მოჭრილი ან დაზიანებულია.
ws-recording-error-no-encoder = ეს სერვერი ახლა მხოლოდ Ogg/Opus ჩანაწერებს იღებს.
ws-recording-error-encoder = ჩანაწერის გარდაქმნა ვერ მოხერხდა. სცადეთ სხვა ფაილი.
ws-recording-error-none = აქ ჩანაწერი არ არის.
ws-recording-error-not-approver = ჩანაწერს აქვეყნებს სხვა რეცენზენტი, არა ის, ვინც ატვირთა.
ws-recording-error-not-reviewer = ამის გაკეთება მხოლოდ ამ ენის რეცენზენტს შეუძლია.
ws-recording-error-not-published = ჩაწერა მხოლოდ გამოქვეყნებული თარგმანისაა შესაძლებელი. ჯერ გამოაქვეყნეთ.
