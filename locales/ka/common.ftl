# Strings both channels use: navigation, categories, notices, the appointment flow, errors.
app-name = Navrat
app-tagline = ინფორმაცია ნებაყოფლობითი დაბრუნების შესახებ, თქვენს ენაზე

## Navigation
nav-home = მთავარი
nav-back = უკან
nav-language = ენა
nav-finish = დასრულება და გასუფთავება
nav-search = ძიება

## Categories of topics
category-about = ნებაყოფლობითი დაბრუნება
category-about-description = რა არის ეს და ვის შეუძლია ამით სარგებლობა
category-support = რას მიიღებთ
category-support-description = ბილეთი, დოკუმენტები, დახმარება ჩასვლის შემდეგ
category-process = როგორ მიმდინარეობს
category-process-description = ნაბიჯები, ვადები, რა უნდა წამოიღოთ
category-rights = თქვენი უფლებები და უსაფრთხოება
category-rights-description = კონფიდენციალურობა, შესვლის აკრძალვა, გადაწყვეტილების შეცვლა
category-detention = დაკავების დროს (ZZC)
category-detention-description = კონსულტაცია თავად დაწესებულებაში
category-family-health = ოჯახი და ჯანმრთელობა
category-family-health-description = ბავშვები, ავადმყოფობა, განსაკუთრებული საჭიროებები
category-contact = ისაუბრეთ კონსულტანტთან
category-contact-description = სად და როგორ დაგვიკავშირდეთ

## Notices on a topic
notice-draft = ეს თარგმანი კონსულტანტს ჯერ არ შეუმოწმებია. შეიძლება შეიცავდეს შეცდომებს. თუ რამე გაუგებარია, ჰკითხეთ კონსულტანტს.
notice-outdated = ამ ტექსტის ჩეხური ორიგინალი თარგმნის შემდეგ შეიცვალა. აქ მოცემული ზოგიერთი დეტალი შეიძლება მოძველებული იყოს.
notice-outdated-link = წაიკითხეთ ჩეხური ტექსტის ახლანდელი ვერსია
notice-sample-data = აქ მოცემული ზოგიერთი დეტალი (მისამართები, ტელეფონის ნომრები, სამუშაო საათები ან თანხები) მხოლოდ მაგალითია და შეიძლება არ იყოს სწორი. გადაამოწმეთ კონსულტანტთან.
notice-fallback = ეს ტექსტი თქვენს ენაზე ჯერ არ არის ხელმისაწვდომი. ის ნაჩვენებია ამ ენაზე: { $language }.
topic-sources = წყაროები
topic-updated = წყაროსთან ბოლო შედარება: ვერსია { $revision }

## Search
search-label = რას ეძებთ?
search-placeholder = მაგალითად: ბილეთი, პასპორტი, ბავშვები
search-button = ძიება
search-results = { $count ->
    [one] ნაპოვნია ერთი თემა
   *[other] ნაპოვნია { $count } თემა
}
search-no-results = ვერაფერი მოიძებნა. სცადეთ სხვა სიტყვები ან ჰკითხეთ კონსულტანტს.

## Counselling points
point-kind-regional = საკონსულტაციო პუნქტი
point-kind-detention = უცხოელთა დაკავების დაწესებულება (ZZC)
point-kind-office = ოფისი
point-languages = ენები, რომლებზეც აქ საუბრობენ
point-hours = სამუშაო საათები
point-visiting-rules = როგორ მიმდინარეობს ვიზიტი

## Days and times of day
day-mon = ორშაბათი
day-tue = სამშაბათი
day-wed = ოთხშაბათი
day-thu = ხუთშაბათი
day-fri = პარასკევი
day-sat = შაბათი
day-sun = კვირა
day-part-morning = დილა
day-part-afternoon = შუადღის შემდეგ
day-part-evening = საღამო

