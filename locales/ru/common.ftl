# Strings both channels use: navigation, categories, notices, the appointment flow, errors.
app-name = Navrat
app-tagline = Информация о добровольном возвращении на вашем языке

## Navigation
nav-home = Главная
nav-back = Назад
nav-language = Язык
nav-finish = Завершить и очистить
nav-search = Поиск

## Categories of topics
category-about = Добровольное возвращение
category-about-description = Что это такое и кто может им воспользоваться
category-support = Что вы получите
category-support-description = Билет, документы, помощь после прибытия
category-process = Как это происходит
category-process-description = Шаги, сроки, что взять с собой
category-rights = Ваши права и безопасность
category-rights-description = Конфиденциальность, запрет на въезд, если вы передумаете
category-detention = Во время задержания (ZZC)
category-detention-description = Консультации прямо в учреждении
category-family-health = Семья и здоровье
category-family-health-description = Дети, болезнь, особые потребности
category-contact = Поговорить с консультантом
category-contact-description = Где и как нас найти

## Notices on a topic
notice-draft = Этот перевод ещё не проверил консультант. В нём могут быть ошибки. Если что-то непонятно, спросите консультанта.
notice-outdated = Чешский оригинал этого текста изменился после перевода. Некоторые сведения здесь могут быть устаревшими.
notice-outdated-link = Прочитать актуальный чешский текст
notice-sample-data = Некоторые сведения здесь (адреса, номера телефонов, часы работы или суммы) — только примеры и могут быть неверными. Уточните их у консультанта.
notice-fallback = Этот текст пока недоступен на вашем языке. Он показан на языке: { $language }.
topic-sources = Источники
topic-updated = Последняя сверка с источником: редакция { $revision }

## Search
search-label = Что вы ищете?
search-placeholder = Например: билет, паспорт, дети
search-button = Искать
search-results = { $count ->
    [one] Найдена { $count } тема
    [few] Найдено { $count } темы
    [many] Найдено { $count } тем
   *[other] Найдено { $count } тем
}
search-no-results = Ничего не найдено. Попробуйте другие слова или спросите консультанта.

## Counselling points
point-kind-regional = Консультационный пункт
point-kind-detention = Учреждение для задержанных иностранцев (ZZC)
point-kind-office = Офис
point-languages = Языки, на которых здесь говорят
point-hours = Часы работы
point-visiting-rules = Как проходит посещение

## Days and times of day
day-mon = Понедельник
day-tue = Вторник
day-wed = Среда
day-thu = Четверг
day-fri = Пятница
day-sat = Суббота
day-sun = Воскресенье
day-part-morning = Утро
day-part-afternoon = После обеда
day-part-evening = Вечер

## Appointment request
appointment-title = Попросить о встрече с консультантом
appointment-intro = Консультант объяснит вам, какие у вас есть возможности. Если нужно, попросите переводчика. Попросить о встрече ничего не стоит, и просьба ни к чему вас не обязывает. На встрече спросите, сколько может стоить возвращение и как консультант обращается с тем, что вы ему расскажете.
appointment-point = Где вы хотите встретиться?
appointment-interpreter = Мне нужен переводчик
appointment-days = Какие дни вам подходят?
appointment-day-parts = В какое время дня?
appointment-topic = О чём вы хотите поговорить? (необязательно)
appointment-alias = Как к вам обращаться? (необязательно, можно вымышленное имя)
appointment-phone = Номер телефона (необязательно)
appointment-contact = Как вы хотите получить от нас ответ?
appointment-contact-phone = Позвоните или напишите мне
appointment-contact-return = Я приду ещё раз и проверю здесь
appointment-contact-telegram = Я буду следить в Telegram
appointment-consent-title = Что мы храним
appointment-consent = Мы храним то, что вы здесь вводите: место, дни и части дня, язык, нужен ли вам переводчик, а также, если вы их укажете, имя для обращения и номер телефона или ваш чат в Telegram. Мы также храним тему, из которой пришёл запрос, когда и откуда (киоск или Telegram) он пришёл, его код и случайные коды (для ссылки в Telegram и против двойной отправки). Дальше у запроса есть история статуса: подтверждённое время встречи, какой консультант его обработал, будет ли переводчик и, если запрос отклонён, причина. Мы используем это только для того, чтобы договориться о вашей встрече. Это видят консультанты выбранного вами места и координаторы. Мы удаляем это через { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дней
    } после закрытия вашего запроса.
