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
