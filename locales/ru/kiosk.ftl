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