appointment-consent-agree = Я даю согласие
appointment-review = Проверьте свой запрос
appointment-edit = Изменить
appointment-submit = Отправить запрос
appointment-sent = Ваш запрос отправлен
appointment-reference = Ваш код запроса
appointment-reference-hint = Запишите его или сфотографируйте. По этому коду вы сможете проверить свой запрос.
appointment-follow-telegram = Отсканируйте телефоном, чтобы следить за запросом в Telegram
appointment-status-title = Ваш запрос
appointment-status-lookup = Введите свой код запроса

## Status of a request
status-new = Получено. Консультант свяжется с вами или подтвердит время.
status-confirmed = Подтверждено: { $when }, место: { $point }.
status-declined = Невозможно: { $reason }
status-done = Выполнено
status-cancelled = Отменено
status-no-show = Встреча пропущена

## Errors
error-point-required = Выберите место.
error-days-required = Выберите хотя бы один день.
error-day-parts-required = Выберите хотя бы одно время дня.
error-alias-too-long = Имя слишком длинное (максимальное число символов: { $max }).
error-phone-invalid = Это не похоже на номер телефона. Используйте цифры, например +420 777 123 456.
error-contact-phone-missing = Введите номер телефона или выберите другой способ получить от нас ответ.
error-consent-required = Пожалуйста, согласитесь с тем, как мы храним ваш запрос, иначе мы не сможем его отправить.
error-reference-invalid = Этот код запроса недействителен. Проверьте буквы и цифры.
error-reference-unknown = Мы не нашли запрос с этим кодом.
error-not-found = Такой страницы нет.
error-not-found-hint = Вернитесь назад, чтобы выбрать язык.
error-generic = У нас что-то пошло не так. Ничего из того, что вы ввели, не потеряно. Пожалуйста, попробуйте ещё раз.
error-rate-limited = Слишком много попыток. Пожалуйста, подождите минуту и попробуйте ещё раз.
error-storage-full = Сейчас мы не можем сохранять новые запросы. Пожалуйста, обратитесь к сотруднику или попробуйте позже.
error-too-long = Текст слишком длинный.
# Why a counsellor could not arrange a meeting; chosen in the workspace, read by the person.
decline-reason-capacity = Сейчас в этом месте нет свободного времени. Пожалуйста, попробуйте снова через несколько недель или выберите другое место.
decline-reason-other-point = Лучше вам помогут в другом месте. Пожалуйста, запишитесь туда или спросите персонал.
decline-reason-not-offered = В этом месте не могут помочь с этим вопросом. Спросите персонал, куда обратиться.
decline-reason-contact-us = Пожалуйста, приходите лично или спросите персонал — мы охотно всё объясним.

# --- listen: voice
listen-machine-voice = Машинный голос (читает компьютер)
listen-recorded = Записал консультант
listen-outdated-recording = Эта запись сделана для более старой версии этого текста.
listen-no-voice = Для этого языка пока нет голоса. Пожалуйста, попросите сотрудников прочитать вам текст.
listen-unavailable = Прослушивание сейчас недоступно. Пожалуйста, попросите сотрудников прочитать вам текст.
# --- ask: person
ask-consent = Ваш вопрос читают только консультанты Центра возвращения, которые говорят на вашем языке. Мы храним его, пока разговор открыт, и ещё { $days } дней после его закрытия, затем удаляем. Пожалуйста, не пишите имена других людей.
ask-hours = Консультанты, говорящие на вашем языке, отвечают { $days }, { $opens }:00–{ $closes }:00 (по пражскому времени). Ответ можно ожидать в течение одного рабочего дня.
ask-received = Ваш вопрос сохранён. Ваш номер: { $reference }
ask-error-empty = Пожалуйста, напишите свой вопрос словами.
ask-error-too-long = Сообщение слишком длинное: { $length } символов. Пожалуйста, напишите не более { $max } символов или отправьте его по частям.
ask-error-flood = Вы отправили много сообщений за короткое время. Пожалуйста, подождите несколько минут и напишите снова. Всё, что мы подтвердили, сохранено.
