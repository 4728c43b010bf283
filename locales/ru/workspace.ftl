# Strings of the counsellor workspace.
ws-title = Рабочее пространство Navrat
ws-login = Войти
ws-logout = Выйти
ws-username = Имя пользователя
ws-password = Пароль
ws-login-failed = Неверное имя пользователя или пароль.
ws-login-limited = Слишком много неудачных попыток. Немного подождите (после каждой следующей неудачи дольше) и попробуйте снова.
ws-requests = Запросы на встречу
ws-translations = Переводы
ws-overview = Обзор
ws-status-missing = Нет
ws-status-draft = Черновик
ws-status-in-review = На проверке
ws-status-published = Опубликовано
ws-status-outdated = Устарело
ws-save-draft = Сохранить черновик
ws-submit-review = Отправить на проверку
ws-publish = Одобрить и опубликовать
ws-confirm = Подтвердить
ws-decline = Отклонить
ws-reschedule = Перенести
ws-mark-done = Выполнено
ws-mark-no-show = Неявка

# Security of the workspace server (issue 12): unreadable sealed rows, sign-in load.
ws-contact-unreadable = Невозможно прочитать: запечатано другим ключом или повреждено. Обратитесь к администратору.
ws-login-busy = Слишком много входов одновременно. Подождите несколько секунд и попробуйте снова.

# Operations (issue 17): the kiosks' last contact on the coordinator's overview.
ws-kiosks = Киоски
ws-kiosks-hint = Каждый киоск из профилей киосков: когда его страница в последний раз отозвалась. Киоск, молчащий более 15 минут, отмечен: проверьте, включён ли он и подключён ли.
ws-kiosks-none = Профили киосков не настроены.
ws-kiosk = Киоск
ws-kiosk-last-contact = Последний контакт
ws-kiosk-version = Версия
ws-kiosk-state = Состояние
ws-kiosk-never = никогда
ws-kiosk-silent = Молчит более 15 минут
ws-kiosk-live = Работает
