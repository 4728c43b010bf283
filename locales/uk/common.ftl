# Strings both channels use: navigation, categories, notices, the appointment flow, errors.
app-name = Navrat
app-tagline = Інформація про добровільне повернення вашою мовою

## Navigation
nav-home = Головна
nav-back = Назад
nav-language = Мова
nav-finish = Завершити й очистити
nav-search = Пошук

## Categories of topics
category-about = Добровільне повернення
category-about-description = Що це таке і хто може ним скористатися
category-support = Що ви отримаєте
category-support-description = Квиток, документи, допомога після прибуття
category-process = Як це відбувається
category-process-description = Кроки, терміни, що взяти з собою
category-rights = Ваші права і безпека
category-rights-description = Конфіденційність, заборона в’їзду, якщо ви передумаєте
category-detention = Під час затримання (ZZC)
category-detention-description = Консультації просто в закладі
category-family-health = Сім’я і здоров’я
category-family-health-description = Діти, хвороба, особливі потреби
category-contact = Поговорити з консультантом
category-contact-description = Де і як нас знайти

## Notices on a topic
notice-draft = Цей переклад ще не перевірив консультант. У ньому можуть бути помилки. Якщо щось незрозуміло, запитайте консультанта.
notice-outdated = Чеський оригінал цього тексту змінився після перекладу. Деякі відомості тут можуть бути застарілими.
notice-outdated-link = Прочитати актуальний чеський текст
notice-sample-data = Деякі відомості тут (адреси, номери телефонів, години роботи чи суми) є лише прикладами і можуть бути неточними. Уточніть їх у консультанта.
notice-fallback = Цей текст ще недоступний вашою мовою. Його показано мовою: { $language }.
topic-sources = Джерела
topic-updated = Востаннє звірено з джерелом: редакція { $revision }

## Search
search-label = Що ви шукаєте?
search-placeholder = Наприклад: квиток, паспорт, діти
search-button = Шукати
search-results = { $count ->
    [one] Знайдено { $count } тему
    [few] Знайдено { $count } теми
    [many] Знайдено { $count } тем
   *[other] Знайдено { $count } тем
}
search-no-results = Нічого не знайдено. Спробуйте інші слова або запитайте консультанта.

## Counselling points
point-kind-regional = Консультаційний пункт
point-kind-detention = Заклад для затриманих іноземців (ZZC)
point-kind-office = Офіс
point-languages = Мови, якими тут розмовляють
point-hours = Години роботи
point-visiting-rules = Як відбувається відвідування

## Days and times of day
day-mon = Понеділок
day-tue = Вівторок
day-wed = Середа
day-thu = Четвер
day-fri = П’ятниця
day-sat = Субота
day-sun = Неділя
day-part-morning = Ранок
day-part-afternoon = Після обіду
day-part-evening = Вечір

## Appointment request
appointment-title = Попросити про зустріч із консультантом
appointment-intro = Консультант пояснить вам, які у вас є можливості. Якщо потрібно, попросіть перекладача. Попросити про зустріч нічого не коштує, і запит ні до чого вас не зобов’язує. На зустрічі запитайте, скільки може коштувати повернення і як консультант поводиться з тим, що ви йому розповісте.
appointment-point = Де ви хочете зустрітися?
appointment-interpreter = Мені потрібен перекладач
appointment-days = Які дні вам підходять?
appointment-day-parts = У який час дня?
appointment-topic = Про що ви хочете поговорити? (необов’язково)
appointment-alias = Як до вас звертатися? (необов’язково, можна вигадане ім’я)
appointment-phone = Номер телефону (необов’язково)
appointment-contact = Як ви хочете отримати від нас відповідь?
appointment-contact-phone = Зателефонуйте або напишіть мені
appointment-contact-return = Я прийду ще раз і перевірю тут
appointment-contact-telegram = Я стежитиму в Telegram
appointment-consent-title = Що ми зберігаємо
appointment-consent = Ми зберігаємо те, що ви тут вводите: місце, дні й частини дня, мову, чи потрібен вам перекладач, а також, якщо ви їх вкажете, ім’я для звертання і номер телефону або ваш чат у Telegram. Ми також зберігаємо тему, з якої надійшов запит, коли і звідки (кіоск чи Telegram) він надійшов, його референтний код і випадкові коди (для посилання в Telegram і проти подвійного надсилання). Далі запит має історію статусу: підтверджений час зустрічі, який консультант його опрацював, чи буде перекладач і, якщо запит відхилено, причину. Ми використовуємо це лише для того, щоб домовитися про вашу зустріч. Це бачать консультанти місця, яке ви виберете, і координатори. Ми видаляємо це через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } днів
    } після закриття вашого запиту.
