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
