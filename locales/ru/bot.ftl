# Strings of the Telegram bot.
bot-welcome = Здравствуйте. Я рассказываю о добровольном возвращении из Чехии и могу попросить консультанта встретиться с вами. Попросить о встрече ничего не стоит. Сколько может стоить возвращение и кто о нём узнает, зависит от вашей ситуации: спросите консультанта.
bot-choose-language = Выберите язык:
bot-language-set = Я буду писать вам по-русски.
bot-menu-topics = Темы
bot-menu-search = Поиск
bot-menu-appointment = Встреча с консультантом
bot-menu-status = Мои запросы
bot-search-prompt = Напишите свой вопрос в нескольких словах.
bot-not-what-i-needed = Это не то, что мне нужно
bot-more = Ещё
bot-back = Назад
bot-stop = Остановить
bot-yes = Да
bot-no = Нет
bot-stopped = Остановлено. Ничего не отправлено.
bot-alias-prompt = Как к вам обращаться? Отправьте имя (можно вымышленное) или нажмите «Пропустить».
bot-phone-prompt = Отправьте номер телефона, если хотите, чтобы вам позвонили, или нажмите «Пропустить». Мы также можем ответить здесь, в Telegram.
bot-skip = Пропустить
bot-confirm-prompt = Отправить этот запрос?
bot-status-none = У вас нет запросов.
bot-cancel-pick = Какой запрос вы хотите отменить?
bot-cancel-done = Запрос { $reference } отменён.
bot-forget-confirm = Будут удалены ваша настройка языка и ваши запросы, которые ещё не обработаны. Продолжить?
bot-forget-done = Удалены ваши настройки и запросы (количество запросов: { $requests }).
bot-attach-confirm = Хотите следить здесь за запросом { $reference }?
bot-attach-done = Здесь вы будете получать новости о запросе { $reference }.
bot-notify-confirmed = Ваша встреча подтверждена: { $when }, место: { $point }. Код: { $reference }.
bot-notify-declined = По вашему запросу { $reference } встречу назначить невозможно: { $reason }
bot-notify-rescheduled = Ваша встреча перенесена: { $when }, место: { $point }. Код: { $reference }.
cmd-start = Начать
cmd-language = Сменить язык
cmd-status = Мои запросы
cmd-cancel = Отменить запрос
cmd-forget = Удалить мои данные
bot-interpreter-prompt = Вам нужен переводчик на встрече?

# Security: following a kiosk request (kiosk and store area)
bot-follow-taken = Этот запрос уже отслеживает другой чат в Telegram, и он останется там. Если это были не вы, обратитесь к консультанту со своим кодом запроса.
# Telegram bot: appointment from everywhere, input that does not fit a step, stale buttons (issue 11)
cmd-appointment = Попросить о встрече с консультантом
bot-continue = Продолжить мой запрос
bot-text-only = Я могу читать только текст. Пожалуйста, напишите словами или используйте кнопки.
bot-stop-words = стоп, отмена, отменить, выйти, хватит, конец, stop
bot-back-words = назад, предыдущий
bot-list-separator = {", "}
bot-point-hint = Нажмите на место, чтобы перед выбором увидеть адрес, часы работы и как проходит визит. Центры содержания иностранцев (ZZC) — в конце списка: выбирайте их, только если вас там содержат.
bot-point-choose = Выбрать это место
bot-point-address = Адрес
bot-point-phone = Телефон
bot-chosen-mark = ✓ отмечает то, что вы выбрали. Нажмите ещё раз, чтобы убрать.
bot-stale-button = Эта кнопка относится к прежнему сообщению и больше не работает. Ничего не изменено.
bot-stale-step = Эта кнопка относится к прежнему шагу. Ничего не изменено. Сейчас вы здесь:
bot-status-draft = У вас есть запрос, который ещё не отправлен. Вы можете его продолжить.
bot-cancel-confirm = Вы действительно хотите отменить запрос { $reference }?
bot-cancel-kept = Запрос { $reference } остаётся без изменений. Ничего не отменено.
bot-forget-history = Сообщения этого чата остаются в вашем телефоне. Чтобы убрать их, удалите этот чат в Telegram.
bot-simplified-only = Navrat доступен только на упрощённом китайском. Тексты ниже написаны упрощёнными иероглифами.

# --- listen: voice
bot-listen = 🔊 Прослушать
bot-voice-not-heard = Спасибо. Консультант пока не может прослушать здесь голосовые сообщения. Пожалуйста, напишите нам или попросите о встрече: консультант выслушает вас лично.
# --- ask: person
cmd-ask = Спросить консультанта
bot-ask-button = ✉️ Спросить консультанта
bot-ask-choose = Консультант может ответить на ваш вопрос письменно здесь или встретиться с вами лично.
bot-ask-agree = Я согласен / согласна
bot-ask-back = Назад
bot-ask-write = Напишите свой вопрос одним сообщением, на своём языке (не более { $max } символов).
bot-ask-added = Добавлено к вашему вопросу { $reference }.
bot-ask-close = Закрыть мой вопрос
bot-ask-closed = Ваш вопрос { $reference } закрыт. Вы можете спросить снова в любое время.
bot-ask-answer = Консультант ответил на ваш вопрос { $reference }:
bot-ask-open = Ваш вопрос { $reference } открыт. Всё, что вы сейчас здесь напишете, будет добавлено к нему.
bot-ask-finish-request = Сначала завершите или остановите запрос на встречу, который вы пишете; потом вы сможете задать вопрос.

# Kiosk question followed on Telegram through its QR code (issue 16)
bot-ask-follow-done = Ответы на ваш вопрос { $reference } теперь будут приходить и сюда.
bot-ask-follow-taken = Этот вопрос уже отслеживает другой чат в Telegram, и он останется там. Если это были не вы, обратитесь к консультанту со своим кодом.