## Appointment request
appointment-title = მოითხოვეთ შეხვედრა კონსულტანტთან
appointment-intro = კონსულტანტი აგიხსნით, რა შესაძლებლობები გაქვთ. საჭიროების შემთხვევაში, თარჯიმანი მოითხოვეთ. შეხვედრის თხოვნა არაფერი ღირს და არაფერს გავალდებულებთ. შეხვედრაზე იკითხეთ, რა შეიძლება დაგიჯდეთ დაბრუნება და როგორ ეპყრობა კონსულტანტი იმას, რასაც მოუყვებით.
appointment-point = სად გსურთ შეხვედრა?
appointment-interpreter = მჭირდება თარჯიმანი
appointment-days = რომელი დღეები გაწყობთ?
appointment-day-parts = დღის რომელ მონაკვეთში?
appointment-topic = რაზე გსურთ საუბარი? (არასავალდებულო)
appointment-alias = როგორ მოგმართოთ? (არასავალდებულო, შეგიძლიათ ფსევდონიმი მიუთითოთ)
appointment-phone = ტელეფონის ნომერი (არასავალდებულო)
appointment-contact = როგორ გსურთ ჩვენგან პასუხის მიღება?
appointment-contact-phone = დამირეკეთ ან მომწერეთ
appointment-contact-return = მოვალ და აქ შევამოწმებ
appointment-contact-telegram = Telegram-ში ვადევნებ თვალს
appointment-consent-title = რას ვინახავთ
appointment-consent = ჩვენ ვინახავთ იმას, რასაც აქ შეიყვანთ: ადგილს, დღეებს და დღის მონაკვეთებს, ენას, გჭირდებათ თუ არა თარჯიმანი და, თუ მიუთითებთ, ფსევდონიმსა და ტელეფონის ნომერს ან თქვენს Telegram ჩატს. ასევე ვინახავთ თემას, საიდანაც მოთხოვნა მოვიდა, როდის და საიდან (კიოსკიდან თუ Telegram-იდან) მოვიდა, მის საცნობარო კოდს და შემთხვევით კოდებს (Telegram-ის ბმულისთვის და ორჯერ გაგზავნის თავიდან ასაცილებლად). შემდეგ მოთხოვნას აქვს სტატუსის ისტორია: შეხვედრის დადასტურებული დრო, რომელმა კონსულტანტმა განიხილა, იქნება თუ არა თარჯიმანი და, თუ უარი გითხრეს, უარის მიზეზი. ამას ვიყენებთ მხოლოდ თქვენი შეხვედრის მოსაწყობად. ამას ხედავენ თქვენ მიერ არჩეული ადგილის კონსულტანტები და კოორდინატორები. ამას ვშლით თქვენი მოთხოვნის დახურვიდან { $days } დღის შემდეგ.
appointment-consent-agree = ვეთანხმები
appointment-review = შეამოწმეთ თქვენი მოთხოვნა
appointment-edit = შეცვლა
appointment-submit = მოთხოვნის გაგზავნა
appointment-sent = თქვენი მოთხოვნა გაიგზავნა
appointment-reference = თქვენი საცნობარო კოდი
appointment-reference-hint = ჩაიწერეთ ან გადაუღეთ ფოტო. ამ კოდით შეძლებთ თქვენი მოთხოვნის შემოწმებას.
appointment-follow-telegram = დაასკანერეთ ტელეფონით, რომ Telegram-ში თვალი ადევნოთ თქვენს მოთხოვნას
appointment-status-title = თქვენი მოთხოვნა
appointment-status-lookup = შეიყვანეთ თქვენი საცნობარო კოდი

## Status of a request
status-new = მიღებულია. კონსულტანტი დაგიკავშირდებათ ან დაადასტურებს დროს.
status-confirmed = დადასტურებულია: { $when }, ადგილი: { $point }.
status-declined = შეუძლებელია: { $reason }
status-done = შესრულებულია
status-cancelled = გაუქმებულია
status-no-show = შეხვედრა გაცდენილია

