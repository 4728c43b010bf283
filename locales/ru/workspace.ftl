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
# --- listen: recordings
ws-recording = Запись
ws-recording-hint = Загрузите запись опубликованного перевода, прочитанного вслух: Ogg/Opus, MP3, M4A или WAV, не больше 8 МБ и 10 минут.
ws-recording-upload = Загрузить
ws-recording-uploaded = Запись сохранена как черновик.
ws-recording-was-other = Файл выглядел как { $claimed }, но это { $actual }; он принят как { $actual } и преобразован.
ws-recording-outdated = Текст изменился после записи: запишите его, пожалуйста, заново.
ws-recording-done-submit = Запись отправлена на проверку.
ws-recording-done-publish = Запись опубликована.
ws-recording-done-return = Запись возвращена на доработку.
ws-recording-done-withdraw = Запись снята с публикации.
ws-recording-error-empty = Файл пустой. Выберите запись.
ws-recording-error-too-large = Файл больше 8 МБ.
ws-recording-error-too-long = Запись длиннее 10 минут.
ws-recording-error-not-audio = Это не аудиофайл в известном нам формате (Ogg/Opus, MP3, M4A, WAV).
ws-recording-error-unsupported = Файлы { $format } не принимаются. Используйте Ogg/Opus, MP3, M4A или WAV.
ws-recording-error-damaged = Файл { $format } обрезан или повреждён.
ws-recording-error-no-encoder = Этот сервер сейчас принимает только записи Ogg/Opus.
ws-recording-error-encoder = Не удалось преобразовать запись. Попробуйте другой файл.
ws-recording-error-none = Здесь нет записи.
ws-recording-error-not-approver = Запись публикует другой рецензент, а не тот, кто её загрузил.
ws-recording-error-not-reviewer = Это может делать только рецензент этого языка.
ws-recording-error-not-published = Записать можно только опубликованный перевод. Сначала опубликуйте его.
