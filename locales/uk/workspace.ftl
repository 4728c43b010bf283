# Strings of the counsellor workspace.
ws-title = Робочий простір Navrat
ws-login = Увійти
ws-logout = Вийти
ws-username = Ім’я користувача
ws-password = Пароль
ws-login-failed = Неправильне ім’я користувача або пароль.
ws-login-limited = Забагато невдалих спроб. Трохи зачекайте (після кожної наступної невдачі довше) і спробуйте ще раз.
ws-requests = Запити на зустріч
ws-translations = Переклади
ws-overview = Огляд
ws-status-missing = Немає
ws-status-draft = Чернетка
ws-status-in-review = На перевірці
ws-status-published = Опубліковано
ws-status-outdated = Застаріло
ws-save-draft = Зберегти чернетку
ws-submit-review = Надіслати на перевірку
ws-publish = Схвалити й опублікувати
ws-confirm = Підтвердити
ws-decline = Відхилити
ws-reschedule = Перенести
ws-mark-done = Виконано
ws-mark-no-show = Неявка

# Security of the workspace server (issue 12): unreadable sealed rows, sign-in load.
ws-contact-unreadable = Не вдається прочитати: запечатано іншим ключем або пошкоджено. Зверніться до адміністратора.
ws-login-busy = Забагато входів одночасно. Зачекайте кілька секунд і спробуйте ще раз.

# Operations (issue 17): the kiosks' last contact on the coordinator's overview.
ws-kiosks = Кіоски
ws-kiosks-hint = Кожен кіоск із профілів кіосків: коли його сторінка востаннє озвалася. Кіоск, що мовчить понад 15 хвилин, позначено: перевірте, чи він увімкнений і підключений.
ws-kiosks-none = Профілі кіосків не налаштовано.
ws-kiosk = Кіоск
ws-kiosk-last-contact = Останній зв’язок
ws-kiosk-version = Версія
ws-kiosk-state = Стан
ws-kiosk-never = ніколи
ws-kiosk-silent = Мовчить понад 15 хвилин
ws-kiosk-live = Працює
# --- listen: recordings
ws-recording = Запис
ws-recording-hint = Завантажте запис опублікованого перекладу, прочитаного вголос: Ogg/Opus, MP3, M4A або WAV, не більше 8 МБ і 10 хвилин.
ws-recording-upload = Завантажити
ws-recording-uploaded = Запис збережено як чернетку.
ws-recording-was-other = Файл виглядав як { $claimed }, але це { $actual }; його прийнято як { $actual } і перетворено.
ws-recording-outdated = Текст змінився після запису: запишіть його, будь ласка, знову.
ws-recording-done-submit = Запис надіслано на перевірку.
ws-recording-done-publish = Запис опубліковано.
ws-recording-done-return = Запис повернуто на доопрацювання.
ws-recording-done-withdraw = Запис знято з публікації.
ws-recording-error-empty = Файл порожній. Виберіть запис.
ws-recording-error-too-large = Файл більший за 8 МБ.
ws-recording-error-too-long = Запис довший за 10 хвилин.
ws-recording-error-not-audio = Це не аудіофайл у відомому нам форматі (Ogg/Opus, MP3, M4A, WAV).
ws-recording-error-unsupported = Файли { $format } не приймаються. Використайте Ogg/Opus, MP3, M4A або WAV.
ws-recording-error-damaged = Файл { $format } обрізаний або пошкоджений.
ws-recording-error-no-encoder = Цей сервер зараз приймає лише записи Ogg/Opus.
ws-recording-error-encoder = Не вдалося перетворити запис. Спробуйте інший файл.
ws-recording-error-none = Тут немає запису.
ws-recording-error-not-approver = Запис публікує інший рецензент, ніж той, хто його завантажив.
ws-recording-error-not-reviewer = Це може робити лише рецензент цієї мови.
ws-recording-error-not-published = Записати можна лише опублікований переклад. Спершу опублікуйте його.
