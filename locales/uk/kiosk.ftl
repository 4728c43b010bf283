# Strings of the touchscreen kiosk.
picker-title = Виберіть мову
picker-hint = Торкніться своєї мови
home-title = Інформація про добровільне повернення
home-appointment = Зустріч із консультантом
home-status = Перевірити мій запит
topic-back-to-category = Інші теми
kiosk-idle-warning = Тут хтось є? Екран буде очищено через { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунди
        [many] { $seconds } секунд
       *[other] { $seconds } секунд
    }.
kiosk-idle-continue = Я ще тут
kiosk-keyboard = Клавіатура
kiosk-keyboard-hide = Сховати клавіатуру
kiosk-cleared = Усе очищено.
kiosk-step = Крок { $step } з { $total }
kiosk-next = Далі
kiosk-print-hint = Покажіть цей код консультантові.
kiosk-space = Пробіл
ui-draft-notice = Ці екрани перекладено автоматично, і консультант їх ще не перевірив. Якщо щось незрозуміло, запитайте працівника.
appointment-change-point = Вибрати інше місце
appointment-speaks-your-language = Консультанти тут розмовляють вашою мовою
appointment-status-show = Показати
topic-ask-counsellor = Запитати про це консультанта
topic-source-text = Актуальний чеський текст

## Kiosk: what happens next, one notice per page, error summary (issue 11)
kiosk-status-new-come-back = Отримано. Консультант вибере час із днів, які ви вказали. Поверніться до цього кіоску не раніше наступного робочого дня, натисніть «{ home-status }» і введіть свій код: тут буде показано підтверджений час.
kiosk-status-new-phone = Отримано. Консультант зателефонує або напише вам на номер, який ви вказали, щоб домовитися про час. Ви також можете перевірити тут за своїм кодом.
kiosk-notice-point-draft = Описи місць перекладено машиною, їх ще ніхто не перевірив.
kiosk-unreviewed-title = Зверніть увагу
point-sample-mark = Зразкові дані, не перевірено
kiosk-error-summary = Чогось бракує або щось не так. Будь ласка, перевірте:
kiosk-meta-description = Інформація про добровільне повернення з Чехії вашою мовою та запит на зустріч із консультантом.
kiosk-list-separator = {", "}

# --- listen: voice
listen-play = Прослухати
listen-pause = Пауза
listen-replay = Спочатку

# --- listen: kiosk steps, the code read aloud, the language picker
listen-read-code = Прочитати код уголос
# The mark beside a language on the picker that has no machine voice.
listen-no-voice-short = Без голосу
# --- ask: kiosk (issue 16): a question to a counsellor, and its answers on the status page
kiosk-ask-button = Написати запитання консультанту
kiosk-ask-title = Написати запитання консультанту
kiosk-ask-intro = Напишіть своє запитання своєю мовою. Консультант відповість письмово; відповідь ви прочитаєте тут, у кіоску, за своїм кодом.
kiosk-ask-question = Ваше запитання
kiosk-ask-question-hint = Не більше { $max } символів.
kiosk-ask-point = Для якого місця? (Вибирати не обов’язково.)
kiosk-ask-point-any = Будь-яке місце
kiosk-ask-send = Надіслати запитання
kiosk-ask-sent = Ваше запитання надіслано
kiosk-ask-reference-hint = Запишіть його або сфотографуйте. З ним ви прочитаєте відповідь.
kiosk-ask-read-answer = Щоб прочитати відповідь, поверніться до цього кіоску, натисніть «{ home-status }» і введіть свій код.
kiosk-ask-with-request = Тепер напишіть своє запитання: його буде додано до вашої заявки.
kiosk-ask-added-to-request = Ваше запитання додано до заявки { $reference }.
kiosk-ask-review-option = Я також хочу написати запитання консультанту
kiosk-ask-error-markup = Будь ласка, напишіть запитання словами. Самі лише знаки й теги прочитати неможливо.
kiosk-ask-error-point = Будь ласка, виберіть одне з показаних місць або «Будь-яке місце».
kiosk-question-title = Ваше запитання
kiosk-question-you = Ви
kiosk-question-counsellor = Консультант
kiosk-question-waiting = Відповіді ще немає.
kiosk-question-add = Додати повідомлення
kiosk-question-send = Надіслати
kiosk-question-close = Закрити моє запитання
kiosk-question-closed = Це запитання закрите. Нове можна написати будь-коли.
kiosk-question-closed-now = Ваше запитання закрито. Дякуємо.
kiosk-question-added = Ваше повідомлення додано до запитання.

# Kiosk question followed on Telegram through its QR code (issue 16)
kiosk-ask-follow-telegram = Відскануйте телефоном, щоб стежити за своїм запитанням у Telegram: тоді відповіді надходитимуть і туди.
