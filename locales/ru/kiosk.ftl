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
# --- ask: kiosk (issue 16): a question to a counsellor, and its answers on the status page
kiosk-ask-button = Написать вопрос консультанту
kiosk-ask-title = Написать вопрос консультанту
kiosk-ask-intro = Напишите свой вопрос на своём языке. Консультант ответит письменно; ответ вы прочитаете здесь, в киоске, по своему коду.
kiosk-ask-question = Ваш вопрос
kiosk-ask-question-hint = Не более { $max } символов.
kiosk-ask-point = Для какого места? (Выбирать не обязательно.)
kiosk-ask-point-any = Любое место
kiosk-ask-send = Отправить вопрос
kiosk-ask-sent = Ваш вопрос отправлен
kiosk-ask-reference-hint = Запишите его или сфотографируйте. С ним вы прочитаете ответ.
kiosk-ask-read-answer = Чтобы прочитать ответ, вернитесь к этому киоску, нажмите «{ home-status }» и введите свой код.
kiosk-ask-with-request = Теперь напишите свой вопрос: он будет добавлен к вашей заявке.
kiosk-ask-added-to-request = Ваш вопрос добавлен к заявке { $reference }.
kiosk-ask-review-option = Я также хочу написать вопрос консультанту
kiosk-ask-error-markup = Пожалуйста, напишите вопрос словами. Одни знаки и теги прочитать нельзя.
kiosk-ask-error-point = Пожалуйста, выберите одно из показанных мест или «Любое место».
kiosk-question-title = Ваш вопрос
kiosk-question-you = Вы
kiosk-question-counsellor = Консультант
kiosk-question-waiting = Ответа пока нет.
kiosk-question-add = Добавить сообщение
kiosk-question-send = Отправить
kiosk-question-close = Закрыть мой вопрос
kiosk-question-closed = Этот вопрос закрыт. Новый можно написать в любое время.
kiosk-question-closed-now = Ваш вопрос закрыт. Спасибо.
kiosk-question-added = Ваше сообщение добавлено к вопросу.

# Kiosk question followed on Telegram through its QR code (issue 16)
kiosk-ask-follow-telegram = Отсканируйте телефоном, чтобы следить за своим вопросом в Telegram: тогда ответы будут приходить и туда.
