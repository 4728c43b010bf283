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