## Errors
error-point-required = აირჩიეთ ადგილი.
error-days-required = აირჩიეთ მინიმუმ ერთი დღე.
error-day-parts-required = აირჩიეთ დღის მინიმუმ ერთი მონაკვეთი.
error-alias-too-long = ფსევდონიმი ძალიან გრძელია (მაქსიმუმ { $max } სიმბოლო).
error-phone-invalid = ეს ტელეფონის ნომერს არ ჰგავს. გამოიყენეთ ციფრები, მაგალითად +420 777 123 456.
error-contact-phone-missing = შეიყვანეთ ტელეფონის ნომერი ან აირჩიეთ პასუხის მიღების სხვა გზა.
error-consent-required = გთხოვთ, დაეთანხმოთ, როგორ ვინახავთ თქვენს მოთხოვნას, თორემ ვერ გავაგზავნით მას.
error-reference-invalid = ეს საცნობარო კოდი არასწორია. შეამოწმეთ ასოები და ციფრები.
error-reference-unknown = ამ კოდით მოთხოვნა ვერ ვიპოვეთ.
error-not-found = ეს გვერდი არ არსებობს.
error-not-found-hint = დაბრუნდით უკან და აირჩიეთ ენა.
error-generic = ჩვენს მხარეს რაღაც შეფერხდა. თქვენ მიერ შეყვანილი არაფერი დაკარგულა. გთხოვთ, სცადოთ ხელახლა.
error-rate-limited = ძალიან ბევრი მცდელობა. გთხოვთ, დაელოდოთ ერთ წუთს და სცადოთ ხელახლა.
error-storage-full = ახლა ახალი მოთხოვნების შენახვა ვერ ხერხდება. გთხოვთ, მიმართოთ თანამშრომელს ან სცადოთ მოგვიანებით.
error-too-long = ტექსტი ძალიან გრძელია.
# Why a counsellor could not arrange a meeting; chosen in the workspace, read by the person.
decline-reason-capacity = ამ ადგილას ახლა თავისუფალი დრო არ არის. გთხოვთ, სცადოთ რამდენიმე კვირაში ან აირჩიოთ სხვა ადგილი.
decline-reason-other-point = სხვა ადგილას უკეთ დაგეხმარებიან. გთხოვთ, იქ ჩაეწეროთ ან ჰკითხოთ პერსონალს.
decline-reason-not-offered = ამ ადგილას ამ საკითხში დახმარება ვერ მოხერხდება. ჰკითხეთ პერსონალს, სად მიმართოთ.
decline-reason-contact-us = გთხოვთ, მოხვიდეთ პირადად ან ჰკითხოთ პერსონალს; სიამოვნებით აგიხსნით ყველაფერს.

# --- listen: voice
listen-machine-voice = მანქანური ხმა (კითხულობს კომპიუტერი)
listen-recorded = ჩაწერილია კონსულტანტის მიერ
listen-outdated-recording = ეს ჩანაწერი ამ ტექსტის ძველ ვერსიას ეკუთვნის.
listen-no-voice = ამ ენისთვის ხმა ჯერ არ გვაქვს. გთხოვთ, სთხოვოთ თანამშრომლებს, წაგიკითხონ ტექსტი.
listen-unavailable = მოსმენა ახლა მიუწვდომელია. გთხოვთ, სთხოვოთ თანამშრომლებს, წაგიკითხონ ტექსტი.
# --- ask: person
ask-consent = თქვენს კითხვას კითხულობენ მხოლოდ დაბრუნების ცენტრის კონსულტანტები, რომლებიც თქვენს ენაზე საუბრობენ. ის ინახება, სანამ საუბარი ღიაა, და დახურვიდან { $days } დღის განმავლობაში, შემდეგ იშლება. გთხოვთ, ნუ დაწერთ სხვა ადამიანების სახელებს.
ask-hours = კონსულტანტები, რომლებიც თქვენს ენაზე საუბრობენ, პასუხობენ { $days }, { $opens }:00–{ $closes }:00 (პრაღის დროით). პასუხს შეგიძლიათ ელოდოთ ერთი სამუშაო დღის განმავლობაში.
ask-received = თქვენი კითხვა შენახულია. თქვენი ნომერი: { $reference }
ask-error-empty = გთხოვთ, დაწეროთ თქვენი კითხვა სიტყვებით.
ask-error-too-long = შეტყობინება ძალიან გრძელია: { $length } სიმბოლო. გთხოვთ, დაწეროთ არაუმეტეს { $max } სიმბოლოსი, ან გაგზავნოთ ნაწილ-ნაწილ.
ask-error-flood = თქვენ მოკლე დროში ბევრი შეტყობინება გაგზავნეთ. გთხოვთ, დაელოდოთ რამდენიმე წუთს და შემდეგ ისევ დაწეროთ. ყველაფერი, რაც დავადასტურეთ, შენახულია.