appointment-consent-agree = Я даю згоду
appointment-review = Перевірте свій запит
appointment-edit = Змінити
appointment-submit = Надіслати запит
appointment-sent = Ваш запит надіслано
appointment-reference = Ваш код запиту
appointment-reference-hint = Запишіть його або сфотографуйте. За цим кодом ви зможете перевірити свій запит.
appointment-follow-telegram = Відскануйте телефоном, щоб стежити за запитом у Telegram
appointment-status-title = Ваш запит
appointment-status-lookup = Введіть свій код запиту

## Status of a request
status-new = Отримано. Консультант зв’яжеться з вами або підтвердить час.
status-confirmed = Підтверджено: { $when }, місце: { $point }.
status-declined = Неможливо: { $reason }
status-done = Виконано
status-cancelled = Скасовано
status-no-show = Зустріч пропущено

## Errors
error-point-required = Виберіть місце.
error-days-required = Виберіть принаймні один день.
error-day-parts-required = Виберіть принаймні один час дня.
error-alias-too-long = Ім’я задовге (максимальна кількість символів: { $max }).
error-phone-invalid = Це не схоже на номер телефону. Використовуйте цифри, наприклад +420 777 123 456.
error-contact-phone-missing = Введіть номер телефону або виберіть інший спосіб отримати від нас відповідь.
error-consent-required = Будь ласка, погодьтеся з тим, як ми зберігаємо ваш запит, інакше ми не зможемо його надіслати.
error-reference-invalid = Цей код запиту недійсний. Перевірте літери й цифри.
error-reference-unknown = Ми не знайшли запиту з цим кодом.
error-not-found = Такої сторінки не існує.
error-not-found-hint = Поверніться назад, щоб вибрати мову.
error-generic = Щось пішло не так з нашого боку. Нічого з того, що ви ввели, не втрачено. Будь ласка, спробуйте ще раз.
error-rate-limited = Забагато спроб. Будь ласка, зачекайте хвилину і спробуйте ще раз.
error-storage-full = Зараз ми не можемо зберегти нові запити. Будь ласка, зверніться до працівника або спробуйте пізніше.
error-too-long = Текст задовгий.
# Why a counsellor could not arrange a meeting; chosen in the workspace, read by the person.
decline-reason-capacity = Зараз у цьому місці немає вільного часу. Спробуйте, будь ласка, ще раз за кілька тижнів або оберіть інше місце.
decline-reason-other-point = Краще вам допоможуть в іншому місці. Будь ласка, запишіться туди або запитайте персонал.
decline-reason-not-offered = У цьому місці не можуть допомогти з цим питанням. Запитайте персонал, куди звернутися.
decline-reason-contact-us = Будь ласка, прийдіть особисто або запитайте персонал — ми охоче все пояснимо.

# --- listen: voice
listen-machine-voice = Машинний голос (читає комп’ютер)
listen-recorded = Записав консультант
listen-outdated-recording = Цей запис зроблено для старішої версії цього тексту.
listen-no-voice = Для цієї мови ще немає голосу. Будь ласка, попросіть працівників прочитати вам текст.
listen-unavailable = Прослуховування зараз недоступне. Будь ласка, попросіть працівників прочитати вам текст.
# --- ask: person
ask-consent = Ваше запитання читають лише консультанти Центру повернення, які розмовляють вашою мовою. Ми зберігаємо його, поки розмова відкрита, і ще { $days } днів після її закриття, а потім видаляємо. Будь ласка, не пишіть імен інших людей.
ask-hours = Консультанти, які розмовляють вашою мовою, відповідають { $days }, { $opens }:00–{ $closes }:00 (за празьким часом). Відповідь можна очікувати протягом одного робочого дня.
ask-received = Ваше запитання збережено. Ваш номер: { $reference }
ask-error-empty = Будь ласка, напишіть своє запитання словами.
ask-error-too-long = Повідомлення задовге: { $length } символів. Будь ласка, напишіть не більше { $max } символів або надішліть його частинами.
ask-error-flood = Ви надіслали багато повідомлень за короткий час. Будь ласка, зачекайте кілька хвилин і напишіть знову. Усе, що ми підтвердили, збережено.
