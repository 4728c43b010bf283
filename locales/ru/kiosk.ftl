# Strings of the touchscreen kiosk.
picker-title = Выберите язык
picker-hint = Коснитесь своего языка
home-title = Информация о добровольном возвращении
home-appointment = Встреча с консультантом
home-status = Проверить мой запрос
topic-back-to-category = Другие темы
kiosk-idle-warning = Здесь кто-нибудь есть? Экран будет очищен через { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунд
    }.
kiosk-idle-continue = Я ещё здесь
kiosk-keyboard = Клавиатура
kiosk-keyboard-hide = Скрыть клавиатуру
kiosk-cleared = Всё очищено.
kiosk-step = Шаг { $step } из { $total }
kiosk-next = Далее
kiosk-print-hint = Покажите этот код консультанту.
kiosk-space = Пробел
ui-draft-notice = Эти экраны переведены автоматически, и консультант их ещё не проверил. Если что-то непонятно, спросите сотрудника.
appointment-change-point = Выбрать другое место
appointment-speaks-your-language = Консультанты здесь говорят на вашем языке
appointment-status-show = Показать
topic-ask-counsellor = Спросить об этом консультанта
topic-source-text = Актуальный чешский текст

## Kiosk: what happens next, one notice per page, error summary (issue 11)
kiosk-status-new-come-back = Получено. Консультант выберет время из дней, которые вы указали. Вернитесь к этому киоску не раньше следующего рабочего дня, нажмите «{ home-status }» и введите свой код: здесь будет показано подтверждённое время.
kiosk-status-new-phone = Получено. Консультант позвонит или напишет вам на указанный номер, чтобы договориться о времени. Вы также можете проверить здесь по своему коду.
kiosk-notice-point-draft = Описания мест переведены машиной и ещё никем не проверены.
kiosk-unreviewed-title = Обратите внимание
point-sample-mark = Примерные данные, не проверено
kiosk-error-summary = Чего-то не хватает или что-то не так. Пожалуйста, проверьте:
kiosk-meta-description = Информация о добровольном возвращении из Чехии на вашем языке и запрос на встречу с консультантом.
kiosk-list-separator = {", "}

# --- listen: voice
listen-play = Прослушать
listen-pause = Пауза
listen-replay = Сначала

# --- listen: kiosk steps, the code read aloud, the language picker
listen-read-code = Прочитать код вслух
# The mark beside a language on the picker that has no machine voice.
listen-no-voice-short = Без голоса
